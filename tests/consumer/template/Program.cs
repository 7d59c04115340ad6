// The README's quick start, compiled and run by CI against the packed package.
using DurableEmployability.Aggregation;
using DurableEmployability.Catalog;
using DurableEmployability.Serialization;

using FileStream file = File.OpenRead(args[0]);
DatasetReadResult result = DatasetReader.Read(file);
foreach (var problem in result.Problems)
{
    Console.Error.WriteLine(problem.ToString(Language.English));
}

if (!result.Success)
{
    return 2;
}

var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
accumulator.AddRange(result.Dataset.Participants);
Report report = accumulator.ToReport();

Console.WriteLine($"participants {report.Participants}");
Console.WriteLine($"typologyStart.A {report.Tables.TypologyStart.Rows[0].Count}");
Console.WriteLine(ReportJsonWriter.ToJsonString(report).Length > 0 ? "json ok" : "json empty");
return 0;
