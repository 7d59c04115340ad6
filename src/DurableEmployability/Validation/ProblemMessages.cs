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
        [ProblemCodes.JsonSyntax] = ("The text is not well-formed JSON: {0}", "De tekst is geen geldige JSON: {0}"),
        [ProblemCodes.JsonEncoding] = ("The input is not valid UTF-8 text: {0}", "De invoer is geen geldige UTF-8-tekst: {0}"),
        [ProblemCodes.JsonMaxDepth] = ("The JSON is nested deeper than {0} levels.", "De JSON is dieper genest dan {0} niveaus."),
        [ProblemCodes.JsonStringTooLong] = ("The string takes more than {0} bytes of UTF-8.", "De tekst is langer dan {0} bytes UTF-8."),
        [ProblemCodes.JsonType] = ("{value} is not {0}.", "{value} is geen {0}."),
        [ProblemCodes.UnknownProperty] = ("'{value}' is not a property of this object; valid properties are: {0}.", "'{value}' is geen eigenschap van dit object; geldig zijn: {0}."),
        [ProblemCodes.DuplicateProperty] = ("The property '{value}' appears more than once in this object.", "De eigenschap '{value}' komt meer dan eens voor in dit object."),
        [ProblemCodes.Required] = ("This property is required.", "Deze eigenschap is verplicht."),
        [ProblemCodes.NotAnInteger] = ("{value} is not an integer literal of at most 32 bits.", "{value} is geen geheel getal van hoogstens 32 bits."),
        [ProblemCodes.UnknownFormat] = ("{value} is not the format '{0}'.", "{value} is niet het formaat '{0}'."),
        [ProblemCodes.UnknownVersion] = ("Version {value} is not supported; this release reads version(s) {0}.", "Versie {value} wordt niet ondersteund; deze versie leest versie(s) {0}."),
        [ProblemCodes.ProblemLimit] = ("More than {0} problems; the rest are not listed.", "Meer dan {0} problemen; de rest wordt niet getoond."),
        [ProblemCodes.JsonValueTooLarge] = ("The value takes more than {0} bytes; reading stops.", "De waarde beslaat meer dan {0} bytes; het lezen stopt."),
        [ProblemCodes.JsonIncomplete] = ("The document ends before its root value is complete.", "Het document eindigt voordat de hoofdwaarde compleet is."),
        [ProblemCodes.UnknownCode] = ("{value} is not a known {0}; valid codes are: {1}.", "{value} is geen bekende {0}; geldig zijn: {1}."),
        [ProblemCodes.CodeOtherSegment] = ("{value} is not a {0} for the {1} segment; valid codes are: {2}.", "{value} is geen {0} voor het segment {1}; geldig zijn: {2}."),
        [ProblemCodes.RepeatedCode] = ("{value} appears more than once in this array.", "{value} komt meer dan eens voor in deze lijst."),
        [ProblemCodes.RatingRange] = ("{value} is not a rating; ratings are integers 1…5.", "{value} is geen score; scores zijn gehele getallen 1…5."),
        [ProblemCodes.GradeRange] = ("{value} is not a grade; grades are integers 1…10.", "{value} is geen rapportcijfer; cijfers zijn gehele getallen 1…10."),
        [ProblemCodes.HeadcountRange] = ("{value} is not a headcount; it must be at least 1.", "{value} is geen aantal medewerkers; het moet minstens 1 zijn."),
        [ProblemCodes.SelfEmployedHeadcount] = ("A self-employed participant has a headcount of 1, not {value}.", "Een ZZP-er heeft 1 medewerker, niet {value}."),
        [ProblemCodes.CompanyOnlyField] = ("This field describes staff and is for companies only, not for the self-employed.", "Dit veld beschrijft personeel en geldt alleen voor bedrijven, niet voor ZZP'ers."),
        [ProblemCodes.TargetRange] = ("{value} is not a target; targets are integers of at least 0.", "{value} is geen streefaantal; streefaantallen zijn gehele getallen van minstens 0."),
        [ProblemCodes.InvalidDate] = ("{value} is not an ISO calendar date (yyyy-MM-dd).", "{value} is geen ISO-kalenderdatum (jjjj-MM-dd)."),
        [ProblemCodes.DatesOutOfOrder] = ("The date {value} lies before {0} ({1}); monitor dates must not decrease.", "De datum {value} ligt voor {0} ({1}); monitordata mogen niet afnemen."),
        [ProblemCodes.IdLength] = ("The id {value} must be 1 to {0} characters long.", "Het id {value} moet 1 tot {0} tekens lang zijn."),
        [ProblemCodes.IdDuplicate] = ("The id {value} is already used at {0}.", "Het id {value} wordt al gebruikt bij {0}."),
        [ProblemCodes.PartnerCodeEmpty] = ("A partner code must not be empty.", "Een partnercode mag niet leeg zijn."),
        [ProblemCodes.PartnerDuplicate] = ("The partner code {value} is already listed at {0}.", "De partnercode {value} staat al bij {0}."),
        [ProblemCodes.UnknownPartner] = ("{value} is not a partner of this dataset.", "{value} is geen partner in deze dataset."),
        [ProblemCodes.Mismatch] = ("{value} does not belong here; expected {0}.", "{value} hoort hier niet; verwacht: {0}."),
        [ProblemCodes.ActionAspectNotWorkedOn] = ("The action's aspect {0} is not among the aspects worked on.", "Het aspect {0} van de actie staat niet bij de aspecten waaraan gewerkt is."),
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
                    string key = template.Substring(i + 1, end - i - 1);
                    if (key == "value")
                    {
                        sb.Append(problem.Value ?? "null");
                    }
                    else if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                    {
                        sb.Append(index < problem.Arguments.Count ? problem.Arguments[index] : string.Empty);
                    }

                    i = end;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
