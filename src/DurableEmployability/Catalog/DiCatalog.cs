using System;
using DurableEmployability.Scales;
using DurableEmployability.Typology;

namespace DurableEmployability.Catalog;

/// <summary>The DI catalogue: both segments' catalogues and the value sets shared by them, in catalogue order.</summary>
/// <remarks>
/// Every entry has a stable code (the dataset and report formats' identifier), a Dutch label as printed in the
/// report, an English label and a catalogue order. All members are immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// SegmentCatalog company = DiCatalog.Company;
/// Console.WriteLine(company.Indicators.Count);                      // 31
/// var lookup = DiCatalog.SelfEmployed.Opportunities.Lookup("policy");
/// Console.WriteLine(lookup.Message(Language.English));
/// // 'policy' is not an opportunity statement for the self-employed segment, only for the company segment; ...
/// Console.WriteLine(DiCatalog.Describe(FollowUp.Maybe).Label.Dutch); // misschien
/// </code>
/// </example>
public static class DiCatalog
{
    /// <summary>Gets the catalogue of companies with staff.</summary>
    public static SegmentCatalog Company => SegmentCatalog.Company;

    /// <summary>Gets the catalogue of self-employed entrepreneurs.</summary>
    public static SegmentCatalog SelfEmployed => SegmentCatalog.SelfEmployed;

    /// <summary>Gets both segments: <c>company</c>, <c>self-employed</c>.</summary>
    public static CatalogList<SegmentCatalog> Segments { get; } =
        new(new BilingualText("segment", "segment"), null, [SegmentCatalog.Company, SegmentCatalog.SelfEmployed]);

    /// <summary>Gets the quality categories of the advisory trajectory, <c>A</c>…<c>D</c> (Tables 23, 32).</summary>
    public static CatalogList<CatalogChoice<SatisfactionCategory>> SatisfactionCategories { get; } = new(
        new BilingualText("waarderingscategorie", "satisfaction category"),
        null,
        [
            new(SatisfactionCategory.A, 0, "A", new("A", "A"), new(
                "Tijdens het adviestraject waren er serieuze problemen; het adviestraject heeft niet die resultaten opgeleverd die ervan verwacht mocht worden.",
                "There were serious problems during the trajectory; it did not deliver the results that could be expected.")),
            new(SatisfactionCategory.B, 1, "B", new("B", "B"), new(
                "Tijdens het adviestraject zijn er veranderingen noodzakelijk geweest om toch tot resultaten te komen; resultaten slechts in beperkte mate bereikt.",
                "Changes were needed to reach results; the agreed results were only partly achieved.")),
            new(SatisfactionCategory.C, 2, "C", new("C", "C"), new(
                "Tijdens het adviestraject zijn bovengemiddelde resultaten bereikt; er was sprake van een solide en methodische werkwijze.",
                "Above-average results were achieved with a solid, methodical approach.")),
            new(SatisfactionCategory.D, 3, "D", new("D", "D"), new(
                "Tijdens het adviestraject was er sprake van een excellente ondersteuning; de geleverde dienstverlening overtrof de verwachtingen.",
                "The support was excellent; the service exceeded expectations.")),
        ]);

    /// <summary>Gets the follow-up values of an action: <c>yes</c>, <c>maybe</c>, <c>no</c>.</summary>
    public static CatalogList<CatalogChoice<FollowUp>> FollowUps { get; } = new(
        new BilingualText("vervolgwaarde", "follow-up value"),
        null,
        [
            new(FollowUp.Yes, 0, "yes", new("ja", "yes")),
            new(FollowUp.Maybe, 1, "maybe", new("misschien", "maybe")),
            new(FollowUp.No, 2, "no", new("nee", "no")),
        ]);

    /// <summary>Gets the continuation forms: <c>continue</c>, <c>new-activities</c>.</summary>
    public static CatalogList<CatalogChoice<ContinuationForm>> ContinuationForms { get; } = new(
        new BilingualText("vormgeving vervolg", "continuation form"),
        null,
        [
            new(ContinuationForm.Continue, 0, "continue", new("Doorgaan", "Continue")),
            new(ContinuationForm.NewActivities, 1, "new-activities", new("Nieuwe activiteiten", "New activities")),
        ]);

