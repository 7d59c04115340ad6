using System;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DurableEmployability.Generation;
using DurableEmployability.Reference;
using DurableEmployability.Serialization;
using DurableEmployability.Trajectories;
using Xunit;

namespace DurableEmployability.Tests.Serialization;

// Not run in parallel with other tests: the memory bound is measured on the whole process's managed heap.
[Collection(MemoryMeasurement.Name)]
public sealed class DatasetStreamingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>A read-only stream that counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Count;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            Count += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task AMillionParticipantsStreamInBoundedMemory()
    {
        const int Count = 1_000_000;
        var generator = new CohortGenerator(seed: 7);
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        var counting = new CountingStream(client);
        Task producer = Task.Run(() =>
        {
            DatasetWriter.Write(server, Phase1Reconstruction.Partners, generator.Generate(Count), options: new DatasetWriterOptions { Indented = false });
            server.Dispose();
        });

        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        int read = 0;
        long checksum = 0;
        using (DatasetStream dataset = DatasetReader.Open(counting))
        {
            foreach (Participant participant in dataset.Participants())
            {
                checksum += participant.Id.Length;
                if (++read % 50_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }

            Assert.True(dataset.Success, string.Join("\n", dataset.Problems.Take(5)));
        }

        await producer.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(Count, read);
        Assert.True(checksum > Count);
        long documentBytes = counting.Count;
        Assert.True(documentBytes > 500_000_000, $"document of {documentBytes} bytes");

        output.WriteLine($"document {documentBytes:N0} bytes, peak managed memory growth {peak:N0} bytes");

        // The reader keeps one participant's text and the set of ids (about 100 bytes each, for the uniqueness rule); the
        // document is about 15 times larger (measured: 1.4 GB of JSON, about 95 MB of managed memory at the peak).
        Assert.True(peak < documentBytes / 4, $"peak managed memory grew by {peak:N0} bytes for a document of {documentBytes:N0} bytes");
    }

    [Fact]
    public async Task ParticipantsAsyncYieldsEveryValidParticipantAndRecordsTheInvalidOnes()
    {
        string json = File.ReadAllText(DatasetReaderTests.DataPath("valid", "spec-example.json"));
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var participants = root["participants"]!.AsArray();
        var second = participants[0]!.DeepClone();
        second["id"] = "SVH-0002";
        second["monitor3"]!["grade"] = 11;
        var third = participants[0]!.DeepClone();
        third["id"] = "SVH-0003";
        participants.Add(second);
        participants.Add(third);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
        await using DatasetStream dataset = DatasetReader.Open(stream);
        var ids = new System.Collections.Generic.List<string>();
        await foreach (Participant participant in dataset.ParticipantsAsync(CancellationToken.None))
        {
            Assert.Single(dataset.Partners);
            ids.Add(participant.Id);
        }

        Assert.Equal(["SVH-0001", "SVH-0003"], ids);
        Assert.True(dataset.IsCompleted);
        Assert.False(dataset.Success);
        Assert.Equal("participants[1].monitor3.grade", Assert.Single(dataset.Problems).Path);
        Assert.Throws<InvalidOperationException>(() => dataset.Participants());
    }

    [Fact]
    public void PartnersAfterParticipantsAreCheckedAtTheEnd()
    {
        string json = "{\"participants\":[{\"id\":\"a\",\"partner\":\"P\",\"segment\":\"company\"},{\"id\":\"b\",\"partner\":\"Q\",\"segment\":\"company\"}],"
            + "\"partners\":[{\"code\":\"P\",\"name\":\"P\"}],\"format\":\"durable-employability/dataset\",\"version\":1}";
        using DatasetStream dataset = DatasetReader.Open(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(2, dataset.Participants().Count());
        Assert.False(dataset.Success);
        Assert.Equal(("participants[1].partner", "unknown-partner"), (dataset.Problems[0].Path, dataset.Problems[0].Code));

        DatasetReadResult whole = DatasetReaderTests.ReadText(json);
        Assert.False(whole.Success);
        Assert.Equal("a", Assert.Single(whole.ValidPart!.Participants).Id);
    }
}
