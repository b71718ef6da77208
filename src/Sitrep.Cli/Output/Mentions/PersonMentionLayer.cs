using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "person" layer: name, the organisation the person speaks for, role, and the rules that decided them.</summary>
public sealed class PersonMentionLayer : IMentionLayer
{
    public string Name => "people";

    public string LayerField => "person";

    public void AddStages(PipelineBuilder builder)
    {
        if (!builder.Has(ActorLayers.Actors))
        {
            builder.UseActors();
        }

        builder.UsePeople();
    }

    public IEnumerable<MentionOut> Mentions(Document document) =>
        document.Get(PeopleLayers.People).Select(m => new MentionOut(m.Range, w =>
        {
            w.WriteString("name", m.Name);
            if (m.Org is null)
            {
                w.WriteNull("org");
            }
            else
            {
                w.WriteString("org", m.Org);
            }

            if (m.Role is null)
            {
                w.WriteNull("role");
            }
            else
            {
                w.WriteString("role", m.Role);
            }

            w.WriteString("rule", m.Rule);
            if (m.OrgRule is not null)
            {
                w.WriteString("org_rule", m.OrgRule);
            }
        }));
}
