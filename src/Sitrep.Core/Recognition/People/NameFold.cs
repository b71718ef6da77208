using System.Globalization;
using System.Text;

namespace Sitrep.Recognition.People;

/// <summary>
/// Folds a personal name so transliteration variants meet: Abdel/Abdul/Abd al-, Aymen/Ayman,
/// al-/Al/el- particles, diacritics and apostrophes.
/// </summary>
public static class NameFold
{
    public static string Fold(string name)
    {
        // Names recur across articles ("Assad", "Abdel Rahman", every capitalised run the recogniser weighs): each is folded once.
        if (Folded.TryGetValue(name, out var known))
        {
            return known;
        }

        var folded = FoldOnce(name);
        if (Folded.Count >= MaxRemembered)
        {
            Folded.Clear();
        }

        Folded[name] = folded;
        return folded;
    }

    /// <summary>How many folded names are remembered before the memory starts again.</summary>
    private const int MaxRemembered = 50_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);

    private static string FoldOnce(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or 'ʿ' or 'ʾ' or '`')
            {
                continue;
            }

            sb.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var folded = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w is "al" or "el" or "ul" or "ibn" or "bin" or "ben")
            {
                continue; // particles: al-Tamimi, Al Tamimi and Tamimi meet
            }

            if (w is "abdel" or "abdul" or "abdal" or "abdol")
            {
                w = "abd";
            }

            folded.Add(Vowels(w));
        }

        return string.Join(' ', folded);
    }

    /// <summary>The consonant skeleton with vowel runs reduced to one mark: Aymen/Ayman, Mohammed/Mohamed/Muhammad.</summary>
    private static string Vowels(string w)
    {
        var sb = new StringBuilder(w.Length);
        var lastVowel = false;
        char last = '\0';
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' && sb.Length > 0;
            if (vowel)
            {
                if (!lastVowel)
                {
                    sb.Append('a');
                }

                lastVowel = true;
                last = 'a';
                continue;
            }

            lastVowel = false;
            if (c != last)
            {
                sb.Append(c);
            }

            last = c;
        }

        return sb.ToString();
    }
}
