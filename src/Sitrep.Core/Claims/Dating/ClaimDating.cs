using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Recognition.Dates;
using Sitrep.Text;

namespace Sitrep.Claims.Dating;

/// <summary>
/// What date a claim is about (spec/claims.md "Dates"), from the temporal expressions of the
/// dates stage: the expression of the claim's own clause, else the tense decides. Present states
/// and things still going on are about the publication date; a change told in the present
/// perfect ("has lost") too; a past event with no date of its own has none; a forecast takes
/// the period it predicts when the clause bounds it, else none. Every decision is named
/// (<see cref="DatedClaim.Rule"/>) so that `explain` can say why.
/// </summary>
public static class ClaimDating
{
    /// <summary>Words between a clause's start and a date that keep the date the clause's own ("On Saturday, …", "Earlier this week, they…").</summary>
    private static readonly FrozenSet<string> LeadingWords = new[] { "on", "in", "by", "since", "during", "at", "from", "until", "earlier", "later", "late", "early", "and", "but", "then", "as", "of", "," }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much farther a date before the trigger counts than one after it.</summary>
    private const int BeforePenalty = 10_000;

    private static readonly FrozenSet<string> PerfectAux = new[] { "has", "have", "'s", "’s", "'ve", "’ve" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OngoingWords = new[] { "still", "continue", "continues", "continuing", "continued", "ongoing", "now", "currently", "remain", "remains" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PresentBe = new[] { "is", "are", "am", "'re", "’re" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The date of <paramref name="claim"/> and the rule that chose it.</summary>
    public static DatedClaim Date(ClaimContext c, Claim claim)
    {
        var evidenceToken = Math.Min(c.TokenAt(claim.Evidence.Start), c.TokenEnd[claim.Sentence] - 1);
        var clause = c.ClauseAround(claim.Sentence, evidenceToken);
        if (claim.Kind is ClaimKind.Casualties && HeadVerb(c, clause, evidenceToken) is { } verb)
        {
            // "23 soldiers were killed Monday": a count's tense and date are its verb's.
            evidenceToken = verb;
            claim = claim with { Evidence = c.Tokens[verb].Range };
        }

        var tense = TenseOf(c, claim.Sentence, evidenceToken);
        var published = c.PublishedDate;
        if (tense == Tense.Pluperfect && c.Attribution.Sentences[claim.Sentence].Rule == "reported-continuation")
        {
            // "…said the army had captured the crossing. They had also entered Al Qaim.": the report's time.
            var report = c.Sentences[claim.Sentence - 1].Range;
            if (c.DatesIn(report).LastOrDefault(x => Dates(x) && !StartsAfter(x, published) && x.Value != "PRESENT_REF") is { } said && ToClaimDate(said, published) is { } rv)
            {
                return new DatedClaim(rv, "date/reported-continuation", said.Range);
            }

            tense = Tense.Past;
        }

        if (claim.Kind == ClaimKind.Forecast)
        {
            // A forecast is dated by the period it predicts, when the text bounds it and that period is not over.
            var period = OwnDate(c, claim, clause, m => m.Value != "PRESENT_REF" && !EndsBefore(m, published));
            if (period is { } f && published is { } p0 && f.Interval is { } fi && IsBoundedBy(c, f) && fi.Last >= p0)
            {
                // "before the end of the year", "by March": some time from publication to the bound.
                return new DatedClaim(ToClaimDate(new DateInterval(p0, fi.Last)), "date/forecast-until", f.Range);
            }

            return period is { } g && ToClaimDate(g, published) is { } fd
                ? new DatedClaim(fd, "date/forecast-period", g.Range)
                : new DatedClaim(null, "date/forecast-unbounded", null);
        }

        bool NotFuture(TemporalMention m) => !StartsAfter(m, published);
        if (claim.Kind == ClaimKind.Event && LengthBefore(c, claim) is { } length)
        {
            // "ends a two-month battle", "the assault last month after a five-year siege": a period of that
            // length ending at the sentence's date of the event (else the report's date).
            var sentence = c.Sentences[claim.Sentence].Range;
            var anchor = Nearest(c.DatesIn(sentence).Where(x => x.Type == TimexType.Date && Dates(x) && NotFuture(x) && x.Value != "PRESENT_REF" && x.Interval is not null), claim.Evidence);
            var end = anchor?.Interval ?? (published is { } day ? DateInterval.Day(day) : null);
            if (end is { } e)
            {
                var first = length.Unit switch
                {
                    'Y' => e.First.AddYears(-length.Count),
                    'M' => e.First.AddMonths(-length.Count),
                    'W' => e.First.AddDays(-7 * length.Count),
                    _ => e.First.AddDays(-length.Count),
                };
                return new DatedClaim(ToClaimDate(new DateInterval(first, e.Last)), "date/length-ending", anchor?.Range);
            }
        }

        if (OwnDate(c, claim, clause, NotFuture) is { } m && ToClaimDate(m, published) is { } value)
        {
            // "ISIS now holds…": the reference is the publication date.
            return new DatedClaim(value, m.Value == "PRESENT_REF" ? "date/present-ref" : "date/clause-expression", m.Range);
        }

        if (IsPresentState(claim) && tense is not (Tense.Past or Tense.Pluperfect))
        {
            return new DatedClaim(c.Published, "date/present-state", null);
        }

        // Told in the past with no date in its clause: the date the sentence gives elsewhere
        // ("the army said on Friday that it had captured…"), else the narrative's date in the paragraph.
        if ((tense is Tense.Past || tense is Tense.Present && !IsPresentState(claim)) && NarrativeAnaphor(c, claim.Sentence) is { } then && ToClaimDate(then, published) is { } tv)
        {
            // "…returned in force in 2017. At that point ISIS quickly collapsed": the time the story just reached.
            return new DatedClaim(tv, "date/narrative-then", then.Range);
        }

        if (tense is Tense.Past or Tense.Pluperfect)
        {
            var sentence = c.Sentences[claim.Sentence].Range;
            // Not a date after the trigger that another verb governs ("losing the territories it had gained in 2014").
            bool OwnVerbs(TemporalMention x) => x.Range.Start < claim.Evidence.End || !VerbBetween(c, claim.Evidence.End, x.Range.Start);
            if (Nearest(c.DatesIn(sentence).Where(x => Dates(x) && NotFuture(x) && x.Value != "PRESENT_REF" && OwnVerbs(x)), claim.Evidence) is { } s && ToClaimDate(s, published) is { } sv)
            {
                return new DatedClaim(sv, "date/sentence-expression", s.Range);
            }

            if (ParagraphDate(c, claim.Sentence, published) is { } p && ToClaimDate(p, published) is { } pv)
            {
                return new DatedClaim(pv, "date/paragraph-expression", p.Range);
            }
        }

        return tense switch
        {
            Tense.Perfect => new DatedClaim(c.Published, "date/present-perfect", null),
            Tense.Ongoing => new DatedClaim(c.Published, "date/ongoing", null),
            Tense.Present => new DatedClaim(c.Published, "date/present", null),
            // News tells what just happened in the simple past: the report's date stands for it.
            Tense.Past => new DatedClaim(c.Published, "date/reported-past", null),
            _ => new DatedClaim(null, "date/undated-pluperfect", null),
        };
    }

    /// <summary>The first finite verb after a count within its clause ("were killed", "remain"), if any within eight words.</summary>
    private static int? HeadVerb(ClaimContext c, TextRange clause, int token)
    {
        for (var k = token + 1; k < Math.Min(c.Tokens.Length, token + 9) && c.Tokens[k].Range.End <= clause.End; k++)
        {
            if (IsFiniteVerb(c, k) && c.Word(k) is not ("was" or "were" or "is" or "are"))
            {
                return k;
            }
        }

        // "Russian jets pounded the town, killing 26": the verb the participle hangs on.
        if (token > 0 && c.Word(token - 1) is "killing" or "wounding" or "injuring")
        {
            for (var k = token - 2; k >= Math.Max(0, token - 14) && c.Tokens[k].Range.Start >= clause.Start; k--)
            {
                if (IsFiniteVerb(c, k))
                {
                    return k;
                }
            }
        }

        return null;
    }

    /// <summary>"before X", "by X": the expression bounds a stretch from now ("until X" instead dates the end itself, the period X).</summary>
    private static bool IsBoundedBy(ClaimContext c, TemporalMention m)
    {
        var k = c.TokenAt(m.Range.Start) - 1;
        return k >= 0 && c.Word(k).ToLowerInvariant() is "before" or "by";
    }

    /// <summary>A date (not a recurrence, an open reference or a bare length).</summary>
    private static bool Dates(TemporalMention m) =>
        m.Type != TimexType.Set && m.Value is not "PAST_REF" and not "FUTURE_REF" && !(m.Type == TimexType.Duration && m.Interval is null);

    private static TemporalMention? Nearest(IEnumerable<TemporalMention> mentions, TextRange evidence) =>
        mentions.OrderBy(m => m.Range.Start >= evidence.End ? m.Range.Start - evidence.End : evidence.Start - m.Range.End).FirstOrDefault();

    /// <summary>Openers that carry on from the time the story just reached ("At that point", "Simultaneously").</summary>
    private static readonly string[] ThenOpeners = ["At that point", "At that time", "At the same time", "Simultaneously", "Meanwhile", "By then", "Soon after", "Shortly after", "Thereafter", "Subsequently", "Then"];

    /// <summary>
    /// A sentence opening with a temporal anaphor ("At that point", "Simultaneously") happens at the
    /// last date the sentence before it named (any precision), when that date is not in the future.
    /// </summary>
    private static TemporalMention? NarrativeAnaphor(ClaimContext c, int sentence)
    {
        if (sentence == 0)
        {
            return null;
        }

        var opening = c.Sentences[sentence].Range.Slice(c.Text);
        if (!ThenOpeners.Any(o => opening.StartsWith(o, StringComparison.Ordinal) && opening.Length > o.Length && !char.IsLetter(opening[o.Length])))
        {
            return null;
        }

        for (var s = sentence - 1; s >= Math.Max(0, sentence - 2) && c.IsBody(s); s--)
        {
            // "At that point … in 2014 and 2015. Simultaneously …": a chain of anaphors keeps the first one's time.
            if (s == sentence - 1 && NarrativeAnaphor(c, s) is { } chained)
            {
                return chained;
            }

            var found = c.DatesIn(c.Sentences[s].Range).LastOrDefault(m => m.Type == TimexType.Date && m.Interval is not null && !StartsAfter(m, c.PublishedDate));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The latest day- or week-precise date of the sentences before, in the same paragraph: the narrative's "when".</summary>
    private static TemporalMention? ParagraphDate(ClaimContext c, int sentence, DateOnly? published)
    {
        var block = c.Sentences[sentence].Block;
        for (var s = sentence - 1; s >= 0 && c.Sentences[s].Block == block; s--)
        {
            var found = c.DatesIn(c.Sentences[s].Range).LastOrDefault(m => m.Type == TimexType.Date && m.Precision is DatePrecision.Day or DatePrecision.Week && !StartsAfter(m, published));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Present states: holding, presence, siege, absence of control, a force's size.</summary>
    private static bool IsPresentState(Claim claim) =>
        claim.Kind == ClaimKind.Strength
        || claim.Kind == ClaimKind.Control && claim.Status is ControlStatus.Holds or ControlStatus.Presence or ControlStatus.Besieged or ControlStatus.None;

    /// <summary>
    /// The temporal expression that dates the claim's clause: the nearest one after the trigger,
    /// else one that opens the clause or stands right before the trigger. Recurrences and open
    /// references to the past or future date nothing.
    /// </summary>
    private static TemporalMention? OwnDate(ClaimContext c, Claim claim, TextRange clause, Func<TemporalMention, bool> usable)
    {
        TemporalMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in c.DatesIn(clause))
        {
            // "for years", "a two-month battle" are lengths, "every week" a recurrence: they date nothing.
            if (!Dates(m) || !usable(m))
            {
                continue;
            }

            int distance;
            if (m.Range.Start >= claim.Evidence.End)
            {
                if (VerbBetween(c, claim.Evidence.End, m.Range.Start) && !ParticipleOfNoun(c, claim.Evidence, m))
                {
                    continue; // "holds the pockets the group declared in 2014": the date is the other verb's
                }

                distance = m.Range.Start - claim.Evidence.End;
            }
            else if (m.Range.End <= claim.Evidence.Start && !FollowsVerb(c, m) && OpensClause(c, clause, m, claim.Evidence))
            {
                distance = claim.Evidence.Start - m.Range.End + 1 + BeforePenalty; // a date after the trigger wins
            }
            else if (m.Range.Overlaps(claim.Evidence))
            {
                distance = 0;
            }
            else
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"a two-month battle", "a five-year siege": a length written as the event noun's modifier (P2M → 2 months).</summary>
    private static (int Count, char Unit)? LengthBefore(ClaimContext c, Claim claim)
    {
        var m = c.DurationBefore(c.TokenAt(claim.Evidence.Start));
        if (m is null || m.Rule != "duration-adjective" || m.Value.Length < 3 || m.Value[0] != 'P' || !int.TryParse(m.Value.AsSpan(1, m.Value.Length - 2), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || m.Value[^1] is not ('Y' or 'M' or 'W' or 'D') || count is < 1 or > 100)
        {
            return null;
        }

        return (count, m.Value[^1]);
    }

    /// <summary>
    /// "the assault launched last month", "an attack carried out on Monday": an event noun with a
    /// participle right after it is dated by the participle's date (a reduced relative clause).
    /// </summary>
    private static bool ParticipleOfNoun(ClaimContext c, TextRange evidence, TemporalMention m)
    {
        // "the assault", "an army advance": a determiner before the noun or before one modifier of it.
        var noun = c.TokenAt(evidence.Start);
        static bool Determiner(string w) => w.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "this" or "that";
        if (noun == 0 || !Determiner(c.Word(noun - 1)) && !(noun > 1 && Determiner(c.Word(noun - 2))))
        {
            return false;
        }

        var participle = noun + 1;
        if (participle >= c.Tokens.Length || !c.Word(participle).EndsWith("ed", StringComparison.Ordinal) && !IrregularPast(c.Word(participle)))
        {
            return false;
        }

        // Nothing but the participle and at most four of its words ("carried out", "broke the siege in") before the date.
        var between = 0;
        for (var k = participle + 1; k < c.Tokens.Length && c.Tokens[k].Range.End <= m.Range.Start; k++)
        {
            if (IsFiniteVerb(c, k) || ++between > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A date before the trigger is the clause's when only function words precede it, or only the subject and auxiliaries follow it.</summary>
    private static bool OpensClause(ClaimContext c, TextRange clause, TemporalMention m, TextRange evidence)
    {
        var openerOnly = true;
        for (var k = c.TokenAt(clause.Start); k < c.Tokens.Length && c.Tokens[k].Range.End <= m.Range.Start; k++)
        {
            if (!LeadingWords.Contains(c.Word(k)))
            {
                openerOnly = false;
                break;
            }
        }

        if (openerOnly)
        {
            return true;
        }

        // "Iraqi forces on Friday entered…": at most two words between the date and the trigger.
        var between = 0;
        for (var k = c.TokenAt(m.Range.End); k < c.Tokens.Length && c.Tokens[k].Range.End <= evidence.Start; k++)
        {
            between++;
        }

        return between <= 2;
    }

    /// <summary>A finite verb between two offsets: a past form or a form of "be" (the date then belongs to that verb).</summary>
    private static bool VerbBetween(ClaimContext c, int from, int to)
    {
        for (var k = c.TokenAt(from); k < c.Tokens.Length && c.Tokens[k].Range.End <= to; k++)
        {
            if (IsFiniteVerb(c, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"proclaimed in 2014", "disintegrated last year": the date modifies the verb just before it.</summary>
    private static bool FollowsVerb(ClaimContext c, TemporalMention m)
    {
        var k = c.TokenAt(m.Range.Start) - 1;
        if (k >= 0 && c.Word(k) is "in" or "on" or "since" or "during" or "by" or "until" or "at")
        {
            k--;
        }

        return k >= 0 && IsFiniteVerb(c, k);
    }

    private static bool IsFiniteVerb(ClaimContext c, int k)
    {
        var w = c.Word(k);
        if (w.Length == 0 || !char.IsLower(w[0]))
        {
            return false;
        }

        return w is "was" or "were" or "is" or "are" || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(w) || IrregularPast(w);
    }

    /// <summary>Words in -ed that are not verbs in news prose.</summary>
    private static readonly FrozenSet<string> NotVerbs = new[] { "armed", "allied", "backed", "based", "self-proclaimed", "so-called", "united", "hundred", "alleged", "detailed", "limited", "aged", "related", "advanced", "unprecedented", "led" }
        .ToFrozenSet(StringComparer.Ordinal);

    private enum Tense
    {
        Past,

        /// <summary>"had redeployed": before the story's time, so not dated by the publication.</summary>
        Pluperfect,
        Present,
        Perfect,
        Ongoing,
    }

    /// <summary>The tense around a trigger, from the auxiliaries and adverbs just before it and its own ending.</summary>
    private static Tense TenseOf(ClaimContext c, int sentence, int token)
    {
        var first = c.TokenStart[sentence];
        var ongoing = false;
        for (var k = token - 1; k >= Math.Max(first, token - 6); k--)
        {
            var w = c.Word(k);
            if (PerfectAux.Contains(w))
            {
                return Tense.Perfect;
            }

            if (w is "had" or "Had" or "'d" or "’d")
            {
                // "said they had captured": reported speech shifts a simple past back; it is the story's time.
                return ReportedBefore(c, first, k) ? Tense.Past : Tense.Pluperfect;
            }

            if (w is "was" or "were" or "did" or "Was" or "Were" or "Did")
            {
                return Tense.Past;
            }

            if (OngoingWords.Contains(w))
            {
                ongoing = true;
            }

            if (PresentBe.Contains(w))
            {
                return ongoing || c.Word(token).EndsWith("ing", StringComparison.Ordinal) ? Tense.Ongoing : Tense.Present;
            }
        }

        var word = c.Word(token);
        if (ongoing || word.EndsWith("ing", StringComparison.Ordinal) && token > first && PresentBe.Contains(c.Word(token - 1)))
        {
            return Tense.Ongoing;
        }

        // A bare participle ("…, with the organisation losing control of…") takes the tense of the sentence's verb before it.
        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            for (var k = token - 1; k >= first; k--)
            {
                var w = c.Word(k);
                if (w is "was" or "were" or "had" || IsFiniteVerb(c, k) && w is not ("is" or "are"))
                {
                    return Tense.Past;
                }

                if (w is "is" or "are" or "has" or "have")
                {
                    return Tense.Present;
                }
            }
        }

        return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast(word) ? Tense.Past : Tense.Present;
    }

    private static readonly FrozenSet<string> ReportingVerbs = new[] { "said", "told", "added", "reported", "announced", "claimed", "stated", "confirmed", "explained", "noted", "insisted" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A reporting verb earlier in the sentence than <paramref name="token"/>.</summary>
    private static bool ReportedBefore(ClaimContext c, int first, int token)
    {
        for (var k = first; k < token; k++)
        {
            if (ReportingVerbs.Contains(c.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IrregularPast(string word) => word.ToLowerInvariant() is "took" or "lost" or "held" or "won" or "fought" or "drove" or "struck" or "hit" or "broke" or "led" or "fled" or "overran" or "retook" or "began" or "saw" or "withdrew" or "made" or "kept" or "left" or "fell" or "came" or "went" or "got" or "gave" or "put";

    /// <summary>A period that lies ahead of publication ("next month", "before the end of the year").</summary>
    private static bool StartsAfter(TemporalMention m, DateOnly? published) =>
        published is { } p && m.Interval is { } i && (i.First > p || i.First == p && i.Last > p && m.Policy is not "anchor");

    private static bool EndsBefore(TemporalMention m, DateOnly? published) =>
        published is { } p && m.Interval is { } i && i.Last < p;

    /// <summary>
    /// A temporal mention as a claim's date: a day "YYYY-MM-DD", a whole month "YYYY-MM", a whole
    /// year "YYYY", else the interval "A/B"; PRESENT_REF is the publication date. Null when the
    /// value has unknown parts.
    /// </summary>
    public static string? ToClaimDate(TemporalMention m, DateOnly? published)
    {
        if (m.Value == "PRESENT_REF")
        {
            return published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (m.Interval is not { } i)
        {
            return IsIsoPrefix(m.Value) ? m.Value : null;
        }

        return ToClaimDate(i);
    }

    /// <summary>An interval of days as a claim's date: the day, the whole month, the whole year(s), else "A/B".</summary>
    public static string ToClaimDate(DateInterval i)
    {
        if (i.First == i.Last)
        {
            return Iso(i.First);
        }

        if (i.First.Day == 1 && i.Last.Year == i.First.Year && i.Last.Month == i.First.Month && i.Last.Day == DateTime.DaysInMonth(i.Last.Year, i.Last.Month))
        {
            return i.First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        if (i.First.Day == 1 && i.First.Month == 1 && i.Last.Month == 12 && i.Last.Day == 31)
        {
            return i.First.Year == i.Last.Year
                ? i.First.Year.ToString(CultureInfo.InvariantCulture)
                : $"{i.First.Year.ToString(CultureInfo.InvariantCulture)}/{i.Last.Year.ToString(CultureInfo.InvariantCulture)}";
        }

        return $"{Iso(i.First)}/{Iso(i.Last)}";
    }

    private static bool IsIsoPrefix(string value) =>
        value.Length is 4 or 7 or 10 && value.All(ch => char.IsAsciiDigit(ch) || ch == '-') && char.IsAsciiDigit(value[0]) && !value.Contains('X');

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A claim's date, the rule that chose it, and the expression it came from (null when the tense decided).</summary>
public readonly record struct DatedClaim(string? Date, string Rule, TextRange? Expression);
