using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition;

/// <summary>
/// The seeds end to end through the command a user runs: `sitrep annotate
/// ../shared/gold/seeds.manifest.jsonl --layers dates,quantities` (the manifest gives each seed its
/// publication date), read back from the JSON Lines it writes. Every claim date and every claim
/// quantity of ../shared/gold/seeds.jsonl that the claim's sentence states must be among the
/// mentions written inside that sentence, with the gold value; the exceptions, each with its reason,
/// are the ones <see cref="DatesSeedTests"/> and <see cref="QuantitiesSeedTests"/> list, and an
/// exception that no longer matches a gold value fails the test so the lists stay honest.
/// </summary>
/// <remarks>Needs ../shared beside the repository, as CI has it (see <see cref="Repository.Shared"/>).</remarks>
public sealed class AnnotateSeedsTests
{
    private sealed record Written(int Start, int End, string Layer, string? Value, string? Interval, string? Precision, double? Low, double? High, bool Approx, string? Unit);

    [Fact]
    public void Annotate_WritesEveryStatedClaimDateAndQuantityOfTheSeeds()
    {
        var manifest = Path.Combine(Repository.Shared, "gold", "seeds.manifest.jsonl");
        Assert.True(File.Exists(manifest), $"The seeds test needs {manifest} (../shared beside the repository).");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AnnotateCommand.Run([manifest], null, null, "10MB", "dates,quantities", stdout, stderr, new StringReader(string.Empty));
        Assert.True(exit == 0, $"annotate exited {exit}: {stderr}");

        var written = new Dictionary<string, List<Written>>(StringComparer.Ordinal);
        var published = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            published[doc] = record.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            written[doc] = [.. record.RootElement.GetProperty("mentions").EnumerateArray().Select(Read)];
        }

        var failures = new List<string>();
        var usedDates = new HashSet<int>();
        var usedQuantities = new HashSet<int>();
        int dates = 0, quantities = 0;
        foreach (var line in File.ReadLines(Path.Combine(Repository.Shared, "gold", "seeds.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            Assert.True(written.ContainsKey(doc), $"annotate wrote nothing for {doc}");
            var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", doc));
            foreach (var claim in record.RootElement.GetProperty("claims").EnumerateArray())
            {
                var sentence = claim.GetProperty("sentence").GetString()!;
                var start = text.IndexOf(sentence, StringComparison.Ordinal);
                Assert.True(start >= 0, $"{doc}: gold sentence not found in the seed: {sentence}");
                var inSentence = written[doc].Where(m => m.Start >= start && m.End <= start + sentence.Length).ToList();
                var opening = sentence[..Math.Min(80, sentence.Length)];

                if (claim.GetProperty("date").ValueKind == JsonValueKind.String && claim.GetProperty("date").GetString() is { } date && date != published[doc])
                {
                    var exception = Array.FindIndex(DatesSeedTests.Exceptions, e => doc.StartsWith(e.Doc, StringComparison.Ordinal)
                        && sentence.StartsWith(e.SentenceStart, StringComparison.Ordinal) && e.Date == date);
                    if (exception >= 0)
                    {
                        usedDates.Add(exception);
                    }
                    else
                    {
                        dates++;
                        var found = inSentence.Where(m => m.Layer == "date").ToList();
                        if (!DateMatches(date, found))
                        {
                            failures.Add($"{doc}: gold date {date} in \"{opening}…\"; written: {string.Join("; ", found.Select(m => $"{m.Value} {m.Interval}"))}");
                        }
                    }
                }

                if (claim.GetProperty("quantity").ValueKind == JsonValueKind.Object)
                {
                    var q = claim.GetProperty("quantity");
                    var (low, high) = (Number(q.GetProperty("low")), Number(q.GetProperty("high")));
                    var approx = q.GetProperty("approx").GetBoolean();
                    var unit = q.GetProperty("unit").GetString()!;
                    var exception = Array.FindIndex(QuantitiesSeedTests.Exceptions, e => doc.StartsWith(e.Doc, StringComparison.Ordinal)
                        && sentence.StartsWith(e.SentenceStart, StringComparison.Ordinal) && e.Low == low && e.Unit == unit);
                    if (exception >= 0)
                    {
                        usedQuantities.Add(exception);
                    }
                    else
                    {
                        quantities++;
                        var found = inSentence.Where(m => m.Layer == "quantity").ToList();
                        if (!found.Any(m => m.Low == low && m.High == high && m.Approx == approx && m.Unit == unit))
                        {
                            failures.Add($"{doc}: gold quantity {low}..{high} approx={approx} {unit} in \"{opening}…\"; written: "
                                + string.Join("; ", found.Select(m => $"'{text[m.Start..m.End]}' {m.Low}..{m.High} approx={m.Approx} {m.Unit}")));
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(dates >= 15 && quantities >= 30, $"only {dates} gold dates and {quantities} gold quantities checked");
        var stale = Enumerable.Range(0, DatesSeedTests.Exceptions.Length).Where(i => !usedDates.Contains(i)).Select(i => DatesSeedTests.Exceptions[i].SentenceStart)
            .Concat(Enumerable.Range(0, QuantitiesSeedTests.Exceptions.Length).Where(i => !usedQuantities.Contains(i)).Select(i => QuantitiesSeedTests.Exceptions[i].SentenceStart))
            .ToList();
        Assert.True(stale.Count == 0, "exceptions that match no gold value: " + string.Join(", ", stale));
    }

    /// <summary>The gold date is a written value, the calendar days of one, the whole week of a week value, or "A/B" as two written years.</summary>
    private static bool DateMatches(string date, List<Written> found)
    {
        if (found.Any(m => m.Value == date || m.Interval == date || WholeWeek(m) == date))
        {
            return true;
        }

        var slash = date.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && found.Any(m => m.Value == date[..slash]) && found.Any(m => m.Value == date[(slash + 1)..]);
    }

    private static string? WholeWeek(Written m)
    {
        if (m.Precision != "week" || m.Interval is null)
        {
            return null;
        }

        var first = DateOnly.ParseExact(m.Interval[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TemporalNormalizer.WeekOf(first).ToString();
    }

    private static Written Read(JsonElement m) => new(
        m.GetProperty("start").GetInt32(),
        m.GetProperty("end").GetInt32(),
        m.GetProperty("layer").GetString()!,
        Text(m, "value"),
        Text(m, "interval"),
        Text(m, "precision"),
        m.TryGetProperty("low", out var low) ? Number(low) : null,
        m.TryGetProperty("high", out var high) ? Number(high) : null,
        m.TryGetProperty("approx", out var approx) && approx.ValueKind == JsonValueKind.True,
        Text(m, "unit"));

    private static string? Text(JsonElement m, string name) => m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
