using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using NodaTime;

namespace DurableEmployability.Serialization;

/// <summary>Writes datasets in the JSON format of <c>dataset-format.md</c> (version 1), deterministically.</summary>
/// <remarks>
/// <para>
/// Writing is deterministic: equal datasets give identical bytes (properties in a fixed order, absent and empty values
/// left out, invariant formats, dates as <c>yyyy-MM-dd</c>, <c>extensions</c> written verbatim, no byte order mark).
/// Reading the output with <see cref="DatasetReader"/> gives an equal dataset (lossless round trip) for every dataset
/// that <see cref="Validation.DatasetValidator"/> accepts. Non-ASCII text is written as UTF-8, not escaped.
/// </para>
/// <para>
/// <see cref="Write(Stream, IEnumerable{Partner}, IEnumerable{Participant}, ExtensionData?, DatasetWriterOptions?)"/>
/// streams participants from any sequence without holding them. The stream is not closed. All members are thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using FileStream file = File.Create("dataset.json");
/// DatasetWriter.Write(file, dataset);
/// string json = DatasetWriter.ToJsonString(dataset);
/// </code>
/// </example>
public static class DatasetWriter
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly JsonEncodedText FormatName = JsonEncodedText.Encode("format");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText PartnersName = JsonEncodedText.Encode("partners");
    private static readonly JsonEncodedText ParticipantsName = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");

    /// <summary>Writes a dataset to a stream.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="dataset"/> is <see langword="null"/>, or holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    /// <exception cref="IOException">The stream fails to write.</exception>
    public static void Write(Stream utf8Json, Dataset dataset, DatasetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Write(utf8Json, dataset.Partners, dataset.Participants, dataset.Extensions, options);
    }

    /// <summary>Writes a dataset from a list of partners and a sequence of participants, enumerated once and never held.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is not closed.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="participants">The participants, enumerated once.</param>
    /// <param name="extensions">The root <c>extensions</c>, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="extensions"/> and <paramref name="options"/> is <see langword="null"/>, or a sequence holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    /// <exception cref="IOException">The stream fails to write.</exception>
    public static void Write(Stream utf8Json, IEnumerable<Partner> partners, IEnumerable<Participant> participants, ExtensionData? extensions = null, DatasetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(participants);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        WriteStart(writer, partners);
        foreach (Participant participant in participants)
        {
            WriteParticipant(writer, participant);
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        WriteEnd(writer, extensions);
        writer.Flush();
    }

    /// <summary>Writes a dataset to a stream asynchronously.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the dataset is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="dataset"/> is <see langword="null"/>, or holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream fails to write.</exception>
    public static Task WriteAsync(Stream utf8Json, Dataset dataset, DatasetWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return WriteAsync(utf8Json, dataset.Partners, ToAsync(dataset.Participants), dataset.Extensions, options, cancellationToken);
    }

    /// <summary>Writes a dataset from a list of partners and an asynchronous sequence of participants, enumerated once and never held.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is not closed.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="participants">The participants, enumerated once.</param>
    /// <param name="extensions">The root <c>extensions</c>, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the dataset is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="extensions"/> and <paramref name="options"/> is <see langword="null"/>, or a sequence holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream fails to write.</exception>
    public static async Task WriteAsync(Stream utf8Json, IEnumerable<Partner> partners, IAsyncEnumerable<Participant> participants, ExtensionData? extensions = null, DatasetWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(participants);
        var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        await using (writer.ConfigureAwait(false))
        {
            WriteStart(writer, partners);
            await foreach (Participant participant in participants.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteParticipant(writer, participant);
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            WriteEnd(writer, extensions);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a dataset to a byte array of UTF-8 JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <returns>The UTF-8 JSON (no byte order mark).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>, or holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    public static byte[] ToUtf8Bytes(Dataset dataset, DatasetWriterOptions? options = null)
    {
        using var memory = new MemoryStream();
        Write(memory, dataset, options);
        return memory.ToArray();
    }

    /// <summary>Writes a dataset to a JSON string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriterOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>, or holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (a lone surrogate).</exception>
    public static string ToJsonString(Dataset dataset, DatasetWriterOptions? options = null) => Encoding.UTF8.GetString(ToUtf8Bytes(dataset, options));

    internal static JsonWriterOptions WriterOptions(DatasetWriterOptions? options) => new()
    {
        Indented = (options ?? DatasetWriterOptions.Default).Indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private static async IAsyncEnumerable<Participant> ToAsync(ValueArray<Participant> participants)
    {
        foreach (Participant participant in participants)
        {
            yield return participant;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void WriteStart(Utf8JsonWriter w, IEnumerable<Partner> partners)
    {
        w.WriteStartObject();
        w.WriteString(FormatName, Dataset.FormatName);
        w.WriteNumber(VersionName, Dataset.CurrentVersion);
        w.WriteStartArray(PartnersName);
        foreach (Partner partner in partners)
        {
            ArgumentNullException.ThrowIfNull(partner, nameof(partners));
            WritePartner(w, partner);
        }

        w.WriteEndArray();
        w.WriteStartArray(ParticipantsName);
    }

    private static void WriteEnd(Utf8JsonWriter w, ExtensionData? extensions)
    {
        w.WriteEndArray();
        Extensions(w, extensions);
        w.WriteEndObject();
    }

    private static void Extensions(Utf8JsonWriter w, ExtensionData? extensions)
    {
        if (extensions is not null)
        {
            w.WritePropertyName(ExtensionsName);
            w.WriteRawValue(extensions.Json);
        }
    }

    private static void WritePartner(Utf8JsonWriter w, Partner partner)
    {
        w.WriteStartObject();
        w.WriteString("code", partner.Code);
        w.WriteString("name", partner.Name);
        if (partner.Targets is { } targets)
        {
            w.WriteStartObject("targets");
            if (targets.Original is { } original)
            {
                w.WriteNumber("original", original);
            }

            if (targets.Redistributed is { } redistributed)
            {
                w.WriteNumber("redistributed", redistributed);
            }

            w.WriteEndObject();
        }

        Extensions(w, partner.Extensions);
        w.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter w, Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant, "participants");
        w.WriteStartObject();
        w.WriteString("id", participant.Id);
        w.WriteString("partner", participant.Partner);
        w.WriteString("segment", SegmentCatalog.For(participant.Segment).Code);
        if (participant.Registration is { } registration)
        {
            WriteRegistration(w, registration);
        }

        if (participant.Monitor1 is { } monitor1)
        {
            w.WriteStartObject("monitor1");
            Date(w, monitor1.Date);
            w.WriteString("typology", monitor1.Typology.Code);
            Selection(w, "diagnosis", monitor1.Diagnosis);
            Selection(w, "presentation", monitor1.Presentation);
            Selection(w, "execution", monitor1.Execution);
            Extensions(w, monitor1.Extensions);
            w.WriteEndObject();
        }

        if (participant.Monitor2 is { } monitor2)
        {
            w.WriteStartObject("monitor2");
            Date(w, monitor2.Date);
            if (monitor2.Note is { } note)
            {
                w.WriteString("note", note);
            }

            Extensions(w, monitor2.Extensions);
            w.WriteEndObject();
        }

        if (participant.Monitor3 is { } monitor3)
        {
            WriteMonitor3(w, monitor3);
        }

        Extensions(w, participant.Extensions);
        w.WriteEndObject();
    }

    private static void WriteRegistration(Utf8JsonWriter w, Registration registration)
    {
        w.WriteStartObject("registration");
        if (registration.Headcount is { } headcount)
        {
            w.WriteNumber("headcount", headcount);
        }

        if (registration.Sector is { } sector)
        {
            w.WriteString("sector", sector);
        }

        if (registration.SubSector is { } subSector)
        {
            w.WriteString("subSector", subSector);
        }

        if (registration.PermanentContracts is { } permanent)
        {
            w.WriteString("permanentContracts", DiCatalog.Describe(permanent).Code);
        }

        if (registration.Men is { } men)
        {
            w.WriteString("men", DiCatalog.Describe(men).Code);
        }

        if (!registration.AgeGroups.IsEmpty)
        {
            w.WriteStartObject("ageGroups");
            foreach (CatalogChoice<AgeGroup> group in DiCatalog.AgeGroups)
            {
                if (registration.AgeGroups.Get(group.Value) is { } band)
                {
                    w.WriteString(group.Code, DiCatalog.Describe(band).Code);
                }
            }

            w.WriteEndObject();
        }

        if (!registration.EducationLevels.IsEmpty)
        {
            w.WriteStartObject("educationLevels");
            foreach (CatalogChoice<EducationLevel> level in DiCatalog.EducationLevels)
            {
                if (registration.EducationLevels.Get(level.Value) is { } band)
                {
                    w.WriteString(level.Code, DiCatalog.Describe(band).Code);
                }
            }

            w.WriteEndObject();
        }

        Extensions(w, registration.Extensions);
        w.WriteEndObject();
    }

    private static void WriteMonitor3(Utf8JsonWriter w, Monitor3 monitor3)
    {
        w.WriteStartObject("monitor3");
        Date(w, monitor3.Date);
        w.WriteString("typology", monitor3.Typology.Code);
        if (!monitor3.Aspects.IsEmpty)
        {
            w.WriteStartArray("aspects");
            foreach (Aspect aspect in monitor3.Aspects.Aspects)
            {
                w.WriteStringValue(aspect.Code);
            }

            w.WriteEndArray();
        }

        if (!monitor3.Actions.IsEmpty)
        {
            w.WriteStartArray("actions");
            foreach (ImprovementAction action in monitor3.Actions)
            {
                w.WriteStartObject();
                w.WriteString("indicator", action.Indicator.Code);
                w.WriteString("followUp", DiCatalog.Describe(action.FollowUp).Code);
                Extensions(w, action.Extensions);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Ratings(w, "opportunities", monitor3.Opportunities);
        Ratings(w, "obstacles", monitor3.Obstacles);
        if (monitor3.Continuation is { } continuation)
        {
            w.WriteStartObject("continuation");
            if (continuation.Continues is { } continues)
            {
                w.WriteBoolean("continues", continues);
            }

            if (continuation.Form is { } form)
            {
                w.WriteString("form", DiCatalog.Describe(form).Code);
            }

            if (continuation.SupportWanted is { } support)
            {
                w.WriteBoolean("supportWanted", support);
            }

            w.WriteEndObject();
        }

        if (monitor3.Satisfaction is { } satisfaction)
        {
            w.WriteString("satisfaction", DiCatalog.Describe(satisfaction).Code);
        }

        if (monitor3.Grade is { } grade)
        {
            w.WriteNumber("grade", grade.Value);
        }

        if (monitor3.Motto is { } motto)
        {
            w.WriteString("motto", motto);
        }

        Extensions(w, monitor3.Extensions);
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, LocalDate date)
    {
        Span<byte> text = stackalloc byte[10];
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Dates of the dataset format are ISO calendar dates with years 1…9999.");
        }

        Digits(text[..4], date.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), date.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), date.Day);
        w.WriteString("date"u8, text);
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void Selection(Utf8JsonWriter w, string name, ApproachSelection selection)
    {
        if (selection.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (ApproachOption option in selection.Options)
        {
            w.WriteStringValue(option.Code);
        }

        w.WriteEndArray();
    }

    private static void Ratings(Utf8JsonWriter w, string name, StatementRatings ratings)
    {
        if (ratings is null || ratings.IsEmpty)
        {
            return;
        }

        w.WriteStartObject(name);
        foreach (KeyValuePair<Statement, Rating> pair in ratings.Ratings)
        {
            w.WriteNumber(pair.Key.Code, pair.Value.Value);
        }

        w.WriteEndObject();
    }
}
