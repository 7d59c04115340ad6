using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using DurableEmployability.Catalog;
using DurableEmployability.Generation;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using NodaTime;

namespace DurableEmployability.Reference;

/// <summary>Builds the phase I reconstruction from <see cref="Phase1Data"/> with a fixed-seed generator.</summary>
internal static class Phase1Builder
{
    private const ulong Seed = 0x4449_2D4D_4B42_2016UL;
    private static readonly LocalDate FirstStart = new(2015, 2, 2);

    // Chosen, plausible approach combinations (Bijlage 3 "Tabel 1" is not published in full): bit masks by option order.
    private static readonly int[] DiagnosisMasks = [1 | 4, 1 | 16, 64, 2 | 4, 1 | 8 | 16, 4, 1 | 4 | 16, 32 | 4];
    private static readonly int[] PresentationMasks = [1 | 2, 2, 1, 4 | 1, 8, 1 | 2 | 4, 2 | 8, 16];
    private static readonly int[] ExecutionMasks = [2 | 8, 2, 16 | 8, 4 | 2, 1 | 32, 2 | 4 | 8, 16, 1 | 2];

    // Chosen size classes (ch. 5.1 mentions "at most 15" and "fewer than 25"): lower bound, upper bound, weight.
    private static readonly (int Min, int Max, int Weight)[] SizeClasses =
        [(2, 15, 31), (16, 25, 19), (26, 50, 22), (51, 100, 15), (101, 250, 10), (251, 400, 3)];

    public static ValueArray<Partner> BuildPartners() =>
        new([.. Phase1Data.Partners.Select(p => new Partner(p.Code, p.Name) { Targets = new PartnerTargets(p.Original, p.Redistributed) })]);

    public static ValueArray<Participant> BuildParticipants()
    {
        SplitMix64 rng = new(Seed);
        Participant[] companies = BuildCompanies(ref rng);
        Participant[] selfEmployed = BuildSelfEmployed(ref rng);
        ImmutableArray<Participant>.Builder all = ImmutableArray.CreateBuilder<Participant>(companies.Length + selfEmployed.Length + Phase1Reconstruction.IncompleteCompanyCount);
        int companyIndex = 0, selfIndex = 0;
        for (int p = 0; p < Phase1Data.Partners.Length; p++)
        {
            var partner = Phase1Data.Partners[p];
            for (int k = 0; k < partner.Complete; k++)
            {
                all.Add(companies[companyIndex++]);
            }

            for (int k = partner.Complete; k < partner.Final; k++)
            {
                all.Add(Incomplete(partner.Code, partner.Sector, k, ref rng));
            }

            for (int k = 0; k < partner.SelfEmployed; k++)
            {
                all.Add(selfEmployed[selfIndex++]);
            }
        }

        return all.MoveToImmutable();
    }

