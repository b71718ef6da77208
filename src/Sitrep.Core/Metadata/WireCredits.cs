using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Cleaning;
using Sitrep.Text;

namespace Sitrep.Metadata;

/// <summary>
/// Finds the news agencies an article credits: datelines ("BEIRUT (AFP) -"), text credits ("This
/// was reported by AFP news agency", "told Reuters", "(Reporting by …)"), sign-offs ("— AFP") and
/// photo credits ("[Stringer/AFP]", "AFP PHOTO"). A photo credit is weaker evidence than a text
/// credit and is recorded as such; it still counts, since outlets that run an agency's photos on a
/// story usually run its copy.
/// </summary>
public static partial class WireCredits
{
    /// <summary>Agency names as written, to canonical ids.</summary>
    private static readonly FrozenDictionary<string, string> Agencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "afp",
        ["Agence France-Presse"] = "afp",
        ["Agence France Presse"] = "afp",
        ["Reuters"] = "reuters",
        ["AP"] = "ap",
        ["Associated Press"] = "ap",
        ["dpa"] = "dpa",
        ["Deutsche Presse-Agentur"] = "dpa",
        ["Xinhua"] = "xinhua",
        ["ANA"] = "ana",
        ["Anadolu"] = "anadolu",
        ["Anadolu Agency"] = "anadolu",
        ["EFE"] = "efe",
        ["ANSA"] = "ansa",
        ["UPI"] = "upi",
        ["TASS"] = "tass",
        ["RIA Novosti"] = "ria",
        ["SANA"] = "sana",
        ["IRNA"] = "irna",
        ["Kyodo"] = "kyodo",
        ["PTI"] = "pti",
        ["Bernama"] = "bernama",
        ["KUNA"] = "kuna",
        ["WAM"] = "wam",
        ["MENA"] = "mena",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private const string AgencyAlternation =
        "AFP|Agence France[- ]Presse|Reuters|AP|Associated Press|dpa|Deutsche Presse-Agentur|Xinhua|ANA|Anadolu(?: Agency)?|EFE|ANSA|UPI|TASS|RIA Novosti|SANA|IRNA|Kyodo|PTI|Bernama|KUNA|WAM|MENA";

