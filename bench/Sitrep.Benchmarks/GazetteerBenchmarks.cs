using System.Diagnostics;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Sitrep.Reading;
using Sitrep.Recognition.Places;

namespace Sitrep.Benchmarks;

/// <summary>
/// The default gazetteer (data/sitrep-gazetteer.bin, copied beside the benchmarks): loading it
/// against the same-run baseline of only inflating the file, building the name matcher, and one
/// matcher pass over the FA-KES articles against splitting them on white space. Setup prints the
/// resident memory after one load (Process.WorkingSet64), the one-off memory figure.
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
        clock.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"// gazetteer: {file.Length / 1024.0 / 1024:0.00} MB file, {gazetteer.Entries.Count} entries, {gazetteer.KeyCount} keys; first load {clock.ElapsedMilliseconds} ms; "
            + $"working set {self.WorkingSet64 / 1024 / 1024} MB after load ({before / 1024 / 1024} MB before), managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
        matcher = NameMatcher.Create(gazetteer);
        articles = [.. Corpus.Articles.Select(bytes => TextDecoder.Decode(bytes).Text!)];
    }

    [Benchmark(Baseline = true, Description = "inflate the file only")]
    public long Inflate()
    {
        using var gzip = new GZipStream(new MemoryStream(file), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Benchmark(Description = "Gazetteer.Load")]
    public int Load() => Gazetteer.Load(new MemoryStream(file)).KeyCount;

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
