using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "actor" layer: each mention with its canonical id, type, the sides it is on (when any) and the rule that decided it.</summary>
public sealed class ActorMentionLayer : IMentionLayer
{
    public string Name => "actors";

    public string LayerField => "actor";

    public void AddStages(PipelineBuilder builder)
    {
        if (!builder.Has(ActorLayers.Actors))
        {
            builder.UseActors();
        }
    }

    public IEnumerable<MentionOut> Mentions(Document document) =>
        document.Get(ActorLayers.Actors).Select(m => new MentionOut(m.Range, w =>
        {
            w.WriteString("id", m.Actor.Id);
            w.WriteString("type", TypeName(m.Actor.Type));
            if (!m.Actor.Sides.IsEmpty)
            {
                w.WriteStartArray("sides");
                foreach (var side in m.Actor.Sides)
                {
                    w.WriteStringValue(side);
                }

                w.WriteEndArray();
            }

            w.WriteString("rule", m.Rule);
        }));

    private static string TypeName(ActorType type) => type switch
    {
        ActorType.StateForces => "state_forces",
        ActorType.Government => "government",
        ActorType.NonStateArmedGroup => "non_state_armed_group",
        ActorType.Militia => "militia",
        ActorType.Coalition => "coalition",
        ActorType.Monitor => "monitor",
        ActorType.Media => "media",
        ActorType.Agency => "agency",
        ActorType.InternationalOrg => "international_org",
        ActorType.Research => "research",
        ActorType.Observers => "observers",
        ActorType.Civilians => "civilians",
        _ => "generic",
    };
}
