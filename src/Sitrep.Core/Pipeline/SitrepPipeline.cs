using Sitrep.Cleaning;

namespace Sitrep.Pipeline;

/// <summary>Registration of Sitrep's stages on a <see cref="PipelineBuilder"/>, and the default pipeline.</summary>
public static class SitrepPipeline
{
    public static PipelineBuilder UseCleaning(this PipelineBuilder builder) => builder.Use(new CleaningStage());

    /// <summary>The stages of document extraction, in order, with the given limits.</summary>
    public static Pipeline CreateDefault(PipelineOptions? options = null)
    {
        var builder = new PipelineBuilder().WithOptions(options ?? PipelineOptions.Default);
        return builder.UseCleaning().Build();
    }
}
