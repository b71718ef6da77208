using System.Collections.Frozen;
using Sitrep.Recognition.Quantities;
using Sitrep.Text;

namespace Sitrep.Claims.Rules;

/// <summary>
/// Claims built on a verb or event noun: control (gained, holds, lost, besieged, presence, none),
/// events (attack, airstrike, clash, offensive, siege, surrender, evacuation, declaration, other)
/// and forecasts (a clause in the future or "expected to"). One fact gives one claim: a capture
/// is control, not also an event; a casualty sentence's attack is not an event.
/// </summary>
public sealed class VerbClaims : IClaimRule
{
    public string Name => "verb";

    public IEnumerable<Claim> Find(ClaimContext c, int sentence) => FindAll(c, sentence, null);

    public IEnumerable<Claim> FindAll(ClaimContext c, int sentence, string? previousSubject)
    {
        var range = c.Sentences[sentence].Range;
        var (source, attributed, speaker) = c.SourceOf(sentence);
        var hedged = c.IsHedged(range);
        var claims = new List<Claim>();
        var hasCasualtyFigure = c.QuantitiesIn(range).Any(q => q.Unit is QuantityUnits.Killed or QuantityUnits.Wounded);
        var forecastClauses = new List<TextRange>();

        for (var t = c.TokenStart[sentence]; t < c.TokenEnd[sentence]; t++)
        {
            var word = c.Word(t);
            var previous = t > c.TokenStart[sentence] ? c.Word(t - 1) : string.Empty;
            var clause = c.ClauseAround(sentence, t);
            var negated = c.IsNegated(new TextRange(clause.Start, c.Tokens[t].Range.End));

            if (!forecastClauses.Any(f => f.Overlaps(clause)) && IsForecastTrigger(c, sentence, t, word))
            {
                // "will not be able to", "would never": the negation right after the modal is the forecast's.
                negated |= ForecastNegated(c, sentence, t, clause);
                forecastClauses.Add(clause);
                claims.Add(Make(c, sentence, ClaimKind.Forecast, ForecastActor(c, sentence, t, word, clause, attributed ? source : null, previousSubject), null, null, null, null,
                    null, source, attributed, speaker, c.IsHedged(clause) || word is "expected" or "likely" or "expect" or "expects", negated, "forecast/future-clause", c.Tokens[t].Range));
                continue;
            }

            // "took control of", "seized control", "lost control", "in control of".
            if (word is "control" && t > c.TokenStart[sentence])
            {
                var verb = previous.ToLowerInvariant();
                ControlStatus? nounStatus = VerbLexicon.BeforeVerbControl.Contains(verb) ? ControlStatus.Holds : verb switch
                {
                    "took" or "take" or "taken" or "taking" or "takes" or "seized" or "gained" or "regained" or "wrested" or "won" => ControlStatus.Gained,
                    "lost" or "lose" or "losing" or "loses" => ControlStatus.Lost,
                    "in" => ControlStatus.Holds,
                    _ => null,
                };
                if (nounStatus is { } ns && !claims.Any(x => x.Kind == ClaimKind.Control && x.Evidence.End == c.Tokens[t - 1].Range.End))
                {
                    var subject = Roles.Subject(c, sentence, VerbLexicon.BeforeVerbControl.Contains(verb) ? t : t - 1, previousSubject);
                    var effective = ns == ControlStatus.Holds && negated ? ControlStatus.None : ns;
                    claims.Add(Make(c, sentence, ClaimKind.Control, subject, ns == ControlStatus.Gained ? Roles.After(c, sentence, t, "from") : null, effective, null,
                        ControlQuantity(c, clause, t, effective), effective is ControlStatus.Holds or ControlStatus.None ? c.Published : null,
                        source, attributed, speaker, hedged, negated, $"control/{effective.ToString().ToLowerInvariant()}-control-noun", new TextRange(c.Tokens[t - 1].Range.Start, c.Tokens[t].Range.End)));
                }

                continue;
            }

            // Phrasal control: "clawed back land", "driving ISIS out of Palmyra", "withdrew from", "retained a presence".
            if (PhrasalControl(c, sentence, t, word) is { } phrasal)
            {
                var subject = Roles.Subject(c, sentence, t, previousSubject);
                var other = phrasal.Status == ControlStatus.Gained
                    ? Roles.After(c, sentence, t, "from") ?? Roles.Object(c, sentence, t)
                    : null;
                if (other == subject)
                {
                    other = null;
                }

                claims.Add(Make(c, sentence, ClaimKind.Control, subject, other, phrasal.Status, null, null,
                    phrasal.Status is ControlStatus.Presence ? c.Published : null, source, attributed, speaker, hedged, negated,
                    $"control/{phrasal.Rule}", new TextRange(c.Tokens[t].Range.Start, c.Tokens[phrasal.LastToken].Range.End)));
                t = phrasal.LastToken;
                continue;
            }

            if (NominalControl(c, sentence, t, word) is { } nominal)
            {
                claims.Add(Make(c, sentence, ClaimKind.Control, nominal.Actor, nominal.Other, nominal.Status, null, null, null, source, attributed, speaker, hedged, negated,
                    $"control/{nominal.Status.ToString().ToLowerInvariant()}-noun", c.Tokens[t].Range));
                continue;
            }

            if (VerbLexicon.Control.TryGetValue(word, out var status))
            {
                if (status == ControlStatus.Lost && word is "lost" or "lose" or "loses" && !HasObject(c, sentence, t))
                {
                    continue; // "whenever it fought conventional armies it has lost": a lost fight, not ground
                }

                var passive = IsPassive(c, sentence, t) && !word.EndsWith("ing", StringComparison.Ordinal);
                if (status is ControlStatus.Gained or ControlStatus.Lost && ClauseHasForecast(c, sentence, clause, t))
                {
                    continue; // "will not be able to retake Raqqa": a predicted change of hands is the forecast's content
                }

                if (status == ControlStatus.Besieged && !passive)
                {
                    goto events; // "X besieged Y" is a siege event
                }

                if (status == ControlStatus.Holds && previous.ToLowerInvariant() is "ceasefire" or "truce" or "agreement" or "deal" or "line" or "lines" or "front")
                {
                    continue; // "to ensure the ceasefire holds": an agreement that lasts, not ground held
                }

                if (status == ControlStatus.Holds && (previous is "the" or "a" or "under" || word == "held" && !passive && previous is not "it" and not "they"))
                {
                    continue; // "under the control", "talks held"
                }

                if (status == ControlStatus.Holds && (previous.ToLowerInvariant() is "once" or "formerly" or "previously" or "long" or "used" || OpensWithWhen(c, clause)
                    || PastHoldingOfNoun(c, sentence, t, word)))
                {
                    continue; // "the cities it once controlled", "When the organization controlled…": a past holding as background
                }

                var subject = Roles.Subject(c, sentence, t, previousSubject);
                string? actor = subject, other = null;
                if (t == c.TokenStart[sentence] && VerbLexicon.Expulsion.Contains(word) && FromFollows(c, sentence, t)
                    && c.ActorsIn(c.Sentences[sentence].Range).FirstOrDefault(a => Roles.IsParty(a.Actor) && a.Range.Start > c.Tokens[t].Range.End) is { } expelled)
                {
                    // "Driven this year from its two capitals, ISIL has…": an opening participle tells the main subject's loss.
                    claims.Add(Make(c, sentence, ClaimKind.Control, expelled.Actor.Id, null, ControlStatus.Lost, null, null, null,
                        source, attributed, speaker, hedged, negated, "control/lost-opening-participle", c.Tokens[t].Range));
                    continue;
                }

                if (status == ControlStatus.Gained)
                {
                    if (passive)
                    {
                        actor = Roles.After(c, sentence, t, "by");
                        other = subject;
                        if (actor is null && subject is not null && VerbLexicon.Expulsion.Contains(word) && FromFollows(c, sentence, t))
                        {
                            // "ISIS was driven from Mosul", "expelled from Raqqa": a loss with no captor named (spec: lost).
                            status = ControlStatus.Lost;
                            actor = subject;
                            other = null;
                        }
                    }
                    else
                    {
                        other = Roles.After(c, sentence, t, "from") ?? Roles.HeldObject(c, sentence, t);
                    }
                }

                if (status == ControlStatus.Lost && other is null)
                {
                    other = Roles.After(c, sentence, t, "to"); // "lost much of the country to the rebels": the gainer
                    other = other == actor ? null : other;
                }

                var effective = status == ControlStatus.Holds && negated ? ControlStatus.None : status;
                var quantity = ControlQuantity(c, clause, t, effective);
                claims.Add(Make(c, sentence, ClaimKind.Control, actor, other, effective, null, quantity,
                    effective is ControlStatus.Holds or ControlStatus.Presence or ControlStatus.Besieged or ControlStatus.None ? c.Published : null,
                    source, attributed, speaker, hedged, negated, $"control/{effective.ToString().ToLowerInvariant()}-verb", c.Tokens[t].Range));
                continue;
            }

            if (VerbLexicon.Presence.Contains(word) && (word is "presence" or "remain" or "holed" || previous is "fixed" or "are" or "is" or "most" or "still" or "remain" or "remained"))
            {
                if (word is "presence" && LostFollows(c, sentence, t))
                {
                    continue; // "the group's presence in Syria has dramatically declined": the decline is the claim
                }

                if (CountedTopic(c, sentence, t))
                {
                    continue; // "estimates of the number of IS fighters still present in Syria vary": what is counted, not a claim
                }

                var actor = Roles.Subject(c, sentence, t, previousSubject);
                if (actor is not null)
                {
                    // "has fixed positions in": ground held, not just a presence.
                    var held = word is "positions" && previous is "fixed";
                    claims.Add(Make(c, sentence, ClaimKind.Control, actor, null, held ? ControlStatus.Holds : ControlStatus.Presence, null, null, c.Published,
                        source, attributed, speaker, hedged, negated, held ? "control/holds-fixed-positions" : "control/presence", c.Tokens[t].Range));
                }

                continue;
            }

            // "declared victory in Deir Ezzor": a declaration of victory over a place is control gained, sourced to the declarer.
            if (word is "declared" or "declare" or "declares" or "claimed" or "claims" && t + 1 < c.TokenEnd[sentence] && c.Word(t + 1) is "victory")
            {
                var declarer = Roles.Subject(c, sentence, t, previousSubject);
                if (declarer is not null)
                {
                    claims.Add(Make(c, sentence, ClaimKind.Control, declarer, Roles.After(c, sentence, t + 1, "over", "against"), ControlStatus.Gained, null, null, null,
                        declarer, true, null, hedged, negated, "control/declared-victory", new TextRange(c.Tokens[t].Range.Start, c.Tokens[t + 1].Range.End)));
                    continue;
                }
            }

            if (word is "under" && UnderFrom(c, sentence, t, previousSubject, source, attributed, speaker, hedged, negated) is { Claims.Count: > 0 } pressed)
            {
                claims.AddRange(pressed.Claims);
                t = pressed.Noun; // the noun of pressure is this claim's, not another event
                continue;
            }

        events:
            // One fact, one claim: the fighting of a capture is the capture; an evacuation or surrender beside it is another fact.
            if (!hasCasualtyFigure && VerbLexicon.Events.TryGetValue(word, out var type) && !InPartyName(c, t)
                && !(type is EventType.Attack or EventType.Clash or EventType.Offensive or EventType.Siege or EventType.Capture && !HasLength(c, t) && claims.Any(x => x.Kind == ClaimKind.Control && x.Status == ControlStatus.Gained && !EnteredBeyond(c, word, x, t))))
            {
                if (!EventWordApplies(c, sentence, t, word, ref type))
                {
                    continue;
                }

                if (SupportPhrase(c, sentence, t))
                {
                    continue; // "an offensive backed by US-led air strikes": the strikes describe the offensive's support
                }

                var passiveEvent = IsPassive(c, sentence, t) && !word.EndsWith("ing", StringComparison.Ordinal) || (t + 1 < c.TokenEnd[sentence] && c.Word(t + 1) == "by")
                    || word.EndsWith("ed", StringComparison.Ordinal) && ByWithin(c, sentence, t, 5); // "the caliphate declared a year ago by the group"
                if (type == EventType.Declaration && !(passiveEvent && t + 1 < c.TokenEnd[sentence] && c.Word(t + 1) == "by") && !DeclaresSomething(c, sentence, t))
                {
                    continue; // "declared 'paper strength'", "cannot be declared": no formal statement
                }
                var actor = DemonymBefore(c, sentence, t) ?? (passiveEvent ? Roles.After(c, sentence, t, "by") : ParticipleAgent(c, sentence, t) ?? Roles.Subject(c, sentence, t, previousSubject));
                actor ??= passiveEvent ? null : LeaderSubject(c, sentence, clause, t); // "President Putin … declared victory"
                var other = Roles.After(c, sentence, t, "against", "on", "from") ?? (type == EventType.Declaration ? VictoryOver(c, sentence, t) : null)
                    ?? (passiveEvent ? Roles.Subject(c, sentence, t, previousSubject) : Roles.Object(c, sentence, t));
                // "The offensive is aimed at…": a definite event noun with no party named continues the story's last actor.
                if (actor is null && previous is "The" or "the" or "This" or "this" && type is EventType.Offensive or EventType.Attack or EventType.Siege)
                {
                    // "Assad would focus on the capital, as exemplified by the assault … on the rebel enclave": the sentence's party acts.
                    var told = claims.FirstOrDefault(x => x.Actor is not null && x.Actor != other)?.Actor;
                    actor = other is null ? previousSubject : told ?? (previousSubject != other ? previousSubject : null);
                }

                if (actor is null && other is null && FollowsAfter(c, sentence, t) && claims.LastOrDefault(x => x.Kind == ClaimKind.Event) is { } earlier)
                {
                    // "the assault on the enclave after a five-year siege": the siege before it was between the same parties.
                    (actor, other) = (earlier.Actor, earlier.Other);
                }

                if (actor is null && other is null)
                {
                    continue;
                }

                if (other == actor)
                {
                    other = null;
                }

                // Strikes and operations told without their author are the anti-ISIS forces' (spec: unnamed forces fighting ISIS).
                actor ??= type is EventType.Airstrike or EventType.Offensive && other == c.MainArmedActor && other == "isis" ? "anti_isis_forces" : null;

                if (ClauseHasForecast(c, sentence, clause, t))
                {
                    continue; // an event that is predicted is the forecast's content, not a claim of its own
                }

                if (type == EventType.Attack && AnyWordIn(c, sentence, clause, VerbLexicon.AirWords))
                {
                    type = EventType.Airstrike;
                }

                if (claims.Any(x => x.Kind == ClaimKind.Event && x.EventType == type && x.Actor == actor))
                {
                    continue; // one fact, one claim
                }

                claims.Add(Make(c, sentence, ClaimKind.Event, actor, other, null, type, null, null,
                    source, attributed, speaker, hedged, negated, $"event/{type.ToString().ToLowerInvariant()}-word", c.Tokens[t].Range));

                // "Both Presidents Trump and Putin … declare victory": each leader's party acts.
                foreach (var party in CoordinatedLeaders(c, sentence, t).Distinct().Where(p => p != actor && p != other))
                {
                    claims.Add(Make(c, sentence, ClaimKind.Event, party, other, null, type, null, null,
                        source, attributed, speaker, hedged, negated, $"event/{type.ToString().ToLowerInvariant()}-word+co-leader", c.Tokens[t].Range));
                }
            }
        }

        return claims;
    }

