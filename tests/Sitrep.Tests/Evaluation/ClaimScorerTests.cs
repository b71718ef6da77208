using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Evaluation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

/// <summary>The field rules of the claims scorer, one rule at a time, as shared/tools/score_claims.py states them.</summary>
public class ClaimRulesTests
{
    [Theory]
    [InlineData("2017-12-11", "2017-12-11", true)]
    [InlineData("2017-12-11", "2017-12-10", false)]
    [InlineData("2017-12-11", "2017-12", false)]
    [InlineData("2017-12-11", "2017-12-11/2017-12-11", true)]
    public void DateAgrees_GoldIsOneDay_SystemMustNameThatDay(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.DateAgrees(Str(gold), Str(system)));

    [Theory]
    [InlineData("2017-12", "2017-12-01/2017-12-11", true)] // 11 days of 31: more than a third
    [InlineData("2017-12", "2017-12-01/2017-12-10", false)] // 10 days of 31: less than a third
    [InlineData("2017-12", "2017-12-11", false)] // inside, but one day of 31
    [InlineData("2017-12", "2017-12", true)]
    [InlineData("2017-12", "2017-11-20/2017-12-31", false)] // covers it but starts outside
    [InlineData("2017", "2017-01/2017-05", true)] // 151 days of 365
    [InlineData("2017", "2017-01/2017-04", false)] // 120 days of 365
    [InlineData("2014/2017", "2015/2016", true)]
    [InlineData("2014/2017", "2017", false)] // a quarter of the interval
    public void DateAgrees_GoldIsAnInterval_SystemMustLieInsideAndCoverAThird(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.DateAgrees(Str(gold), Str(system)));

    [Theory]
    [InlineData("null", "null", true)]
    [InlineData("null", "\"next spring\"", true)] // unparsable is no date
    [InlineData("null", "\"2017\"", false)]
    [InlineData("\"2017\"", "null", false)]
    [InlineData("\"2017\"", "2017", false)] // only strings are dates
    public void DateAgrees_NoGoldDate_NeedsNoSystemDate(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.DateAgrees(PyValue.Parse(gold), PyValue.Parse(system)));

    [Theory]
    [InlineData("2017", "2017-01-01", "2017-12-31")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2017-12", "2017-12-01", "2017-12-31")]
    [InlineData(" 2017-3-5 ", "2017-03-05", "2017-03-05")]
    [InlineData("2014/2017-06", "2014-01-01", "2017-06-30")]
    [InlineData("٢٠١٧", "2017-01-01", "2017-12-31")] // Python's int() reads any decimal digits
    public void ParseWhen_ReadsYearsMonthsDaysAndIntervals(string text, string first, string last) =>
        Assert.Equal(new DayInterval(DateOnly.Parse(first), DateOnly.Parse(last)), ClaimRules.ParseWhen(Str(text)));

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("9999-12/10000")]
    [InlineData("2017-12-")]
    [InlineData("2017/")]
    [InlineData("late 2017")]
    [InlineData("")]
    public void ParseWhen_InvalidDate_GivesNothing(string text) => Assert.Null(ClaimRules.ParseWhen(Str(text)));

    [Theory]
    [InlineData("""{"low": 200, "high": 999, "unit": "fighters", "approx": true}""", """{"low": 500, "high": 500, "unit": "fighters"}""", true)]
    [InlineData("""{"low": 200, "high": 999, "unit": "fighters", "approx": true}""", """{"low": 1000, "high": 1000, "unit": "fighters"}""", false)]
    [InlineData("""{"low": 200, "high": 999, "unit": "fighters", "approx": true}""", """{"low": 900, "high": null, "unit": "fighters"}""", true)]
    [InlineData("""{"low": null, "high": 5, "unit": "percent_territory", "approx": true}""", """{"low": 6, "high": 6, "unit": "percent_territory"}""", false)]
    [InlineData("""{"low": null, "high": 5, "unit": "percent_territory", "approx": true}""", """{"low": 3, "high": 3, "unit": "percent_territory"}""", true)]
    [InlineData("""{"low": 200, "high": 999, "unit": "fighters", "approx": true}""", """{"low": 500, "high": 500, "unit": "killed"}""", false)]
    public void QuantityAgrees_ApproximateGold_NeedsOverlappingRangeAndSameUnit(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.QuantityAgrees(PyValue.Parse(gold), PyValue.Parse(system)));

