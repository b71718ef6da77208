using System.Collections.Immutable;
using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Metadata;
using Sitrep.Segmentation;

namespace Sitrep.Pipeline;

/// <summary>The layer keys of Sitrep's stages, one per layer.</summary>
public static class Layers
{
    public static readonly LayerKey<CleanedArticle> Cleaned = new("cleaned");

    public static readonly LayerKey<ImmutableArray<Sentence>> Sentences = new("sentences");

    public static readonly LayerKey<ImmutableArray<Token>> Tokens = new("tokens");

    public static readonly LayerKey<DocumentInfo> Info = new("info");
}
