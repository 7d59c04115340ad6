using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Tests.Generators;
using DurableEmployability.Trajectories;
using DurableEmployability.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

public sealed class DatasetRoundTripTests
{
    private static DatasetReadResult ReadBytes(byte[] bytes) => DatasetReader.Read(new MemoryStream(bytes));

    [Property(MaxTest = 150)]
    public Property WritingThenReadingGivesAnEqualDataset() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), dataset =>
        {
            DatasetReadResult result = ReadBytes(DatasetWriter.ToUtf8Bytes(dataset));
            return (result.Success && result.Dataset == dataset && result.Problems.All(p => !p.IsError))
                .Label(string.Join("; ", result.Problems));
        });

    [Property(MaxTest = 100)]
    public Property CompactAndIndentedOutputReadBackEqual() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), dataset =>
        {
            DatasetReadResult compact = ReadBytes(DatasetWriter.ToUtf8Bytes(dataset, new DatasetWriterOptions { Indented = false }));
            return compact.Success && compact.Dataset == dataset;
        });

    [Property(MaxTest = 100)]
    public Property WritingIsDeterministic() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), dataset =>
        {
            byte[] first = DatasetWriter.ToUtf8Bytes(dataset);
            byte[] copy = DatasetWriter.ToUtf8Bytes(dataset with { Participants = new ValueArray<Participant>(dataset.Participants.Select(p => p with { })) });
            byte[] reread = DatasetWriter.ToUtf8Bytes(ReadBytes(first).Dataset!);
            return first.AsSpan().SequenceEqual(copy) && first.AsSpan().SequenceEqual(reread);
        });

    [Property(MaxTest = 100)]
    public Property GeneratedDatasetsAreValidForTheValidators() =>
        Prop.ForAll(DatasetGen.DatasetArbitrary(), dataset =>
        {
            var problems = DatasetValidator.Check(dataset);
            return problems.All(p => !p.IsError).Label(string.Join("; ", problems));
        });

    [Fact]
    public void ThePhase1ReconstructionRoundTrips()
    {
        Dataset dataset = Phase1Reconstruction.Dataset;
        byte[] bytes = DatasetWriter.ToUtf8Bytes(dataset);
        DatasetReadResult result = ReadBytes(bytes);
        Assert.True(result.Success, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(dataset, result.Dataset);
        Assert.Equal(518, result.Dataset.Participants.Count);
        Assert.Equal(bytes, DatasetWriter.ToUtf8Bytes(result.Dataset));
    }

    [Fact]
    public async Task AsyncWritingAndReadingGiveTheSameAsSynchronous()
    {
        Dataset dataset = Phase1Reconstruction.Dataset;
        using var memory = new MemoryStream();
        await DatasetWriter.WriteAsync(memory, dataset);
        Assert.Equal(DatasetWriter.ToUtf8Bytes(dataset), memory.ToArray());
        memory.Position = 0;
        DatasetReadResult result = await DatasetReader.ReadAsync(memory);
        Assert.True(result.Success);
        Assert.Equal(dataset, result.Dataset);
    }

    [Fact]
    public void ToJsonStringIsTheUtf8TextOfToUtf8Bytes()
    {
        Dataset dataset = Phase1Reconstruction.Dataset;
        Assert.Equal(Encoding.UTF8.GetString(DatasetWriter.ToUtf8Bytes(dataset)), DatasetWriter.ToJsonString(dataset));
    }
}
