using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// When a system claim agrees with a gold claim, field by field, as the reference scorer
/// (shared/tools/score_claims.py) decides it. Values are taken as loosely as the reference takes
/// them; where it would fail with a TypeError these throw <see cref="ClaimFormatException"/>.
/// </summary>
internal static class ClaimRules
{
    public static readonly ImmutableArray<string> Kinds = ["control", "strength", "casualties", "event", "forecast"];

    public static readonly ImmutableArray<string> Fields = ["actor", "other", "place", "quantity", "date", "source", "status", "event_type", "negated", "hedged"];

    /// <summary>The fields that must all agree for a pair to count as strict, per kind.</summary>
    public static readonly FrozenDictionary<string, ImmutableArray<string>> Strict = new Dictionary<string, ImmutableArray<string>>
    {
        ["control"] = ["actor", "place", "status", "quantity", "date", "source", "negated"],
        ["strength"] = ["actor", "place", "quantity", "date", "source"],
        ["casualties"] = ["actor", "other", "place", "quantity", "date", "source"],
        ["event"] = ["actor", "place", "event_type", "date", "source"],
        ["forecast"] = ["actor", "date", "source"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>How far (km) a system place may lie from the gold one, by the gold place's level.</summary>
    public static readonly FrozenDictionary<string, double> PlaceRadiusKm = new Dictionary<string, double>
    {
        ["settlement"] = 40,
        ["district"] = 40,
        ["feature"] = 80,
        ["admin2"] = 80,
        ["admin1"] = 150,
        ["region"] = 250,
        ["country"] = 600,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const double DefaultRadiusKm = 40;
    private const double EarthRadiusKm = 6371;
    private const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>Whether a field is scored for a kind: status only for control, event_type only for event.</summary>
    public static bool Applies(string field, string kind) => field switch
    {
        "status" => kind == "control",
        "event_type" => kind == "event",
        _ => true,
    };

    /// <summary>One sentence contains the other (after normalising), or their word sets have Jaccard ≥ 0.5.</summary>
    public static bool SentencesOverlap(PyValue gold, PyValue system)
    {
        var a = PyText.Normalise(gold.StringOrEmpty("a claim's \"sentence\""));
        var b = PyText.Normalise(system.StringOrEmpty("a claim's \"sentence\""));
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        var wa = PyText.Words(a);
        var wb = PyText.Words(b);
        var union = new HashSet<string>(wa, StringComparer.Ordinal);
        union.UnionWith(wb);
        wa.IntersectWith(wb);
        return (double)wa.Count / Math.Max(1, union.Count) >= 0.5;
    }

    /// <summary>Whether <paramref name="field"/> agrees between a gold and a system claim (both dicts).</summary>
    public static bool FieldAgrees(string field, PyDict gold, PyDict system)
    {
        switch (field)
        {
            case "place":
                return PlaceAgrees(gold.Get("place"), system.Get("place"));
            case "quantity":
                return QuantityAgrees(gold.Get("quantity"), system.Get("quantity"));
            case "date":
                return DateAgrees(gold.Get("date"), system.Get("date"));
            case "negated" or "hedged":
                return gold.Get(field).IsTruthy == system.Get(field).IsTruthy;
            case "source":
                // an unattributed claim is sourced to the outlet or wire: only "attributed" is compared
                var ga = IsAttributed(gold);
                if (ga != IsAttributed(system))
                {
                    return false;
                }

                if (!ga)
                {
                    return true;
                }

                break;
        }

        return PyValue.PyEquals(Canonical(gold.Get(field)).Or(PyValue.None), Canonical(system.Get(field)).Or(PyValue.None));

        static PyValue Canonical(PyValue v) => v is PyStr s ? new PyStr(PyText.Lower(PyText.Strip(s.Value))) : v;
    }

    /// <summary>A claim's "attributed", or when absent whether its source is something other than the outlet.</summary>
    public static bool IsAttributed(PyDict claim) => claim.TryGet("attributed", out var attributed)
        ? attributed.IsTruthy
        : !PyValue.PyEquals(claim.Get("source").Or(Outlet), Outlet);

    /// <summary>
    /// Places agree when both are absent, or when both have coordinates within the radius of the gold
    /// place's level, or (lacking usable coordinates) when their names share a word.
    /// </summary>
    public static bool PlaceAgrees(PyValue gold, PyValue system)
    {
        if (!gold.IsTruthy)
        {
            return !system.IsTruthy;
        }

        if (!system.IsTruthy)
        {
            return false;
        }

        const string What = "a claim's \"place\"";
        PyValue[] coordinates = [gold.Get("lat", What), gold.Get("lon", What), system.Get("lat", What), system.Get("lon", What)];
        if (!coordinates.Any(c => c.IsNone))
        {
            var km = Haversine(coordinates);
            if (km is double distance)
            {
                return distance <= RadiusKm(gold.Get("level", What));
            }
        }

        var shared = PyText.Words(gold.Get("name", What).StringOrEmpty("a place's \"name\""));
        shared.IntersectWith(PyText.Words(system.Get("name", What).StringOrEmpty("a place's \"name\"")));
        return shared.Count > 0;
    }

    /// <summary>
    /// Quantities agree when both are absent (or the system's has no numbers), or when their units
    /// match and their bounds are equal; an approximate gold quantity only needs its range to overlap.
    /// </summary>
    public static bool QuantityAgrees(PyValue gold, PyValue system)
    {
        const string What = "a claim's \"quantity\"";
        if (!gold.IsTruthy)
        {
            return !system.IsTruthy || (Number(system.Get("low", What)) is null && Number(system.Get("high", What)) is null);
        }

        if (!system.IsTruthy)
        {
            return false;
        }

        if (!PyValue.PyEquals(gold.Get("unit", What).Or(Other), system.Get("unit", What).Or(Other)))
        {
            return false;
        }

        var gl = Number(gold.Get("low", What));
        var gh = Number(gold.Get("high", What));
        var sl = Number(system.Get("low", What));
        var sh = Number(system.Get("high", What));
        if (gold.Get("approx", What).IsTruthy)
        {
            var low = PyMax(gl ?? double.NegativeInfinity, sl ?? double.NegativeInfinity);
            var high = PyMin(gh ?? double.PositiveInfinity, sh ?? double.PositiveInfinity);
            return low <= high;
        }

        return NumbersEqual(gl, sl) && NumbersEqual(gh, sh);
    }

    /// <summary>
    /// A single gold day needs exactly that day; a gold interval needs a system interval inside it
    /// that covers at least a third of it; no gold date needs no (parsable) system date.
    /// </summary>
    public static bool DateAgrees(PyValue gold, PyValue system)
    {
        var pg = ParseWhen(gold);
        var ps = ParseWhen(system);
        if (pg is not DayInterval g)
        {
            return ps is null;
        }

        if (ps is not DayInterval s)
        {
            return false;
        }

        if (g.First == g.Last)
        {
            return s == g;
        }

        var inside = s.First >= g.First && s.Last <= g.Last;
        return inside && s.Days >= g.Days / 3.0;
    }

    /// <summary>The reference's <c>parse_when</c>: YYYY, YYYY-MM, YYYY-MM-DD, or A/B of those, as first and last day.</summary>
    public static DayInterval? ParseWhen(PyValue value) => value is PyStr { Value.Length: > 0 } s ? ParseWhen(s.Value) : null;

    private static readonly PyValue Outlet = new PyStr("outlet");
    private static readonly PyValue Other = new PyStr("other");

    private static DayInterval? ParseWhen(string v)
    {
        if (v.Length == 0)
        {
            return null;
        }

        var slash = v.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return (ParseWhen(v[..slash]), ParseWhen(v[(slash + 1)..])) is (DayInterval a, DayInterval b)
                ? new DayInterval(a.First, b.Last)
                : null;
        }

        var pieces = PyText.Strip(v).Split('-');
        var parts = new long[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            if (PyText.ParseInt(pieces[i]) is not long part)
            {
                return null;
            }

            parts[i] = part;
        }

        return parts switch
        {
            [var y, var m, var d] => TryDate(y, m, d) is DateOnly day ? new DayInterval(day, day) : null,
            [var y, var m] => (TryDate(y, m, 1), TryDate(y + (m == 12 ? 1 : 0), (m % 12) + 1, 1)) is (DateOnly first, DateOnly next)
                ? new DayInterval(first, next.AddDays(-1))
                : null,
            [var y] => TryDate(y, 1, 1) is DateOnly first ? new DayInterval(first, new DateOnly((int)y, 12, 31)) : null,
            _ => null,
        };
    }

    private static DateOnly? TryDate(long year, long month, long day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, (int)month)
            ? new DateOnly((int)year, (int)month, (int)day)
            : null;

    private static double RadiusKm(PyValue level) => level.Or(new PyStr("settlement")) switch
    {
        PyStr s => PlaceRadiusKm.GetValueOrDefault(s.Value, DefaultRadiusKm),
        PyList or PyDict => throw new ClaimFormatException($"a place's \"level\" is {level.Describe()}, which cannot be looked up"),
        _ => DefaultRadiusKm,
    };

    // The reference's haversine with its failures: a coordinate that is not a number, or one that
    // makes the formula leave its domain, gives null (the names decide instead).
    private static double? Haversine(PyValue[] coordinates)
    {
        var degrees = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (coordinates[i].ToFloat() is not double d)
            {
                return null;
            }

            degrees[i] = d;
        }

        var (la1, lo1, la2, lo2) = (degrees[0] * DegreesToRadians, degrees[1] * DegreesToRadians, degrees[2] * DegreesToRadians, degrees[3] * DegreesToRadians);
        var (halfLat, halfLon) = ((la2 - la1) / 2, (lo2 - lo1) / 2);
        if (double.IsInfinity(halfLat) || double.IsInfinity(halfLon) || double.IsInfinity(la1) || double.IsInfinity(la2))
        {
            return null; // math.sin and math.cos raise ValueError on infinities
        }

        // As Python evaluates sin(..) ** 2 + cos(la1) * cos(la2) * sin(..) ** 2 (C pow, same grouping), so the rounding is the same.
        var h = PyMin(1, Math.Pow(Math.Sin(halfLat), 2) + (Math.Cos(la1) * Math.Cos(la2) * Math.Pow(Math.Sin(halfLon), 2)));
        return h < 0 ? null : EarthRadiusKm * 2 * Math.Asin(Math.Sqrt(h)); // math.sqrt raises ValueError below zero
    }

    private static double? Number(PyValue v) => v.IsNone ? null : v.ToFloat();

    private static bool NumbersEqual(double? a, double? b) => (a, b) switch
    {
        (null, null) => true,
        (double x, double y) => x == y,
        _ => false,
    };

    // Python's max(a, b) and min(a, b): the first argument unless the second compares greater (less),
    // so a NaN is kept or dropped by position, as in Python.
    private static double PyMax(double a, double b) => b > a ? b : a;

    private static double PyMin(double a, double b) => b < a ? b : a;
}

/// <summary>The days a date value spans, first and last inclusive, as the reference's <c>parse_when</c> gives them.</summary>
internal readonly record struct DayInterval(DateOnly First, DateOnly Last)
{
    /// <summary>The number of days, counting both ends (negative for a reversed interval).</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;
}