    /// <summary>"CITY (AFP) -", "(Reuters) —", "CITY, Dec 12 (Reuters) -".</summary>
    [GeneratedRegex(@"\((?<a>" + AgencyAlternation + @")\)\s{0,3}[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>Credits in running text.</summary>
    [GeneratedRegex(
        @"(reported by (the )?(?<a>" + AgencyAlternation + @")|(?<a>" + AgencyAlternation + @") (news )?agency (reported|said|quoted|cited)|(told|according to|quoted by|cited by|speaking to|in an interview with|in a statement to) (the )?(?<a>" + AgencyAlternation + @")\b|\b(an?|the) (?<a>" + AgencyAlternation + @") (correspondent|reporter|journalist|photographer|tally|count)|(?<a>" + AgencyAlternation + @") (reported|has learned|could not (independently )?(verify|confirm)|was unable to (independently )?verify)|\bwith (?<a>" + AgencyAlternation + @")\W*$|^\W{0,3}(?<a>" + AgencyAlternation + @")\W{0,3}$|[-–—]\s{0,2}(?<a>" + AgencyAlternation + @")\W*$|\((?<a>Reuters)\)\W*$|(?<a>Reuters) staff|Thomson (?<a>Reuters))",
        RegexOptions.CultureInvariant)]
    private static partial Regex TextCredit();

    /// <summary>A photo credit naming an agency.</summary>
    [GeneratedRegex(
        @"(\[[^\]\n]{0,60}/\s*(?<a>" + AgencyAlternation + @")[^\]\n]{0,30}\]|\b(?<a>AFP|AP|REUTERS|XINHUA|ANADOLU|SANA|DPA)\s+(PHOTO|IMAGES?)\b|\b(?<a>AFP|AP) Photo/|\b(?<a>REUTERS|Reuters|AFP)/[A-Z][a-z]+|(?<a>AFP) via Getty|/\s*(?<a>AFP|REUTERS|AP)\s*(/|$)|\((?i:photo|image|picture)s?\s*(?i:by|:)[^)\n]{0,80}(?<a>" + AgencyAlternation + @")[^)\n]{0,20}\))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    /// <summary>"(Reporting by …; Editing by …)": the Reuters credit line.</summary>
    [GeneratedRegex(@"\(?(Additional )?[Rr]eporting by [^;)\n]{1,200};\s{0,3}([Ww]riting|[Ee]diting) by [^)\n]{1,200}", RegexOptions.CultureInvariant)]
    private static partial Regex ReutersCreditLine();

    /// <summary>Every way an agency is written: a block naming none of them cannot credit one.</summary>
    private static readonly System.Buffers.SearchValues<string> AgencyNames = System.Buffers.SearchValues.Create(
        ["AFP", "Agence France", "Reuters", "REUTERS", "AP", "Associated Press", "dpa", "DPA", "Deutsche Presse", "Xinhua", "XINHUA", "ANA", "Anadolu", "ANADOLU", "EFE", "ANSA", "UPI", "TASS", "RIA Novosti", "SANA", "IRNA", "Kyodo", "PTI", "Bernama", "KUNA", "WAM", "MENA"],
        StringComparison.Ordinal);

    public static ImmutableArray<WireCredit> Find(string text, CleanedArticle cleaned)
    {
        var credits = ImmutableArray.CreateBuilder<WireCredit>();
        foreach (var block in cleaned.Blocks)
        {
            if (block.Role is BlockRole.Furniture && block.Rule is "after-end-of-article" or "trailing-headline")
            {
                continue; // other stories' credits
            }

            var span = block.Range.Of(text);
            var seen = new HashSet<int>();
            var from = 0;
            while (from < span.Length)
            {
                var hit = span[from..].IndexOfAny(AgencyNames);
                if (hit < 0)
                {
                    break;
                }

                hit += from;
                if (hit > 0 && char.IsLetter(span[hit - 1]))
                {
                    from = hit + 1; // inside a word ("CAPTURE", "Havana"): no agency named here
                    continue;
                }

                // Credits are phrases around the agency's name: look only there, so the patterns run on
                // a short window whatever the length of the paragraph.
                var windowStart = Math.Max(0, hit - ContextBefore);
                var windowEnd = Math.Min(span.Length, hit + ContextAfter);
                var window = span[windowStart..windowEnd];
                var offset = block.Range.Start + windowStart;
                if (block.Role is BlockRole.Caption)
                {
                    Collect(PhotoCredit(), window, offset, WireEvidence.PhotoCredit, "photo-credit", credits, seen);
                }
                else if (block.Role is not BlockRole.Title)
                {
                    Collect(Dateline(), window, offset, WireEvidence.Dateline, "agency-dateline", credits, seen);
                    Collect(TextCredit(), window, offset, WireEvidence.TextCredit, "text-credit", credits, seen);
                    Collect(PhotoCredit(), window, offset, WireEvidence.PhotoCredit, "photo-credit", credits, seen);
                }

                from = hit + 1;
            }

            if (block.Role is not BlockRole.Title and not BlockRole.Caption && span.IndexOf("eporting by", StringComparison.Ordinal) >= 0)
            {
                foreach (var m in ReutersCreditLine().EnumerateMatches(span))
                {
                    credits.Add(new WireCredit("reuters", WireEvidence.TextCredit, TextRange.FromLength(block.Range.Start + m.Index, m.Length), "reuters-credit-line"));
                }
            }
        }

        credits.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return credits.ToImmutable();
    }

    /// <summary>How far before and after an agency's name a credit phrase can reach.</summary>
    private const int ContextBefore = 100;

    private const int ContextAfter = 120;

    private static void Collect(Regex regex, ReadOnlySpan<char> span, int offset, WireEvidence evidence, string rule, ImmutableArray<WireCredit>.Builder into, HashSet<int> seen)
    {
        foreach (var vm in regex.EnumerateMatches(span))
        {
            var matchText = span.Slice(vm.Index, vm.Length).ToString();
            var m = regex.Match(matchText);
            var agency = m.Groups["a"];
            if (!agency.Success || !Agencies.TryGetValue(agency.Value, out var id))
            {
                continue;
            }

            if (agency.Value is "AP" or "ANA" && evidence != WireEvidence.Dateline && !IsStandaloneAcronym(matchText, agency.Index))
            {
                continue;
            }

            if (seen.Add(offset + vm.Index))
            {
                into.Add(new WireCredit(id, evidence, TextRange.FromLength(offset + vm.Index, vm.Length), rule));
            }
        }
    }

    private static bool IsStandaloneAcronym(string s, int index) =>
        (index == 0 || !char.IsLetter(s[index - 1])) && (index + 2 >= s.Length || !char.IsLetter(s[Math.Min(s.Length - 1, index + (s[index..].StartsWith("ANA") ? 3 : 2))]));
}
