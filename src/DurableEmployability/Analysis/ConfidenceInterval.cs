namespace DurableEmployability.Analysis;

/// <summary>A confidence interval [Low, High].</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound, ≥ <paramref name="Low"/>.</param>
/// <remarks>Immutable; value equality. The <see langword="default"/> value is [0, 0].</remarks>
public readonly record struct ConfidenceInterval(double Low, double High)
{
    /// <summary>Returns whether a value lies in the closed interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when Low ≤ value ≤ High.</returns>
    public bool Contains(double value) => Low <= value && value <= High;
}
