using Xunit;

namespace DurableEmployability.Tests.Serialization;

/// <summary>The collection of tests that measure the process's managed memory: they run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory measurement";
}
