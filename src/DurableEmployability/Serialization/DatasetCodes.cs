using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Typology;

namespace DurableEmployability.Serialization;

/// <summary>The code tables of the dataset format, as UTF-8, built once.</summary>
internal sealed class DatasetCodes
{
    private DatasetCodes(SegmentCatalog catalog)
    {
        Aspects = new(catalog.Aspects);
        Indicators = new(catalog.Indicators);
        Opportunities = new(catalog.Opportunities);
        Obstacles = new(catalog.Obstacles);
    }

    internal static DatasetCodes Company { get; } = new(SegmentCatalog.Company);

    internal static DatasetCodes SelfEmployed { get; } = new(SegmentCatalog.SelfEmployed);

    internal static Utf8CodeTable<SegmentCatalog> Segments { get; } = new(DiCatalog.Segments);

    internal static Utf8CodeTable<TypologyDescription> Typology { get; } = new(SegmentCatalog.Company.Typology);

    internal static Utf8CodeTable<CatalogChoice<SatisfactionCategory>> Satisfaction { get; } = new(DiCatalog.SatisfactionCategories);

    internal static Utf8CodeTable<CatalogChoice<FollowUp>> FollowUps { get; } = new(DiCatalog.FollowUps);

    internal static Utf8CodeTable<CatalogChoice<ContinuationForm>> Forms { get; } = new(DiCatalog.ContinuationForms);

    internal static Utf8CodeTable<CatalogChoice<ShareBand>> Bands { get; } = new(DiCatalog.ShareBands);

    internal static Utf8CodeTable<CatalogChoice<AgeGroup>> AgeGroups { get; } = new(DiCatalog.AgeGroups);

    internal static Utf8CodeTable<CatalogChoice<EducationLevel>> EducationLevels { get; } = new(DiCatalog.EducationLevels);

    internal static Utf8CodeTable<ApproachOption> Diagnosis { get; } = new(DiCatalog.DiagnosisOptions);

    internal static Utf8CodeTable<ApproachOption> Presentation { get; } = new(DiCatalog.PresentationOptions);

    internal static Utf8CodeTable<ApproachOption> Execution { get; } = new(DiCatalog.ExecutionOptions);

    internal Utf8CodeTable<Aspect> Aspects { get; }

    internal Utf8CodeTable<Indicator> Indicators { get; }

    internal Utf8CodeTable<Statement> Opportunities { get; }

    internal Utf8CodeTable<Statement> Obstacles { get; }

    internal static DatasetCodes For(Segment segment) => segment == Segment.SelfEmployed ? SelfEmployed : Company;
}
