using System.Globalization;
using System.Text.Json;
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
        var records = Seeds.Annotate("dates,quantities");
        var written = records.ToDictionary(r => r.Key, r => r.Value.GetProperty("mentions").EnumerateArray().Select(Read).ToList(), StringComparer.Ordinal);
        var published = records.ToDictionary(r => r.Key, r => r.Value.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null, StringComparer.Ordinal);

        var failures = new List<string>();
        var usedDates = new HashSet<int>();
        var usedQuantities = new HashSet<int>();
        int dates = 0, quantities = 0;
        foreach (var (doc, text, claim, sentence, start) in Seeds.GoldClaims())
        {
            Assert.True(written.ContainsKey(doc), $"annotate wrote nothing for {doc}");
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
