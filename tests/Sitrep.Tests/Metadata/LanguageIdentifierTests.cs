using FsCheck;
using FsCheck.Fluent;
using Sitrep.Metadata;

namespace Sitrep.Tests.Metadata;

/// <summary>Language identification on short news paragraphs, by script and by function words.</summary>
public sealed class LanguageIdentifierTests
{
    public static TheoryData<string, string> Paragraphs => new()
    {
        {
            "en",
            "Two civilians were killed on Thursday in a drone strike on a village near Qamishli, the Syrian Democratic Forces said. "
            + "The Kurdish-led alliance blamed the Turkish army for the attack, which came a day after heavy shelling in the area."
        },
        {
            "fr",
            "Deux civils ont été tués jeudi dans une frappe de drone contre un village près de Hassaké, ont annoncé les Forces "
            + "démocratiques syriennes. Selon l'alliance dominée par les Kurdes, l'attaque a été menée par l'armée turque."
        },
        {
            "de",
            "Bei einem Drohnenangriff auf ein Dorf in der Nähe von Hassaka sind nach Angaben der Demokratischen Kräfte Syriens "
            + "zwei Zivilisten getötet worden. Die kurdisch geführte Miliz machte die türkische Armee für den Angriff verantwortlich."
        },
        {
            "es",
            "Dos civiles murieron el jueves en un ataque con dron contra una aldea cerca de Hasaka, según informaron las Fuerzas "
            + "Democráticas Sirias. La alianza liderada por los kurdos atribuyó el ataque al ejército turco."
        },
        {
            "it",
            "Due civili sono stati uccisi giovedì in un attacco con un drone contro un villaggio vicino ad Hasaka, hanno reso noto "
            + "le Forze democratiche siriane. Secondo l'alleanza a guida curda, l'attacco è stato condotto dall'esercito turco."
        },
        {
            "pt",
            "Dois civis foram mortos na quinta-feira num ataque de drone contra uma aldeia perto de Hasakah, informaram as Forças "
            + "Democráticas Sírias. Segundo a aliança liderada pelos curdos, o ataque foi realizado pelo exército turco."
        },
        {
            "nl",
            "Bij een droneaanval op een dorp in de buurt van Hasaka zijn donderdag twee burgers om het leven gekomen, meldden de "
            + "Syrische Democratische Strijdkrachten. Volgens de door Koerden geleide alliantie werd de aanval uitgevoerd door het Turkse leger."
        },
        {
            "tr",
            "Suriye Demokratik Güçleri, Haseke yakınlarındaki bir köye düzenlenen insansız hava aracı saldırısında iki sivilin "
            + "hayatını kaybettiğini açıkladı. Yapılan açıklamaya göre saldırı Türk ordusu tarafından gerçekleştirildi ve çok sayıda ev de zarar gördü."
        },
        {
            "ku",
            "Hêzên Sûriya Demokratîk ragihandin ku di êrîşeke balafirên bêmirov de li gundekî nêzî Hesekê du sivîl hatin kuştin. "
            + "Li gorî daxuyaniyê, êrîş ji aliyê artêşa Tirk ve hat kirin û gelek xanî jî hilweşiyan."
        },
        {
            "ar",
            "أعلنت قوات سوريا الديمقراطية مقتل مدنيين اثنين في غارة بطائرة مسيرة على قرية قرب الحسكة يوم الخميس. "
            + "وقالت في بيان إن الهجوم نفذه الجيش التركي بعد يوم من قصف مدفعي على المنطقة."
        },
        {
            "fa",
            "نیروهای دموکراتیک سوریه اعلام کردند که در حمله پهپادی به روستایی در نزدیکی حسکه دو غیرنظامی کشته شدند. "
            + "به گفته این گروه، این حمله از سوی ارتش ترکیه انجام شده است."
        },
        {
            "ru",
            "Сирийские правительственные войска при поддержке российской авиации в четверг начали наступление на юге провинции Идлиб. "
            + "По данным наблюдателей, погибли не менее десяти мирных жителей."
        },
        {
            "en",
            "Fighting resumed in Hajar al-Aswad and al-Qadam on Sunday as regime forces shelled Deir ez-Zor, al-Hasakeh and "
            + "Abu Kamal, according to the Syrian Observatory for Human Rights."
        },
        {
            "en",
            "syrian army helicopters dropped barrel bombs on the town of daraya in damascus countryside killing at least 12 "
            + "civilians including women and children according to local activists the rebels responded with mortar fire on the "
            + "mezzeh military airport"
        },
        {
            "en",
            "Civilians flee as the army shells eastern Ghouta"
        },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Identify_NewsParagraph_GivesItsLanguage(string expected, string text)
    {
        var guess = LanguageIdentifier.Identify(text);

        Assert.True(expected == guess.Code, $"expected {expected}, got {guess}");
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("ur", "شام کے شمال مشرقی صوبے حسکہ میں ڈرون حملے میں دو شہری ہلاک ہو گئے ہیں۔")]
    [InlineData("uk", "Сирійські урядові війська у четвер почали наступ на півдні провінції Ідліб, повідомили спостерігачі.")]
    [InlineData("he", "שני אזרחים נהרגו ביום חמישי בתקיפת מל\"ט בכפר סמוך לחסכה שבצפון מזרח סוריה.")]
    [InlineData("el", "Δύο άμαχοι σκοτώθηκαν την Πέμπτη σε επίθεση με drone σε χωριό κοντά στη Χασάκα της Συρίας.")]
    [InlineData("zh", "叙利亚东北部哈塞克省一个村庄周四遭到无人机袭击，两名平民死亡。")]
    [InlineData("ja", "シリア北東部ハサカ近郊の村で木曜日、無人機による攻撃があり、民間人２人が死亡した。")]
    [InlineData("ko", "시리아 북동부 하사카 인근 마을에서 목요일 드론 공격으로 민간인 두 명이 숨졌다.")]
    public void Identify_NonLatinScript_DecidesByScript(string expected, string text)
    {
        var guess = LanguageIdentifier.Identify(text);

        Assert.Equal(expected, guess.Code);
        Assert.Equal("script", guess.Rule);
    }

    [Fact]
    public void Identify_LatinParagraph_UsesFunctionWordsRule()
    {
        var guess = LanguageIdentifier.Identify("The Syrian Observatory said that at least ten fighters were killed in the clashes.");

        Assert.Equal(new LanguageGuess(guess.Code, guess.Confidence, "function-words"), guess);
        Assert.True(guess.IsEnglish);
    }

    [Fact]
    public void Identify_EnglishQuotingAnArabicSentence_StaysEnglish()
    {
        var text = "The statement, issued in Arabic as \"قوات سوريا الديمقراطية\", said the Syrian Democratic Forces had retaken "
            + "the village after three days of fighting with Islamic State militants near the Euphrates.";

        Assert.Equal("en", LanguageIdentifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Syria")]
    [InlineData("Deir ez-Zor, al-Hasakeh")]
    [InlineData("in the of")]
    [InlineData("12 / 04 / 2016 - 14:30")]
    [InlineData("Qamishli Hasakeh Raqqa Manbij Kobani Afrin")]
    [InlineData("حلب")]
    public void Identify_EmptyShortOrWordless_IsUndetermined(string text)
    {
        Assert.Equal(new LanguageGuess("und", 0, "too-short"), LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Identify_OneMegabyteOfOneLetter_Terminates()
    {
        var guess = LanguageIdentifier.Identify(new string('a', 1_000_000));

        Assert.Equal("und", guess.Code);
    }

    [Fact]
    public void Identify_OneMegabyteOfShortWords_ReadsOnlyTheWindow()
    {
        var text = string.Concat(Enumerable.Repeat("the war in Syria and Iraq ", 40_000));

        Assert.Equal("en", LanguageIdentifier.Identify(text).Code);
    }

    [Fact]
    public void Identify_CurlyApostrophe_CountsLikeStraight()
    {
        const string Straight = "L'armée syrienne a repris jeudi la ville d'Al-Bab, qu'elle avait perdue l'an dernier.";
        var curly = Straight.Replace('\'', '’');

        Assert.Equal(LanguageIdentifier.Identify(Straight), LanguageIdentifier.Identify(curly));
        Assert.Equal("fr", LanguageIdentifier.Identify(curly).Code);
    }

    [Fact]
    public void Property_AnyText_GivesACodeAndAConfidenceInRange()
    {
        static bool Holds(string text)
        {
            var guess = LanguageIdentifier.Identify(text);
            return guess.Code.Length is 2 or 3 && guess.Confidence is >= 0 and <= 1 && guess.Rule is "script" or "function-words" or "too-short";
        }

        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }
}
