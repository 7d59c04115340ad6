using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DurableEmployability.Benchmarks;

// --short: 10,000 and 1,000,000 participants, one launch in process, 1 warm-up and 3 measured iterations.
bool isShort = args.Contains("--short");
if (isShort)
{
    Environment.SetEnvironmentVariable(BenchmarkData.ShortVariable, "1");
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run(
    [.. args.Where(a => a != "--short")],
    isShort
        ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"))
        : DefaultConfig.Instance);
