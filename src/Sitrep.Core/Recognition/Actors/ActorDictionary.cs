using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Data;

namespace Sitrep.Recognition.Actors;

/// <summary>How an alias is to be read.</summary>
public enum AliasKind
{
    /// <summary>Always this actor, matched without regard to case.</summary>
    Name,

    /// <summary>Always this actor, matched only as written (ISIS, SDF, US).</summary>
    Acronym,

    /// <summary>This actor only where the text's nearest country cue is <see cref="Alias.Country"/> ("government forces").</summary>
    Description,
}

/// <summary>One way of naming an actor, as its token sequence.</summary>
public sealed record Alias(Actor Actor, string Text, ImmutableArray<string> Tokens, AliasKind Kind, string Country)
{
    /// <summary>The alias's tokens as written, for the case checks.</summary>
    public ImmutableArray<string> Surface { get; } = AliasTrie.Surface(Text);
}

/// <summary>
/// The actors Sitrep knows and their aliases, read from the data file actors.tsv (embedded in the
/// assembly; see its header for the columns). Aliases are indexed in a token trie so that a text
/// is matched in one pass, longest alias first.
/// </summary>
public sealed class ActorDictionary
{
    private ActorDictionary(FrozenDictionary<string, Actor> actors, ImmutableArray<Alias> aliases, string version)
    {
        Actors = actors;
        Aliases = aliases;
        Version = version;
        Trie = AliasTrie.Build(aliases);
    }

    public FrozenDictionary<string, Actor> Actors { get; }

    public ImmutableArray<Alias> Aliases { get; }

    /// <summary>A hash of the data file, recorded with results so `explain` can say which data made them.</summary>
    public string Version { get; }

    internal AliasTrie Trie { get; }

    private static readonly Lazy<ActorDictionary> DefaultDictionary = new(() => Parse(EmbeddedTable.ReadText("Sitrep.Recognition.Actors.actors.tsv")));

    /// <summary>The dictionary that ships with Sitrep.</summary>
    public static ActorDictionary Default => DefaultDictionary.Value;

    /// <summary>Reads the dictionary format; a malformed line is a broken configuration and throws with its number.</summary>
    public static ActorDictionary Parse(string tsv)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var aliases = ImmutableArray.CreateBuilder<Alias>();
        var sides = new List<(int Line, Actor Actor)>();
        foreach (var (number, cols) in EmbeddedTable.Rows(tsv))
        {
            if (cols.Length < 4)
            {
                throw new FormatException($"actors.tsv:{number}: expected id, type, country, aliases[, contextual[, sides]]");
            }

            var actor = new Actor(cols[0].Trim(), ParseType(cols[1].Trim(), number), cols[2].Trim())
            {
                Sides = cols.Length > 5 ? [.. Split(cols[5])] : [],
            };
            sides.Add((number, actor));
            if (!actors.TryAdd(actor.Id, actor))
            {
                throw new FormatException($"actors.tsv:{number}: actor '{actor.Id}' is listed twice");
            }

            foreach (var name in Split(cols[3]))
            {
                aliases.Add(MakeAlias(actor, name, IsAcronym(name) ? AliasKind.Acronym : AliasKind.Name, string.Empty));
            }

            if (cols.Length > 4)
            {
                foreach (var entry in Split(cols[4]))
                {
                    var colon = entry.IndexOf(':', StringComparison.Ordinal);
                    if (colon < 0)
                    {
                        throw new FormatException($"actors.tsv:{number}: contextual alias '{entry}' needs COUNTRY:description");
                    }

                    aliases.Add(MakeAlias(actor, entry[(colon + 1)..].Trim(), AliasKind.Description, entry[..colon].Trim()));
                }
            }
        }

        // A side is another actor of the file: a misspelt id would silently side with nobody.
        foreach (var (number, actor) in sides)
        {
            foreach (var side in actor.Sides)
            {
                if (!actors.ContainsKey(side) || side == actor.Id)
                {
                    throw new FormatException($"actors.tsv:{number}: side '{side}' of '{actor.Id}' is not another actor of the file");
                }
            }
        }

        var version = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tsv)))[..12].ToLowerInvariant();
        return new ActorDictionary(actors.ToFrozenDictionary(StringComparer.Ordinal), aliases.ToImmutable(), version);
    }

    private static IEnumerable<string> Split(string column) =>
        column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Alias MakeAlias(Actor actor, string text, AliasKind kind, string country) =>
        new(actor, text, AliasTrie.Keys(text), kind, country);

    /// <summary>An alias written wholly in capitals (ISIS, U.S., SAA) is matched only as written.</summary>
    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);

    private static ActorType ParseType(string type, int line) => type switch
    {
        "state_forces" => ActorType.StateForces,
        "government" => ActorType.Government,
        "non_state_armed_group" => ActorType.NonStateArmedGroup,
        "militia" => ActorType.Militia,
        "coalition" => ActorType.Coalition,
        "monitor" => ActorType.Monitor,
        "media" => ActorType.Media,
        "agency" => ActorType.Agency,
        "international_org" => ActorType.InternationalOrg,
        "research" => ActorType.Research,
        "observers" => ActorType.Observers,
        "civilians" => ActorType.Civilians,
        "generic" => ActorType.Generic,
        _ => throw new FormatException($"actors.tsv:{line}: unknown actor type '{type}'"),
    };
}