    [Theory]
    [InlineData("""{"low": 18, "high": 18, "unit": "villages", "approx": false}""", """{"low": 18.0, "high": 18, "unit": "villages"}""", true)]
    [InlineData("""{"low": 18, "high": 18, "unit": "villages", "approx": false}""", """{"low": " 18 ", "high": "1_8", "unit": "villages"}""", true)]
    [InlineData("""{"low": 18, "high": 18, "unit": "villages", "approx": false}""", """{"low": 17, "high": 18, "unit": "villages"}""", false)]
    [InlineData("""{"low": 62, "high": null, "unit": "killed", "approx": false}""", """{"low": 62, "high": 70, "unit": "killed"}""", false)]
    [InlineData("""{"low": 3, "high": 3, "unit": null}""", """{"low": 3, "high": 3, "unit": "other"}""", true)]
    [InlineData("null", """{"low": null, "high": null, "unit": "fighters"}""", true)]
    [InlineData("null", """{"low": 5, "high": null, "unit": "fighters"}""", false)]
    [InlineData("""{"low": 3, "high": 3}""", "null", false)]
    public void QuantityAgrees_ExactGold_NeedsEqualBounds(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.QuantityAgrees(PyValue.Parse(gold), PyValue.Parse(system)));

    [Theory]
    [InlineData("settlement", 0.3, true)] // about 33 km
    [InlineData("settlement", 0.4, false)] // about 44 km
    [InlineData(null, 0.4, false)] // no level: a settlement's 40 km
    [InlineData("village", 0.4, false)] // unknown level: 40 km
    [InlineData("admin2", 0.7, true)] // about 78 km of 80
    [InlineData("admin1", 1.3, true)] // about 145 km of 150
    [InlineData("admin1", 1.4, false)]
    [InlineData("region", 2.2, true)] // about 245 km of 250
    [InlineData("country", 5.3, true)] // about 589 km of 600
    [InlineData("country", 5.5, false)] // about 612 km
    public void PlaceAgrees_WithCoordinates_WithinTheRadiusOfTheGoldLevel(string? level, double northDegrees, bool agrees)
    {
        var gold = Place("Mayadin", 35.0, 40.45, level);
        var system = Place("Mayadin", 35.0 + northDegrees, 40.45, "settlement");
        Assert.Equal(agrees, ClaimRules.PlaceAgrees(gold, system));
    }

