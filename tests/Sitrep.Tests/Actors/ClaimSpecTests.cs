using System.Globalization;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Actors;

/// <summary>Runs every example of Specs/Claims.md through the whole extraction pipeline.</summary>
public sealed class ClaimSpecTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline = SitrepPipeline.CreateExtraction();

    public static TheoryData<string> Examples => SpecFile.Titles("Claims.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_ClaimsOfEachPassage(string title)
    {
        var example = SpecFile.Get("Claims.md", title);
        var text = SpecFile.AsArticle(example.Blocks["text"]);
        var document = Pipeline.Process(new SourceArticle("spec", text, SourceFormat.PlainText) { Metadata = new ArticleMetadata { Published = new DateOnly(2017, 10, 14), PublishedBasis = DateBasis.Given } });

        var expected = SpecFile.PipeRows(example.Blocks["claims"]);
        var claims = document.Get(ClaimLayers.Claims);
        var actual = claims.Select(Describe).ToList();
        Assert.Equal(expected, actual);

        // An optional `when` block gives each claim's date and the rule that chose it (spec/claims.md "Dates").
        if (example.Blocks.TryGetValue("when", out var when))
        {
            Assert.Equal(SpecFile.PipeRows(when), claims.Select(c => $"{c.Kind.ToString().ToLowerInvariant()} | {c.Date ?? "-"} | {c.DateRule}").ToList());
        }

        // An optional `where` block gives each claim's place as named.
        if (example.Blocks.TryGetValue("where", out var where))
        {
            Assert.Equal(SpecFile.PipeRows(where), claims.Select(c => $"{c.Kind.ToString().ToLowerInvariant()} | {c.Place?.Name ?? "-"}").ToList());
        }
    }

    private static string Describe(Claim c)
    {
        var detail = c.Status?.ToString().ToLowerInvariant() ?? c.EventType?.ToString().ToLowerInvariant() ?? "-";
        var amount = c.Quantity is { } q ? $"{Number(q.Low)}-{Number(q.High)} {q.Unit}" : "-";
        var flags = string.Join(",", new[] { c.Hedged ? "hedged" : null, c.Negated ? "negated" : null }.Where(f => f is not null));
        return $"{c.Kind.ToString().ToLowerInvariant()} | {detail} | {c.Actor ?? "-"} | {c.Other ?? "-"} | {amount} | {c.Source} | {(flags.Length == 0 ? "-" : flags)}";
    }

    private static string Number(double? v) => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
