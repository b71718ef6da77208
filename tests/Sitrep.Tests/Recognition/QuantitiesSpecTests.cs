using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Quantities;
using Sitrep.Segmentation;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition;

/// <summary>Runs every example of Specs/Quantities.md through the quantities stage.</summary>
public sealed class QuantitiesSpecTests
{
    private const string Spec = "Quantities.md";

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_EveryQuantityFoundWithItsValue(string title)
    {
        var example = SpecFile.Get(Spec, title);
        var text = example.Blocks["text"];
        var expected = example.Blocks.TryGetValue("quantities", out var lines)
            ? lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList()
            : [];
        Assert.True(example.Blocks.ContainsKey("quantities") || example.Blocks.ContainsKey("none"), $"{title}: no quantities or none block");

        var mentions = Run(text);
        var actual = mentions.Select(m => Format(text, m)).ToList();
        var report = string.Join("\n", mentions.Select(m => $"{Format(text, m)}   [{m.Rule}; counted: {m.Counted}]"));
        Assert.True(expected.SequenceEqual(actual), $"expected:\n{string.Join("\n", expected)}\nactual:\n{report}");
    }

    /// <summary>The quantities of <paramref name="text"/> as the stage finds them over sentences and tokens (no cleaning).</summary>
    internal static ImmutableArray<QuantityMention> Run(string text) => RunDocument(text).Get(QuantityLayers.Quantities);

    /// <summary>The document after the quantities stage, with its diagnostics.</summary>
    internal static Document RunDocument(string text)
    {
        var ranges = new List<TextRange>();
        SentenceSplitter.Split(text, new TextRange(0, text.Length), PipelineOptions.Default.MaxSentenceChars, ranges);
        var tokens = new List<Token>();
        foreach (var range in ranges)
        {
            Tokenizer.Tokenize(text, range, tokens);
        }

        var document = Document.Create(new SourceArticle("spec.txt", text, SourceFormat.PlainText), text, OffsetMap.Identity(text.Length))
            .With(Layers.Sentences, [.. ranges.Select(r => new Sentence(r, 0))])
            .With(Layers.Tokens, [.. tokens]);
        return new QuantitiesStage().Run(document, CancellationToken.None);
    }

    internal static string Format(string text, QuantityMention m) =>
        $"{m.Range.Slice(text)} | {Bound(m.Low)} | {Bound(m.High)} | {(m.Approx ? "true" : "false")} | {m.Unit}";

    private static string Bound(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "-";
}
