using System;
using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Catalog;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Catalog;

public class CatalogTests
{
    [Fact]
    public void CompanyHasFiveAspectsWith31Indicators()
    {
        Assert.Equal([7, 7, 5, 8, 4], DiCatalog.Company.Aspects.Select(a => a.Indicators.Length));
        Assert.Equal(31, DiCatalog.Company.Indicators.Count);
        Assert.Equal(["organisation", "vitality-health", "engagement-motivation", "development-mobility", "monitoring"], DiCatalog.Company.Aspects.Select(a => a.Code));
    }

    [Fact]
    public void SelfEmployedHasTwoAspectsWithNineIndicators()
    {
        Assert.Equal([5, 4], DiCatalog.SelfEmployed.Aspects.Select(a => a.Indicators.Length));
        Assert.Equal(9, DiCatalog.SelfEmployed.Indicators.Count);
        Assert.Equal(["vitality-health", "training-development"], DiCatalog.SelfEmployed.Aspects.Select(a => a.Code));
    }

    [Fact]
    public void StatementCountsPerSegment()
    {
        Assert.Equal(8, DiCatalog.Company.Opportunities.Count);
        Assert.Equal(6, DiCatalog.SelfEmployed.Opportunities.Count);
        Assert.Equal(12, DiCatalog.Company.Obstacles.Count);
        Assert.Equal(7, DiCatalog.SelfEmployed.Obstacles.Count);
    }

    // Dutch labels as printed in the report (Tables 9, 15, 17-21, 22, 30, 33; domain.md section 2).
    [Theory]
    [InlineData("organisation", "Organisatie")]
    [InlineData("vitality-health", "Vitaliteit en gezondheid")]
    [InlineData("engagement-motivation", "Betrokkenheid en motivatie")]
    [InlineData("development-mobility", "Ontwikkeling en mobiliteit")]
    [InlineData("monitoring", "Monitoring")]
    public void CompanyAspectLabelsMatchTheReport(string code, string dutch) =>
        Assert.Equal(dutch, DiCatalog.Company.Aspects.Get(code).Label.Dutch);

    [Theory]
    [InlineData("support-awareness", "Draagvlak en bewustwording", "Draagvlak & bewustwording")]
    [InlineData("vision-policy", "Visie en beleid", "Visie & beleid")]
    [InlineData("strategic-hr", "(Strategisch) HR", "(Strategisch) HR")]
    [InlineData("responsibility-flexibility", "Verantwoordelijkheid/flexibiliteit van het werk", "Verantwoordelijkheid/flexibiliteit van het werk")]
    [InlineData("leadership", "Leiderschap", "Leiderschap")]
    [InlineData("dialogue-participation", "Dialoog en participatie", "Dialoog & participatie")]
    [InlineData("culture", "Cultuur", "Cultuur")]
    [InlineData("lifestyle", "Leefstijl", "Leefstijl")]
    [InlineData("workload-stress", "Werkdruk en stress", "Werkdruk & stress")]
    [InlineData("physical-strain", "Lichamelijke belasting", "Lichamelijke belasting")]
    [InlineData("ergonomics", "Ergonomie/werkplekinrichting", "Ergonomie/werkplekinrichting")]
    [InlineData("safety", "Veiligheid", "Veiligheid")]
    [InlineData("aggression-violence", "Agressie en geweld", "Agressie & geweld")]
    [InlineData("bullying", "Pesten", "Pesten")]
    [InlineData("stimulating-leadership", "Stimulerend leiderschap", "Stimulerend leiderschap")]
    [InlineData("work-meetings", "Werkoverleg", "Werkoverleg")]
    [InlineData("team-development", "Teamontwikkeling", "Teamontwikkeling")]
    [InlineData("appreciation", "Waardering en stimulatie", "Waardering & stimulatie")]
    [InlineData("transparency-communication", "Transparantie en (interne) communicatie", "Transparantie & (interne) communicatie")]
    [InlineData("education", "Opleiding", "Opleiding")]
    [InlineData("talent-management", "Talentmanagement", "Talentmanagement")]
    [InlineData("career-guidance", "Loopbaanbegeleiding", "Loopbaanbegeleiding")]
    [InlineData("task-broadening", "Taakverbreding", "Taakverbreding")]
    [InlineData("job-rotation", "Functieroulatie", "Functieroulatie")]
    [InlineData("combination-jobs", "Combinatiebanen", "Combinatiebanen")]
    [InlineData("coaching", "Coaching", "Coaching")]
    [InlineData("internships", "Stagemogelijkheden", "Stagemogelijkheden")]
    [InlineData("satisfaction-survey", "Medewerker tevredenheid onderzoek", "Medewerker tevredenheid onderzoek")]
    [InlineData("feedback-training", "Feedbacktraining", "Feedbacktraining")]
    [InlineData("performance-cycle", "Functioneringscyclus", "Functioneringscyclus")]
    [InlineData("periodic-check", "Periodieke check op DI-aspecten", "Periodieke check op DI-aspecten")]
    public void CompanyIndicatorLabelsMatchTheReport(string code, string profileLabel, string tableLabel)
    {
        Indicator indicator = DiCatalog.Company.Indicators.Get(code);
        Assert.Equal(profileLabel, indicator.Label.Dutch);
        Assert.Equal(tableLabel, indicator.TableLabel.Dutch);
    }

