using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition;

/// <summary>
/// Issue 4's check on the seeds, through the command a user runs (`sitrep annotate
/// ../shared/gold/seeds.manifest.jsonl --layers places,actors`): every place of a gold claim that
/// the claim's sentence names comes out as a place mention in that sentence resolved within the
/// scorer's radius for its level (<c>PLACE_KM</c> in ../shared/tools/score_claims.py), and every
/// actor of a gold claim that the sentence names by one of its aliases comes out as an actor
/// mention of that id in the sentence. Places and actors the claim takes from context ("It
/// controls…", a place named sentences before) are the claims stage's business, not checked here.
/// </summary>
/// <remarks>Needs ../shared beside the repository, as CI has it (see <see cref="Repository.Shared"/>).</remarks>
public sealed class SeedPlacesActorsTests
{
    /// <summary>The scorer's radius per level, in kilometres.</summary>
    private static readonly Dictionary<string, double> Radius = new(StringComparer.Ordinal)
    {
        ["settlement"] = 40,
        ["district"] = 40,
        ["feature"] = 80,
        ["admin2"] = 80,
        ["admin1"] = 150,
        ["region"] = 250,
        ["country"] = 600,
    };

    /// <summary>
    /// Gold places the places layer does not give as one mention, each with its reason (a stale
    /// exception fails the test).
    /// </summary>
    private static readonly (string Doc, string Place, string Reason)[] Exceptions =
    [
        ("001", "Syria and Iraq", "a region the claims stage makes of the two countries named together; the places layer gives each country"),
    ];

    private sealed record Mention(int Start, int End, string Layer, string? Id, double? Lat, double? Lon);

    [Fact]
    public void Annotate_ResolvesEveryPlaceAndActorTheSeedsClaimSentencesName()
    {
        var written = Seeds.Annotate("places,actors").ToDictionary(r => r.Key, r => r.Value.GetProperty("mentions").EnumerateArray().Select(m => new Mention(
            m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("layer").GetString()!,
            m.TryGetProperty("id", out var id) ? id.GetString() : null, Number(m, "lat"), Number(m, "lon"))).ToList(), StringComparer.Ordinal);

        var aliases = ActorDictionary.Default.Aliases.Where(a => a.Kind != AliasKind.Description).ToLookup(a => a.Actor.Id, StringComparer.Ordinal);
        var failures = new List<string>();
        var used = new HashSet<int>();
        int places = 0, actors = 0;
        foreach (var (doc, _, claim, sentence, start) in Seeds.GoldClaims())
        {
            var inSentence = written[doc].Where(m => m.Start >= start && m.End <= start + sentence.Length).ToList();

            if (claim.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.Object && Number(place, "lat") is { } lat && Number(place, "lon") is { } lon)
            {
                var name = place.GetProperty("name").GetString()!;
                var level = place.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "settlement";
                if (sentence.Contains(name.Split(',')[0].Split(" (")[0], StringComparison.OrdinalIgnoreCase))
                {
                    places++;
                    var resolved = inSentence.Any(m => m.Layer == "place" && m.Lat is { } mlat && m.Lon is { } mlon
                        && ToponymResolver.Kilometres(lat, lon, mlat, mlon) <= Radius.GetValueOrDefault(level, 40));
                    var exception = Array.FindIndex(Exceptions, e => doc.StartsWith(e.Doc, StringComparison.Ordinal) && e.Place == name);
                    if (exception >= 0)
                    {
                        used.Add(exception);
                    }
                    else if (!resolved)
                    {
                        failures.Add($"{doc}: place {name} ({level}) not resolved in \"{sentence[..Math.Min(80, sentence.Length)]}\"");
                    }
                }
            }

            foreach (var role in (ReadOnlySpan<string>)["actor", "other"])
            {
                if (!claim.TryGetProperty(role, out var a) || a.GetString() is not { } id || !aliases.Contains(id))
                {
                    continue;
                }

                // Named in the sentence: an alias written there, in capitals as written for an acronym ("IS" is no "is").
                var named = aliases[id].Any(alias => Regex.IsMatch(sentence, $@"(?<!\w){Regex.Escape(alias.Text)}(?!\w)",
                    alias.Kind == AliasKind.Acronym ? RegexOptions.None : RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
                if (!named)
                {
                    continue;
                }

                actors++;
                if (!inSentence.Any(m => m.Layer == "actor" && m.Id == id))
                {
                    failures.Add($"{doc}: {role} {id} named but not recognised in \"{sentence[..Math.Min(80, sentence.Length)]}\"");
                }
            }
        }

        var stale = Enumerable.Range(0, Exceptions.Length).Where(i => !used.Contains(i)).Select(i => Exceptions[i].Place).ToList();
        Assert.True(stale.Count == 0, "exceptions that match no gold place: " + string.Join(", ", stale));
        Assert.True(places > 50 && actors > 100, $"only {places} places and {actors} actors checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
