using System.CommandLine;
using Sitrep.Cli.Output.Mentions;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep annotate PATH… [--layers dates,quantities,…] [--out FILE] [--published DATE]`: mentions per spec/mentions.md.</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = BatchCommand.PathsArgument();
        var output = BatchCommand.OutOption();
        var published = BatchCommand.PublishedOption();
        var maxSize = BatchCommand.MaxSizeOption();
        var layers = new Option<string?>("--layers") { Description = "Comma-separated layers to write: " + string.Join(",", MentionLayers.All.Select(l => l.Name)) + " (default: all)." };

        var command = new Command("annotate", "Write the mentions (dates, quantities, …) each article makes, with offsets into the text as given.") { paths, output, published, maxSize, layers };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            parse.GetValue(published),
            parse.GetValue(maxSize) ?? BatchCommand.DefaultMaxSize,
            parse.GetValue(layers),
            Console.Out,
            Console.Error,
            Console.In));
        return command;
    }

    public static int Run(string[] paths, string? outPath, string? published, string maxSize, string? layerList, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var chosen = new List<IMentionLayer>();
        foreach (var name in (layerList ?? string.Join(",", MentionLayers.All.Select(l => l.Name))).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var layer = MentionLayers.Find(name);
            if (layer is null)
            {
                stderr.WriteLine($"sitrep: unknown layer '{name}' (known: {string.Join(", ", MentionLayers.All.Select(l => l.Name))})");
                return ExitCodes.Usage;
            }

            if (!chosen.Contains(layer))
            {
                chosen.Add(layer);
            }
        }

        // Stages run in the registry's order whatever order the user names the layers in.
        chosen = [.. MentionLayers.All.Where(chosen.Contains)];
        var builder = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation();
        foreach (var layer in chosen)
        {
            layer.AddStages(builder);
        }

        return BatchCommand.Run(paths, outPath, published, maxSize, builder.Build(), (writer, document) =>
        {
            writer.Write(MentionWriter.Write(document, chosen));
            writer.Write('\n');
        }, stdout, stderr, stdin);
    }
}
