using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>Runs every example of Specs/PlaceResolution.md through the places stage over the default gazetteer, and checks resolution's invariants.</summary>
public sealed class PlaceResolutionTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UsePlaces().Build();

    public static TheoryData<string> Examples => SpecFile.Titles("PlaceResolution.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_EachPlaceResolvesToItsEntry(string title) => AssertResolvedAsSpecified("PlaceResolution.md", title);

    /// <summary>An example of a spec file of resolved places: each place of its text resolved as its `resolved` block lists.</summary>
    internal static void AssertResolvedAsSpecified(string specFile, string title)
    {
        var example = SpecFile.Get(specFile, title);
        var document = Run(example.Blocks["text"]);
        var expected = SpecFile.PipeRows(example.Blocks["resolved"]);
        var actual = document.Get(PlaceLayers.Places)
            .Select(p => $"{document.Slice(p.Range)} | {p.ResolvedName ?? "-"} | {p.CountryCode ?? "-"} | {p.Level.ToString().ToLowerInvariant()} | {p.Precision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Resolve_ResolvedPlaces_CarryEntryCountryAndCoordinates()
    {
        var places = Run("Government forces shelled Douma and Harasta in Eastern Ghouta, outside Damascus.").Get(PlaceLayers.Places);
        Assert.NotEmpty(places);
        Assert.All(places.Where(p => p.IsResolved), p =>
        {
            Assert.NotNull(p.EntryId);
            Assert.Equal("SY", p.CountryCode);
            Assert.InRange(p.Lat!.Value, 32, 37.5);
            Assert.InRange(p.Lon!.Value, 35.5, 42.5);
            Assert.NotNull(p.Precision);
        });
    }

    [Fact]
    public void Resolve_SameArticleTwice_GivesTheSamePlaces()
    {
        const string text = "Clashes in Aleppo and Idlib spread to Hama, Syria, while Turkish troops massed near Kilis.";
        Assert.Equal(Run(text).Get(PlaceLayers.Places).ToArray(), Run(text).Get(PlaceLayers.Places).ToArray());
    }

    [Theory]
    [InlineData("Officials in the U.S. said the talks had failed.", "U.S.")]
    [InlineData("Troops left the U.K. on Monday.", "U.K.")]
    public void Recognize_PlaceInInitials_KeepsItsFinalFullStop(string text, string expected)
    {
        var document = Run(text);
        Assert.Contains(expected, document.Get(PlaceLayers.Places).Select(p => document.Slice(p.Range)));
    }

    [Fact]
    public void WithInitialsStop_WordsAndAbbreviations_AreLeftAsMatched()
    {
        Assert.Equal(new Sitrep.Text.TextRange(0, 4), GazetteerRecognizer.WithInitialsStop("U.S. troops", new Sitrep.Text.TextRange(0, 3)));
        Assert.Equal(new Sitrep.Text.TextRange(0, 4), GazetteerRecognizer.WithInitialsStop("Homs. Then", new Sitrep.Text.TextRange(0, 4)));
        Assert.Equal(new Sitrep.Text.TextRange(0, 2), GazetteerRecognizer.WithInitialsStop("Ga. troops", new Sitrep.Text.TextRange(0, 2)));
    }

    [Fact]
    public void Recognize_MonthsWeekdaysAndParties_AreNoPlaces()
    {
        var places = Run("On Saturday in May the Islamic State said Assad had lost.").Get(PlaceLayers.Places);
        Assert.Empty(places);
    }

    [Fact]
    public void UsePlaces_WithAGazetteer_ResolvesAgainstIt()
    {
        var pipeline = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UsePlaces(GazetteerTests.Small()).Build();
        var document = pipeline.Process(new SourceArticle("spec", SpecFile.AsArticle("Fighting resumed in Raqqa and near Mosul Dam."), SourceFormat.PlainText));
        var places = document.Get(PlaceLayers.Places);
        Assert.Equal(["Raqqa", "Mosul Dam"], places.Select(p => p.ResolvedName));
        Assert.Equal([PlaceLevel.Settlement, PlaceLevel.Feature], places.Select(p => p.Level));
    }

    [Theory]
    [InlineData(PlaceLevel.Country, null, 6)]
    [InlineData(PlaceLevel.Admin1, null, 4)]
    [InlineData(PlaceLevel.Admin2, null, 3)]
    [InlineData(PlaceLevel.Settlement, null, 1)]
    [InlineData(PlaceLevel.Settlement, "near", 2)]
    [InlineData(PlaceLevel.Region, null, 5)]
    public void Precision_FollowsUcdpCodes(PlaceLevel level, string? qualifier, int code) => Assert.Equal(code, ToponymResolver.Precision(level, qualifier));

    private static Document Run(string passage) =>
        Pipeline.Process(new SourceArticle("spec", SpecFile.AsArticle(passage), SourceFormat.PlainText));
}
