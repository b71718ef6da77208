using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A place mention before resolution: the mention as recognised (span, reported name, level,
/// qualifier, rule), the gazetteer entries its name may refer to, whether the level was fixed by a
/// noun ("X province"), whether the text put something at it ("in X", "the town of X"), and, for a
/// name found only approximately (<see cref="FuzzyNames"/>), the similarity of the nearest keys.
/// </summary>
internal sealed record PlaceCandidate(ToponymMention Mention, ImmutableArray<int> EntryIds, bool LevelFixed, bool Supported, double? Fuzzy = null);
