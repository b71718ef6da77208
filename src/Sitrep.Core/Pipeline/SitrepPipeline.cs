using Sitrep.Cleaning;
using Sitrep.Metadata;
using Sitrep.Segmentation;

namespace Sitrep.Pipeline;

/// <summary>Registration of Sitrep's stages on a <see cref="PipelineBuilder"/>, and the default pipeline.</summary>
public static class SitrepPipeline
{
    public static PipelineBuilder UseCleaning(this PipelineBuilder builder) => builder.Use(new CleaningStage());

    public static PipelineBuilder UseMetadata(this PipelineBuilder builder) => builder.Use(new MetadataStage());

    public static PipelineBuilder UseSegmentation(this PipelineBuilder builder) => builder.Use(new SegmentationStage(builder.Options));

    /// <summary>The stages of document extraction, in order, with the given limits.</summary>
    public static Pipeline CreateDefault(PipelineOptions? options = null)
    {
        var builder = new PipelineBuilder().WithOptions(options ?? PipelineOptions.Default);
        return builder.UseCleaning().UseMetadata().UseSegmentation().Build();
    }
}
