namespace Sitrep.Html; internal static class Placeholder {}
