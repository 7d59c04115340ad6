using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Trajectories;
using Xunit;
using static DurableEmployability.Tests.Reference.PublishedReference;

namespace DurableEmployability.Tests.Reference;

public partial class Phase1ReconstructionTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Tables 4 and 5 cannot be met exactly (rows do not add to 100 %; N printed 496): the reconstruction holds, per group, the counts out of 476 closest in least squares; the distances are those stated in docs/reference-data.md.</summary>
    [Theory]
    [InlineData("tabel-4", "25 jaar", 11.400)]
    [InlineData("tabel-4", "26 tot 55 jaar", 0.270)]
    [InlineData("tabel-4", ">55 jaar", 0.172)]
    [InlineData("tabel-5", "Basisonderwijs", 0.200)]
    [InlineData("tabel-5", "Lager beroeps-onderwijs (VMBO/LTS)", 5.000)]
    [InlineData("tabel-5", "Middelbaar beroeps-onderwijs (MBO)", 4.600)]
    [InlineData("tabel-5", "HAVO/VWO", 0.227)]
    [InlineData("tabel-5", "Hoger onderwijs (HBO/WO)", 0.327)]
    public void Tables4And5HoldTheClosestCountsOutOf476(string table, string group, double documentedDistance)
    {
        List<JsonElement> rows = [.. Rows(table).Where(r => r.GetProperty("group_nl").GetString() == group)];
        Assert.Equal(4, rows.Count);
        double[] printed = [.. rows.Select(r => Value(r, "pct").GetDouble())];
        List<string> groups = [.. Rows(table).Select(r => r.GetProperty("group_nl").GetString()!).Distinct()];
        int index = groups.IndexOf(group);
        Func<Registration, ShareBand?> band = table == "tabel-4"
            ? r => r.AgeGroups.Get((AgeGroup)(index + 1))
            : r => r.EducationLevels.Get((EducationLevel)(index + 1));
        int n = Companies.Count;
        int[] actual = [.. Enumerable.Range(1, 4).Select(b => Companies.Count(p => (int?)band(p.Registration!) == b))];
        Assert.Equal(n, actual.Sum());

        int[] closest = ClosestCounts(printed, n);
        Assert.Equal(closest, actual);
        double distance = actual.Select((c, b) => Math.Abs(100.0 * c / n - printed[b])).Sum();
        Assert.Equal(documentedDistance, Math.Round(distance, 3));
    }

    private static int[] ClosestCounts(double[] printed, int n)
    {
        int[] centre = [.. printed.Select(p => (int)Math.Round(p * n / 100))];
        int[] best = [];
        double bestError = double.MaxValue;
        for (int a = Math.Max(0, centre[0] - 40); a <= centre[0] + 40; a++)
        {
            for (int b = Math.Max(0, centre[1] - 40); b <= centre[1] + 40; b++)
            {
                for (int c = Math.Max(0, centre[2] - 40); c <= centre[2] + 40; c++)
                {
                    int d = n - a - b - c;
                    if (d < 0)
                    {
                        continue;
                    }

                    int[] counts = [a, b, c, d];
                    double error = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        double dev = 100.0 * counts[k] / n - printed[k];
                        error += dev * dev;
                    }

                    if (error < bestError - 1e-12)
                    {
                        bestError = error;
                        best = counts;
                    }
                }
            }
        }

        return best;
    }

    [Fact]
    public void BuildIsDeterministic()
    {
        ValueArray<Participant> again = Phase1Reconstruction.Build();
        Assert.Equal(Phase1Reconstruction.Participants.Count, again.Count);
        Assert.True(Phase1Reconstruction.Participants.Items.SequenceEqual(again.Items));
    }

    [Fact]
    public void BuildIsFast()
    {
        Phase1Reconstruction.Build();
        Stopwatch watch = Stopwatch.StartNew();
        Phase1Reconstruction.Build();
        watch.Stop();
        output.WriteLine($"Phase1Reconstruction.Build(): {watch.Elapsed.TotalMilliseconds:F1} ms");

        // Target < 200 ms; the bound is generous because the test machine is shared.
        Assert.True(watch.ElapsedMilliseconds < 1000, $"Build took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ParticipantsAreValid()
    {
        ValueArray<Participant> all = Phase1Reconstruction.Participants;
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        HashSet<string> codes = [.. Phase1Reconstruction.Partners.Select(p => p.Code)];
        foreach (Participant p in all)
        {
            Assert.Contains(p.Partner, codes);
            Assert.NotNull(p.Registration);
            Assert.NotNull(p.Monitor1);
            Assert.InRange(p.Monitor1.Date, new NodaTime.LocalDate(2015, 1, 1), new NodaTime.LocalDate(2016, 12, 31));
            if (p.Monitor2 is not null)
            {
                Assert.True(p.Monitor1.Date <= p.Monitor2.Date);
            }

            if (p.IsComplete)
            {
                Assert.True(p.Monitor2.Date <= p.Monitor3.Date);
                Assert.InRange(p.Monitor3.Date, new NodaTime.LocalDate(2015, 1, 1), new NodaTime.LocalDate(2016, 12, 31));
                Assert.All(p.Monitor3.Actions, a => Assert.Equal(p.Segment, a.Indicator.Segment));
                Assert.False(p.Monitor3.Aspects.IsEmpty);
            }
            else
            {
                Assert.Null(p.Monitor3);
            }

            if (p.Segment == Segment.SelfEmployed)
            {
                Assert.Equal(1, p.Registration.Headcount);
                Assert.Null(p.Registration.PermanentContracts);
                Assert.True(p.Registration.AgeGroups.IsEmpty);
            }
            else
            {
                Assert.InRange(p.Registration.Headcount!.Value, 1, 10_000);
            }
        }
    }

    [Fact]
    public void PartnerLookupByCodeWorksAndRejectsUnknownCodes()
    {
        Assert.Equal("Koninklijke Metaalunie", Phase1Reconstruction.GetPartner("Metaalunie").Name);
        Assert.Throws<ArgumentException>(() => Phase1Reconstruction.GetPartner("nope"));
        Assert.Equal(18, Phase1Reconstruction.Dataset.Partners.Count);
    }
}
