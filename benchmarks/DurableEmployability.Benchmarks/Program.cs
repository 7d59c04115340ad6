using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DurableEmployability.Benchmarks;
using Perfolizer.Horology;

// Every class carries its own job: [SimpleJob] "Full" (3 warm-up, 10 measured iterations) for the fast ones, "Slow"
// (1 and 3) for naive LINQ, the DuckDB query and JSON, "Load" (0 and 2) for the DuckDB load; one process per case.
// --short: smaller cohorts (BenchmarkData), and a mutator job that turns every job into 1 warm-up and 3 measured
// iterations of at least 200 ms (not 500), in process. (A job added here with AsDefault() would not do: BenchmarkSwitcher turns it into a mutator
// that overrides the classes' own jobs.)
bool isShort = args.Contains("--short");
if (isShort)
{
    Environment.SetEnvironmentVariable(BenchmarkData.ShortVariable, "1");
}

IConfig config = isShort
    ? DefaultConfig.Instance.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(200)).WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
    : DefaultConfig.Instance;

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run([.. args.Where(a => a != "--short")], config);
