using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Places;

namespace Sitrep.Tests.Places;

/// <summary>Name folding: transliteration variants meet, unrelated names stay apart, and a key folds to itself.</summary>
public sealed class NameFoldingTests
{
    /// <summary>Each row: spellings of one place found in reporting, which must share a key.</summary>
    private static readonly string[][] Variants =
    [
        [ "Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az Zawr", "Deir el-Zor", "Dayr az-Zawr", "DEIR EZ-ZOR", "Deir ez Zor" ],
        [ "Albu Kamal", "Abu Kamal", "Al Bukamal", "Al-Bukamal", "Al Bu Kamal", "Al-Bu Kamal", "Abukamal", "Albukamal", "Abou Kamal" ],
        [ "Yarmouk", "Yarmuk", "Yarmook", "al-Yarmouk" ],
        [ "Hasakeh", "Hasaka", "al-Hasakah", "Al Hasakah", "Hassakeh", "Al-Hasaka", "Ḩasakah" ],
        [ "Raqqa", "Rakka", "Ar-Raqqah", "Ar Raqqah", "al-Raqqa", "Raqqah", "Arraqqa", "ar-Raqqa" ],
        [ "Tadamon", "Tadamun", "Tadamoun", "al-Tadamon" ],
        [ "Qadam", "Kadam", "al-Qadam", "Al Qadam" ],
        [ "Hajar al-Aswad", "Hajar Al Aswad", "Al-Hajar al-Aswad", "Hajar el-Aswad" ],
        [ "Ras al-Ain", "Ras al-Ayn", "Ras el-Ein", "Ra's al 'Ayn", "Ras al Ain" ],
        [ "Tall Abyad", "Tal Abyad", "Tell Abyad" ],
        [ "Dhi Qar", "Zi Qar", "Dhi-Qar" ],
        [ "Adhamiyah", "Azamiyah", "Adhamiya", "al-Adhamiyah", "A'zamiyah" ],
        [ "Jisr al-Shughur", "Jisr ash-Shughur", "Jisr Al-Shughour", "Jisr esh-Shughour" ],
        [ "Qamishli", "Kamishli", "al-Qamishli", "Al Qamishli" ],
        [ "Mayadin", "Mayadeen", "al-Mayadin", "Al Mayadin", "Meyadin" ],
        [ "Sheikh Maqsoud", "Shaykh Maqsud", "Sheikh Maksoud", "Shaikh Maqsud" ],
        [ "Houran", "Hawran", "Horan" ],
        [ "Ba'aj", "Baaj", "Ba‘aj", "al-Ba'aj" ],
        [ "Beirut", "Beyrouth", "Bayrut" ],
        [ "Kuweires", "Kuwaires", "Kouweires" ],
        [ "Hmeimim", "Hmaymim", "Hmeimeem", "Hmaimim" ],
        [ "Suwayda", "As-Suwayda", "As Suwayda", "Suwaida", "Es-Suwayda" ],
        [ "Ghouta", "Ghuta", "al-Ghouta" ],
        [ "T4", "t4" ],
        [ "دير الزور", "دير ٱلزور", "دير الزُّور", "دير الزّور" ],
    ];

    public static TheoryData<string[]> VariantSets => [.. Variants];

    /// <summary>Pairs of different places that must keep different keys.</summary>
    public static TheoryData<string, string> UnrelatedPairs => new()
    {
        { "Homs", "Hama" },
        { "Idlib", "Ad Dana" },
        { "Mosul", "Masyaf" },
        { "Raqqa", "Rawa" },
        { "Aleppo", "Afrin" },
        { "Deir ez-Zor", "Deir Hafer" },
        { "Abu Kamal", "Al Qaim" },
        { "Tadamon", "Tadmur" },
        { "Yarmouk", "Yabroud" },
        { "Hasakah", "Hasya" },
        { "Damascus", "Daraa" },
        { "Kobani", "Kirkuk" },
        { "Tikrit", "Tal Afar" },
        { "Manbij", "Mayadin" },
        { "Jobar", "Jableh" },
        { "Erbil", "Irbid" },
        { "Qusayr", "Qurayyat" },
        { "Palmyra", "Tartus" },
        { "Fallujah", "Ramadi" },
        { "Baghdad", "Basra" },
        { "Najaf", "Nasiriyah" },
        { "Samarra", "Sinjar" },
        { "Latakia", "Lattakia al-Jadida" },
        { "Al Qaim", "Al Qa'im Air Base" },
        { "Jordan", "Jarablus" },
        { "Rawa", "Ana" },
    };

