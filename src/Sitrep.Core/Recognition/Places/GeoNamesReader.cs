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

    /// <summary>The forms reporting uses for an admin-1 division: "X Governorate", "X province", "Governorate of X"…</summary>
    public static IEnumerable<string> Admin1Forms(string name) =>
        [name, $"{name} Governorate", $"{name} province", $"{name} Province", $"Governorate of {name}", $"province of {name}", $"{name} region"];

    /// <summary>
    /// Adds an admin-2 division (a county, district, parish, UK county or council area) that no
    /// geoname row of its own gave: found by <paramref name="names"/> (its name always among them),
    /// placed at (<paramref name="lat"/>, <paramref name="lon"/>), with its admin-1 code and name
    /// from <paramref name="admin1"/> and <paramref name="population"/> (the sum of its places', so a
    /// big county weighs as big). Returns its id.
    /// </summary>
    public static int AddAdmin2(
        GazetteerBuilder builder,
        GeoNamesAdminCode division,
        IEnumerable<string> names,
        double lat,
        double lon,
        long population,
        IReadOnlyDictionary<string, string> admin1)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(division);
        ArgumentNullException.ThrowIfNull(admin1);
        var a1 = division.Code[..division.Code.LastIndexOf('.')];
        return builder.Add(
            division.Name, names, lat, lon, PlaceLevel.Admin2, GazetteerSource.GeoNames, division.Code[..2], a1,
            admin1.GetValueOrDefault(a1, string.Empty), "A", "ADM2", population, division.GeoNameId > 0 ? division.GeoNameId : null);
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
            if (include is null || include(p))
            {
                AddPlace(builder, p, admin1, alternateNames);
                added++;
            }
        }

        return added;
    }

    private static int AddPlace(GazetteerBuilder builder, GeoNamesPlace p, IReadOnlyDictionary<string, string> admin1, IReadOnlyDictionary<int, List<string>>? alternateNames)
    {
        var code = p.Admin1Code.Length == 0 ? string.Empty : $"{p.CountryCode}.{p.Admin1Code}";
        var names = p.AlternateNames.Where(n => IsLatinOrArabic(n)).Append(p.AsciiName);
        if (alternateNames is not null && alternateNames.TryGetValue(p.GeoNameId, out var more))
        {
            names = names.Concat(more);
        }

        var level = LevelOf(p.FeatureClass, p.FeatureCode);
        var id = builder.Add(
            p.Name, names, p.Lat, p.Lon, level, GazetteerSource.GeoNames, p.CountryCode, code,
            admin1.GetValueOrDefault(code, string.Empty), p.FeatureClass, p.FeatureCode, p.Population, p.GeoNameId);
        if (level == PlaceLevel.Admin1)
        {
            foreach (var form in Admin1Forms(p.Name).Concat(Admin1Forms(p.AsciiName)))
            {
                builder.AddName(id, form);
            }
        }

        return id;
    }

    /// <summary>
    /// Imports GeoNames dumps into a gazetteer builder. Places come from geoname tables (allCountries,
    /// per-country files, cities500…), kept when their feature class is in
    /// <see cref="GeoNamesImportOptions.FeatureClasses"/> or their country in
    /// <see cref="GeoNamesImportOptions.AllClassesFor"/>; alternate names from alternateNamesV2 (Latin
    /// and Arabic script); admin-1 names from admin1CodesASCII. Admin-1 and admin-2 divisions and
    /// countries that the tables name but the places lack (a city list has no ADM1 or PCLI rows) are
    /// added at their seat or capital, else at the mean position of their places; an added admin-2
    /// division has the summed population of its places.
    /// </summary>
    public static GeoNamesImportReport Import(GazetteerBuilder builder, GeoNamesSources sources, GeoNamesImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);

        var admin1Codes = sources.Admin1.SelectMany(open => Read(open, ReadAdminCodes)).ToList();
        var admin1 = admin1Codes.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var admin2Codes = sources.Admin2.SelectMany(open => Read(open, ReadAdminCodes)).ToList();
        var countries = sources.Countries.SelectMany(open => Read(open, ReadCountries)).ToList();

        var alternates = new Dictionary<int, List<string>>();
        var alternateCount = 0;
        foreach (var open in sources.AlternateNames)
        {
            foreach (var a in Read(open, ReadAlternateNames))
            {
                if (!IsLatinOrArabic(a.Name))
                {
                    continue;
                }

                if (!alternates.TryGetValue(a.GeoNameId, out var list))
                {
                    alternates[a.GeoNameId] = list = [];
                }

                list.Add(a.Name);
                alternateCount++;
            }
        }

        var skipped = 0;
        var places = 0;
        var seenAdmin1 = new HashSet<string>(StringComparer.Ordinal);
        var seenAdmin2 = new HashSet<string>(StringComparer.Ordinal);
        var seenCountries = new HashSet<string>(StringComparer.Ordinal);
        var seats = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        var sums = new Dictionary<string, (double Lat, double Lon, int Count, long Population)>(StringComparer.Ordinal);
        foreach (var open in sources.Places)
        {
            foreach (var p in Read(open, r => ReadPlaces(r, _ => skipped++)))
            {
                if (!options.FeatureClasses.Contains(p.FeatureClass) && !options.AllClassesFor.Contains(p.CountryCode))
                {
                    continue;
                }

                AddPlace(builder, p, admin1, alternates);
                places++;
                var a1 = $"{p.CountryCode}.{p.Admin1Code}";
                var a2 = $"{a1}.{p.Admin2Code}";
                switch (p.FeatureCode)
                {
                    case "ADM1":
                        seenAdmin1.Add(a1);
                        break;
                    case "ADM2":
                        seenAdmin2.Add(a2);
                        break;
                    case "PPLA":
                        seats[a1] = (p.Lat, p.Lon);
                        break;
                    case "PPLA2":
                        seats[a2] = (p.Lat, p.Lon);
                        break;
                    case "PPLC":
                        seats[p.CountryCode] = (p.Lat, p.Lon);
                        break;
                    case var c when c.StartsWith("PCL", StringComparison.Ordinal):
                        seenCountries.Add(p.CountryCode);
                        break;
                }

                if (p.FeatureClass == "P")
                {
                    foreach (var k in (ReadOnlySpan<string>)[p.CountryCode, a1, a2])
                    {
                        var (lat, lon, n, population) = sums.GetValueOrDefault(k);
                        sums[k] = (lat + p.Lat, lon + p.Lon, n + 1, population + p.Population);
                    }
                }
            }
        }

        bool Where(string code, out double lat, out double lon)
        {
            if (seats.TryGetValue(code, out var seat))
            {
                (lat, lon) = seat;
                return true;
            }

            if (sums.TryGetValue(code, out var sum) && sum.Count > 0)
            {
                (lat, lon) = (sum.Lat / sum.Count, sum.Lon / sum.Count);
                return true;
            }

            lat = lon = 0;
            return false;
        }

        var divisions = 0;
        foreach (var a in admin1Codes)
        {
            if (!seenAdmin1.Contains(a.Code) && seenAdmin1.Add(a.Code) && Where(a.Code, out var lat, out var lon))
            {
                builder.Add(a.Name, Admin1Forms(a.Name).Concat(Admin1Forms(a.AsciiName)), lat, lon, PlaceLevel.Admin1, GazetteerSource.GeoNames, a.Code[..2], a.Code, a.Name, "A", "ADM1", 0, a.GeoNameId);
                divisions++;
            }
        }

        foreach (var a in admin2Codes)
        {
            if (!seenAdmin2.Contains(a.Code) && seenAdmin2.Add(a.Code) && Where(a.Code, out var lat, out var lon))
            {
                AddAdmin2(builder, a, [a.AsciiName, $"{a.Name} District"], lat, lon, sums.GetValueOrDefault(a.Code).Population, admin1);
                divisions++;
            }
        }

        foreach (var c in countries)
        {
            if (!seenCountries.Contains(c.Iso) && seenCountries.Add(c.Iso) && Where(c.Iso, out var lat, out var lon))
            {
                builder.Add(c.Name, alternates.GetValueOrDefault(c.GeoNameId) ?? [], lat, lon, PlaceLevel.Country, GazetteerSource.GeoNames, c.Iso, featureClass: "A", featureCode: "PCLI", population: c.Population, geoNamesId: c.GeoNameId);
                divisions++;
            }
        }

        return new GeoNamesImportReport(places, divisions, alternateCount, skipped);
    }

    private static IEnumerable<T> Read<T>(Func<TextReader> open, Func<TextReader, IEnumerable<T>> rows)
    {
        using var reader = open();
        foreach (var row in rows(reader))
        {
            yield return row;
        }
    }
}

