using System.IO.Compression;
using Sitrep.Cli.Commands;
using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>`sitrep gazetteer import` on the shared GeoNames extract for Syria, Iraq and their neighbours.</summary>
public sealed class GeoNamesImportTests : IDisposable
{
    private static readonly string Extract = Path.Combine(Repository.Shared, "corpora", "geonames-sy-iq");
    private readonly string scratch = Directory.CreateTempSubdirectory("sitrep-gazetteer-").FullName;

    private static string[] ExtractFiles => [.. Directory.GetFiles(Extract, "*.txt").Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void Import_SharedExtract_CompilesPlacesDivisionsAndCountries()
    {
        var output = Path.Combine(scratch, "sy-iq.bin");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Ok, GazetteerCommand.Import(ExtractFiles, output, "A,P", "SY,IQ", stdout, stderr));
        Assert.Contains("CC BY 4.0", stdout.ToString(), StringComparison.Ordinal);

        var g = Gazetteer.LoadFile(output);
        Assert.Equal(434 + 4041, g.Entries.Count(e => e.Level is PlaceLevel.Settlement or PlaceLevel.District));
        var deir = Assert.Single(g.Find("Deir Ezzor"), e => e.GeoNamesId == 170794);
        Assert.Equal(("SY", "SY.07", "Deir ez-Zor"), (deir.CountryCode, deir.Admin1Code, deir.Admin1Name));
        Assert.Contains(g.Find("Albu Kamal"), e => e.CountryCode == "SY");
        Assert.Contains(g.Find("حلب"), e => e.GeoNamesId == 170063);

        // A city list has no ADM1 or PCLI rows: the divisions and countries the tables name are added.
        var governorate = Assert.Single(g.Find("Deir ez-Zor province"));
        Assert.Equal((PlaceLevel.Admin1, 170792), (governorate.Level, governorate.GeoNamesId));
        Assert.Contains(g.Find("Nineveh Governorate"), e => e.Admin1Code == "IQ.15");
        Assert.Contains(g.Find("Syria"), e => e.Level == PlaceLevel.Country && e.CountryCode == "SY");
        Assert.Contains(g.Find("Iraq"), e => e.Level == PlaceLevel.Country);
        Assert.Contains(g.Entries, e => e.Level == PlaceLevel.Admin2 && e.CountryCode == "SY");
        Assert.Contains("cities500_SY_IQ.txt", g.DataVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Zip_ReadsTheSameTables()
    {
        var zip = Path.Combine(scratch, "SY-IQ.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var file in ExtractFiles)
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        var fromText = Path.Combine(scratch, "text.bin");
        var fromZip = Path.Combine(scratch, "zip.bin");
        Assert.Equal(ExitCodes.Ok, GazetteerCommand.Import(ExtractFiles, fromText, "A,P", "SY,IQ", new StringWriter(), new StringWriter()));
        Assert.Equal(ExitCodes.Ok, GazetteerCommand.Import([zip], fromZip, "A,P", "SY,IQ", new StringWriter(), new StringWriter()));
        var (a, b) = (Gazetteer.LoadFile(fromText), Gazetteer.LoadFile(fromZip));
        Assert.Equal(a.Entries.Count, b.Entries.Count);
        Assert.Equal(a.KeyCount, b.KeyCount);
    }

    [Fact]
    public void Import_NoGeonameTable_IsAUsageError()
    {
        var stderr = new StringWriter();
        var admin1 = Path.Combine(Extract, "admin1CodesASCII.txt");
        Assert.Equal(ExitCodes.Usage, GazetteerCommand.Import([admin1], Path.Combine(scratch, "x.bin"), "A,P", "", new StringWriter(), stderr));
        Assert.Contains("no geoname table", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlaces_MalformedRows_AreSkippedAndCounted()
    {
        var rows = "170794\tDeir ez-Zor\tDeir ez-Zor\tDeir Ezzor,دير الزور\t35.33588\t40.14084\tP\tPPLA\tSY\t\t07\t\t\t\t242565\t\t213\tAsia/Damascus\t2023-01-01\n"
            + "not a row\n"
            + "1\tBad\tBad\t\t95.0\t40.0\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t\t\t\n";
        var skipped = 0;
        var places = GeoNamesReader.ReadPlaces(new StringReader(rows), _ => skipped++).ToList();
        var deir = Assert.Single(places);
        Assert.Equal(2, skipped);
        Assert.Equal(["Deir Ezzor", "دير الزور"], deir.AlternateNames.ToArray());
        Assert.Equal((35.33588, 40.14084, "07", 242565L), (deir.Lat, deir.Lon, deir.Admin1Code, deir.Population));
    }

    [Theory]
    [InlineData("A", "PCLI", PlaceLevel.Country)]
    [InlineData("A", "ADM1", PlaceLevel.Admin1)]
    [InlineData("A", "ADM2", PlaceLevel.Admin2)]
    [InlineData("P", "PPLX", PlaceLevel.District)]
    [InlineData("P", "PPLA", PlaceLevel.Settlement)]
    [InlineData("H", "STM", PlaceLevel.Feature)]
    [InlineData("T", "DSRT", PlaceLevel.Region)]
    [InlineData("S", "CMP", PlaceLevel.District)]
    public void LevelOf_FeatureCodes(string featureClass, string code, PlaceLevel level) => Assert.Equal(level, GeoNamesReader.LevelOf(featureClass, code));

    [Theory]
    [InlineData("Deir ez-Zor", true)]
    [InlineData("Ḩalab", true)]
    [InlineData("دير الزور", true)]
    [InlineData("Дейр-эз-Зор", false)]
    [InlineData("代尔祖尔", false)]
    [InlineData("123", false)]
    public void IsLatinOrArabic_KeepsOnlyScriptsReportingUses(string name, bool kept) => Assert.Equal(kept, GeoNamesReader.IsLatinOrArabic(name));
}
