namespace DurableEmployability.Reference;

/// <summary>The published counts of the phase I report, and the few derived or chosen values the reconstruction needs.</summary>
/// <remarks>
/// Sources: <c>shared/reference/phase1-published.json</c>; derived vectors come from
/// <c>tools/derive_reconstruction.py</c>. Chosen (unpublished) values are marked as such and documented in
/// <c>docs/reference-data.md</c>.
/// </remarks>
internal static class Phase1Data
{
    /// <summary>Table 1 and Bijlage 2: code, printed name, original target, redistributed target, final companies, complete companies, self-employed (Tabel I).</summary>
    public static readonly (string Code, string Name, int Original, int Redistributed, int Final, int Complete, int SelfEmployed, string Sector)[] Partners =
    [
        ("AGF-CKO", "AGF-CKO", 10, 10, 6, 6, 0, "agriculture"),
        ("AWVN", "AWVN", 50, 44, 43, 43, 0, "business-services"),
        ("BFBN", "BFBN", 20, 11, 11, 11, 0, "industry"),
        ("GOC", "GOC", 25, 25, 25, 15, 0, "creative-industry"),
        ("INretail", "INretail", 40, 42, 42, 42, 0, "retail"),
        ("SVH", "SVH", 50, 53, 55, 55, 0, "hospitality"),
        ("Metaalunie", "Koninklijke Metaalunie", 50, 50, 50, 50, 0, "industry"),
        ("LLTB", "LLTB", 25, 27, 27, 27, 0, "agriculture"),
        ("MKB-Deventer", "MKB Deventer", 20, 20, 18, 17, 18, "mixed"),
        ("NBBU", "NBBU", 25, 27, 27, 27, 0, "staffing"),
        ("NISB-FitVak-HAN", "NISB, Fit!Vak, HAN", 20, 22, 26, 26, 0, "sport-fitness"),
        ("SBI", "SBI", 25, 25, 22, 22, 0, "business-services"),
        ("SOL", "SOL", 25, 20, 20, 20, 0, "food-industry"),
        ("Tuinbranche-NL", "Tuinbranche NL", 20, 22, 20, 17, 0, "retail"),
        ("Uneto-Vni", "Uneto-Vni", 25, 27, 26, 26, 0, "installation"),
        ("Vakcentrum", "Vakcentrum", 25, 25, 25, 25, 0, "retail"),
        ("VHG", "VHG", 25, 28, 25, 25, 10, "landscaping"),
        ("VPB-Emmen", "VPB Emmen", 20, 22, 22, 22, 0, "mixed"),
    ];

    /// <summary>Complete companies (Table 1, column "Registratie &amp; monitor 1-3 100%").</summary>
    public const int CompleteCompanies = 476;

    /// <summary>Complete self-employed (ch. 10).</summary>
    public const int SelfEmployedCount = 28;

    /// <summary>Table 2 counts per share band (&lt;25, 25-50, 50-75, &gt;75) of the 455 answering companies (derived: the largest N ≤ 476 that rounds to every printed %).</summary>
    public static readonly int[] PermanentContracts = [39, 60, 114, 242];

    /// <summary>Table 3 counts per share band of the 464 answering companies (derived likewise).</summary>
    public static readonly int[] Men = [64, 82, 112, 206];

    /// <summary>Table 4: per age group (up to 25, 26-55, over 55) the counts out of 476 closest to the printed %.</summary>
    public static readonly int[][] AgeGroups =
    [
        [297, 123, 35, 21],
        [54, 55, 190, 177],
        [403, 66, 4, 3],
    ];

    /// <summary>Table 5: per education level the counts out of 476 closest to the printed %.</summary>
    public static readonly int[][] EducationLevels =
    [
        [461, 6, 2, 7],
        [306, 113, 48, 9],
        [130, 126, 110, 110],
        [435, 33, 4, 4],
        [330, 64, 41, 41],
    ];

