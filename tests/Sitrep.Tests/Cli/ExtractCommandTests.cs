using System.Text;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>`sitrep extract` end to end: the contract's shape, and every kind of bad input.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string[] ContractKeys = ["doc", "published", "published_basis", "genre", "title", "body_first", "body_last", "wire", "claims"];

    private readonly string dir = Directory.CreateTempSubdirectory("sitrep-extract-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Exit, string Out, string Err) Extract(params string[] args) => ExtractWith(null, args);

    private static (int Exit, string Out, string Err) ExtractWith(string? stdin, params string[] args)
    {
        var outWriter = new StringWriter { NewLine = "\n" };
        var errWriter = new StringWriter { NewLine = "\n" };
        var paths = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        string? Opt(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var exit = ExtractCommand.Run(paths, Opt("--out"), Opt("--published"), Opt("--format") ?? "jsonl", Opt("--max-size") ?? ExtractCommand.DefaultMaxSize, outWriter, errWriter, new StringReader(stdin ?? string.Empty));
        return (exit, outWriter.ToString(), errWriter.ToString());
    }

    private static List<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string GoodArticle = "Monitor says 23 killed near Albu Kamal\n\nAt least 23 pro-government fighters were killed on Monday in an attack near Albu Kamal, the Syrian Observatory for Human Rights said.\n\nThe jihadists used car bombs, the monitor said.\n";

    [Fact]
    public void Extract_SampleManifest_WritesOneRecordPerArticleInTheContractsShape()
    {
        var (exit, output, err) = Extract(Path.Combine(Repository.Root, "samples", "manifest.jsonl"));

        Assert.True(exit == 0, err);
        var records = Records(output);
        Assert.Equal(5, records.Count);
        foreach (var r in records)
        {
            Assert.Equal(ContractKeys, r.EnumerateObject().Select(p => p.Name));
        }

        var first = records[0];
        Assert.Equal("000_08ad0a59f1ee1c3a.txt", first.GetProperty("doc").GetString());
        Assert.Equal("2017-12-12", first.GetProperty("published").GetString());
        Assert.Equal("given", first.GetProperty("published_basis").GetString());
        Assert.Equal("The \"Islamic State of Iraq and Syria\" (ISIS)", first.GetProperty("body_first").GetString());
        Assert.Equal("than before,\" al-Tamimi said.", first.GetProperty("body_last").GetString());
        Assert.Equal("opinion", records[4].GetProperty("genre").GetString());
        Assert.Equal(JsonValueKind.Null, records[4].GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[4].GetProperty("published_basis").ValueKind);
    }

    [Fact]
    public void Extract_Twice_GivesIdenticalOutput()
    {
        var manifest = Path.Combine(Repository.Root, "samples", "manifest.jsonl");
        Assert.Equal(Extract(manifest).Out, Extract(manifest).Out);
    }

    [Fact]
    public void Extract_FormatText_SummarisesForPeople()
    {
        var path = Write("a.txt", GoodArticle);
        var (exit, output, _) = Extract(path, "--format", "text");
        Assert.Equal(0, exit);
        Assert.Contains("title:     Monitor says 23 killed near Albu Kamal", output);
        Assert.Contains("body:      2 paragraphs", output);
    }

    [Fact]
    public void Extract_PublishedOption_AppliesToInputsWithoutADate()
    {
        var path = Write("a.txt", GoodArticle);
        var record = Records(Extract(path, "--published", "2017-12-11").Out).Single();
        Assert.Equal("2017-12-11", record.GetProperty("published").GetString());
        Assert.Equal("given", record.GetProperty("published_basis").GetString());
    }

    [Fact]
    public void Extract_BadPublishedOption_IsAUsageError()
    {
        var (exit, _, err) = Extract(Write("a.txt", GoodArticle), "--published", "11/12/2017");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--published '11/12/2017' is not a date", err);
    }

    [Fact]
    public void Extract_StandardInput_IsOneArticle()
    {
        var (exit, output, _) = ExtractWith(GoodArticle, "-");
        Assert.Equal(0, exit);
        Assert.Equal("stdin", Records(output).Single().GetProperty("doc").GetString());
    }

    [Fact]
    public void Extract_FolderAndGlob_FindArticlesRecursivelyInNameOrder()
    {
        Write("b.txt", GoodArticle);
        Write("sub/a.txt", GoodArticle);
        Write("notes.md", "# not an article");
        var folder = Records(Extract(dir).Out).Select(r => r.GetProperty("doc").GetString()).ToList();
        Assert.Equal(["b.txt", "sub/a.txt"], folder);

        var glob = Records(Extract(Path.Combine(dir, "**", "*.txt")).Out).Select(r => r.GetProperty("doc").GetString()).ToList();
        Assert.Equal(["b.txt", "a.txt"], glob);
    }

    [Fact]
    public void BadInput_EmptyFile_IsNamedAndTheRestGoesOn()
    {
        var empty = Write("empty.txt", string.Empty);
        var good = Write("good.txt", GoodArticle);
        var (exit, output, err) = Extract(empty, good);
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Equal($"sitrep: {empty}: empty file (0 bytes)\n", err);
        Assert.Single(Records(output));
    }

    [Fact]
    public void BadInput_BinaryFile_IsNamed()
    {
        var png = WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var (exit, _, err) = Extract(png, Write("good.txt", GoodArticle));
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains($"{png}: binary file (NUL byte at 8)", err);
    }

    [Fact]
    public void BadInput_InvalidUtf8_IsNamedWithTheOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Deir ez-Zor – the battle ").Concat(new byte[] { 0xC3, 0x28, 0x20 }).Concat(Encoding.UTF8.GetBytes(GoodArticle)).ToArray();
        var path = WriteBytes("mixed.txt", bytes);
        var (exit, _, err) = Extract(path);
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("invalid UTF-8 at byte 27", err);
    }

    [Fact]
    public void BadInput_Windows1252File_IsReadNotRefused()
    {
        var bytes = Encoding.Latin1.GetBytes(GoodArticle.Replace("said.", "said \u0093it was a massacre\u0094.", StringComparison.Ordinal));
        var (exit, output, _) = Extract(WriteBytes("cp1252.txt", bytes));
        Assert.Equal(0, exit);
        Assert.Single(Records(output));
    }

    [Fact]
    public void Extract_NonEnglishArticle_IsReportedAsSuchNotMisread()
    {
        var path = Write("fr.txt", "Les forces kurdes ont repris Raqqa\n\nLes Forces démocratiques syriennes ont annoncé mardi avoir repris le contrôle de la ville de Raqqa, qui était le bastion du groupe État islamique dans le nord de la Syrie.\n");
        var (exit, output, err) = Extract(path);
        Assert.Equal(0, exit);
        Assert.Single(Records(output));
        Assert.Contains($"sitrep: {path}: warning M001: the text looks fr, not English", err);
    }

    [Fact]
    public void Extract_Windows1252File_IsReadWithAWarning()
    {
        var bytes = Encoding.Latin1.GetBytes(GoodArticle.Replace("said.", "said \u0093it was a massacre\u0094.", StringComparison.Ordinal));
        var path = WriteBytes("cp1252-warn.txt", bytes);
        var (exit, _, err) = Extract(path);
        Assert.Equal(0, exit);
        Assert.Contains($"sitrep: {path}: warning R002: not valid UTF-8", err);
    }

    [Fact]
    public void BadInput_HugeFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: nothing is written
        }

        var (exit, _, err) = Extract(path, Write("good.txt", GoodArticle));
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains($"{path}: file is 200 MB, over the --max-size limit of 10 MB", err);
    }

    [Fact]
    public void BadInput_MaxSizeOption_SetsTheLimit()
    {
        var path = Write("a.txt", GoodArticle);
        Assert.Contains("over the --max-size limit of 100 bytes", Extract(path, "--max-size", "100B").Err);
        Assert.Equal(ExitCodes.Usage, Extract(path, "--max-size", "lots").Exit);
    }

    [Fact]
    public void BadInput_HtmlPageWithNoArticle_IsNamed()
    {
        var path = Write("index.html", "<!doctype html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>");
        var (exit, _, err) = Extract(path);
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains($"{path}: ", err);
        Assert.Contains("no article", err);
    }

    [Fact]
    public void BadInput_MalformedManifestLine_NamesTheLineAndTheRestGoesOn()
    {
        var manifest = Write("batch.jsonl", string.Join("\n", [
            JsonSerializer.Serialize(new { text = GoodArticle, doc = "one" }),
            "{\"text\": \"unterminated",
            "[1, 2]",
            JsonSerializer.Serialize(new { doc = "no-content" }),
            JsonSerializer.Serialize(new { text = GoodArticle, doc = "bad-date", published = "yesterday" }),
            JsonSerializer.Serialize(new { path = "good.txt", published = "2017-12-11" }),
        ]));
        Write("good.txt", GoodArticle);

        var (exit, output, err) = Extract(manifest);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"sitrep: {manifest}:2: manifest line is not JSON", lines[0]);
        Assert.Equal($"sitrep: {manifest}:3: manifest line is not a JSON object", lines[1]);
        Assert.StartsWith($"sitrep: {manifest}:4: manifest line has none of", lines[2]);
        Assert.StartsWith($"sitrep: {manifest}:5: \"published\" is not a date", lines[3]);
        var records = Records(output);
        Assert.Equal(["one", "good.txt"], records.Select(r => r.GetProperty("doc").GetString()));
        Assert.Equal("2017-12-11", records[1].GetProperty("published").GetString());
    }

    [Fact]
    public void BadInput_FolderOf20000SmallFiles_AllComeOut()
    {
        var folder = Path.Combine(dir, "many");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 20_000; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), $"Clash in village {i}\n\nFighters clashed near the village of Number {i} on Monday, a monitor said.\n");
        }

        var output = Path.Combine(dir, "out.jsonl");
        var (exit, _, err) = Extract(folder, "--out", output);

        Assert.True(exit == 0, err);
        Assert.Equal(20_000, File.ReadLines(output).Count());
    }

    [Fact]
    public void BadInput_UnreadableFile_IsNamed()
    {
        // Root reads any file, so a link loop stands for an unreadable one.
        var a = Path.Combine(dir, "loop-a.txt");
        var b = Path.Combine(dir, "loop-b.txt");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        var (exit, output, err) = Extract(a, Write("good.txt", GoodArticle));
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains($"sitrep: {a}: cannot read", err);
        Assert.Single(Records(output));
    }

    [Fact]
    public void BadInput_MissingPath_IsNamed()
    {
        var missing = Path.Combine(dir, "nope.txt");
        var (exit, _, err) = Extract(missing, Write("good.txt", GoodArticle));
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Equal($"sitrep: {missing}: no such file or folder\n", err);
    }

    [Fact]
    public void Output_IsReplacedWholeAndNoTemporaryFileIsLeft()
    {
        var output = Path.Combine(dir, "out", "claims.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "old content\n");
        var (exit, _, _) = Extract(Write("good.txt", GoodArticle), Write("empty.txt", string.Empty), "--out", output);
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Single(File.ReadAllLines(output));
        Assert.DoesNotContain("old content", File.ReadAllText(output));
        Assert.Equal(["claims.jsonl"], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Adversarial_MegabyteWithoutSpaces_Completes()
    {
        var path = Write("nospace.txt", new string('x', 1 << 20));
        var (exit, output, _) = Extract(path);
        Assert.Equal(0, exit);
        Assert.Single(Records(output));
    }

    [Fact]
    public void Adversarial_HundredThousandFullStops_Completes()
    {
        var path = Write("stops.txt", "Headline here today\n\n" + new string('.', 100_000) + "\n\nThe army said it took the town on Monday.\n");
        Assert.Equal(0, Extract(path).Exit);
    }

    [Fact]
    public void Adversarial_DeeplyNestedHtml_Completes()
    {
        var html = new StringBuilder("<html><body><article><h1>Deep page</h1>");
        for (var i = 0; i < 50_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Fighters clashed near the town of Rawa on Friday, the Iraqi military said in a statement.</p>");
        html.Append("</article></body></html>");
        var (exit, output, err) = Extract(Write("deep.html", html.ToString()));
        Assert.True(exit is 0 or ExitCodes.SomeFailed, err);
        Assert.True(exit == ExitCodes.SomeFailed || Records(output).Count == 1);
    }

    [Fact]
    public void Adversarial_ManyLinesOfShortText_Completes()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("a b\n");
        }

        Assert.True(Extract(Write("lines.txt", sb.ToString())).Exit is 0 or 1);
    }
}
