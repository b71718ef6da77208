using Sitrep.Recognition.Places;

namespace Sitrep.Tests.Places;

/// <summary>The compiled gazetteer: round trip through the file format, look-up by any spelling, the default data.</summary>
public sealed class GazetteerTests
{
    internal static Gazetteer Small()
    {
        var b = new GazetteerBuilder();
        b.Add("Deir ez-Zor", ["Deir Ezzor", "Dayr az Zawr", "دير الزور"], 35.33588, 40.14084, PlaceLevel.Settlement, GazetteerSource.GeoNames, "SY", "SY.07", "Deir ez-Zor", "P", "PPLA", 242565, 170794);
        b.Add("Deir ez-Zor Governorate", ["Deir ez-Zor province", "Deir ez-Zor"], 35.0, 40.5, PlaceLevel.Admin1, GazetteerSource.Sitrep, "SY", "SY.07", "Deir ez-Zor");
        b.Add("Ālbū Kamāl", ["Abu Kamal", "Al Bukamal"], 34.45226, 40.91854, PlaceLevel.Settlement, GazetteerSource.GeoNames, "SY", "SY.07", "Deir ez-Zor", "P", "PPL", 57572, 171451);
        b.Add("Yarmouk camp", ["Yarmouk", "Yarmouk refugee camp"], 33.474, 36.303, PlaceLevel.District, GazetteerSource.Sitrep, "SY", "SY.13", "Damascus");
        b.Add("Hajar al-Aswad", ["Black Stone"], 33.461, 36.306, PlaceLevel.District, GazetteerSource.Sitrep, "SY", "SY.08", "Rif Dimashq");
        b.Add("Mosul", ["Al Mawsil"], 36.335, 43.119, PlaceLevel.Settlement, GazetteerSource.GeoNames, "IQ", "IQ.15", "Nineveh", "P", "PPLA", 1739800, 99072);
        b.Add("Mosul Dam", [], 36.63, 42.823, PlaceLevel.Feature, GazetteerSource.Sitrep, "IQ", "IQ.15", "Nineveh");
        b.Add("Raqqa", ["Ar-Raqqah", "Ar Raqqah"], 35.95, 39.01, PlaceLevel.Settlement, GazetteerSource.GeoNames, "SY", "SY.04", "Raqqa", "P", "PPLA", 177636, 172955);
        b.Add("Syria", ["Syrian"], 35.0, 38.5, PlaceLevel.Country, GazetteerSource.Sitrep, "SY");
        return b.Build("test");
    }

    [Fact]
    public void Find_AnySpelling_FindsTheSameEntries()
    {
        var g = Small();
        Assert.Equal(["Deir ez-Zor", "Deir ez-Zor Governorate"], g.Find("Dayr az-Zawr").Select(e => e.Name));
        Assert.Equal(["Ālbū Kamāl"], g.Find("Albu Kamal").Select(e => e.Name));
        Assert.Equal(["Deir ez-Zor Governorate"], g.Find("Deir Ezzor Province").Select(e => e.Name));
        Assert.Equal(["Deir ez-Zor"], g.Find("دير الزُّور").Select(e => e.Name));
        Assert.Empty(g.Find("Hama"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SaveThenLoad_KeepsEveryField(bool gzip)
    {
        var g = Small();
        var loaded = GazetteerFileTests.RoundTrip(g, gzip);
        Assert.Equal("test", loaded.DataVersion);
        Assert.Equal(g.KeyCount, loaded.KeyCount);
        Assert.Equal(g.Entries.Count, loaded.Entries.Count);
        for (var i = 0; i < g.Entries.Count; i++)
        {
            var (a, b) = (g.Entries[i], loaded.Entries[i]);
            Assert.Equal(a with { Keys = [] }, b with { Keys = [] });
            Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        }

        Assert.Equal(35.33588, loaded.Entries[0].Lat);
        Assert.Equal(170794, loaded.Entries[0].GeoNamesId);
        Assert.Null(loaded.Entries[1].GeoNamesId);
    }

    [Fact]
    public void Save_IsDeterministic()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        Small().Save(a);
        Small().Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Load_NotAGazetteer_Throws()
    {
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream("not a gazetteer"u8.ToArray())));
    }

    [Fact]
    public void DefaultData_ResolvesTheReportingVariants()
    {
        var g = DefaultGazetteer.Instance;
        Assert.Contains(g.Find("Deir Ezzor"), e => e.GeoNamesId == 170794);
        Assert.Contains(g.Find("Deir Ezzor province"), e => e.Level == PlaceLevel.Admin1 && e.Admin1Code == "SY.07");
        Assert.Contains(g.Find("Al Bukamal"), e => e.CountryCode == "SY" && e.Level == PlaceLevel.Settlement);
        Assert.Contains(g.Find("Yarmuk"), e => e.Level == PlaceLevel.District && e.Source == GazetteerSource.Sitrep);
        Assert.Contains(g.Find("Tadamun"), e => e.Level == PlaceLevel.District);
        Assert.Contains(g.Find("al-Hol camp"), e => e.CountryCode == "SY");
        Assert.Contains(g.Find("Hasaka Governorate"), e => e.Level == PlaceLevel.Admin1);
        Assert.Contains(g.Find("Syrian"), e => e.Level == PlaceLevel.Country && e.CountryCode == "SY");
        Assert.Contains(g.Find("Ninawa province"), e => e.Admin1Code == "IQ.15");
        Assert.Contains(g.Find("Raqqa"), e => e.Admin1Code == "SY.04" && e.Level == PlaceLevel.Settlement);
        Assert.Contains(g.Find("eastern bank of the Euphrates"), e => e.Level == PlaceLevel.Region);
        Assert.Equal(32, g.Entries.Count(e => e.Level == PlaceLevel.Admin1 && e.Source == GazetteerSource.Sitrep && e.Admin1Code.Length > 0 && e.CountryCode is "SY" or "IQ"));
    }

    [Fact]
    public void DefaultData_IsCopiedBesideTheTests_AndHoldsTheWholeCityList()
    {
        // Load time and memory are measured by bench/Sitrep.Benchmarks (GazetteerBenchmarks), not here.
        Assert.True(File.Exists(Gazetteer.DefaultPath), Gazetteer.DefaultPath);
        Assert.True(DefaultGazetteer.Instance.Entries.Count > 200_000, $"{DefaultGazetteer.Instance.Entries.Count} entries");
        Assert.Contains("GeoNames", DefaultGazetteer.Instance.DataVersion, StringComparison.Ordinal);
    }
}

/// <summary>The default gazetteer and its matcher, loaded once for all tests.</summary>
internal static class DefaultGazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Gazetteer.LoadDefault);
    private static readonly Lazy<NameMatcher> Matching = new(() => NameMatcher.Create(Loaded.Value));

    public static Gazetteer Instance => Loaded.Value;

    public static NameMatcher Matcher => Matching.Value;
}
