using BenchmarkDotNet.Attributes;
using Sitrep.Claims.Attribution;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;

namespace Sitrep.Benchmarks;

/// <summary>
/// The actors, people and attribution stages over the FA-KES articles, each document already
/// cleaned and segmented, against the same-run baseline of reading and splitting on white space.
/// </summary>
[MemoryDiagnoser]
public class ActorsBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private List<Document> segmented = [];
    private IStage actors = null!;
    private IStage people = null!;
    private IStage attribution = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = Corpus.Articles;
        var pipeline = SitrepPipeline.CreateDefault();
        segmented = [.. articles.Select((bytes, i) => pipeline.Process(new SourceArticle($"fakes-{i}.txt", TextDecoder.Decode(bytes).Text!, SourceFormat.PlainText)))];
        actors = new ActorsStage(ActorDictionary.Default);
        people = new PeopleStage(PeopleDirectory.Default);
        attribution = new AttributionStage();
    }

    [Benchmark(Baseline = true, Description = "read + whitespace split")]
    public int WhitespaceSplit()
    {
        var tokens = 0;
        foreach (var bytes in articles)
        {
            tokens += TextDecoder.Decode(bytes).Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return tokens;
    }

    [Benchmark(Description = "actors + people + attribution")]
    public int ActorsPeopleAttribution()
    {
        var n = 0;
        foreach (var document in segmented)
        {
            var d = attribution.Run(people.Run(actors.Run(document, default), default), default);
            n += d.Get(ActorLayers.Actors).Length + d.Get(PeopleLayers.People).Length;
        }

        return n;
    }
}
