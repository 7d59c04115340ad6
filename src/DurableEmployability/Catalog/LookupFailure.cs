namespace DurableEmployability.Catalog;

/// <summary>Why a catalogue look-up by code failed.</summary>
public enum LookupFailure
{
    /// <summary>The look-up succeeded.</summary>
    None = 0,

    /// <summary>The code was <see langword="null"/> or empty.</summary>
    Empty = 1,

    /// <summary>The code is not in this catalogue list, nor in the corresponding list of the other segment.</summary>
    Unknown = 2,

    /// <summary>The code exists only in the corresponding list of the other segment.</summary>
    OtherSegment = 3,
}
