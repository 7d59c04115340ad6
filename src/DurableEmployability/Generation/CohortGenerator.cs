using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using NodaTime;

namespace DurableEmployability.Generation;

/// <summary>
/// Generates synthetic cohorts of any size (1 to 50,000,000 participants) drawn from the phase I distributions:
/// every participant is a perturbed copy of a complete participant of <see cref="Phase1Reconstruction"/>.
/// </summary>
/// <remarks>
/// <para>
/// Participant number <c>i</c> depends only on the seed, the segments and <c>i</c>, and is computed with an own
/// SplitMix64 generator, so a sequence is the same on every run, platform and .NET version, and any slice can be
/// produced independently (<see cref="Create"/>, <see cref="Fill"/>). Partners cycle over the 18 phase I partners in
/// proportion to Table 1 (final companies, and Tabel I's self-employed), in a fixed interleaved order.
/// </para>
/// <para>
/// A template keeps its joint structure (typology start and end, aspects and actions, ratings, continuation,
/// satisfaction); the perturbation shifts all its dates by the same number of days (−90 … +90, never before
/// 1 January 2015), scales the
/// headcount of a company by 0.75 … 1.25, and with probability ¼ each moves one opportunity rating and the grade by
/// one step (kept within range). Ids are <c>{partner}-G{i+1}</c>, unique within a cohort.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var generator = new CohortGenerator(seed: 42);
/// foreach (Participant participant in generator.Generate(1_000_000)) { /* stream */ }
/// </code>
/// </example>
public sealed class CohortGenerator
{
    /// <summary>The largest cohort <see cref="Generate(long)"/> produces.</summary>
    public const long MaxCount = 50_000_000;

    private static readonly ulong SelfEmployedSalt = 0x5A5A50UL;
    private static readonly LocalDate FirstDate = new(2015, 1, 1);
    private readonly (string Partner, Segment Segment, ImmutableArray<Participant> Templates)[] cycle;
    private readonly Lazy<CompactTemplates> compactTemplates;

    /// <summary>Initialises a generator.</summary>
    /// <param name="seed">The seed; equal seeds give equal sequences.</param>
    /// <param name="segments">The segments to generate; <see cref="CohortSegments.Both"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segments"/> is not a defined value.</exception>
    public CohortGenerator(ulong seed, CohortSegments segments = CohortSegments.Both)
    {
        if (segments is not (CohortSegments.Companies or CohortSegments.SelfEmployed or CohortSegments.Both))
        {
            throw new ArgumentOutOfRangeException(nameof(segments), segments, "Segments must be Companies, SelfEmployed or Both.");
        }

        Seed = seed;
        Segments = segments;
        List<(string Code, Segment Segment, int Weight)> weights = [];
        foreach (Partner partner in Phase1Reconstruction.Partners)
        {
            int companies = 0, selfEmployed = 0;
            foreach (Participant participant in Phase1Reconstruction.Participants)
            {
                if (string.Equals(participant.Partner, partner.Code, StringComparison.Ordinal))
                {
                    if (participant.Segment == Segment.Company)
                    {
                        companies++;
                    }
                    else
                    {
                        selfEmployed++;
                    }
                }
            }

            if ((segments & CohortSegments.Companies) != 0)
            {
                weights.Add((partner.Code, Segment.Company, companies));
            }

            if ((segments & CohortSegments.SelfEmployed) != 0 && selfEmployed > 0)
            {
                weights.Add((partner.Code, Segment.SelfEmployed, selfEmployed));
            }
        }

        Dictionary<(string, Segment), ImmutableArray<Participant>> pools = [];
        foreach ((string code, Segment segment, _) in weights)
        {
            pools[(code, segment)] = Phase1Reconstruction.Templates(code, segment);
        }

        cycle = [.. SmoothRoundRobin(weights).Select(slot => (slot.Item1, slot.Item2, pools[slot]))];
        compactTemplates = new(() => new CompactTemplates(cycle));
    }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the segments generated.</summary>
    public CohortSegments Segments { get; }

    /// <summary>Gets the length of the partner cycle: every block of this many consecutive participants has exactly the Table 1 partner proportions (518 for both segments, 490 for companies, 28 for self-employed).</summary>
    public int CycleLength => cycle.Length;

