using System.Text.Json;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Cli;

/// <summary>`sitrep annotate --layers places`: coordinates and resolution fields as spec/mentions.md names them, and the region bias.</summary>
public sealed class AnnotatePlacesTests
{
    [Theory]
    [InlineData(null, "LY")]
    [InlineData("LB", "LB")]
    public void Annotate_Places_WritesCoordinatesAndLeansToTheRegion(string? region, string country)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-places-");
        try
        {
            var path = Path.Combine(dir.FullName, "a.txt");
            File.WriteAllText(path, "Report\n\nFighting was reported in Tripoli on Sunday.\n");
            var stdout = new StringWriter();
            var code = AnnotateCommand.Run([path], null, null, "10MB", "places", stdout, new StringWriter(), new StringReader(string.Empty), region);
            Assert.Equal(ExitCodes.Ok, code);
            using var json = JsonDocument.Parse(stdout.ToString());
            var place = json.RootElement.GetProperty("mentions").EnumerateArray().Single();
            Assert.Equal("Tripoli", place.GetProperty("text").GetString());
            Assert.Equal(country, place.GetProperty("country").GetString());
            Assert.Equal(JsonValueKind.Number, place.GetProperty("lat").ValueKind);
            Assert.Equal(JsonValueKind.Number, place.GetProperty("lon").ValueKind);
            Assert.True(place.TryGetProperty("geonames_id", out _));
            Assert.Equal(1, place.GetProperty("precision").GetInt32());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Annotate_BadRegion_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, AnnotateCommand.Run(["x.txt"], null, null, "10MB", "places", new StringWriter(), new StringWriter(), new StringReader(string.Empty), "Syria"));
}
