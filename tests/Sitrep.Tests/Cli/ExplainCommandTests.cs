using Sitrep.Cli.Commands;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_Pipeline_ListsEveryStageWithWhatItNeedsAndAdds()
    {
        var output = new StringWriter();
        Assert.Equal(0, ExplainCommand.Run([], describePipeline: true, null, "10MB", output, new StringWriter(), new StringReader(string.Empty)));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["cleaning", "metadata", "segmentation", "actors", "people", "quantities", "attribution", "dates", "places", "claims"], lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("claims: requires [cleaned, info, sentences, tokens, actors, quantities, attribution, places, dates, people] produces [claims]", lines);
    }

    [Fact]
    public void Explain_Article_ShowsEachSentencesMentionsClaimsAndRules()
    {
        var output = new StringWriter();
        var exit = ExplainCommand.Run([Path.Combine(Repository.Root, "samples", "003_48e0be190076b78b.txt")], false, "2017-11-03", "10MB", output, new StringWriter(), new StringReader(string.Empty));
        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("He estimated there were 1,500-2,500 fighters left in Al Qaim", text);
        Assert.Contains("asserted by: us_led_coalition (Ryan Dillon)  [rule speech-verb/pronoun]", text);
        Assert.Contains("→ CLAIM strength: actor isis 1500–2500 fighters", text);
        Assert.Contains("[rule strength/", text);
    }

    [Fact]
    public void Explain_WithoutFiles_IsAUsageError()
    {
        var errors = new StringWriter();
        Assert.Equal(ExitCodes.Usage, ExplainCommand.Run([], false, null, "10MB", new StringWriter(), errors, new StringReader(string.Empty)));
        Assert.Contains("explain needs a file", errors.ToString());
    }
}
