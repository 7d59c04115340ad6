using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DurableEmployability.Catalog;

namespace DurableEmployability.Validation;

/// <summary>The English and Dutch message templates, keyed by problem code.</summary>
/// <remarks>
/// Templates use <c>{value}</c> for the offending value and <c>{0}</c>, <c>{1}</c>, … for the arguments. Every code of
/// <see cref="ProblemCodes"/> must have both messages (a test checks this by reflection).
/// </remarks>
internal static class ProblemMessages
{
    private static readonly FrozenDictionary<string, (string English, string Dutch)> Templates = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [ProblemCodes.JsonSyntax] = ("The text is not well-formed JSON: {0}", "De tekst is geen geldige JSON (melding van System.Text.Json): {0}"),
        [ProblemCodes.JsonEncoding] = ("The input is not valid UTF-8 text: {0}", "De invoer is geen geldige UTF-8-tekst: {0}"),
        [ProblemCodes.JsonMaxDepth] = ("The JSON is nested deeper than {0} levels.", "De JSON is dieper genest dan {0} niveaus."),
        [ProblemCodes.JsonStringTooLong] = ("The string takes more than {0} bytes of UTF-8.", "De tekst is langer dan {0} bytes UTF-8."),
        [ProblemCodes.JsonType] = ("{value} has the wrong type; expected {0}.", "{value} heeft het verkeerde type; verwacht: {0}."),
        [ProblemCodes.UnknownProperty] = ("'{value}' is not a property of this object; valid properties are: {0}.", "'{value}' is geen eigenschap van dit object; geldig zijn: {0}."),
        [ProblemCodes.DuplicateProperty] = ("The property '{value}' appears more than once in this object.", "De eigenschap '{value}' komt meer dan eens voor in dit object."),
        [ProblemCodes.Required] = ("This property is required.", "Deze eigenschap is verplicht."),
        [ProblemCodes.NotAnInteger] = ("{value} is not an integer literal of at most 32 bits.", "{value} is geen geheel getal van hoogstens 32 bits."),
        [ProblemCodes.UnknownFormat] = ("{value} is not the format '{0}'.", "{value} is niet het formaat '{0}'."),
        [ProblemCodes.UnknownVersion] = ("Version {value} is not supported; this release reads version(s) {0}.", "Versie {value} wordt niet ondersteund; deze versie leest versie(s) {0}."),
        [ProblemCodes.ProblemLimit] = ("More than {0} problems; the rest are not listed.", "Meer dan {0} problemen; de rest wordt niet getoond."),
        [ProblemCodes.JsonValueTooLarge] = ("The value takes more than {0} bytes; reading stops.", "De waarde beslaat meer dan {0} bytes; het lezen stopt."),
        [ProblemCodes.JsonIncomplete] = ("The document ends before its root value is complete.", "Het document eindigt voordat de hoofdwaarde compleet is."),
        [ProblemCodes.UnknownCode] = ("{value} is not a known {0}; valid codes are: {1}.", "{value} is onbekend als {0}; geldig zijn: {1}."),
        [ProblemCodes.CodeOtherSegment] = ("{value} is not {a0} for the {1} segment, only for the {other1} segment; valid codes are: {2}.", "{value} is geen {0} voor het segment {1}, alleen voor het segment {other1}; geldig zijn: {2}."),
        [ProblemCodes.RepeatedCode] = ("{value} appears more than once in this array.", "{value} komt meer dan eens voor in deze lijst."),
        [ProblemCodes.RatingRange] = ("{value} is not a rating; ratings are integers 1…5.", "{value} is geen score; scores zijn gehele getallen 1…5."),
        [ProblemCodes.GradeRange] = ("{value} is not a grade; grades are integers 1…10.", "{value} is geen rapportcijfer; cijfers zijn gehele getallen 1…10."),
        [ProblemCodes.HeadcountRange] = ("{value} is not a headcount; it must be at least 1.", "{value} is geen aantal medewerkers; het moet minstens 1 zijn."),
        [ProblemCodes.SelfEmployedHeadcount] = ("A self-employed participant has a headcount of 1, not {value}.", "Een ZZP-er heeft 1 medewerker, niet {value}."),
        [ProblemCodes.CompanyOnlyField] = ("This field describes staff and is for companies only, not for the self-employed.", "Dit veld beschrijft personeel en geldt alleen voor bedrijven, niet voor ZZP'ers."),
        [ProblemCodes.TargetRange] = ("{value} is not a target; targets are integers of at least 0.", "{value} is geen streefaantal; streefaantallen zijn gehele getallen van minstens 0."),
        [ProblemCodes.InvalidDate] = ("{value} is not an ISO calendar date (yyyy-MM-dd).", "{value} is geen ISO-kalenderdatum (jjjj-MM-dd)."),
        [ProblemCodes.DatesOutOfOrder] = ("The date {value} lies before {0} ({1}); monitor dates must not decrease.", "De datum {value} ligt voor {0} ({1}); monitordata mogen niet afnemen."),
        [ProblemCodes.IdLength] = ("The id {value} must be 1 to {0} characters long.", "Het id {value} moet 1 tot en met {0} tekens lang zijn."),
        [ProblemCodes.IdDuplicate] = ("The id {value} is already used at {0}.", "Het id {value} wordt al gebruikt bij {0}."),
        [ProblemCodes.PartnerCodeEmpty] = ("A partner code must not be empty.", "Een partnercode mag niet leeg zijn."),
        [ProblemCodes.PartnerDuplicate] = ("The partner code {value} is already listed at {0}.", "De partnercode {value} staat al bij {0}."),
        [ProblemCodes.UnknownPartner] = ("{value} is not a partner of this dataset.", "{value} is geen partner in deze dataset."),
        [ProblemCodes.Mismatch] = ("{value} does not belong here; expected {0}.", "{value} hoort hier niet; verwacht: {0}."),
        [ProblemCodes.ActionAspectNotWorkedOn] = ("The aspect '{0}' of the action's indicator {value} is not among the aspects worked on (monitor3.aspects).", "Het aspect '{0}' van de indicator {value} van de actie staat niet bij de aspecten waaraan gewerkt is (monitor3.aspects)."),
        [ProblemCodes.ContinuationIgnored] = ("The participant does not continue, so form and support wanted are not counted.", "De deelnemer gaat niet door, dus vorm en gewenste ondersteuning tellen niet mee."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static IEnumerable<string> Codes => Templates.Keys;

    internal static bool HasMessages(string code) => Templates.ContainsKey(code);

    internal static string Template(string code, Language language)
    {
        if (!Templates.TryGetValue(code, out var t))
        {
            return language == Language.Dutch ? "Onbekend probleem '" + code + "'." : "Unknown problem '" + code + "'.";
        }

        return language switch
        {
            Language.English => t.English,
            Language.Dutch => t.Dutch,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Expected Language.Dutch or Language.English."),
        };
    }

    /// <summary>
    /// Renders a problem's message. Placeholders: <c>{value}</c>, <c>{0}</c>… (an argument; in Dutch translated where it
    /// is a known English term such as a kind of code or a JSON type), <c>{a0}</c>… (an argument with the English
    /// indefinite article) and <c>{other0}</c>… (the segment other than the one named by the argument).
    /// </summary>
    internal static string Render(Problem problem, Language language)
    {
        string template = Template(problem.Code, language);
        var sb = new StringBuilder(template.Length + 32);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '{')
            {
                int end = template.IndexOf('}', i);
                if (end > i)
                {
                    AppendPlaceholder(sb, template.AsSpan(i + 1, end - i - 1), problem, language);
                    i = end;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void AppendPlaceholder(StringBuilder sb, ReadOnlySpan<char> key, Problem problem, Language language)
    {
        if (key.SequenceEqual("value"))
        {
            sb.Append(problem.Value ?? "null");
            return;
        }

        bool article = key.StartsWith("a") && !key.StartsWith("other");
        bool other = key.StartsWith("other");
        ReadOnlySpan<char> digits = other ? key[5..] : article ? key[1..] : key;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= problem.Arguments.Count)
        {
            return;
        }

        string argument = problem.Arguments[index];
        if (other)
        {
            sb.Append(argument switch { "company" => "self-employed", "self-employed" => "company", _ => argument });
            return;
        }

        if (language == Language.Dutch)
        {
            sb.Append(DutchTerms.TryGetValue(argument, out string? dutch) ? dutch : argument);
            return;
        }

        if (article)
        {
            sb.Append(argument.Length > 0 && "aeiou".Contains(argument[0], StringComparison.Ordinal) ? "an " : "a ");
        }

        sb.Append(argument);
    }

    /// <summary>The Dutch words for the English terms used as message arguments: kinds of codes, JSON types, encoding details.</summary>
    private static readonly FrozenDictionary<string, string> DutchTerms = BuildDutchTerms();

    private static FrozenDictionary<string, string> BuildDutchTerms()
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["object"] = "een object",
            ["array"] = "een array (lijst)",
            ["string"] = "een tekst (string)",
            ["integer"] = "een geheel getal",
            ["boolean"] = "true of false",
            ["number or null"] = "een getal of null",
            ["finite number"] = "een eindig getal",
            ["integer >= 0"] = "een geheel getal >= 0",
            ["diagnosis options"] = "diagnosevormen",
            ["presentation options"] = "presentatievormen",
            ["execution options"] = "uitvoeringsvormen",
            [Utf16Text] = "UTF-16- of UTF-32-tekst; het datasetformaat is UTF-8.",
            [LoneSurrogate] = "een geescapete losse surrogaat (\\uD800-\\uDFFF zonder zijn paar) is geen Unicode-tekst",
            [InvalidUtf8] = "een ongeldige UTF-8-bytereeks",
        };
        void Add(BilingualText kind) => terms.TryAdd(kind.English, kind.Dutch);
        foreach (SegmentCatalog catalog in DiCatalog.Segments)
        {
            Add(catalog.Aspects.Kind);
            Add(catalog.Indicators.Kind);
            Add(catalog.Opportunities.Kind);
            Add(catalog.Obstacles.Kind);
            Add(catalog.Typology.Kind);
        }

        Add(DiCatalog.Segments.Kind);
        Add(DiCatalog.SatisfactionCategories.Kind);
        Add(DiCatalog.FollowUps.Kind);
        Add(DiCatalog.ContinuationForms.Kind);
        Add(DiCatalog.ShareBands.Kind);
        Add(DiCatalog.AgeGroups.Kind);
        Add(DiCatalog.EducationLevels.Kind);
        Add(DiCatalog.GrowthClasses.Kind);
        Add(DiCatalog.DiagnosisOptions.Kind);
        Add(DiCatalog.PresentationOptions.Kind);
        Add(DiCatalog.ExecutionOptions.Kind);
        return terms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The detail of a <c>json-encoding</c> problem for UTF-16 or UTF-32 input.</summary>
    internal const string Utf16Text = "UTF-16 or UTF-32 text; the dataset format is UTF-8.";

    /// <summary>The detail of a <c>json-encoding</c> problem for an escaped lone surrogate.</summary>
    internal const string LoneSurrogate = "an escaped lone surrogate (\\uD800-\\uDFFF without its pair) is not Unicode text";

    /// <summary>The detail of a <c>json-encoding</c> problem for bytes that are not UTF-8.</summary>
    internal const string InvalidUtf8 = "an invalid UTF-8 byte sequence";
}
