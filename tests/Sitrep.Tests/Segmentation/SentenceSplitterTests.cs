using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Tests.Segmentation;

/// <summary>One test per hard case of sentence splitting, on real news sentences.</summary>
public sealed class SentenceSplitterTests
{
    private static string[] Split(string paragraph, int maxSentenceChars = 2_000) => Split(paragraph, maxSentenceChars, out _);

    private static string[] Split(string paragraph, int maxSentenceChars, out int cuts)
    {
        var ranges = new List<TextRange>();
        SentenceSplitter.Split(paragraph, new TextRange(0, paragraph.Length), maxSentenceChars, ranges, out cuts);
        return [.. ranges.Select(r => r.Slice(paragraph))];
    }

    // Seeds

    [Fact]
    public void Split_SeedParagraphTwoSentences_BreaksAfterFullStop()
    {
        // From /work/shared/seeds/003_48e0be190076b78b.txt.
        const string paragraph =
            "On the Syrian side, government forces declared victory in Deir Ezzor, the last major city in the country's eastern desert where the militants still had a presence. " +
            "On the Iraqi side, pro-government forces said they had captured the last ISIL-held border post with Syria in the Euphrates valley and entered the nearby town of Al Qaim, the group's last Iraqi bastion.";

        Assert.Equal(
            [
                "On the Syrian side, government forces declared victory in Deir Ezzor, the last major city in the country's eastern desert where the militants still had a presence.",
                "On the Iraqi side, pro-government forces said they had captured the last ISIL-held border post with Syria in the Euphrates valley and entered the nearby town of Al Qaim, the group's last Iraqi bastion.",
            ],
            Split(paragraph));
    }

    [Fact]
    public void Split_SeedQuoteWithSpacedEllipsisAndTwoQuotedSentences_BreaksOnlyAtSentenceEnds()
    {
        // From /work/shared/seeds/003_48e0be190076b78b.txt.
        const string paragraph =
            "\"As ISIL continues to be hunted into these smallest areas ... we see them fleeing into the desert and hiding there in an attempt to devolve back into an insurgent terrorist group,\" Col Dillon said. " +
            "\"The idea of ISIL and the virtual caliphate, that will not be defeated in the near term. There is still going to be an ISIL threat.\"";

        Assert.Equal(
            [
                "\"As ISIL continues to be hunted into these smallest areas ... we see them fleeing into the desert and hiding there in an attempt to devolve back into an insurgent terrorist group,\" Col Dillon said.",
                "\"The idea of ISIL and the virtual caliphate, that will not be defeated in the near term.",
                "There is still going to be an ISIL threat.\"",
            ],
            Split(paragraph));
    }

    [Fact]
    public void Split_SeedBulletList_EachBulletLineIsASentence()
    {
        // From /work/shared/seeds/004_272f6d9faaa49ae3.txt, as one paragraph.
        const string paragraph =
            "It has provided the following breakdown of the areas where they are based\n" +
            "  • The Yarmouk Basin – 1,500 to 2,000.\n" +
            "  • Northwestern Syria – at least 1,000.\n" +
            "  • Southern Damascus – 1,500 to 2,000 (some sources claim as high as 3,000).";

        Assert.Equal(
            [
                "It has provided the following breakdown of the areas where they are based",
                "• The Yarmouk Basin – 1,500 to 2,000.",
                "• Northwestern Syria – at least 1,000.",
                "• Southern Damascus – 1,500 to 2,000 (some sources claim as high as 3,000).",
            ],
            Split(paragraph));
    }

    // Abbreviations

    [Fact]
    public void Split_AbbreviationColBeforeName_DoesNotBreak()
    {
        var sentences = Split("\"We do expect them now to try to flee,\" the coalition spokesman US Col. Ryan Dillon said. He estimated there were 1,500-2,500 fighters left in Al Qaim.");

        Assert.Equal(
            ["\"We do expect them now to try to flee,\" the coalition spokesman US Col. Ryan Dillon said.", "He estimated there were 1,500-2,500 fighters left in Al Qaim."],
            sentences);
    }

    [Fact]
    public void Split_MilitaryRanksLtGenSgtCaptMajBrigAdm_DoNotBreak()
    {
        const string paragraph =
            "Lt. Gen. Paul Funk, Sgt. Maj. John Troxell, Capt. Bill Urban, Maj. Adrian Rankine-Galloway, Brig. Gen. Jonathan Braga and Adm. Craig Faller met in Baghdad.";

        Assert.Single(Split(paragraph));
    }

