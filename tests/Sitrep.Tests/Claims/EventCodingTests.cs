using Sitrep.Claims;
using Sitrep.Claims.Coding;
using Sitrep.Recognition.Actors;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>The ACLED/UCDP coding of claims: types, precision codes and ACLED's conservative fatality count.</summary>
public sealed class EventCodingTests
{
    private static ActorType? TypeOf(string id) => ActorDictionary.Default.Actors.TryGetValue(id, out var a) ? a.Type : null;

    private static Claim Make(ClaimKind kind, string? actor, string? other = null, ControlStatus? status = null, EventType? type = null,
        ClaimQuantity? quantity = null, string? date = null, string? level = null, string? detail = null) => new()
    {
        Kind = kind,
        Sentence = 0,
        SentenceRange = new TextRange(0, 1),
        Actor = actor,
        Other = other,
        Status = status,
        EventType = type,
        Quantity = quantity,
        Date = date,
        Place = level is null ? null : new ClaimPlace("X", null, null, level, new TextRange(0, 1)),
        PlaceDetail = detail,
        Rule = "test",
        Evidence = new TextRange(0, 1),
    };

    [Theory]
    [InlineData("syrian_government", "Battles", "Government regains territory")]
    [InlineData("isis", "Battles", "Non-state actor overtakes territory")]
    [InlineData("sdf", "Battles", "Non-state actor overtakes territory")]
    public void ControlGained_IsCodedByTheCaptorsType(string captor, string type, string sub)
    {
        var code = EventCoding.Code(Make(ClaimKind.Control, captor, "isis", ControlStatus.Gained, date: "2017-11-03", level: "settlement"), TypeOf);
        Assert.Equal((type, sub), (code.AcledEventType, code.AcledSubEventType));
        Assert.Equal((1, 1, 1, 1), (code.AcledGeoPrecision, code.AcledTimePrecision, code.UcdpWherePrec, code.UcdpDatePrec));
    }

    [Theory]
    [InlineData(ClaimKind.Strength, null)]
    [InlineData(ClaimKind.Forecast, null)]
    [InlineData(ClaimKind.Control, ControlStatus.Holds)]
    [InlineData(ClaimKind.Control, ControlStatus.Presence)]
    public void StatesAndForecasts_AreNotEvents(ClaimKind kind, ControlStatus? status)
    {
        var code = EventCoding.Code(Make(kind, "isis", status: status), TypeOf);
        Assert.Null(code.AcledEventType);
        Assert.Equal("acled/not-an-event", code.Rule);
    }

    [Fact]
    public void Casualties_BestIsTheLowestFigure_AndCiviliansAreViolenceAgainstCivilians()
    {
        var range = EventCoding.Code(Make(ClaimKind.Casualties, "syrian_government", "isis", quantity: new ClaimQuantity(20, 30, "killed", false), date: "2017-12-04/2017-12-10", level: "admin1"), TypeOf);
        Assert.Equal(("Battles", "Armed clash"), (range.AcledEventType, range.AcledSubEventType));
        Assert.Equal((20, 20, 30), (range.FatalitiesLow, range.FatalitiesBest, range.FatalitiesHigh));
        Assert.Equal((3, 2, 4, 3), (range.AcledGeoPrecision, range.AcledTimePrecision, range.UcdpWherePrec, range.UcdpDatePrec));

        var atLeast = EventCoding.Code(Make(ClaimKind.Casualties, "civilians", "russia", quantity: new ClaimQuantity(14, null, "killed", false), date: "2017-12"), TypeOf);
        Assert.Equal(("Violence against civilians", "Attack"), (atLeast.AcledEventType, atLeast.AcledSubEventType));
        Assert.Equal((14, 14, (int?)null), (atLeast.FatalitiesLow, atLeast.FatalitiesBest, atLeast.FatalitiesHigh));
        Assert.Equal((3, 4), (atLeast.AcledTimePrecision, atLeast.UcdpDatePrec));

        var wounded = EventCoding.Code(Make(ClaimKind.Casualties, "civilians", quantity: new ClaimQuantity(5, 5, "wounded", false)), TypeOf);
        Assert.Null(wounded.FatalitiesBest);
    }

    [Theory]
    [InlineData(EventType.Airstrike, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(EventType.Clash, "Battles", "Armed clash")]
    [InlineData(EventType.Offensive, "Battles", "Armed clash")]
    [InlineData(EventType.Evacuation, "Strategic developments", "Non-violent transfer of territory")]
    [InlineData(EventType.Declaration, "Strategic developments", "Other")]
    public void Events_MapToTheirAcledTypes(EventType type, string acled, string sub)
    {
        var code = EventCoding.Code(Make(ClaimKind.Event, "russia", "isis", type: type, level: "settlement", detail: "near"), TypeOf);
        Assert.Equal((acled, sub), (code.AcledEventType, code.AcledSubEventType));
        Assert.Equal((2, 2), (code.AcledGeoPrecision, code.UcdpWherePrec)); // "near" a town
    }

    [Fact]
    public void AnAttackOnCivilians_IsViolenceAgainstCivilians()
    {
        var code = EventCoding.Code(Make(ClaimKind.Event, "isis", "civilians", type: EventType.Attack), TypeOf);
        Assert.Equal(("Violence against civilians", "Attack"), (code.AcledEventType, code.AcledSubEventType));
        Assert.Equal((3, 6, 5), (code.AcledGeoPrecision!.Value, code.UcdpWherePrec!.Value, code.UcdpDatePrec!.Value));
    }

    [Theory]
    [InlineData("A suicide bomber blew himself up at a checkpoint, killing 12 soldiers.", "Suicide bomb")]
    [InlineData("Regime shelling of the town killed three civilians.", "Shelling/artillery/missile attack")]
    [InlineData("A roadside bomb killed four policemen south of Kirkuk.", "Remote explosive/landmine/IED")]
    [InlineData("Barrel bombs dropped by helicopters killed 15 people.", "Air/drone strike")]
    [InlineData("At least 20 fighters were killed in clashes near the town.", "Armed clash")]
    public void TheSentencesWeapon_RefinesCasualties(string sentence, string sub)
    {
        var code = EventCoding.Code(Make(ClaimKind.Casualties, "syrian_government", "isis", quantity: new ClaimQuantity(3, 3, "killed", false)), TypeOf, sentence);
        Assert.Equal(sub, code.AcledSubEventType);
    }
}