    /// <summary>Tables 6 and 7 jointly: transition counts from monitor-1 step (row, A..D) to monitor-3 step (column), found by search.</summary>
    public static readonly int[][] CompanyTransitions =
    [
        [11, 58, 35, 13, 5, 0, 0],
        [0, 27, 94, 56, 9, 1, 1],
        [1, 0, 28, 25, 14, 4, 1],
        [0, 1, 2, 16, 22, 10, 7],
        [0, 0, 0, 0, 19, 0, 0],
        [0, 0, 0, 0, 1, 13, 0],
        [0, 0, 0, 1, 0, 1, 0],
    ];

    /// <summary>Tables 26 and 27 jointly (uniquely determined).</summary>
    public static readonly int[][] SelfEmployedTransitions =
    [
        [0, 0, 0, 0, 6, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 2, 2, 0, 0],
        [0, 0, 0, 0, 4, 10, 0],
        [0, 0, 0, 0, 0, 2, 0],
        [0, 0, 0, 0, 0, 0, 2],
    ];

    /// <summary>Table 9: companies per aspect (code, count).</summary>
    public static readonly (string Aspect, int Count)[] AspectCounts =
    [
        ("organisation", 392),
        ("vitality-health", 258),
        ("engagement-motivation", 309),
        ("development-mobility", 335),
        ("monitoring", 306),
    ];

    /// <summary>Tables 17–21: actions per indicator with follow-up yes / maybe / no.</summary>
    public static readonly (string Indicator, int Yes, int Maybe, int No)[] Actions =
    [
        ("support-awareness", 148, 32, 19),
        ("vision-policy", 127, 42, 28),
        ("strategic-hr", 79, 20, 22),
        ("responsibility-flexibility", 65, 24, 12),
        ("leadership", 64, 35, 16),
        ("dialogue-participation", 61, 20, 7),
        ("culture", 35, 11, 16),
        ("lifestyle", 80, 37, 16),
        ("workload-stress", 57, 39, 20),
        ("physical-strain", 48, 29, 17),
        ("ergonomics", 27, 10, 5),
        ("safety", 12, 24, 12),
        ("aggression-violence", 1, 3, 5),
        ("bullying", 0, 1, 4),
        ("stimulating-leadership", 97, 30, 29),
        ("work-meetings", 51, 25, 18),
        ("team-development", 89, 36, 12),
        ("appreciation", 33, 14, 17),
        ("transparency-communication", 85, 18, 6),
        ("education", 63, 38, 21),
        ("talent-management", 98, 27, 25),
        ("career-guidance", 45, 15, 10),
        ("task-broadening", 26, 18, 17),
        ("job-rotation", 19, 14, 17),
        ("combination-jobs", 1, 4, 11),
        ("coaching", 33, 12, 13),
        ("internships", 4, 2, 6),
        ("satisfaction-survey", 47, 15, 12),
        ("feedback-training", 7, 14, 6),
        ("performance-cycle", 140, 40, 16),
        ("periodic-check", 46, 26, 26),
    ];

    /// <summary>Table 15: opportunity ratings 1..5 per statement (companies).</summary>
    public static readonly (string Statement, int[] Counts)[] CompanyOpportunities =
    [
        ("awareness", [7, 23, 94, 232, 120]),
        ("familiarity", [9, 17, 81, 217, 152]),
        ("policy", [15, 62, 141, 177, 81]),
        ("job-satisfaction", [24, 65, 199, 145, 43]),
        ("products-services", [64, 93, 185, 106, 28]),
        ("knowledge-skills", [44, 55, 175, 151, 51]),
        ("flexibility", [51, 87, 208, 100, 30]),
        ("engagement", [31, 40, 143, 196, 66]),
    ];