    /// <summary>Control told by a verb and its particle or object: the status, the rule and the last token used.</summary>
    private static (ControlStatus Status, string Rule, int LastToken)? PhrasalControl(ClaimContext c, int sentence, int t, string word)
    {
        var end = c.TokenEnd[sentence];
        string Next(int k) => t + k < end ? c.Word(t + k).ToLowerInvariant() : string.Empty;
        var w = word.ToLowerInvariant();
        if (w is "clawed" or "claw" or "won" or "win" && Next(1) == "back")
        {
            return (ControlStatus.Gained, "gained-phrasal", t + 1);
        }

        if (w is "drove" or "driving" or "drive" or "drives" or "pushed" or "pushing" or "kicked")
        {
            for (var k = 1; k <= 5; k++)
            {
                if (Next(k) == "out")
                {
                    return (ControlStatus.Gained, "gained-drove-out", t + k);
                }
            }
        }

        if (w is "withdrew" or "withdrawn" or "retreated" or "pulled" && (Next(1) == "from" || (Next(1) == "out" && Next(2) == "of")))
        {
            return (ControlStatus.Lost, "lost-withdrew", t + 1);
        }

        if (w is "holding" && Next(1) == "out")
        {
            return (ControlStatus.Holds, "holds-holding-out", t + 1); // "fighters are believed to be holding out in two towns"
        }

        if (w is "retained" or "retains" or "maintained" or "maintains" or "kept" && Next(1) == "a" && Next(2) == "presence")
        {
            return (ControlStatus.Presence, "presence-retained", t + 2);
        }

        return null;
    }

