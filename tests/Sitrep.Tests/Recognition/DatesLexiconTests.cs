using System.Text.RegularExpressions;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition;

/// <summary>The start-word filter of the temporal grammar never hides a word the grammar reads.</summary>
public sealed partial class DatesLexiconTests
{
    [Fact]
    public void StartWords_HoldEverySingleWordLiteralOfTheGrammar()
    {
        // The driver skips a word outside DateLexicon.StartWords without trying the grammar, so every
        // word the grammar compares a piece with by name must be in it; a new Is(i, "word") adds it.
        var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "Sitrep.Core", "Recognition", "Dates", "TemporalRecognizer.cs"));
        var missing = Literal().Matches(source).Select(m => m.Groups[1].Value)
            .Where(w => !DateLexicon.GrammarWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        Assert.True(missing.Count == 0, "add to DateLexicon.GrammarWords: " + string.Join(", ", missing));
    }

    [Fact]
    public void ContextWords_AreNeverComparedWithTheFirstPieceOfACore()
    {
        // Words left out of StartWords as context only: a core that compares its first piece with one
        // of them would silently never fire. Only the helpers that read around an expression may.
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "CueAt", "IsCountedNoun", "Half", "GoverningVerbIsPast" };
        var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "Sitrep.Core", "Recognition", "Dates", "TemporalRecognizer.cs"));
        var offenders = new List<string>();
        foreach (var word in DateLexicon.ContextWords())
        {
            foreach (Match m in Regex.Matches(source, "Is(Any)?\\(i, [^;]*?\"" + Regex.Escape(word) + "\""))
            {
                if (m.Value.Contains(')', StringComparison.Ordinal) && m.Value.IndexOf(')', StringComparison.Ordinal) < m.Value.LastIndexOf('"'))
                {
                    continue; // the word belongs to a later call on the same line
                }

                var method = Method().Matches(source[..m.Index]).LastOrDefault()?.Groups[1].Value ?? "?";
                if (!allowed.Contains(method))
                {
                    offenders.Add($"{word} in {method}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "remove from DateLexicon.ContextWords or from the core: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("yesterday")]
    [InlineData("the")]
    [InlineData("mid")]
    [InlineData("weeks")]
    [InlineData("nineties")]
    [InlineData("EST")]
    public void StartWords_HoldTheListsAFirstPieceIsLookedUpIn(string word) =>
        Assert.True(DateLexicon.StartWords.Contains(word), word);

    [GeneratedRegex("\"([A-Za-z.'’]+)\"")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?:private|public) (?:bool|Tense|int|Resolved\??) (\w+)\(")]
    private static partial Regex Method();
}
