using System.Collections.Immutable;

namespace Sitrep.Recognition.Places;

/// <summary>What the user tells resolution: countries (ISO 3166 alpha-2) an ambiguous name should lean to.</summary>
public sealed record PlacesOptions(ImmutableArray<string> RegionBias)
{
    public static readonly PlacesOptions Default = new(ImmutableArray<string>.Empty);
}

/// <summary>
/// Resolves each recognised place to one gazetteer entry with the evidence news gives, scored per
/// candidate: a prior from level, feature code and population; the name written as the entry's
/// own name rather than an alternate; the document's country focus (the countries its places
/// vote for); the admin-1 divisions the article names; an explicit container right after it
/// ("Pandi, Bulacan", "Paris, Texas"); nearness to the other places of the article; a level fixed
/// by a noun ("X province"); and the user's region bias. Two rounds: priors alone choose first,
/// then the choices give focus, divisions and positions for the second.
/// </summary>
internal sealed class ToponymResolver(PlaceIndex index, PlacesOptions options)
{
    /// <summary>The most candidates weighed per mention, the best by prior ("San José" names hundreds of places).</summary>
    private const int MaxCandidates = 60;

    /// <summary>How many of a mention's candidates, the best by prior, are weighed for nearness (the rest are far behind anyway).</summary>
    private const int NearnessCandidates = 12;

    public ImmutableArray<ToponymMention> Resolve(string text, List<PlaceCandidate> places, CancellationToken cancellationToken)
    {
        var gazetteer = index.Gazetteer;
        var n = places.Count;
        var candidates = new GazetteerEntry[n][];
        var priors = new double[n][];
        var rank = new int[n][];
        // A name repeated through the article ("Syria" ten times) has the same candidates and priors each time.
        var weighed = new Dictionary<(string Key, string Name, int Ids, bool Fixed, PlaceLevel Level), (GazetteerEntry[] List, double[] Priors, int[] Rank)>();
        for (var i = 0; i < n; i++)
        {
            var key = NameFolding.Fold(places[i].Mention.Range.Of(text));
            var ids = places[i].EntryIds;
            var memo = (key, places[i].Mention.Name, IdsHash(ids), places[i].LevelFixed, places[i].LevelFixed ? places[i].Mention.Level : default);
            if (!weighed.TryGetValue(memo, out var w))
            {
                w = Weigh(places[i], key);
                weighed[memo] = w;
            }

            (candidates[i], priors[i], rank[i]) = w;
        }

        // Containers: "X, Y" where Y is the next place, right after a comma — not when X is written as a country's
        // name: "Russia, Romania, and Macedonia" is a list of countries, not the Romanian village Roşia.
        var container = new int[n];
        for (var i = 0; i < n; i++)
        {
            container[i] = -1;
            if (i + 1 < n && !candidates[i].Any(e => e.Level == PlaceLevel.Country && NameFolding.WrittenAs(e.Name, places[i].Mention.Name)))
            {
                var gap = text.AsSpan(places[i].Mention.Range.End, Math.Max(0, places[i + 1].Mention.Range.Start - places[i].Mention.Range.End));
                if (gap.Trim().SequenceEqual(","))
                {
                    container[i] = i + 1;
                }
            }
        }

        var chosen = new int[n];
        for (var i = 0; i < n; i++)
        {
            chosen[i] = ArgMax(priors[i]);
        }

        var how = new string[n];
        for (var round = 0; round < 2; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var votes = new Dictionary<string, double>(StringComparer.Ordinal);
            var admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = 0.0;
            // Each place votes once however often it is named: "London" five times is one place, not five votes against "Ontario".
            var voted = new HashSet<int>();
            for (var i = 0; i < n; i++)
            {
                if (chosen[i] < 0 || !voted.Add(candidates[i][chosen[i]].Id))
                {
                    continue;
                }

                var e = candidates[i][chosen[i]];
                var weight = e.Level is PlaceLevel.Country or PlaceLevel.Admin1 ? 2.0 : 1.0;
                votes[e.CountryCode] = votes.GetValueOrDefault(e.CountryCode) + weight;
                total += weight;
                if (e.Level == PlaceLevel.Admin1 && e.Admin1Code.Length > 0)
                {
                    admin1[e.Admin1Code] = admin1.GetValueOrDefault(e.Admin1Code) + 1;
                }
            }

            // The places chosen so far, each once (countries left out: being in a country is the focus's job).
            var picked = new List<GazetteerEntry>(n);
            var seen = new HashSet<int>();
            for (var j = 0; j < n; j++)
            {
                // In the first round only the places whose name has one reading are anchors: a wrong first guess ("Enfield" in the US) must not pull its neighbours after it.
                if (chosen[j] >= 0 && (round > 0 || candidates[j].Length == 1) && candidates[j][chosen[j]] is { Level: not PlaceLevel.Country } p && seen.Add(p.Id))
                {
                    picked.Add(p);
                }
            }

            // Nearness depends only on the entry, this round's picks and the mention's own pick: a name repeated through
            // the article weighs the same candidates against the same places, so each is measured once.
            var near = new Nearness(picked);
            var next = new int[n];
            for (var i = 0; i < n; i++)
            {
                var list = candidates[i];
                if (list.Length == 0)
                {
                    next[i] = -1;
                    continue;
                }

                var best = -1;
                var bestScore = double.NegativeInfinity;
                var bestHow = "prior";
                for (var c = 0; c < list.Length; c++)
                {
                    var e = list[c];
                    var score = priors[i][c];
                    var why = "prior";
                    if (total > 0 && votes.TryGetValue(e.CountryCode, out var v))
                    {
                        // Leave out the mention's own vote.
                        var own = chosen[i] >= 0 && candidates[i][chosen[i]] is var mine && mine.CountryCode == e.CountryCode ? (mine.Level is PlaceLevel.Country or PlaceLevel.Admin1 ? 2.0 : 1.0) : 0;
                        var share = total - own > 0 ? (v - own) / (total - own) : 0;
                        // Focus is evidence in proportion to how many other places make it (one other place is weak evidence).
                        score += 4.0 * share * Math.Min(1, (total - own) / 3.0);
                        if (share > 0.5)
                        {
                            why = "focus";
                        }
                    }

                    // A division another mention names: its places, and the division itself named again.
                    var ownDivision = chosen[i] >= 0 && candidates[i][chosen[i]] is { Level: PlaceLevel.Admin1 } self && self.Admin1Code == e.Admin1Code ? 1 : 0;
                    if (e.Admin1Code.Length > 0 && admin1.GetValueOrDefault(e.Admin1Code) - ownDivision > 0)
                    {
                        score += 1.5;
                        why = "division";
                    }

                    if (container[i] >= 0 && Contains(candidates[container[i]], e))
                    {
                        score += 6.0;
                        why = "container";
                    }

                    // "Atlanta, Georgia": the container is the division or country that holds the place before it.
                    if (i > 0 && container[i - 1] == i && e.Level is PlaceLevel.Country or PlaceLevel.Admin1 or PlaceLevel.Admin2 && Contains([e], candidates[i - 1]))
                    {
                        score += 6.0;
                        why = "container";
                    }

                    var km = list.Length > 1 && rank[i][c] < NearnessCandidates ? near.Nearest(e, chosen[i] >= 0 ? candidates[i][chosen[i]].Id : -1) : double.MaxValue;
                    if (km < Reach)
                    {
                        score += 1.5 * (1 - (km / Reach));
                        if (why == "prior")
                        {
                            why = "nearby";
                        }
                    }

                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                        bestHow = list.Length == 1 ? "only" : why;
                    }
                }

                next[i] = best;
                how[i] = bestHow;
            }

            chosen = next;
        }

