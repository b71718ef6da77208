using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Actors;

/// <summary>Runs every example of Specs/People.md through the actors and people stages.</summary>
public sealed class PeopleSpecTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseActors().UsePeople().Build();

    public static TheoryData<string> Examples => SpecFile.Titles("People.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_PeopleAndTheirOrganisations(string title)
    {
        var example = SpecFile.Get("People.md", title);
        var text = SpecFile.AsArticle(example.Blocks["text"]);
        var document = Pipeline.Process(new SourceArticle("spec", text, SourceFormat.PlainText));

        var expected = SpecFile.PipeRows(example.Blocks["people"]);
        var actual = document.Get(PeopleLayers.People)
            .Select(p => $"{document.Slice(p.Range)} | {p.Name} | {p.Org ?? "-"} | {p.Role ?? "-"}")
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Abdel Rahman", "Abdul Rahman")]
    [InlineData("Aymen al-Tamimi", "Ayman Al Tamimi")]
    [InlineData("Mohammed", "Muhammad")]
    public void Fold_TransliterationVariants_Meet(string a, string b) => Assert.Equal(NameFold.Fold(a), NameFold.Fold(b));

    [Theory]
    [InlineData("Heras", "Landis")]
    [InlineData("Dillon", "Nauert")]
    public void Fold_DifferentNames_StayApart(string a, string b) => Assert.NotEqual(NameFold.Fold(a), NameFold.Fold(b));
}
