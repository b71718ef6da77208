using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// The compiled file's stored automaton: it is the automaton built from the gazetteer's keys, finds
/// exactly what a built one finds, and a damaged or foreign file fails with one clear line.
/// </summary>
public sealed class GazetteerFileTests
{
    /// <summary>Saves <paramref name="g"/> (gzipped or not) and loads it back.</summary>
    internal static Gazetteer RoundTrip(Gazetteer g, bool gzip = false)
    {
        var buffer = new MemoryStream();
        if (gzip)
        {
            using var z = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true);
            g.Save(z);
        }
        else
        {
            g.Save(buffer);
        }

        buffer.Position = 0;
        return Gazetteer.Load(buffer);
    }

    private static byte[] SmallFile()
    {
        using var buffer = new MemoryStream();
        GazetteerTests.Small().Save(buffer);
        return buffer.ToArray();
    }

    private static IEnumerable<(int Start, int End, string Key, int Words, string Ids)> Matches(NameMatcher matcher, string text) =>
        matcher.Find(text).Select(m => (m.Range.Start, m.Range.End, m.Key, m.Words, string.Join(",", m.EntryIds)));

    private static void AssertSameAutomaton(NameMatcher expected, NameMatcher actual)
    {
        Assert.Equal(expected.StateCount, actual.StateCount);
        Assert.Equal(expected.WordCount, actual.WordCount);
        Assert.Equal(expected.Words.Pool.Chars, actual.Words.Pool.Chars);
        Assert.Equal(expected.Words.Pool.Starts, actual.Words.Pool.Starts);
        Assert.Equal(expected.Words.Slots, actual.Words.Slots);
        Assert.Equal(expected.RootChild, actual.RootChild);
        Assert.Equal(expected.FirstChild, actual.FirstChild);
        Assert.Equal(expected.ChildWord, actual.ChildWord);
        Assert.Equal(expected.Fail, actual.Fail);
        Assert.Equal(expected.OutputLink, actual.OutputLink);
        Assert.Equal(expected.Depth, actual.Depth);
        Assert.Equal(expected.KeyOf, actual.KeyOf);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SaveThenLoad_StoredAutomatonIsTheOneBuiltFromTheKeys(bool gzip)
    {
        var g = GazetteerTests.Small();
        AssertSameAutomaton(NameMatcher.Create(g), RoundTrip(g, gzip).Matcher);
    }

    [Fact]
    public void DefaultData_StoredAutomatonIsTheOneBuiltFromItsKeys() =>
        AssertSameAutomaton(DefaultGazetteer.Matcher, DefaultGazetteer.Instance.Matcher);

    private static readonly string[] Pieces =
    [
        "Deir", "Ezzor", "ez-Zor", "province", "Albu", "Kamal", "Al", "Bu", "al-", "Ar", "Raqqah", "Mosul", "Dam", "Yarmuk", "camp", " ", " ", ",", ".",
        "-", "’", "'", "Hajar", "Aswad", "دير", "الزور", "é", "\n", "the", "of", "Syrian", "\u0301",
    ];

    [Fact]
    public void Find_AnyText_StoredAutomatonFindsWhatABuiltOneFinds()
    {
        var g = GazetteerTests.Small();
        var built = NameMatcher.Create(g);
        var stored = RoundTrip(g).Matcher;
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), text =>
            Matches(built, text).SequenceEqual(Matches(stored, text))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DefaultData_AnyRunOfItsNames_StoredAutomatonFindsWhatABuiltOneFinds()
    {
        var g = DefaultGazetteer.Instance;
        var keys = g.KeyPool;
        var glue = new[] { " ", " al-", ", ", " in ", " and the ", " Ar ", "-" };
        var texts = Gen.ArrayOf(Gen.Zip(Gen.Choose(0, keys.Count - 1), Gen.Elements(glue)).Select(p => keys.String(p.Item1) + p.Item2))
            .Select(parts => string.Concat(parts));
        Prop.ForAll(texts.ToArbitrary(), text => Matches(DefaultGazetteer.Matcher, text).SequenceEqual(Matches(g.Matcher, text))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Load_Truncated_SaysSoInOneLine()
    {
        var file = SmallFile();
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(file[..(file.Length / 2)])));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_OtherFormatVersion_NamesBothVersions()
    {
        var file = SmallFile();
        file[4] = 9;
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(file)));
        Assert.Equal($"Gazetteer format version 9; this Sitrep reads versions 1 and {Gazetteer.FormatVersion}: rebuild the gazetteer with this Sitrep.", e.Message);
    }

    [Fact]
    public void Load_OtherFoldingVersion_AsksForARebuild()
    {
        var file = SmallFile();
        file[5] = (byte)(NameFolding.Version + 1);
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(file)));
        Assert.Contains("rebuild the gazetteer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TrailingBytes_IsDamaged()
    {
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream([.. SmallFile(), 0])));
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnyByteChanged_LoadsOrFailsWithOneLine()
    {
        var file = SmallFile();
        Prop.ForAll(Gen.Choose(0, file.Length - 1).ToArbitrary(), Gen.Choose(0, 255).ToArbitrary(), (at, value) =>
        {
            var damaged = file.ToArray();
            damaged[at] = (byte)value;
            try
            {
                var g = Gazetteer.Load(new MemoryStream(damaged));
                _ = g.Matcher.Find("Fighting in Deir Ezzor province near Albu Kamal and the Mosul Dam, دير الزور.");
                return true;
            }
            catch (InvalidDataException e)
            {
                return !e.Message.Contains('\n');
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    /// <summary>
    /// The property above draws 2,000 damages at random; this one changes every byte of the file to a spread of
    /// values (a damaged output link once reached a state without a key and threw IndexOutOfRange from the matcher).
    /// </summary>
    [Fact]
    public void Load_EachByteChanged_LoadsOrFailsWithOneLine()
    {
        var file = SmallFile();
        for (var at = 0; at < file.Length; at++)
        {
            foreach (var value in (ReadOnlySpan<int>)[0, 1, 2, 7, 8, 16, 32, 64, 127, 128, 200, 255, file[at] ^ 1, file[at] ^ 2, file[at] ^ 4, file[at] ^ 0x10, file[at] ^ 0x80])
            {
                var damaged = file.ToArray();
                damaged[at] = (byte)value;
                try
                {
                    var g = Gazetteer.Load(new MemoryStream(damaged));
                    _ = g.Matcher.Find("Fighting in Deir Ezzor province near Albu Kamal and the Mosul Dam, دير الزور.");
                }
                catch (InvalidDataException e)
                {
                    Assert.DoesNotContain('\n', e.Message);
                }
            }
        }
    }
}