    [Theory]
    [InlineData("awareness", "Bewustwording", "Meer bewustwording van het belang om te investeren in de duurzame inzetbaarheid van werknemers")]
    [InlineData("familiarity", "Bekendheid", "Meer bekendheid met wat duurzame inzetbaarheid is")]
    [InlineData("policy", "Beleid", "Geformuleerd/aangescherpt beleid op duurzame inzetbaarheid")]
    [InlineData("job-satisfaction", "Werkplezier", "Verhoogd werkplezier van werknemers")]
    [InlineData("products-services", "Verbetering", "Zichtbare verbetering van producten en diensten")]
    [InlineData("knowledge-skills", "Kennis", "Verhoging van de kennis en vaardigheden van werknemers")]
    [InlineData("flexibility", "Flexibiliteit", "Flexibeler inzetbare werknemers")]
    [InlineData("engagement", "Betrokkenheid", "Hoge betrokkenheid van werknemers bij het werk/bedrijf")]
    public void CompanyOpportunityLabelsMatchTable15(string code, string shortLabel, string full)
    {
        Statement s = DiCatalog.Company.Opportunities.Get(code);
        Assert.Equal(shortLabel, s.ShortLabel.Dutch);
        Assert.Equal(full, s.Label.Dutch);
    }

    [Theory]
    [InlineData("investment-need", "zicht op de noodzaak tot investeringen op het terrein van duurzame inzetbaarheid bij de bedrijfsleiding.")]
    [InlineData("manager-roles", "duidelijk welke rollen en taken direct leidinggeven hebben op het terrein van duurzame inzetbaarheid.")]
    [InlineData("peer-experience", "zicht op ervaringen en opbrengsten van andere organisaties die actief zijn geweest op het terrein van duurzame inzetbaarheid.")]
    public void CompanyObstacleLabelsMatchTable22(string code, string full) =>
        Assert.Equal(full, DiCatalog.Company.Obstacles.Get(code).Label.Dutch);

