using System;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Reference;

/// <summary>
/// A synthetic, deterministic reconstruction of the phase I cohort (2015–2016) whose aggregates equal the
/// published tables of the final report: 18 partners, 476 complete and 14 incomplete companies and 28 complete
/// self-employed.
/// </summary>
/// <remarks>
/// Individual records are synthetic: only the aggregates (the report's tables, as far as the record model can
/// carry them) are real. Where the report is internally inconsistent the published counts are reproduced; see
/// <c>docs/reference-data.md</c> for every deviation and chosen value. The result is the same on every run and
/// platform; <see cref="Participants"/> is built once and cached, and everything here is thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var complete = Phase1Reconstruction.Participants.Count(p => p.IsComplete &amp;&amp; p.Segment == Segment.Company); // 476
/// </code>
/// </example>
public static class Phase1Reconstruction
{
    private static readonly Lazy<ValueArray<Participant>> Cached = new(Phase1Builder.BuildParticipants, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The number of companies with complete monitoring (Table 1; the N of the company tables).</summary>
    public const int CompleteCompanyCount = Phase1Data.CompleteCompanies;

    /// <summary>The number of companies without complete monitoring (Table 1 final − complete, summed over partners).</summary>
    public const int IncompleteCompanyCount = 14;

    /// <summary>The number of self-employed participants, all complete (ch. 10).</summary>
    public const int SelfEmployedCount = Phase1Data.SelfEmployedCount;

    /// <summary>Gets the 18 partners of Table 1 in the report's order, with codes, names (Bijlage 2) and targets (original and redistributed).</summary>
    public static ValueArray<Partner> Partners { get; } = Phase1Builder.BuildPartners();

    /// <summary>Gets the reconstructed participants (built on first use, then cached): per partner its complete companies, its incomplete companies, then its self-employed.</summary>
    public static ValueArray<Participant> Participants => Cached.Value;

    /// <summary>Gets the partners and participants as a dataset.</summary>
    public static Dataset Dataset => new(Partners, Participants);

    /// <summary>Builds the reconstruction afresh (the same participants as <see cref="Participants"/>, as new instances).</summary>
    /// <returns>The participants, in the order of <see cref="Participants"/>.</returns>
    public static ValueArray<Participant> Build() => Phase1Builder.BuildParticipants();

    /// <summary>Gets the partner with the given code.</summary>
    /// <param name="code">A partner code such as <c>SVH</c>.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not one of the 18 partner codes.</exception>
    public static Partner GetPartner(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (Partner partner in Partners)
        {
            if (string.Equals(partner.Code, code, StringComparison.Ordinal))
            {
                return partner;
            }
        }

        throw new ArgumentException($"Unknown phase I partner code '{code}'.", nameof(code));
    }

    internal static ImmutableArray<Participant> Templates(string partnerCode, Catalog.Segment segment) =>
        [.. Participants.Items.Where(p => p.IsComplete && p.Segment == segment && string.Equals(p.Partner, partnerCode, StringComparison.Ordinal))];
}
