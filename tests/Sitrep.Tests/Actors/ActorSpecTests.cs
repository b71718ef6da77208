using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Actors;

/// <summary>Runs every example of Specs/Actors.md through the actors stage.</summary>
public sealed class ActorSpecTests
{
    private static readonly Sitrep.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseCleaning().UseMetadata().UseSegmentation().UseActors().Build();

    public static TheoryData<string> Examples => SpecFile.Titles("Actors.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_ActorMentions(string title)
    {
        var example = SpecFile.Get("Actors.md", title);

        // A headline line first, so the passage is read as the article body.
        var text = SpecFile.AsArticle(example.Blocks["text"]);
        var document = Pipeline.Process(new SourceArticle("spec", text, SourceFormat.PlainText));

        var expected = SpecFile.KeyValues(example.Blocks["actors"]).Select(kv => $"{kv.Key}: {kv.Value}").ToList();
        var actual = document.Get(ActorLayers.Actors).Select(m => $"{m.Actor.Id}: {document.Slice(m.Range)}").ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Dictionary_HoldsEverySpecActorId()
    {
        string[] spec = ["isis", "syrian_government", "iraqi_government", "pmf", "sdf", "ypg", "us_led_coalition", "united_states", "russia", "iran", "turkey", "al_qaeda", "khalid_bin_walid_army", "syrian_opposition", "hezbollah", "france", "peshmerga", "kurdistan_regional_government", "anti_isis_forces", "jihadi_groups", "civilians", "sohr", "al_masdar", "syrian_state_media", "al_watan", "afp"];
        var missing = spec.Where(id => !ActorDictionary.Default.Actors.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Parse_MalformedLine_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => ActorDictionary.Parse("# header\nisis\tnon_state_armed_group\n"));
        Assert.StartsWith("actors.tsv:2:", error.Message);
    }

    [Fact]
    public void Parse_Sides_AreReadAndMustNameAnotherActor()
    {
        var dictionary = ActorDictionary.Parse("isis\tnon_state_armed_group\t\tISIS\namaq\tmedia\t\tAmaq\t\tisis\n");
        Assert.Equal("isis", Assert.Single(dictionary.Actors["amaq"].Sides));
        Assert.Empty(dictionary.Actors["isis"].Sides);

        var error = Assert.Throws<FormatException>(() => ActorDictionary.Parse("# header\namaq\tmedia\t\tAmaq\t\tisil\n"));
        Assert.StartsWith("actors.tsv:2:", error.Message);
    }

    [Theory]
    [InlineData("amaq", "isis")]
    [InlineData("syrian_state_media", "syrian_government")]
    [InlineData("wagner_group", "russia")]
    [InlineData("khalid_bin_walid_army", "isis")]
    public void Dictionary_SidesOfProxiesAndOrgans(string id, string side) =>
        Assert.Contains(side, ActorDictionary.Default.Actors[id].Sides);

    [Fact]
    public void PeopleDirectory_EveryOrganisationIsAnActor()
    {
        var text = Sitrep.Data.EmbeddedTable.ReadText("Sitrep.Recognition.People.people.tsv");
        var unknown = Sitrep.Data.EmbeddedTable.Rows(text).Select(r => r.Columns[1].Trim())
            .Where(org => !ActorDictionary.Default.Actors.ContainsKey(org)).ToList();
        Assert.True(unknown.Count == 0, "unknown organisations: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Recognize_AdversarialText_Completes()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("the Islamic State of the Islamic State of ", 20_000));
        var document = Pipeline.Process(new SourceArticle("adversarial", text, SourceFormat.PlainText));
        Assert.NotEmpty(document.Get(ActorLayers.Actors));
    }
}
