using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "place" layer: name, coordinates (null until resolved), level, qualifier and rule.</summary>
public sealed class PlaceMentionLayer : IMentionLayer
{
    public string Name => "places";

    public string LayerField => "place";

    public void AddStages(PipelineBuilder builder)
    {
        if (!builder.Has(PlaceLayers.Places))
        {
            builder.UsePlaces();
        }
    }

    public IEnumerable<MentionOut> Mentions(Document document) =>
        document.Get(PlaceLayers.Places).Select(m => new MentionOut(m.Range, w =>
        {
            w.WriteString("name", m.Name);
            if (m.Lat is { } lat && m.Lon is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }
            else
            {
                w.WriteNull("lat");
                w.WriteNull("lon");
            }

            w.WriteString("level", m.Level.ToString().ToLowerInvariant());
            if (m.Qualifier is not null)
            {
                w.WriteString("qualifier", m.Qualifier);
            }

            w.WriteString("rule", m.Rule);
        }));
}
