using BenchmarkDotNet.Attributes;
using DurableEmployability.Catalog;

namespace DurableEmployability.Benchmarks;

/// <summary>Catalogue look-up by code, as the dataset reader does for every indicator and statement.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Full")]
public class CatalogBenchmarks
{
    private readonly string[] codes = ["support-awareness", "periodic-check", "coaching", "training", "nonsense"];

    [Benchmark]
    public int LookupIndicators()
    {
        int found = 0;
        foreach (string code in codes)
        {
            if (DiCatalog.Company.Indicators.Lookup(code).Success)
            {
                found++;
            }
        }

        return found;
    }
}
