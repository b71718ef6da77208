using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep extract PATH… [--out FILE] [--published DATE] [--format jsonl|text] [--max-size SIZE]`.</summary>
public static class ExtractCommand
{
    public const string DefaultMaxSize = "10MB";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, glob patterns, JSON Lines manifests, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that do not give one." };
        var format = new Option<string>("--format") { Description = "jsonl (the claims contract) or text (a summary for people).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var maxSize = new Option<string>("--max-size") { Description = "Largest input accepted, e.g. 10MB, 512KB.", DefaultValueFactory = _ => DefaultMaxSize };

        var command = new Command("extract", "Read articles and write one document record per article.") { paths, output, published, format, maxSize };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            parse.GetValue(published),
            parse.GetValue(format) ?? "jsonl",
            parse.GetValue(maxSize) ?? DefaultMaxSize,
            Console.Out,
            Console.Error,
            Console.In));
        return command;
    }

    public static int Run(string[] paths, string? outPath, string? published, string format, string maxSize, TextWriter stdout, TextWriter stderr, TextReader stdin)
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

        var pipeline = SitrepPipeline.CreateDefault();
        var runner = new BatchRunner(pipeline, maxBytes);
        var showProgress = items.Count > 1 && !Console.IsErrorRedirected && stderr == Console.Error;

        AtomicFile? file = null;
        try
        {
            file = outPath is null ? null : new AtomicFile(outPath);
            var writer = file?.Writer ?? stdout;
            var (_, failed) = runner.Run(items, outcome =>
            {
                if (outcome.Document is null)
                {
                    return;
                }

                if (format == "text")
                {
                    TextSummary.Write(writer, outcome.Document);
                }
                else
                {
                    writer.Write(JsonSerializer.Serialize(RecordBuilder.Build(outcome.Document), RecordJson.Context.DocumentRecord));
                    writer.Write('\n');
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
        catch (IOException e) when (outPath is not null)
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
