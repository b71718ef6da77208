namespace Sitrep.Tests; public class Smoke { [Xunit.Fact] public void Runs() { } }