    [Theory]
    [InlineData("""{"name": "Deir ez-Zor Governorate"}""", """{"name": "deir ez-zor"}""", true)]
    [InlineData("""{"name": "Deir ez-Zor Governorate", "lat": 35.33, "lon": 40.14}""", """{"name": "Deir ez-Zor", "lat": null, "lon": 40.14}""", true)]
    [InlineData("""{"name": "Deir ez-Zor", "lat": 35.33, "lon": 40.14}""", """{"name": "Deir ez-Zor", "lat": "north", "lon": 40.14}""", true)]
    [InlineData("""{"name": "Deir ez-Zor", "lat": 35.33, "lon": 40.14}""", """{"name": "Deir ez-Zor", "lat": 33.5, "lon": 36.3}""", false)]
    [InlineData("""{"name": "Deir ez-Zor", "lat": 35.33, "lon": 40.14}""", """{"name": "Raqqa", "lat": "35.4", "lon": "40.1"}""", true)]
    [InlineData("""{"name": "Raqqa"}""", """{"name": "Mosul"}""", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", """{"name": "Raqqa"}""", false)]
    [InlineData("""{"name": "Raqqa"}""", "null", false)]
    public void PlaceAgrees_WithoutUsableCoordinates_NamesMustShareAWord(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.PlaceAgrees(PyValue.Parse(gold), PyValue.Parse(system)));

    [Theory]
    [InlineData("""{"source": "outlet", "attributed": false}""", """{"source": "afp", "attributed": false}""", true)]
    [InlineData("""{"source": "sohr", "attributed": true}""", """{"source": "SOHR ", "attributed": true}""", true)]
    [InlineData("""{"source": "sohr", "attributed": true}""", """{"source": "afp", "attributed": true}""", false)]
    [InlineData("""{"source": "sohr", "attributed": true}""", """{"source": "sohr", "attributed": false}""", false)]
    [InlineData("""{"source": "sohr", "attributed": true}""", """{"source": "sohr"}""", true)] // no "attributed": a source other than "outlet" is attributed
    [InlineData("""{"source": "outlet", "attributed": false}""", """{"source": null}""", true)]
    [InlineData("""{"source": "outlet", "attributed": false}""", """{"source": "afp"}""", false)]
    [InlineData("""{"source": "afp", "attributed": false}""", """{"source": "outlet", "attributed": 0}""", true)]
    public void SourceAgrees_ComparesAttributedThenTheSourceOfAttributedClaims(string gold, string system, bool agrees) =>
        Assert.Equal(agrees, ClaimRules.FieldAgrees("source", Dict(gold), Dict(system)));

    [Theory]
    [InlineData("""{"actor": " ISIS"}""", """{"actor": "isis"}""", true)]
    [InlineData("""{"actor": ""}""", """{}""", true)]
    [InlineData("""{"actor": "isis"}""", """{"actor": "sdf"}""", false)]
    [InlineData("""{"negated": false}""", """{}""", true)]
    [InlineData("""{"hedged": true}""", """{"hedged": 1}""", true)]
    public void FieldAgrees_PlainFields_CompareStrippedLowerCaseOrTruthiness(string gold, string system, bool agrees)
    {
        var field = Dict(gold).Entries.Single().Key;
        Assert.Equal(agrees, ClaimRules.FieldAgrees(field, Dict(gold), Dict(system)));
    }

    [Theory]
    [InlineData("ISIS holds 18 villages.", "  isis   holds 18 villages. ", true)]
    [InlineData("ISIS holds 18 villages near the river.", "ISIS holds 18 villages", true)] // containment
    [InlineData("a b c", "a b d", true)] // Jaccard 2/4
    [InlineData("a b c", "a d e", false)] // Jaccard 1/5
    [InlineData("", "anything", false)]
    [InlineData("\u039F\u0394\u039F\u03A3", "\u03BF\u03B4\u03BF\u03C2", true)] // Python's lower() ends a word with the final sigma ς
    [InlineData("\u039F\u0394\u039F\u03A3", "\u03BF\u03B4\u03BF\u03C3", false)]
    public void SentencesOverlap_ContainmentOrHalfTheWords(string a, string b, bool overlap) =>
        Assert.Equal(overlap, ClaimRules.SentencesOverlap(Str(a), Str(b)));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    public void Repr_FormatsAsPython(double value, string text) => Assert.Equal(text, PyFormat.Repr(value));

    private static PyValue Str(string s) => new PyStr(s);

    private static PyDict Dict(string json) => (PyDict)PyValue.Parse(json);

    private static PyValue Place(string name, double lat, double lon, string? level) => PyValue.Parse(
        new JsonObject { ["name"] = name, ["lat"] = lat, ["lon"] = lon, ["level"] = level }.ToJsonString());
}

/// <summary>Pairing, counting, reading and the command line of `sitrep eval`.</summary>
public class ClaimScorerTests
{
    [Fact]
    public void Align_TwoGoldClaimsInOneSentence_SystemClaimGoesToTheOneItAgreesWithMost()
    {
        const string sentence = "SDF fighters took Raqqa while ISIS fighters fled to Mayadin.";
        var gold = Claims(
            new { kind = "control", sentence, actor = "sdf", status = "gained", place = new { name = "Raqqa" } },
            new { kind = "control", sentence, actor = "isis", status = "lost", place = new { name = "Raqqa" } });
        var system = Claims(new { kind = "control", sentence, actor = "isis", status = "lost", place = new { name = "Raqqa" } });

        var pairs = ClaimScorer.Align("control", gold, system);

        Assert.Same(gold[1], Assert.Single(pairs).Gold);
    }

    [Fact]
    public void Align_EqualAgreement_TakesGoldThenSystemOrder()
    {
        const string sentence = "Clashes were reported.";
        var gold = Claims(new { kind = "event", sentence, actor = "a" }, new { kind = "event", sentence, actor = "b" });
        var system = Claims(new { kind = "event", sentence, actor = "c" }, new { kind = "event", sentence, actor = "d" });

        var pairs = ClaimScorer.Align("event", gold, system);

        Assert.Equal(new[] { (gold[0], system[0]), (gold[1], system[1]) }, pairs);
    }

    [Fact]
    public void Align_SentencesDoNotOverlap_NoPair()
    {
        var gold = Claims(new { kind = "event", sentence = "Clashes were reported in Raqqa." });
        var system = Claims(new { kind = "event", sentence = "An airstrike hit Mosul on Monday." });

        Assert.Empty(ClaimScorer.Align("event", gold, system));
    }

    [Fact]
    public void Score_ClaimsOfAnotherKind_AreNeverPaired()
    {
        var gold = Documents("""{"doc": "a.txt", "claims": [{"kind": "control", "sentence": "ISIS holds Raqqa."}]}""");
        var system = Documents("""{"doc": "a.txt", "claims": [{"kind": "event", "sentence": "ISIS holds Raqqa."}]}""");

        var report = ClaimScorer.Score(gold, system);

        Assert.Equal((1, 1, 0), (report.Overall.Gold, report.Overall.System, report.Overall.Found));
        Assert.Equal(new ClaimMiss("a.txt", "control", "missed", "ISIS holds Raqqa."), Assert.Single(report.Misses));
    }

    [Fact]
    public void Score_WrongStrictField_CountsAsFoundButNotStrict()
    {
        var gold = Documents("""{"doc": "a.txt", "claims": [{"kind": "forecast", "sentence": "ISIS will return.", "actor": "isis", "date": "2018"}]}""");
        var system = Documents("""{"doc": "out/a.txt", "claims": [{"kind": "forecast", "sentence": "ISIS will return.", "actor": "isis", "date": "2019"}]}""");

        var report = ClaimScorer.Score(gold, system);

        Assert.Equal((1, 0), (report.Overall.Found, report.Overall.Strict));
        Assert.Equal("wrong date", Assert.Single(report.Misses).Problem);
    }

    [Fact]
    public void Read_SameBaseNameTwice_LaterRecordWinsInTheFirstPlace()
    {
        var documents = Documents(
            """{"doc": "x/a.txt", "genre": "news"}""",
            """{"doc": "b.txt", "genre": "news"}""",
            """{"doc": "y/a.txt", "genre": "opinion"}""");

        Assert.Equal(["a.txt", "b.txt"], documents.Names);
        var report = ClaimScorer.Score(documents, Documents("""{"doc": "a.txt", "genre": "opinion"}"""));
        Assert.Equal(1, report.DocumentFields.Single(f => f.Field == "genre").Agreed);
    }

    [Theory]
    [InlineData("{\"doc\": \"a.txt\"}\n{\"doc\": \"b.txt\",}\n", "gold.jsonl:2: not JSON: ")]
    [InlineData("\n\n[1, 2]\n", "gold.jsonl:3: a document record needs a 'doc' field")]
    [InlineData("{\"title\": \"no doc\"}\n", "gold.jsonl:1: a document record needs a 'doc' field")]
    public void Read_BadLine_StopsWithTheFileAndLine(string text, string error)
    {
        var result = ClaimDocuments.Read(new StringReader(text), "gold.jsonl");

        Assert.Null(result.Documents);
        Assert.StartsWith(error, result.Error);
    }

    [Fact]
    public void Eval_LineThatIsNotJson_ExitsWithTwoAndOneLineOnStandardError()
    {
        using var folder = new TemporaryFolder();
        var gold = folder.Write("gold.jsonl", "{\"doc\": \"a.txt\"}\nnot json\n");

        var (exit, output, error) = Eval("--gold", gold, "--system", gold);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"{gold}:2: not JSON: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Eval_ClaimsThatAreNotAList_ExitsWithTwoNamingTheDocument()
    {
        using var folder = new TemporaryFolder();
        var gold = folder.Write("gold.jsonl", "{\"doc\": \"a.txt\", \"claims\": {\"kind\": \"event\"}}\n");

        var (exit, _, error) = Eval("--gold", gold, "--system", gold);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("document a.txt: \"claims\" is object", error);
    }

    [Fact]
    public void Eval_SameFileTwice_PrintsAPerfectScore()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("claims.jsonl", """{"doc": "a.txt", "published": "2017-12-11", "genre": "news", "body_first": "ISIS holds Raqqa.", "body_last": "ISIS holds Raqqa.", "wire": ["afp"], "claims": [{"kind": "control", "sentence": "ISIS holds Raqqa.", "actor": "isis", "status": "holds"}]}""");

        var (exit, output, _) = Eval("--gold", file, "--system", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("control         1     1   1.00/1.00/1.00       1.00/1.00/1.00\n", output);
        Assert.EndsWith("\nclaims: detection F1 1.00, strict F1 1.00\n", output);
    }

    internal static (int Exit, string Output, string Error) Eval(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = SitrepCli.Build().Parse(["eval", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static IReadOnlyList<PyDict> Claims(params object[] claims) =>
        [.. claims.Select(c => (PyDict)PyValue.Parse(System.Text.Json.JsonSerializer.Serialize(c)))];

    private static ClaimDocuments Documents(params string[] lines) =>
        ClaimDocuments.Read(new StringReader(string.Join('\n', lines)), "test.jsonl").Documents!;
}

/// <summary>
/// `sitrep eval` against the reference scorer itself: system files made by perturbing the seed gold
/// annotations must give, character for character, the printed report and the --json file that
/// `python3 shared/tools/score_claims.py GOLD SYSTEM --verbose --json OUT` gives. Needs ../shared
/// beside the repository and python3 (CI has both).
/// </summary>
public class ClaimScorerAgreementTests
{
    private static readonly string Script = Path.Combine(Repository.Shared, "tools", "score_claims.py");
    private static readonly string Seeds = Path.Combine(Repository.Shared, "gold", "seeds.jsonl");

    public static TheoryData<string> Perturbations => [.. PerturbationsByName.Keys];

    [Theory]
    [MemberData(nameof(Perturbations))]
    public void Eval_PerturbedSystem_PrintsWhatTheReferencePrints(string perturbation)
    {
        var documents = ReadSeeds();
        PerturbationsByName[perturbation](documents);
        AssertSameAsReference(Seeds, documents);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(7, true)]
    public void Eval_RandomlyPerturbedFile_PrintsWhatTheReferencePrints(int seed, bool perturbGold)
    {
        var documents = ReadSeeds();
        var random = new Random(seed);
        foreach (var document in documents.ToList())
        {
            PerturbDocument(documents, document, random);
        }

        if (perturbGold)
        {
            using var folder = new TemporaryFolder();
            AssertSameAsReference(folder.Write("gold.jsonl", Lines(documents)), ReadSeeds());
        }
        else
        {
            AssertSameAsReference(Seeds, documents);
        }
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> PerturbationsByName = new()
    {
        ["identity"] = _ => { },
        ["drop every third claim"] = docs => EachDocument(docs, d => Keep(d, (_, i) => i % 3 != 0)),
        ["change actors and others"] = docs => EachClaim(docs, (c, i) =>
        {
            if (i % 4 == 0)
            {
                c["actor"] = "someone_else";
            }

            if (i % 5 == 1)
            {
                c["other"] = i % 2 == 0 ? null : "isis";
            }
        }),
        ["move places"] = docs => EachClaim(docs, (c, i) =>
        {
            if (c["place"] is JsonObject place && place["lat"] is JsonNode lat)
            {
                place["lat"] = lat.GetValue<double>() + (i % 6 * 0.5);
                if (i % 7 == 0)
                {
                    place["level"] = "settlement";
                }

                if (i % 9 == 0)
                {
                    place["lon"] = null;
                    place["name"] = "Somewhere Else";
                }
            }
        }),
        ["change quantities"] = docs => EachClaim(docs, (c, i) =>
        {
            if (c["quantity"] is JsonObject q)
            {
                _ = (i % 4) switch
                {
                    0 => q["low"] = q["low"] is JsonNode low ? low.GetValue<double>() + 1 : 5,
                    1 => q["approx"] = !(q["approx"]?.GetValue<bool>() ?? false),
                    2 => q["unit"] = "other",
                    _ => q["high"] = null,
                };
            }
            else if (i % 3 == 0)
            {
                c["quantity"] = new JsonObject { ["low"] = 3, ["high"] = 3, ["unit"] = "killed", ["approx"] = false };
            }
        }),
        ["shift dates"] = docs => EachClaim(docs, (c, i) => c["date"] = ShiftDate(c["date"]?.GetValue<string>(), i)),
        ["cover part of each date"] = docs => EachClaim(docs, (c, i) => c["date"] = ShiftDate(c["date"]?.GetValue<string>(), 7 + (i % 3))),
        ["change kinds"] = docs => EachClaim(docs, (c, i) =>
        {
            if (i % 5 == 0)
            {
                c["kind"] = new[] { "control", "strength", "casualties", "event", "forecast" }[i / 5 % 5];
            }
        }),
        ["change attribution, status, event type, negation, hedging"] = docs => EachClaim(docs, (c, i) =>
        {
            switch (i % 6)
            {
                case 0: c["attributed"] = !(c["attributed"]?.GetValue<bool>() ?? false); break;
                case 1: c.Remove("attributed"); break;
                case 2: c["source"] = "SOHR "; break;
                case 3: c["status"] = "holds"; break;
                case 4: c["event_type"] = "clash"; break;
                default: c[i % 4 == 1 ? "negated" : "hedged"] = true; break;
            }
        }),
        ["reword and reorder sentences"] = docs => EachDocument(docs, d =>
        {
            var claims = d["claims"]!.AsArray();
            var reordered = claims.Select(c => c!.DeepClone()).Reverse().ToList();
            claims.Clear();
            for (var i = 0; i < reordered.Count; i++)
            {
                var sentence = reordered[i]!["sentence"]!.GetValue<string>();
                var words = sentence.Split(' ');
                reordered[i]!["sentence"] = (i % 4) switch
                {
                    0 => string.Join(' ', words.Take(words.Length / 2)), // contained in the gold sentence
                    1 => string.Join(' ', words.Select((w, k) => k % 3 == 0 ? "xyz" : w)), // about half the words
                    2 => "A sentence the article never had.",
                    _ => "  " + sentence.ToUpperInvariant().Replace(" ", "\n ", StringComparison.Ordinal),
                };
                claims.Add(reordered[i]);
            }
        }),
        ["delete and add documents"] = docs =>
        {
            docs.RemoveAt(2);
            docs.Add(new JsonObject { ["doc"] = "999_not_in_gold.txt", ["claims"] = new JsonArray() });
            docs[0]["doc"] = "output/run/" + docs[0]["doc"]!.GetValue<string>();
        },
        ["eight casualty claims, one right"] = docs =>
        {
            // precision 1/8 = 0.125, which Python prints as 0.12 (half to even on the exact value)
            EachDocument(docs, d => Keep(d, (c, _) => (string?)c["kind"] != "casualties"));
            var right = ReadSeeds().SelectMany(d => d["claims"]!.AsArray()).First(c => (string?)c!["kind"] == "casualties")!.DeepClone();
            var claims = docs[0]["claims"]!.AsArray();
            claims.Add(right);
            for (var k = 1; k < 8; k++)
            {
                var wrong = right.DeepClone().AsObject();
                wrong["sentence"] = $"A casualty report the article never had, number {k}.";
                claims.Add(wrong);
            }
        },
        ["change document fields"] = docs =>
        {
            docs[0]["body_first"] = "Intro: " + docs[0]["body_first"]!.GetValue<string>();
            docs[1]["body_first"] = docs[1]["body_first"]!.GetValue<string>().ToUpperInvariant() + " extra words";
            docs[2]["body_last"] = "and then " + docs[2]["body_last"]!.GetValue<string>();
            docs[3]["body_last"] = null;
            docs[1]["published"] = "2018-03-22";
            docs[4]["genre"] = "news";
            docs[0]["wire"] = new JsonArray("afp", "reuters");
            docs[3]["wire"] = new JsonArray();
            var words = docs[4]["body_first"]!.GetValue<string>().Split(' ');
            docs[4]["body_first"] = string.Join(' ', words.Take(4).Append("different")); // only the fifth word differs
            docs[2]["claims"] = null;
        },
    };

    private static void AssertSameAsReference(string goldPath, List<JsonObject> system)
    {
        Assert.True(File.Exists(Script), $"The agreement test needs the reference scorer at {Script} (../shared beside the repository).");
        using var folder = new TemporaryFolder();
        var systemPath = folder.Write("system.jsonl", Lines(system));
        var pythonJson = Path.Combine(folder.Path, "python.json");
        var ourJson = Path.Combine(folder.Path, "ours.json");

        var expected = RunReference(goldPath, systemPath, pythonJson);
        var (exit, output, error) = ClaimScorerTests.Eval("--gold", goldPath, "--system", systemPath, "--verbose", "--json", ourJson);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, output);
        Assert.Equal(File.ReadAllText(pythonJson), File.ReadAllText(ourJson));
    }

    private static string RunReference(string gold, string system, string json)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { Script, gold, system, "--verbose", "--json", json },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            Environment = { ["PYTHONIOENCODING"] = "utf-8" },
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The agreement test needs python3 on the PATH to run the reference scorer.", e);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"score_claims.py failed: {errors.Result}");
            return output;
        }
    }

    private static void PerturbDocument(List<JsonObject> docs, JsonObject d, Random random)
    {
        bool Chance(double p) => random.NextDouble() < p;
        if (Chance(0.1))
        {
            docs.Remove(d);
            return;
        }

        if (Chance(0.3))
        {
            var words = d["body_first"]!.GetValue<string>().Split(' ');
            d["body_first"] = string.Join(' ', words.Skip(random.Next(3)).Take(random.Next(1, 9)));
        }

        if (Chance(0.3))
        {
            d["body_last"] = Chance(0.5) ? null : "the end. " + d["body_last"]!.GetValue<string>().ToUpperInvariant();
        }

        if (Chance(0.2))
        {
            d["published"] = Chance(0.5) ? null : "2017-12-11";
        }

        if (Chance(0.2))
        {
            d["wire"] = Chance(0.5) ? new JsonArray("reuters", "afp") : null;
        }

        if (Chance(0.1))
        {
            d["genre"] = "opinion";
        }

        Keep(d, (_, _) => !Chance(0.15));
        foreach (var (c, i) in d["claims"]!.AsArray().Select((c, i) => (c!.AsObject(), i)))
        {
            PerturbClaim(c, i, random);
        }

        if (Chance(0.3))
        {
            var claims = d["claims"]!.AsArray();
            var shuffled = claims.Select(c => c!.DeepClone()).OrderBy(_ => random.Next()).ToList();
            claims.Clear();
            shuffled.ForEach(claims.Add);
            if (shuffled.Count > 0)
            {
                claims.Add(shuffled[random.Next(shuffled.Count)].DeepClone()); // a duplicate
            }
        }
    }

    private static void PerturbClaim(JsonObject c, int i, Random random)
    {
        bool Chance(double p) => random.NextDouble() < p;
        string Pick(params string[] options) => options[random.Next(options.Length)];
        if (Chance(0.1))
        {
            c["kind"] = Pick("control", "strength", "casualties", "event", "forecast");
        }

        if (Chance(0.15))
        {
            c["actor"] = Pick("isis", "sdf", "syrian_government", "Russia ");
        }

        if (Chance(0.1))
        {
            c["other"] = Chance(0.5) ? null : Pick("isis", "sdf");
        }

        if (Chance(0.2) && c["place"] is JsonObject place)
        {
            _ = random.Next(5) switch
            {
                0 => c["place"] = null,
                1 => place["lat"] = (place["lat"]?.GetValue<double>() ?? 35) + ((random.NextDouble() - 0.5) * 12),
                2 => place["level"] = Pick("settlement", "admin1", "country", "region", "feature"),
                3 => place["lat"] = null,
                _ => place["name"] = Pick("Raqqa", "Deir ez-Zor", "Syria", "Iraq"),
            };
        }

        if (Chance(0.2))
        {
            c["quantity"] = random.Next(4) switch
            {
                0 => null,
                1 => new JsonObject { ["low"] = random.Next(0, 50) * 100, ["high"] = random.Next(0, 100) * 100, ["unit"] = Pick("fighters", "killed", "villages"), ["approx"] = Chance(0.5) },
                2 => new JsonObject { ["low"] = null, ["high"] = random.Next(1, 20), ["unit"] = "percent_territory", ["approx"] = true },
                _ => c["quantity"] is JsonObject q ? new JsonObject { ["low"] = q["low"]?.DeepClone(), ["high"] = null, ["unit"] = q["unit"]?.DeepClone(), ["approx"] = !(q["approx"]?.GetValue<bool>() ?? false) } : null,
            };
        }

        if (Chance(0.25))
        {
            c["date"] = ShiftDate(c["date"]?.GetValue<string>(), random.Next(10));
        }

        if (Chance(0.15))
        {
            switch (random.Next(3))
            {
                case 0: c["attributed"] = !(c["attributed"]?.GetValue<bool>() ?? false); break;
                case 1: c.Remove("attributed"); break;
                default: c["source"] = Pick("sohr", "outlet", "afp", "Al_Masdar"); break;
            }
        }

        if (Chance(0.1))
        {
            c[Pick("negated", "hedged")] = Chance(0.5);
        }

        if (Chance(0.1))
        {
            c[Pick("status", "event_type")] = Pick("holds", "lost", "clash", "airstrike");
        }

        if (Chance(0.15))
        {
            var words = c["sentence"]!.GetValue<string>().Split(' ');
            c["sentence"] = string.Join(' ', words.Skip(random.Next(words.Length / 2 + 1)).Take(random.Next(1, words.Length + 1)));
        }
    }

    // Changes a date value in the way `how` picks: a day later, its month, its year, a week around it,
    // none, unchanged, a two-year interval, or a part from its start covering 26%, 30% or 34% of it.
    private static string? ShiftDate(string? date, int how)
    {
        if (date is null)
        {
            return how % 3 == 0 ? "2017-12" : null;
        }

        var (first, last) = Interval(date);
        var days = last.DayNumber - first.DayNumber + 1;
        string Part(double share) => $"{first:yyyy-MM-dd}/{first.AddDays(Math.Max(1, (int)Math.Round(days * share)) - 1):yyyy-MM-dd}";
        return (how % 10) switch
        {
            0 => first.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            2 => first.ToString("yyyy", CultureInfo.InvariantCulture),
            3 => $"{first.AddDays(-3):yyyy-MM-dd}/{first.AddDays(3):yyyy-MM-dd}",
            4 => null,
            5 => date,
            6 => $"{first.Year - 1}/{first.Year}",
            7 => Part(0.26),
            8 => Part(0.30),
            _ => Part(0.34),
        };
    }

    // The first and last day of YYYY, YYYY-MM, YYYY-MM-DD or A/B.
    private static (DateOnly First, DateOnly Last) Interval(string date)
    {
        var parts = date.Split('/');
        var (first, _) = Days(parts[0]);
        var (_, last) = Days(parts[^1]);
        return (first, last);

        static (DateOnly, DateOnly) Days(string text)
        {
            var pieces = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return pieces switch
            {
                [var y] => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
                [var y, var m] => (new DateOnly(y, m, 1), new DateOnly(y, m, 1).AddMonths(1).AddDays(-1)),
                [var y, var m, var d] => (new DateOnly(y, m, d), new DateOnly(y, m, d)),
                _ => throw new FormatException(text),
            };
        }
    }

    private static List<JsonObject> ReadSeeds()
    {
        Assert.True(File.Exists(Seeds), $"The agreement test needs the seed gold annotations at {Seeds} (../shared beside the repository).");
        return [.. File.ReadLines(Seeds).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())];
    }

    private static string Lines(IEnumerable<JsonObject> documents) => string.Concat(documents.Select(d => d.ToJsonString() + "\n"));

    private static void EachDocument(List<JsonObject> docs, Action<JsonObject> change) => docs.ForEach(change);

    private static void EachClaim(List<JsonObject> docs, Action<JsonObject, int> change)
    {
        var i = 0;
        foreach (var claim in docs.SelectMany(d => d["claims"]!.AsArray()))
        {
            change(claim!.AsObject(), i++);
        }
    }

    private static void Keep(JsonObject document, Func<JsonNode, int, bool> keep)
    {
        var claims = document["claims"]!.AsArray();
        var kept = claims.Select((c, i) => (c, i)).Where(p => keep(p.c!, p.i)).Select(p => p.c!.DeepClone()).ToList();
        claims.Clear();
        kept.ForEach(claims.Add);
    }
}

/// <summary>A folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
