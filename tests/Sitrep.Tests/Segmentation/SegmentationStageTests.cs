using System.Collections.Immutable;
using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Tests.Segmentation;

public sealed class SegmentationStageTests
{
    /// <summary>A document whose cleaned layer has the given lines, found in order in the text, as blocks.</summary>
    private static Document Cleaned(string text, params (string Line, BlockRole Role)[] blocks)
    {
        var document = Document.Create(new SourceArticle("test", text, SourceFormat.PlainText), text, OffsetMap.Identity(text.Length));
        var list = ImmutableArray.CreateBuilder<Block>();
        var from = 0;
        foreach (var (line, role) in blocks)
        {
            var at = text.IndexOf(line, from, StringComparison.Ordinal);
            list.Add(new Block(new TextRange(at, at + line.Length), role, "test"));
            from = at + line.Length;
        }

        return document.With(Layers.Cleaned, new CleanedArticle(list.ToImmutable(), null, null));
    }

    [Fact]
    public void Stage_DeclaresItsLayers()
    {
        var stage = new SegmentationStage(PipelineOptions.Default);

        Assert.Equal("segmentation", stage.Name);
        Assert.Equal([Layers.Cleaned], stage.Requires);
        Assert.Equal([Layers.Sentences, Layers.Tokens], stage.Produces);
    }

    [Fact]
    public void Run_SkipsFurnitureAndKeepsBlockIndex()
    {
        const string text = "Share this\n\nRaqqa falls\n\nForces entered Raqqa. The city is free.\n\nRead more";
        var document = Cleaned(
            text,
            ("Share this", BlockRole.Furniture),
            ("Raqqa falls", BlockRole.Title),
            ("Forces entered Raqqa. The city is free.", BlockRole.Body),
            ("Read more", BlockRole.Furniture));

        var result = new SegmentationStage(PipelineOptions.Default).Run(document, CancellationToken.None);

        var sentences = result.Get(Layers.Sentences);
        Assert.Equal(["Raqqa falls", "Forces entered Raqqa.", "The city is free."], sentences.Select(s => result.Slice(s.Range)));
        Assert.Equal([1, 2, 2], sentences.Select(s => s.Block));
        Assert.Equal(
            ["Raqqa", "falls", "Forces", "entered", "Raqqa", ".", "The", "city", "is", "free", "."],
            result.Get(Layers.Tokens).Select(t => result.Slice(t.Range)));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Run_SentencesCutForLength_OneDiagnosticPerDocument()
    {
        var longLine = string.Join(" ", Enumerable.Repeat("government forces advanced", 20));
        var document = Cleaned(longLine + "\n\n" + longLine, (longLine, BlockRole.Body), (longLine, BlockRole.Body));

        var result = new SegmentationStage(PipelineOptions.Default with { MaxSentenceChars = 100 }).Run(document, CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SentenceCut, diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Contains("2 sentences", diagnostic.Message, StringComparison.Ordinal);
        Assert.All(result.Get(Layers.Sentences), s => Assert.True(s.Range.Length <= 100));
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        var document = Cleaned("Forces entered Raqqa.", ("Forces entered Raqqa.", BlockRole.Body));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new SegmentationStage(PipelineOptions.Default).Run(document, cancelled.Token));
    }

    [Fact]
    public void Pipeline_CleaningThenSegmentation_Builds()
    {
        var pipeline = new PipelineBuilder()
            .Use(new CleaningStage())
            .Use(new SegmentationStage(PipelineOptions.Default))
            .Build();

        Assert.NotNull(pipeline);
    }
}
