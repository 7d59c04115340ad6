using System;
using System.Linq;
using DurableEmployability.Catalog;
using DurableEmployability.Typology;

// The report console. For now it prints the DI catalogue; the report itself comes with the aggregation work.
Language language = Language.Dutch;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--lang" && i + 1 < args.Length && Languages.TryParse(args[i + 1], out Language parsed))
    {
        language = parsed;
        i++;
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--lang nl|en]");
        return 2;
    }
}

foreach (SegmentCatalog segment in DiCatalog.Segments)
{
    Console.WriteLine($"== {segment.Label.Get(language)} ({segment.Code})");
    foreach (Aspect aspect in segment.Aspects)
    {
        Console.WriteLine($"  {aspect.Label.Get(language)}");
        foreach (Indicator indicator in aspect.Indicators)
        {
            Console.WriteLine($"    - {indicator.Label.Get(language)}");
        }
    }

    Console.WriteLine($"  {segment.OpportunityStem.Get(language)}");
    foreach (Statement statement in segment.Opportunities)
    {
        Console.WriteLine($"    {statement.ShortLabel.Get(language),-26} {statement.Label.Get(language)}");
    }

    Console.WriteLine($"  {segment.ObstacleStem.Get(language)}");
    foreach (Statement statement in segment.Obstacles)
    {
        Console.WriteLine($"    {statement.ShortLabel.Get(language),-26} {statement.Label.Get(language)}");
    }

    Console.WriteLine("  " + string.Join("  ", segment.Typology.Select(t => $"{t.Code}={t.Step.Score}")));
}

return 0;