    /// <summary>
    /// Control told by a noun with its party before it and a place after it: "the government
    /// victory at Deir Ezzor" (gained), "Al-Qaeda's defeat in Aleppo", "the defeat of ISIS in
    /// Mosul" (lost), "ISIS's rapid expansion in Syria" (gained). Without a place the noun is no
    /// ground ("victory over terrorism").
    /// </summary>
    private static (ControlStatus Status, string Actor, string? Other)? NominalControl(ClaimContext c, int sentence, int t, string word)
    {
        if (word.ToLowerInvariant() is "capture" or "recapture" or "liberation" or "seizure" or "retaking")
        {
            return CaptureNoun(c, sentence, t);
        }

        ControlStatus? status = word.ToLowerInvariant() switch
        {
            "victory" or "expansion" => ControlStatus.Gained,
            "defeat" or "loss" => ControlStatus.Lost,
            _ => null,
        };
        if (status is null || t == c.TokenStart[sentence] || c.Word(t - 1).ToLowerInvariant() is "declared" or "declare" or "declares" or "claimed" or "claims")
        {
            return null;
        }

        string? actor = null;
        var start = c.Tokens[Math.Max(c.TokenStart[sentence], t - 3)].Range.Start;
        foreach (var a in c.ActorsIn(new TextRange(start, c.Tokens[t].Range.Start)))
        {
            var gap = c.Text.AsSpan(a.Range.End, c.Tokens[t].Range.Start - a.Range.End).Trim().ToString();
            var possessive = gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("’s", StringComparison.Ordinal);
            var rest = possessive ? gap[2..].Trim() : gap;
            if (Roles.IsParty(a.Actor) && (rest.Length == 0 || possessive && rest.All(char.IsLower)))
            {
                actor = a.Actor.Id; // "the government victory", "Al-Qaeda's defeat"
            }
        }

        var end = c.TokenEnd[sentence];
        if (actor is null && t + 1 < end && c.Word(t + 1) == "of")
        {
            actor = Roles.After(c, sentence, t, "of"); // "the defeat of ISIS in Mosul"
        }

        if (actor is null)
        {
            return null;
        }

        for (var k = t + 1; k < Math.Min(end, t + 8); k++)
        {
            // "in Mosul", "at Mayadeen", "in the 'Great Battle of Aleppo'".
            if (c.Word(k) is "in" or "at" && c.PlacesIn(new TextRange(c.Tokens[k].Range.End, c.Tokens[Math.Min(end - 1, k + 6)].Range.End)).Any())
            {
                var other = status == ControlStatus.Gained ? Roles.After(c, sentence, t, "over", "against") : null;
                return (status.Value, actor, other == actor ? null : other);
            }
        }

        return null;
    }

