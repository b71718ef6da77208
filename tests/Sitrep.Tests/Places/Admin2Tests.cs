using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>The admin-2 divisions of the default gazetteer: Specs/Admin2Places.md, and what the builder put in and left out.</summary>
public sealed class Admin2Tests
{
    public static TheoryData<string> Examples => SpecFile.Titles("Admin2Places.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_EachPlaceResolvesToItsEntry(string title) => PlaceResolutionTests.AssertResolvedAsSpecified("Admin2Places.md", title);

    [Fact]
    public void DefaultData_AndersonCounty_IsAnAdmin2DivisionOfTennesseeNearItsPlaces()
    {
        var anderson = Assert.Single(DefaultGazetteer.Instance.Find("Anderson County"), e => e.Admin1Code == "US.TN");
        Assert.Equal((PlaceLevel.Admin2, "A", "ADM2", "US", "Tennessee"), (anderson.Level, anderson.FeatureClass, anderson.FeatureCode, anderson.CountryCode, anderson.Admin1Name));
        Assert.InRange(anderson.Lat, 35.9, 36.4); // Clinton, Oak Ridge, Norris, Rocky Top
        Assert.InRange(anderson.Lon, -84.5, -83.9);
        Assert.True(anderson.Population > 40_000, $"{anderson.Population}"); // its places' people, summed
    }

    [Fact]
    public void DefaultData_ACountyWrittenInFull_IsNotFoundByItsBareName()
    {
        Assert.Contains(DefaultGazetteer.Instance.Find("Scott County"), e => e.Level == PlaceLevel.Admin2);
        Assert.DoesNotContain(DefaultGazetteer.Instance.Find("Scott"), e => e.Level == PlaceLevel.Admin2);
        Assert.DoesNotContain(DefaultGazetteer.Instance.Find("Anderson"), e => e.Level == PlaceLevel.Admin2);
    }

    [Fact]
    public void DefaultData_BareNamedCounties_AreFoundByTheirName()
    {
        foreach (var (name, country) in (ReadOnlySpan<(string, string)>)[("Suffolk", "GB"), ("Cornwall", "GB"), ("Fife", "GB"), ("Dorset", "GB"), ("Rapides Parish", "US")])
        {
            Assert.Contains(DefaultGazetteer.Instance.Find(name), e => e.Level == PlaceLevel.Admin2 && e.CountryCode == country);
        }
    }

    [Fact]
    public void DefaultData_NamesakesOfTheirPlacesAndSyriaAndIraq_HaveNoAdmin2Entry()
    {
        // Paris the département is Paris the city's: the name is left to the city.
        Assert.DoesNotContain(DefaultGazetteer.Instance.Find("Paris"), e => e.Level == PlaceLevel.Admin2);
        Assert.DoesNotContain(DefaultGazetteer.Instance.Entries, e => e.Level == PlaceLevel.Admin2 && e.CountryCode is "SY" or "IQ");
    }
}
