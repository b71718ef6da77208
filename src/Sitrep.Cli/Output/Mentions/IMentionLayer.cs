using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>One mention to write: its range in the document text and a writer for its layer's own fields.</summary>
public readonly record struct MentionOut(TextRange Range, Action<Utf8JsonWriter> WriteFields);

/// <summary>
/// A layer `sitrep annotate` can write (spec/mentions.md): the stages it needs and how its mentions
/// render. The core's mention types know nothing of JSON; this is their renderer.
/// </summary>
public interface IMentionLayer
{
    /// <summary>The name used in --layers (plural: "dates").</summary>
    string Name { get; }

    /// <summary>The value of the mention's "layer" field (singular: "date").</summary>
    string LayerField { get; }

    /// <summary>Adds the stages this layer needs (after the default extraction stages).</summary>
    void AddStages(PipelineBuilder builder);

    IEnumerable<MentionOut> Mentions(Document document);
}
