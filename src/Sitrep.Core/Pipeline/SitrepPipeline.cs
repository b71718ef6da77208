using Sitrep.Claims;
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

    /// <summary>Every stage, through claims: what `sitrep extract` runs.</summary>
    public static Pipeline CreateExtraction(PipelineOptions? options = null) =>
        new PipelineBuilder().WithOptions(options ?? PipelineOptions.Default).UseCleaning().UseMetadata().UseSegmentation().UseClaims().Build();

    /// <summary>The document stages (cleaning, metadata, segmentation), in order, with the given limits: claims off.</summary>
    public static Pipeline CreateDefault(PipelineOptions? options = null)
    {
        var builder = new PipelineBuilder().WithOptions(options ?? PipelineOptions.Default);
        return builder.UseCleaning().UseMetadata().UseSegmentation().Build();
    }
}