    /// <summary>
    /// "the capture of Raqqa by the SDF", "the army's recapture of Palmyra": a capture noun whose
    /// "of" names a place (not people: "the capture of 20 fighters") is ground gained by the party
    /// named after "by" or in the possessive before it.
    /// </summary>
    private static (ControlStatus Status, string Actor, string? Other)? CaptureNoun(ClaimContext c, int sentence, int t)
    {
        var end = c.TokenEnd[sentence];
        if (t + 2 >= end || c.Word(t + 1) != "of")
        {
            return null;
        }

        var window = new TextRange(c.Tokens[t + 1].Range.End, c.Tokens[Math.Min(end - 1, t + 5)].Range.End);
        var place = c.PlacesIn(window).FirstOrDefault();
        if (place is null || c.ActorsIn(new TextRange(c.Tokens[t + 1].Range.End, place.Range.Start)).Any())
        {
            return null;
        }

        string? actor = null;
        if (t - 1 > c.TokenStart[sentence] && c.Word(t - 1) is "'s" or "’s" or "s")
        {
            actor = c.ActorsIn(new TextRange(c.Tokens[Math.Max(c.TokenStart[sentence], t - 5)].Range.Start, c.Tokens[t - 1].Range.End)).LastOrDefault(a => Roles.IsParty(a.Actor))?.Actor.Id;
        }
        else if (c.ActorsIn(new TextRange(c.Tokens[Math.Max(c.TokenStart[sentence], t - 4)].Range.Start, c.Tokens[t].Range.Start)).LastOrDefault() is { } before
            && Roles.IsParty(before.Actor) && (c.Text.AsSpan(before.Range.End, c.Tokens[t].Range.Start - before.Range.End).Trim() is "'s" or "’s" or ""))
        {
            actor = before.Actor.Id; // "the army's recapture", "a government capture"
        }

        actor ??= Roles.After(c, sentence, c.TokenAt(place.Range.End) - 1, "by");
        return actor is null ? null : (ControlStatus.Gained, actor, null);
    }

    /// <summary>A transitive use: a word other than punctuation or a preposition of time follows the verb.</summary>
    private static bool HasObject(ClaimContext c, int sentence, int t)
    {
        if (t + 1 >= c.TokenEnd[sentence])
        {
            return false;
        }

        var next = c.Word(t + 1);
        return next.Length > 0 && (char.IsLetterOrDigit(next[0]) || next[0] is '"' or '“' or '‘' or '\'') && next is not ("when" or "whenever" or "because" or "since" or "before" or "after");
    }

