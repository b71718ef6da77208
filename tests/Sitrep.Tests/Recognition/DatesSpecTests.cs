using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Dates;
using Sitrep.Segmentation;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition;

/// <summary>Runs every example of Specs/Dates.md through the dates stage against its anchor.</summary>
public sealed class DatesSpecTests
{
    private const string Spec = "Dates.md";

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_EveryDateFoundWithItsValue(string title)
    {
        var example = SpecFile.Get(Spec, title);
        var text = example.Blocks["text"];
        var anchorText = example.Blocks["anchor"].Trim();
        DateOnly? anchor = anchorText == "none" ? null : DateOnly.ParseExact(anchorText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = example.Blocks.TryGetValue("dates", out var lines) ? SpecFile.PipeRows(lines) : [];
        Assert.True(example.Blocks.ContainsKey("dates") || example.Blocks.ContainsKey("none"), $"{title}: no dates or none block");

        var document = RunDocument(text, anchor);
        var mentions = document.Get(DateLayers.Dates);
        var actual = mentions.Select((m, i) => Format(text, m, withInterval: i < expected.Count && expected[i].Count(c => c == '|') == 3)).ToList();
        var report = string.Join("\n", mentions.Select(m => $"{Format(text, m, withInterval: true)}   [{m.Rule}; {m.Policy}]"));
        Assert.True(expected.SequenceEqual(actual), $"expected:\n{string.Join("\n", expected)}\nactual:\n{report}");

        var codes = example.Blocks.TryGetValue("diagnostics", out var d) ? d.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToList() : [];
        var raised = document.Diagnostics.Select(x => x.Code).Where(c => c.StartsWith('T')).ToList();
        Assert.True(codes.SequenceEqual(raised), $"diagnostics expected [{string.Join(", ", codes)}], raised [{string.Join(", ", raised)}]");
    }

    /// <summary>The document after the dates stage, over sentences and tokens (no cleaning), resolved against <paramref name="anchor"/>.</summary>
    internal static Document RunDocument(string text, DateOnly? anchor)
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
        return DatesStage.Run(document, anchor, CancellationToken.None);
    }

    internal static ImmutableArray<TemporalMention> Run(string text, DateOnly? anchor) => RunDocument(text, anchor).Get(DateLayers.Dates);

    internal static string Format(string text, TemporalMention m, bool withInterval)
    {
        var line = $"{m.Range.Slice(text)} | {m.Type.ToString().ToUpperInvariant()} | {m.Value}";
        return withInterval ? $"{line} | {(m.Interval is { } i ? i.ToString() : "-")}" : line;
    }
}