    /// <summary>Table 22: obstacle ratings 1..5 per statement (companies).</summary>
    public static readonly (string Statement, int[] Counts)[] CompanyObstacles =
    [
        ("investment-need", [154, 180, 77, 45, 20]),
        ("priority-insight", [123, 191, 105, 50, 7]),
        ("employee-involvement", [83, 165, 143, 68, 17]),
        ("societal-importance", [151, 161, 103, 53, 8]),
        ("budget", [89, 132, 105, 89, 61]),
        ("cao-attention", [94, 132, 144, 80, 26]),
        ("manager-roles", [80, 201, 109, 71, 15]),
        ("approach-clarity", [93, 194, 130, 52, 7]),
        ("required-expertise", [83, 194, 117, 72, 10]),
        ("practical-facilities", [90, 205, 115, 57, 9]),
        ("effect-measurement", [43, 144, 121, 127, 41]),
        ("peer-experience", [51, 140, 118, 126, 41]),
    ];

    /// <summary>Table 16: continues no; continues yes with form continue / new activities / unanswered; support yes / no among continuing companies.</summary>
    public const int ContinuesNo = 41, FormContinue = 380, FormNew = 43, FormUnanswered = 12, SupportYes = 81, SupportNo = 51;

    /// <summary>Tables 23 and 24: satisfaction A..D per partner (in <see cref="Partners"/> order). Partners 10–18 are the counts derived from Table 24; partners 1–9 are chosen so that the totals equal Table 23, GOC is all D and 7 of them reach ≥ 80 % C+D (ch. 9.2).</summary>
    public static readonly int[][] SatisfactionByPartner =
    [
        [0, 1, 4, 1],
        [4, 6, 29, 4],
        [0, 2, 8, 1],
        [0, 0, 0, 15],
        [3, 4, 31, 4],
        [5, 7, 38, 5],
        [3, 5, 37, 5],
        [1, 3, 20, 3],
        [2, 1, 11, 3],
        [0, 8, 18, 1],
        [2, 11, 12, 1],
        [1, 2, 14, 5],
        [0, 1, 16, 3],
        [3, 4, 5, 5],
        [2, 5, 19, 0],
        [1, 7, 15, 2],
        [1, 3, 19, 2],
        [1, 1, 15, 5],
    ];

    /// <summary>Table 25: grades 1..10 (companies).</summary>
    public static readonly int[] CompanyGrades = [0, 1, 0, 0, 6, 40, 99, 238, 75, 17];

    /// <summary>Table 30: opportunity ratings (self-employed). The products-services row is not recoverable: chosen (contains the one printed cell 3,6 % = 1/28). Knowledge-skills sums to 27 as printed (one missing rating).</summary>
    public static readonly (string Statement, int[] Counts)[] SelfEmployedOpportunities =
    [
        ("awareness", [0, 0, 3, 21, 4]),
        ("familiarity", [1, 0, 1, 17, 9]),
        ("job-satisfaction", [0, 2, 3, 14, 9]),
        ("products-services", [1, 3, 7, 12, 5]),
        ("knowledge-skills", [0, 5, 4, 7, 11]),
        ("flexibility", [5, 4, 5, 6, 8]),
    ];

    /// <summary>Table 33: obstacle ratings (self-employed).</summary>
    public static readonly (string Statement, int[] Counts)[] SelfEmployedObstacles =
    [
        ("investment-need", [1, 2, 3, 21, 1]),
        ("priority-insight", [0, 3, 6, 13, 6]),
        ("societal-importance", [1, 3, 4, 16, 4]),
        ("budget", [0, 2, 4, 9, 13]),
        ("approach-clarity", [1, 7, 3, 15, 2]),
        ("effect-measurement", [2, 9, 4, 11, 2]),
        ("peer-experience", [3, 8, 5, 9, 3]),
    ];

    /// <summary>Table 31: grades 1..10 (self-employed).</summary>
    public static readonly int[] SelfEmployedGrades = [0, 0, 0, 0, 0, 0, 4, 16, 5, 3];

    /// <summary>Table 32: satisfaction A..D (self-employed).</summary>
    public static readonly int[] SelfEmployedSatisfaction = [0, 3, 20, 5];
}