    /// <summary>Gets the share bands: <c>&lt;25</c>, <c>25-50</c>, <c>50-75</c>, <c>&gt;75</c>.</summary>
    public static CatalogList<CatalogChoice<ShareBand>> ShareBands { get; } = new(
        new BilingualText("aandeelklasse", "share band"),
        null,
        [
            new(ShareBand.Below25, 0, "<25", new("<25%", "<25%")),
            new(ShareBand.From25To50, 1, "25-50", new("25-50%", "25-50%")),
            new(ShareBand.From50To75, 2, "50-75", new("50-75%", "50-75%")),
            new(ShareBand.Above75, 3, ">75", new(">75%", ">75%")),
        ]);

    /// <summary>Gets the age groups: <c>up-to-25</c>, <c>26-55</c>, <c>over-55</c>.</summary>
    public static CatalogList<CatalogChoice<AgeGroup>> AgeGroups { get; } = new(
        new BilingualText("leeftijdsgroep", "age group"),
        null,
        [
            new(AgeGroup.UpTo25, 0, "up-to-25", new("tot en met 25 jaar", "up to 25 years")),
            new(AgeGroup.From26To55, 1, "26-55", new("26 tot 55 jaar", "26 to 55 years")),
            new(AgeGroup.Over55, 2, "over-55", new(">55 jaar", "over 55 years")),
        ]);

    /// <summary>Gets the education levels: <c>primary</c> … <c>higher</c>.</summary>
    public static CatalogList<CatalogChoice<EducationLevel>> EducationLevels { get; } = new(
        new BilingualText("opleidingsniveau", "education level"),
        null,
        [
            new(EducationLevel.Primary, 0, "primary", new("Basisonderwijs", "Primary education")),
            new(EducationLevel.LowerVocational, 1, "lower-vocational", new("Lager beroeps-onderwijs (VMBO/LTS)", "Lower vocational (VMBO/LTS)")),
            new(EducationLevel.SecondaryVocational, 2, "secondary-vocational", new("Middelbaar beroeps-onderwijs (MBO)", "Secondary vocational (MBO)")),
            new(EducationLevel.GeneralSecondary, 3, "general-secondary", new("HAVO/VWO", "General secondary (HAVO/VWO)")),
            new(EducationLevel.Higher, 4, "higher", new("Hoger onderwijs (HBO/WO)", "Higher education (HBO/WO)")),
        ]);

    /// <summary>Gets the growth classes: <c>declined</c>, <c>stable</c>, <c>grew</c>.</summary>
    public static CatalogList<CatalogChoice<GrowthClass>> GrowthClasses { get; } = new(
        new BilingualText("groeiklasse", "growth class"),
        null,
        [
            new(GrowthClass.Declined, 0, "declined", new("Achteruitgang", "Declined")),
            new(GrowthClass.Stable, 1, "stable", new("Stabiel", "Stable")),
            new(GrowthClass.Grew, 2, "grew", new("Groei", "Grew")),
        ]);

    /// <summary>Gets the diagnosis options (<c>inventory</c> … <c>scan</c>).</summary>
    public static CatalogList<ApproachOption> DiagnosisOptions { get; } = new(
        new BilingualText("diagnosevorm", "diagnosis option"),
        null,
        [
            new(ApproachField.Diagnosis, 0, "inventory", "Inventarisatie", "Inventory"),
            new(ApproachField.Diagnosis, 1, "instruments", "Instrumenten", "Instruments"),
            new(ApproachField.Diagnosis, 2, "management", "Gesprekken met management", "Talks with management"),
            new(ApproachField.Diagnosis, 3, "hr", "Gesprekken met HR", "Talks with HR"),
            new(ApproachField.Diagnosis, 4, "employees", "Gesprekken met medewerkers", "Talks with employees"),
            new(ApproachField.Diagnosis, 5, "trainings", "Trainingen", "Trainings"),
            new(ApproachField.Diagnosis, 6, "scan", "Scan", "Scan"),
        ]);

