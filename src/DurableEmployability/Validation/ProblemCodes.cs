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
}
