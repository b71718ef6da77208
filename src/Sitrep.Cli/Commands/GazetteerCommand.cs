using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Sitrep.Recognition.Places;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep gazetteer import FILE… --out PATH`: compiles GeoNames dumps (allCountries.zip or .txt,
/// per-country zips such as SY.zip, cities500, alternateNamesV2, admin1CodesASCII.txt,
/// admin2Codes.txt, countryInfo.txt — plain or inside zips) into Sitrep's gazetteer file, the form
/// the default data ships in, so that users with the full data get every village.
/// </summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames files: geoname tables, alternateNamesV2, admin1CodesASCII, admin2Codes, countryInfo (.txt or .zip).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The gazetteer file to write (uncompressed; Sitrep also reads it gzip-compressed).", Required = true };
        var classes = new Option<string>("--classes") { Description = "GeoNames feature classes kept everywhere (default A,P).", DefaultValueFactory = _ => "A,P" };
        var everything = new Option<string>("--all-classes-for") { Description = "Countries whose every feature is kept: wadis, hills, camps, dams (default SY,IQ; '' for none).", DefaultValueFactory = _ => "SY,IQ" };
        var import = new Command("import", "Compile GeoNames dumps into a Sitrep gazetteer file.") { files, output, classes, everything };
        import.SetAction(parse => Import(parse.GetValue(files) ?? [], parse.GetValue(output)!, parse.GetValue(classes) ?? "A,P", parse.GetValue(everything) ?? string.Empty, Console.Out, Console.Error));
        return new Command("gazetteer", "Build and inspect gazetteers.") { import };
    }

    public static int Import(string[] files, string output, string classes, string allClassesFor, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (files.Length == 0 || string.IsNullOrWhiteSpace(output))
        {
            stderr.WriteLine("sitrep: gazetteer import needs GeoNames files and --out");
            return ExitCodes.Usage;
        }

        var places = new List<Func<TextReader>>();
        var admin1 = new List<Func<TextReader>>();
        var admin2 = new List<Func<TextReader>>();
        var countries = new List<Func<TextReader>>();
        var alternates = new List<Func<TextReader>>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"sitrep: {file}: no such file");
                return ExitCodes.Usage;
            }

            var tables = file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ZipTables(file) : [(Path.GetFileName(file), () => Open(file))];
            foreach (var (name, open) in tables)
            {
                var list = Classify(name) switch
                {
                    Table.Admin1 => admin1,
                    Table.Admin2 => admin2,
                    Table.Countries => countries,
                    Table.AlternateNames => alternates,
                    Table.Places => places,
                    _ => null,
                };
                if (list is null)
                {
                    stderr.WriteLine($"sitrep: {file}: {name} skipped (not a table Sitrep reads)");
                    continue;
                }

                list.Add(open);
            }
        }

        if (places.Count == 0)
        {
            stderr.WriteLine("sitrep: gazetteer import found no geoname table (allCountries, SY.txt, cities500 …) among its files");
            return ExitCodes.Usage;
        }

        var options = new GeoNamesImportOptions(Codes(classes), Codes(allClassesFor));
        var clock = Stopwatch.StartNew();
        var builder = new GazetteerBuilder();
        GeoNamesImportReport report;
        try
        {
            report = GeoNamesReader.Import(builder, new GeoNamesSources(places, admin1, admin2, countries, alternates), options);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sitrep: gazetteer import: {e.Message}");
            return ExitCodes.SomeFailed;
        }

        var sources = string.Join(", ", files.Select(Path.GetFileName));
        var gazetteer = builder.Build($"geonames-import/1: {sources} (GeoNames, CC BY 4.0); classes {classes}, every class for {allClassesFor}");
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            // Uncompressed: loading is then a few array reads (gzip it to store it; the loader reads either).
            using var file = File.Create(output);
            gazetteer.Save(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sitrep: {output}: {e.Message}");
            return ExitCodes.OutputFailed;
        }

        stdout.WriteLine($"{output}: {gazetteer.Entries.Count} places ({report.Places} from geoname tables, {report.Divisions} divisions and countries added), "
            + $"{gazetteer.KeyCount} names, {report.AlternateNames} alternate names read, {report.SkippedRows} malformed rows skipped, {clock.Elapsed.TotalSeconds:0.0} s");
        stdout.WriteLine("Data: GeoNames (geonames.org), CC BY 4.0 — credit GeoNames wherever the gazetteer's output is shared.");
        return ExitCodes.Ok;
    }

    private enum Table
    {
        Places,
        Admin1,
        Admin2,
        Countries,
        AlternateNames,
        Other,
    }

    /// <summary>What a GeoNames file holds, by the name GeoNames gives it.</summary>
    private static Table Classify(string name)
    {
        var n = Path.GetFileName(name);
        return n switch
        {
            _ when !n.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) => Table.Other,
            _ when n.StartsWith("admin1Codes", StringComparison.OrdinalIgnoreCase) => Table.Admin1,
            _ when n.StartsWith("admin2Codes", StringComparison.OrdinalIgnoreCase) => Table.Admin2,
            _ when n.StartsWith("countryInfo", StringComparison.OrdinalIgnoreCase) => Table.Countries,
            _ when n.StartsWith("alternateNames", StringComparison.OrdinalIgnoreCase) => Table.AlternateNames,
            _ when n.StartsWith("readme", StringComparison.OrdinalIgnoreCase) || n.StartsWith("iso-languagecodes", StringComparison.OrdinalIgnoreCase)
                || n.StartsWith("hierarchy", StringComparison.OrdinalIgnoreCase) || n.StartsWith("featureCodes", StringComparison.OrdinalIgnoreCase)
                || n.StartsWith("timeZones", StringComparison.OrdinalIgnoreCase) || n.StartsWith("userTags", StringComparison.OrdinalIgnoreCase) => Table.Other,
            _ => Table.Places,
        };
    }

    private static List<(string Name, Func<TextReader> Open)> ZipTables(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return [.. archive.Entries.Where(e => e.Length > 0).Select(e => (e.FullName, (Func<TextReader>)(() => OpenEntry(zip, e.FullName))))];
    }

    private static StreamReader Open(string path) => new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });

    /// <summary>A reader over one zip entry that closes the archive with it.</summary>
    private static StreamReader OpenEntry(string zip, string entry)
    {
        var archive = ZipFile.OpenRead(zip);
        try
        {
            return new ArchiveEntryReader(archive, archive.GetEntry(entry)!.Open());
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private static HashSet<string> Codes(string list) =>
        new(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()), StringComparer.Ordinal);

    private sealed class ArchiveEntryReader(ZipArchive archive, Stream stream) : StreamReader(stream, Encoding.UTF8, true, 1 << 16)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                archive.Dispose();
            }
        }
    }
}
