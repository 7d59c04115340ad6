using System;
using Xunit.Sdk;

namespace DurableEmployability.Tests.Analysis;

/// <summary>Assertions on floating-point values with a relative tolerance.</summary>
internal static class Close
{
    public static void Relative(double expected, double actual, double tolerance = 1e-12)
    {
        double scale = Math.Max(Math.Abs(expected), double.Epsilon);
        if (!(Math.Abs(expected - actual) <= tolerance * scale))
        {
            throw new XunitException($"Expected {expected:R} within relative {tolerance:G3}, got {actual:R} (relative error {Math.Abs(expected - actual) / scale:G3}).");
        }
    }

    public static void Absolute(double expected, double actual, double tolerance)
    {
        if (!(Math.Abs(expected - actual) <= tolerance))
        {
            throw new XunitException($"Expected {expected:R} within {tolerance:G3}, got {actual:R}.");
        }
    }
}
