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
/// loading the gazetteer and building its matcher. Setup prints the first load's time and the
/// resident memory after it (Process.WorkingSet64), one-off figures BenchmarkDotNet cannot repeat.
/// </summary>
[MemoryDiagnoser]
public class PlacesBenchmarks
{
    private IReadOnlyList<byte[]> articles = [];
    private List<Document> prepared = [];
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
        var actors = new ActorsStage(ActorDictionary.Default);
        var people = new PeopleStage(PeopleDirectory.Default);
        prepared = [.. articles.Select((bytes, i) => people.Run(actors.Run(pipeline.Process(new SourceArticle($"fakes-{i}.txt", TextDecoder.Decode(bytes).Text!, SourceFormat.PlainText)), default), default))];
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

    [Benchmark(Description = "cold start: Gazetteer.LoadDefault + NameMatcher.Create")]
    public int ColdStart() => NameMatcher.Create(Gazetteer.LoadDefault()).StateCount;
}
