using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep extract PATH… [--out FILE] [--published DATE] [--format jsonl|text] [--max-size SIZE]`.</summary>
public static class ExtractCommand
{
    public const string DefaultMaxSize = BatchCommand.DefaultMaxSize;

    public static Command Create()
    {
        var paths = BatchCommand.PathsArgument();
        var output = BatchCommand.OutOption();
        var published = BatchCommand.PublishedOption();
        var format = new Option<string>("--format") { Description = "jsonl (the claims contract) or text (a summary for people).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var maxSize = BatchCommand.MaxSizeOption();

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

    public static int Run(string[] paths, string? outPath, string? published, string format, string maxSize, TextWriter stdout, TextWriter stderr, TextReader stdin) =>
        BatchCommand.Run(paths, outPath, published, maxSize, SitrepPipeline.CreateExtraction(), (writer, document) =>
        {
            if (format == "text")
            {
                TextSummary.Write(writer, document);
            }
            else
            {
                writer.Write(JsonSerializer.Serialize(RecordBuilder.Build(document), RecordJson.Context.DocumentRecord));
                writer.Write('\n');
            }
        }, stdout, stderr, stdin);
}
