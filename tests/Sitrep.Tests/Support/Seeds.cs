using System.Text.Json;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Support;

/// <summary>The seeds as the seeds tests read them: `sitrep annotate` over ../shared/gold/seeds.manifest.jsonl, and the gold claims with their sentences.</summary>
internal static class Seeds
{
    /// <summary>
    /// Runs the command a user runs, `sitrep annotate ../shared/gold/seeds.manifest.jsonl --layers LAYERS` (the manifest gives each seed its
    /// publication date), and returns each document's record as written, by its doc name.
    /// </summary>
    public static Dictionary<string, JsonElement> Annotate(string layers)
    {
        var manifest = Path.Combine(Repository.Shared, "gold", "seeds.manifest.jsonl");
        Assert.True(File.Exists(manifest), $"The seeds test needs {manifest} (../shared beside the repository).");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AnnotateCommand.Run([manifest], null, null, "10MB", layers, stdout, stderr, new StringReader(string.Empty));
        Assert.True(exit == 0, $"annotate exited {exit}: {stderr}");

        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            records[record.RootElement.GetProperty("doc").GetString()!] = record.RootElement.Clone();
        }

        return records;
    }

    /// <summary>Every gold claim of ../shared/gold/seeds.jsonl with its document, the seed's text, its sentence and where that sentence starts in the text.</summary>
    public static IEnumerable<(string Doc, string Text, JsonElement Claim, string Sentence, int Start)> GoldClaims()
    {
        foreach (var line in File.ReadLines(Path.Combine(Repository.Shared, "gold", "seeds.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", doc));
            foreach (var claim in record.RootElement.GetProperty("claims").EnumerateArray())
            {
                var sentence = claim.GetProperty("sentence").GetString()!;
                var start = text.IndexOf(sentence, StringComparison.Ordinal);
                Assert.True(start >= 0, $"{doc}: gold sentence not found in the seed: {sentence}");
                yield return (doc, text, claim.Clone(), sentence, start);
            }
        }
    }
}
