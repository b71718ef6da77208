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
            .Where(w => !DateLexicon.StartWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        Assert.True(missing.Count == 0, "add to DateLexicon.GrammarWords: " + string.Join(", ", missing));
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
}
