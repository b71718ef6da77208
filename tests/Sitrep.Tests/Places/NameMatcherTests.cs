using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Places;

namespace Sitrep.Tests.Places;

/// <summary>The one-pass name matcher on real reporting: variants, articles, nesting, and span invariants over any text.</summary>
public sealed class NameMatcherTests
{
    private static readonly Gazetteer Small = GazetteerTests.Small();
    private static readonly NameMatcher SmallMatcher = NameMatcher.Create(Small);

    private static IEnumerable<(string Text, string Name)> Longest(NameMatcher matcher, Gazetteer g, string text) =>
        matcher.FindLongest(text).Select(m => (text[m.Range.Start..m.Range.End], g.Entries[m.EntryIds[0]].Name));

    [Fact]
    public void FindLongest_ProvinceAfterName_MatchesTheGovernorate()
    {
        var text = "Government forces advanced in Deir Ezzor province on Sunday.";
        Assert.Equal([("Deir Ezzor province", "Deir ez-Zor Governorate")], Longest(SmallMatcher, Small, text));
    }

    [Fact]
    public void Find_AlbuKamal_AllSpellings()
    {
        var text = "The border town of Albu Kamal, also written Abu Kamal or Al Bukamal, fell.";
        Assert.Equal(["Albu Kamal", "Abu Kamal", "Al Bukamal"], SmallMatcher.FindLongest(text).Select(m => text[m.Range.Start..m.Range.End]));
    }

    [Fact]
    public void Find_YarmukCamp_InAPhrase()
    {
        var text = "Shells hit the Palestinian refugee camp of Yarmuk in southern Damascus.";
        Assert.Equal([("Yarmuk", "Yarmouk camp")], Longest(SmallMatcher, Small, text));
    }

    [Fact]
    public void Find_HajarAlAswad_KeepsTheArticleInside()
    {
        var text = "IS fighters withdrew from Hajar al-Aswad and the adjacent camp.";
        Assert.Equal([("Hajar al-Aswad", "Hajar al-Aswad")], Longest(SmallMatcher, Small, text));
    }

    [Fact]
    public void Find_ArticleBeforeName_IsPartOfTheSpanOnlyWhenItBelongs()
    {
        var text = "Fighting in Ar-Raqqah, in Ar Raqqah and at Raqqa.";
        Assert.Equal(["Ar-Raqqah", "Ar Raqqah", "Raqqa"], SmallMatcher.FindLongest(text).Select(m => text[m.Range.Start..m.Range.End]));
    }

    [Fact]
    public void Find_NestedNames_ReportsBothAndLongestPrefersTheDam()
    {
        var text = "Engineers inspected the Mosul Dam.";
        Assert.Equal(["Mosul Dam", "Mosul"], SmallMatcher.Find(text).Select(m => text[m.Range.Start..m.Range.End]));
        Assert.Equal([("Mosul Dam", "Mosul Dam")], Longest(SmallMatcher, Small, text));
    }

    [Fact]
    public void Find_Punctuation_BreaksAName()
    {
        var text = "They reached Deir, Ezzor said.";
        Assert.DoesNotContain(SmallMatcher.Find(text), m => m.Words > 1);
    }

    [Fact]
    public void Find_ArabicScript()
    {
        var text = "قصف في دير الزور";
        Assert.Equal(["دير الزور"], SmallMatcher.FindLongest(text).Select(m => text[m.Range.Start..m.Range.End]));
    }

    [Theory]
    [InlineData("Clashes erupted in Deir Ezzor province near Albu Kamal.", "Deir Ezzor province", "SY.07")]
    [InlineData("Shelling hit the Palestinian refugee camp of Yarmuk in Damascus.", "Yarmuk", "SY.13")]
    [InlineData("Government troops entered Hajar al-Aswad, south of the capital.", "Hajar al-Aswad", "SY.08")]
    [InlineData("Civilians fled Al Bukamal towards the Iraqi border.", "Al Bukamal", "SY.07")]
    [InlineData("Residents of Tadamun said the shelling stopped.", "Tadamun", "SY.13")]
    [InlineData("Air strikes hit the eastern bank of the Euphrates on Friday.", "eastern bank of the Euphrates", "SY.07")]
    public void DefaultGazetteer_RealSentences(string text, string span, string admin1)
    {
        var g = DefaultGazetteer.Instance;
        var match = DefaultGazetteer.Matcher.FindLongest(text).Single(m => text[m.Range.Start..m.Range.End] == span);
        Assert.Contains(match.EntryIds, id => g.Entries[id].Admin1Code == admin1);
    }

    private static readonly string[] Pieces =
    [
        "Deir", "Ezzor", "ez-Zor", "province", "Albu", "Kamal", "Al", "Bu", "al-", "Ar", "Raqqah", "Mosul", "Dam", "Yarmuk", "camp", " ", " ", ",", ".",
        "-", "’", "'", "Hajar", "Aswad", "دير", "الزور", "é", "\n", "the", "of", "Syrian", "\u0301",
    ];

    [Fact]
    public void Find_AnyText_SpansLieInsideTheTextOrderedAndNonEmpty() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            var all = SmallMatcher.Find(text);
            var inside = all.All(m => m.Range.Start >= 0 && m.Range.End <= text.Length && m.Range.Length > 0 && !m.EntryIds.IsEmpty);
            var ordered = all.Zip(all.Skip(1)).All(p => p.First.Range.Start < p.Second.Range.Start || (p.First.Range.Start == p.Second.Range.Start && p.First.Range.End >= p.Second.Range.End));
            var longest = SmallMatcher.FindLongest(text);
            var disjoint = longest.Zip(longest.Skip(1)).All(p => p.First.Range.End <= p.Second.Range.Start);
            var keyed = all.All(m => NameFolding.Fold(text.AsSpan(m.Range.Start, m.Range.Length)) == m.Key);
            return inside && ordered && disjoint && keyed;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Find_AnyString_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s => SmallMatcher.Find(s.Get).All(m => m.Range.End <= s.Get.Length)).QuickCheckThrowOnFailure();
}
