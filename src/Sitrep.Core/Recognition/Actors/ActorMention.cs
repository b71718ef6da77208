using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>What kind of party an actor is.</summary>
public enum ActorType
{
    StateForces,
    Government,
    NonStateArmedGroup,
    Militia,
    Coalition,
    Monitor,
    Media,
    Agency,
    InternationalOrg,

    /// <summary>Think tanks and universities whose analysts are quoted.</summary>
    Research,

    /// <summary>Unnamed commentators who assert claims ("observers expect", "analysts say").</summary>
    Observers,
    Civilians,
    Generic,
}

/// <summary>One actor in the dictionary: a canonical id, its type and home country (ISO code or empty).</summary>
public sealed record Actor(string Id, ActorType Type, string Country)
{
    /// <summary>
    /// The actors whose side this one is on in the wars: the party it is part of, fights for or
    /// speaks for (a unit's army, a proxy's patron, a party's news agency); empty for a principal party.
    /// </summary>
    public ImmutableArray<string> Sides { get; init; } = [];
}

/// <summary>
/// A mention of an actor: the range that names it, the actor, and the rule that decided it
/// ("alias", "acronym", "description/nearest-country-cue", "metonym/capital").
/// </summary>
public sealed record ActorMention(TextRange Range, Actor Actor, string Rule);
