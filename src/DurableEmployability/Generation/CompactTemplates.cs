using System;
using System.Collections.Immutable;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Generation;

/// <summary>The compact forms of a generator's templates, per cycle slot, with what the perturbation needs.</summary>
internal sealed class CompactTemplates
{
    internal CompactTemplates((string Partner, Segment Segment, ImmutableArray<Participant> Templates)[] cycle)
    {
        var builder = new CompactBatchBuilder();
        var pools = new CompactTemplate[cycle.Length][];
        var seen = new System.Collections.Generic.Dictionary<ImmutableArray<Participant>, CompactTemplate[]>();
        for (int slot = 0; slot < cycle.Length; slot++)
        {
            ImmutableArray<Participant> pool = cycle[slot].Templates;
            if (seen.TryGetValue(pool, out CompactTemplate[]? done))
            {
                pools[slot] = done;
                continue;
            }

            var templates = new CompactTemplate[pool.Length];
            for (int t = 0; t < pool.Length; t++)
            {
                Participant participant = pool[t];
                int record = builder.Count;
                int actionStart = builder.ActionCount;
                builder.Add(participant);
                StatementRatings opportunities = participant.Monitor3!.Opportunities;
                int k = DiCatalog.For(participant.Segment).Opportunities.Count;
                bool usable = opportunities.Count > 0 && opportunities.Segment == participant.Segment && opportunities.Scale == StatementScale.Opportunity;
                int[] orders = [];
                if (usable)
                {
                    orders = new int[opportunities.Count];
                    int n = 0;
                    for (int i = 0; i < k; i++)
                    {
                        if (opportunities.RatingAt(i) != 0)
                        {
                            orders[n++] = i;
                        }
                    }
                }

                templates[t] = new CompactTemplate(record, actionStart, builder.ActionCount - actionStart, participant.Registration!.Headcount, opportunities.Count, orders);
            }

            seen.Add(pool, templates);
            pools[slot] = templates;
        }

        Pools = pools;
        (Records, Actions, Sectors) = builder.ToArrays();
    }

    internal CompactTemplate[][] Pools { get; }

    internal CompactRecord[] Records { get; }

    internal byte[] Actions { get; }

    internal ImmutableArray<string> Sectors { get; }
}
