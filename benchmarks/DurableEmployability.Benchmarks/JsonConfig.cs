using BenchmarkDotNet.Configs;

namespace DurableEmployability.Benchmarks;

/// <summary>The columns of the JSON benchmarks: size of the text, throughput and time per participant.</summary>
public sealed class JsonConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="JsonConfig"/> class.</summary>
    public JsonConfig() => AddColumn(JsonColumn.Megabytes, JsonColumn.Throughput, PerParticipantColumn.Instance);
}
