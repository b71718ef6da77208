using System.Collections.Immutable;
using System.Globalization;

namespace Sitrep.Cli.Evaluation;

/// <summary>What scoring claims found: counts per kind, document-field agreement, and every gold claim missed or paired wrongly.</summary>
public sealed record ClaimReport(ImmutableArray<KindScore> Kinds, ImmutableArray<FieldTally> DocumentFields, ImmutableArray<ClaimMiss> Misses)
{
    /// <summary>All kinds together (micro): counts and field tallies summed.</summary>
    public KindScore Overall { get; } = new(
        "all",
        Kinds.Sum(k => k.Gold),
        Kinds.Sum(k => k.System),
        Kinds.Sum(k => k.Found),
        Kinds.Sum(k => k.Strict),
        [.. ClaimRules.Fields.Select(f => new FieldTally(f, Kinds.Sum(k => k.Tally(f).Agreed), Kinds.Sum(k => k.Tally(f).Compared)))]);
}

/// <summary>Counts for one kind of claim; <see cref="Fields"/> holds every field, with zero compared where it does not apply.</summary>
public sealed record KindScore(string Kind, int Gold, int System, int Found, int Strict, ImmutableArray<FieldTally> Fields)
{
    /// <summary>The tally of one field (zero compared when the kind has none).</summary>
    public FieldTally Tally(string field) => Fields.FirstOrDefault(f => f.Field == field, new FieldTally(field, 0, 0));

    /// <summary>Pairs found at all.</summary>
    public PrecisionRecall Detection => PrecisionRecall.From(Found, System, Gold);

    /// <summary>Pairs whose every strict field of the kind agrees.</summary>
    public PrecisionRecall StrictMatch => PrecisionRecall.From(Strict, System, Gold);
}

/// <summary>How often a field agreed among the cases where it was compared.</summary>
public readonly record struct FieldTally(string Field, int Agreed, int Compared)
{
    public double? Accuracy => Compared == 0 ? null : (double)Agreed / Compared;
}

/// <summary>Precision, recall and F1 (zero where undefined).</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall, double F1)
{
    public static PrecisionRecall From(int truePositives, int systemCount, int goldCount)
    {
        var p = systemCount == 0 ? 0.0 : (double)truePositives / systemCount;
        var r = goldCount == 0 ? 0.0 : (double)truePositives / goldCount;
        var f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new PrecisionRecall(p, r, f);
    }
}

/// <summary>A gold claim that was not found ("missed") or was paired with strict fields wrong ("wrong actor,date").</summary>
public sealed record ClaimMiss(string Document, string Kind, string Problem, string Sentence);

/// <summary>Writes a <see cref="ClaimReport"/> as the reference scorer prints it, and as its --json file.</summary>
public static class ClaimReportWriter
{
    /// <summary>The table, field accuracy, document fields, misses (when <paramref name="verbose"/>), and the headline last.</summary>
    public static void WriteText(TextWriter w, ClaimReport report, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);

        Line(w, $"{"kind",-11}{"gold",6}{"sys",6}   detect P/R/F1        strict P/R/F1");
        foreach (var k in report.Kinds.Append(report.Overall))
        {
            Line(w, $"{k.Kind,-11}{k.Gold,6}{k.System,6}   {Ratios(k.Detection)}       {Ratios(k.StrictMatch)}");
        }

        w.WriteLine();
        w.WriteLine("field accuracy on paired claims:");
        foreach (var f in report.Overall.Fields.Where(f => f.Compared > 0))
        {
            Line(w, $"  {f.Field,-11}{Fixed(f.Accuracy!.Value)}  ({f.Agreed}/{f.Compared})");
        }

        w.WriteLine();
        w.WriteLine("document fields:");
        foreach (var f in report.DocumentFields)
        {
            Line(w, $"  {f.Field,-11}{f.Agreed}/{f.Compared}");
        }

        if (verbose && report.Misses.Length > 0)
        {
            w.WriteLine();
            w.WriteLine("misses:");
            foreach (var m in report.Misses)
            {
                Line(w, $"  {m.Document} | {m.Kind} | {m.Problem} | {m.Sentence}");
            }
        }

        w.WriteLine();
        Line(w, $"claims: detection F1 {Fixed(report.Overall.Detection.F1)}, strict F1 {Fixed(report.Overall.StrictMatch.F1)}");
    }

    /// <summary>The numbers as the reference's <c>json.dump(report, f, indent=1)</c> writes them, byte for byte.</summary>
    public static void WriteJson(TextWriter w, ClaimReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);

        w.Write("{\n \"kinds\": {");
        for (var i = 0; i < report.Kinds.Length; i++)
        {
            var k = report.Kinds[i];
            Write(w, $"{(i == 0 ? "" : ",")}\n  \"{k.Kind}\": {{");
            Write(w, $"\n   \"gold\": {k.Gold},\n   \"sys\": {k.System},");
            Write(w, $"\n   \"detect_f1\": {Number(k.Detection.F1)},\n   \"strict_f1\": {Number(k.StrictMatch.F1)},");
            w.Write("\n   \"fields\": {");
            WriteMembers(w, k.Fields, "    ");
            w.Write("\n   }\n  }");
        }

        w.Write("\n },\n \"docs\": {");
        WriteMembers(w, report.DocumentFields, "  ");
        Write(w, $"\n }},\n \"detect_f1\": {Number(report.Overall.Detection.F1)},\n \"strict_f1\": {Number(report.Overall.StrictMatch.F1)}\n}}");
    }

    private static void WriteMembers(TextWriter w, ImmutableArray<FieldTally> tallies, string indent)
    {
        for (var i = 0; i < tallies.Length; i++)
        {
            var value = tallies[i].Accuracy is double a ? Number(a) : "null";
            Write(w, $"{(i == 0 ? "" : ",")}\n{indent}\"{tallies[i].Field}\": {value}");
        }
    }

    private static void Line(TextWriter w, FormattableString text) => w.WriteLine(FormattableString.Invariant(text));

    private static void Write(TextWriter w, FormattableString text) => w.Write(FormattableString.Invariant(text));

    private static string Ratios(PrecisionRecall s) => $"{Fixed(s.Precision)}/{Fixed(s.Recall)}/{Fixed(s.F1)}";

    // Python's f"{x:.2f}": like .NET's "F2", it rounds the exact binary value, so 0.125 prints 0.12.
    private static string Fixed(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Number(double value) => PyFormat.Repr(value) switch
    {
        "nan" => "NaN",
        "inf" => "Infinity",
        "-inf" => "-Infinity",
        var text => text,
    };
}
