namespace DurableEmployability.Validation;

/// <summary>The stable codes of every problem the library reports. Each has an English and a Dutch message.</summary>
/// <remarks>Codes never change meaning; new codes may be added in minor versions.</remarks>
public static class ProblemCodes
{
    /// <summary>The text is not well-formed JSON (with line and column); reading stops.</summary>
    public const string JsonSyntax = "json-syntax";

    /// <summary>The input is not UTF-8 (e.g. UTF-16 or invalid byte sequences); reading stops.</summary>
    public const string JsonEncoding = "json-encoding";

    /// <summary>Nesting deeper than the reader's maximum depth; reading stops.</summary>
    public const string JsonMaxDepth = "json-max-depth";

    /// <summary>A string longer than the reader's maximum string length.</summary>
    public const string JsonStringTooLong = "json-string-too-long";

    /// <summary>A value of the wrong JSON type (e.g. a string where a number is expected). Argument: the expected type.</summary>
    public const string JsonType = "json-type";

    /// <summary>A property that the format does not define (outside <c>extensions</c>).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A property name repeated within one object.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A required property is absent or <c>null</c>.</summary>
    public const string Required = "required";

    /// <summary>A number where the format requires an integer literal (e.g. <c>4.0</c>, <c>4e0</c>), or beyond 32 bits.</summary>
    public const string NotAnInteger = "not-an-integer";

    /// <summary>The <c>format</c> property names another format. Argument: the expected format.</summary>
    public const string UnknownFormat = "unknown-format";

    /// <summary>The <c>version</c> is not one this release reads. Argument: the versions read.</summary>
    public const string UnknownVersion = "unknown-version";

    /// <summary>The caller's limit on the number of problems was reached; further problems were not collected.</summary>
    public const string ProblemLimit = "problem-limit";
    /// <summary>One partner or participant (or the root's other values) takes more bytes than the reader's limit; reading stops. Argument: the limit.</summary>
    public const string JsonValueTooLarge = "json-value-too-large";

    /// <summary>The document is empty or ends before its root value is complete; reading stops.</summary>
    public const string JsonIncomplete = "json-incomplete";

    /// <summary>A code that is not in the catalogue (or not a valid choice). Arguments: the kind of code, the valid codes.</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A catalogue code that exists only for the other segment. Arguments: the kind of code, the participant's segment, the valid codes.</summary>
    public const string CodeOtherSegment = "code-other-segment";

    /// <summary>A code repeated within one array (approach fields, aspects).</summary>
    public const string RepeatedCode = "repeated-code";

    /// <summary>A statement rating outside 1…5.</summary>
    public const string RatingRange = "rating-range";

    /// <summary>A grade outside 1…10.</summary>
    public const string GradeRange = "grade-range";

    /// <summary>A headcount below 1.</summary>
    public const string HeadcountRange = "headcount-range";

    /// <summary>A self-employed participant's headcount other than 1.</summary>
    public const string SelfEmployedHeadcount = "self-employed-headcount";

    /// <summary>A company-only registration field (staff bands) given for a self-employed participant.</summary>
    public const string CompanyOnlyField = "company-only-field";

    /// <summary>A partner target below 0.</summary>
    public const string TargetRange = "target-range";

    /// <summary>A date that is not an ISO calendar date <c>yyyy-MM-dd</c>.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A monitor date before the date of an earlier monitor. Arguments: the earlier monitor's path, its date.</summary>
    public const string DatesOutOfOrder = "dates-out-of-order";

    /// <summary>A participant id that is empty or longer than 200 characters. Argument: the maximum length.</summary>
    public const string IdLength = "id-length";

    /// <summary>A participant id used before in the dataset. Argument: the path of the first use.</summary>
    public const string IdDuplicate = "id-duplicate";

    /// <summary>A partner code that is empty.</summary>
    public const string PartnerCodeEmpty = "partner-code-empty";

    /// <summary>A partner code listed before in the dataset. Argument: the path of the first listing.</summary>
    public const string PartnerDuplicate = "partner-duplicate";

    /// <summary>A participant's partner that is not among the dataset's partners.</summary>
    public const string UnknownPartner = "unknown-partner";

    /// <summary>A value that belongs to another segment or field than where it is used (records built in code). Arguments: what was expected.</summary>
    public const string Mismatch = "mismatch";

    /// <summary>Warning: an action's aspect is not among the aspects worked on. Argument: the aspect.</summary>
    public const string ActionAspectNotWorkedOn = "action-aspect-not-worked-on";

    /// <summary>Warning: <c>continues</c> is false but <c>form</c> or <c>supportWanted</c> is given; those values are not counted.</summary>
    public const string ContinuationIgnored = "continuation-ignored";
}
