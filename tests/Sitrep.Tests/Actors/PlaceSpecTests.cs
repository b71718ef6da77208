using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Actors;

/// <summary>Runs every example of Specs/Places.md through the places stage.</summary>
public sealed class PlaceSpecTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UsePlaces().Build();

    public static TheoryData<string> Examples => SpecFile.Titles("Places.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_PlacesOfEachPassage(string title)
    {
        var example = SpecFile.Get("Places.md", title);
        var text = SpecFile.AsArticle(example.Blocks["text"]);
        var document = Pipeline.Process(new SourceArticle("spec", text, SourceFormat.PlainText));
        var expected = SpecFile.PipeRows(example.Blocks["places"]);
        var actual = document.Get(PlaceLayers.Places)
            .Select(p => $"{document.Slice(p.Range)} | {p.Name} | {p.Level.ToString().ToLowerInvariant()} | {(p.Rule is "demonym" or "embedded" ? p.Rule : p.Qualifier ?? "-")}")
            .ToList();
        Assert.Equal(expected, actual);
    }
}
