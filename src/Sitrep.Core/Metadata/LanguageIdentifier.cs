using System.Collections.Frozen;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sitrep.Metadata;

/// <summary>
/// Guesses the language of news text offline, with no model file: first by writing system (Arabic,
/// Cyrillic, Hebrew, Greek, CJK, Devanagari, Armenian, Georgian, Thai), then, for Latin-script
/// text, by counting hand-written function words of eighteen languages. Linear in the input, reads
/// at most <see cref="MaxChars"/> characters and allocates nothing per word.
/// </summary>
/// <remarks>
/// Rules: <c>script</c> (a non-Latin script holds most letters), <c>function-words</c> (the Latin
/// language whose common short words occur most) and <c>too-short</c> (under
/// <see cref="MinWords"/> words or no function word at all: code <c>und</c>, confidence 0).
/// </remarks>
public static class LanguageIdentifier
{
    /// <summary>Only this many leading characters are read.</summary>
    public const int MaxChars = 20_000;

    /// <summary>Latin-script text needs at least this many words.</summary>
    public const int MinWords = 5;

    /// <summary>Alphabetic non-Latin text needs at least this many letters (about three words).</summary>
    private const int MinScriptLetters = 12;

    /// <summary>Chinese, Japanese and Korean write a word in one to three characters.</summary>
    private const int MinIdeographs = 6;

    /// <summary>Longer words are no function word in any list and are not looked up.</summary>
    private const int MaxWordLength = 16;

    /// <summary>A diacritic hint weighs this much of a function word, for at most <see cref="HintCap"/> hints.</summary>
    private const double HintWeight = 0.1;

    private const double HintCap = 10;

    /// <summary>Coverage (best language's hits over all words) at which confidence is no longer reduced.</summary>
    private const double FullCoverage = 0.15;

    private static readonly LanguageGuess TooShort = new("und", 0, "too-short");

