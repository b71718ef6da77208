using FsCheck;
using FsCheck.Fluent;
using Sitrep.Reading;
using Sitrep.Text;

namespace Sitrep.Tests.Reading;

public sealed class TextNormaliserTests
{
    [Fact]
    public void Normalise_CrLf_BecomesLfAndMapsBack()
    {
        var source = "Deir Ezzor\r\n\r\nAlbu Kamal";
        var (text, map, _) = TextNormaliser.Normalise(source);
        Assert.Equal("Deir Ezzor\n\nAlbu Kamal", text);
        var albu = text.IndexOf("Albu", StringComparison.Ordinal);
        Assert.Equal(source.IndexOf("Albu", StringComparison.Ordinal), map.ToSourceStart(albu));
        Assert.Equal("Albu Kamal", map.ToSource(new TextRange(albu, text.Length)).Slice(source));
    }

    [Fact]
    public void Normalise_DecomposedAccent_IsComposedAndMapsBack()
    {
        var source = "Cafe\u0301 in Ra\u0301qqa";
        var (text, map, changes) = TextNormaliser.Normalise(source);
        Assert.Equal("Caf\u00E9 in R\u00E1qqa", text);
        Assert.Equal(2, changes);
        var raqqa = text.IndexOf("Rá", StringComparison.Ordinal);
        Assert.Equal("Ra\u0301qqa", map.ToSource(new TextRange(raqqa, text.Length)).Slice(source));
    }

    [Fact]
    public void Normalise_InvisibleCharacters_AreRemoved()
    {
        var source = "Hajar\u200B al-\u00ADAswad\uFEFF";
        var (text, _, _) = TextNormaliser.Normalise(source);
        Assert.Equal("Hajar al-Aswad", text);
    }

    [Fact]
    public void Normalise_NoBreakSpacesAndCurlyQuotes_AreKept()
    {
        var source = "Forces in\u00A0Syria said “yes”";
        var (text, map, changes) = TextNormaliser.Normalise(source);
        Assert.Equal(source, text);
        Assert.True(map.IsIdentity);
        Assert.Equal(0, changes);
    }

    [Fact]
    public void Property_OffsetMapIsMonotonicAndInBounds()
    {
        var pieces = new[] { "a", "Syria", " ", "\r\n", "\r", "\n", "e\u0301", "\u200B", "\u00AD", "’", "\u00A0", "\u0000", "\u2028", "\uD83D\uDE00", "\u0301" };
        var gen = Gen.ListOf(Gen.Elements(pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), source =>
        {
            var (text, map, _) = TextNormaliser.Normalise(source);
            int previousStart = 0, previousEnd = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                int s = map.ToSourceStart(i), e = map.ToSourceEnd(i);
                if (s < previousStart || e < previousEnd || s > source.Length || e > s)
                {
                    return false;
                }

                (previousStart, previousEnd) = (s, e);
            }

            return map.ToSourceEnd(0) == 0 && map.ToSourceStart(text.Length) == source.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_NormalisingTwiceChangesNothing()
    {
        var gen = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);
        Prop.ForAll(gen.ToArbitrary(), source =>
        {
            var (once, _, _) = TextNormaliser.Normalise(source);
            var (twice, map, changes) = TextNormaliser.Normalise(once);
            return once == twice && changes == 0 && map.IsIdentity;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_UnchangedStretchesMapToIdenticalSourceText()
    {
        var gen = Gen.ListOf(Gen.Elements("Al Qaim", "\r\n", "\u200B", " ", "x\u0301", "Rawa")).Select(p => string.Concat(p));
        Prop.ForAll(gen.ToArbitrary(), source =>
        {
            var (text, map, _) = TextNormaliser.Normalise(source);
            var at = text.IndexOf("Al Qaim", StringComparison.Ordinal);
            if (at >= 0 && map.ToSource(new TextRange(at, at + 7)).Slice(source) != "Al Qaim")
            {
                throw new InvalidOperationException($"'{source}' -> '{map.ToSource(new TextRange(at, at + 7)).Slice(source)}'");
            }

            return at < 0 || map.ToSource(new TextRange(at, at + 7)).Slice(source) == "Al Qaim";
        }).QuickCheckThrowOnFailure();
    }
}
