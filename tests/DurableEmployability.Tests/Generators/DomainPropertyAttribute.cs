using FsCheck.Xunit;

namespace DurableEmployability.Tests.Generators;

/// <summary>A property that uses the domain <see cref="Generators"/>.</summary>
public sealed class DomainPropertyAttribute : PropertyAttribute
{
    public DomainPropertyAttribute()
    {
        Arbitrary = [typeof(Generators)];
        MaxTest = 200;
    }
}