    // The Latin-script languages: index = bit in a word's language mask.
    private static readonly (string Code, string Words)[] Lists =
    [
        ("en", """
            the of and to a in is that for on was with as by at from he it his her its said says have has had be are
            were been an not which they their this these those or but who will would after also more than we there
            about other into one two against what when could them she him up out all some can while since during
            between under told including where because should may being before through until any such only most our
            very did do does just how then both us whom
            """),
        ("fr", """
            de la le les des et en du un une est à au aux que qui dans par pour sur pas ne il elle ils elles ont a été
            avec ce cette ces son sa ses leur leurs mais ou où plus selon lors après avant entre contre depuis sont
            était sous l' d' qu' n' s' c' j' se y nous vous on aussi tous tout très dont même ainsi encore déjà avait
            fait deux lui cela ceux celle
            """),
        ("de", """
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als es an werden aus er hat
            dass sie nach wird bei einer um am sind noch wie einem über einen so zum zur haben nur oder aber vor bis
            mehr durch man sein wurde wurden sei seit gegen vom können schon wenn habe seine ihre dann unter wir soll
            worden damit zwischen immer nun diese dieser dieses laut sagte während ob kein keine hatte hatten
            """),
        ("es", """
            de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque
            esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno les ni
            contra otros ese eso ante ellos esto antes algunos unos otro otras otra él tanto esa estos mucho quienes
            muchos cual ella estas fue ha han según tras son está era dijo fueron después han sido
            """),
        ("it", """
            di e il la che a per in un è del della le non i si con una da al dei sono nel lo alla gli come anche ha ma
            più delle nella degli dal dalla sul sulla ai alle se questo questa tra fra dopo stato stata stati essere
            hanno ancora secondo contro cui suo sua loro o ed mentre quando già dove l' dell' all' nell' dall' sull'
            un' c' sempre molto poi solo era aveva negli nei ad
            """),
        ("pt", """
            de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu
            sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos
            ter seus quem nas esse eles estão tinha foram essa num nem suas às têm numa pelos pelas elas havia seja
            qual será segundo após contra sobre disse ainda onde
            """),
        ("nl", """
            de van het een en in is dat op te zijn voor met die niet aan er om ook als bij maar door naar dan nog ze
            hij uit wordt worden werd werden tot kan heeft hebben zou al wel was wat zich deze na onder tegen sinds
            volgens nu geen meer hun haar zo waar omdat tussen veel toen wij we ik dit waren hadden
            """),
        ("tr", """
            ve bir bu da de ile için olarak çok daha gibi en ise ki o olan sonra kadar ne göre tarafından ancak ama her
            şu şey değil var yok mi mı diye üzere içinde arasında karşı ayrıca yani hem veya ya çünkü bile hiç bazı
            tüm bütün olduğu olduğunu edildi etti eden yapılan dedi söyledi açıkladı oldu önce sadece biri onun bunun
            şekilde ilk iki az fazla yönelik ardından itibaren birlikte beri rağmen karşın dair üzerine sırasında
            """),
        ("id", """
            yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga oleh ada karena telah sudah bisa atau
            mereka kami kita saya ia dia sebagai tersebut lebih hanya setelah antara namun serta bahwa masih belum
            para seperti kata saat secara hingga menjadi adalah banyak sejak kepada tentang bagi pun lagi harus
            sebuah seorang sekitar melalui terhadap yakni ujar menurut tetapi
            """),
        ("sv", """
            och i att det som en på är av för med till den har de inte om ett var han hon men från vid efter också
            sina sig hade kan ska skulle eller när så man mot under över mellan enligt än nu vara blev där vilket
            sedan alla många några inom utan vi dem detta denna dessa deras hans hennes honom ut upp
            """),
        ("da", """
            og i at det er en til på som de med af for ikke der var den har et han fra om men hun vil efter også blev
            eller kan skal havde være ved mod nu når hvor hvad kun siger sagde mellem sin sine deres dem denne dette
            disse meget været bliver blevet ud op hvis fordi andre alle mange flere ifølge ham mig dig sig jeg
            """),
        ("no", """
            og i er det på til en som av for med at har de ikke den et han om fra var men vil seg etter ble også eller
            kan skal hadde være ved mot nå når hvor hva bare sier sa mellom sin sine deres dem denne dette disse mye
            vært blir blitt ut opp hvis fordi andre alle mange flere ifølge å hun ham meg deg jeg
            """),
        ("pl", """
            i w z na się nie do to że a o jest od po jak co ale za przez dla tym jego już też tak przy jej są oraz był
            była było były może który która które których został została zostały tego ten ta te także jednak gdy
            tylko jako pod bardzo między według podczas przed nad ich ze we czy lub będzie mają ma sobie go około
            wśród
            """),
        ("ro", """
            și în de la cu a care pe din pentru nu o un că fost este mai au se sunt al ale lui după prin sau dar ca fi
            fără către acest această aceste își el ea ei le să va vor iar până între despre astfel potrivit unei unui
            cele cel cea doar încă ar am fiind acum
            """),
        ("cs", """
            a v se na je že s z o do to k i ve jsou by pro za od po jak jako ale tak který která které jeho byl byla
            bylo byli aby podle při už jen také však nebo než mezi před přes pod nad ze u bude mají má jejich této
            tento tato tyto což když kde proti během ještě již
            """),
        ("hu", """
            a az és hogy nem is egy meg de ez azt van volt már csak még mint sem el ki be fel le után között szerint
            pedig vagy amely ami aki kell lesz azonban során miatt ellen óta által valamint mert ha így akkor most
            nagyon minden ezt egyik több mintegy amelyek voltak lett vele
            """),
        ("fi", """
            ja on ei se että oli ovat olivat mutta kun hän myös tai sen ne niin kuin joka jotka jonka mukaan jo vielä
            nyt kanssa jälkeen aikana sekä eli ole olla ollut he me sitä siitä tämä tässä tätä näin vain koska mitä
            kaikki yli noin vuonna vuoden välillä vastaan jossa joiden
            """),
        ("ku", """
            û di ji ku li bi de ew ev jî ne ya yê yên bû kir dike re da ta wî wê wan me her bo piştî berî lê hat hatin
            kirin heye tê dibe nav ser bin hin gelek tevî herwiha dema çend ango êdî vê vî ên yî gor gorî ve
            """),
    ];

    private static readonly int LanguageCount = Lists.Length;

    private static readonly FrozenDictionary<string, WordLanguages>.AlternateLookup<ReadOnlySpan<char>> FunctionWords =
        BuildFunctionWords().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Letters that point to a few languages (ß, ñ, ã, ğ ı ş, ø å, ő ű…): tie breakers only.</summary>
    private static readonly FrozenDictionary<char, uint> HintLetters = BuildHints();

    private enum Script
    {
        Latin,
        Arabic,
        Cyrillic,
        Hebrew,
        Greek,
        Han,
        Kana,
        Hangul,
        Devanagari,
        Armenian,
        Georgian,
        Thai,
        Other,
    }

