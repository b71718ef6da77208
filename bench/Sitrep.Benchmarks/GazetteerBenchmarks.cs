using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sitrep.Reading;
using Sitrep.Recognition.Places;

namespace Sitrep.Benchmarks;

/// <summary>
/// The default gazetteer (data/sitrep-gazetteer.bin, copied beside the benchmarks): loading it with
/// its stored matcher ready against the same-run baseline of only copying the file's bytes, building
/// the name matcher from the keys (what import and the builder tool do), and one matcher pass over
/// the FA-KES articles against splitting them on white space. Setup prints the resident memory after
/// one load (Process.WorkingSet64), the one-off memory figure. A fresh process's cold start (JIT and
/// page faults included) is measured from the shell, five times:
/// `/usr/bin/time -v src/Sitrep.Cli/bin/Release/net10.0/sitrep annotate FILE --layers places`.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private byte[] file = [];
    private Gazetteer gazetteer = null!;
    private NameMatcher matcher = null!;
    private string[] articles = [];

    [GlobalSetup]
    public void Setup()
    {
        file = File.ReadAllBytes(Gazetteer.DefaultPath);
        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        gazetteer = Gazetteer.Load(new MemoryStream(file));
        _ = gazetteer.Matcher;
        clock.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"// gazetteer: {file.Length / 1024.0 / 1024:0.00} MB file, {gazetteer.Entries.Count} entries, {gazetteer.KeyCount} keys; first load {clock.ElapsedMilliseconds} ms; "
            + $"working set {self.WorkingSet64 / 1024 / 1024} MB after load ({before / 1024 / 1024} MB before), managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
        matcher = gazetteer.Matcher;
        articles = [.. Corpus.Articles.Select(bytes => TextDecoder.Decode(bytes).Text!)];
    }

    [Benchmark(Baseline = true, Description = "copy the file's bytes only")]
    public long Copy()
    {
        var copy = GC.AllocateUninitializedArray<byte>(file.Length);
        new MemoryStream(file).ReadExactly(copy);
        return copy.Length;
    }

    [Benchmark(Description = "Gazetteer.Load (matcher ready)")]
    public int Load() => Gazetteer.Load(new MemoryStream(file)).Matcher.StateCount;

    [Benchmark(Description = "NameMatcher.Create")]
    public int CreateMatcher() => NameMatcher.Create(gazetteer).StateCount;

    [Benchmark(Description = "FA-KES: whitespace split")]
    public int WhitespaceSplit()
    {
        var n = 0;
        foreach (var text in articles)
        {
            n += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return n;
    }

    [Benchmark(Description = "FA-KES: NameMatcher.Find")]
    public int Find()
    {
        var n = 0;
        foreach (var text in articles)
        {
            n += matcher.Find(text).Length;
        }

        return n;
    }
}
