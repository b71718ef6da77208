using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Benchmarks;

/// <summary>
/// The quantities stage on the FA-KES articles, against a baseline measured in the same run that
/// only decodes each article's bytes and splits it on white space. One operation = the whole
/// corpus. The stage alone runs over documents segmented once in setup; the second figure adds
/// reading, cleaning and segmentation.
/// </summary>
[MemoryDiagnoser]
public class QuantitiesBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private Document[] segmented = [];
    private Pipeline.Pipeline withQuantities = null!;
    private readonly QuantitiesStage stage = new();

    [GlobalSetup]
    public void Setup()
    {
        articles = Corpus.Articles;
        var segmentation = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().Build();
        segmented = [.. articles.Select((bytes, i) => segmentation.Process(Article(bytes, i)))];
        withQuantities = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseQuantities().Build();
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

    [Benchmark(Description = "quantities stage (segmented input)")]
    public int QuantitiesStage()
    {
        var count = 0;
        foreach (var document in segmented)
        {
            count += stage.Run(document, CancellationToken.None).Get(QuantityLayers.Quantities).Length;
        }

        return count;
    }

    [Benchmark(Description = "read + clean + segment + quantities")]
    public int ReadToQuantities()
    {
        var count = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            count += withQuantities.Process(Article(articles[i], i)).Get(QuantityLayers.Quantities).Length;
        }

        return count;
    }

    private static SourceArticle Article(byte[] bytes, int i) =>
        new($"fakes-{i}.txt", TextDecoder.Decode(bytes).Text!, SourceFormat.PlainText);
}
