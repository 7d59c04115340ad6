using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using DurableEmployability.Catalog;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// The embedded analytical database baseline: the same participants in a DuckDB table (one column per scored field,
/// actions in a second table), every table overall and per partner in one wide <c>SUM(CASE …)</c> query with
/// <c>GROUPING SETS</c>, plus a <c>GROUP BY</c> for actions and sectors. Loading is measured separately
/// (<see cref="DuckDbLoadBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Slow")]
[Config(typeof(PerParticipantConfig))]
public class DuckDbBenchmarks
{
    private static readonly string Query = BuildQuery();
    private DuckDBConnection? loaded;

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.Sizes))]
    public int N { get; set; }

    /// <summary>Generates the cohort and loads it once (the rich records are not kept).</summary>
    [GlobalSetup]
    public void Setup() => loaded = Load(BenchmarkData.Rich(N));

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        loaded?.Dispose();
        loaded = null;
    }

    /// <summary>Every table, overall + per partner, from the loaded data (all cores).</summary>
    /// <returns>The sum of every value returned.</returns>
    [Benchmark]
    public double DuckDb_Query()
    {
        double total = 0;
        foreach (string sql in Query.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using DuckDBCommand command = loaded!.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is IConvertible value and not string)
                    {
                        total += value.ToDouble(CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        return total;
    }

    /// <summary>Loads participants into a new in-memory database with the appender: table <c>p</c> (one row per participant) and <c>act</c> (one row per action).</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The open connection.</returns>
    internal static DuckDBConnection Load(Participant[] participants)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (DuckDBCommand command = connection.CreateCommand())
        {
            var columns = new StringBuilder("CREATE TABLE p (partner VARCHAR, complete BOOLEAN, ts TINYINT, te TINYINT, aspects TINYINT");
            for (int i = 0; i < 8; i++)
            {
                columns.Append(CultureInfo.InvariantCulture, $", o{i} TINYINT");
            }

            for (int i = 0; i < 12; i++)
            {
                columns.Append(CultureInfo.InvariantCulture, $", b{i} TINYINT");
            }

            columns.Append(", cont BOOLEAN, form TINYINT, support BOOLEAN, sat TINYINT, grade TINYINT, diag TINYINT, pres TINYINT, exec TINYINT, headcount INTEGER, perm TINYINT, men TINYINT, a0 TINYINT, a1 TINYINT, a2 TINYINT, e0 TINYINT, e1 TINYINT, e2 TINYINT, e3 TINYINT, e4 TINYINT, sector VARCHAR);");
            columns.Append("CREATE TABLE act (partner VARCHAR, indicator TINYINT, followup TINYINT);");
            columns.Append("SET threads = ").Append(Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)).Append(';');
            command.CommandText = columns.ToString();
            command.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("p"))
        using (var actions = connection.CreateAppender("act"))
        {
            foreach (Participant p in participants)
            {
                var row = appender.CreateRow().AppendValue(p.Partner).AppendValue(p.IsComplete);
                if (!p.IsComplete || p.Segment != Segment.Company)
                {
                    for (int i = 2; i < 46; i++)
                    {
                        row.AppendNullValue();
                    }

                    row.EndRow();
                    continue;
                }

                Monitor1 m1 = p.Monitor1;
                Monitor3 m3 = p.Monitor3;
                Registration r = p.Registration;
                row.AppendValue((sbyte)m1.Typology.Index).AppendValue((sbyte)m3.Typology.Index).AppendValue((sbyte)m3.Aspects.Mask);
                for (int i = 0; i < 8; i++)
                {
                    row.AppendValue(Rating(m3.Opportunities.RatingAt(i)));
                }

                for (int i = 0; i < 12; i++)
                {
                    row.AppendValue(Rating(m3.Obstacles.RatingAt(i)));
                }

                row.AppendValue(m3.Continuation?.Continues)
                    .AppendValue((sbyte?)m3.Continuation?.Form)
                    .AppendValue(m3.Continuation?.SupportWanted)
                    .AppendValue((sbyte?)m3.Satisfaction)
                    .AppendValue((sbyte?)m3.Grade?.Value)
                    .AppendValue((sbyte)m1.Diagnosis.Mask)
                    .AppendValue((sbyte)m1.Presentation.Mask)
                    .AppendValue((sbyte)m1.Execution.Mask)
                    .AppendValue(r.Headcount)
                    .AppendValue((sbyte?)r.PermanentContracts)
                    .AppendValue((sbyte?)r.Men);
                foreach (AgeGroup group in Enum.GetValues<AgeGroup>())
                {
                    row.AppendValue((sbyte?)r.AgeGroups.Get(group));
                }

                foreach (EducationLevel level in Enum.GetValues<EducationLevel>())
                {
                    row.AppendValue((sbyte?)r.EducationLevels.Get(level));
                }

                row.AppendValue(string.IsNullOrEmpty(r.Sector) ? null : r.Sector).EndRow();
                foreach (ImprovementAction action in m3.Actions)
                {
                    actions.CreateRow().AppendValue(p.Partner).AppendValue((sbyte)action.Indicator.Order).AppendValue((sbyte)action.FollowUp).EndRow();
                }
            }
        }

        return connection;
    }

    private static sbyte? Rating(int value) => value == 0 ? null : (sbyte)value;

    private static string BuildQuery()
    {
        var sums = new List<string> { "COUNT(*)" };
        void Count(string condition) => sums.Add($"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)");
        for (int s = 0; s < 7; s++)
        {
            Count($"ts = {s}");
            Count($"te = {s}");
            for (int e = 0; e < 7; e++)
            {
                Count($"ts = {s} AND te = {e}");
            }
        }

        sums.Add("AVG(ts + 1)");
        sums.Add("AVG(te + 1)");
        sums.Add("AVG(te - ts)");
        for (int g = -6; g <= 6; g++)
        {
            Count($"te - ts = {g}");
        }

        for (int a = 0; a < 5; a++)
        {
            Count($"(aspects & {1 << a}) <> 0");
        }

        foreach (string item in Items())
        {
            Count($"{item} IS NULL");
            for (int v = 1; v <= 5; v++)
            {
                Count($"{item} = {v}");
            }

            sums.Add($"AVG({item})");
            sums.Add($"STDDEV_SAMP({item})");
        }

        Count("cont");
        Count("NOT cont");
        Count("cont IS NULL");
        Count("cont AND form = 1");
        Count("cont AND form = 2");
        Count("cont AND form IS NULL");
        Count("cont AND support");
        Count("cont AND NOT support");
        Count("cont AND support IS NULL");
        Count("sat IS NULL");
        for (int v = 1; v <= 4; v++)
        {
            Count($"sat = {v}");
        }

        Count("grade IS NULL");
        for (int v = 1; v <= 10; v++)
        {
            Count($"grade = {v}");
        }

        sums.Add("AVG(grade)");
        foreach ((string column, int bits) in new[] { ("diag", 7), ("pres", 5), ("exec", 6) })
        {
            Count($"{column} = 0");
            for (int b = 0; b < bits; b++)
            {
                Count($"({column} & {1 << b}) <> 0");
            }
        }

        Count("headcount IS NULL OR headcount < 1");
        int lower = 1;
        foreach (int upper in SizeClassScheme.Default.UpperBounds)
        {
            Count($"headcount BETWEEN {lower} AND {upper}");
            lower = upper + 1;
        }

        Count($"headcount >= {lower}");
        foreach (string band in new[] { "perm", "men", "a0", "a1", "a2", "e0", "e1", "e2", "e3", "e4" })
        {
            Count($"{band} IS NULL");
            for (int v = 1; v <= 4; v++)
            {
                Count($"{band} = {v}");
            }
        }

        var sql = new StringBuilder("SELECT partner, GROUPING(partner)");
        foreach (string sum in sums)
        {
            sql.Append(", ").Append(sum);
        }

        sql.Append(" FROM p WHERE complete GROUP BY GROUPING SETS ((), (partner));");
        sql.Append("SELECT partner, indicator, followup, GROUPING(partner), COUNT(*) FROM act GROUP BY GROUPING SETS ((indicator, followup), (partner, indicator, followup));");
        sql.Append("SELECT partner, sector, GROUPING(partner), COUNT(*) FROM p WHERE complete GROUP BY GROUPING SETS ((sector), (partner, sector));");
        sql.Append("SELECT partner, diag, pres, exec, GROUPING(partner), COUNT(*) FROM p WHERE complete GROUP BY GROUPING SETS ((diag), (partner, diag), (pres), (partner, pres), (exec), (partner, exec));");
        return sql.ToString();
    }

    private static IEnumerable<string> Items()
    {
        for (int i = 0; i < 8; i++)
        {
            yield return "o" + i.ToString(CultureInfo.InvariantCulture);
        }

        for (int i = 0; i < 12; i++)
        {
            yield return "b" + i.ToString(CultureInfo.InvariantCulture);
        }
    }
}
