#!/usr/bin/env python3
"""The commonest kinds of miss of a claims file against gold, with the reference scorer's alignment.

usage: python3 tools/eval/claim_misses.py GOLD.jsonl SYSTEM.jsonl [N]

Kinds: "missed KIND/STATUS-OR-TYPE" (a gold claim nothing paired with), "spurious KIND/..." (a
system claim with no gold), and "wrong KIND FIELD" (a paired claim whose strict field disagrees).
Imports score_claims.py from ../shared/tools beside the repository (development only).
"""
import collections, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "shared", "tools"))
import score_claims as S  # noqa: E402


def detail(c):
    return c.get("status") or c.get("event_type") or "-"


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    gold, system = S.load(argv[0]), S.load(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 10
    kinds = collections.Counter()
    for name, g in gold.items():
        s = system.get(name, {})
        for kind in S.KINDS:
            gk = [c for c in g.get("claims") or [] if c.get("kind") == kind]
            sk = [c for c in s.get("claims") or [] if c.get("kind") == kind]
            pairs = S.align(gk, sk)
            pg, ps = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
            for c in gk:
                if id(c) not in pg:
                    kinds[f"missed {kind}/{detail(c)}"] += 1
            for c in sk:
                if id(c) not in ps:
                    kinds[f"spurious {kind}/{detail(c)}"] += 1
            for a, b in pairs:
                for f in S.STRICT[kind]:
                    if not S.field_ok(f, a, b):
                        kinds[f"wrong {kind} {f}"] += 1
    for k, v in kinds.most_common(n):
        print(f"{v:4d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
