using System.Collections.Immutable;
using System.Globalization;

namespace Sitrep.Recognition.Places;

/// <summary>One row of a GeoNames "geoname" table (allCountries.txt, SY.txt, cities500.txt).</summary>
public sealed record GeoNamesPlace(
    int GeoNameId,
    string Name,
    string AsciiName,
    ImmutableArray<string> AlternateNames,
    double Lat,
    double Lon,
    string FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    string Admin2Code,
    long Population);

/// <summary>One row of admin1CodesASCII.txt or admin2Codes.txt: "SY.07" or "SY.07.123", its name and GeoNames id.</summary>
public sealed record GeoNamesAdminCode(string Code, string Name, string AsciiName, int GeoNameId);

/// <summary>One row of countryInfo.txt that Sitrep uses.</summary>
public sealed record GeoNamesCountry(string Iso, string Iso3, string Name, string Capital, long Population, int GeoNameId);

/// <summary>One row of alternateNamesV2.txt (or alternateNames.txt).</summary>
public sealed record GeoNamesAlternateName(int GeoNameId, string Language, string Name, bool IsHistoric);

/// <summary>
/// Reads the GeoNames dump formats (tab-separated UTF-8, https://download.geonames.org/export/dump/
/// readme.txt) and turns them into gazetteer entries. Malformed rows are counted and skipped, never
/// thrown: a dump is user input.
/// </summary>
public static class GeoNamesReader
{
    /// <summary>Alternate-name "languages" that are not names: links, codes, postcodes.</summary>
    private static readonly ImmutableHashSet<string> NotNames = ["link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793", "phon", "piny"];

    /// <summary>Rows of a geoname table; <paramref name="skipped"/> counts the malformed ones.</summary>
    public static IEnumerable<GeoNamesPlace> ReadPlaces(TextReader reader, Action<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 15 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                skipped?.Invoke(line);
                continue;
            }

            _ = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            var alternates = f[3].Length == 0 ? [] : f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
            yield return new GeoNamesPlace(id, f[1], f[2], alternates, lat, lon, f[6], f[7], f[8], f[10], f[11], Math.Max(0, population));
        }
    }

    /// <summary>Rows of admin1CodesASCII.txt or admin2Codes.txt.</summary>
    public static IEnumerable<GeoNamesAdminCode> ReadAdminCodes(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 4 || line.StartsWith('#') || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            yield return new GeoNamesAdminCode(f[0], f[1], f[2], id);
        }
    }

    /// <summary>Rows of countryInfo.txt (with or without its "#" header).</summary>
    public static IEnumerable<GeoNamesCountry> ReadCountries(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 17 || f[0].Length != 2 || f[0] == "ISO" || !int.TryParse(f[16], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            _ = long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            yield return new GeoNamesCountry(f[0], f[1], f[4], f[5], population, id);
        }
    }

    /// <summary>Rows of alternateNamesV2.txt that are names (links, codes and postcodes left out).</summary>
    public static IEnumerable<GeoNamesAlternateName> ReadAlternateNames(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || NotNames.Contains(f[2]) || f[3].Length == 0)
            {
                continue;
            }

            yield return new GeoNamesAlternateName(id, f[2], f[3], f.Length > 7 && f[7] == "1");
        }
    }

    /// <summary>
    /// The level of a GeoNames feature: PCL* countries, ADM1 and ADM2, PPLX sections of a city as
    /// districts, other populated places as settlements, areas and regions (L class, RGN, ADMD) as
    /// regions, anything else (streams, dams, mountains, airports, camps) as features.
    /// </summary>
    public static PlaceLevel LevelOf(string featureClass, string featureCode) => (featureClass, featureCode) switch
    {
        ("A", var c) when c.StartsWith("PCL", StringComparison.Ordinal) => PlaceLevel.Country,
        ("A", "ADM1" or "ADM1H") => PlaceLevel.Admin1,
        ("A", "ADM2" or "ADM2H") => PlaceLevel.Admin2,
        ("A", _) => PlaceLevel.Region,
        ("P", "PPLX") => PlaceLevel.District,
        ("P", _) => PlaceLevel.Settlement,
        ("L", "RGN" or "RGNE" or "RGNH" or "AREA" or "CONT" or "TERR") => PlaceLevel.Region,
        ("T", "DSRT" or "PLN" or "PLAT" or "VAL" or "VALS" or "BSN" or "MTS" or "HLLS") => PlaceLevel.Region,
        ("S", "CMP" or "CMPRF" or "CMPMN") => PlaceLevel.District,
        _ => PlaceLevel.Feature,
    };

    /// <summary>
    /// True when a name is worth indexing: written in Latin or Arabic script (with marks, digits and
    /// punctuation), not empty. Cyrillic, CJK and other scripts never appear in English-language
    /// reporting, and leaving them out keeps the compiled file small.
    /// </summary>
    public static bool IsLatinOrArabic(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var latin = c < 0x250 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2B0 && c < 0x300);
            var arabic = (c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xFB50 && c < 0xFE00) || (c >= 0xFE70 && c < 0xFF00);
            if (!latin && !arabic)
            {
                return false;
            }
        }

        return letters > 0;
    }

    /// <summary>
    /// Adds GeoNames places to a gazetteer builder: each with its name, ASCII name and the alternate
    /// names in Latin or Arabic script (those of the row, and any from alternateNamesV2 given in
    /// <paramref name="alternateNames"/>), its admin-1 name from <paramref name="admin1"/>. Returns how
    /// many were added.
    /// </summary>
    /// <param name="include">Which places to keep (by default all).</param>
    public static int AddTo(
        GazetteerBuilder builder,
        IEnumerable<GeoNamesPlace> places,
        IReadOnlyDictionary<string, string> admin1,
        IReadOnlyDictionary<int, List<string>>? alternateNames = null,
        Func<GeoNamesPlace, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(admin1);
        var added = 0;
        foreach (var p in places)
        {
            if (include is not null && !include(p))
            {
                continue;
            }

            var code = p.Admin1Code.Length == 0 ? string.Empty : $"{p.CountryCode}.{p.Admin1Code}";
            var names = p.AlternateNames.Where(n => IsLatinOrArabic(n)).Append(p.AsciiName);
            if (alternateNames is not null && alternateNames.TryGetValue(p.GeoNameId, out var more))
            {
                names = names.Concat(more.Where(n => IsLatinOrArabic(n)));
            }

            builder.Add(
                p.Name, names, p.Lat, p.Lon, LevelOf(p.FeatureClass, p.FeatureCode), GazetteerSource.GeoNames, p.CountryCode, code,
                admin1.GetValueOrDefault(code, string.Empty), p.FeatureClass, p.FeatureCode, p.Population, p.GeoNameId);
            added++;
        }

        return added;
    }
}
