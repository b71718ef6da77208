using System.Collections.Frozen;
using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Segmentation;
using Sitrep.Text;
using static Sitrep.Recognition.Quantities.QuantityLexicon;

namespace Sitrep.Recognition.Quantities;

/// <summary>
/// Recognises the quantities of one sentence from its tokens: a left-to-right grammar with bounded
/// look-ahead at each token, so time is linear in the sentence whatever its content.
/// </summary>
/// <remarks>
/// A quantity is an optional bound ("at least", "about", "between", "from"), an amount (digits
/// with separators and a scale, "1.5 million", "$15bn"; number words, "one and a half million",
/// "a dozen"; a vague amount, "several thousand", "tens of thousands"; a fraction, "a third of"),
/// an optional second amount making a range ("to", "-", "and" after "between"), an optional
/// percent or currency, and suffixes ("-strong", "or more"). The counted thing is the noun
/// phrase after it (across "of"); a verb of killing or wounding beside it makes the unit
/// killed or wounded. Years, dates, times, durations, labels ("Route 7", "Nikkei 225"), model
/// numbers, phone numbers, ordinals and scores ("52-35") are consumed without a mention.
/// </remarks>
public static class QuantityRecognizer
{
    /// <summary>Longest run of number words read as one number.</summary>
    private const int MaxNumberWords = 40;

    /// <summary>Tokens searched after a number for its counted noun.</summary>
    private const int CountedWindow = 6;

    /// <summary>Tokens of a sentence and the text they point into.</summary>
    private readonly ref struct Sentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        public readonly ReadOnlySpan<char> Text = text;
        public readonly ReadOnlySpan<Token> Tokens = tokens;

        public int Count => Tokens.Length;

        public ReadOnlySpan<char> this[int i] => Slice(Tokens[i].Range);

        public ReadOnlySpan<char> Slice(TextRange range) => Text[range.Start..range.End];

        public bool Is(int i, string word) => i >= 0 && i < Tokens.Length && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

        public bool IsKind(int i, TokenKind kind) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == kind;

        public bool IsWord(int i) => IsKind(i, TokenKind.Word);

        /// <summary>Token <paramref name="i"/> touches the token before it (no white space between).</summary>
        public bool Glued(int i) => i > 0 && i < Tokens.Length && Tokens[i].Range.Start == Tokens[i - 1].Range.End;

        public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(this[i][0]);

        public bool IsDash(int i) => i >= 0 && i < Tokens.Length && this[i] is "-" or "–" or "—" or "‑";

