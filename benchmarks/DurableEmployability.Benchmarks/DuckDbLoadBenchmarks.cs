using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using DurableEmployability.Trajectories;

namespace DurableEmployability.Benchmarks;

/// <summary>
/// The cost of getting the participants into DuckDB (reported apart from the query of <see cref="DuckDbBenchmarks"/>):
/// a new in-memory database, both tables created and filled with the appender. Its own job has no warm-up beyond
/// BenchmarkDotNet's jitting invocation and 2 measured iterations, as one load of 10,000,000 participants takes minutes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 2, id: "Load")]
[Config(typeof(PerParticipantConfig))]
public class DuckDbLoadBenchmarks
{
    private Participant[] participants = [];

    /// <summary>Gets or sets the number of participants.</summary>
    [ParamsSource(typeof(BenchmarkData), nameof(BenchmarkData.Sizes))]
    public int N { get; set; }

    /// <summary>Generates the cohort.</summary>
    [GlobalSetup]
    public void Setup() => participants = BenchmarkData.Rich(N);

    /// <summary>Releases the cohort.</summary>
    [GlobalCleanup]
    public void Cleanup() => participants = [];

    /// <summary>Loading the cohort into a new in-memory database with the appender.</summary>
    /// <returns>The number of rows.</returns>
    [Benchmark]
    public long DuckDb_Load()
    {
        using DuckDBConnection connection = DuckDbBenchmarks.Load(participants);
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM p";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