    /// <summary>A verb of loss later in the clause ("presence … has declined").</summary>
    private static bool LostFollows(ClaimContext c, int sentence, int t)
    {
        var clause = c.ClauseAround(sentence, t);
        for (var k = t + 1; k < Math.Min(c.TokenEnd[sentence], t + 8) && c.Tokens[k].Range.End <= clause.End; k++)
        {
            if (VerbLexicon.Control.TryGetValue(c.Word(k), out var st) && st == ControlStatus.Lost)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Russian intervention", "a Turkish air strike": a demonym before an event noun (a determiner before it) names the actor.</summary>
    private static string? DemonymBefore(ClaimContext c, int sentence, int t)
    {
        for (var k = t - 1; k >= Math.Max(c.TokenStart[sentence] + 1, t - 2); k--)
        {
            if (VerbLexicon.DemonymActors.TryGetValue(c.Word(k), out var id) && c.Word(k - 1).ToLowerInvariant() is "the" or "a" or "an" or "its" or "their")
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>An event noun inside "backed by …", "supported by …", "with the support of …" qualifies another event.</summary>
    private static bool SupportPhrase(ClaimContext c, int sentence, int t)
    {
        for (var k = t - 1; k >= Math.Max(c.TokenStart[sentence] + 1, t - 6); k--)
        {
            var w = c.Word(k);
            if (w is "by" or "of" && c.Word(k - 1) is "backed" or "supported" or "support" or "aided" or "covered" or "cover")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whom a forecast is about: after "expect" the party expected to act ("we expect them to
    /// flee"); after a first-person subject the speaker's party ("we will do all we can"); else the
    /// clause's subject, its object, a pronoun's party, or the article's main armed group.
    /// </summary>
    private static string? ForecastActor(ClaimContext c, int sentence, int t, string word, TextRange clause, string? speakerParty, string? previousSubject)
    {
        if (word is "expect" or "expects")
        {
            var rest = new TextRange(c.Tokens[t].Range.End, clause.End);
            // "them" after a speaker's "we" is never the speaker's own party.
            var referent = previousSubject == speakerParty ? null : previousSubject;
            if ((Roles.Object(c, sentence, t) ?? Roles.PronounParty(c, sentence, rest, null, referent)) is { } expected)
            {
                return expected;
            }
        }

        if (speakerParty is not null)
        {
            for (var k = c.TokenAt(clause.Start); k < t; k++)
            {
                // Not "we will witness the end of ISIS": a speaker who watches is no party to the forecast.
                if (c.Word(k) is "we" or "We" && !(k + 3 < c.Tokens.Length && Enumerable.Range(k + 1, 3).Any(j => VerbLexicon.PerceptionVerbs.Contains(c.Word(j)))))
                {
                    return speakerParty;
                }
            }
        }

        // "military operations against ISIS will continue": operations with no author are the forces fighting ISIS.
        for (var k = c.TokenAt(clause.Start); k + 2 < c.TokenEnd[sentence] && c.Tokens[k + 2].Range.End <= clause.End; k++)
        {
            if (VerbLexicon.OperationNouns.Contains(c.Word(k)) && c.Word(k + 1) is "against"
                && c.ActorStartingBetween(c.Tokens[k + 1].Range.End, c.Tokens[Math.Min(k + 3, c.TokenEnd[sentence] - 1)].Range.Start) is { Actor.Id: "isis" })
            {
                return "anti_isis_forces";
            }
        }

        return Roles.Subject(c, sentence, t, previousSubject) ?? LeaderSubject(c, sentence, clause, t) ?? Roles.Object(c, sentence, t)
            ?? Roles.PronounParty(c, sentence, clause, speakerParty, previousSubject) ?? c.MainArmedActor;
    }

    /// <summary>
    /// "President Bashar al-Assad has made clear he would…": a person named before the verb (or
    /// "he"/"she" after them in the sentence) acts for the party they lead or speak for.
    /// </summary>
    private static string? LeaderSubject(ClaimContext c, int sentence, TextRange clause, int t)
    {
        var before = new TextRange(c.Sentences[sentence].Range.Start, c.Tokens[t].Range.Start);
        var person = c.People.LastOrDefault(p => before.Contains(p.Range) && p.Org is not null);
        if (person is null)
        {
            return null;
        }

        var inClause = clause.Contains(person.Range);
        var pronoun = false;
        for (var k = c.TokenAt(person.Range.End); k < t && !pronoun; k++)
        {
            if (VerbLexicon.PredictionVerbs.Contains(c.Word(k)))
            {
                return null; // "Macron predicted that…": the person foresees; the forecast is about someone else
            }

            pronoun = c.Word(k) is "he" or "she";
        }

        if (VerbLexicon.PredictionVerbs.Contains(c.Word(t)))
        {
            return null;
        }

        return inClause || pronoun ? person.Org : null;
    }

    /// <summary>"the number of IS fighters still present": a presence inside the noun phrase a count is about.</summary>
    private static bool CountedTopic(ClaimContext c, int sentence, int t)
    {
        for (var k = t - 1; k > Math.Max(c.TokenStart[sentence], t - 7); k--)
        {
            if (c.Word(k) is "of" && c.Word(k - 1) is "number" or "numbers" or "size" or "strength")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Joint Operations Command", "Operation Inherent Resolve": an event word inside a party's name is the name.</summary>
    private static bool InPartyName(ClaimContext c, int t) =>
        c.Actors.Any(a => a.Range.Start <= c.Tokens[t].Range.Start && a.Range.End >= c.Tokens[t].Range.End && a.Range.Length > c.Tokens[t].Range.Length);

    /// <summary>"a two-month battle": an event with its own length is a fact of its own beside the capture that ends it.</summary>
    private static bool HasLength(ClaimContext c, int t) => c.DurationBefore(t) is not null;

    /// <summary>"the assault launched last month by government forces": an event noun's participle names its author after "by".</summary>
    private static string? ParticipleAgent(ClaimContext c, int sentence, int t)
    {
        if (t == 0 || t + 1 >= c.TokenEnd[sentence] || c.Word(t - 1).ToLowerInvariant() is not ("the" or "a" or "an" or "this" or "that"))
        {
            return null;
        }

        var participle = c.Word(t + 1);
        if (!participle.EndsWith("ed", StringComparison.Ordinal) && participle is not ("led" or "carried" or "waged" or "fought" or "begun"))
        {
            return null;
        }

        for (var k = t + 2; k < Math.Min(c.TokenEnd[sentence], t + 6); k++)
        {
            if (c.Word(k) == "by")
            {
                return Roles.After(c, sentence, k - 1, "by");
            }
        }

        return null;
    }

    /// <summary>The parties of people named together as the subject before the trigger ("Presidents Trump and Putin"), when there are several.</summary>
    private static IEnumerable<string> CoordinatedLeaders(ClaimContext c, int sentence, int t)
    {
        var before = new TextRange(c.Sentences[sentence].Range.Start, c.Tokens[t].Range.Start);
        var people = c.People.Where(p => before.Contains(p.Range) && p.Org is not null).ToList();
        for (var i = 1; i < people.Count; i++)
        {
            var gap = c.Text.AsSpan(people[i - 1].Range.End, people[i].Range.Start - people[i - 1].Range.End).Trim();
            if (gap is "and" or ",")
            {
                yield return people[i - 1].Org!;
                yield return people[i].Org!;
            }
        }
    }

    /// <summary>
    /// "will not be able to", "it will no longer be", "predicted a resurgence was unlikely": a negation
    /// right after a modal of the clause, or after a verb of prediction, negates the forecast.
    /// </summary>
    private static bool ForecastNegated(ClaimContext c, int sentence, int t, TextRange clause)
    {
        for (var k = t; k + 1 < c.TokenEnd[sentence] && c.Tokens[k + 1].Range.End <= clause.End; k++)
        {
            var w = c.Word(k);
            if ((VerbLexicon.Future.Contains(w) || w is "would" or "could" or "can")
                && c.IsNegated(new TextRange(c.Tokens[k + 1].Range.Start, c.Tokens[Math.Min(k + 2, c.TokenEnd[sentence] - 1)].Range.End)))
            {
                return true;
            }

            if (k > t && VerbLexicon.PredictionVerbs.Contains(c.Word(t)) && w is "unlikely")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"by" within a few words after a participle, before any other verb or clause break: its agent follows.</summary>
    private static bool ByWithin(ClaimContext c, int sentence, int t, int words)
    {
        for (var k = t + 1; k < Math.Min(c.TokenEnd[sentence], t + 1 + words); k++)
        {
            var w = c.Word(k);
            if (w is "by")
            {
                return true;
            }

            if (w is "," or ";" or "and" or "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"declare victory over ISIS", "victory over it": whom a declared victory is over (a pronoun: the article's armed group).</summary>
    private static string? VictoryOver(ClaimContext c, int sentence, int t)
    {
        for (var k = t + 1; k + 1 < Math.Min(c.TokenEnd[sentence], t + 4); k++)
        {
            if (c.Word(k) is "victory" && c.Word(k + 1) is "over")
            {
                return Roles.After(c, sentence, k, "over") ?? (k + 2 < c.TokenEnd[sentence] && c.Word(k + 2) is "it" or "them" ? c.MainArmedActor : null);
            }
        }

        return null;
    }

    /// <summary>"after a five-year siege", "following weeks of clashes": the event noun is introduced by "after" within four words.</summary>
    private static bool FollowsAfter(ClaimContext c, int sentence, int t)
    {
        for (var k = t - 1; k >= Math.Max(c.TokenStart[sentence], t - 4); k--)
        {
            if (c.Word(k) is "after" or "following" or "After" or "Following")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of ground that a relative clause may describe as once held ("the territory it held").</summary>
    private static readonly FrozenSet<string> GroundNouns = new[]
    {
        "territory", "territories", "town", "towns", "city", "cities", "area", "areas", "land", "lands", "village", "villages", "parts", "pockets",
        "region", "regions", "ground", "stronghold", "strongholds", "enclave", "enclaves", "province", "provinces", "positions",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the territory it held", "the last major town ISIS controlled": a past-tense holding in a
    /// relative clause on a noun of ground describes the ground, as background, not a current claim.
    /// </summary>
    private static bool PastHoldingOfNoun(ClaimContext c, int sentence, int t, string word)
    {
        if (word is not ("held" or "controlled" or "ruled") || t - 2 < c.TokenStart[sentence])
        {
            return false;
        }

        var subject = t - 1;
        if (c.ActorsIn(c.Sentences[sentence].Range).FirstOrDefault(a => a.Range.End == c.Tokens[subject].Range.End) is { } actor)
        {
            subject = c.TokenAt(actor.Range.Start);
        }
        else if (c.Word(subject) is not ("it" or "they" or "he" or "she" or "we"))
        {
            return false;
        }

        return subject - 1 >= c.TokenStart[sentence] && GroundNouns.Contains(c.Word(subject - 1));
    }

    /// <summary>A clause opening with "when" or "once" (possibly after a quote mark) sets a time as background.</summary>
    private static bool OpensWithWhen(ClaimContext c, TextRange clause)
    {
        for (var k = c.TokenAt(clause.Start); k < c.Tokens.Length && c.Tokens[k].Range.End <= clause.End; k++)
        {
            var w = c.Word(k);
            if (w.Length > 0 && !char.IsLetter(w[0]))
            {
                continue;
            }

            return w is "When" or "when" or "Once" or "Whenever" or "whenever";
        }

        return false;
    }

    /// <summary>"from" or "out" within four words: "driven from", "pushed out of", "expelled this year from".</summary>
    private static bool FromFollows(ClaimContext c, int sentence, int t)
    {
        for (var k = t + 1; k < Math.Min(c.TokenEnd[sentence], t + 5); k++)
        {
            if (c.Word(k) is "from" or "out")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A formal declaration names what it declares: the end of a war, a caliphate, a state, a ceasefire.</summary>
    private static bool DeclaresSomething(ClaimContext c, int sentence, int t)
    {
        for (var k = t + 1; k < Math.Min(c.TokenEnd[sentence], t + 6); k++)
        {
            if (c.Word(k).ToLowerInvariant() is "end" or "caliphate" or "state" or "war" or "ceasefire" or "truce" or "independence" or "emergency" or "victory" or "defeat" or "authority" or "liberation" or "that")
            {
                return true;
            }
        }

        // "the caliphate ISIS proclaimed in 2014", "its 'caliphate' …, which its leader declared": the thing
        // declared before the verb, in lower case (not "Islamic State").
        for (var k = t - 1; k >= Math.Max(c.TokenStart[sentence], t - 15); k--)
        {
            if (VerbLexicon.DeclaredThings.Contains(c.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A prediction in the event's clause makes the event its content, unless a comma and a
    /// subordinating word stand between them (", as many fighters had been surrendering"): a new
    /// clause that tells what happened.
    /// </summary>
    private static bool ClauseHasForecast(ClaimContext c, int sentence, TextRange clause, int eventToken)
    {
        for (var k = c.TokenStart[sentence]; k < c.TokenEnd[sentence]; k++)
        {
            if (clause.Contains(c.Tokens[k].Range) && IsForecastTrigger(c, sentence, k, c.Word(k)) && !ScopeBreak(c, Math.Min(k, eventToken), Math.Max(k, eventToken)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyWordIn(ClaimContext c, int sentence, TextRange clause, System.Collections.Frozen.FrozenSet<string> words)
    {
        for (var k = c.TokenStart[sentence]; k < c.TokenEnd[sentence]; k++)
        {
            if (clause.Contains(c.Tokens[k].Range) && words.Contains(c.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> ScopeOpeners = new[]
    {
        "as", "because", "since", "after", "before", "when", "while", "where", "which", "who", "following", "despite", "amid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A comma followed by a subordinating word between two tokens: they belong to different clauses.</summary>
    private static bool ScopeBreak(ClaimContext c, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (c.Word(k) == "," && k + 1 < c.Tokens.Length && ScopeOpeners.Contains(c.Word(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"be" before a participle, with up to two adverbs between ("are completely besieged").</summary>
    private static bool IsPassive(ClaimContext c, int sentence, int t)
    {
        var k = t - 1;
        while (k > c.TokenStart[sentence] && t - k <= 2 && VerbLexicon.PassiveAdverbs.Contains(c.Word(k)))
        {
            k--;
        }

        return k >= c.TokenStart[sentence] && VerbLexicon.Passive.Contains(c.Word(k));
    }

    /// <summary>
    /// "captured the border post and entered the nearby town of Al Qaim": entering a place is its
    /// own fact beside a capture named a few words before it, not part of the capture.
    /// </summary>
    private static bool EnteredBeyond(ClaimContext c, string word, Claim capture, int t) =>
        word is "entered" && capture.Evidence.End < c.Tokens[Math.Max(0, t - 3)].Range.Start;

    /// <summary>
    /// Conditions a word must meet to tell an event, and the type it tells: "battle for a city" is an
    /// offensive, other battles clashes; "struggle" only with an opponent ("its struggle with
    /// al-Qaeda"); the mass noun "fighting" only with its parties ("fighting between the army and
    /// ISIS"), since alone it is background ("after a year of fierce fighting").
    /// </summary>
    private static bool EventWordApplies(ClaimContext c, int sentence, int t, string word, ref EventType type)
    {
        var next = t + 1 < c.TokenEnd[sentence] ? c.Word(t + 1).ToLowerInvariant() : string.Empty;
        // "broke the siege", "lifted the blockade": the end of a siege is told, not a new one.
        if (type == EventType.Siege && t >= 2 && c.Word(t - 1) is "the" or "a" or "its" && c.Word(t - 2).ToLowerInvariant() is "broke" or "break" or "breaking"
            or "broken" or "lifted" or "lift" or "lifting" or "ended" or "end" or "ending" or "relieved" or "relieve" or "breached" or "breach")
        {
            return false;
        }

        switch (word.ToLowerInvariant())
        {
            case "battle" or "battles":
                if (next is "for" or "to")
                {
                    type = EventType.Offensive;
                    return true;
                }

                return PartyAttached(c, sentence, t);
            case "struggle":
                return next is "with" or "against";
            case "fight" when t - 2 >= c.TokenStart[sentence] && c.Word(t - 1) == "to":
                return c.Word(t - 2).ToLowerInvariant() is "has" or "have" or "had" or "having"; // "had to fight ISIS" happened; "called on them to fight" did not
            case "fighting":
                var previous = t > c.TokenStart[sentence] ? c.Word(t - 1).ToLowerInvariant() : string.Empty;
                if (VerbLexicon.Passive.Contains(previous) || previous is "been" or "keep" or "kept" or "continue" or "continued" or "started" or "began")
                {
                    return true; // "are fighting ISIS": the verb
                }

                return PartyAttached(c, sentence, t);
            default:
                return true;
        }
    }

    /// <summary>A party named in the noun phrase of an event noun: "ISIS's fighting", "fighting between X and Y", "fighting with/against X".</summary>
    private static bool PartyAttached(ClaimContext c, int sentence, int t)
    {
        if (t > c.TokenStart[sentence] && c.ActorsIn(c.Tokens[t - 1].Range).Any(a => Roles.IsParty(a.Actor)))
        {
            return true;
        }

        var next = t + 1 < c.TokenEnd[sentence] ? c.Word(t + 1).ToLowerInvariant() : string.Empty;
        return next is "between" or "with" or "against" && Roles.After(c, sentence, t, c.Word(t + 1)) is not null;
    }

    /// <summary>
    /// "came under intense pressure in Iraq from the Iraqi army, and in Syria from the Kurds": each
    /// party after "from" attacks the clause's subject, in the place named just before it.
    /// </summary>
    private static (List<Claim> Claims, int Noun)? UnderFrom(ClaimContext c, int sentence, int t, string? previousSubject, string source, bool attributed, string? speaker, bool hedged, bool negated)
    {
        var end = c.TokenEnd[sentence];
        var noun = t + 1;
        while (noun < Math.Min(end, t + 3) && !VerbLexicon.UnderFrom.ContainsKey(c.Word(noun)))
        {
            noun++;
        }

        if (noun >= end || !VerbLexicon.UnderFrom.TryGetValue(c.Word(noun), out var type))
        {
            return null;
        }

        var target = Roles.Subject(c, sentence, t, previousSubject);
        var claims = new List<Claim>();
        for (var k = noun + 1; k < end; k++)
        {
            var w = c.Word(k);
            if (w is ";" || (w == "," && k + 1 < end && (c.Word(k + 1).EndsWith("ing", StringComparison.Ordinal) || ScopeOpeners.Contains(c.Word(k + 1)))))
            {
                break;
            }

            if (w != "from" || Roles.PartyAfterBackers(c, sentence, k) is not { } attacker || attacker == target)
            {
                continue;
            }

            TextRange? anchor = null;
            for (var j = k - 1; j >= Math.Max(noun + 1, k - 4); j--)
            {
                if (c.Word(j) == "in")
                {
                    anchor = c.Tokens[j].Range;
                    break;
                }
            }

            claims.Add(Make(c, sentence, ClaimKind.Event, attacker, target, null, type, null, null, source, attributed, speaker, hedged, negated,
                $"event/{type.ToString().ToLowerInvariant()}-under-from", new TextRange(c.Tokens[t].Range.Start, c.Tokens[k].Range.End)) with { PlaceAnchor = anchor ?? c.Tokens[noun].Range });
        }

        return (claims, noun);
    }

    /// <summary>"will", "would", "could" before a verb, "expected/likely to", "expect X to", "predicted".</summary>
    private static bool IsForecastTrigger(ClaimContext c, int sentence, int t, string word)
    {
        var next = t + 1 < c.TokenEnd[sentence] ? c.Word(t + 1) : string.Empty;
        if (VerbLexicon.Future.Contains(word) || word is "would" or "could")
        {
            return next.Length > 0 && char.IsLetter(next[0]);
        }

        if (word is "expected" or "likely" or "set" or "poised" or "due")
        {
            return next == "to";
        }

        // "they can inflict damage", "enough to cause damage in guerrilla-style attacks": what a force is able to do next.
        if (word is "can" && VerbLexicon.CapabilityVerbs.Contains(next))
        {
            return true;
        }

        if (word is "enough" && next == "to" && t + 2 < c.TokenEnd[sentence] && (VerbLexicon.CapabilityVerbs.Contains(c.Word(t + 2)) || c.Word(t + 2) is "plan" or "retake" or "recapture" or "hold" or "threaten"))
        {
            return true;
        }

        if (word is "expect" or "expects" or "predicted" or "predicts" or "forecast")
        {
            return true;
        }

        // "preparing for a final showdown", "gearing up for an assault": an action being readied is foreseen.
        if (word is "preparing" or "prepare" or "prepares" or "gearing" && (next is "for" or "to" || next is "up" && t + 2 < c.TokenEnd[sentence] && c.Word(t + 2) is "for"))
        {
            return true;
        }

        // "on the cusp of victory", "on the verge of collapse", "on the brink of defeat".
        return word is "cusp" or "verge" or "brink" && next == "of" && t >= 2 && c.Word(t - 1) == "the" && c.Word(t - 2) is "on";
    }

    /// <summary>"holds 18 villages", "no longer controls a single town" (none: 0 towns).</summary>
    private static ClaimQuantity? ControlQuantity(ClaimContext c, TextRange clause, int verb, ControlStatus status)
    {
        var after = new TextRange(c.Tokens[verb].Range.End, clause.End);
        var q = c.QuantitiesIn(after).FirstOrDefault(x => x.Unit is QuantityUnits.Villages or QuantityUnits.Towns or QuantityUnits.PercentTerritory);
        if (q is not null)
        {
            return new ClaimQuantity(q.Low, q.High, q.Unit, q.Approx);
        }

        if (status == ControlStatus.None)
        {
            for (var k = verb + 1; k < Math.Min(c.Tokens.Length, verb + 5); k++)
            {
                var w = c.Word(k).ToLowerInvariant();
                if (w is "town" or "towns")
                {
                    return new ClaimQuantity(0, 0, QuantityUnits.Towns, false);
                }

                if (w is "village" or "villages")
                {
                    return new ClaimQuantity(0, 0, QuantityUnits.Villages, false);
                }

                if (w is "city" or "cities")
                {
                    return new ClaimQuantity(0, 0, QuantityUnits.Other, false);
                }
            }
        }

        return null;
    }

    private static Claim Make(ClaimContext c, int sentence, ClaimKind kind, string? actor, string? other, ControlStatus? status, EventType? type, ClaimQuantity? quantity, string? date, string source, bool attributed, string? speaker, bool hedged, bool negated, string rule, TextRange evidence) =>
        new()
        {
            Kind = kind,
            Sentence = sentence,
            SentenceRange = c.Sentences[sentence].Range,
            Actor = actor,
            Other = other,
            Status = status,
            EventType = type,
            Quantity = quantity,
            Date = date,
            Source = source,
            Attributed = attributed,
            Speaker = speaker,
            Hedged = hedged,
            Negated = negated,
            Rule = rule,
            Evidence = evidence,
        };
}
