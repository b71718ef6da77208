using System.Collections.Frozen;
using Sitrep.Data;

namespace Sitrep.Recognition.People;

/// <summary>A person the data file knows, with the party they speak for.</summary>
public sealed record KnownPerson(string Name, string Org, string Role);

/// <summary>
/// People whom reporting names without introducing them (people.tsv, embedded): looked up by the
/// folded form of any of their spellings.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly FrozenDictionary<string, KnownPerson> byFoldedName;

    private PeopleDirectory(FrozenDictionary<string, KnownPerson> byFoldedName) => this.byFoldedName = byFoldedName;

    private static readonly Lazy<PeopleDirectory> DefaultDirectory = new(() => Parse(EmbeddedTable.ReadText("Sitrep.Recognition.People.people.tsv")));

    public static PeopleDirectory Default => DefaultDirectory.Value;

    public static PeopleDirectory Parse(string tsv)
    {
        var map = new Dictionary<string, KnownPerson>(StringComparer.Ordinal);
        foreach (var (number, cols) in EmbeddedTable.Rows(tsv))
        {
            if (cols.Length < 3)
            {
                throw new FormatException($"people.tsv:{number}: expected name, organisation, role[, other spellings]");
            }

            var person = new KnownPerson(cols[0].Trim(), cols[1].Trim(), cols[2].Trim());
            map.TryAdd(NameFold.Fold(person.Name), person);
            if (cols.Length > 3)
            {
                foreach (var variant in cols[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    map.TryAdd(NameFold.Fold(variant), person);
                }
            }
        }

        return new PeopleDirectory(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public KnownPerson? Find(string name) => byFoldedName.GetValueOrDefault(NameFold.Fold(name));
}