    [Fact]
    public void StatementOrderFollowsTheReport()
    {
        Assert.Equal(["awareness", "familiarity", "policy", "job-satisfaction", "products-services", "knowledge-skills", "flexibility", "engagement"], DiCatalog.Company.Opportunities.Select(s => s.Code));
        Assert.Equal(["investment-need", "priority-insight", "employee-involvement", "societal-importance", "budget", "cao-attention", "manager-roles", "approach-clarity", "required-expertise", "practical-facilities", "effect-measurement", "peer-experience"], DiCatalog.Company.Obstacles.Select(s => s.Code));
        Assert.Equal(["awareness", "familiarity", "job-satisfaction", "products-services", "knowledge-skills", "flexibility"], DiCatalog.SelfEmployed.Opportunities.Select(s => s.Code));
        Assert.Equal(["investment-need", "priority-insight", "societal-importance", "budget", "approach-clarity", "effect-measurement", "peer-experience"], DiCatalog.SelfEmployed.Obstacles.Select(s => s.Code));
    }

    [Fact]
    public void LookupSaysWhenACodeIsValidForTheOtherSegment()
    {
        CatalogLookup<Statement> policy = DiCatalog.SelfEmployed.Opportunities.Lookup("policy");
        Assert.False(policy.Success);
        Assert.Equal(LookupFailure.OtherSegment, policy.Failure);
        Assert.Contains("only for the company segment", policy.Message(Language.English), StringComparison.Ordinal);
        Assert.Contains("alleen voor segment bedrijf", policy.Message(Language.Dutch), StringComparison.Ordinal);

        CatalogLookup<Indicator> training = DiCatalog.Company.Indicators.Lookup("training");
        Assert.Equal(LookupFailure.OtherSegment, training.Failure);

        CatalogLookup<Indicator> unknown = DiCatalog.Company.Indicators.Lookup("nonsense");
        Assert.Equal(LookupFailure.Unknown, unknown.Failure);
        Assert.Contains("'nonsense' is not a known indicator", unknown.Message(Language.English), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DiCatalog.Company.Indicators.Get("nonsense"));
    }

