using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Cli.Output;
using Sitrep.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>The options every batch command shares, and the run they share: inputs in, one record per article out.</summary>
public static class BatchCommand
{
    public const string DefaultMaxSize = "10MB";

    public static Argument<string[]> PathsArgument() =>
        new("paths") { Description = "Files, folders, glob patterns, JSON Lines manifests, or - for standard input.", Arity = ArgumentArity.OneOrMore };

    public static Option<string?> OutOption() => new("--out", "-o") { Description = "Write to this file (atomically) instead of standard output." };

    public static Option<string?> PublishedOption() => new("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that do not give one." };

    public static Option<string> MaxSizeOption() => new("--max-size") { Description = "Largest input accepted, e.g. 10MB, 512KB.", DefaultValueFactory = _ => DefaultMaxSize };

    /// <summary>Runs <paramref name="pipeline"/> over the inputs and writes each document with <paramref name="write"/>, in input order.</summary>
    public static int Run(
        string[] paths,
        string? outPath,
        string? published,
        string maxSize,
        Pipeline.Pipeline pipeline,
        Action<TextWriter, Document> write,
        TextWriter stdout,
        TextWriter stderr,
        TextReader stdin)
    {
        if (!SizeParser.TryParse(maxSize, out var maxBytes))
        {
            stderr.WriteLine($"sitrep: --max-size '{maxSize}' is not a size (e.g. 10MB, 512KB)");
            return ExitCodes.Usage;
        }

        DateOnly? defaultPublished = null;
        if (published is not null)
        {
            if (!ManifestReader.TryParseDate(published, out var d))
            {
                stderr.WriteLine($"sitrep: --published '{published}' is not a date (YYYY-MM-DD)");
                return ExitCodes.Usage;
            }

            defaultPublished = d;
        }

        var items = InputExpander.Expand(paths, () => stdin, maxBytes)
            .Select(item => defaultPublished is null || item.Given.Published is not null
                ? item
                : item with { Given = item.Given with { Published = defaultPublished, PublishedBasis = DateBasis.Given } })
            .ToList();

        var runner = new BatchRunner(pipeline, maxBytes);
        var showProgress = items.Count > 1 && !Console.IsErrorRedirected && stderr == Console.Error;

        AtomicFile? file = null;
        try
        {
            file = outPath is null ? null : new AtomicFile(outPath);
            var writer = file?.Writer ?? stdout;
            var (_, failed) = runner.Run(items, outcome =>
            {
                if (outcome.Document is not null)
                {
                    write(writer, outcome.Document);
                }
            }, stderr, showProgress);

            if (file is null)
            {
                writer.Flush();
            }
            else
            {
                file.Commit();
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }
        catch (Exception e) when (outPath is not null && e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sitrep: {outPath}: cannot write output ({e.Message})");
            return ExitCodes.OutputFailed;
        }
        finally
        {
            file?.Dispose();
        }
    }
}