        var result = ImmutableArray.CreateBuilder<ToponymMention>(n);
        for (var i = 0; i < n; i++)
        {
            var m = places[i].Mention;
            if (chosen[i] < 0)
            {
                result.Add(m);
                continue;
            }

            var e = candidates[i][chosen[i]];
            // "eastern Syria" is a region of the country, "southern Damascus" a district of the city, "northern Anderson
            // County" part of the county, placed at it.
            var level = places[i].LevelFixed ? m.Level
                : m.Rule.StartsWith("direction-", StringComparison.Ordinal)
                    ? (e.Level is PlaceLevel.Country or PlaceLevel.Admin1 or PlaceLevel.Region ? PlaceLevel.Region : e.Level == PlaceLevel.Admin2 ? PlaceLevel.Admin2 : PlaceLevel.District)
                : e.Level;
            result.Add(m with
            {
                Lat = e.Lat,
                Lon = e.Lon,
                Level = level,
                EntryId = e.Id,
                ResolvedName = e.Name,
                GeoNamesId = e.GeoNamesId,
                CountryCode = e.CountryCode,
                Admin1 = e.Admin1Name.Length > 0 ? e.Admin1Name : null,
                Precision = Precision(level, m.Qualifier),
                Resolution = places[i].Fuzzy is not null ? "fuzzy" : how[i] ?? "prior",
                MatchScore = places[i].Fuzzy,
            });
        }

