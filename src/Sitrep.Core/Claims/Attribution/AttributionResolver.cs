using System.Collections.Immutable;
using Sitrep.Cleaning;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Claims.Attribution;

/// <summary>
/// Decides who asserts each sentence, in three passes. Direct: "according to X", or a speech verb
/// ("said", "estimated", "reported", "put") with its subject just before it or just after it
/// ("said Abdel Rahman"), a pronoun subject being the last named speaker. Quotes: every sentence
/// inside a quotation takes the attribution of the sentence that opens or closes it. Continuation: a
/// paragraph that is all quotation, with nobody named, continues the previous paragraph's speaker.
/// </summary>
public sealed class AttributionResolver
{
    /// <summary>How far before a speech verb its subject may end, in tokens ("Syrian state media reported").</summary>
    private const int SubjectWindow = 4;

    /// <summary>How far after a speech verb an inverted subject may start ("said US Col Ryan Dillon").</summary>
    private const int InvertedSubjectWindow = 4;

    public AttributionLayer Resolve(
        string text,
        CleanedArticle cleaned,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PersonMention> people,
        CancellationToken cancellationToken = default)
    {
        var speakers = SpeakerSpellings(text, people);
        var quoted = QuotedRanges(text, cleaned);
        var result = new SentenceAttribution[sentences.Count];
        var hedges = ImmutableArray.CreateBuilder<Marker>();
        var negations = ImmutableArray.CreateBuilder<Marker>();
        SentenceAttribution? lastSource = null;
        var spans = SentenceTokens.Spans(sentences, tokens);

        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, t) = spans[s];

