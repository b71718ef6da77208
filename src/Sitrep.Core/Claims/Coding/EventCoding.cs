using Sitrep.Recognition.Actors;

namespace Sitrep.Claims.Coding;

/// <summary>
/// A claim coded the way event datasets code events: ACLED's event type and sub-event type, its
/// geo- and time-precision codes and fatalities as low/best/high, and UCDP GED's where_prec and
/// date_prec. Null fields mean the claim has no such code (a holding or a forecast is not an event).
/// </summary>
public sealed record EventCode(
    string? AcledEventType,
    string? AcledSubEventType,
    int? AcledGeoPrecision,
    int? AcledTimePrecision,
    int? FatalitiesLow,
    int? FatalitiesBest,
    int? FatalitiesHigh,
    int? UcdpWherePrec,
    int? UcdpDatePrec,
    string Rule);

/// <summary>
/// Maps claims onto ACLED's codebook (2023 edition: six event types, 25 sub-event types) and
/// UCDP GED's precision codes. Rules, named in <see cref="EventCode.Rule"/>:
/// <list type="bullet">
/// <item>control gained → Battles, "Government regains territory" when the captor is a state's forces, else "Non-state actor overtakes territory"; gained by an evacuation → Strategic developments, "Non-violent transfer of territory"; a loss is coded from the gainer when named, else Strategic developments, "Other";</item>
/// <item>holdings, presence, sieges as states, strength and forecasts are not events: no ACLED type;</item>
/// <item>casualties of civilians → Violence against civilians, "Attack"; between parties → Battles, "Armed clash";</item>
/// <item>events: airstrike → Explosions/Remote violence, "Air/drone strike"; attack on civilians → Violence against civilians, "Attack"; attack, clash, offensive → Battles, "Armed clash"; capture of people → Strategic developments, "Arrests" by a state, else Violence against civilians, "Abduction/forced disappearance"; evacuation → "Non-violent transfer of territory"; declaration, siege, surrender, other → Strategic developments, "Other";</item>
/// <item>fatalities: ACLED's conservative rule, best = the lowest figure the claim allows; a figure with no upper bound keeps high null;</item>
/// <item>precision from the place's level and qualifier and from the date's span.</item>
/// </list>
/// </summary>
public static class EventCoding
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string AgainstCivilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public static EventCode Code(Claim claim, Func<string, ActorType?> typeOf) => Code(claim, typeOf, null);

    /// <summary>
    /// Codes a claim; with its sentence, the weapon the sentence names refines fighting and casualty
    /// claims into ACLED's remote-violence sub-events (suicide bomb, shelling, IED, chemical weapon, air strike).
    /// </summary>
    public static EventCode Code(Claim claim, Func<string, ActorType?> typeOf, string? sentence)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(typeOf);
        var (type, sub, rule) = Classify(claim, typeOf);
        if (sentence is not null && (claim.Kind is ClaimKind.Casualties || claim.EventType is EventType.Attack or EventType.Clash or EventType.Airstrike) && Weapon(sentence) is { } weapon)
        {
            (type, sub, rule) = weapon;
        }

        int? low = null, best = null, high = null;
        if (claim.Kind == ClaimKind.Casualties && claim.Quantity is { Unit: "killed" } q)
        {
            low = ToInt(q.Low);
            high = ToInt(q.High);
            best = low ?? high; // conservative: the lowest figure reported
        }

        var geo = type is null ? (int?)null : AcledGeo(claim);
        var time = type is null ? (int?)null : AcledTime(claim.Date);
        return new EventCode(type, sub, geo, time, low, best, high, type is null ? null : UcdpWhere(claim), type is null ? null : UcdpDate(claim.Date), rule);
    }

    private static (string? Type, string? Sub, string Rule) Classify(Claim claim, Func<string, ActorType?> typeOf)
    {
        bool IsState(string? id) => id is not null && typeOf(id) is ActorType.StateForces or ActorType.Government or ActorType.Coalition;
        switch (claim.Kind)
        {
            case ClaimKind.Control when claim.Status == ControlStatus.Gained:
                if (claim.Rule.Contains("evacuat", StringComparison.Ordinal) || claim.Rule.Contains("vacated", StringComparison.Ordinal))
                {
                    return (Strategic, "Non-violent transfer of territory", "acled/gained-without-fighting");
                }

                return IsState(claim.Actor)
                    ? (Battles, "Government regains territory", "acled/gained-by-state")
                    : (Battles, "Non-state actor overtakes territory", "acled/gained-by-non-state");
            case ClaimKind.Control when claim.Status == ControlStatus.Lost:
                if (claim.Other is null)
                {
                    return (Strategic, "Other", "acled/lost-gainer-unknown");
                }

                return IsState(claim.Other)
                    ? (Battles, "Government regains territory", "acled/lost-to-state")
                    : (Battles, "Non-state actor overtakes territory", "acled/lost-to-non-state");
            case ClaimKind.Control or ClaimKind.Strength or ClaimKind.Forecast:
                return (null, null, "acled/not-an-event");
            case ClaimKind.Casualties:
                return claim.Actor is "civilians"
                    ? (AgainstCivilians, "Attack", "acled/civilian-casualties")
                    : (Battles, "Armed clash", "acled/casualties-between-parties");
        }

        return claim.EventType switch
        {
            EventType.Airstrike => (Remote, "Air/drone strike", "acled/airstrike"),
            EventType.Attack when claim.Other is "civilians" => (AgainstCivilians, "Attack", "acled/attack-on-civilians"),
            EventType.Attack or EventType.Clash or EventType.Offensive => (Battles, "Armed clash", "acled/fighting"),
            EventType.Capture when IsState(claim.Actor) => (Strategic, "Arrests", "acled/capture-by-state"),
            EventType.Capture => (AgainstCivilians, "Abduction/forced disappearance", "acled/capture-by-non-state"),
            EventType.Evacuation => (Strategic, "Non-violent transfer of territory", "acled/evacuation"),
            _ => (Strategic, "Other", "acled/strategic-other"),
        };
    }

    /// <summary>ACLED's remote-violence sub-events, by the weapon words of the sentence (most specific first).</summary>
    private static readonly (string[] Words, string Type, string Sub, string Rule)[] Weapons =
    [
        (["chemical", "sarin", "chlorine", "nerve agent", "toxic gas", "poison gas", "mustard gas"], Remote, "Chemical weapon", "acled/weapon-chemical"),
        (["suicide bomb", "suicide attack", "suicide car", "suicide vest", "suicide bomber", "blew himself up", "blew herself up", "SVBIED", "suicide truck"], Remote, "Suicide bomb", "acled/weapon-suicide"),
        (["IED", "roadside bomb", "landmine", "land mine", "car bomb", "booby", "explosive device", "bomb exploded", "bomb went off", "planted bomb", "mine explo", "bomb blast", "VBIED"], Remote, "Remote explosive/landmine/IED", "acled/weapon-explosive"),
        (["grenade"], Remote, "Grenade", "acled/weapon-grenade"),
        (["air strike", "airstrike", "air raid", "warplane", "jets", "drone strike", "helicopter", "barrel bomb", "aircraft", "bombed", "bombing raid"], Remote, "Air/drone strike", "acled/weapon-air"),
        (["shelling", "shelled", "artillery", "mortar", "rocket", "missile", "shells"], Remote, "Shelling/artillery/missile attack", "acled/weapon-shelling"),
    ];

    private static (string? Type, string? Sub, string Rule)? Weapon(string sentence)
    {
        foreach (var (words, type, sub, rule) in Weapons)
        {
            foreach (var w in words)
            {
                var comparison = w.All(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                if (sentence.Contains(w, comparison))
                {
                    return (type, sub, rule);
                }
            }
        }

        return null;
    }

    /// <summary>ACLED geo-precision: 1 the named town, 2 near it or part of a region, 3 a province, region or country (or no place).</summary>
    private static int AcledGeo(Claim claim)
    {
        var near = claim.PlaceDetail is { } d && (d.Contains("near", StringComparison.OrdinalIgnoreCase) || d.Contains("outside", StringComparison.OrdinalIgnoreCase) || d.Contains("of", StringComparison.Ordinal));
        return claim.Place?.Level switch
        {
            "settlement" or "district" => near ? 2 : 1,
            "feature" or "admin2" => 2,
            _ => 3,
        };
    }

    /// <summary>UCDP where_prec: 1 exact, 2 within 25 km, 3 second-order division, 4 first-order, 5 linear or regional feature, 6 country.</summary>
    private static int UcdpWhere(Claim claim)
    {
        var near = claim.PlaceDetail is { } d && d.Contains("near", StringComparison.OrdinalIgnoreCase);
        return claim.Place?.Level switch
        {
            "settlement" or "district" => near ? 2 : 1,
            "admin2" => 3,
            "admin1" => 4,
            "feature" or "region" => 5,
            "country" => 6,
            _ => 6,
        };
    }

    /// <summary>ACLED time-precision: 1 the day, 2 within a week, 3 a month or longer (or no date).</summary>
    private static int AcledTime(string? date)
    {
        var days = Span(date);
        return days switch
        {
            1 => 1,
            > 1 and <= 7 => 2,
            _ => 3,
        };
    }

    /// <summary>UCDP date_prec: 1 the day, 2 two to six days, 3 a week, 4 a month, 5 longer or unknown.</summary>
    private static int UcdpDate(string? date)
    {
        var days = Span(date);
        return days switch
        {
            1 => 1,
            > 1 and < 7 => 2,
            7 => 3,
            > 7 and <= 31 => 4,
            _ => 5,
        };
    }

    /// <summary>How many days a claim date covers; 0 when unknown.</summary>
    private static int Span(string? date)
    {
        if (date is null)
        {
            return 0;
        }

        var parts = date.Split('/');
        var first = FirstDay(parts[0]);
        var last = LastDay(parts[^1]);
        return first is { } f && last is { } l && l >= f ? l.DayNumber - f.DayNumber + 1 : 0;
    }

    private static DateOnly? FirstDay(string value) => value.Length switch
    {
        10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d) => d,
        7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out var m) => m,
        4 when int.TryParse(value, out var y) && y is > 0 and < 10000 => new DateOnly(y, 1, 1),
        _ => null,
    };

    private static DateOnly? LastDay(string value) => value.Length switch
    {
        10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d) => d,
        7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out var m) => m.AddMonths(1).AddDays(-1),
        4 when int.TryParse(value, out var y) && y is > 0 and < 10000 => new DateOnly(y, 12, 31),
        _ => null,
    };

    private static int? ToInt(double? v) => v is { } x && x is >= 0 and <= int.MaxValue ? (int)x : null;
}
