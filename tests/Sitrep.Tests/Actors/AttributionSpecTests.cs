using Sitrep.Claims.Attribution;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Actors;

/// <summary>Runs every example of Specs/Attribution.md through the attribution stage.</summary>
public sealed class AttributionSpecTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline =
        new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseActors().UsePeople().UseAttribution().Build();

    public static TheoryData<string> Examples => SpecFile.Titles("Attribution.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_WhoAssertsEachSentence(string title)
    {
        var example = SpecFile.Get("Attribution.md", title);
        var text = SpecFile.AsArticle(example.Blocks["text"]);
        var document = Pipeline.Process(new SourceArticle("spec", text, SourceFormat.PlainText));
        var cleaned = document.Get(Layers.Cleaned);
        var sentences = document.Get(Layers.Sentences);
        var attribution = document.Get(AttributionLayers.Attribution).Sentences;

        var expected = SpecFile.PipeRows(example.Blocks["attribution"]);
        var actual = Enumerable.Range(0, sentences.Length)
            .Where(i => cleaned.Blocks[sentences[i].Block].IsBody)
            .Select(i => attribution[i].Attributed ? $"{attribution[i].Source} | {attribution[i].Speaker ?? "-"}" : "-")
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Markers_HedgesAndNegations_AreFound()
    {
        var text = "Report from the front\n\nISIS no longer controls a single town, and it may still count several thousand fighters who are believed to be in the desert.";
        var layer = Pipeline.Process(new SourceArticle("m", text, SourceFormat.PlainText)).Get(AttributionLayers.Attribution);
        Assert.Equal(["no longer"], layer.Negations.Select(m => m.Cue));
        Assert.Equal(["may", "believed"], layer.Hedges.Select(m => m.Cue));
    }

    [Theory]
    [InlineData("Aymen Jawad al-Tamimi", "al_tamimi")]
    [InlineData("Nicholas Heras", "heras")]
    [InlineData("Joshua Landis", "landis")]
    public void SurnameId_IsSnakeCase(string name, string id) => Assert.Equal(id, AttributionResolver.SurnameId(name));
}
