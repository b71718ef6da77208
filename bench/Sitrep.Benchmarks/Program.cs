using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// Usage: dotnet run -c Release --project bench/Sitrep.Benchmarks -- [--filter *Extract*] [BenchmarkDotNet options]
// The FA-KES corpus is read from $SITREP_SHARED or ../shared beside the repository.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1))
    .AddColumn(new ThroughputColumn(megabytes: false), new ThroughputColumn(megabytes: true))
    .WithOptions(ConfigOptions.JoinSummary);
Console.WriteLine($"FA-KES: {Corpus.Articles.Count} articles, {Corpus.Bytes / 1024.0 / 1024:0.00} MB");
BenchmarkSwitcher.FromAssembly(typeof(ExtractBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