            Markers(text, tokens, first, t, hedges, negations);
            result[s] = Direct(text, s, tokens, first, t, actors, people, quoted, speakers, lastSource)
                ?? SentenceAttribution.Unattributed(s);
            if (result[s].Attributed)
            {
                lastSource = result[s];
            }
        }

        SpreadOverQuotes(sentences, quoted, result);
        ContinueQuotedParagraphs(text, cleaned, sentences, quoted, result);
        ContinueReportedPluperfect(text, sentences, tokens, spans, result);
        return new AttributionLayer([.. result], hedges.ToImmutable(), negations.ToImmutable());
    }

    private static SentenceAttribution? Direct(
        string text,
        int s,
        IReadOnlyList<Token> tokens,
        int first,
        int last,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PersonMention> people,
        List<TextRange> quoted,
        Dictionary<string, string> speakers,
        SentenceAttribution? lastSource)
    {
        for (var i = first; i < last; i++)
        {
            var span = tokens[i].Range.Of(text);
            // "has made clear he would…", "made it clear that": a statement, as "said" is.
            var made = i - 1 > first && tokens[i - 1].Range.Of(text) is "it" ? i - 2 : i - 1;
            var madeClear = span is "clear" && made >= first && tokens[made].Range.Of(text) is "made" or "make" or "makes";
            if (!(span.Equals("according", StringComparison.OrdinalIgnoreCase) || Lexicons.SpeechVerbs.Has(span) || madeClear) || InsideAny(quoted, tokens[i].Range.Start))
            {
                continue;
            }

            var word = madeClear ? "said" : span.ToString();

            // "according to X"
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < last && tokens[i + 1].Range.Of(text) is "to")
            {
                var after = tokens[i + 1].Range.End;
                var limit = i + 10 < last ? tokens[i + 10].Range.End : tokens[last - 1].Range.End;
                var (person, actor) = FirstMentionIn(new TextRange(after, limit), actors, people);
                if (person is not null || actor is not null)
                {
                    return Make(s, person, actor, speakers, "according-to", new TextRange(tokens[i].Range.Start, after));
                }
            }

            if (!Lexicons.SpeechVerbs.Contains(word) || word.Equals("according", StringComparison.OrdinalIgnoreCase)
                || (i > first && Lexicons.PassiveAuxiliaries.Contains(tokens[i - 1].Range.Slice(text))))
            {
                continue;
            }

            // A person set off by an apposition: "Rami Abdel Rahman, who heads the Observatory, said".
            var appositive = AppositiveSubject(text, tokens, first, i, actors, people, quoted);
            if (appositive.Person is not null || appositive.Actor is not null)
            {
                return Make(s, appositive.Person, appositive.Actor, speakers, "speech-verb/apposition", tokens[i].Range);
            }

            // Subject just before the verb ("Heras said", "state media reported").
            var windowStart = tokens[Math.Max(first, i - SubjectWindow)].Range.Start;
            var before = LastMentionIn(new TextRange(windowStart, tokens[i].Range.Start), actors, people, quoted);
            if (before.Person is not null || before.Actor is not null)
            {
                return Make(s, before.Person, before.Actor, speakers, "speech-verb", tokens[i].Range);
            }

            // A pronoun or a referring noun: the last source ("he said", "the source added").
            var previous = i > first ? tokens[i - 1].Range.Slice(text) : string.Empty;
            if (lastSource is not null && (Lexicons.Pronouns.Contains(previous) || Lexicons.AnaphoricSources.Contains(previous)))
            {
                return lastSource with { Sentence = s, Rule = Lexicons.Pronouns.Contains(previous) ? "speech-verb/pronoun" : "speech-verb/anaphora", Cue = tokens[i].Range };
            }

            // "…, the monitor said" with no source named before: the speaker is unnamed, and the
            // party at the head of the clause ("ISIS still holds…") is what is said, not who says it.
            if (lastSource is null && Lexicons.AnaphoricSources.Contains(previous))
            {
                continue;
            }

            // Inverted subject after a quotation: "…," said Abdel Rahman.
            if (i > first && tokens[i - 1].Range.Of(text) is "\"" or "”" or "," or "’" or "'")
            {
                var afterEnd = tokens[Math.Min(last - 1, i + InvertedSubjectWindow)].Range.End;
                var inverted = FirstMentionIn(new TextRange(tokens[i].Range.End, afterEnd), actors, people);
                if (inverted.Person is not null || inverted.Actor is not null)
                {
                    return Make(s, inverted.Person, inverted.Actor, speakers, "speech-verb/inverted", tokens[i].Range);
                }
            }

            // The subject at the head of its clause ("…, observers expect"), else of the sentence
            // ("A US-led coalition which has been bombing ISIL and supporting allies … said").
            var clauseStart = Math.Max(first, i - 1);
            while (clauseStart > first && !Lexicons.ClauseBoundaries.Contains(tokens[clauseStart].Range.Slice(text)))
            {
                clauseStart--;
            }

            var head = FirstMentionIn(new TextRange(tokens[clauseStart].Range.Start, tokens[i].Range.Start), actors, people, quoted);
            if (head.Person is null && head.Actor is null)
            {
                var opening = FirstMentionIn(new TextRange(tokens[first].Range.Start, tokens[Math.Min(i, first + 3)].Range.End), actors, people, quoted);
                head = opening;
            }

            if (head.Person is not null || head.Actor is not null)
            {
                return Make(s, head.Person, head.Actor, speakers, "speech-verb/clause-subject", tokens[i].Range);
            }
        }

        return null;
    }

    /// <summary>
    /// The person or party just before a comma-delimited apposition that ends right before the verb:
    /// "Rami Abdel Rahman, who heads the Observatory, said"; "The Al-Watan daily, a newspaper close to the regime, said".
    /// </summary>
    private static (PersonMention? Person, ActorMention? Actor) AppositiveSubject(string text, IReadOnlyList<Token> tokens, int first, int verb, IReadOnlyList<ActorMention> actors, IReadOnlyList<PersonMention> people, List<TextRange> quoted)
    {
        if (verb - 1 <= first || tokens[verb - 1].Range.Of(text) is not ",")
        {
            return (null, null);
        }

        for (var k = verb - 2; k > Math.Max(first, verb - 30); k--)
        {
            if (tokens[k].Range.Of(text) is ",")
            {
                var from = tokens[Math.Max(first, k - 6)].Range.Start;
                return LastMentionIn(new TextRange(from, tokens[k].Range.Start), actors, people, quoted);
            }
        }

        return (null, null);
    }

    private static SentenceAttribution Make(int s, PersonMention? person, ActorMention? actor, Dictionary<string, string> speakers, string rule, TextRange cue)
    {
        if (person is not null)
        {
            return new SentenceAttribution(s, true, person.Org ?? SurnameId(person.Name), speakers.GetValueOrDefault(person.Name, person.Name), rule, cue);
        }

        return new SentenceAttribution(s, true, actor!.Actor.Id, null, rule, cue);
    }

    /// <summary>An analyst with no organisation is sourced by surname: "Aymen Jawad al-Tamimi" → al_tamimi.</summary>
    public static string SurnameId(string name)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
        var folded = NameFoldAscii(last);
        return folded.Replace('-', '_');
    }

    private static string NameFoldAscii(string s)
    {
        var d = s.Normalize(System.Text.NormalizationForm.FormD);
        var chars = d.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && (char.IsLetterOrDigit(c) || c == '-'));
        return new string([.. chars]).ToLowerInvariant();
    }

    /// <summary>For each person, the longest way the article writes their name (the speaker as the article spells it).</summary>
    private static Dictionary<string, string> SpeakerSpellings(string text, IReadOnlyList<PersonMention> people)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            var written = p.Range.Slice(text);
            if (!map.TryGetValue(p.Name, out var current) || written.Length > current.Length)
            {
                map[p.Name] = written;
            }
        }

        return map;
    }

    private static (PersonMention? Person, ActorMention? Actor) FirstMentionIn(TextRange window, IReadOnlyList<ActorMention> actors, IReadOnlyList<PersonMention> people, List<TextRange>? quoted = null)
    {
        var person = people.FirstOrDefault(p => window.Contains(p.Range) && (quoted is null || !InsideAny(quoted, p.Range.Start)));
        var actor = actors.FirstOrDefault(a => window.Contains(a.Range) && IsSource(a.Actor) && (quoted is null || !InsideAny(quoted, a.Range.Start)));
        if (person is not null && actor is not null)
        {
            return person.Range.Start <= actor.Range.Start ? (person, null) : (null, actor);
        }

        return (person, actor);
    }

    private static (PersonMention? Person, ActorMention? Actor) LastMentionIn(TextRange window, IReadOnlyList<ActorMention> actors, IReadOnlyList<PersonMention> people, List<TextRange> quoted)
    {
        // A mention ending inside the window ("the Syrian Observatory for Human Rights said") is the subject.
        bool Ends(TextRange r) => r.End > window.Start && r.End <= window.End && !InsideAny(quoted, r.Start);
        var person = people.LastOrDefault(p => Ends(p.Range));
        var actor = actors.LastOrDefault(a => Ends(a.Range) && IsSource(a.Actor));
        if (person is not null && actor is not null)
        {
            return person.Range.End >= actor.Range.End ? (person, null) : (null, actor);
        }

        return (person, actor);
    }

    /// <summary>Civilians and unnamed generic groups do not assert claims.</summary>
    private static bool IsSource(Actor actor) => actor.Type is not ActorType.Civilians and not ActorType.Generic;

    /// <summary>Quotations in the body: straight or curly double quotes, an unclosed one running to its paragraph's end.</summary>
    private static List<TextRange> QuotedRanges(string text, CleanedArticle cleaned)
    {
        var ranges = new List<TextRange>();
        foreach (var block in cleaned.Blocks)
        {
            if (!block.IsBody)
            {
                continue;
            }

            int? open = null;
            for (var i = block.Range.Start; i < block.Range.End; i++)
            {
                var c = text[i];
                if (c == '“' || (c == '"' && open is null))
                {
                    open ??= i;
                }
                else if ((c == '”' || c == '"') && open is not null)
                {
                    ranges.Add(new TextRange(open.Value, i + 1));
                    open = null;
                }
            }

            if (open is not null)
            {
                ranges.Add(new TextRange(open.Value, block.Range.End));
            }
        }

        return ranges;
    }

    private static bool InsideAny(List<TextRange> ranges, int offset) => ranges.Any(r => r.Start < offset && offset < r.End);

    /// <summary>A quotation that spans several sentences is asserted by whoever opens or closes it.</summary>
    private static void SpreadOverQuotes(IReadOnlyList<Sentence> sentences, List<TextRange> quoted, SentenceAttribution[] result)
    {
        foreach (var quote in quoted)
        {
            var inside = Enumerable.Range(0, sentences.Count).Where(s => sentences[s].Range.Overlaps(quote)).ToList();
            var source = inside.Select(s => result[s]).FirstOrDefault(a => a.Attributed);
            if (source is null)
            {
                continue;
            }

            foreach (var s in inside.Where(s => !result[s].Attributed))
            {
                result[s] = source with { Sentence = s, Rule = "quotation" };
            }
        }
    }

    /// <summary>
    /// "The command said the army had captured the crossing. They had also entered Al Qaim.": a
    /// sentence in the past perfect right after reported speech in the past perfect goes on
    /// reporting it, so it keeps that report's source.
    /// </summary>
    private static void ContinueReportedPluperfect(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<(int First, int End)> spans, SentenceAttribution[] result)
    {
        for (var s = 1; s < sentences.Count; s++)
        {
            var previous = result[s - 1];
            if (result[s].Attributed || !previous.Attributed || previous.Cue is not { } cue || !OpensInPluperfect(text, tokens, spans[s].First, spans[s].End))
            {
                continue;
            }

            var reported = false;
            for (var k = spans[s - 1].First; k < spans[s - 1].End && !reported; k++)
            {
                reported = tokens[k].Range.Start > cue.End && tokens[k].Range.Of(text) is "had";
            }

            if (reported)
            {
                result[s] = previous with { Sentence = s, Rule = "reported-continuation" };
            }
        }
    }

    /// <summary>"They had also entered…": "had" and a past participle within the first six words, with no speech verb of its own.</summary>
    private static bool OpensInPluperfect(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first; k + 1 < Math.Min(end, first + 6); k++)
        {
            if (tokens[k].Range.Of(text) is not "had")
            {
                continue;
            }

            // The same actors going on ("They had…", "…had also…"), not another party's background ("The group had seized it in 2014").
            var next = tokens[k + 1].Range.Of(text);
            var also = next is "also" or "further" or "additionally";
            if (!also && !(k == first + 1 && tokens[first].Range.Of(text) is "They" or "It" or "He" or "She" or "We"))
            {
                return false;
            }

            if (also && k + 2 < end)
            {
                next = tokens[k + 2].Range.Of(text);
            }

            return next.EndsWith("ed", StringComparison.Ordinal) || next is "taken" or "seized" or "won" or "driven" or "retaken" or "overrun" or "fought" or "lost" or "held";
        }

        return false;
    }

    /// <summary>A paragraph that is all quotation, naming nobody, continues the speaker of the paragraph before.</summary>
    private static void ContinueQuotedParagraphs(string text, CleanedArticle cleaned, IReadOnlyList<Sentence> sentences, List<TextRange> quoted, SentenceAttribution[] result)
    {
        SentenceAttribution? previous = null;
        var previousBlock = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            var block = sentences[s].Block;
            if (block != previousBlock && previousBlock >= 0)
            {
                var paragraph = cleaned.Blocks[block];
                var wholeQuote = paragraph.IsBody && quoted.Any(q => q.Start <= paragraph.Range.Start && q.End >= paragraph.Range.End - 1);
                var paragraphSentences = Enumerable.Range(s, sentences.Count - s).TakeWhile(k => sentences[k].Block == block).ToList();
                if (wholeQuote && previous is { Attributed: true, Speaker: not null } && paragraphSentences.All(k => !result[k].Attributed))
                {
                    foreach (var k in paragraphSentences)
                    {
                        result[k] = previous with { Sentence = k, Rule = "quote-continuation" };
                    }
                }
            }

            if (block != previousBlock)
            {
                previous = null;

                // Inside one paragraph, a quotation nobody is named for is the paragraph's speaker's.
                var paragraphSentences = Enumerable.Range(s, sentences.Count - s).TakeWhile(k => sentences[k].Block == block).ToList();
                var speaker = paragraphSentences.Select(k => result[k]).FirstOrDefault(a => a.Attributed);
                if (speaker is not null)
                {
                    foreach (var k in paragraphSentences.Where(k => !result[k].Attributed && quoted.Any(q => q.Overlaps(sentences[k].Range))))
                    {
                        result[k] = speaker with { Sentence = k, Rule = "quotation-in-paragraph" };
                    }
                }
            }

            previous = result[s].Attributed ? result[s] : previous;
            previousBlock = block;
        }

        _ = text;
    }

    private static void Markers(string text, IReadOnlyList<Token> tokens, int first, int last, ImmutableArray<Marker>.Builder hedges, ImmutableArray<Marker>.Builder negations)
    {
        for (var i = first; i < last; i++)
        {
            var span = tokens[i].Range.Of(text);
            var isHedge = Lexicons.HedgeWords.Has(span);
            var isNegation = Lexicons.NegationWords.Has(span) || span.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || span.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
            if (!isHedge && !isNegation && !span.Equals("put", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var word = span.ToString();
            if (isHedge)
            {
                hedges.Add(new Marker(tokens[i].Range, word.ToLowerInvariant(), "hedge-word"));
            }

            if (word.Equals("put", StringComparison.OrdinalIgnoreCase) && i + 2 < last && tokens[i + 2].Range.Of(text) is "range" or "toll" or "number" or "figure")
            {
                hedges.Add(new Marker(new TextRange(tokens[i].Range.Start, tokens[i + 2].Range.End), "put the range", "estimate-phrase"));
            }

            // "had no difficulty driving ISIS out", "no doubt": a negated obstacle asserts the act.
            if (isNegation && i + 1 < last && span.Equals("no", StringComparison.OrdinalIgnoreCase)
                && tokens[i + 1].Range.Of(text) is "difficulty" or "problem" or "trouble" or "doubt" or "hesitation" or "choice")
            {
                isNegation = false;
            }

            if (isNegation)
            {
                var range = tokens[i].Range;
                var rule = "negation-word";
                if (word.Equals("no", StringComparison.OrdinalIgnoreCase) && i + 1 < last && tokens[i + 1].Range.Of(text) is "longer")
                {
                    range = new TextRange(range.Start, tokens[i + 1].Range.End);
                    rule = "no-longer";
                }

                negations.Add(new Marker(range, range.Slice(text).ToLowerInvariant(), rule));
            }
        }
    }
}
