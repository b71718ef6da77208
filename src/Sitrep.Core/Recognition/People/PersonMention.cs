using Sitrep.Text;

namespace Sitrep.Recognition.People;

/// <summary>
/// A person named in the text: the span, the full name the article gives them (later surname-only
/// mentions carry the full name too), the organisation they speak for (an actor id, or null), their
/// role, and the rule that recognised the name and the one that found the organisation.
/// </summary>
public sealed record PersonMention(TextRange Range, string Name, string? Org, string? Role, string Rule, string? OrgRule);
