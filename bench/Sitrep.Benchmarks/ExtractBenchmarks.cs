using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Reading;

namespace Sitrep.Benchmarks;

/// <summary>
/// Extract throughput on the FA-KES articles, against a baseline measured in the same run that only
/// decodes each article's bytes and splits it on white space. One operation = the whole corpus.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private Pipeline.Pipeline pipeline = null!;
    private Pipeline.Pipeline full = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = Corpus.Articles;
        pipeline = Sitrep.Pipeline.SitrepPipeline.CreateDefault();
        full = Sitrep.Pipeline.SitrepPipeline.CreateExtraction();
    }

    [Benchmark(Baseline = true, Description = "read + whitespace split")]
    public int WhitespaceSplit()
    {
        var tokens = 0;
        foreach (var bytes in articles)
        {
            var text = TextDecoder.Decode(bytes).Text!;
            tokens += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return tokens;
    }

    [Benchmark(Description = "extract (claims off, JSON out)")]
    public int Extract()
    {
        var length = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            length += ExtractOne(i);
        }

        return length;
    }

    /// <summary>The same work spread over every core, as `sitrep extract` runs a batch.</summary>
    [Benchmark(Description = "extract, all cores")]
    public int ExtractParallel()
    {
        var length = 0;
        Parallel.For(0, articles.Count, () => 0, (i, _, sum) => sum + ExtractOne(i), sum => Interlocked.Add(ref length, sum));
        return length;
    }

    /// <summary>Every stage through claims, JSON out, on every core: what `sitrep extract` does.</summary>
    [Benchmark(Description = "extract with claims, all cores")]
    public int ExtractWithClaimsParallel()
    {
        var length = 0;
        Parallel.For(0, articles.Count, () => 0, (i, _, sum) => sum + ExtractOne(i, full), sum => Interlocked.Add(ref length, sum));
        return length;
    }

    private int ExtractOne(int i) => ExtractOne(i, pipeline);

    private int ExtractOne(int i, Pipeline.Pipeline with) => ExtractOne(articles, i, with);

    private static int ExtractOne(IReadOnlyList<byte[]> articles, int i, Pipeline.Pipeline with)
    {
        var decoded = TextDecoder.Decode(articles[i]);
        var document = with.Process(new SourceArticle($"fakes-{i}.txt", decoded.Text!, SourceFormat.PlainText));
        return JsonSerializer.Serialize(RecordBuilder.Build(document), RecordJson.Context.DocumentRecord).Length;
    }
}

/// <summary>The corpus, loaded once per process, and its size for the throughput columns.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<byte[]>> Loaded = new(FakesCorpus.Load);

    public static IReadOnlyList<byte[]> Articles => Loaded.Value;

    public static long Bytes => Articles.Sum(a => (long)a.Length);
}
