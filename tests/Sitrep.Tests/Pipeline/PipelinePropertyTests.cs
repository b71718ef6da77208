using FsCheck;
using FsCheck.Fluent;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

/// <summary>Invariants of the whole extraction pipeline over generated articles.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly Sitrep.Pipeline.Pipeline Default = SitrepPipeline.CreateDefault();

    private static readonly string[] Lines =
    [
        "ISIS 'caliphate' has disintegrated in Syria: observers",
        "The group's fighters are most active in Syria's eastern Deir Ezzor province, where they are defending the last specks of land.",
        "\"There no longer is one central command giving orders. ISIS has been turned into groups scattered over Syria,\" said Abdel Rahman.",
        "He estimated there were 1,500-2,500 fighters left in Al Qaim and 2,000-3,000 in Albu Kamal.",
        "  • The Yarmouk Basin – 1,500 to 2,000.",
        "Dregs of the caliphate",
        "Men ride a bicycle in Deir Ezzor on November 4th. [Stringer/AFP]",
        "Do you like this article?",
        "0 Comment(s)",
        "Read more:",
        "U.S. Col. Ryan Dillon said on Friday the coalition, i.e. the U.S.-led alliance, had 3.5 times more aircraft.",
        "its territory.This was reported by AFP news agency.",
        "",
        "\r",
        "x",
        "…",
        "\u200B",
        "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO",
    ];

    private static Arbitrary<string> Articles() =>
        Gen.ListOf(Gen.Elements(Lines))
            .Zip(Gen.Elements("\n", "\n\n", "\r\n", "\n\n\n"))
            .Select(t => string.Join(t.Item2, t.Item1))
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .ToArbitrary();

    [Fact]
    public void Property_EveryRangeLiesInsideTheText()
    {
        Prop.ForAll(Articles(), source =>
        {
            var d = Default.Process(new SourceArticle("p", source, SourceFormat.PlainText));
            var cleaned = d.Get(Layers.Cleaned);
            var ranges = cleaned.Blocks.Select(b => b.Range)
                .Concat(d.Get(Layers.Sentences).Select(s => s.Range))
                .Concat(d.Get(Layers.Tokens).Select(t => t.Range))
                .Concat(d.Get(Layers.Info).Wire.Select(w => w.Range));
            return ranges.All(r => r.End <= d.Text.Length) && ranges.All(r => d.SourceRange(r).End <= source.Length);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_SentencesTileEveryBodyParagraph()
    {
        Prop.ForAll(Articles(), source =>
        {
            var d = Default.Process(new SourceArticle("p", source, SourceFormat.PlainText));
            var cleaned = d.Get(Layers.Cleaned);
            var sentences = d.Get(Layers.Sentences);
            for (var b = 0; b < cleaned.Blocks.Length; b++)
            {
                if (!cleaned.Blocks[b].IsBody)
                {
                    continue;
                }

                var block = cleaned.Blocks[b].Range;
                var mine = sentences.Where(s => s.Block == b).Select(s => s.Range).ToList();
                if (mine.Count == 0 || mine[0].Start != block.Start || mine[^1].End != block.End)
                {
                    return false;
                }

                for (var i = 1; i < mine.Count; i++)
                {
                    var gap = d.Text.AsSpan(mine[i - 1].End, mine[i].Start - mine[i - 1].End);
                    if (mine[i].Start < mine[i - 1].End || !gap.IsWhiteSpace())
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_BlocksAreOrderedAndDisjoint()
    {
        Prop.ForAll(Articles(), source =>
        {
            var blocks = Default.Process(new SourceArticle("p", source, SourceFormat.PlainText)).Get(Layers.Cleaned).Blocks;
            return blocks.Zip(blocks.Skip(1)).All(p => p.First.Range.End <= p.Second.Range.Start);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_ProcessingIsDeterministic()
    {
        Prop.ForAll(Articles(), source =>
        {
            var a = Default.Process(new SourceArticle("p", source, SourceFormat.PlainText));
            var b = Default.Process(new SourceArticle("p", source, SourceFormat.PlainText));
            return a.Get(Layers.Cleaned).Blocks.SequenceEqual(b.Get(Layers.Cleaned).Blocks)
                && a.Get(Layers.Sentences).SequenceEqual(b.Get(Layers.Sentences))
                && a.Get(Layers.Info).Agencies.SequenceEqual(b.Get(Layers.Info).Agencies);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Build_StageWhoseInputNoStageProduces_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().UseMetadata().Build());
        Assert.Contains("requires cleaned", error.Message);
    }

    [Fact]
    public void Build_DefaultPipeline_DescribesItsStagesInOrder()
    {
        var lines = Default.Describe().ToList();
        Assert.Equal(["cleaning", "metadata", "segmentation"], lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }
}
