using System;
using System.Collections.Generic;
using System.Linq;
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Scales;
using DurableEmployability.Trajectories;
using DurableEmployability.Typology;
using Xunit;

namespace DurableEmployability.Tests.Aggregation;

/// <summary>
/// Cohorts rebuilt from the counts printed in the phase I report (phase1-published.json); the derived percentages
/// and means must match the printed ones after rounding to one decimal, except where the published inconsistencies
/// list says the print is wrong.
/// </summary>
public class PublishedTablesTests
{
    private static double Printed(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    [Fact]
    public void Table25GradesOf476Companies()
    {
        // Tabel 25: grade → count, printed percentage.
        (int Grade, int Count, double Percent)[] printed =
            [(1, 0, 0.0), (2, 1, 0.2), (3, 0, 0.0), (4, 0, 0.0), (5, 6, 1.3), (6, 40, 8.4), (7, 99, 20.8), (8, 238, 50.0), (9, 75, 15.8), (10, 17, 3.6)];
        Participant[] cohort = [.. printed.SelectMany(p => Enumerable.Repeat(ReportAccumulatorTests.Complete(m3: m => m with { Grade = Grade.FromValue(p.Grade) }), p.Count))];
        GradeTable grades = ReportAccumulatorTests.Aggregate(Segment.Company, cohort).Tables.Grades;
        Assert.Equal(476, grades.N);
        Assert.Equal(printed.Select(p => (long)p.Count), grades.Rows.Select(r => r.Count));
        Assert.Equal(printed.Select(p => p.Percent), grades.Rows.Select(r => Printed(r.Percent)));
        Assert.Equal(3714d / 476, grades.Mean);
        Assert.Equal(7.803, Math.Round(grades.Mean!.Value, 3));
    }

    [Fact]
    public void Table7GrowthOf476Companies()
    {
        // Tabel 7: growth → count, printed percentage (no values below −3 or above 5 were printed).
        (int Growth, int Count, double Percent)[] printed =
            [(-3, 1, 0.2), (-2, 2, 0.4), (-1, 4, 0.8), (0, 114, 23.9), (1, 199, 41.8), (2, 115, 24.2), (3, 33, 6.9), (4, 7, 1.5), (5, 1, 0.2)];
        var cohort = new List<Participant>();
        foreach ((int growth, int count, _) in printed)
        {
            TypologyStep start = growth >= 0 ? TypologyStep.A : TypologyStep.D;
            TypologyStep end = start.Add(TypologyGrowth.FromValue(growth));
            cohort.AddRange(Enumerable.Repeat(ReportAccumulatorTests.Complete(start: start.Code, end: end.Code), count));
        }

        GrowthTable table = ReportAccumulatorTests.Aggregate(Segment.Company, [.. cohort]).Tables.Growth;
        Assert.Equal(476, table.N);
        foreach ((int growth, int count, double percent) in printed)
        {
            CountRow row = table.Rows[growth + 6];
            Assert.Equal((count, percent), (row.Count, Printed(row.Percent)));
        }

        Assert.Equal(550d / 476, table.Mean);
        Assert.Equal((114L, 23.9), (table.Stable.Count, Printed(table.Stable.Percent)));
        Assert.Equal((355L, 74.6), (table.Grew.Count, Printed(table.Grew.Percent)));

        // inc-05: the report prints 1,4 for the 7 decliners; 7/476 = 1.47 % rounds to 1,5.
        Assert.Equal((7L, 1.5), (table.Declined.Count, Printed(table.Declined.Percent)));
    }
}