    private static Participant[] BuildCompanies(ref SplitMix64 rng)
    {
        const int n = Phase1Data.CompleteCompanies;
        SegmentCatalog catalog = DiCatalog.Company;
        int[] partnerOf = new int[n];
        int[] numberInPartner = new int[n];
        for (int p = 0, i = 0; p < Phase1Data.Partners.Length; p++)
        {
            for (int k = 0; k < Phase1Data.Partners[p].Complete; k++, i++)
            {
                partnerOf[i] = p;
                numberInPartner[i] = k;
            }
        }

        (int Start, int End)[] typology = Transitions(Phase1Data.CompanyTransitions, n, ref rng);
        int[] permanent = Deal(Phase1Data.PermanentContracts, n, ref rng);
        int[] men = Deal(Phase1Data.Men, n, ref rng);
        int[][] ages = new int[3][];
        ages[0] = Deal(Phase1Data.AgeGroups[0], n, ref rng);
        ages[1] = AntiCorrelated(ages[0], Phase1Data.AgeGroups[1], ref rng);
        ages[2] = Deal(Phase1Data.AgeGroups[2], n, ref rng);
        int[][] education = new int[Phase1Data.EducationLevels.Length][];
        for (int e = 0; e < education.Length; e++)
        {
            education[e] = Deal(Phase1Data.EducationLevels[e], n, ref rng);
        }

        int[][] opportunities = DealAll(Phase1Data.CompanyOpportunities, n, ref rng);
        int[][] obstacles = DealAll(Phase1Data.CompanyObstacles, n, ref rng);
        (int[] aspectMasks, List<ImprovementAction>[] actions) = AspectsAndActions(n, ref rng);
        Continuation?[] continuations = Continuations(n, ref rng);

        int[] satisfaction = new int[n];
        for (int p = 0, start = 0; p < Phase1Data.Partners.Length; p++)
        {
            int size = Phase1Data.Partners[p].Complete;
            int[] dealt = Deal(Phase1Data.SatisfactionByPartner[p], size, ref rng);
            dealt.CopyTo(satisfaction, start);
            start += size;
        }

        int[] grades = GradesFollowing(satisfaction, Phase1Data.CompanyGrades, ref rng);

        Participant[] result = new Participant[n];
        for (int i = 0; i < n; i++)
        {
            var partner = Phase1Data.Partners[partnerOf[i]];
            BandMap<AgeGroup> ageMap = default;
            for (int g = 0; g < 3; g++)
            {
                ageMap = ageMap.With((AgeGroup)(g + 1), (ShareBand)(ages[g][i] + 1));
            }

            BandMap<EducationLevel> educationMap = default;
            for (int e = 0; e < education.Length; e++)
            {
                educationMap = educationMap.With((EducationLevel)(e + 1), (ShareBand)(education[e][i] + 1));
            }

            Registration registration = new()
            {
                Headcount = Headcount(ref rng),
                Sector = partner.Sector,
                PermanentContracts = permanent[i] < 0 ? null : (ShareBand)(permanent[i] + 1),
                Men = men[i] < 0 ? null : (ShareBand)(men[i] + 1),
                AgeGroups = ageMap,
                EducationLevels = educationMap,
            };
            (LocalDate m1, LocalDate m2, LocalDate m3) = Dates(ref rng);
            actions[i].Sort((a, b) => a.Indicator.Order.CompareTo(b.Indicator.Order));
            result[i] = new Participant(Id(partner.Code, numberInPartner[i]), partner.Code, Segment.Company)
            {
                Registration = registration,
                Monitor1 = Monitor1(m1, typology[i].Start, ref rng),
                Monitor2 = new Monitor2(m2),
                Monitor3 = new Monitor3(m3, TypologyStep.All[typology[i].End])
                {
                    Aspects = AspectSet.FromMask(Segment.Company, aspectMasks[i]),
                    Actions = new ValueArray<ImprovementAction>(actions[i]),
                    Opportunities = Ratings(catalog.Opportunities, Phase1Data.CompanyOpportunities, opportunities, i),
                    Obstacles = Ratings(catalog.Obstacles, Phase1Data.CompanyObstacles, obstacles, i),
                    Continuation = continuations[i],
                    Satisfaction = (SatisfactionCategory)(satisfaction[i] + 1),
                    Grade = Grade.FromValue(grades[i] + 1),
                },
            };
        }

        return result;
    }

    private static Participant[] BuildSelfEmployed(ref SplitMix64 rng)
    {
        const int n = Phase1Data.SelfEmployedCount;
        SegmentCatalog catalog = DiCatalog.SelfEmployed;
        (int Start, int End)[] typology = Transitions(Phase1Data.SelfEmployedTransitions, n, ref rng);
        int[][] opportunities = DealAll(Phase1Data.SelfEmployedOpportunities, n, ref rng);
        int[][] obstacles = DealAll(Phase1Data.SelfEmployedObstacles, n, ref rng);
        int[] satisfaction = Deal(Phase1Data.SelfEmployedSatisfaction, n, ref rng);
        int[] grades = GradesFollowing(satisfaction, Phase1Data.SelfEmployedGrades, ref rng);
        Aspect vitality = catalog.Aspects.Get("vitality-health");
        Aspect training = catalog.Aspects.Get("training-development");

        // Chosen (Tables 28–29 are qualitative): advisers worked on lifestyle, workload-stress, training and coaching.
        (Aspect[] Aspects, string[] Indicators)[] plans =
        [
            ([vitality], ["lifestyle"]),
            ([training], ["training", "coaching"]),
            ([vitality, training], ["workload-stress", "training"]),
            ([vitality, training], ["lifestyle", "coaching"]),
        ];
        Participant[] result = new Participant[n];
        int i = 0;
        foreach (var partner in Phase1Data.Partners)
        {
            for (int k = 0; k < partner.SelfEmployed; k++, i++)
            {
                var plan = plans[i % plans.Length];
                ImmutableArray<ImprovementAction> actions = [.. plan.Indicators.Select((code, a) => new ImprovementAction(catalog.Indicators.Get(code), (FollowUp)(((i + a) % 3) + 1)))];
                (LocalDate m1, LocalDate m2, LocalDate m3) = Dates(ref rng);
                result[i] = new Participant($"{partner.Code}-ZZP-{k + 1:00}", partner.Code, Segment.SelfEmployed)
                {
                    Registration = new Registration { Headcount = 1, Sector = partner.Sector },
                    Monitor1 = Monitor1(m1, typology[i].Start, ref rng),
                    Monitor2 = new Monitor2(m2),
                    Monitor3 = new Monitor3(m3, TypologyStep.All[typology[i].End])
                    {
                        Aspects = AspectSet.Create(plan.Aspects),
                        Actions = actions,
                        Opportunities = Ratings(catalog.Opportunities, Phase1Data.SelfEmployedOpportunities, opportunities, i),
                        Obstacles = Ratings(catalog.Obstacles, Phase1Data.SelfEmployedObstacles, obstacles, i),
                        Satisfaction = (SatisfactionCategory)(satisfaction[i] + 1),
                        Grade = Grade.FromValue(grades[i] + 1),
                    },
                };
            }
        }

        return result;
    }

