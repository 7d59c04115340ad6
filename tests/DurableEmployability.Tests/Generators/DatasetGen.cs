using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Tests.Aggregation;
using DurableEmployability.Trajectories;
using FsCheck;
using FsCheck.Fluent;

namespace DurableEmployability.Tests.Generators;

/// <summary>
/// Random valid datasets covering every field of the format: partners with names, targets and extensions;
/// participants of <see cref="ParticipantGen"/> (both segments, complete and incomplete, every monitor field) with
/// unique ids, listed partners, notes, mottos, sub-sectors and extensions at every level, and text with non-ASCII
/// characters, quotes, backslashes and control characters.
/// </summary>
public static class DatasetGen
{
    public static readonly string[] PartnerCodes = ["P1", "P2", "P3", "P4"];

    private static readonly char[] Alphabet = "abcXYZ 019-_.,'\"\\/\t\n\u0001\u007féëñ€漢字<>&+".ToCharArray();

    private static readonly string[] ExtensionTexts =
    [
        "{}",
        "{\"source\":\"crm\"}",
        "{\"n\":[1,2.5e3,-0.0,{\"a\":null,\"b\":[true,false]}],\"s\":\"\\u00e9\\n\"}",
        "{ \"spaced\" : true,\n  \"nested\": { \"deep\": [ [ [ ] ] ] } }",
        "{\"a\":{\"dup\":1},\"b\":{\"dup\":2},\"\\u0063\":[{\"k\":1},{\"k\":2}]}",
    ];

    public static Gen<string> Text() =>
        Gen.Frequency(
            (1, Gen.Constant(string.Empty)),
            (4, Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars))),
            (1, Gen.Constant("Samen duurzaam inzetten. 🙂")));

    public static Gen<string?> MaybeText() => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text().Select(s => (string?)s)));

    public static Gen<ExtensionData?> Extensions() =>
        Gen.Frequency(
            (3, Gen.Constant<ExtensionData?>(null)),
            (1, Gen.Elements(ExtensionTexts).Select(t => (ExtensionData?)ExtensionData.FromJson(t))));

    public static Gen<Partner> Partner(string code) =>
        from name in Text()
        from hasTargets in Gen.Elements(false, true)
        from original in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 500).Select(v => (int?)v)))
        from redistributed in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, int.MaxValue).Select(v => (int?)v)))
        from extensions in Extensions()
        select new Partner(code, name) { Targets = hasTargets ? new PartnerTargets(original, redistributed) : null, Extensions = extensions };

    public static Gen<Participant> Participant(int index) =>
        from participant in ParticipantGen.Participant()
        from idText in Text()
        from partner in Gen.Elements(PartnerCodes)
        from subSector in MaybeText()
        from note in MaybeText()
        from motto in MaybeText()
        from extensions in Extensions().ArrayOf(6)
        select Enrich(participant with { Id = index + ":" + idText, Partner = partner }, subSector, note, motto, extensions);

    public static Gen<Dataset> Dataset(int maxParticipants = 12) =>
        from partners in Gen.Choose(0, PartnerCodes.Length).SelectMany(n => Gen.CollectToArray(PartnerCodes.Take(n).Select(Partner)))
        from count in Gen.Choose(0, maxParticipants)
        from participants in Gen.CollectToArray(Enumerable.Range(0, partners.Length == 0 ? 0 : count).Select(i => Participant(i)))
        from extensions in Extensions()
        let codes = partners.Select(p => p.Code).ToArray()
        select new Dataset(
            new ValueArray<Partner>(partners),
            new ValueArray<Participant>(participants.Select(p => codes.Contains(p.Partner) ? p : p with { Partner = codes[0] })))
        { Extensions = extensions };

    public static Arbitrary<Dataset> DatasetArbitrary() => Dataset().ToArbitrary();

    private static Participant Enrich(Participant p, string? subSector, string? note, string? motto, ExtensionData?[] extensions) => p with
    {
        Extensions = extensions[0],
        Registration = p.Registration is null ? null : p.Registration with { SubSector = subSector, Extensions = extensions[1] },
        Monitor1 = p.Monitor1 is null ? null : p.Monitor1 with { Extensions = extensions[2] },
        Monitor2 = p.Monitor2 is null ? null : p.Monitor2 with { Note = note, Extensions = extensions[3] },
        Monitor3 = p.Monitor3 is null ? null : p.Monitor3 with
        {
            Motto = motto,
            Extensions = extensions[4],
            Actions = p.Monitor3.Actions.Count == 0 ? p.Monitor3.Actions : new ValueArray<ImprovementAction>(p.Monitor3.Actions.Select((a, i) => i == 0 ? a with { Extensions = extensions[5] } : a)),
        },
    };
}