    [Theory]
    [MemberData(nameof(VariantSets))]
    public void Fold_TransliterationVariants_Meet(string[] variants)
    {
        var keys = variants.Select(v => (Variant: v, Key: NameFolding.Fold(v))).ToList();
        var first = keys[0].Key;
        Assert.False(string.IsNullOrEmpty(first));
        Assert.All(keys, k => Assert.True(k.Key == first, $"'{k.Variant}' folds to '{k.Key}', '{variants[0]}' to '{first}'"));
    }

    [Theory]
    [MemberData(nameof(UnrelatedPairs))]
    public void Fold_UnrelatedNames_StayApart(string a, string b) =>
        Assert.NotEqual(NameFolding.Fold(a), NameFolding.Fold(b));

    [Theory]
    [InlineData("Deir ez-Zor", "dayr zur")]
    [InlineData("Albu Kamal", "abukamal")]
    [InlineData("al-Hasakah", "hasaka")]
    [InlineData("Ar-Raqqah", "raka")]
    [InlineData("Yarmouk", "yarmuk")]
    [InlineData("Al", "")]
    [InlineData("  -- ' ", "")]
    [InlineData("Assad", "asad")]
    public void Fold_DocumentedExamples(string name, string expected) => Assert.Equal(expected, NameFolding.Fold(name));

    [Fact]
    public void TryFold_WritesTheSameKeyAsFold()
    {
        Span<char> buffer = stackalloc char[NameFolding.MaxFoldedLength("Al-Bu Kamal".Length)];
        Assert.True(NameFolding.TryFold("Al-Bu Kamal", buffer, out var written));
        Assert.Equal(NameFolding.Fold("Al-Bu Kamal"), buffer[..written].ToString());
        Assert.False(NameFolding.TryFold("Deir ez-Zor", new char[3], out _));
    }

    /// <summary>Pieces that exercise every rule: articles, Abu/Bu, doubled letters, digraphs, vowels, marks, Arabic.</summary>
    private static readonly string[] Pieces =
    [
        "al", "Al", "el", "ash", "ath", "adh", "az", "ez", "an", "as", "-", " ", "'", "’", "ʿ", "bu", "Bu", "Albu", "abu", "Abou",
        "Deir", "Dayr", "Zor", "Zawr", "ou", "oo", "ee", "ei", "ai", "aw", "ah", "eh", "h", "hh", "th", "dh", "tth", "q", "qq", "e", "o",
        "a", "w", "y", "i", "u", "Ezzor", "Arraqqa", "Ḩ", "ā", "ß", "Æ", "ı", "İ", "دير", "الزور", "ال", "ة", "7", "T", "s", "ss", ".", "kh",
        "ph", "ll", "Raqqa", "Hasakeh", "Kamal", "Ubayd", "x", "é", "ö", "\u0301", "ـ",
    ];

    private static Arbitrary<string> Names() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    [Fact]
    public void Fold_IsIdempotent_OnNameLikeStrings() =>
        Prop.ForAll(Names(), s => NameFolding.Fold(NameFolding.Fold(s)) == NameFolding.Fold(s)).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    [Fact]
    public void Fold_IsIdempotent_OnAnyString() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s => NameFolding.Fold(NameFolding.Fold(s.Get)) == NameFolding.Fold(s.Get)).QuickCheckThrowOnFailure();

    [Fact]
    public void Fold_KeysAreLowerCaseWordsJoinedBySingleSpaces() =>
        Prop.ForAll(Names(), s =>
        {
            var key = NameFolding.Fold(s);
            return key.Length == 0 || (!key.StartsWith(' ') && !key.EndsWith(' ') && !key.Contains("  ", StringComparison.Ordinal) && key == key.ToLowerInvariant());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Fold_VariantSetsStayTogether_WhateverTheCase() =>
        Prop.ForAll(Gen.Elements(Variants).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (set, mode) =>
        {
            string Case(string v) => mode switch { 0 => v.ToUpperInvariant(), 1 => v.ToLowerInvariant(), _ => v };
            return set.Select(v => NameFolding.Fold(Case(v))).Distinct().Count() == 1;
        }).QuickCheckThrowOnFailure();
}