/// <summary>Where the GeoNames tables come from: each source opens a fresh reader over one file.</summary>
public sealed record GeoNamesSources(
    IReadOnlyList<Func<TextReader>> Places,
    IReadOnlyList<Func<TextReader>> Admin1,
    IReadOnlyList<Func<TextReader>> Admin2,
    IReadOnlyList<Func<TextReader>> Countries,
    IReadOnlyList<Func<TextReader>> AlternateNames);

/// <summary>What to keep of a GeoNames import.</summary>
/// <param name="FeatureClasses">GeoNames feature classes kept everywhere (A admin, P populated places by default).</param>
/// <param name="AllClassesFor">Countries of which every feature is kept (wadis, hills, camps, dams…).</param>
public sealed record GeoNamesImportOptions(IReadOnlySet<string> FeatureClasses, IReadOnlySet<string> AllClassesFor)
{
    /// <summary>Admin divisions and populated places everywhere; every feature in Syria and Iraq.</summary>
    public static GeoNamesImportOptions Default { get; } = new(
        new HashSet<string>(["A", "P"], StringComparer.Ordinal), new HashSet<string>(["SY", "IQ"], StringComparer.Ordinal));
}

/// <summary>How many places, added divisions and countries, and alternate names an import read, and how many malformed rows it skipped.</summary>
public sealed record GeoNamesImportReport(int Places, int Divisions, int AlternateNames, int SkippedRows);