        public bool In(int i, FrozenLookup lookup) => i >= 0 && i < Tokens.Length && lookup(this[i]);
    }

    private delegate bool FrozenLookup(ReadOnlySpan<char> word);

    private static readonly FrozenLookup IsMonth = w => MonthLookup.Contains(w) && char.IsUpper(w[0]);
    private static readonly FrozenLookup IsTimeWord = w => TimeWordLookup.Contains(w);
    private static readonly FrozenLookup IsTimeUnit = w => TimeUnitLookup.Contains(w);
    private static readonly FrozenLookup IsLabel = w => LabelLookup.Contains(w);
    private static readonly FrozenLookup IsScale = w => ScaleLookup.ContainsKey(w);
    private static readonly FrozenLookup IsStop = w => StopLookup.Contains(w);
    private static readonly FrozenLookup IsCounted = w => CountedLookup.ContainsKey(w);
    private static readonly FrozenLookup IsKill = w => KillLookup.Contains(w);
    private static readonly FrozenLookup IsWound = w => WoundLookup.Contains(w);
    private static readonly FrozenLookup IsAuxiliary = w => AuxiliaryLookup.Contains(w);
    private static readonly FrozenLookup IsTerritory = w => TerritoryLookup.Contains(w);
    private static readonly FrozenLookup IsNumberWord = w => NumberWordLookup.ContainsKey(w);

    private static readonly string[] Determiners = ["the", "its", "their", "his", "her", "these", "those", "our", "both", "all"];
    private static readonly string[] ChangeWords =
    [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "increased", "increase", "decreased", "grew", "grown",
        "dropped", "drop", "raised", "cut", "climbed", "jumped", "reduced", "lowered", "slipped", "up", "down", "went", "changed",
        "plunged", "soared", "surged", "declined", "expanded", "boosted", "moved", "revised", "shrank", "shrunk", "doubled",
        "increasing", "raising", "cutting", "reducing", "expanding", "lowering", "boosting", "rising", "falling", "dropping",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeLookup =
        ChangeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum AmountKind
    {
        Digits,
        Words,
        Vague,
        Fraction,
    }

    /// <summary>One amount: a value, or a conventional range for vague amounts, and what surrounds it.</summary>
    private record struct Amount(int End, AmountKind Kind, double Low, double High, string Rule)
    {
        public string? Currency;
        public bool Percent;
        public bool Scaled;
        public double? RawValue;
        public string? Measure;
        public bool NeedsCountedNoun;
        public bool Approx;
        public bool DeterminerThe;
    }

    /// <summary>What the grammar made of the tokens at a position.</summary>
    private enum Outcome
    {
        None,
        Skip,
        Mention,
        Overflow,
    }

    /// <summary>Tokenises one sentence and recognises its quantities (for tests and tools).</summary>
    public static IReadOnlyList<QuantityMention> Recognize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextRange(0, sentence.Length), tokens);
        var into = new List<QuantityMention>();
        Recognize(sentence, [.. tokens], into, []);
        return into;
    }

    /// <summary>Appends the quantities of the sentence made of <paramref name="tokens"/> to <paramref name="into"/>.</summary>
    public static void Recognize(string text, ReadOnlySpan<Token> tokens, List<QuantityMention> into, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var s = new Sentence(text, tokens);
        var i = 0;
        while (i < s.Count)
        {
            var outcome = Match(s, i, out var end, out var mention);
            Debug.Assert(outcome == Outcome.None || end > i, "A match consumes at least one token.");
            switch (outcome)
            {
                case Outcome.Mention:
                    into.Add(mention!);
                    i = end;
                    break;
                case Outcome.Skip:
                    i = end;
                    break;
                case Outcome.Overflow:
                    var range = new TextRange(tokens[i].Range.Start, tokens[end - 1].Range.End);
                    diagnostics.Add(new Diagnostic(
                        QuantityDiagnosticCodes.NumberOverflow,
                        Severity.Warning,
                        $"A number of {range.Length:N0} characters is too large to hold exactly; it is not reported as a quantity.",
                        range));
                    i = end;
                    break;
                default:
                    i++;
                    break;
            }
        }
    }

    /// <summary>The unit a sentence sets for the bare numbers after it: "the number of IS fighters" → fighters.</summary>
    public static string? StatedUnit(string text, ReadOnlySpan<Token> tokens)
    {
        var s = new Sentence(text, tokens);
        for (var i = 0; i + 1 < s.Count; i++)
        {
            // "of" first: a comparison, where the lookup hashes every token of the sentence.
            if (s.Tokens[i + 1].Range.Length != 2 || !s.Is(i + 1, "of") || !NumberOfLookup.Contains(s[i]))
            {
                continue;
            }

            for (var j = i + 2; j < Math.Min(s.Count, i + 6); j++)
            {
                if (CountedLookup.TryGetValue(s[j], out var unit))
                {
                    return unit;
                }
            }
        }

        return null;
    }

    private static Outcome Match(Sentence s, int i, out int end, out QuantityMention? mention)
    {
        mention = null;
        end = i;
        if (s.Tokens[i].Kind == TokenKind.Punctuation
            || (s.Tokens[i].Kind == TokenKind.Word && !CanOpen(s[i]))
            || ((s.Is(i, "a") || s.Is(i, "an") || s.Is(i, "the")) && !(s.IsWord(i + 1) && AfterArticleLookup.Contains(s[i + 1]))))
        {
            return Outcome.None;
        }

        var j = i;
        var bound = MatchBound(s, i, out var boundEnd);
        string? boundName = null;
        var boundKind = QuantityBound.Exact;
        if (bound is not null)
        {
            j = boundEnd;
            boundName = bound.Name;
            boundKind = bound.Bound;
        }

        var between = bound is null && s.Is(j, "between");
        var from = bound is null && s.Is(j, "from") && !FollowsChange(s, j);
        if (between || from)
        {
            j++;
        }

        var outcome = ParseAmount(s, j, bound is not null, out var first);
        if (outcome == Outcome.Mention && bound is not null && first.Kind == AmountKind.Vague && IsPreposition(bound))
        {
            // "rule over millions": "over" is the preposition, the vague amount stands alone.
            return Outcome.None;
        }

        if (outcome == Outcome.None && bound is null && TryTimes(s, j, out mention))
        {
            end = j + 1;
            return Outcome.Mention;
        }

        if (outcome != Outcome.Mention)
        {
            if (outcome == Outcome.None)
            {
                return Outcome.None;
            }

            end = first.End;
            return outcome;
        }

        var k = first.End;
        var isRange = false;
        var second = default(Amount);
        var joiner = "";
        if (first.Kind is AmountKind.Digits or AmountKind.Words && k < s.Count)
        {
            var changeFrom = !from && s.Is(j - 1, "from") && FollowsChange(s, j - 1);
            var joins = !changeFrom && (s.IsDash(k) || s.Is(k, "to") || (between && s.Is(k, "and")) || s.Is(k, "through"));
            var secondOutcome = joins ? ParseAmount(s, k + 1, true, out second) : Outcome.None;
            if (secondOutcome == Outcome.Skip && first.Currency is null && !first.Percent)
            {
                // "5 to 10 days", "between 21 and 26 of September": the second end is a duration or a date, so is the range.
                end = second.End;
                return Outcome.Skip;
            }

            if (secondOutcome == Outcome.Mention && second.Kind is AmountKind.Digits or AmountKind.Words)
            {
                joiner = s.IsDash(k) ? "dash" : s[k].ToString().ToLowerInvariant();
                ShareAcrossRange(ref first, ref second);
                var compatible = first.Percent == second.Percent && (first.Currency is null || second.Currency is not null);
                if (compatible && first.Low < second.Low)
                {
                    isRange = true;
                    k = second.End;
                }
                else if (joiner == "dash" && s.Glued(k) && s.Glued(k + 1) && first.Low > second.Low && first.Currency is null && !first.Percent)
                {
                    // "52-35" is a score or a vote, not a range nor two counts.
                    end = second.End;
                    return Outcome.Skip;
                }
            }
        }

        if ((between || from) && !isRange)
        {
            // "between" or "from" without a range: the amount stands alone.
            i = j;
        }

        // Suffixes.
        var strong = false;
        if (s.IsDash(k) && s.Glued(k) && s.Is(k + 1, "strong"))
        {
            strong = true;
            k += 2;
        }
        else if (s.Is(k, "or") && s.Is(k + 1, "more") && bound is null)
        {
            boundKind = QuantityBound.AtLeast;
            boundName = "or-more";
            k += 2;
        }
        else if (s.Is(k, "or") && s.Is(k + 1, "so") && bound is null)
        {
            boundKind = QuantityBound.About;
            boundName = "or-so";
            k += 2;
        }
        else if (s.Is(k, "plus") || (s.IsDash(k) && s.Glued(k) && s.Is(k + 1, "plus")))
        {
            boundKind = QuantityBound.AtLeast;
            boundName = "plus";
            k += s.Is(k, "plus") ? 1 : 2;
        }

        var quantityEnd = k;
        if (!first.Percent && first.Currency is null && (IsDurationAt(s, k) || IsDateOrClockAt(s, k)))
        {
            // "between 60 and 90 days", "six straight days": durations belong to the dates layer.
            end = k;
            return Outcome.Skip;
        }

        var (unit, counted, countedRule) = Attach(s, i, quantityEnd, first, strong);
        if (unit is null)
        {
            // A bare "several" or "a few" counts something only before a counted noun.
            end = quantityEnd;
            return Outcome.Skip;
        }

        double? low, high;
        QuantityBound kind;
        bool approx;
        if (isRange)
        {
            low = first.Low;
            high = second.High;
            kind = QuantityBound.Range;
            approx = boundKind == QuantityBound.About;
            if (boundKind is QuantityBound.AtLeast or QuantityBound.MoreThan)
            {
                high = null;
            }
            else if (boundKind is QuantityBound.AtMost or QuantityBound.LessThan)
            {
                low = null;
            }
        }
        else
        {
            low = first.Low;
            high = first.High;
            approx = first.Approx || first.Kind is AmountKind.Vague or AmountKind.Fraction;
            kind = first.Kind == AmountKind.Vague || (first.Approx && first.Kind == AmountKind.Words) ? QuantityBound.Vague : QuantityBound.Exact;
            switch (boundKind)
            {
                case QuantityBound.AtLeast or QuantityBound.MoreThan:
                    kind = boundKind;
                    high = null;
                    approx = false;
                    break;
                case QuantityBound.AtMost or QuantityBound.LessThan:
                    kind = boundKind;
                    low = null;
                    high = first.High;
                    approx = false;
                    break;
                case QuantityBound.About:
                    kind = first.Kind == AmountKind.Vague ? QuantityBound.Vague : QuantityBound.About;
                    approx = true;
                    break;
            }

            approx |= first.Kind is AmountKind.Vague or AmountKind.Fraction;
        }

        var rule = isRange ? $"range-{(between ? "between" : from ? "from" : joiner)}+{first.Rule}" : first.Rule;
        if (boundName is not null)
        {
            rule = $"{boundName}+{rule}";
        }

        if (strong)
        {
            rule += "+strong";
        }

        if (countedRule is not null)
        {
            rule += "+" + countedRule;
        }

        end = quantityEnd;
        var range = new TextRange(s.Tokens[i].Range.Start, s.Tokens[quantityEnd - 1].Range.End);
        mention = new QuantityMention(range, low, high, approx, unit, counted, kind, rule);
        return Outcome.Mention;
    }

    /// <summary>A time unit at <paramref name="k"/>, after at most two lower-case modifiers ("two consecutive quarters") or a hyphen ("41-year").</summary>
    private static bool IsDurationAt(Sentence s, int k)
    {
        if (s.IsDash(k) && s.Glued(k) && s.In(k + 1, IsTimeUnit))
        {
            return true;
        }

        for (var t = k; t < Math.Min(s.Count, k + 3); t++)
        {
            if (s.In(t, IsTimeUnit))
            {
                return true;
            }

            if (!s.IsWord(t) || !char.IsLower(s[t][0]) || s.In(t, IsStop) || s.In(t, IsCounted))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"21 and 26 of September", "seven in the morning": the amount is a day of a month or a time of day.</summary>
    private static bool IsDateOrClockAt(Sentence s, int k) =>
        s.In(k, IsMonth) || (s.Is(k, "of") && s.In(k + 1, IsMonth)) || s.Is(k, "o'clock")
        || (s.Is(k, "in") && s.Is(k + 1, "the") && (s.Is(k + 2, "morning") || s.Is(k + 2, "afternoon") || s.Is(k + 2, "evening")));

    private static bool IsPreposition(BoundPhrase bound) =>
        bound.Words.Length == 1 && bound.Words[0] is "over" or "under" or "above" or "below" or "around" or "some";

    /// <summary>"ISIS twice captured Palmyra": a count of events (rule times-adverb); not "twice as many".</summary>
    private static bool TryTimes(Sentence s, int j, out QuantityMention? mention)
    {
        mention = null;
        var value = s.Is(j, "twice") ? 2 : s.Is(j, "thrice") ? 3 : 0;
        if (value == 0 || s.In(j + 1, IsStop) || !((s.IsWord(j + 1) && s[j + 1].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s.In(j + 1, IsStop))
                            || s.Is(j - 1, "has") || s.Is(j - 1, "have") || s.Is(j - 1, "had")))
        {
            return false;
        }

        mention = new QuantityMention(s.Tokens[j].Range, value, value, false, QuantityUnits.Other, null, QuantityBound.Exact, "times-adverb");
        return true;
    }

    /// <summary>Whether a word can open a quantity: digits, a listed opener, or a hyphenated number word ("twenty-three").</summary>
    private static bool CanOpen(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0]) || QuantityLexicon.MayOpen(word) && OpenerLookup.Contains(word))
        {
            return true;
        }

        var dash = word.IndexOfAny('-', '‑');
        return dash > 0 && NumberWordLookup.ContainsKey(word[..dash]);
    }

    private static BoundPhrase? MatchBound(Sentence s, int i, out int end)
    {
        end = i;
        if (!s.IsWord(i) || !BoundLookup.TryGetValue(s[i], out var phrases))
        {
            return null;
        }

        foreach (var phrase in phrases)
        {
            var matches = true;
            for (var w = 1; w < phrase.Words.Length && matches; w++)
            {
                matches = s.Is(i + w, phrase.Words[w]);
            }

            if (matches)
            {
                end = i + phrase.Words.Length;
                return phrase;
            }
        }

        return null;
    }

    /// <summary>"rose from 14% to 17%" is a change between two amounts, not a range.</summary>
    private static bool FollowsChange(Sentence s, int from)
    {
        for (var b = from - 1; b >= Math.Max(0, from - 10); b--)
        {
            if (b < s.Count && ChangeLookup.Contains(s[b]))
            {
                return true;
            }
        }

        return false;
    }

    private static void ShareAcrossRange(ref Amount first, ref Amount second)
    {
        // "1.5 to 2 million": the second's scale applies to the first when it keeps the order.
        if (!first.Scaled && second.Scaled && first.RawValue is { } raw && second.RawValue is { } raw2 && second.Low / raw2 is var scale && raw * scale <= second.Low)
        {
            first = first with { Low = raw * scale, High = raw * scale, Scaled = true };
        }

        if (!first.Percent && second.Percent)
        {
            first.Percent = true;
        }

        if (first.Currency is not null && second.Currency is null)
        {
            second.Currency = first.Currency;
        }
        else if (first.Currency is null && second.Currency is not null && first.Kind == AmountKind.Digits)
        {
            first.Currency = second.Currency;
        }
    }

    /// <summary>Parses one amount at <paramref name="i"/>: digits, number words, a vague amount or a fraction, with currency and percent.</summary>
    private static Outcome ParseAmount(Sentence s, int i, bool bounded, out Amount amount)
    {
        amount = default;
        if (i >= s.Count)
        {
            return Outcome.None;
        }

        var j = i;
        string? currency = null;
        if (s.IsWord(j) && CurrencyWordLookup.TryGetValue(s[j], out var code) && j + 1 < s.Count && s.Glued(j + 1) && s[j + 1] is "$" or "#")
        {
            currency = code;
            j += 2;
        }
        else if (s.IsWord(j) && s[j].Length == 3 && char.IsUpper(s[j][0]) && CurrencyWordLookup.TryGetValue(s[j], out code)
                 && (s.IsKind(j + 1, TokenKind.Number) || (s.IsKind(j + 1, TokenKind.Symbol) && CurrencySymbolLookup.ContainsKey(s[j + 1]))))
        {
            currency = code;
            j++;
            if (s.IsKind(j, TokenKind.Symbol) && CurrencySymbolLookup.ContainsKey(s[j]))
            {
                j++;
            }
        }
        else if (s.IsKind(j, TokenKind.Symbol) && CurrencySymbolLookup.TryGetValue(s[j], out code))
        {
            currency = code;
            j++;
        }

        Outcome outcome;
        if (s.IsKind(j, TokenKind.Number) || (s.IsWord(j) && char.IsAsciiDigit(s[j][0])))
        {
            outcome = ParseDigits(s, j, currency is not null, bounded, out amount);
        }
        else if (currency is not null)
        {
            return Outcome.None;
        }
        else
        {
            outcome = ParseVague(s, j, out amount);
            if (outcome == Outcome.None)
            {
                outcome = ParseFraction(s, j, out amount);
            }

            if (outcome == Outcome.None)
            {
                outcome = ParseWords(s, j, out amount);
            }
        }

        if (outcome != Outcome.Mention)
        {
            return outcome;
        }

        var k = amount.End;
        amount.Currency ??= currency;
        if (amount.Kind is AmountKind.Digits or AmountKind.Words)
        {
            if (s.Is(k, "%") || s.Is(k, "percent") || s.Is(k, "pc"))
            {
                amount.Percent = true;
                k++;
            }
            else if (s.Is(k, "per") && s.Is(k + 1, "cent"))
            {
                amount.Percent = true;
                k += 2;
            }
            else if (s.Is(k, "percentage") && s.Is(k + 1, "points"))
            {
                amount.Percent = true;
                k += 2;
            }
            else if (s.IsWord(k) && CurrencyNameLookup.TryGetValue(s[k], out var named))
            {
                amount.Currency ??= named;
                k++;
            }
        }

        amount = amount with { End = k };
        return Outcome.Mention;
    }

    private static Outcome ParseDigits(Sentence s, int j, bool hasCurrency, bool bounded, out Amount amount)
    {
        amount = default;
        var token = s[j];
        var numberPart = token;
        var suffix = ReadOnlySpan<char>.Empty;
        if (s.IsWord(j))
        {
            // Digits glued to letters: "15bn", "4GB", "17th", "1990s".
            var split = 0;
            while (split < token.Length && (char.IsAsciiDigit(token[split]) || token[split] is ',' or '.'))
            {
                split++;
            }

            numberPart = token[..split];
            suffix = token[split..];
        }

        if (!NumberParser.TryParse(numberPart, out var number, out var overflow))
        {
            amount = new Amount(j + 1, AmountKind.Digits, 0, 0, "");
            return Outcome.Skip;
        }

        if (overflow)
        {
            amount = new Amount(j + 1, AmountKind.Digits, 0, 0, "");
            return Outcome.Overflow;
        }

        var value = number.Value;
        var rule = "digits";
        var scaled = false;
        string? measure = null;
        if (!suffix.IsEmpty)
        {
            if (GluedScaleLookup.TryGetValue(suffix, out var glued) && (hasCurrency || suffix.Length > 1 || suffix is "k" or "K"))
            {
                value *= glued;
                scaled = true;
                rule = "digits-scale";
            }
            else if (GluedMeasureLookup.Contains(suffix) || GluedScaleLookup.ContainsKey(suffix))
            {
                measure = suffix.ToString();
                rule = "digits-measure";
            }
            else
            {
                // Ordinals ("17th"), decades ("1990s"), codes ("5A"): not counts.
                amount = new Amount(j + 1, AmountKind.Digits, 0, 0, "");
                return Outcome.Skip;
            }
        }

        var k = j + 1;
        if (suffix.IsEmpty && s.IsWord(k) && ScaleLookup.TryGetValue(s[k], out var scale))
        {
            value *= scale;
            scaled = true;
            rule = "digits-scale";
            k++;
        }

        if (value > NumberParser.MaxValue)
        {
            amount = new Amount(k, AmountKind.Digits, 0, 0, "");
            return Outcome.Overflow;
        }

        amount = new Amount(k, AmountKind.Digits, value, value, rule) { Scaled = scaled, RawValue = number.Value, Measure = measure };
        if (hasCurrency || scaled || measure is not null || s.Is(k, "%") || s.Is(k, "percent") || (s.Is(k, "per") && s.Is(k + 1, "cent")))
        {
            return Outcome.Mention;
        }

        var skipEnd = NotACount(s, j, number, bounded);
        if (skipEnd > 0)
        {
            amount = amount with { End = skipEnd };
            return Outcome.Skip;
        }

        return Outcome.Mention;
    }

    /// <summary>
    /// When the bare number at <paramref name="j"/> is a year, date, time, duration, label, model
    /// or phone number, the end of the tokens to skip; else 0.
    /// </summary>
    private static int NotACount(Sentence s, int j, DigitNumber number, bool bounded)
    {
        var plainInteger = !number.Separated && !number.Decimal;

        // Chains glued by "/", ":", "-" or "." ("12/11/2017", "14:58", "2017-11-02", "+963-11-555"): dates, times, phones.
        var chainEnd = j + 1;
        var links = 0;
        while (chainEnd + 1 < s.Count && s.Glued(chainEnd) && s.Glued(chainEnd + 1) && s.IsKind(chainEnd + 1, TokenKind.Number)
               && (s[chainEnd] is "/" or ":" || (s.IsDash(chainEnd) && links > 0) || (s.IsDash(chainEnd) && chainEnd + 2 < s.Count && s.Glued(chainEnd + 2) && s.IsDash(chainEnd + 2))))
        {
            chainEnd += 2;
            links++;
        }

        if (links > 0 || s[Math.Max(0, j - 1)] is "/" or ":" && s.Glued(j) && s.IsKind(j - 2, TokenKind.Number))
        {
            return Math.Max(chainEnd, j + 1);
        }

        if (s.Is(j - 1, "+") && s.Glued(j))
        {
            return j + 1;
        }

        // "'82", "’11": a year written short.
        if ((s.Is(j - 1, "'") || s.Is(j - 1, "’")) && s.Glued(j) && number.IntegerDigits == 2 && !number.Decimal)
        {
            return j + 1;
        }

        // Versions and models: "version 10.4", "iPhone 4", "iOS 5", "777-200LR", "787 Dreamliner".
        if (!number.Separated && (s.In(j - 1, IsLabel) || IsMixedCase(s, j - 1)))
        {
            return j + 1;
        }

        if (s.IsDash(j + 1) && s.Glued(j + 1) && s.Glued(j + 2) && s.IsWord(j + 2) && HasDigit(s[j + 2]))
        {
            return j + 3;
        }

        if (plainInteger && number.IntegerDigits >= 3 && s.IsCapitalised(j + 1) && !s.In(j + 1, IsCounted) && !s.In(j + 1, IsMonth)
            && (IsDeterminer(s, j - 1) || s.Is(j - 1, "a") || s.Is(j - 1, "new") || (s.IsWord(j - 1) && (s[j - 1].EndsWith("'s", StringComparison.Ordinal) || s[j - 1].EndsWith("’s", StringComparison.Ordinal)))))
        {
            return j + 1;
        }

        if (number.LeadingZero)
        {
            return j + 1;
        }

        // Dates: a month beside the number ("March 01", "2 Nov", "Nov. 2").
        if (s.In(j - 1, IsMonth) || (s.Is(j - 1, ".") && s.In(j - 2, IsMonth)) || s.In(j + 1, IsMonth)
            || (s.Is(j + 1, "of") && s.In(j + 2, IsMonth)))
        {
            return j + 1;
        }

        // Times: "1500 GMT", "10 am".
        if (s.In(j + 1, IsTimeWord))
        {
            return j + 2;
        }

        // Durations and ages: "24 hours", "41-year".
        if (s.In(j + 1, IsTimeUnit) || (s.IsDash(j + 1) && s.Glued(j + 1) && s.In(j + 2, IsTimeUnit)))
        {
            return j + 1;
        }

        // Years: a bare four-digit number, unless a bound or a counted noun makes it a count.
        if (plainInteger && number.IntegerDigits == 4 && number.Value is >= 1000 and <= 2100 && !bounded && !s.In(j + 1, IsCounted))
        {
            return j + 1;
        }

        if (plainInteger)
        {
            // Labels: "Route 7", "No. 3", "Group of 20", "Nikkei 225", "A330-200".
            var previous = s.Is(j - 1, ".") && s.Glued(j - 1) ? j - 2 : j - 1;
            if (s.In(previous, IsLabel))
            {
                return j + 1;
            }

            if (s.Is(j - 1, "of") && s.IsCapitalised(j - 2) && NameOfLookup.Contains(s[j - 2]))
            {
                return j + 1;
            }

            if (s.IsDash(j - 1) && s.Glued(j) && s.Glued(j - 1) && s.IsWord(j - 2))
            {
                return j + 1;
            }

            if (s.IsCapitalised(j - 1) && j - 1 > 0 && IsNameLike(s[j - 1]) && !s.In(j - 1, IsMonth))
            {
                return j + 1;
            }

            if (s.IsKind(j - 1, TokenKind.Symbol) && s[j - 1] is "#" or "&")
            {
                return j + 1;
            }
        }

        return 0;
    }

    /// <summary>"iPhone", "iOS": a word with a capital after its first letter names a product.</summary>
    private static bool IsMixedCase(Sentence s, int i)
    {
        if (!s.IsWord(i))
        {
            return false;
        }

        var word = s[i];
        return word.Length > 1 && char.IsLower(word[0]) && word[1..].ContainsAnyInRange('A', 'Z');
    }

    private static bool HasDigit(ReadOnlySpan<char> word) => word.ContainsAnyInRange('0', '9');

    /// <summary>A capitalised word before a number that can make it a name (not a month, a bound or a stop word: "Boeing 737", not "In 300").</summary>
    internal static bool CanNameANumber(ReadOnlySpan<char> word) =>
        IsNameLike(word) && !MonthLookup.Contains(word) && !CountedLookup.ContainsKey(word);

    /// <summary>A capitalised word that can name something numbered (not "Syria's", not a bound word).</summary>
    private static bool IsNameLike(ReadOnlySpan<char> word) =>
        !word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
        && !BoundLookup.ContainsKey(word) && !StopLookup.Contains(word);

    private static Outcome ParseWords(Sentence s, int j, out Amount amount)
    {
        amount = default;
        double total = 0, current = 0;
        var any = false;
        var lastWasUnit = false;
        var dozen = false;
        var startsWithA = false;
        var k = j;
        var limit = Math.Min(s.Count, j + MaxNumberWords);
        while (k < limit && s.IsWord(k))
        {
            var word = s[k];
            if (!any && (s.Is(k, "a") || s.Is(k, "an")) && k + 1 < s.Count && (s.In(k + 1, IsScale) || s.Is(k + 1, "dozen") || s.Is(k + 1, "pair") || s.Is(k + 1, "couple")))
            {
                current = 1;
                any = true;
                startsWithA = true;
                lastWasUnit = false;
                k++;
                continue;
            }

            if (TryNumberWord(word, out var v))
            {
                if (lastWasUnit && !(current % 10 == 0 && current >= 20 && v < 10))
                {
                    break;
                }

                current += v;

                any = true;
                lastWasUnit = true;
                k++;
                continue;
            }

            if (!any)
            {
                return Outcome.None;
            }

            if (s.Is(k, "pair") || s.Is(k, "couple"))
            {
                if (!startsWithA || !s.Is(k + 1, "of"))
                {
                    break;
                }

                current *= 2;
                dozen = s.Is(k, "couple");
                k++;
                break;
            }

            if (s.Is(k, "dozen"))
            {
                current = Math.Max(current, 1) * 12;
                dozen = true;
                lastWasUnit = false;
                k++;
                continue;
            }

            if (ScaleLookup.TryGetValue(word, out var scale) && !word.Equals("bn", StringComparison.OrdinalIgnoreCase))
            {
                if (scale == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }

                lastWasUnit = false;
                k++;
                continue;
            }

            if (s.Is(k, "and"))
            {
                if (s.Is(k + 1, "a") && s.Is(k + 2, "half"))
                {
                    current += 0.5;
                    lastWasUnit = false;
                    k += 3;
                    continue;
                }

                if (k + 1 < s.Count && TryNumberWord(s[k + 1], out _) && (total > 0 || current >= 100))
                {
                    lastWasUnit = false;
                    k++;
                    continue;
                }
            }

            break;
        }

        if (!any || k == j)
        {
            return Outcome.None;
        }

        var value = total + current;
        if (value > NumberParser.MaxValue)
        {
            amount = new Amount(k, AmountKind.Words, 0, 0, "");
            return Outcome.Overflow;
        }

        // A lone "a" before a scale ("a million") reads 1 × scale; a lone "a" with nothing after is not a number.
        if (startsWithA && k == j + 1)
        {
            return Outcome.None;
        }

        // "one of the", "One important difference": "one" counts only before a counted noun or as part of a larger number.
        if (k == j + 1 && value == 1 && (s.Is(k, "of") || s.Is(k, "another") || !s.In(k, IsCounted)))
        {
            amount = new Amount(k, AmountKind.Words, 0, 0, "");
            return Outcome.Skip;
        }

        // "three years", "two-day": durations belong to the dates layer.
        if (s.In(k, IsTimeUnit) || (s.IsDash(k) && s.Glued(k) && s.In(k + 1, IsTimeUnit)))
        {
            amount = new Amount(k, AmountKind.Words, 0, 0, "");
            return Outcome.Skip;
        }

        // "the two companies" refers back; "the Big Three", "Ford Five Hundred" are names.
        var percentNext = s.Is(k, "percent") || s.Is(k, "%") || s.Is(k, "per");
        if ((s.Is(j - 1, "the") && value <= 10 && total == 0 && !percentNext) || (j > 0 && char.IsUpper(s[j][0]) && !startsWithA && !s.In(j - 1, IsStop)
            && !s.IsKind(j - 1, TokenKind.Punctuation) && !s.IsKind(j - 1, TokenKind.Symbol)))
        {
            amount = new Amount(k, AmountKind.Words, 0, 0, "");
            return Outcome.Skip;
        }

        var rule = dozen ? "words-dozen" : "words";
        amount = new Amount(k, AmountKind.Words, value, value, rule) { Approx = dozen && startsWithA, Scaled = total > 0 };
        return Outcome.Mention;
    }

    /// <summary>"twenty-three", "Three", "forty five" (one token at a time).</summary>
    private static bool TryNumberWord(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (NumberWordLookup.TryGetValue(word, out var direct))
        {
            value = direct;
            return true;
        }

        var dash = word.IndexOfAny('-', '‑');
        if (dash <= 0 || !NumberWordLookup.TryGetValue(word[..dash], out var tens) || tens < 20 || tens % 10 != 0
            || !NumberWordLookup.TryGetValue(word[(dash + 1)..], out var unit) || unit is < 1 or > 9)
        {
            return false;
        }

        value = tens + unit;
        return true;
    }

    private static Outcome ParseVague(Sentence s, int j, out Amount amount)
    {
        amount = default;
        if (!s.IsWord(j))
        {
            return Outcome.None;
        }

        // "tens of thousands", "hundreds of thousands".
        if ((s.Is(j, "tens") || s.Is(j, "hundreds")) && s.Is(j + 1, "of") && PluralScale(s, j + 2) is { } of)
        {
            var factor = s.Is(j, "tens") ? 10 : 100;
            amount = Vague(j + 3, "vague-" + (factor == 10 ? "tens" : "hundreds") + "-of", 2 * factor * of, (10 * factor * of) - 1);
            return Outcome.Mention;
        }

        if (PluralScale(s, j) is { } plural)
        {
            amount = Vague(j + 1, "vague-plural-scale", 2 * plural, (10 * plural) - 1);
            return Outcome.Mention;
        }

        if (s.Is(j, "many") && PluralScale(s, j + 1) is { } many)
        {
            amount = Vague(j + 2, "vague-many", 2 * many, (10 * many) - 1);
            return Outcome.Mention;
        }

        if (s.Is(j, "dozens"))
        {
            amount = Vague(j + 1, "vague-dozens", 20, 99);
            return Outcome.Mention;
        }

        if (s.Is(j, "scores") && s.Is(j + 1, "of"))
        {
            amount = Vague(j + 1, "vague-scores", 40, 99);
            return Outcome.Mention;
        }

        var few = s.Is(j, "a") && s.Is(j + 1, "few") ? 2 : 0;
        var several = s.Is(j, "several") ? 1 : 0;
        var handful = s.Is(j, "a") && s.Is(j + 1, "handful") ? 2 : 0;
        if (few > 0 || several > 0)
        {
            var k = j + few + several;
            if (s.Is(k, "dozen"))
            {
                amount = few > 0 ? Vague(k + 1, "vague-a-few-dozen", 24, 60) : Vague(k + 1, "vague-several-dozen", 24, 99);
                return Outcome.Mention;
            }

            if (s.IsWord(k) && ScaleLookup.TryGetValue(s[k], out var scale) && s[k].Length > 2)
            {
                amount = few > 0
                    ? Vague(k + 1, "vague-a-few-scale", 2 * scale, 5 * scale)
                    : Vague(k + 1, "vague-several-scale", 2 * scale, (10 * scale) - 1);
                return Outcome.Mention;
            }

            amount = few > 0 ? Vague(k, "vague-a-few", 2, 5) : Vague(k, "vague-several", 2, 9);
            amount.NeedsCountedNoun = true;
            return Outcome.Mention;
        }

        if (handful > 0)
        {
            amount = Vague(j + 2, "vague-handful", 2, 5);
            amount.NeedsCountedNoun = true;
            return Outcome.Mention;
        }

        return Outcome.None;
    }

    private static Amount Vague(int end, string rule, double low, double high) =>
        new(end, AmountKind.Vague, low, high, rule) { Approx = true };

    /// <summary>The scale of a plural scale word at <paramref name="i"/> ("thousands" → 1000), or null.</summary>
    private static double? PluralScale(Sentence s, int i)
    {
        if (!s.IsWord(i))
        {
            return null;
        }

        var word = s[i];
        if (word.Length < 4 || (word[^1] != 's' && word[^1] != 'S') || !ScaleLookup.TryGetValue(word[..^1], out var scale) || word.Length < 6)
        {
            return null;
        }

        return scale;
    }

    private static Outcome ParseFraction(Sentence s, int j, out Amount amount)
    {
        amount = default;
        var k = j;
        var the = false;
        double multiple = 1;
        if (s.Is(k, "a") || s.Is(k, "an") || s.Is(k, "one"))
        {
            k++;
        }
        else if (s.Is(k, "the"))
        {
            the = true;
            k++;
        }
        else if (s.IsWord(k) && NumberWordLookup.TryGetValue(s[k], out var n) && n is >= 2 and <= 9)
        {
            multiple = n;
            k++;
        }

        if (!s.IsWord(k))
        {
            return Outcome.None;
        }

        var word = s[k];
        double percent;
        var dash = word.IndexOfAny('-', '‑');
        if (dash > 0 && k == j && NumberWordLookup.TryGetValue(word[..dash], out var m) && m is >= 2 and <= 9
            && FractionLookup.TryGetValue(word[(dash + 1)..], out var part))
        {
            // "two-thirds", "three-quarters".
            percent = PluralFraction(word[(dash + 1)..], m, part);
        }
        else if (FractionLookup.TryGetValue(word, out part))
        {
            var plural = word[^1] is 's' or 'S';
            if (plural != (multiple > 1))
            {
                return Outcome.None;
            }

            if (k == j && (!word.Equals("half", StringComparison.OrdinalIgnoreCase)
                           || s.Is(j - 1, "the") || s.Is(j - 1, "first") || s.Is(j - 1, "second") || s.Is(j - 1, "last") || s.Is(j - 1, "other")))
            {
                // A bare fraction word is an ordinal ("third-largest", "the second half of 2017").
                return Outcome.None;
            }

            percent = plural ? PluralFraction(word, multiple, part) : part;
        }
        else
        {
            return Outcome.None;
        }

        k++;
        var followedByWhole = s.Is(k, "of")
            || (word.Equals("half", StringComparison.OrdinalIgnoreCase) && (s.Is(k, "the") || s.Is(k, "its") || s.Is(k, "their")) && s.In(k + 1, IsTerritory));
        if (!followedByWhole)
        {
            return Outcome.None;
        }

        amount = new Amount(k, AmountKind.Fraction, percent, percent, "fraction") { Percent = true, Approx = true, DeterminerThe = the };
        return Outcome.Mention;
    }

    private static double PluralFraction(ReadOnlySpan<char> word, double multiple, double pluralValue)
    {
        // The table holds "thirds" as 67 and "quarters" as 75 (two thirds, three quarters); scale by the numerator.
        var single = word.StartsWith("third", StringComparison.OrdinalIgnoreCase) ? 100.0 / 3
            : word.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) ? 25
            : word.StartsWith("fifth", StringComparison.OrdinalIgnoreCase) ? 20
            : word.StartsWith("tenth", StringComparison.OrdinalIgnoreCase) ? 10
            : pluralValue;
        return Math.Round(single * multiple);
    }

    /// <summary>The unit and counted noun phrase of a quantity ending at <paramref name="end"/>; a null unit rejects it.</summary>
    private static (string? Unit, string? Counted, string? Rule) Attach(Sentence s, int start, int end, Amount amount, bool strong)
    {
        if (amount.Currency is not null)
        {
            return (amount.Currency, null, "money");
        }

        if (amount.Percent)
        {
            var (territory, counted) = OfTerritory(s, end);
            if (amount.Kind == AmountKind.Fraction && amount.DeterminerThe && !territory)
            {
                return (null, null, null);
            }

            return (territory ? QuantityUnits.PercentTerritory : QuantityUnits.Percent, counted, territory ? "of-territory" : null);
        }

        if (amount.Measure is not null)
        {
            return (QuantityUnits.Other, amount.Measure, null);
        }

        var (head, phraseStart) = CountedHead(s, end, amount.Kind == AmountKind.Vague);
        if (amount.NeedsCountedNoun && (head < 0 || !s.In(head, IsCounted)))
        {
            return (null, null, null);
        }

        string unit = QuantityUnits.Other;
        string? countedText = null;
        if (head >= 0)
        {
            countedText = s.Slice(new TextRange(s.Tokens[phraseStart].Range.Start, s.Tokens[head].Range.End)).ToString();
            if (CountedLookup.TryGetValue(s[head], out var known))
            {
                unit = known;
            }
        }
        else if (strong)
        {
            unit = QuantityUnits.Fighters;
        }

        if (unit is QuantityUnits.Villages or QuantityUnits.Towns)
        {
            return (unit, countedText, null);
        }

        // A death toll: "the death toll was at least 24", "Death toll in the bomb attack hits 43".
        for (var b = start - 1; b >= Math.Max(0, start - 8) && !s.IsKind(b, TokenKind.Punctuation) && !s.IsKind(b, TokenKind.Number); b--)
        {
            if (s.Is(b, "toll") || s.Is(b, "tolls"))
            {
                return (QuantityUnits.Killed, countedText, "death-toll");
            }
        }

        // Killed or wounded: a verb just before the quantity, or after its counted phrase.
        for (var b = start - 1; b >= Math.Max(0, start - 3); b--)
        {
            if (s.In(b, IsKill) && (b == start - 1 || s.Is(b, "toll")))
            {
                return (QuantityUnits.Killed, countedText, "kill-verb");
            }

            if (b == start - 1 && s.In(b, IsWound))
            {
                return (QuantityUnits.Wounded, countedText, "wound-verb");
            }

            if (!s.Is(b, "of") && !s.Is(b, "to") && !s.Is(b, "rose") && !s.Is(b, "reached") && !s.Is(b, "at"))
            {
                break;
            }
        }

        var a = head >= 0 ? head + 1 : end;
        for (var steps = 0; a < s.Count && steps < 4; a++, steps++)
        {
            if (s.In(a, IsKill) && !s.Is(a, "toll") && !s.Is(a, "kill"))
            {
                return (QuantityUnits.Killed, countedText, "kill-verb");
            }

            if (s.In(a, IsWound))
            {
                return (QuantityUnits.Wounded, countedText, "wound-verb");
            }

            if (!s.In(a, IsAuxiliary) && !s.Is(a, "more") && !s.Is(a, "others"))
            {
                break;
            }
        }

        return (unit, countedText, null);
    }

    /// <summary>The head token of the noun phrase counted after <paramref name="end"/> and the phrase's first token; head −1 when none.</summary>
    private static (int Head, int Start) CountedHead(Sentence s, int end, bool vague)
    {
        var q = end;
        if (s.Is(q, "of"))
        {
            q++;
            while (q < s.Count && IsDeterminer(s, q))
            {
                q++;
            }
        }
        else if (vague && s.IsWord(q) && !s.In(q, IsCounted) && s.In(q, IsStop))
        {
            return (-1, q);
        }

        var andAllowed = true;
        for (var t = q; t < Math.Min(s.Count, q + CountedWindow); t++)
        {
            if (!s.IsWord(t))
            {
                break;
            }

            if (s.In(t, IsCounted))
            {
                return (t, q);
            }

            if (s.In(t, IsStop) || s.In(t, IsTimeUnit) || s.In(t, IsNumberWord))
            {
                if (s.Is(t, "and") && andAllowed && t > q)
                {
                    andAllowed = false;
                    continue;
                }

                break;
            }
        }

        // No known noun: the run of lower-case words after the number, its last word the head ("two separate attacks").
        var head = -1;
        for (var t = q; t < Math.Min(s.Count, q + 3); t++)
        {
            if (!s.IsWord(t) || s.In(t, IsStop) || s.In(t, IsTimeUnit) || !char.IsLower(s[t][0]) || s[t].EndsWith("ly", StringComparison.Ordinal)
                || (t > q && (s[t].EndsWith("ed", StringComparison.Ordinal) || s[t].EndsWith("ing", StringComparison.Ordinal))))
            {
                break;
            }

            head = t;
        }

        return (head, q);
    }

    /// <summary>Whether "of …" after <paramref name="end"/> names territory ("of the country", "of Syria" in a sentence about control).</summary>
    private static (bool Territory, string? Counted) OfTerritory(Sentence s, int end)
    {
        if (!s.Is(end, "of") && !IsDeterminer(s, end))
        {
            return (false, null);
        }

        var q = s.Is(end, "of") ? end + 1 : end;
        for (var t = q; t < Math.Min(s.Count, q + 5); t++)
        {
            if (s.In(t, IsTerritory))
            {
                return (true, Phrase(s, q, t));
            }

            if (s.IsCapitalised(t) && !IsDeterminer(s, t) && SentenceIsAboutControl(s))
            {
                var last = t;
                while (s.IsCapitalised(last + 1))
                {
                    last++;
                }

                return (true, Phrase(s, q, last));
            }

            if (!s.IsWord(t) || (s.In(t, IsStop) && !IsDeterminer(s, t)))
            {
                break;
            }
        }

        return (false, null);
    }

    private static string Phrase(Sentence s, int from, int to) =>
        s.Slice(new TextRange(s.Tokens[from].Range.Start, s.Tokens[to].Range.End)).ToString();

    private static bool IsDeterminer(Sentence s, int i)
    {
        foreach (var d in Determiners)
        {
            if (s.Is(i, d))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SentenceIsAboutControl(Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i) && ControlLookup.Contains(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
