using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "place" layer (spec/mentions.md): gazetteer name and coordinates (null when unresolved), GeoNames id, the name as reported, level, country, admin-1, UCDP precision, qualifier, rule and how it was resolved.</summary>
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
            if (m.Lat is { } lat && m.Lon is { } lon)
            {
                w.WriteString("name", m.ResolvedName);
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
                if (m.GeoNamesId is { } id)
                {
                    w.WriteNumber("geonames_id", id);
                }
            }
            else
            {
                w.WriteNull("name");
                w.WriteNull("lat");
                w.WriteNull("lon");
            }

            w.WriteString("reported", m.Name);
            w.WriteString("level", m.Level.ToString().ToLowerInvariant());
            if (m.CountryCode is not null)
            {
                w.WriteString("country", m.CountryCode);
            }

            if (m.Admin1 is not null)
            {
                w.WriteString("admin1", m.Admin1);
            }

            if (m.Precision is { } precision)
            {
                w.WriteNumber("precision", precision);
            }
            if (m.Qualifier is not null)
            {
                w.WriteString("qualifier", m.Qualifier);
            }

            w.WriteString("rule", m.Rule);
            if (m.Resolution is not null)
            {
                w.WriteString("resolution", m.Resolution);
            }

            if (m.MatchScore is { } score)
            {
                w.WriteNumber("match_score", Math.Round(score, 3));
            }
        }));
}
