using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Tests.Recognition;

/// <summary>Any number written in digits or in words parses back; pathological input completes; ranges stay consistent.</summary>
public sealed class QuantitiesPropertyTests
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Pieces =
    [
        "8,000", "1.5", "million", "to", "-", "–", "between", "and", "at", "least", "more", "than", "about", "some", "several",
        "thousand", "hundreds", "of", "fighters", "killed", "were", "a", "third", "the", "country", "percent", "%", "$", "2017",
        "November", ":", "/", "twenty-three", "one", "half", "dozen", "Route", "7", "17th", "Group", "+963", ",", ".", " ", "'",
        "few", "tens", "twice", "as", "over", "up", "less", "52-35", "from", "1,500-2,500", "strong", "or", "so", "more",
    ];

    /// <summary>British-style number words: "one hundred and twenty-three thousand four hundred and five".</summary>
    internal static string ToWords(long n)
    {
        if (n == 0)
        {
            return "zero";
        }

        var parts = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000_000_000L, "trillion"), (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= scale)
            {
                parts.Add(BelowThousand((int)(n / scale), false) + " " + name);
                n %= scale;
            }
        }

        if (n > 0)
        {
            parts.Add(BelowThousand((int)n, parts.Count > 0));
        }

        return string.Join(" ", parts);
    }

    private static string BelowThousand(int n, bool joinWithAnd)
    {
        var words = new List<string>();
        if (n >= 100)
        {
            words.Add(Units[n / 100] + " hundred");
            n %= 100;
            if (n > 0)
            {
                words.Add("and");
            }
        }
        else if (joinWithAnd && n > 0)
        {
            words.Add("and");
        }

        if (n >= 20)
        {
            words.Add(n % 10 == 0 ? Tens[n / 10] : Tens[n / 10] + "-" + Units[n % 10]);
        }
        else if (n > 0)
        {
            words.Add(Units[n]);
        }

        return string.Join(" ", words);
    }

    private static IReadOnlyList<QuantityMention> Single(string sentence) => QuantitiesSpecTests.Run(sentence);

    [Fact]
    public void ToWords_WritesKnownNumbers()
    {
        Assert.Equal("one hundred and twenty-three thousand four hundred and five", ToWords(123_405));
        Assert.Equal("two million and seven", ToWords(2_000_007));
    }

    [Fact]
    public void AnyNumberInDigitsWithSeparators_ParsesBack()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(n => (long)n * 397 % 1_000_000_000_000L).ToArbitrary(), n =>
        {
            var written = n.ToString("N0", CultureInfo.InvariantCulture);
            var found = Single($"The monitor counted {written} fighters in the east.");
            return found.Count == 1 && found[0].Low == n && found[0].High == n && found[0].Unit == QuantityUnits.Fighters
                   && found[0].Range.Length == written.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyNumberInPlainDigits_ParsesBack()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), n =>
        {
            var found = Single($"The monitor counted {n.ToString(CultureInfo.InvariantCulture)} fighters in the east.");
            return found.Count == 1 && found[0].Low == n && found[0].High == n;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyNumberInWords_ParsesBack()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(n => (long)n * 7919 % 1_000_000_000_000L).ToArbitrary(), n =>
        {
            var written = ToWords(n);
            var found = Single($"The monitor counted {written} fighters in the east.");
            return found.Count == 1 && found[0].Low == n && found[0].High == n && found[0].Range.Length == written.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyRangeInDigits_ParsesBackAsLowAndHigh()
    {
        Prop.ForAll(Gen.Choose(0, 1_000_000).Two().ToArbitrary(), pair =>
        {
            var (a, b) = (Math.Min(pair.Item1, pair.Item2), Math.Max(pair.Item1, pair.Item2) + 1);
            var found = Single($"Officials said {a:N0} to {b:N0} fighters remain.".Replace("\u00A0", ",", StringComparison.Ordinal));
            return found.Count == 1 && found[0].Low == a && found[0].High == b && found[0].Bound == QuantityBound.Range;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyMixOfPieces_GivesOrderedDisjointRangesInsideTheText()
    {
        var mixed = Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", p)).ToArbitrary();
        Prop.ForAll(mixed, text =>
        {
            var found = Single(text);
            var previousEnd = 0;
            foreach (var m in found)
            {
                if (m.Range.Start < previousEnd || m.Range.End > text.Length || m.Range.IsEmpty
                    || (m.Low is { } low && m.High is { } high && low > high))
                {
                    return false;
                }

                previousEnd = m.Range.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("digits", "7")]
    [InlineData("commas", ",")]
    [InlineData("and", " and")]
    [InlineData("one and", " one and")]
    [InlineData("number words", " twenty-three thousand")]
    [InlineData("ranges", " 1-2")]
    [InlineData("between", " between 1")]
    [InlineData("slashes", "1/")]
    public void AMegabyteOfTheSamePiece_Completes(string name, string piece)
    {
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(piece);
        }

        var document = QuantitiesSpecTests.RunDocument(text.ToString());
        Assert.True(document.Has(QuantityLayers.Quantities), name);
        if (name == "digits")
        {
            Assert.Contains(document.Diagnostics, d => d.Code == QuantityDiagnosticCodes.NumberOverflow);
            Assert.Empty(document.Get(QuantityLayers.Quantities));
        }
    }

    [Fact]
    public void Overflow_IsReportedNeverWrapped()
    {
        var document = QuantitiesSpecTests.RunDocument("They counted 12345678901234567890 fighters and 9 trillion trillion dollars.");
        Assert.Contains(document.Diagnostics, d => d.Code == QuantityDiagnosticCodes.NumberOverflow);
        Assert.All(document.Get(QuantityLayers.Quantities), m => Assert.True(m.Low is null or < NumberParserLimit));
    }

    private const double NumberParserLimit = 1e15;
}