        return result.MoveToImmutable();
    }

    private static int IdsHash(ImmutableArray<int> ids)
    {
        var hash = new HashCode();
        foreach (var id in ids)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }

    /// <summary>A division with a namesake among the candidates that outranks it: its own seat, its country's capital, or a metropolis of its country.</summary>
    private bool OutrankedByNamesake(GazetteerEntry[] list, GazetteerEntry division, string key)
    {
        foreach (var e in list)
        {
            var seat = e.FeatureCode is "PPLA" or "PPLC" && e.Admin1Code.Length > 0 && e.Admin1Code == division.Admin1Code && index.OwnKey(e.Id) == key;
            var city = e.Level == PlaceLevel.Settlement && e.CountryCode == division.CountryCode
                && (e.FeatureCode == "PPLC" || (e.Population >= MetropolisPopulation && index.OwnKey(e.Id) == key));
            if (seat || city)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A city this large is what its name means before a division of its country named like it.</summary>
    private const long MetropolisPopulation = 1_000_000;

    /// <summary>A mention's candidates (the best <see cref="MaxCandidates"/> by prior), their priors, and each one's rank by prior.</summary>
    private (GazetteerEntry[] List, double[] Priors, int[] Rank) Weigh(PlaceCandidate place, string key)
    {
        var gazetteer = index.Gazetteer;
        var ids = place.EntryIds;
        var list = ids.Length <= MaxCandidates
            ? ids.Select(id => gazetteer.Entries[id]).ToArray()
            : [.. ids.Select(id => gazetteer.Entries[id]).OrderByDescending(Prior).Take(MaxCandidates)];

        // "near Kilis", "in Aleppo": a division named like its own seat is the seat, unless a noun says otherwise ("Aleppo province").
        // "Washington", "Lagos", "Tehran": a capital or a city of millions outranks a division of its country that shares its name.
        // A metropolis only by its own name: "Hunan" is also an old name of Luoyang, and "New York" names the state as often as the city.
        // "Russia" is Russia before Roşia, "Iraq" Iraq before Arāk: a name written as a place's own (case and accents aside) beats one that only folds like it.
        var surface = place.Mention.Name;
        var priors = new double[list.Length];
        for (var c = 0; c < list.Length; c++)
        {
            var e = list[c];
            priors[c] = Prior(e) + (index.OwnKey(e.Id) == key ? 1.0 : 0) + (NameFolding.WrittenAs(e.Name, surface) ? 1.0 : 0) + LevelFit(place, e) + Bias(e)
                - (e.Level == PlaceLevel.Admin1 && OutrankedByNamesake(list, e, key) ? 3.0 : 0);
        }

        // Ranks by prior, best first; equal priors keep the gazetteer's order.
        var order = new int[list.Length];
        for (var c = 0; c < order.Length; c++)
        {
            order[c] = c;
        }

        Array.Sort(order, (a, b) => priors[a] != priors[b] ? priors[b].CompareTo(priors[a]) : a.CompareTo(b));
        var rank = new int[list.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return (list, priors, rank);
    }

    /// <summary>UCDP-style precision of a place of this level (a direction makes a point an area around it).</summary>
    internal static int Precision(PlaceLevel level, string? qualifier) => level switch
    {
        PlaceLevel.Country => 6,
        PlaceLevel.Admin1 => 4,
        PlaceLevel.Admin2 => 3,
        PlaceLevel.Region => 5,
        PlaceLevel.Feature => 2,
        _ => qualifier is null ? 1 : 2,
    };

    /// <summary>
    /// A place's weight before any evidence: countries and first-order divisions first, then
    /// population, capitals and seats. An admin-2 division's population is its places' summed, so it
    /// weighs as a place a tenth its size: a same-named town the size of a county's largest places
    /// ("Suffolk", Virginia, against the English county) stays ahead until the article says otherwise.
    /// </summary>
    private static double Prior(GazetteerEntry e)
    {
        var score = e.Level switch
        {
            PlaceLevel.Country => 9.0,
            PlaceLevel.Admin1 => 7.5,
            PlaceLevel.Admin2 => Math.Log10(e.Population + 10) - 1.0,
            _ when e.FeatureCode == "RGN" => 8.5,
            _ when e.Source == GazetteerSource.Sitrep => 5.0,
            _ => Math.Log10(e.Population + 10),
        };
        score += e.FeatureCode switch
        {
            "PPLC" => 1.5,
            "PPLA" => 0.7,
            "PPLA2" => 0.3,
            _ => 0,
        };
        return score;
    }

    private static double LevelFit(PlaceCandidate place, GazetteerEntry e)
    {
        if (!place.LevelFixed)
        {
            return 0;
        }

        var want = place.Mention.Level;
        if (e.Level == want)
        {
            return 4.0;
        }

        // "the town of X" may be a district; "X district" a settlement of that name at its centre.
        return (want, e.Level) switch
        {
            (PlaceLevel.Settlement, PlaceLevel.District) or (PlaceLevel.District, PlaceLevel.Settlement) => 2.0,
            (PlaceLevel.Admin2, PlaceLevel.Settlement) => 2.0,
            (PlaceLevel.Region, PlaceLevel.Admin1) => 2.0,
            (_, PlaceLevel.Country) => -4.0,
            _ => 0,
        };
    }

    private double Bias(GazetteerEntry e) => options.RegionBias.Contains(e.CountryCode) ? 2.5 : 0;

    /// <summary>The container holds one of the entries named before it.</summary>
    private static bool Contains(GazetteerEntry[] containers, GazetteerEntry[] entries)
    {
        foreach (var e in entries)
        {
            if (Contains(containers, e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The container names the entry's country or one of its divisions: its admin-1 division, or an
    /// admin-2 one of the same admin-1 near it ("Springfield, Sangamon County"; entries carry no
    /// admin-2 code, so within <see cref="Admin2Reach"/> of the division's middle stands for in it).
    /// </summary>
    private static bool Contains(GazetteerEntry[] containers, GazetteerEntry e)
    {
        foreach (var c in containers)
        {
            if (c.Id == e.Id)
            {
                continue;
            }

            if ((c.Level == PlaceLevel.Country && c.CountryCode == e.CountryCode)
                || (c.Level == PlaceLevel.Admin1 && c.Admin1Code.Length > 0 && c.Admin1Code == e.Admin1Code)
                || (c.Level == PlaceLevel.Admin2 && e.Level > PlaceLevel.Admin2 && c.Admin1Code.Length > 0 && c.Admin1Code == e.Admin1Code
                    && Kilometres(c.Lat, c.Lon, e.Lat, e.Lon) < Admin2Reach))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far from an admin-2 division's middle its places may lie, for <see cref="Contains"/> (a large US county spans about 100 km).</summary>
    private const double Admin2Reach = 80;

    /// <summary>
    /// Great-circle kilometres (haversine). <see cref="Nearness"/> computes the same expression with
    /// the cosines of the latitudes computed once per place: the same doubles, fewer calls.
    /// </summary>
    internal static double Kilometres(double lat1, double lon1, double lat2, double lon2) =>
        Kilometres(lat1, lon1, Math.Cos(Rad(lat1)), lat2, lon2, Math.Cos(Rad(lat2)));

    private static double Kilometres(double lat1, double lon1, double cos1, double lat2, double lon2, double cos2)
    {
        var dlat = Math.Sin(Rad(lat2 - lat1) / 2);
        var dlon = Math.Sin(Rad(lon2 - lon1) / 2);
        var h = (dlat * dlat) + (cos1 * cos2 * dlon * dlon);
        return EarthRadius * 2 * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    private static double Rad(double d) => d * Math.PI / 180;

    /// <summary>The mean radius of the Earth, in kilometres.</summary>
    private const double EarthRadius = 6371.0088;

    /// <summary>How near another place must be to count as evidence, in kilometres.</summary>
    private const double Reach = 400;

    /// <summary>
    /// Kilometres from an entry to the nearest other place of one round's picks within <see cref="Reach"/> (else the
    /// largest double), each entry measured once per mention's own pick. A pick further in latitude alone than the reach is skipped
    /// unmeasured: the great circle is never shorter than the arc of latitude between them.
    /// </summary>
    private sealed class Nearness
    {
        private static readonly double ReachDegrees = Reach / EarthRadius * 180 / Math.PI;

        private readonly List<GazetteerEntry> picked;
        private readonly double[] cosines;
        private readonly Dictionary<(int Entry, int Own), double> measured = [];

        public Nearness(List<GazetteerEntry> picked)
        {
            this.picked = picked;
            cosines = new double[picked.Count];
            for (var j = 0; j < picked.Count; j++)
            {
                cosines[j] = Math.Cos(Rad(picked[j].Lat));
            }
        }

        /// <summary>The nearest pick but <paramref name="own"/>, the mention's own pick: a province is not near its namesake city for being the same name.</summary>
        public double Nearest(GazetteerEntry e, int own)
        {
            if (measured.TryGetValue((e.Id, own), out var known))
            {
                return known;
            }

            var best = double.MaxValue;
            var cos = Math.Cos(Rad(e.Lat));
            for (var j = 0; j < picked.Count; j++)
            {
                var other = picked[j];
                if (other.Id != e.Id && other.Id != own && Math.Abs(other.Lat - e.Lat) < ReachDegrees)
                {
                    best = Math.Min(best, Kilometres(e.Lat, e.Lon, cos, other.Lat, other.Lon, cosines[j]));
                }
            }

            measured[(e.Id, own)] = best;
            return best;
        }
    }

    private static int ArgMax(double[] scores)
    {
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (best < 0 || scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
