using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Benchmarks;

/// <summary>
/// The dates stage on the FA-KES articles, against a baseline measured in the same run that only
/// decodes each article's bytes and splits it on white space. One operation = the whole corpus.
/// The stage alone (and with the quantities stage, the joint target) runs over documents
/// read, cleaned and segmented once in setup; the last figure adds reading, cleaning and segmentation.
/// </summary>
[MemoryDiagnoser]
public class DatesBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private Document[] segmented = [];
    private Pipeline.Pipeline withDates = null!;
    private readonly DatesStage dates = new();
    private readonly QuantitiesStage quantities = new();

    [GlobalSetup]
    public void Setup()
    {
        articles = Corpus.Articles;
        var segmentation = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().Build();
        segmented = [.. articles.Select((bytes, i) => segmentation.Process(Article(bytes, i)))];
        withDates = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseDates().Build();
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

    [Benchmark(Description = "dates stage (segmented input)")]
    public int DatesStage()
    {
        var count = 0;
        foreach (var document in segmented)
        {
            count += dates.Run(document, CancellationToken.None).Get(DateLayers.Dates).Length;
        }

        return count;
    }

    [Benchmark(Description = "dates + quantities stages (segmented input)")]
    public int DatesAndQuantities()
    {
        var count = 0;
        foreach (var document in segmented)
        {
            var done = quantities.Run(dates.Run(document, CancellationToken.None), CancellationToken.None);
            count += done.Get(DateLayers.Dates).Length + done.Get(QuantityLayers.Quantities).Length;
        }

        return count;
    }

    [Benchmark(Description = "read + clean + segment + dates")]
    public int ReadToDates()
    {
        var count = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            count += withDates.Process(Article(articles[i], i)).Get(DateLayers.Dates).Length;
        }

        return count;
    }

    private static SourceArticle Article(byte[] bytes, int i) =>
        new($"fakes-{i}.txt", TextDecoder.Decode(bytes).Text!, SourceFormat.PlainText);
}