    [Fact]
    public void Split_CivilTitlesMrMrsMsDrProfSenRepGovRev_DoNotBreak()
    {
        const string paragraph =
            "Mr. Trump spoke to Mrs. May, Ms. Haley, Dr. Ali Hassan, Prof. Fawaz Gerges, Sen. John McCain, Rep. Adam Schiff, Gov. Jerry Brown and Rev. Al Sharpton on Monday. None of them commented.";

        Assert.Equal(2, Split(paragraph).Length);
    }

    [Fact]
    public void Split_PlaceAbbreviationsStMtFt_DoNotBreak()
    {
        Assert.Single(Split("Troops moved from Ft. Bragg to St. Petersburg and then to Mt. Hermon, a spokesman said."));
    }

    [Fact]
    public void Split_USBeforeProperNoun_DoesNotBreak()
    {
        Assert.Single(Split("The U.S. Central Command said strikes near Abu Kamal destroyed an ISIS headquarters."));
    }

    [Fact]
    public void Split_UNBeforeEnvoyName_DoesNotBreak()
    {
        Assert.Single(Split("U.N. envoy Staffan de Mistura said talks in Geneva would resume on Tuesday."));
    }

    [Fact]
    public void Split_USEndingSentenceBeforeThe_Breaks()
    {
        Assert.Equal(
            ["The sanctions were first imposed by the U.S.", "The European Union followed a week later."],
            Split("The sanctions were first imposed by the U.S. The European Union followed a week later."));
    }

    [Fact]
    public void Split_LowerCaseAfterUS_DoesNotBreak()
    {
        Assert.Single(Split("The strikes were carried out by the U.S. and its allies in the coalition."));
    }

    [Fact]
    public void Split_MonthAbbreviationsBeforeDay_DoNotBreak()
    {
        const string paragraph =
            "Attacks were reported on Jan. 3, Feb. 14, Aug. 2, Sept. 11, Oct. 7, Nov. 13 and Dec. 25, the monitor said. Nobody claimed them.";

        Assert.Equal(2, Split(paragraph).Length);
    }

    [Fact]
    public void Split_NoBeforeNumber_DoesNotBreak()
    {
        Assert.Equal(
            ["He was the group's No. 2 leader.", "He was killed in an air strike near Raqqa."],
            Split("He was the group's No. 2 leader. He was killed in an air strike near Raqqa."));
    }

    [Fact]
    public void Split_EgAndIeBeforeCapitalisedName_DoNotBreak()
    {
        Assert.Equal(
            ["Some armed groups, e.g. Jaish al-Islam, withdrew to the north.", "Others, i.e. Faylaq al-Rahman, stayed."],
            Split("Some armed groups, e.g. Jaish al-Islam, withdrew to the north. Others, i.e. Faylaq al-Rahman, stayed."));
    }

    [Fact]
    public void Split_EtcAtSentenceEnd_Breaks()
    {
        Assert.Equal(
            ["They brought tanks, artillery, rocket launchers etc.", "The offensive began at dawn."],
            Split("They brought tanks, artillery, rocket launchers etc. The offensive began at dawn."));
    }

    [Fact]
    public void Split_VsBetweenNames_DoesNotBreak()
    {
        Assert.Single(Split("The case of Hamdan vs. Rumsfeld reached the Supreme Court in 2006."));
    }

    [Fact]
    public void Split_CompanyIncCorpLtdBeforeSaid_DoNotBreak()
    {
        Assert.Single(Split("Shares of Raytheon Co. rose after Lockheed Martin Corp. and BAE Systems Ltd. said the Saudi orders stood."));
    }

    [Fact]
    public void Split_JrAtSentenceEndBeforeHe_Breaks()
    {
        Assert.Equal(
            ["The letter was signed by Martin Dempsey Jr.", "He did not comment further."],
            Split("The letter was signed by Martin Dempsey Jr. He did not comment further."));
    }

    [Fact]
    public void Split_LowerCaseAfterAbbreviation_DoesNotBreak()
    {
        Assert.Single(Split("The list included tanks, drones etc. and was sent to the U.N. on Friday."));
    }

    // Initials

    [Fact]
    public void Split_SpacedInitials_DoNotBreak()
    {
        Assert.Single(Split("The book by J. R. R. Tolkien was found in the ruins of the library."));
    }

