using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>
/// Random participants for the aggregation properties: complete and incomplete, both segments, every field, with
/// missing values (absent ratings, empty selections, unanswered continuation, …) at realistic rates.
/// </summary>
public static class ParticipantGen
{
    /// <summary>The partners the generated participants belong to; <c>X9</c> is deliberately not declared in <see cref="Partners"/>.</summary>
    public static readonly string[] PartnerCodes = ["P1", "P2", "P3", "X9"];

    /// <summary>The declared partners (X9 is not among them).</summary>
    public static readonly Partner[] Partners = [new("P1", "Partner one"), new("P2", "Partner two"), new("P3", "Partner three"), new("P4", "Partner without participants")];

    private static readonly LocalDate Start = new(2016, 1, 4);

    public static Gen<Participant[]> Cohort(int maxSize = 40) =>
        Gen.Choose(0, maxSize).SelectMany(n => Participant().ArrayOf(n));

    public static Gen<Participant> Participant() =>
        from segment in Gen.Elements(Segment.Company, Segment.SelfEmployed)
        from id in Gen.Choose(0, 999_999)
        from partner in Gen.Elements(PartnerCodes)
        from missing in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, 3)))
        from registration in Registration(segment)
        from monitor1 in Monitor1()
        from monitor3 in Monitor3(segment)
        select new Participant("p" + id, partner, segment)
        {
            Registration = missing == 0 ? null : registration,
            Monitor1 = missing == 1 ? null : monitor1,
            Monitor2 = missing == 2 ? null : new Monitor2(Start.PlusDays(40)),
            Monitor3 = missing == 3 ? null : monitor3,
        };

    public static Arbitrary<Participant[]> CohortArbitrary(int maxSize = 40) => Cohort(maxSize).ToArbitrary();

    private static Gen<T?> Maybe<T>(Gen<T> gen, int presentWeight = 4)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (presentWeight, gen.Select(v => (T?)v)));

    private static Gen<ShareBand?> Band() => Maybe(Gen.Elements(ShareBand.Below25, ShareBand.From25To50, ShareBand.From50To75, ShareBand.Above75), 3);

    private static Gen<Registration> Registration(Segment segment) =>
        from headcount in Maybe(Gen.Frequency((3, Gen.Choose(1, 30)), (1, Gen.Choose(31, 400))))
        from sector in Gen.Elements<string?>(null, "", "industry", "retail", "care", "Industry", "b")
        from permanent in Band()
        from men in Band()
        from ages in Band().ArrayOf(3)
        from levels in Band().ArrayOf(5)
        select segment == Segment.SelfEmployed
            ? new Registration { Headcount = headcount is null ? null : 1, Sector = sector }
            : new Registration
            {
                Headcount = headcount,
                Sector = sector,
                PermanentContracts = permanent,
                Men = men,
                AgeGroups = Enumerable.Range(0, 3).Aggregate(BandMap<AgeGroup>.Empty, (m, g) => m.With((AgeGroup)(g + 1), ages[g])),
                EducationLevels = Enumerable.Range(0, 5).Aggregate(BandMap<EducationLevel>.Empty, (m, g) => m.With((EducationLevel)(g + 1), levels[g])),
            };

    private static Gen<int> Mask(int bits) => Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)), (3, Gen.Choose(0, (1 << bits) - 1)));

    private static Gen<Monitor1> Monitor1() =>
        from typology in Gen.Choose(0, 6)
        from diagnosis in Mask(7)
        from presentation in Mask(5)
        from execution in Mask(6)
        select new Monitor1(Start, TypologyStep.All[typology])
        {
            Diagnosis = ApproachSelection.FromMask(ApproachField.Diagnosis, diagnosis),
            Presentation = ApproachSelection.FromMask(ApproachField.Presentation, presentation),
            Execution = ApproachSelection.FromMask(ApproachField.Execution, execution),
        };

    private static Gen<StatementRatings> Ratings(CatalogList<Statement> statements) =>
        from allMissing in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from values in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 5))).ArrayOf(statements.Count)
        select allMissing
            ? StatementRatings.Empty
            : StatementRatings.Create(statements
                .Where(s => values[s.Order] != 0)
                .Select(s => new KeyValuePair<Statement, Rating>(s, Rating.FromValue(values[s.Order]))));

    private static Gen<Continuation?> Continuation() =>
        from present in Gen.Frequency((1, Gen.Constant(false)), (6, Gen.Constant(true)))
        from continues in Maybe(Gen.Elements(true, false), 5)
        from form in Maybe(Gen.Elements(ContinuationForm.Continue, ContinuationForm.NewActivities), 3)
        from support in Maybe(Gen.Elements(true, false), 2)
        select present ? new Continuation { Continues = continues, Form = form, SupportWanted = support } : null;

    private static Gen<Monitor3> Monitor3(Segment segment)
    {
        SegmentCatalog catalog = DiCatalog.For(segment);
        Gen<ImprovementAction> action =
            from indicator in Gen.Elements(catalog.Indicators.ToArray())
            from followUp in Gen.Elements(FollowUp.Yes, FollowUp.Maybe, FollowUp.No)
            select new ImprovementAction(indicator, followUp);
        return
            from typology in Gen.Choose(0, 6)
            from aspects in Gen.Choose(0, (1 << catalog.Aspects.Count) - 1)
            from actions in Gen.Choose(0, 5).SelectMany(n => action.ArrayOf(n))
            from opportunities in Ratings(catalog.Opportunities)
            from obstacles in Ratings(catalog.Obstacles)
            from continuation in Continuation()
            from satisfaction in Maybe(Gen.Elements(SatisfactionCategory.A, SatisfactionCategory.B, SatisfactionCategory.C, SatisfactionCategory.D))
            from grade in Maybe(Gen.Choose(1, 10).Select(Grade.FromValue))
            select new Monitor3(Start.PlusDays(90), TypologyStep.All[typology])
            {
                Aspects = AspectSet.FromMask(segment, aspects),
                Actions = actions.ToImmutableArray(),
                Opportunities = opportunities,
                Obstacles = obstacles,
                Continuation = continuation,
                Satisfaction = satisfaction,
                Grade = grade,
            };
    }
}
