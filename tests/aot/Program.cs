// Native AOT smoke test: every serializer and the validators run in a trimmed, ahead-of-time compiled binary.
using DurableEmployability.Aggregation;
using DurableEmployability.Analysis;
using DurableEmployability.Catalog;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;

int failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok" : "FAILED")} {what}");
    failures += ok ? 0 : 1;
}

// Dataset: write the phase I reconstruction, read it back (validators included), equal values.
var dataset = Phase1Reconstruction.Dataset;
byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
DatasetReadResult read = DatasetReader.Read(new MemoryStream(bytes));
Check(read.Success && read.Dataset == dataset, $"dataset round trip ({read.Dataset!.Participants.Count} participants)");

// Bad data: a problem with its path, not an exception.
DatasetReadResult bad = DatasetReader.Read(new MemoryStream("{\"format\":\"durable-employability/dataset\",\"version\":1,\"partners\":[],\"participants\":[{\"id\":\"\",\"partner\":\"X\",\"segment\":\"company\"}]}"u8.ToArray()));
Check(!bad.Success && bad.Problems.Any(p => p.Path == "participants[0].id"), "bad dataset reported at participants[0].id");

// Report: aggregate, write as JSON with the analysis, read back.
var accumulator = new ReportAccumulator(new ReportOptions(Segment.Company));
accumulator.AddRange(read.Dataset!.Participants);
Report report = accumulator.ToReport();
Check(report.Participants == 476, $"476 complete companies ({report.Participants})");
string json = ReportJsonWriter.ToJsonString(report, new ReportJsonOptions { IncludeAnalysis = true });
ReportReadResult<Report> back = ReportJsonReader.Read(json);
Check(back.Success && back.Value!.Tables == report.Tables, "report JSON round trip");

// Accumulator state: JSON round trip and merge.
ReportReadResult<AccumulatorState> state = AccumulatorState.FromJson(accumulator.ToState().ToJson());
Check(state.Success && ReportAccumulator.FromState(state.Value!).ToReport().Tables == report.Tables, "accumulator state round trip");

// Analysis.
ReportAnalysis analysis = ReportAnalysis.Compute(report);
Check(analysis.TypologyChange is { SignTestP: < 0.001 }, $"typology change significant (sign test p = {analysis.TypologyChange?.SignTestP:G3})");

return failures == 0 ? 0 : 1;