    [Fact]
    public void EveryEntryIsInCatalogueOrderWithUniqueCodesAndBothLabels()
    {
        foreach (IEnumerable<ICatalogEntry> list in AllLists())
        {
            var entries = list.ToList();
            Assert.Equal(entries.Count, entries.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
            for (int i = 0; i < entries.Count; i++)
            {
                Assert.Equal(i, entries[i].Order);
                Assert.False(string.IsNullOrWhiteSpace(entries[i].Label.Dutch));
                Assert.False(string.IsNullOrWhiteSpace(entries[i].Label.English));
            }
        }
    }

    [Fact]
    public void IndicatorsBelongToExactlyOneAspect()
    {
        foreach (SegmentCatalog segment in DiCatalog.Segments)
        {
            foreach (Indicator indicator in segment.Indicators)
            {
                Assert.Single(segment.Aspects, a => a.Indicators.Contains(indicator));
                Assert.Contains(indicator, indicator.Aspect.Indicators);
                Assert.Equal(segment.Segment, indicator.Segment);
            }
        }
    }

    [Fact]
    public void FixedValueSetsHaveTheFormatsCodes()
    {
        Assert.Equal(["A", "B", "C", "D"], DiCatalog.SatisfactionCategories.Select(e => e.Code));
        Assert.Equal(["yes", "maybe", "no"], DiCatalog.FollowUps.Select(e => e.Code));
        Assert.Equal(["continue", "new-activities"], DiCatalog.ContinuationForms.Select(e => e.Code));
        Assert.Equal(["<25", "25-50", "50-75", ">75"], DiCatalog.ShareBands.Select(e => e.Code));
        Assert.Equal(["up-to-25", "26-55", "over-55"], DiCatalog.AgeGroups.Select(e => e.Code));
        Assert.Equal(["primary", "lower-vocational", "secondary-vocational", "general-secondary", "higher"], DiCatalog.EducationLevels.Select(e => e.Code));
        Assert.Equal(["inventory", "instruments", "management", "hr", "employees", "trainings", "scan"], DiCatalog.DiagnosisOptions.Select(e => e.Code));
        Assert.Equal(["report", "oral", "presentation", "note", "other"], DiCatalog.PresentationOptions.Select(e => e.Code));
        Assert.Equal(["initiatives", "directorate", "hr", "employees", "project-group", "resources"], DiCatalog.ExecutionOptions.Select(e => e.Code));
        Assert.Equal(["company", "self-employed"], DiCatalog.Segments.Select(e => e.Code));
        Assert.Equal("1-15,16-25,26-50,51-100,101-250,>250", string.Join(",", SizeClassScheme.Default.Keys));
    }

    [Fact]
    public void EnumValuesDescribeTheirEntries()
    {
        foreach (var entry in DiCatalog.FollowUps)
        {
            Assert.Same(entry, DiCatalog.Describe(entry.Value));
        }

        foreach (var entry in DiCatalog.ShareBands)
        {
            Assert.Same(entry, DiCatalog.Describe(entry.Value));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => DiCatalog.Describe((FollowUp)0));
    }

    [Property(MaxTest = 300)]
    public Property FormatThenParseIsIdentityForEveryCode()
    {
        var lists = AllLists().Select(l => l.ToArray()).ToArray();
        var gen = from list in Gen.Elements(lists)
                  from entry in Gen.Elements(list)
                  select (list, entry);
        return Prop.ForAll(gen.ToArbitrary(), pair =>
            pair.list.Single(e => e.Code == pair.entry.Code) == pair.entry && LookUp(pair.entry) == pair.entry);
    }

    [Property(MaxTest = 300)]
    public bool LookupRejectsEveryStringThatIsNotACodeWithAReason(string? text)
    {
        CatalogLookup<Indicator> lookup = DiCatalog.Company.Indicators.Lookup(text);
        bool isCode = DiCatalog.Company.Indicators.Any(i => i.Code == text);
        return lookup.Success == isCode
            && (isCode ? lookup.Failure == LookupFailure.None : lookup.Failure != LookupFailure.None && lookup.Message(Language.English).Length > 0);
    }

    [Fact]
    public void SizeClassesFollowTheirBounds()
    {
        int[] headcounts = [1, 15, 16, 25, 26, 50, 51, 100, 101, 250, 251, 10_000];
        int[] expected = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
        Assert.Equal(expected, headcounts.Select(SizeClassScheme.Default.ClassOf));
        Assert.Throws<ArgumentException>(() => SizeClassScheme.Create([10, 10]));
    }

    private static ICatalogEntry? LookUp(ICatalogEntry entry) => entry switch
    {
        Aspect a => DiCatalog.For(a.Segment).Aspects.Lookup(a.Code).GetValueOrDefault(),
        Indicator i => DiCatalog.For(i.Segment).Indicators.Lookup(i.Code).GetValueOrDefault(),
        Statement s => DiCatalog.For(s.Segment).Statements(s.Scale).Lookup(s.Code).GetValueOrDefault(),
        ApproachOption o => DiCatalog.ApproachOptions(o.Field).Lookup(o.Code).GetValueOrDefault(),
        SegmentCatalog c => DiCatalog.Segments.Lookup(c.Code).GetValueOrDefault(),
        _ => entry, // fixed value sets: checked by the Single() above
    };

    private static IEnumerable<IEnumerable<ICatalogEntry>> AllLists()
    {
        foreach (SegmentCatalog s in DiCatalog.Segments)
        {
            yield return s.Aspects;
            yield return s.Indicators;
            yield return s.Opportunities;
            yield return s.Obstacles;
            yield return s.Typology;
        }

        yield return DiCatalog.Segments;
        yield return DiCatalog.SatisfactionCategories;
        yield return DiCatalog.FollowUps;
        yield return DiCatalog.ContinuationForms;
        yield return DiCatalog.ShareBands;
        yield return DiCatalog.AgeGroups;
        yield return DiCatalog.EducationLevels;
        yield return DiCatalog.GrowthClasses;
        yield return DiCatalog.DiagnosisOptions;
        yield return DiCatalog.PresentationOptions;
        yield return DiCatalog.ExecutionOptions;
    }
}