    private static Participant Incomplete(string partnerCode, string sector, int number, ref SplitMix64 rng)
    {
        (LocalDate m1, LocalDate m2, _) = Dates(ref rng);
        BandMap<AgeGroup> ages = default;
        ages = ages.With(AgeGroup.UpTo25, ShareBand.Below25).With(AgeGroup.From26To55, ShareBand.Above75).With(AgeGroup.Over55, ShareBand.Below25);
        Participant participant = new(Id(partnerCode, number), partnerCode, Segment.Company)
        {
            Registration = new Registration
            {
                Headcount = Headcount(ref rng),
                Sector = sector,
                PermanentContracts = ShareBand.Above75,
                Men = (ShareBand)rng.NextInt(1, 4),
                AgeGroups = ages,
            },
            Monitor1 = Monitor1(m1, rng.NextInt(0, 2), ref rng),
        };

        // Incomplete: monitor 3 is always missing; every other one also lacks monitor 2.
        return number % 2 == 0 ? participant with { Monitor2 = new Monitor2(m2) } : participant;
    }

    private static string Id(string partnerCode, int number) => $"{partnerCode}-{number + 1:0000}";

    private static Monitor1 Monitor1(LocalDate date, int step, ref SplitMix64 rng) => new(date, TypologyStep.All[step])
    {
        Diagnosis = ApproachSelection.FromMask(ApproachField.Diagnosis, DiagnosisMasks[rng.NextInt(DiagnosisMasks.Length)]),
        Presentation = ApproachSelection.FromMask(ApproachField.Presentation, PresentationMasks[rng.NextInt(PresentationMasks.Length)]),
        Execution = ApproachSelection.FromMask(ApproachField.Execution, ExecutionMasks[rng.NextInt(ExecutionMasks.Length)]),
    };

    private static (LocalDate, LocalDate, LocalDate) Dates(ref SplitMix64 rng)
    {
        LocalDate m1 = FirstStart.PlusDays(rng.NextInt(0, 180));
        LocalDate m2 = m1.PlusDays(rng.NextInt(70, 130));
        LocalDate m3 = m2.PlusDays(rng.NextInt(60, 150));
        return (m1, m2, m3);
    }

    private static int Headcount(ref SplitMix64 rng)
    {
        int total = 0;
        foreach (var c in SizeClasses)
        {
            total += c.Weight;
        }

        int pick = rng.NextInt(total);
        foreach (var c in SizeClasses)
        {
            if (pick < c.Weight)
            {
                return rng.NextInt(c.Min, c.Max);
            }

            pick -= c.Weight;
        }

        return SizeClasses[^1].Max;
    }

    /// <summary>Returns <paramref name="n"/> category indices with the given counts (−1 = missing for the rest), shuffled.</summary>
    internal static int[] Deal(ReadOnlySpan<int> counts, int n, ref SplitMix64 rng)
    {
        int[] result = new int[n];
        int i = 0;
        for (int c = 0; c < counts.Length; c++)
        {
            for (int k = 0; k < counts[c]; k++)
            {
                result[i++] = c;
            }
        }

        result.AsSpan(i).Fill(-1);
        rng.Shuffle(result.AsSpan());
        return result;
    }

    private static int[][] DealAll((string Statement, int[] Counts)[] rows, int n, ref SplitMix64 rng)
    {
        int[][] result = new int[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            result[r] = Deal(rows[r].Counts, n, ref rng);
        }

        return result;
    }

    private static StatementRatings Ratings(CatalogList<Statement> statements, (string Statement, int[] Counts)[] rows, int[][] dealt, int i)
    {
        List<KeyValuePair<Statement, Rating>> pairs = new(rows.Length);
        for (int r = 0; r < rows.Length; r++)
        {
            if (dealt[r][i] >= 0)
            {
                pairs.Add(new(statements.Get(rows[r].Statement), Rating.FromValue(dealt[r][i] + 1)));
            }
        }

        return StatementRatings.Create(pairs);
    }