    /// <summary>Generates a cohort of <paramref name="count"/> participants lazily (nothing is materialised).</summary>
    /// <param name="count">The number of participants, 1 … <see cref="MaxCount"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The participants with both segments, in order of index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 … <see cref="MaxCount"/>.</exception>
    public static IEnumerable<Participant> Generate(int count, ulong seed) => new CohortGenerator(seed).Generate(count);

    /// <summary>Generates participants 0 … <paramref name="count"/> − 1 lazily (nothing is materialised).</summary>
    /// <param name="count">The number of participants, 1 … <see cref="MaxCount"/>.</param>
    /// <returns>The participants in order of index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 … <see cref="MaxCount"/>.</exception>
    public IEnumerable<Participant> Generate(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        return Iterate(count);
    }

    /// <summary>Fills a caller's buffer with participants <paramref name="startIndex"/>, <paramref name="startIndex"/> + 1, ….</summary>
    /// <param name="destination">The buffer to fill completely.</param>
    /// <param name="startIndex">The index of the first participant (0 or more); the same index always gives the same participant.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startIndex"/> is negative, or the last index would exceed <see cref="MaxCount"/> − 1.</exception>
    public void Fill(Span<Participant> destination, long startIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startIndex + destination.Length, MaxCount, nameof(startIndex));
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = Create(startIndex + i);
        }
    }

    /// <summary>Creates participant number <paramref name="index"/> of this generator's cohort.</summary>
    /// <param name="index">The index, 0 … <see cref="MaxCount"/> − 1.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 … <see cref="MaxCount"/> − 1.</exception>
    public Participant Create(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxCount);
        (string partner, Segment segment, ImmutableArray<Participant> pool) = cycle[(int)(index % cycle.Length)];
        SplitMix64 rng = new(SplitMix64.Mix(Seed ^ (segment == Segment.SelfEmployed ? SelfEmployedSalt : 0UL), (ulong)index));
        Participant template = pool[rng.NextInt(pool.Length)];
        return Perturb(template, $"{partner}-G{(index + 1).ToString(CultureInfo.InvariantCulture)}", ref rng);
    }

    /// <summary>
    /// Creates participants <paramref name="startIndex"/> … <paramref name="startIndex"/> + <paramref name="count"/> − 1
    /// directly in compact form, without building the rich records: the batch aggregates to exactly the report of the
    /// same participants from <see cref="Create"/>.
    /// </summary>
    /// <param name="count">The number of participants, 0 or more.</param>
    /// <param name="startIndex">The index of the first participant.</param>
    /// <returns>The batch, partners in order of first appearance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, or the last index would exceed <see cref="MaxCount"/> − 1.</exception>
    public CompactBatch CreateCompact(int count, long startIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startIndex + count, MaxCount, nameof(startIndex));
        CompactTemplates templates = compactTemplates.Value;
        var builder = new CompactBatchBuilder(count);
        ushort[] partnerKeys = new ushort[cycle.Length];
        ushort[] sectorKeys = new ushort[templates.Sectors.Length + 1];
        for (int i = 0; i < partnerKeys.Length; i++)
        {
            partnerKeys[i] = ushort.MaxValue;
        }

        for (int s = 0; s < templates.Sectors.Length; s++)
        {
            sectorKeys[s + 1] = ushort.MaxValue;
        }

        for (long index = startIndex; index < startIndex + count; index++)
        {
            int slot = (int)(index % cycle.Length);
            (string partner, Segment segment, ImmutableArray<Participant> pool) = cycle[slot];
            SplitMix64 rng = new(SplitMix64.Mix(Seed ^ (segment == Segment.SelfEmployed ? SelfEmployedSalt : 0UL), (ulong)index));
            ref readonly CompactTemplate template = ref templates.Pools[slot][rng.NextInt(pool.Length)];
            CompactRecord record = templates.Records[template.Record];
            _ = rng.Next(); // the date shift
            if (segment == Segment.Company && template.Headcount is int headcount)
            {
                int scaled = Math.Max(1, (int)((long)headcount * rng.NextInt(75, 125) / 100));
                record.Headcount = scaled;
            }

            if (rng.NextInt(4) == 0 && template.RatedOpportunities > 0)
            {
                int pick = rng.NextInt(template.RatedOpportunities);
                int step = rng.NextInt(2) == 0 ? -1 : 1;
                if (template.OpportunityOrders.Length > 0)
                {
                    int order = template.OpportunityOrders[pick];
                    int weight = order % 2 == 0 ? 1 : 6;
                    int pattern = record.Opportunities[order / 2];
                    int old = pattern / weight % 6;
                    int value = Math.Clamp(old + step, Rating.MinValue, Rating.MaxValue);
                    record.Opportunities[order / 2] = (byte)(pattern + ((value - old) * weight));
                }
            }

            uint answers = record.Answers;
            int satisfactionGrade = (int)((answers >> 18) & 0x3F);
            int grade = satisfactionGrade % 11;
            if (grade != 0 && rng.NextInt(4) == 0)
            {
                int moved = Math.Clamp(grade + (rng.NextInt(2) == 0 ? -1 : 1), Grade.MinValue, Grade.MaxValue);
                answers = (answers & ~(0x3Fu << 18)) | ((uint)(satisfactionGrade - grade + moved) << 18);
            }

            record.Answers = answers;
            if (partnerKeys[slot] == ushort.MaxValue)
            {
                partnerKeys[slot] = builder.PartnerKey(partner);
            }

            record.Partner = partnerKeys[slot];
            if (sectorKeys[record.Sector] == ushort.MaxValue)
            {
                sectorKeys[record.Sector] = builder.SectorKey(templates.Sectors[record.Sector - 1]);
            }

            record.Sector = sectorKeys[record.Sector];
            record.ActionStart = builder.ActionCount;
            builder.AppendActions(templates.Actions.AsSpan(template.ActionStart, template.ActionCount));
            builder.Append(in record);
        }

        return builder.ToBatch();
    }

    private IEnumerable<Participant> Iterate(long count)
    {
        for (long i = 0; i < count; i++)
        {
            yield return Create(i);
        }
    }

    private static Participant Perturb(Participant template, string id, ref SplitMix64 rng)
    {
        // Keep every date within 2015–2016: never shift monitor 1 before 1 January 2015.
        int earliest = -Math.Min(90, Period.Between(FirstDate, template.Monitor1!.Date, PeriodUnits.Days).Days);
        int shift = rng.NextInt(earliest, 90);
        Registration registration = template.Registration!;
        if (template.Segment == Segment.Company && registration.Headcount is int headcount)
        {
            registration = registration with { Headcount = Math.Max(1, (int)((long)headcount * rng.NextInt(75, 125) / 100)) };
        }

        Monitor3 m3 = template.Monitor3!;
        StatementRatings opportunities = m3.Opportunities;
        if (rng.NextInt(4) == 0 && !opportunities.IsEmpty)
        {
            ImmutableArray<KeyValuePair<Statement, Rating>> ratings = opportunities.Ratings;
            KeyValuePair<Statement, Rating> pick = ratings[rng.NextInt(ratings.Length)];
            int value = Math.Clamp(pick.Value.Value + (rng.NextInt(2) == 0 ? -1 : 1), Rating.MinValue, Rating.MaxValue);
            opportunities = opportunities.With(pick.Key, Rating.FromValue(value));
        }

        Grade? grade = m3.Grade;
        if (grade is Grade g && rng.NextInt(4) == 0)
        {
            grade = Grade.FromValue(Math.Clamp(g.Value + (rng.NextInt(2) == 0 ? -1 : 1), Grade.MinValue, Grade.MaxValue));
        }

        return template with
        {
            Id = id,
            Registration = registration,
            Monitor1 = template.Monitor1! with { Date = template.Monitor1.Date.PlusDays(shift) },
            Monitor2 = template.Monitor2! with { Date = template.Monitor2.Date.PlusDays(shift) },
            Monitor3 = m3 with { Date = m3.Date.PlusDays(shift), Opportunities = opportunities, Grade = grade },
        };
    }

    /// <summary>Interleaves the weighted entries smoothly (nginx's smooth weighted round robin): each appears exactly its weight times per cycle.</summary>
    private static (string, Segment)[] SmoothRoundRobin(List<(string Code, Segment Segment, int Weight)> weights)
    {
        int total = 0;
        foreach (var w in weights)
        {
            total += w.Weight;
        }

        int[] current = new int[weights.Count];
        (string, Segment)[] result = new (string, Segment)[total];
        for (int slot = 0; slot < total; slot++)
        {
            int best = 0;
            for (int k = 0; k < weights.Count; k++)
            {
                current[k] += weights[k].Weight;
                if (current[k] > current[best])
                {
                    best = k;
                }
            }

            current[best] -= total;
            result[slot] = (weights[best].Code, weights[best].Segment);
        }

        return result;
    }
}