    /// <summary>Gets the presentation options (<c>report</c> … <c>other</c>).</summary>
    public static CatalogList<ApproachOption> PresentationOptions { get; } = new(
        new BilingualText("presentatievorm", "presentation option"),
        null,
        [
            new(ApproachField.Presentation, 0, "report", "Rapportage", "Report"),
            new(ApproachField.Presentation, 1, "oral", "Mondeling", "Oral"),
            new(ApproachField.Presentation, 2, "presentation", "Presentatie", "Presentation"),
            new(ApproachField.Presentation, 3, "note", "Notitie", "Note"),
            new(ApproachField.Presentation, 4, "other", "Anders", "Other"),
        ]);

    /// <summary>Gets the execution options (<c>initiatives</c> … <c>resources</c>).</summary>
    public static CatalogList<ApproachOption> ExecutionOptions { get; } = new(
        new BilingualText("uitvoeringsvorm", "execution option"),
        null,
        [
            new(ApproachField.Execution, 0, "initiatives", "Initiatieven", "Initiatives"),
            new(ApproachField.Execution, 1, "directorate", "Directie", "Directorate"),
            new(ApproachField.Execution, 2, "hr", "HR", "HR"),
            new(ApproachField.Execution, 3, "employees", "Medewerkers", "Employees"),
            new(ApproachField.Execution, 4, "project-group", "Projectgroep", "Project group"),
            new(ApproachField.Execution, 5, "resources", "Middelen", "Resources"),
        ]);

    /// <summary>Returns the catalogue of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The segment's catalogue.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static SegmentCatalog For(Segment segment) => SegmentCatalog.For(segment);

    /// <summary>Returns the options of one approach field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The options in catalogue order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a defined value.</exception>
    public static CatalogList<ApproachOption> ApproachOptions(ApproachField field) => field switch
    {
        ApproachField.Diagnosis => DiagnosisOptions,
        ApproachField.Presentation => PresentationOptions,
        ApproachField.Execution => ExecutionOptions,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Expected Diagnosis, Presentation or Execution."),
    };

    /// <summary>Returns the catalogue entry of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The entry (code <c>company</c> or <c>self-employed</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not a defined value.</exception>
    public static SegmentCatalog Describe(Segment segment) => SegmentCatalog.For(segment);

    /// <summary>Returns the catalogue entry of a satisfaction category.</summary>
    /// <param name="value">The category.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<SatisfactionCategory> Describe(SatisfactionCategory value) => SatisfactionCategories[Index((int)value, SatisfactionCategories.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of a follow-up value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<FollowUp> Describe(FollowUp value) => FollowUps[Index((int)value, FollowUps.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of a continuation form.</summary>
    /// <param name="value">The form.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<ContinuationForm> Describe(ContinuationForm value) => ContinuationForms[Index((int)value, ContinuationForms.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of a share band.</summary>
    /// <param name="value">The band.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<ShareBand> Describe(ShareBand value) => ShareBands[Index((int)value, ShareBands.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of an age group.</summary>
    /// <param name="value">The age group.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<AgeGroup> Describe(AgeGroup value) => AgeGroups[Index((int)value, AgeGroups.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of an education level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<EducationLevel> Describe(EducationLevel value) => EducationLevels[Index((int)value, EducationLevels.Count, nameof(value))];

    /// <summary>Returns the catalogue entry of a growth class.</summary>
    /// <param name="value">The class.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static CatalogChoice<GrowthClass> Describe(GrowthClass value) => GrowthClasses[Index((int)value, GrowthClasses.Count, nameof(value))];

    private static int Index(int value, int count, string name)
    {
        if (value < 1 || value > count)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Expected a defined value 1…{count}.");
        }

        return value - 1;
    }
}
