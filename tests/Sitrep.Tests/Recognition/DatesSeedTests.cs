using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Reading;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition;

/// <summary>
/// Every gold claim date in ../shared/gold/seeds.jsonl that a temporal expression of the claim's
/// own sentence states comes out of the annotate pipeline (with the manifest's publication dates)
/// in that sentence with the gold value; the few that cannot are listed with the reason.
/// </summary>
/// <remarks>
/// A gold date equal to the publication date is not checked: the gold conventions date present
/// states and ongoing operations by publication when the sentence states no time (gold/NOTES.md,
/// "Dates"). A gold date matches a mention whose value is it ("2014", "2018-02"), whose calendar
/// days are it ("2018-03-19/2018-03-25" for 2018-W12; "2017-12-12/2017-12-31" for "before the end
/// of the year"), or, for a span of years "A/B", two mentions valued A and B ("in 2014 and 2015").
/// </remarks>
public sealed class DatesSeedTests
{
    /// <summary>Gold dates the tagger does not produce, by document, sentence opening and gold date, with why.</summary>
    internal static readonly (string Doc, string SentenceStart, string Date, string Reason)[] Exceptions =
    [
        ("001", "The organisation’s fighters even took control", "2018-03-12/2018-03-18",
            "the second claim of the sentence (the regime's loss of Qadam) is dated to the week before by world knowledge; the sentence says only \"this week\""),
        ("001", "Earlier this week, they seized control", "2018-03-12/2018-03-18",
            "gold gives \"Earlier this week\" the previous week, against its own note that \"earlier this week\" takes this week's interval; the tagger gives 2018-W12 (2018-03-19/2018-03-25)"),
        ("001", "President Bashar al-Assad has made clear", "2013-02-01/2018-02-28",
            "the five-year siege ending with last month's assault: the span comes from reasoning across two expressions (\"five-year\" = P5Y, \"last month\" = 2018-02)"),
        ("001", "The self-proclaimed jihadist state collapsed late year", "2014/2017",
            "\"three years of international military operations\" ending with the collapse: a duration (P3Y) placed by reasoning, with \"late year\" a typo for \"last year\""),
        ("001", "“This is a serious and growing concern,”", "2018-03",
            "gold dates a statement made \"this week\" (2018-W12) at month precision"),
        ("001", "According to the Syrian Observatory for Human Rights monitoring group, at least 62", "2018-03-19/2018-03-25",
            "\"the surprise nighttime attack\" refers back to the previous sentence's \"this week\"; the sentence states no time"),
        ("003", "On the Syrian side, the government victory at Deir Ezzor", "2017-09-03/2017-11-03",
            "the two months a battle that \"ends\" now lasted: the duration (P2M) is placed before publication by reasoning"),
        ("004", "It was because the Syrian army had withdrawn", "2014/2015",
            "the withdrawal is dated by the previous sentence's \"in 2014 and 2015\"; the sentence states no date"),
        ("004", "ISIS was able to use this withdrawal", "2014/2015",
            "\"this withdrawal\" refers back to 2014 and 2015; the sentence states only 2014 (which is found)"),
        ("002", "Baghdad declared Saturday the “end of the war”", "2017",
            "\"after a year of fierce fighting\" is a duration (P1Y); gold places the year of fighting in 2017 by reasoning"),
        ("004", "After pressure on the Syrian military in western Syria eased", "2017",
            "the offensive after December 2016 is dated 2017 by reasoning; the sentence states no 2017"),
        ("004", "At that point ISIS quickly collapsed", "2017",
            "\"at that point\" refers back to the previous sentence's 2017; the sentence itself names only 2014 and 2015"),
        ("004", "Simultaneously ISIS of course also came under intense pressure", "2017",
            "\"simultaneously\" refers back to 2017; the sentence states no date"),
    ];

    private static readonly Sitrep.Pipeline.Pipeline SeedPipeline =
        new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseDates().Build();

    [Fact]
    public void Seeds_EveryStatedClaimDateIsFoundInItsSentence()
    {
        var published = File.ReadLines(Path.Combine(Repository.Root, "samples", "manifest.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("doc").GetString()!, r => r.TryGetProperty("published", out var p) ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null);
        var failures = new List<string>();
        var usedExceptions = new HashSet<int>();
        var checkedCount = 0;
        foreach (var line in File.ReadLines(Path.Combine(Repository.Shared, "gold", "seeds.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Repository.Root, "samples", doc))).Text!;
            var anchor = published[doc];
            var article = new SourceArticle(doc, text, SourceFormat.PlainText)
            {
                Metadata = ArticleMetadata.Empty with { Published = anchor, PublishedBasis = anchor is null ? DateBasis.None : DateBasis.Given },
            };
            var document = SeedPipeline.Process(article);
            var mentions = document.Get(DateLayers.Dates).Select(m => (Mention: m, Source: document.SourceRange(m.Range))).ToList();
            var anchorText = anchor?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            foreach (var claim in record.RootElement.GetProperty("claims").EnumerateArray())
            {
                if (claim.GetProperty("date").ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var date = claim.GetProperty("date").GetString()!;
                if (date == anchorText)
                {
                    continue;
                }

                var sentence = claim.GetProperty("sentence").GetString()!;
                var exception = Array.FindIndex(Exceptions, e => doc.StartsWith(e.Doc, StringComparison.Ordinal)
                    && sentence.StartsWith(e.SentenceStart, StringComparison.Ordinal) && e.Date == date);
                if (exception >= 0)
                {
                    usedExceptions.Add(exception);
                    continue;
                }

                checkedCount++;
                var start = text.IndexOf(sentence, StringComparison.Ordinal);
                Assert.True(start >= 0, $"{doc}: gold sentence not found in the sample: {sentence}");
                var inSentence = mentions.Where(m => m.Source.Start >= start && m.Source.End <= start + sentence.Length).Select(m => m.Mention).ToList();
                if (!Matches(date, inSentence))
                {
                    var found = string.Join("; ", inSentence.Select(m => $"{m.Value} {m.Interval} [{m.Rule}]"));
                    failures.Add($"{doc}: gold {date} in \"{sentence[..Math.Min(80, sentence.Length)]}…\"; found: {found}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCount >= 15, $"only {checkedCount} gold dates checked");
        var stale = Enumerable.Range(0, Exceptions.Length).Where(i => !usedExceptions.Contains(i)).Select(i => Exceptions[i].SentenceStart).ToList();
        Assert.True(stale.Count == 0, "exceptions that match no gold date: " + string.Join(", ", stale));
    }

    private static bool Matches(string date, List<TemporalMention> mentions)
    {
        if (mentions.Any(m => m.Value == date || m.Interval?.ToString() == date || WholeWeek(m) == date))
        {
            return true;
        }

        var slash = date.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && mentions.Any(m => m.Value == date[..slash]) && mentions.Any(m => m.Value == date[(slash + 1)..]);
    }

    /// <summary>The Monday–Sunday days of a week value ("2018-W12"), whatever part of it the words name.</summary>
    private static string? WholeWeek(TemporalMention m) =>
        m.Precision == DatePrecision.Week && m.Interval is { } i ? TemporalNormalizer.WeekOf(i.First).ToString() : null;
}