    [Fact]
    public void Split_MiddleInitial_DoesNotBreakButFollowingSentenceDoes()
    {
        Assert.Equal(
            ["George W. Bush ordered the invasion of Iraq in 2003.", "Saddam Hussein was captured months later."],
            Split("George W. Bush ordered the invasion of Iraq in 2003. Saddam Hussein was captured months later."));
    }

    // Numbers

    [Fact]
    public void Split_DecimalsAndThousands_DoNotBreak()
    {
        Assert.Equal(
            ["Some 1.5 million people have fled Idlib since December.", "About 8,000 fighters remain, down from 11,000."],
            Split("Some 1.5 million people have fled Idlib since December. About 8,000 fighters remain, down from 11,000."));
    }

    [Fact]
    public void Split_YearBeforeNumberStartingNextSentence_Breaks()
    {
        Assert.Equal(2, Split("The group proclaimed its caliphate in 2014. 23 soldiers were killed on Monday.").Length);
    }

    // Ellipses

    [Fact]
    public void Split_UnicodeEllipsisBeforeLowerCase_DoesNotBreak()
    {
        Assert.Single(Split("The fighters retreated into the desert… we never saw them again, a resident said."));
    }

    [Fact]
    public void Split_AttachedEllipsisBeforeCapital_Breaks()
    {
        Assert.Equal(
            ["The fighters retreated into the desert...", "Then the shelling began."],
            Split("The fighters retreated into the desert... Then the shelling began."));
    }

    [Fact]
    public void Split_SpacedEllipsisBeforeProperNoun_DoesNotBreak()
    {
        Assert.Single(Split("\"We will hunt them down ... Raqqa will be liberated soon,\" the commander said."));
    }

    // Quotes and brackets

    [Fact]
    public void Split_QuoteOpeningNextSentence_BreaksBeforeTheQuote()
    {
        // From /work/shared/seeds/000_08ad0a59f1ee1c3a.txt.
        Assert.Equal(
            ["\"There no longer is one central command giving orders.", "ISIS has been turned into groups scattered over Syria,\" said Abdel Rahman."],
            Split("\"There no longer is one central command giving orders. ISIS has been turned into groups scattered over Syria,\" said Abdel Rahman."));
    }

    [Fact]
    public void Split_ClosingQuoteAfterFullStop_StaysWithFirstSentence()
    {
        Assert.Equal(
            ["He said: \"The battle for Mosul is over.\"", "The army then withdrew to the south."],
            Split("He said: \"The battle for Mosul is over.\" The army then withdrew to the south."));
    }

    [Fact]
    public void Split_FullStopThenOpeningQuote_BreaksAfterFullStop()
    {
        Assert.Equal(
            ["The commander spoke to reporters on Sunday.", "\"Next week we enter Raqqa,\" he said."],
            Split("The commander spoke to reporters on Sunday. \"Next week we enter Raqqa,\" he said."));
    }

    [Fact]
    public void Split_CurlyQuotes_BreakAfterClosingQuote()
    {
        // From /work/shared/seeds/002_cfce1de6db572c85.txt, with a second sentence.
        Assert.Equal(
            ["Yet last week Russia hastened to declare that Syria was “completely liberated.”", "The group denied it."],
            Split("Yet last week Russia hastened to declare that Syria was “completely liberated.” The group denied it."));
    }

    [Fact]
    public void Split_CurlySingleQuotes_BreakAfterClosingQuote()
    {
        Assert.Equal(
            ["Officials called it a ‘tactical withdrawal.’", "Residents disagreed."],
            Split("Officials called it a ‘tactical withdrawal.’ Residents disagreed."));
    }

    [Fact]
    public void Split_ClosingBracketAfterFullStop_StaysWithFirstSentence()
    {
        Assert.Equal(
            ["(The figures could not be verified.)", "The monitor said 62 were killed."],
            Split("(The figures could not be verified.) The monitor said 62 were killed."));
    }

    // ? and !

    [Fact]
    public void Split_QuestionAndExclamation_Break()
    {
        Assert.Equal(
            ["Who will control Raqqa after the battle?", "Nobody knows yet!", "The talks resume on Monday."],
            Split("Who will control Raqqa after the battle? Nobody knows yet! The talks resume on Monday."));
    }

