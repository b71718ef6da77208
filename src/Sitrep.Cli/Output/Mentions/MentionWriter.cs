using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>
/// Writes one document's mentions record (spec/mentions.md): offsets are half-open UTF-16 offsets
/// into the article text exactly as given, and "text" is that slice.
/// </summary>
public static class MentionWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Document document, IReadOnlyList<IMentionLayer> layers)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            var info = document.TryGet(Layers.Info, out var i) ? i : null;
            w.WriteStartObject();
            w.WriteString("doc", document.Name);
            if (info?.Published.Date is { } published)
            {
                w.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("published");
            }

            w.WriteNumber("text_length", document.Source.Text.Length);
            w.WriteStartArray("mentions");
            var all = layers.SelectMany(l => l.Mentions(document).Select(m => (Layer: l, Mention: m)))
                .Select(x => (x.Layer, x.Mention, Source: document.SourceRange(x.Mention.Range)))
                .OrderBy(x => x.Source.Start)
                .ThenBy(x => x.Source.End);
            foreach (var (layer, mention, source) in all)
            {
                w.WriteStartObject();
                w.WriteString("layer", layer.LayerField);
                w.WriteNumber("start", source.Start);
                w.WriteNumber("end", source.End);
                w.WriteString("text", source.Slice(document.Source.Text));
                mention.WriteFields(w);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
