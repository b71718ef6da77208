using System.Text;
using Sitrep.Documents;
using Sitrep.Html;

namespace Sitrep.Tests.Html;

public sealed class HtmlArticleReaderTests
{
    private static SourceArticle ReadFixture(string file) =>
        HtmlArticleReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", file)), file);

    /// <summary>Each part occurs in the text, in this order.</summary>
    private static void AssertInOrder(string text, params string[] parts)
    {
        var from = 0;
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{part}\" not found in order in:\n{text}");
            from = at + part.Length;
        }
    }

    private static void AssertNone(string text, params string[] parts)
    {
        foreach (var part in parts)
        {
            Assert.DoesNotContain(part, text, StringComparison.Ordinal);
        }
    }

    private static Removal RemovalWith(SourceArticle article, string rule, string excerptStart) =>
        Assert.Single(article.Removals, r => r.Rule == rule && r.Excerpt.StartsWith(excerptStart, StringComparison.Ordinal));

    // ---- A wire story on a news site: nav, share bar, related rail, comments, cookie banner, captioned figure.

    [Fact]
    public void Read_WireStory_StartsWithHeadlineThenStandfirstThenBody()
    {
        var article = ReadFixture("wire-story.html");

        Assert.StartsWith(
            "Air strikes kill 14 in Syria's Idlib, monitor says\n\nRaids hit a market town south of Idlib city as government forces press their offensive on the last big rebel bastion.\n\nBEIRUT: Air strikes by the Syrian regime",
            article.Text,
            StringComparison.Ordinal);
        AssertInOrder(
            article.Text,
            "BEIRUT: Air strikes by the Syrian regime",
            "\n\nThe Syrian Observatory for Human Rights said the raids hit a crowded market",
            "\n\nRescue workers from the White Helmets",
            "\n\nThe Idlib region, home to some three million people",
            "\n\nOffensive on the south\n\n",
            "Government forces, backed by Russian air power",
            "\n\nThe United Nations says at least 180,000 people",
            "\n\n“We are gravely concerned by the escalation,” a UN spokesman said");
        Assert.Equal(SourceFormat.Html, article.Format);
        Assert.Equal("wire-story.html", article.Name);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Read_WireStory_LeavesOutThePageFurniture()
    {
        var article = ReadFixture("wire-story.html");

        AssertNone(
            article.Text,
            "cookies", "Accept all", "Middle East", "Share on Facebook", "(AFP)", "Smoke rises", "Advertisement",
            "Read more", "Thousands flee", "Topics:", "Comments (3)", "Abu Omar", "Post comment", "Related stories",
            "Turkey sends reinforcements", "briefing in your inbox", "All rights reserved", "META DESCRIPTION",
            "dataLayer", "padding", "By Levant Daily staff");
    }

    [Fact]
    public void Read_WireStory_RecordsEachRemovalWithItsRuleInDocumentOrder()
    {
        var article = ReadFixture("wire-story.html");

        var caption = RemovalWith(article, "html.caption", "Smoke rises after an air strike");
        Assert.Equal("photo caption", caption.Reason);
        Assert.True(caption.Excerpt.Length <= 80);
        RemovalWith(article, "html.boilerplate-class", "We use cookies");
        RemovalWith(article, "html.nav", "News Middle East Business");
        RemovalWith(article, "html.boilerplate-class", "Share on Facebook");
        RemovalWith(article, "html.boilerplate-class", "Advertisement");
        RemovalWith(article, "html.read-more", "Read more: Thousands flee");
        RemovalWith(article, "html.boilerplate-class", "Comments (3)");
        RemovalWith(article, "html.boilerplate-class", "Related stories");
        RemovalWith(article, "html.nav", "© 2019 Levant Daily");

        var order = article.Removals.Select(r => r.Excerpt).ToList();
        Assert.True(order.FindIndex(e => e.StartsWith("We use cookies", StringComparison.Ordinal))
            < order.FindIndex(e => e.StartsWith("Smoke rises", StringComparison.Ordinal)));
        Assert.True(order.FindIndex(e => e.StartsWith("Smoke rises", StringComparison.Ordinal))
            < order.FindIndex(e => e.StartsWith("Read more", StringComparison.Ordinal)));
        Assert.True(order.FindIndex(e => e.StartsWith("Comments", StringComparison.Ordinal))
            < order.FindIndex(e => e.StartsWith("©", StringComparison.Ordinal)));
        Assert.All(article.Removals, r => Assert.True(r.Excerpt.Length is > 0 and <= 80));
    }

    [Fact]
    public void Read_WireStory_ReadsMetadataFromLinkMetaAndTime()
    {
        var metadata = ReadFixture("wire-story.html").Metadata;

        Assert.Equal("Air strikes kill 14 in Syria's Idlib, monitor says", metadata.Title);
        Assert.Equal(new DateOnly(2019, 5, 14), metadata.Published);
        Assert.Equal(DateBasis.Text, metadata.PublishedBasis);
        Assert.Equal("Levant Daily", metadata.Outlet);
        Assert.Equal("https://www.levantdaily.example/news/middle-east/air-strikes-kill-14-idlib", metadata.Url);
        Assert.Equal("Levant Daily staff", metadata.Author);
        Assert.Equal("en", metadata.DeclaredLanguage);
    }

    // ---- An opinion column: JSON-LD OpinionNewsArticle in an @graph, a broken second JSON-LD block, a disclaimer.

    [Fact]
    public void Read_OpinionColumn_KeepsTheArgumentAndTheDisclaimer()
    {
        var article = ReadFixture("opinion-column.html");

        Assert.StartsWith("Mosul's reconstruction cannot wait for Baghdad's politicians\n\nA year after Iraqi forces declared victory", article.Text, StringComparison.Ordinal);
        AssertInOrder(
            article.Text,
            "A year after Iraqi forces declared victory over the Islamic State group in Mosul",
            "\n\nThe government in Baghdad has promised billions of dollars",
            "\n\nWe should be honest about why.",
            "\n\n“Every month we wait, more families give up",
            "\n\nThere are things that could be done now",
            "\n\nIf the city is left to rot",
            "\n\nThe views expressed in this column are the author’s own and do not necessarily reflect the editorial policy of The Tigris Review.");
        AssertNone(article.Text, "Skip to content", "Share this", "WhatsApp", "Erbil and Baghdad need a budget deal", "Tagged", "thoughts on", "Spot on", "Recent Posts", "Proudly independent", "| The Tigris Review");
    }

    [Fact]
    public void Read_OpinionColumn_ReadsJsonLdAndStripsTheSiteFromOgTitle()
    {
        var article = ReadFixture("opinion-column.html");
        var metadata = article.Metadata;

        Assert.Equal("Mosul's reconstruction cannot wait for Baghdad's politicians", metadata.Title);
        Assert.Equal(new DateOnly(2018, 7, 10), metadata.Published);
        Assert.Equal("Leila Haddad", metadata.Author);
        Assert.Equal("The Tigris Review", metadata.Outlet);
        Assert.Equal("OpinionNewsArticle", metadata.GenreHint);
        Assert.Equal("https://tigrisreview.example/opinion/2018/07/mosul-reconstruction-cannot-wait/", metadata.Url);
        Assert.Equal("en", metadata.DeclaredLanguage);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle);
        RemovalWith(article, "html.boilerplate-class", "Share this:");
        RemovalWith(article, "html.boilerplate-class", "Related Erbil and Baghdad");
        RemovalWith(article, "html.boilerplate-class", "2 thoughts on");
    }

    // ---- Open Graph and article:* meta, a <time>, itemprop=articleBody, a list, a blockquote.

    [Fact]
    public void Read_MetaAndTime_PrefersMetaDateAndOgTitleAndWritesListsAsBullets()
    {
        var article = ReadFixture("meta-and-time.html");
        var metadata = article.Metadata;

        Assert.Equal("Iraqi forces retake Kirkuk oil fields from Kurdish fighters", metadata.Title);
        Assert.Equal(new DateOnly(2017, 10, 16), metadata.Published);
        Assert.Equal("Northern Iraq News", metadata.Outlet);
        Assert.Equal("https://niqnews.example/2017/10/16/kirkuk-oil-fields", metadata.Url);
        Assert.Equal("Karim Saleh", metadata.Author);
        Assert.Equal("en", metadata.DeclaredLanguage);
        Assert.Equal("article", metadata.GenreHint);

        Assert.StartsWith("Iraqi forces retake Kirkuk oil fields from Kurdish fighters\n\nKIRKUK, Iraq — Iraqi government forces", article.Text, StringComparison.Ordinal);
        AssertInOrder(
            article.Text,
            "According to the Joint Operations Command, the forces now hold:\n\n",
            "• the K1 military base west of the city;\n• the North Oil Company headquarters;\n• the Bai Hassan and Avana fields, which together produce about 250,000\u00a0barrels a day.\n\n",
            "Prime Minister Haider al-Abadi said",
            "\n\n“We did not come to fight our own people,” an Iraqi colonel told reporters",
            "There were no reports of major casualties in the city & its outskirts.");
        AssertNone(article.Text, "Most read", "Download our app", "Copyright 2017", "Kurdistan Syria Region", "Updated");
    }

    // ---- Malformed markup: unquoted attributes, unclosed <p>, stray </div>s, misnested inline tags.

    [Fact]
    public void Read_MalformedPage_StillFindsTheStory()
    {
        var article = ReadFixture("malformed.html");

        Assert.StartsWith("Clashes in Tal Afar leave dozens dead\n\nTAL AFAR, Iraq (Frontline Wire) - Iraqi troops", article.Text, StringComparison.Ordinal);
        AssertInOrder(
            article.Text,
            "pushed into the centre of Tal Afar on Tuesday",
            "\n\nCommanders said at least 40 militants had been killed since Sunday, while a medical source at a field hospital south of the city reported 11 soldiers dead and more than 60 wounded.",
            "\n\nAid agencies estimate that between 10,000 and 20,000 civilians remain trapped",
            "\n\nThe United States-led coalition said it had carried out more than 50 air strikes",
            "\n\nTal Afar, which lies about 70 kilometres west of Mosul");
        AssertNone(article.Text, "Home |", "Tweet", "©");
        Assert.Equal(new DateOnly(2017, 8, 22), article.Metadata.Published);
        Assert.Equal("Frontline Wire", article.Metadata.Outlet);
        RemovalWith(article, "html.boilerplate-class", "Tweet Share");
    }

    // ---- No article: an index of links, a login page, an empty body.

    [Fact]
    public void Read_SectionIndex_WarnsThatThereIsNoArticle()
    {
        var article = ReadFixture("section-index.html");

        var warning = Assert.Single(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("no article content found in the page", warning.Message);
        AssertNone(article.Text, "Government forces shell villages", "UN envoy to meet", "Next page", "News Syria Iraq");
        Assert.Equal("Levant Daily", article.Metadata.Outlet);
        Assert.Equal("website", article.Metadata.GenreHint);
    }

    [Fact]
    public void Read_LoginPage_LeavesOnlyTheHeadingAndWarns()
    {
        var article = ReadFixture("login.html");

        Assert.Contains(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle && d.Severity == Severity.Warning);
        Assert.Equal("Sign in", article.Text);
        RemovalWith(article, "html.form", "Email Password Sign in");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head></head><body></body></html>")]
    [InlineData("<html><body>   \n\t  </body></html>")]
    [InlineData("<body><script>var article = 'not text';</script><style>p { color: red }</style></body>")]
    public void Read_EmptyPage_GivesEmptyTextAndTheWarning(string html)
    {
        var article = HtmlArticleReader.Read(html, "empty.html");

        Assert.Equal(string.Empty, article.Text);
        Assert.Contains(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle);
        Assert.Empty(article.Removals);
        Assert.Null(article.Metadata.Published);
        Assert.Equal(DateBasis.None, article.Metadata.PublishedBasis);
    }

    // ---- The article in <div class="story-body"> without <article>: a layout table, <br><br> paragraphs.

    [Fact]
    public void Read_StoryBodyWithoutArticleElement_SplitsBreaksIntoParagraphs()
    {
        var article = ReadFixture("story-body.html");

        Assert.StartsWith("Turkish troops push deeper into northern Syria\n\nANKARA (Anatolia Monitor) – Turkish tanks", article.Text, StringComparison.Ordinal);
        AssertInOrder(
            article.Text,
            "the sixth day of an operation that Ankara says targets both the Islamic State group and Kurdish militia.\n\n",
            "Turkey's military said its jets had struck 25 targets overnight",
            "\n\nThe Kurdish-led Syrian Democratic Forces denied",
            "\n\nWashington, which backs both Ankara and the Kurdish militia",
            "\n\nThe operation, dubbed Euphrates Shield, is Turkey's deepest incursion");
        AssertNone(article.Text, "Turkish armoured vehicles near Jarablus", "Related:", "Print", "Most popular", "Home World", "SYRIA\n", "All rights reserved");
        Assert.Equal(new DateOnly(2016, 8, 29), article.Metadata.Published);
        Assert.Equal("photo caption", RemovalWith(article, "html.caption", "Turkish armoured vehicles").Reason);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle);
    }

    // ---- Title, standfirst and text rules.

    [Theory]
    [InlineData("<title>Shelling hits Deraa countryside | Hauran Post</title>", "Shelling hits Deraa countryside")]
    [InlineData("<title>Shelling hits Deraa countryside - Hauran Post</title>", "Shelling hits Deraa countryside")]
    [InlineData("<title>Shelling hits Deraa countryside | Syria | Hauran Post</title>", "Shelling hits Deraa countryside")]
    [InlineData("<title>Syria - Shelling hits Deraa countryside</title>", "Syria - Shelling hits Deraa countryside")]
    [InlineData("<title>Shelling hits Deraa countryside | Hauran Post</title><meta property=\"og:title\" content=\"Deraa shelled again\">", "Deraa shelled again")]
    public void Read_TitleWithoutHeadline_ComesFromOgTitleOrTheTitleWithoutSiteSuffix(string head, string expected)
    {
        var article = HtmlArticleReader.Read($"<html><head>{head}</head><body><div><p>{Paragraph}</p><p>{Paragraph}</p></div></body></html>", "t.html");

        Assert.Equal(expected, article.Metadata.Title);
        Assert.StartsWith(expected + "\n\n", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadlineInsideTheArticle_WinsOverTheSiteLogoHeadline()
    {
        var html = $"""
            <html><body>
            <div class="top"><h1 class="brand">Hauran Post</h1></div>
            <article><h1>Shelling hits Deraa countryside</h1><div class="story-body"><p>{Paragraph}</p><p>{Paragraph}</p></div></article>
            </body></html>
            """;

        var article = HtmlArticleReader.Read(html, "h1.html");

        Assert.Equal("Shelling hits Deraa countryside", article.Metadata.Title);
        Assert.Equal(1, CountOf(article.Text, "Shelling hits Deraa countryside"));
    }

    [Fact]
    public void Read_MetaDescription_IsNeverTheStandfirst()
    {
        var html = $"""
            <html><head><meta name="description" content="Described in meta only."><meta property="og:description" content="Described in og only."></head>
            <body><article><h1>Shelling hits Deraa countryside</h1><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "d.html");

        AssertNone(article.Text, "Described in");
        Assert.StartsWith("Shelling hits Deraa countryside\n\nShelling by government forces", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhiteSpace_IsCollapsedButNoBreakSpacesAndEntitiesAreKept()
    {
        var html = $"<html><body><article><h1>  Title \n here </h1><p>Some   {Paragraph}\n\t more&nbsp;text &amp; &#8220;quotes&#8221;  </p></article></body></html>";

        var article = HtmlArticleReader.Read(html, "ws.html");

        Assert.Equal($"Title here\n\nSome {Paragraph} more\u00a0text & “quotes”", article.Text);
    }

    [Fact]
    public void Read_HiddenElements_AreDroppedWithoutARemoval()
    {
        var html = $"""
            <html><body><article><h1>Shelling hits Deraa countryside</h1>
            <p>{Paragraph}</p>
            <div style="display: none">Hidden tracking text</div>
            <p hidden>Hidden paragraph</p>
            <span class="sr-only">Screen reader label</span>
            <p>{Paragraph}</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "hidden.html");

        AssertNone(article.Text, "Hidden", "Screen reader");
        Assert.DoesNotContain(article.Removals, r => r.Excerpt.Contains("Hidden", StringComparison.Ordinal) || r.Excerpt.Contains("Screen", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LinkListInsideTheArticle_IsDroppedAsLinkDense()
    {
        var html = $"""
            <html><body><article><h1>Shelling hits Deraa countryside</h1>
            <p>{Paragraph}</p>
            <ul><li><a href="/1">Deraa: a timeline of the uprising</a></li><li><a href="/2">Who controls southern Syria?</a></li></ul>
            <p>{Paragraph}</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "links.html");

        AssertNone(article.Text, "timeline", "Who controls");
        Assert.Equal("mostly links", RemovalWith(article, "html.link-dense", "• Deraa: a timeline").Reason);
    }

    [Fact]
    public void Read_WordPressArticleWithTagClasses_IsNotDroppedAsFurniture()
    {
        var html = $"""
            <html><body class="has-sidebar header-fixed"><div class="site-content with-sidebar">
            <article class="post tag-syria tag-deraa"><h1>Shelling hits Deraa countryside</h1>
            <div class="entry"><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></div></article>
            </div></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "wp.html");

        Assert.Equal(4, CountOf(article.Text, "Shelling by government forces"));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Read_PageWrappedInOneForm_IsStillRead()
    {
        var html = $"""
            <html><body><form id="aspnetForm" action="default.aspx"><div id="content">
            <h1>Shelling hits Deraa countryside</h1><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p>
            </div></form></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "aspx.html");

        Assert.Equal(3, CountOf(article.Text, "Shelling by government forces"));
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NoArticle);
    }

    // ---- Dates and JSON-LD.

    [Fact]
    public void Read_UnreadableMetaDate_IsReportedAndNotGuessed()
    {
        var html = $"""<html><head><meta property="article:published_time" content="yesterday afternoon"></head><body><article><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>""";

        var article = HtmlArticleReader.Read(html, "date.html");

        Assert.Null(article.Metadata.Published);
        var note = Assert.Single(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.UnreadableDate);
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Contains("yesterday afternoon", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnreadableMetaDateWithJsonLdDate_UsesJsonLdAndNotesTheBadOne()
    {
        var html = $$$"""
            <html><head><meta name="date" content="05/03/2019">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-03-05T23:30:00-05:00","author":[{"@type":"Person","name":"Hala Nasser"},{"@type":"Person","name":"Omar Aziz"}],"publisher":{"@type":"Organization","name":"Hauran Post"}}</script>
            </head><body><article><p>{{{Paragraph}}}</p><p>{{{Paragraph}}}</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "date.html");

        Assert.Equal(new DateOnly(2019, 3, 5), article.Metadata.Published);
        Assert.Equal("Hala Nasser, Omar Aziz", article.Metadata.Author);
        Assert.Equal("Hauran Post", article.Metadata.Outlet);
        Assert.Equal("NewsArticle", article.Metadata.GenreHint);
        Assert.Equal(Severity.Info, Assert.Single(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.UnreadableDate).Severity);
    }

    [Theory]
    [InlineData("{ not json at all")]
    [InlineData("<!-- {\"@type\": \"NewsArticle\", \"datePublished\": \"2020-01-02\"} -->")]
    [InlineData("{\"@type\": \"NewsArticle\", \"headline\": \"line one\nline two\", \"datePublished\": \"2020-01-02\"}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("null")]
    public void Read_GarbageJsonLd_IsToleratedOrRepaired(string json)
    {
        var html = $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><article><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>";

        var article = HtmlArticleReader.Read(html, "ld.html");

        Assert.Contains("Shelling by government forces", article.Text, StringComparison.Ordinal);
        if (json.Contains("2020-01-02", StringComparison.Ordinal))
        {
            Assert.Equal(new DateOnly(2020, 1, 2), article.Metadata.Published);
        }
    }

    [Theory]
    [InlineData("2019-03-05T23:30:00+03:00", 2019, 3, 5)]
    [InlineData("2019-03-05", 2019, 3, 5)]
    [InlineData("20190305", 2019, 3, 5)]
    [InlineData("Tue, 05 Mar 2019 10:00:00 GMT", 2019, 3, 5)]
    [InlineData("March 5, 2019", 2019, 3, 5)]
    [InlineData("25/03/2019", 2019, 3, 25)]
    public void Read_PageDateFormats_GiveTheWrittenDate(string value, int year, int month, int day)
    {
        var html = $"<html><head><meta name=\"pubdate\" content=\"{value}\"></head><body><article><p>{Paragraph}</p></article></body></html>";

        Assert.Equal(new DateOnly(year, month, day), HtmlArticleReader.Read(html, "d.html").Metadata.Published);
    }

    [Fact]
    public void Read_OpinionSection_IsTheGenreHintWhenNoSchemaTypeIsGiven()
    {
        var html = $"""<html><head><meta property="og:type" content="article"><meta property="article:section" content="Comment"></head><body><article><p>{Paragraph}</p></article></body></html>""";

        Assert.Equal("Comment", HtmlArticleReader.Read(html, "s.html").Metadata.GenreHint);
    }

    // ---- Pathological input.

    [Fact]
    public void Read_HundredThousandNestedDivs_CompletesWithoutStackOverflow()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><head><title>Deep page</title></head><body>")
            .Append(Repeat("<div>", depth))
            .Append($"<p>{Paragraph}</p><p>{Paragraph}</p>")
            .Append(Repeat("</div>", depth))
            .Append("</body></html>")
            .ToString();

        var article = HtmlArticleReader.Read(html, "deep.html");

        Assert.StartsWith("Deep page\n\nShelling by government forces", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(article.Text, "Shelling by government forces"));
        Assert.Contains(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NestingFlattened);
    }

    [Theory]
    [InlineData("<div>", "")]
    [InlineData("<span>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<b>", "")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<svg><g>", "</svg>")]
    public void Read_HundredThousandUnclosedNestedElements_Completes(string open, string tail)
    {
        var html = new StringBuilder("<html><body>").Append(Repeat(open, 100_000)).Append($"<p>{Paragraph}</p>{tail}").ToString();

        var article = HtmlArticleReader.Read(html, "unclosed.html");

        Assert.NotNull(article.Text);
    }

    [Fact]
    public void Read_NestingBeyondTheLimit_FlattensTagsButKeepsEveryWord()
    {
        var builder = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 1000; i++)
        {
            builder.Append($"<div>w{i} ");
        }

        builder.Append(Repeat("</div>", 1000)).Append($"<p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>");

        var article = HtmlArticleReader.Read(builder.ToString(), "flat.html");

        AssertInOrder(article.Text, [.. Enumerable.Range(0, 1000).Select(i => $"w{i}"), "Shelling by government forces"]);
        Assert.Contains(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NestingFlattened && d.Severity == Severity.Info);
    }

    [Fact]
    public void Read_MarkupInsideScriptsCommentsAndAttributes_IsNotCountedAsNesting()
    {
        var inert = Repeat("<div>", 5000);
        var html = $"""
            <html><head><script>var t = "{inert}";</script><!-- {inert} --></head>
            <body><article title="a > b {inert.Replace("<", "&lt;", StringComparison.Ordinal)}" data-x='>'>
            <textarea>{inert}</textarea><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read(html, "inert.html");

        Assert.DoesNotContain(article.Diagnostics, d => d.Code == HtmlDiagnosticCodes.NestingFlattened);
        Assert.Equal(2, CountOf(article.Text, "Shelling by government forces"));
    }

    [Fact]
    public void Read_FiveMegabytePage_CompletesAndCollapsesRepeatedRemovals()
    {
        var builder = new StringBuilder("<html><head><title>Long page | Hauran Post</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Long page</h1>");
        for (var i = 0; builder.Length < 5_000_000; i++)
        {
            builder.Append("<div class='share-tools'><a href='#'>Share</a></div>")
                .Append($"<p>{Paragraph}</p>")
                .Append($"<ul><li><a href='/story/{i}'>Related story number {i}</a></li></ul>");
        }

        builder.Append("</article></body></html>");

        var article = HtmlArticleReader.Read(builder.ToString(), "big.html");

        Assert.StartsWith("Long page\n\nShelling by government forces", article.Text, StringComparison.Ordinal);
        AssertNone(article.Text, "Related story number", "Share");
        Assert.True(article.Removals.Length <= 10, $"{article.Removals.Length} removals");
        var shares = Assert.Single(article.Removals, r => r.Rule == "html.boilerplate-class");
        Assert.Matches(@"\(\d+ blocks\)$", shares.Reason);
    }

    [Fact]
    public void Read_SameInput_GivesTheSameArticle()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "wire-story.html"));

        var first = HtmlArticleReader.Read(html, "a");
        var second = HtmlArticleReader.Read(html, "a");

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Metadata, second.Metadata);
        Assert.Equal(first.Removals.AsEnumerable(), second.Removals.AsEnumerable());
    }

    private const string Paragraph =
        "Shelling by government forces hit the towns of Busra al-Harir and Nahta in the eastern Deraa countryside on Sunday, killing four civilians, according to local activists.";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