    [Fact]
    public void Split_QuotedQuestionBeforeLowerCaseSaid_DoesNotBreak()
    {
        Assert.Single(Split("\"Why would we surrender now?\" he asked reporters in Idlib."));
    }

    // Missing space

    [Fact]
    public void Split_MissingSpaceAfterFullStopBeforeCapital_Breaks()
    {
        Assert.Equal(
            ["Turkey said the militants had been cleared from its territory.", "This was reported by state media."],
            Split("Turkey said the militants had been cleared from its territory.This was reported by state media."));
    }

    [Fact]
    public void Split_MissingSpaceButInitialismDomainOrDecimal_DoesNotBreak()
    {
        Assert.Single(Split("The U.S.-backed SDF, e.g.Raqqa units, posted 1.5 million views on example.com and Twitter.Com/sdf today."));
    }

    // Headlines and stripped text

    [Fact]
    public void Split_HeadlineWithoutFullStop_IsOneSentence()
    {
        Assert.Equal(
            ["ISIS 'caliphate' has disintegrated in Syria: observers"],
            Split("ISIS 'caliphate' has disintegrated in Syria: observers"));
    }

    [Fact]
    public void Split_StrippedPunctuationLongerThanLimit_CutsAtLastWhiteSpaceBeforeLimit()
    {
        // FA-KES style: no commas and no full stops.
        var words = "the Syrian Observatory for Human Rights said that government forces backed by Russian air strikes advanced in eastern Ghouta ";
        var paragraph = string.Concat(Enumerable.Repeat(words, 40)).TrimEnd();

        var sentences = Split(paragraph, 200, out var cuts);

        Assert.True(cuts > 0);
        Assert.True(sentences.Length >= paragraph.Length / 200);
        Assert.All(sentences, s => Assert.True(s.Length <= 200, $"{s.Length} chars"));

        // Each cut falls at white space: no word is split.
        var joined = string.Join(" ", sentences);
        Assert.Equal(paragraph, joined);
        var lengths = sentences.Select(s => s.Length).ToArray();
        Assert.All(lengths[..^1], l => Assert.True(l > 200 - 20, $"cut too early at {l}"));
    }

    [Fact]
    public void Split_LongSentenceWithoutWhiteSpace_CutsAtTheLimit()
    {
        var paragraph = new string('x', 450);

        var sentences = Split(paragraph, 200, out var cuts);

        Assert.Equal(1, cuts);
        Assert.Equal([200, 200, 50], sentences.Select(s => s.Length));
    }

    [Fact]
    public void Split_ShortParagraph_IsNotCut()
    {
        Split("Air strikes hit Douma.", 2_000, out var cuts);
        Assert.Equal(0, cuts);
    }

    // Bullets and lines

    [Fact]
    public void Split_NumberedAndDashedLines_EachIsASentence()
    {
        const string paragraph =
            "1. Hajar al-Aswad\n2) Tadamon\n- Yarmuk camp\n* Qadam\n– Eastern Ghouta";

        Assert.Equal(["1. Hajar al-Aswad", "2) Tadamon", "- Yarmuk camp", "* Qadam", "– Eastern Ghouta"], Split(paragraph));
    }

    [Fact]
    public void Split_LineBreakBeforeBulletInsideSentence_Breaks()
    {
        Assert.Equal(
            ["Al-Masdar lists the pockets", "· Southern Damascus – 1,500 to 2,000"],
            Split("Al-Masdar lists the pockets\n· Southern Damascus – 1,500 to 2,000"));
    }

    [Fact]
    public void Split_LineBreakWithoutBullet_DoesNotBreak()
    {
        Assert.Single(Split("Government forces advanced on\nthe town of Al Qaim on Friday."));
    }

    [Fact]
    public void Split_ParagraphRangeInsideText_ReturnsOffsetsIntoText()
    {
        const string text = "HEADLINE\n\n  Air strikes hit Douma. Dozens were killed.  \n\nFOOTER";
        var start = text.IndexOf("  Air", StringComparison.Ordinal);
        var end = text.IndexOf("\n\nFOOTER", StringComparison.Ordinal);
        var ranges = new List<TextRange>();

        SentenceSplitter.Split(text, new TextRange(start, end), 2_000, ranges);

        Assert.Equal(["Air strikes hit Douma.", "Dozens were killed."], ranges.Select(r => r.Slice(text)));
        Assert.Equal(start + 2, ranges[0].Start);
    }
}