    /// <summary>Deals <paramref name="counts"/> so that companies with a high band on <paramref name="other"/> tend to get a low band here.</summary>
    private static int[] AntiCorrelated(int[] other, int[] counts, ref SplitMix64 rng)
    {
        int n = other.Length;
        int[] values = Deal(counts, n, ref rng);
        Array.Sort(values);
        ulong[] keys = new ulong[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((ulong)(uint)(3 - other[i]) << 32) | (rng.Next() >> 32);
            order[i] = i;
        }

        Array.Sort(keys, order);
        int[] result = new int[n];
        for (int k = 0; k < n; k++)
        {
            result[order[n - 1 - k]] = values[k];
        }

        return result;
    }

    /// <summary>Deals grades so that a higher satisfaction category goes with a higher grade (ties broken at random).</summary>
    private static int[] GradesFollowing(int[] satisfaction, int[] gradeCounts, ref SplitMix64 rng)
    {
        int n = satisfaction.Length;
        int[] values = Deal(gradeCounts, n, ref rng);
        Array.Sort(values);
        ulong[] keys = new ulong[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((ulong)(uint)satisfaction[i] << 32) | (rng.Next() >> 32);
            order[i] = i;
        }

        Array.Sort(keys, order);
        int[] result = new int[n];
        for (int k = 0; k < n; k++)
        {
            result[order[k]] = values[k];
        }

        return result;
    }

    private static (int Start, int End)[] Transitions(int[][] matrix, int n, ref SplitMix64 rng)
    {
        (int, int)[] result = new (int, int)[n];
        int i = 0;
        for (int s = 0; s < matrix.Length; s++)
        {
            for (int e = 0; e < matrix[s].Length; e++)
            {
                for (int k = 0; k < matrix[s][e]; k++)
                {
                    result[i++] = (s, e);
                }
            }
        }

        if (i != n)
        {
            throw new InvalidOperationException($"Transition matrix holds {i} participants, expected {n}.");
        }

        rng.Shuffle(result.AsSpan());
        return result;
    }

    private static (int[] Masks, List<ImprovementAction>[] Actions) AspectsAndActions(int n, ref SplitMix64 rng)
    {
        SegmentCatalog catalog = DiCatalog.Company;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        rng.Shuffle(order.AsSpan());
        int[] masks = new int[n];
        List<ImprovementAction>[] actions = new List<ImprovementAction>[n];
        for (int i = 0; i < n; i++)
        {
            actions[i] = [];
        }

        int offset = 0;
        foreach ((string aspectCode, int count) in Phase1Data.AspectCounts)
        {
            Aspect aspect = catalog.Aspects.Get(aspectCode);

            // Consecutive windows (cyclic) over one shuffled order: the first two aspects already cover every company.
            int[] members = new int[count];
            for (int k = 0; k < count; k++)
            {
                members[k] = order[(offset + k) % n];
                masks[members[k]] |= 1 << aspect.Order;
            }

            offset += count;

            // Actions of this aspect, grouped by indicator, dealt round-robin over the members: every member gets at
            // least one (actions ≥ members) and no member gets one indicator twice (actions per indicator ≤ members).
            int next = 0;
            foreach (var row in Phase1Data.Actions)
            {
                Indicator indicator = catalog.Indicators.Get(row.Indicator);
                if (!ReferenceEquals(indicator.Aspect, aspect))
                {
                    continue;
                }

                int[] perFollowUp = [row.Yes, row.Maybe, row.No];
                for (int f = 0; f < 3; f++)
                {
                    ImprovementAction action = new(indicator, (FollowUp)(f + 1));
                    for (int k = 0; k < perFollowUp[f]; k++)
                    {
                        actions[members[next++ % count]].Add(action);
                    }
                }
            }
        }

        return (masks, actions);
    }

    private static Continuation?[] Continuations(int n, ref SplitMix64 rng)
    {
        int yes = n - Phase1Data.ContinuesNo;
        int[] forms = Deal([Phase1Data.FormContinue, Phase1Data.FormNew], yes, ref rng);
        int[] support = Deal([Phase1Data.SupportYes, Phase1Data.SupportNo], yes, ref rng);
        Continuation?[] result = new Continuation?[n];
        Continuation no = new() { Continues = false };
        for (int i = 0; i < Phase1Data.ContinuesNo; i++)
        {
            result[i] = no;
        }

        for (int i = 0; i < yes; i++)
        {
            result[Phase1Data.ContinuesNo + i] = new Continuation
            {
                Continues = true,
                Form = forms[i] < 0 ? null : (ContinuationForm)(forms[i] + 1),
                SupportWanted = support[i] < 0 ? null : support[i] == 0,
            };
        }

        rng.Shuffle(result.AsSpan());
        return result;
    }
}
