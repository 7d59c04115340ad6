using System;
namespace DurableEmployability.Generation;

/// <summary>A SplitMix64 pseudo-random generator, so that generated data never depends on the framework's <see cref="Random"/>.</summary>
/// <remarks>A mutable value type: copy it and both copies continue the same sequence independently. Not thread-safe.</remarks>
internal struct SplitMix64
{
    private ulong state;

    /// <summary>Initialises the generator with a seed.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SplitMix64(ulong seed) => state = seed;

    /// <summary>Mixes two values into one well-distributed 64-bit value (a stateless hash).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        SplitMix64 rng = new(a ^ unchecked(b * 0x9E3779B97F4A7C15UL));
        rng.Next();
        return rng.Next();
    }

    /// <summary>Returns the next 64-bit value.</summary>
    public ulong Next()
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns an integer in <c>[0, bound)</c> (Lemire's multiply-shift; negligible bias for small bounds).</summary>
    public int NextInt(int bound) => (int)((Next() >> 32) * (ulong)(uint)bound >> 32);

    /// <summary>Returns an integer in <c>[min, max]</c>.</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary>Shuffles a span in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
