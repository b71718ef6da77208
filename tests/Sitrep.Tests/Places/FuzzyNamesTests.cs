using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Places;
using Xunit;

namespace Sitrep.Tests.Places;

public sealed class FuzzyNamesTests
{
    private const string Syria = "SY";

    private static int Distance(string a, string b, int limit)
    {
        Span<int> row = stackalloc int[a.Length + 1];
        Span<int> previous = stackalloc int[a.Length + 1];
        return FuzzyNames.Distance(a, b, limit, row, previous);
    }

    /// <summary>The textbook distance, unbounded, to check the bounded one against.</summary>
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData("kuwayris", "kuwairis", 1)]
    [InlineData("salamiyah", "salamyiah", 2)]
    [InlineData("khan tuman", "khan tuman", 0)]
    [InlineData("aleppo", "alepo", 1)]
    public void Distance_KnownPairs(string a, string b, int expected) => Assert.Equal(expected, Distance(a, b, 3));

    [Fact]
    public void Distance_IsTheTextbookOneWithinTheLimit_AndGivesUpBeyondIt()
    {
        var word = Gen.Elements('a', 'b', 'c').ArrayOf().Select(cs => new string(cs));
        Prop.ForAll(word.ToArbitrary(), word.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (a, b, limit) =>
        {
            var exact = Reference(a, b);
            var bounded = Distance(a, b, limit);
            return exact <= limit ? bounded == exact : bounded == limit + 1;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Find_NearKey_ScoresItsSimilarity_AndShortOrFarNamesFindNothing()
    {
        var fuzzy = new FuzzyNames(GazetteerTests.Small());
        var (ids, score) = fuzzy.Find(NameFolding.Fold("Hajar al-Aswat"), Syria);
        Assert.Equal(["Hajar al-Aswad"], ids.Select(id => GazetteerTests.Small().Entries[id].Name));
        Assert.InRange(score, FuzzyNames.LowestScore, 1.0);
        Assert.Empty(fuzzy.Find(NameFolding.Fold("Qamishli"), Syria).Ids);
        Assert.Empty(fuzzy.Find(NameFolding.Fold("Mosl"), Syria).Ids);
        Assert.Empty(fuzzy.Find(new string('q', 200_000), Syria).Ids); // a pathological "name" is refused, not measured on the stack
        Assert.Empty(fuzzy.Find(NameFolding.Fold("Hajar al-Aswat"), "IQ").Ids);
    }
}