    /// <summary>Guesses the language of <paramref name="text"/>; never throws on any text.</summary>
    public static LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var window = text.Length > MaxChars ? text[..MaxChars] : text;
        return ByScript(window) ?? ByFunctionWords(window);
    }

    /// <summary>
    /// Counts letters per script. Decides when a known non-Latin script holds more than half of
    /// them (too-short if that text is very short); null leaves it to the function words.
    /// </summary>
    private static LanguageGuess? ByScript(ReadOnlySpan<char> window)
    {
        Span<int> scripts = stackalloc int[(int)Script.Other + 1];
        var letters = 0;
        var markers = default(ScriptMarkers);
        for (var i = 0; i < window.Length; i++)
        {
            var c = window[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                    scripts[(int)Script.Latin]++;
                }

                continue;
            }

            if (Rune.DecodeFromUtf16(window[i..], out var rune, out var used) != OperationStatus.Done)
            {
                continue;
            }

            i += used - 1;
            if (Rune.IsLetter(rune))
            {
                letters++;
                scripts[(int)ScriptOf(rune.Value)]++;
                markers.Add(rune.Value);
            }
        }

        var cjk = scripts[(int)Script.Han] + scripts[(int)Script.Kana] + scripts[(int)Script.Hangul];
        if (cjk * 2 > letters)
        {
            return cjk < MinIdeographs ? TooShort : Cjk(scripts, cjk, letters);
        }

        for (var s = Script.Arabic; s < Script.Other; s++)
        {
            var count = scripts[(int)s];
            if (s is Script.Han or Script.Kana or Script.Hangul || count * 2 <= letters)
            {
                continue;
            }

            if (count < MinScriptLetters)
            {
                return TooShort;
            }

            var share = (double)count / letters;
            return s switch
            {
                Script.Arabic => markers.ArabicScript(count, share),
                Script.Cyrillic => markers.CyrillicScript(share),
                Script.Hebrew => ScriptGuess("he", share),
                Script.Greek => ScriptGuess("el", share),
                Script.Devanagari => ScriptGuess("hi", share),
                Script.Armenian => ScriptGuess("hy", share),
                Script.Georgian => ScriptGuess("ka", share),
                Script.Thai => ScriptGuess("th", share),
                _ => throw new UnreachableException(),
            };
        }

        return null;
    }

    private static LanguageGuess Cjk(ReadOnlySpan<int> scripts, int cjk, int letters)
    {
        var han = scripts[(int)Script.Han];
        var kana = scripts[(int)Script.Kana];
        var hangul = scripts[(int)Script.Hangul];
        var share = (double)cjk / letters;
        if (hangul > han + kana)
        {
            return ScriptGuess("ko", share * Margin(hangul, han + kana));
        }

        // Japanese prose is a third or more kana and Chinese has none, so a twentieth is enough.
        return kana >= 2 && kana * 20 >= han + kana
            ? ScriptGuess("ja", share)
            : ScriptGuess("zh", share * Margin(han, kana * 5));
    }

    private static LanguageGuess ScriptGuess(string code, double confidence) =>
        new(code, Math.Round(Math.Clamp(confidence, 0, 1), 3), "script");

    /// <summary>(w + 1) / (w + l + 2): how clearly w beats l, pulled towards ½ on little evidence.</summary>
    private static double Margin(int win, int lose) => (win + 1.0) / (win + lose + 2.0);

    /// <summary>
    /// Scores every Latin-script language by its function words among the words of the window
    /// (each word's weight split among the languages that share it), adds diacritic hints as tie
    /// breakers, and picks the best.
    /// </summary>
    private static LanguageGuess ByFunctionWords(ReadOnlySpan<char> window)
    {
        Span<double> scores = stackalloc double[LanguageCount];
        Span<int> hits = stackalloc int[LanguageCount];
        Span<double> hints = stackalloc double[LanguageCount];
        scores.Clear();
        hits.Clear();
        hints.Clear();
        Span<char> word = stackalloc char[MaxWordLength + 1];
        var words = 0;
        var anyHit = false;

        var i = 0;
        while (i < window.Length)
        {
            if (!char.IsLetter(window[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < window.Length && IsWordChar(window[i]))
            {
                AddHint(window[i], hints);
                i++;
            }

            words++;
            var length = i - start;

            // Hyphenated parts are names or compounds ("Deir ez-Zor", "al-Hasakeh"), not function words.
            var joinedAfter = i + 1 < window.Length && IsHyphen(window[i]) && char.IsLetter(window[i + 1]);
            var joinedBefore = start >= 2 && IsHyphen(window[start - 1]) && char.IsLetter(window[start - 2]);
            if (joinedAfter || joinedBefore || length > MaxWordLength)
            {
                continue;
            }

            // An elided article or pronoun keeps its apostrophe: French "l'", "qu'", Italian "dell'".
            var elided = i + 1 < window.Length && IsApostrophe(window[i]) && char.IsLetter(window[i + 1]);

            for (var k = 0; k < length; k++)
            {
                var c = window[start + k];
                word[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.ToLowerInvariant(c);
            }

            if (elided)
            {
                word[length++] = '\'';
            }

            if (FunctionWords.TryGetValue(word[..length], out var languages))
            {
                anyHit = true;
                for (var mask = languages.Mask; mask != 0; mask &= mask - 1)
                {
                    var language = BitOperations.TrailingZeroCount(mask);
                    scores[language] += languages.Weight;
                    hits[language]++;
                }
            }
        }

        if (words < MinWords || !anyHit)
        {
            return TooShort;
        }

        int best = 0, second = -1;
        for (var l = 0; l < LanguageCount; l++)
        {
            if (hits[l] > 0)
            {
                scores[l] += Math.Min(hints[l], HintCap) * HintWeight;
            }
        }

        for (var l = 1; l < LanguageCount; l++)
        {
            if (scores[l] > scores[best])
            {
                second = best;
                best = l;
            }
            else if (second < 0 || scores[l] > scores[second])
            {
                second = l;
            }
        }

        var margin = scores[best] / (scores[best] + scores[second] + 1);
        var coverage = (double)hits[best] / words;
        var confidence = margin * (0.5 + (0.5 * Math.Min(1, coverage / FullCoverage)));
        return new LanguageGuess(Lists[best].Code, Math.Round(Math.Clamp(confidence, 0, 1), 3), "function-words");
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetter(c) || (c >= 0x80 && (char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark));

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Straight and curly apostrophes alike: ' ’ ‘ ʼ.</summary>
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    /// <summary>Adds a hint letter's share to each language it points to.</summary>
    private static void AddHint(char c, Span<double> hints)
    {
        if (c < 0x80)
        {
            return;
        }

        if (!HintLetters.TryGetValue(char.ToLowerInvariant(c), out var mask))
        {
            return;
        }

        var weight = 1.0 / BitOperations.PopCount(mask);
        for (; mask != 0; mask &= mask - 1)
        {
            hints[BitOperations.TrailingZeroCount(mask)] += weight;
        }
    }

    private static FrozenDictionary<char, uint> BuildHints()
    {
        (string Letters, string Codes)[] hints =
        [
            ("ß", "de"),
            ("ñ", "es"),
            ("ãõ", "pt"),
            ("ç", "fr pt tr ku"),
            ("œ", "fr"),
            ("èù", "fr it"),
            ("ìò", "it"),
            ("ğı", "tr"),
            ("ş", "tr ku ro"),
            ("ê", "fr pt ku"),
            ("î", "fr ro ku"),
            ("û", "fr ku"),
            ("øæ", "da no"),
            ("å", "sv da no"),
            ("ä", "de sv fi"),
            ("ö", "de sv fi tr hu"),
            ("ü", "de tr hu"),
            ("őű", "hu"),
            ("ąęłśźżćń", "pl"),
            ("řěů", "cs"),
            ("ășțţ", "ro"),
        ];

        var masks = new Dictionary<char, uint>();
        foreach (var (letters, codes) in hints)
        {
            var mask = 0u;
            foreach (var code in codes.Split(' '))
            {
                var index = Array.FindIndex(Lists, l => l.Code == code);
                Debug.Assert(index >= 0, $"no word list for {code}");
                mask |= 1u << index;
            }

            foreach (var letter in letters)
            {
                masks[letter] = mask;
            }
        }

        return masks.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, WordLanguages> BuildFunctionWords()
    {
        Debug.Assert(Lists.Length <= 32, "a language mask is a uint");
        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var l = 0; l < Lists.Length; l++)
        {
            foreach (var listed in Lists[l].Words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                Debug.Assert(listed.Length <= MaxWordLength + 1, $"{listed} is longer than a looked-up word");

                // Romanian is written with comma-below ș ț and, in older text, cedilla ş ţ.
                var cedilla = listed.Replace('ș', 'ş').Replace('ț', 'ţ');
                masks[listed] = masks.GetValueOrDefault(listed) | (1u << l);
                masks[cedilla] = masks.GetValueOrDefault(cedilla) | (1u << l);
            }
        }

        return masks.ToFrozenDictionary(
            p => p.Key,
            p => new WordLanguages(p.Value, 1.0 / BitOperations.PopCount(p.Value)),
            StringComparer.Ordinal);
    }

    private static Script ScriptOf(int c) => c switch
    {
        < 0x0250 or (>= 0x1E00 and < 0x1F00) or (>= 0x2C60 and < 0x2C80) or (>= 0xA720 and < 0xA800) => Script.Latin,
        (>= 0x0370 and < 0x0400) or (>= 0x1F00 and < 0x2000) => Script.Greek,
        >= 0x0400 and < 0x0530 => Script.Cyrillic,
        >= 0x0530 and < 0x0590 => Script.Armenian,
        (>= 0x0590 and < 0x0600) or (>= 0xFB1D and < 0xFB50) => Script.Hebrew,
        (>= 0x0600 and < 0x0700) or (>= 0x0750 and < 0x0780) or (>= 0x08A0 and < 0x0900)
            or (>= 0xFB50 and < 0xFE00) or (>= 0xFE70 and < 0xFF00) => Script.Arabic,
        >= 0x0900 and < 0x0980 => Script.Devanagari,
        >= 0x0E00 and < 0x0E80 => Script.Thai,
        (>= 0x10A0 and < 0x1100) or (>= 0x1C90 and < 0x1CC0) or (>= 0x2D00 and < 0x2D30) => Script.Georgian,
        (>= 0x1100 and < 0x1200) or (>= 0x3130 and < 0x3190) or (>= 0xA960 and < 0xA980) or (>= 0xAC00 and < 0xD7B0) => Script.Hangul,
        (>= 0x3040 and < 0x3100) or (>= 0x31F0 and < 0x3200) or (>= 0xFF66 and < 0xFFA0) => Script.Kana,
        (>= 0x3400 and < 0x4DC0) or (>= 0x4E00 and < 0xA000) or (>= 0xF900 and < 0xFB00) or (>= 0x20000 and < 0x32000) => Script.Han,
        _ => Script.Other,
    };

    /// <summary>The languages a function word belongs to and the share of a hit each one gets.</summary>
    private readonly record struct WordLanguages(uint Mask, double Weight);

    /// <summary>Counts of letters that tell apart languages sharing the Arabic or the Cyrillic script.</summary>
    private struct ScriptMarkers
    {
        private int persianOnly;   // پ چ ژ گ: absent from Arabic
        private int persianForms;  // ی ک: Persian yeh and keheh
        private int arabicForms;   // ي ك ى ة: Arabic yeh, kaf, alef maksura, teh marbuta
        private int urdu;          // ٹ ڈ ڑ ے ں ہ
        private int sorani;        // ە ێ ۆ ڵ ڕ: Central Kurdish
        private int ukrainian;     // і ї є ґ
        private int russian;       // ы э ё (not ъ, common in Bulgarian)

        public void Add(int c)
        {
            switch (c)
            {
                case 0x067E or 0x0686 or 0x0698 or 0x06AF:
                    persianOnly++;
                    break;
                case 0x06CC or 0x06A9:
                    persianForms++;
                    break;
                case 0x064A or 0x0643 or 0x0649 or 0x0629:
                    arabicForms++;
                    break;
                case 0x0679 or 0x0688 or 0x0691 or 0x06D2 or 0x06BA or 0x06C1:
                    urdu++;
                    break;
                case 0x06D5 or 0x06CE or 0x06C6 or 0x06B5 or 0x0695:
                    sorani++;
                    break;
                case 0x0456 or 0x0457 or 0x0454 or 0x0491 or 0x0406 or 0x0407 or 0x0404 or 0x0490:
                    ukrainian++;
                    break;
                case 0x044B or 0x044D or 0x0451 or 0x042B or 0x042D or 0x0401:
                    russian++;
                    break;
            }
        }

        /// <summary>Urdu or Central Kurdish by their own letters, else Persian, else Arabic.</summary>
        public readonly LanguageGuess ArabicScript(int letters, double share)
        {
            var distinct = Math.Max(2, letters / 100);
            if (urdu >= distinct && urdu >= sorani)
            {
                return ScriptGuess("ur", share * Margin(urdu, sorani));
            }

            if (sorani >= distinct)
            {
                return ScriptGuess("ku", share * Margin(sorani, urdu));
            }

            var persian = (persianOnly * 3) + persianForms;
            var persianByLetters = persianOnly >= Math.Max(1, letters / 200);
            var persianByForms = persianForms >= 2 && persianForms > arabicForms;
            return persianByLetters || persianByForms
                ? ScriptGuess("fa", share * Margin(persian, arabicForms))
                : ScriptGuess("ar", share * Margin(arabicForms, persian));
        }

        public readonly LanguageGuess CyrillicScript(double share) =>
            ukrainian > russian
                ? ScriptGuess("uk", share * Margin(ukrainian, russian))
                : ScriptGuess("ru", share * Margin(russian, ukrainian));
    }
}
