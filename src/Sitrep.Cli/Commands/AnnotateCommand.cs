using System.CommandLine;
using Sitrep.Cli.Output.Mentions;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep annotate PATH… [--layers dates,quantities,…] [--out FILE] [--published DATE] [--region SY,IQ] [--gazetteer FILE]`: mentions per spec/mentions.md.</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = BatchCommand.PathsArgument();
        var output = BatchCommand.OutOption();
        var published = BatchCommand.PublishedOption();
        var maxSize = BatchCommand.MaxSizeOption();
        var layers = new Option<string?>("--layers") { Description = "Comma-separated layers to write: " + string.Join(",", MentionLayers.All.Select(l => l.Name)) + " (default: all)." };

        var region = new Option<string?>("--region") { Description = "Comma-separated ISO 3166 country codes that ambiguous place names lean to (e.g. SY,IQ)." };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "A compiled gazetteer (sitrep gazetteer import) to resolve places against instead of the default." };

        var command = new Command("annotate", "Write the mentions (dates, quantities, …) each article makes, with offsets into the text as given.") { paths, output, published, maxSize, layers, region, gazetteer };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            parse.GetValue(published),
            parse.GetValue(maxSize) ?? BatchCommand.DefaultMaxSize,
            parse.GetValue(layers),
            Console.Out,
            Console.Error,
            Console.In,
            parse.GetValue(region),
            parse.GetValue(gazetteer)));
        return command;
    }

    public static int Run(string[] paths, string? outPath, string? published, string maxSize, string? layerList, TextWriter stdout, TextWriter stderr, TextReader stdin, string? region = null, string? gazetteerPath = null)
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
        if ((region is not null || gazetteerPath is not null) && chosen.Any(l => l is PlaceMentionLayer))
        {
            var bias = (region ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToArray();
            if (bias.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
            {
                stderr.WriteLine($"sitrep: --region takes ISO 3166 alpha-2 country codes separated by commas, not '{region}'");
                return ExitCodes.Usage;
            }

            var options = new PlacesOptions([.. bias]);
            if (gazetteerPath is null)
            {
                builder.UsePlaces(options);
            }
            else
            {
                Gazetteer gazetteer;
                try
                {
                    gazetteer = Gazetteer.LoadFile(gazetteerPath);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"sitrep: cannot read gazetteer {gazetteerPath}: {e.Message}");
                    return ExitCodes.Usage;
                }

                builder.UsePlaces(gazetteer, options);
            }
        }

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
