using System.Collections.Frozen;
using Sitrep.Recognition.Actors;
using Sitrep.Text;

namespace Sitrep.Claims.Rules;

/// <summary>Finding the parties of a claim around its trigger word.</summary>
internal static class Roles
{
    private static readonly FrozenSet<string> GroupNouns = new[] { "group", "group's", "group’s", "organisation", "organization", "organisation's", "organisation’s", "organization's", "organization’s", "jihadists", "militants", "extremists", "fighters", "insurgents" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectPronouns = new[] { "it", "they", "It", "They", "its", "Its" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Parties that fight or govern (not monitors, outlets or commentators, who assert claims instead).</summary>
    public static bool IsParty(Actor actor) =>
        actor.Type is not ActorType.Monitor and not ActorType.Media and not ActorType.Agency and not ActorType.Observers and not ActorType.Research;

    /// <summary>The party acting at <paramref name="token"/>: the nearest before it in its clause, else a pronoun's antecedent.</summary>
    public static string? Subject(ClaimContext c, int sentence, int token, string? previousSubject)
    {
        var clause = c.ClauseAround(sentence, token);
        clause = AfterReportedThat(c, clause, token);
        var before = new TextRange(clause.Start, c.Tokens[token].Range.Start);
        if (token > c.TokenStart[sentence] && c.Word(token - 1) == "," && c.Word(token).EndsWith("ing", StringComparison.Ordinal)
            && c.ActorsIn(before).FirstOrDefault(a => IsParty(a.Actor) && !IsBacker(c, sentence, a.Range)) is { } main)
        {
            return main.Actor.Id; // ", losing most of its territory": a participle after a comma tells its clause's subject
        }

        var actor = c.ActorsIn(before).LastOrDefault(a => IsParty(a.Actor) && !NamesGround(c, a.Range));
        if (actor is not null)
        {
            return actor.Actor.Id;
        }

        if (ParentheticalSubject(c, sentence, clause) is { } outer)
        {
            return outer;
        }

        for (var k = token - 1; k >= c.TokenStart[sentence] && c.Tokens[k].Range.Start >= clause.Start; k--)
        {
            var word = c.Word(k);
            if (SubjectPronouns.Contains(word))
            {
                return Antecedent(c, sentence, k) ?? previousSubject ?? c.MainArmedActor;
            }

            // "The group has fixed positions", "the organisation's fighters": the article's armed group.
            if (GroupNouns.Contains(word) && k > c.TokenStart[sentence] && c.Word(k - 1) is "the" or "The" or "many" or "Many" or "some" or "Some" or "remaining" or "its" or "Its")
            {
                return c.MainArmedActor ?? previousSubject;
            }
        }

        return null;
    }

    /// <summary>Verbs whose "that" opens the clause they report: "say they worry that the fighters will…".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ThatVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "say", "says", "worry", "worries", "fear", "fears", "feared", "warned", "warn", "warns", "believe", "believes", "believed",
         "think", "thinks", "expect", "expects", "claimed", "claims", "reported", "announced", "insisted", "added", "stated", "told", "argued", "concern"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The governments say they worry that the fighters will…": a trigger inside a reported "that"
    /// clause takes its subject from that clause; who says or worries is the source, not the subject.
    /// </summary>
    private static TextRange AfterReportedThat(ClaimContext c, TextRange clause, int token)
    {
        for (var k = token - 1; k > c.TokenAt(clause.Start); k--)
        {
            if (c.Word(k) is "that" && ThatVerbs.Contains(c.Word(k - 1)))
            {
                return new TextRange(c.Tokens[k].Range.End, clause.End);
            }
        }

        return clause;
    }

    /// <summary>Nouns of ground a party's name may modify ("the rebel enclave", "regime areas").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> GroundNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["enclave", "enclaves", "territory", "territories", "areas", "area", "stronghold", "strongholds", "pocket", "pockets", "bastion", "heartland"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"the rebel enclave of Eastern Ghouta": a party naming whose ground it is, not who acts.</summary>
    private static bool NamesGround(ClaimContext c, TextRange party)
    {
        var next = c.TokenAt(party.End);
        return next < c.Tokens.Length && GroundNouns.Contains(c.Word(next));
    }

    /// <summary>
    /// "the Syrian military – with Russian support – had no difficulty driving ISIS out": a clause
    /// that opens after the closing dash of a parenthesis continues the one before the opening
    /// dash, whose last party is the subject.
    /// </summary>
    private static string? ParentheticalSubject(ClaimContext c, int sentence, TextRange clause)
    {
        var first = c.TokenAt(clause.Start);
        if (first - 1 <= c.TokenStart[sentence] || c.Word(first - 1) is not ("—" or "–"))
        {
            return null;
        }

        var dash = c.Word(first - 1);
        for (var k = first - 2; k > c.TokenStart[sentence]; k--)
        {
            if (c.Word(k) == dash)
            {
                var outer = c.ClauseAround(sentence, k - 1);
                if (c.ActorsIn(new TextRange(outer.Start, c.Tokens[k].Range.Start)).LastOrDefault(a => IsParty(a.Actor)) is { } actor)
                {
                    return actor.Actor.Id;
                }

                break;
            }
        }

        return null;
    }

    /// <summary>
    /// What "it" or "they" refers to inside its own sentence: the nearest party named before it, or
    /// "the group"/"the organisation" (the article's armed group). Null when the sentence names none.
    /// </summary>
    private static string? Antecedent(ClaimContext c, int sentence, int pronoun)
    {
        var before = new TextRange(c.Sentences[sentence].Range.Start, c.Tokens[pronoun].Range.Start);
        var actor = c.ActorsIn(before).LastOrDefault(a => IsParty(a.Actor));
        for (var k = pronoun - 1; k > c.TokenStart[sentence]; k--)
        {
            if (actor is not null && c.Tokens[k].Range.End <= actor.Range.Start)
            {
                break;
            }

            if (GroupNouns.Contains(c.Word(k)) && c.Word(k - 1) is "the" or "The")
            {
                return c.MainArmedActor;
            }
        }

        return actor?.Actor.Id;
    }

    /// <summary>A party named after <paramref name="token"/> following one of <paramref name="prepositions"/> ("from ISIS", "by the coalition").</summary>
    public static string? After(ClaimContext c, int sentence, int token, params string[] prepositions)
    {
        var last = c.TokenEnd[sentence];
        for (var k = token + 1; k < Math.Min(last, token + 12); k++)
        {
            if (prepositions.Contains(c.Word(k)))
            {
                var window = new TextRange(c.Tokens[k].Range.End, c.Tokens[Math.Min(last - 1, k + 6)].Range.End);
                var actor = c.ActorsIn(window).FirstOrDefault(a => IsParty(a.Actor));
                if (actor is not null)
                {
                    return actor.Actor.Id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The party after the preposition at <paramref name="preposition"/>, passing over backers
    /// ("from the US and Iranian backed Iraqi army" is the Iraqi army's).
    /// </summary>
    public static string? PartyAfterBackers(ClaimContext c, int sentence, int preposition)
    {
        var last = c.TokenEnd[sentence];
        var end = preposition + 1;
        while (end < Math.Min(last - 1, preposition + 8) && c.Word(end + 1) is not ("," or "held" or "controlled" or "which" or "that" or "who" or "by" or "after" or "when" or "in"))
        {
            end++; // the noun phrase after the preposition, not a relative clause ("fire from the ground held by the army")
        }

        var window = new TextRange(c.Tokens[preposition].Range.End, c.Tokens[end].Range.End);
        foreach (var a in c.ActorsIn(window))
        {
            if (!IsParty(a.Actor) || IsBacker(c, sentence, a.Range))
            {
                continue;
            }

            return a.Actor.Id;
        }

        return null;
    }

    /// <summary>An actor fused into a modifier: "US-backed", "US and Iranian backed", "Iran-led".</summary>
    private static bool IsBacker(ClaimContext c, int sentence, TextRange actor)
    {
        var text = c.Text.AsSpan(actor.End);
        if (text.StartsWith("-backed", StringComparison.Ordinal) || text.StartsWith("-led", StringComparison.Ordinal) || text.StartsWith("-supported", StringComparison.Ordinal))
        {
            return true;
        }

        var k = c.TokenAt(actor.End);
        for (var j = k; j < Math.Min(c.TokenEnd[sentence], k + 3); j++)
        {
            var w = c.Word(j);
            if (w is "backed" or "led" or "supported" or "-backed" or "-led")
            {
                return true;
            }

            if (w is not "and" and not "," && !(w.Length > 0 && char.IsUpper(w[0])))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Who a clause with no named party is about, from its pronouns: "we" in a quote is the
    /// speaker's organisation; "they", "them", "some of them" the party last acted on, else the
    /// article's armed group.
    /// </summary>
    public static string? PronounParty(ClaimContext c, int sentence, TextRange clause, string? speakerOrganisation, string? previousSubject)
    {
        for (var k = c.TokenAt(clause.Start); k < c.TokenEnd[sentence] && c.Tokens[k].Range.End <= clause.End; k++)
        {
            var w = c.Word(k).ToLowerInvariant();
            if (w is "we" or "us" && speakerOrganisation is not null)
            {
                return speakerOrganisation;
            }

            if (w is "they" or "them" or "their")
            {
                return previousSubject ?? c.MainArmedActor;
            }
        }

        return null;
    }

    /// <summary>The holder a compound in the object names: "seized the last ISIS-held village" was taken from ISIS.</summary>
    public static string? HeldObject(ClaimContext c, int sentence, int token)
    {
        var last = Math.Min(c.TokenEnd[sentence], token + 6);
        var window = new TextRange(c.Tokens[token].Range.End, c.Tokens[last - 1].Range.End);
        return c.ActorsIn(window).FirstOrDefault(a => a.Rule == "compound/held-by")?.Actor.Id;
    }

    /// <summary>The first party named after the trigger in its clause (the object: "besieged a government enclave").</summary>
    public static string? Object(ClaimContext c, int sentence, int token)
    {
        var clause = c.ClauseAround(sentence, token);
        var after = new TextRange(c.Tokens[token].Range.End, clause.End);
        return c.ActorsIn(after).FirstOrDefault(a => IsParty(a.Actor))?.Actor.Id;
    }
}
