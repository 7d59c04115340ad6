using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DurableEmployability.Benchmarks.CatalogBenchmarks).Assembly).Run(args);
