using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Recognition.Places;

namespace Sitrep.Benchmarks;

/// <summary>
/// The places stage (gazetteer matching, false-friend filtering, resolution) over the FA-KES
/// articles, each already cleaned, segmented and with its actors and people, against the same-run
/// baseline of reading and splitting on white space; and the cold start of the default data:
/// loading the gazetteer with its stored matcher. Setup prints the first load's time and the
/// resident memory after it (Process.WorkingSet64), one-off figures BenchmarkDotNet cannot repeat.
/// </summary>
[MemoryDiagnoser]
public class PlacesBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private List<Document> prepared = [];
    private List<Document> segmented = [];
    private ActorsStage actorsStage = null!;
    private PeopleStage peopleStage = null!;
    private PlacesStage places = null!;
    private Gazetteer gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (var self = Process.GetCurrentProcess())
        {
            var before = self.WorkingSet64;
            var clock = Stopwatch.StartNew();
            gazetteer = Gazetteer.LoadDefault();
            var loaded = clock.ElapsedMilliseconds;
            var index = PlaceIndex.For(gazetteer);
            var built = clock.ElapsedMilliseconds;
            GC.Collect();
            self.Refresh();
            Console.WriteLine($"// places cold start: gazetteer load {loaded} ms, + matcher {built - loaded} ms ({index.Matcher.StateCount} states); "
                + $"working set {self.WorkingSet64 / 1024 / 1024} MB ({before / 1024 / 1024} MB before), managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
            places = new PlacesStage(index);
        }

        articles = Corpus.Articles;
        var pipeline = SitrepPipeline.CreateDefault();
        actorsStage = new ActorsStage(ActorDictionary.Default);
        peopleStage = new PeopleStage(PeopleDirectory.Default);
        segmented = [.. articles.Select((bytes, i) => pipeline.Process(new SourceArticle($"fakes-{i}.txt", TextDecoder.Decode(bytes).Text!, SourceFormat.PlainText)))];
        prepared = [.. segmented.Select(d => peopleStage.Run(actorsStage.Run(d, default), default))];
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

    [Benchmark(Description = "places stage (match + filter + resolve)")]
    public int Places()
    {
        var n = 0;
        foreach (var document in prepared)
        {
            n += places.Run(document, default).Get(PlaceLayers.Places).Length;
        }

        return n;
    }

    /// <summary>Issue 4's target: the three stages together, ≥ 10 MB/s per core.</summary>
    [Benchmark(Description = "actors + people + places stages")]
    public int ActorsPeoplePlaces()
    {
        var n = 0;
        foreach (var document in segmented)
        {
            n += places.Run(peopleStage.Run(actorsStage.Run(document, default), default), default).Get(PlaceLayers.Places).Length;
        }

        return n;
    }

    [Benchmark(Description = "cold start: Gazetteer.LoadDefault, matcher ready")]
    public int ColdStart() => Gazetteer.LoadDefault().Matcher.StateCount;
}
