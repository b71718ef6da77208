using FsCheck;
using FsCheck.Fluent;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Invariants of extracted claims over articles assembled from real reporting: every claim's
/// sentence lies in the body, its evidence, place and every span it names lie in its sentence,
/// and extraction is deterministic.
/// </summary>
public sealed class ClaimPropertyTests
{
    private static readonly Sitrep.Pipeline.Pipeline Extraction = SitrepPipeline.CreateExtraction();

    /// <summary>Paragraphs of the bundled sample articles (real reporting, shipped in samples/).</summary>
    private static readonly string[] Paragraphs = Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.txt")
        .OrderBy(f => f, StringComparer.Ordinal)
        .SelectMany(f => File.ReadAllText(f).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(p => p.Length > 0)
        .ToArray();

    private static Arbitrary<(string Text, DateOnly? Published)> Articles() =>
        Gen.ListOf(Gen.Elements(Paragraphs)).Select(ps => string.Join("\n\n", ps.Take(12)))
            .Zip(Gen.Elements<DateOnly?>(null, new DateOnly(2017, 12, 11), new DateOnly(2018, 3, 21), new DateOnly(2000, 2, 29)))
            .Where(t => !string.IsNullOrWhiteSpace(t.Item1))
            .Select(t => (t.Item1, t.Item2))
            .ToArbitrary();

    private static Document Process((string Text, DateOnly? Published) article) =>
        Extraction.Process(new SourceArticle("p", article.Text, SourceFormat.PlainText)
        {
            Metadata = article.Published is { } p ? new ArticleMetadata { Published = p, PublishedBasis = DateBasis.Given } : new ArticleMetadata(),
        });

    [Fact]
    public void Property_EveryClaimLiesInTheBody_AndItsSpansInItsSentence()
    {
        Prop.ForAll(Articles(), article =>
        {
            var d = Process(article);
            var sentences = d.Get(Layers.Sentences);
            var blocks = d.Get(Layers.Cleaned).Blocks;
            return d.Get(ClaimLayers.Claims).All(c =>
                sentences[c.Sentence].Range == c.SentenceRange
                && blocks[sentences[c.Sentence].Block].IsBody
                && c.SentenceRange.Contains(c.Evidence)
                && (c.Place is null || c.SentenceRange.Contains(c.Place.Mention) || c.Rule.Contains("referred-to", StringComparison.Ordinal) || c.Rule.Contains("+place-", StringComparison.Ordinal)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_ClaimDatesAreWellFormed_AndQuantitiesOrdered()
    {
        Prop.ForAll(Articles(), article =>
        {
            var claims = Process(article).Get(ClaimLayers.Claims);
            var bad = claims.FirstOrDefault(c => !(
                (c.Date is null || System.Text.RegularExpressions.Regex.IsMatch(c.Date, @"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"))
                && (c.Date is null || article.Published is not null || c.DateRule is "date/clause-expression" or "date/sentence-expression" or "date/paragraph-expression" or "date/forecast-period" or "date/attack-referred-to" or "date/narrative-then" or "date/length-ending" or "date/reported-continuation")
                && (c.Quantity is not { Low: { } low, High: { } high } || low <= high)
                && c.Rule.Length > 0 && c.DateRule is not null));
            return bad is null ? true : throw new InvalidOperationException($"{bad.Kind} {bad.Date} {bad.DateRule} {bad.Rule} {bad.Quantity}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_ExtractionIsDeterministic()
    {
        Prop.ForAll(Articles(), article =>
        {
            var first = Process(article).Get(ClaimLayers.Claims);
            var second = Process(article).Get(ClaimLayers.Claims);
            return first.SequenceEqual(second);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ASpeechVerbOpeningTheArticle_DoesNotLookBeforeTheText()
    {
        var d = Process(("Said the Observatory: ISIS still holds 12 villages.", new DateOnly(2017, 12, 11)));
        Assert.Contains(d.Get(ClaimLayers.Claims), c => c.Kind == ClaimKind.Control && c.Actor == "isis");
    }
}
