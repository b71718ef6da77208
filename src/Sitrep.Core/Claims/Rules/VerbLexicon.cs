using System.Collections.Frozen;

namespace Sitrep.Claims.Rules;

/// <summary>Verb classes by the claim they make, each word form listed (no stemmer restores here).</summary>
internal static class VerbLexicon
{
    /// <summary>What an armed group is said to be able to do next: "can inflict damage", "enough to mount attacks".</summary>
    public static readonly FrozenSet<string> CapabilityVerbs = new[]
    {
        "inflict", "cause", "mount", "launch", "stage", "strike", "regroup", "resurge", "reconstitute", "rebuild", "carry", "wage", "conduct", "sustain",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of watching: "we will witness the end of ISIS".</summary>
    public static readonly FrozenSet<string> PerceptionVerbs = new[] { "witness", "see", "watch", "observe", "notice" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs by which someone foresees or tells a forecast rather than acting in it.</summary>
    public static readonly FrozenSet<string> PredictionVerbs = new[]
    {
        "predicted", "predicts", "predict", "said", "says", "argued", "argues", "warned", "warns", "told", "believes", "believed", "thinks",
        "expects", "expected", "added", "forecast", "estimated", "estimates", "suggested", "noted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of military action whose author may go unnamed ("operations against ISIS").</summary>
    public static readonly FrozenSet<string> OperationNouns = new[]
    {
        "operations", "operation", "offensive", "offensives", "campaign", "campaigns", "strikes", "airstrikes", "raids", "attacks", "war", "fight",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, ControlStatus> Control = new Dictionary<string, ControlStatus>(StringComparer.OrdinalIgnoreCase)
    {
        // gained: a capture, seizure, retaking or liberation
        ["seized"] = ControlStatus.Gained, ["seize"] = ControlStatus.Gained, ["seizes"] = ControlStatus.Gained, ["seizing"] = ControlStatus.Gained,
        ["captured"] = ControlStatus.Gained, ["capture"] = ControlStatus.Gained, ["captures"] = ControlStatus.Gained,
        ["recaptured"] = ControlStatus.Gained, ["recapture"] = ControlStatus.Gained, ["retook"] = ControlStatus.Gained, ["retaken"] = ControlStatus.Gained,
        ["retake"] = ControlStatus.Gained, ["retakes"] = ControlStatus.Gained, ["liberated"] = ControlStatus.Gained, ["liberate"] = ControlStatus.Gained,
        ["regained"] = ControlStatus.Gained, ["reclaimed"] = ControlStatus.Gained, ["reclaim"] = ControlStatus.Gained, ["overran"] = ControlStatus.Gained,
        ["overrun"] = ControlStatus.Gained, ["expelled"] = ControlStatus.Gained, ["ousted"] = ControlStatus.Gained, ["stormed"] = ControlStatus.Gained,
        ["driven"] = ControlStatus.Gained, ["routed"] = ControlStatus.Gained,
        ["conquered"] = ControlStatus.Gained,

        // holds
        ["holds"] = ControlStatus.Holds, ["hold"] = ControlStatus.Holds, ["controls"] = ControlStatus.Holds, ["retains"] = ControlStatus.Holds,
        ["retained"] = ControlStatus.Holds, ["controlled"] = ControlStatus.Holds, ["held"] = ControlStatus.Holds,

        // lost
        ["lost"] = ControlStatus.Lost, ["lose"] = ControlStatus.Lost, ["loses"] = ControlStatus.Lost, ["losing"] = ControlStatus.Lost,
        ["declined"] = ControlStatus.Lost, ["collapsed"] = ControlStatus.Lost, ["disintegrated"] = ControlStatus.Lost,

        // besieged (as a state: "is besieged", "have been besieged")
        ["besieged"] = ControlStatus.Besieged, ["encircled"] = ControlStatus.Besieged, ["surrounded"] = ControlStatus.Besieged,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases of presence: "have a presence", "fixed positions", "are active in", "remain in", "holed up".</summary>
    public static readonly FrozenSet<string> Presence = new[] { "presence", "positions", "active", "remain", "holed", "present", "based", "entrenched" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, EventType> Events = new Dictionary<string, EventType>(StringComparer.OrdinalIgnoreCase)
    {
        ["attack"] = EventType.Attack, ["attacks"] = EventType.Attack, ["attacked"] = EventType.Attack, ["ambush"] = EventType.Attack,
        ["ambushed"] = EventType.Attack, ["bombings"] = EventType.Attack, ["counter-attacks"] = EventType.Attack, ["raids"] = EventType.Attack,
        ["strikes"] = EventType.Airstrike, ["airstrikes"] = EventType.Airstrike, ["airstrike"] = EventType.Airstrike, ["bombing"] = EventType.Airstrike,
        ["bombed"] = EventType.Airstrike, ["bombarded"] = EventType.Airstrike, ["shelled"] = EventType.Attack, ["struck"] = EventType.Attack, ["pounded"] = EventType.Attack, ["targeted"] = EventType.Attack,
        ["hit"] = EventType.Attack, ["strike"] = EventType.Attack,
        ["clashes"] = EventType.Clash, ["clashed"] = EventType.Clash, ["fighting"] = EventType.Clash, ["battling"] = EventType.Clash,
        ["battled"] = EventType.Clash, ["fought"] = EventType.Clash, ["faces"] = EventType.Clash, ["outfighting"] = EventType.Clash,
        ["fight"] = EventType.Clash, ["fights"] = EventType.Clash, ["battle"] = EventType.Clash, ["battles"] = EventType.Clash, ["infighting"] = EventType.Clash,
        ["struggle"] = EventType.Clash, ["advances"] = EventType.Offensive, ["advancing"] = EventType.Offensive,
        ["offensive"] = EventType.Offensive, ["operations"] = EventType.Offensive, ["operation"] = EventType.Offensive, ["campaign"] = EventType.Offensive,
        ["advance"] = EventType.Offensive, ["advanced"] = EventType.Offensive, ["entered"] = EventType.Offensive, ["hunting"] = EventType.Offensive,
        ["hunted"] = EventType.Offensive, ["assault"] = EventType.Offensive, ["push"] = EventType.Offensive,
        ["besieged"] = EventType.Siege, ["siege"] = EventType.Siege,
        ["surrendered"] = EventType.Surrender, ["surrendering"] = EventType.Surrender, ["surrender"] = EventType.Surrender,
        ["evacuation"] = EventType.Evacuation, ["evacuated"] = EventType.Evacuation, ["vacated"] = EventType.Evacuation,
        ["declared"] = EventType.Declaration, ["proclaimed"] = EventType.Declaration, ["declare"] = EventType.Declaration,
        ["redeployed"] = EventType.Other, ["fled"] = EventType.Other, ["fleeing"] = EventType.Other, ["melted"] = EventType.Other,
        ["intervention"] = EventType.Other, ["withdrawn"] = EventType.Other, ["withdrew"] = EventType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of expelling: passive with no agent ("was driven from Mosul") they tell a loss.</summary>
    public static readonly FrozenSet<string> Expulsion = new[] { "driven", "expelled", "ousted", "pushed", "kicked", "chased", "evicted", "forced", "routed", "cleared", "flushed" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Demonyms that, right before an event noun, name its actor ("the Russian intervention", "a Turkish offensive").</summary>
    public static readonly FrozenDictionary<string, string> DemonymActors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Russian"] = "russia", ["Turkish"] = "turkey", ["Iraqi"] = "iraqi_government", ["Syrian"] = "syrian_government", ["American"] = "united_states",
        ["US"] = "united_states", ["U.S."] = "united_states", ["Iranian"] = "iran", ["Israeli"] = "israel", ["French"] = "france", ["Kurdish"] = "sdf",
        ["Jordanian"] = "jordan", ["coalition"] = "us_led_coalition", ["Coalition"] = "us_led_coalition",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make an attack an air strike when they stand in its clause ("coalition aircraft struck").</summary>
    public static readonly FrozenSet<string> AirWords = new[] { "aircraft", "warplanes", "jets", "planes", "air", "drone", "drones", "helicopters", "helicopter", "bombers", "airstrikes", "warplane" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "control" that make it the verb ("no longer control", "still control").</summary>
    public static readonly FrozenSet<string> BeforeVerbControl = new[] { "longer", "still", "not", "also", "now", "they", "we", "fully", "jointly", "effectively", "n't", "largely", "partly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a clause a prediction.</summary>
    public static readonly FrozenSet<string> Future = new[] { "will", "'ll", "shall", "going" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs that may stand between "be" and its participle ("are completely besieged", "was reportedly captured").</summary>
    public static readonly FrozenSet<string> PassiveAdverbs = new[] { "completely", "fully", "still", "now", "already", "also", "reportedly", "effectively", "almost", "largely", "partly", "partially", "totally", "entirely", "briefly", "finally", "recently", "allegedly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a declaration declares when it stands before the verb ("the caliphate ISIS proclaimed in 2014").</summary>
    public static readonly FrozenSet<string> DeclaredThings = new[] { "caliphate", "state", "proto-state", "emirate", "ceasefire", "truce", "independence" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of pressure or fire that, after "under" and before "from", name an attacker ("came under intense pressure from the Iraqi army").</summary>
    public static readonly FrozenDictionary<string, EventType> UnderFrom = new Dictionary<string, EventType>(StringComparer.OrdinalIgnoreCase)
    {
        ["pressure"] = EventType.Offensive, ["attack"] = EventType.Attack, ["fire"] = EventType.Attack, ["assault"] = EventType.Offensive, ["bombardment"] = EventType.Attack, ["shelling"] = EventType.Attack,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of "be" before a participle make it passive ("was captured"); "had captured" is active.</summary>
    public static readonly FrozenSet<string> Passive = new[] { "is", "are", "was", "were", "be", "been", "being" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
