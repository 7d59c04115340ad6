namespace DurableEmployability.Aggregation;

/// <summary>The derivations shared by the report tables.</summary>
internal static class ReportMath
{
    /// <summary>Returns 100 · count / n, unrounded, or 0 when n is 0.</summary>
    internal static double Percent(long count, long n) => n == 0 ? 0d : 100d * count / n;
}
