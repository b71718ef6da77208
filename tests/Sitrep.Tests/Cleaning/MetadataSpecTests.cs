using Sitrep.Cleaning;
using Sitrep.Metadata;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cleaning;

/// <summary>Runs every example of Specs/Metadata.md through cleaning and the metadata rules.</summary>
public sealed class MetadataSpecTests
{
    public static TheoryData<string> Examples => SpecFile.Titles("Metadata.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_GenreWireAndDate(string title)
    {
        var example = SpecFile.Get("Metadata.md", title);
        var text = example.Blocks["text"];
        var expect = SpecFile.KeyValues(example.Blocks["expect"]).ToDictionary(kv => kv.Key, kv => kv.Value);

        var (cleaned, _) = CleaningStage.Clean(text, null);
        var (genre, genreRule) = GenreClassifier.Classify(text, cleaned, null);
        var wire = WireCredits.Find(text, cleaned).Select(w => w.Agency).Distinct().ToList();
        var (published, _) = PublicationDateFinder.Find(text, cleaned);

        Assert.Equal(expect["genre"], genre == Genre.Opinion ? "opinion" : $"news ({genreRule})".Split(' ')[0]);
        Assert.Equal(expect["wire"], wire.Count == 0 ? "none" : string.Join(", ", wire));
        Assert.Equal(expect["published"], published.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
    }
}
