using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Quantities;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition;

/// <summary>
/// Every quantity of a gold claim in ../shared/gold/seeds.jsonl that its sentence states as a
/// number comes out of the annotate pipeline in that sentence with the gold low, high, approx and
/// unit; the few that cannot are listed with the reason.
/// </summary>
public sealed class QuantitiesSeedTests
{
    /// <summary>Gold quantities the recogniser does not produce, by document, sentence opening and gold unit, with why.</summary>
    internal static readonly (string Doc, string SentenceStart, double? Low, string Unit, string Reason)[] Exceptions =
    [
        ("000", "ISIS no longer controls a single town", 0, "towns",
            "0 comes from negation (\"no longer controls a single town\"): the value is resolved by the claim, not stated as a number"),
        ("002", "The organization no longer controls any city", 0, "other",
            "0 comes from negation (\"no longer controls any city\"): not stated as a number"),
        ("000", "It controls a small area in the north-eastern", 2, "other",
            "gold marks \"mostly two pockets\" approximate because of \"mostly\", a hedge on the whole clause; the recogniser reads \"two pockets\" as exact"),
    ];

    private static readonly Sitrep.Pipeline.Pipeline SeedPipeline =
        new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseQuantities().Build();

    [Fact]
    public void Seeds_EveryStatedClaimQuantityIsFoundInItsSentence()
    {
        var failures = new List<string>();
        var usedExceptions = new HashSet<int>();
        var checkedCount = 0;
        foreach (var line in File.ReadLines(Path.Combine(Repository.Shared, "gold", "seeds.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Repository.Root, "samples", doc))).Text!;
            var document = SeedPipeline.Process(new SourceArticle(doc, text, SourceFormat.PlainText));
            var mentions = document.Get(QuantityLayers.Quantities)
                .Select(m => (Mention: m, Source: document.SourceRange(m.Range)))
                .ToList();

            foreach (var claim in record.RootElement.GetProperty("claims").EnumerateArray())
            {
                if (claim.GetProperty("quantity").ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var q = claim.GetProperty("quantity");
                var low = Number(q.GetProperty("low"));
                var high = Number(q.GetProperty("high"));
                var approx = q.GetProperty("approx").GetBoolean();
                var unit = q.GetProperty("unit").GetString()!;
                var sentence = claim.GetProperty("sentence").GetString()!;
                var exception = Array.FindIndex(Exceptions, e => doc.StartsWith(e.Doc, StringComparison.Ordinal)
                    && sentence.StartsWith(e.SentenceStart, StringComparison.Ordinal) && e.Low == low && e.Unit == unit);
                if (exception >= 0)
                {
                    usedExceptions.Add(exception);
                    continue;
                }

                checkedCount++;
                var start = text.IndexOf(sentence, StringComparison.Ordinal);
                Assert.True(start >= 0, $"{doc}: gold sentence not found in the sample: {sentence}");
                var inSentence = mentions.Where(m => m.Source.Start >= start && m.Source.End <= start + sentence.Length).ToList();
                if (!inSentence.Any(m => m.Mention.Low == low && m.Mention.High == high && m.Mention.Approx == approx && m.Mention.Unit == unit))
                {
                    var found = string.Join("; ", inSentence.Select(m => $"'{m.Source.Slice(text)}' {m.Mention.Low}..{m.Mention.High} approx={m.Mention.Approx} {m.Mention.Unit} [{m.Mention.Rule}]"));
                    failures.Add($"{doc}: gold {low}..{high} approx={approx} {unit} in \"{sentence[..Math.Min(80, sentence.Length)]}…\"; found: {found}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCount >= 30, $"only {checkedCount} gold quantities checked");
        var stale = Enumerable.Range(0, Exceptions.Length).Where(i => !usedExceptions.Contains(i)).Select(i => Exceptions[i].SentenceStart).ToList();
        Assert.True(stale.Count == 0, "exceptions that match no gold quantity: " + string.Join(", ", stale));
    }

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
