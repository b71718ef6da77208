#!/usr/bin/env python3
"""Score Sitrep's ACLED coding against CASE 2021 task 2 (ACLED sub-event types of news snippets).

usage: python3 tools/eval/case2021.py SITREP [--all] [--verbose]

Reads ../shared/corpora/case2021-task2 (internal evaluation only: nothing of it is copied into the
repository), runs `SITREP extract` on every snippet (by default only those naming Syria, Iraq or the
Islamic State), and compares the ACLED sub-event type of the first claim Sitrep codes as an event
with the gold label. Reports coverage (snippets with any coded claim), accuracy on covered snippets
over the labels Sitrep can give, and a confusion list.
"""
import collections, csv, json, os, subprocess, sys, tempfile

LABELS = {
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Armed clash": "ARMED_CLASH",
    "Air/drone strike": "AIR_STRIKE",
    "Attack": "ATTACK",
    "Arrests": "ARREST",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Other": "OTHER",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Chemical weapon": "CHEM_WEAP",
    "Grenade": "GRENADE",
}

# The snippet's main event: a change of territory first, then the first coded claim.
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    tsv = os.path.join(here, "..", "..", "..", "shared", "corpora", "case2021-task2", "test_set_final_release_with_labels.tsv")
    rows = list(csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"))
    if "--all" not in argv:
        keys = ("Syria", "Iraq", "ISIS", "ISIL", "Islamic State", "Daesh")
        rows = [r for r in rows if any(k in r["EventSnippet"] for k in keys)]
    with tempfile.TemporaryDirectory() as tmp:
        manifest = os.path.join(tmp, "m.jsonl")
        with open(manifest, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"doc": f"case-{r['id']}", "text": r["EventSnippet"]}) + "\n")
        out = os.path.join(tmp, "out.jsonl")
        subprocess.run([args[0], "extract", manifest, "--out", out], check=False, stderr=subprocess.DEVNULL)
        system = {}
        for line in open(out, encoding="utf-8"):
            d = json.loads(line)
            coded = [c["coding"] for c in d["claims"] if c.get("coding")]
            coded.sort(key=lambda k: k["acled_sub_event_type"] not in TERRITORY)
            system[d["doc"]] = LABELS.get(coded[0]["acled_sub_event_type"]) if coded else None
    reachable = set(LABELS.values())
    covered = right = in_scope = right_in_scope = 0
    confusion = collections.Counter()
    for r in rows:
        gold, got = r["SubType"], system.get(f"case-{r['id']}")
        if gold in reachable:
            in_scope += 1
            right_in_scope += got == gold
        if got is not None:
            covered += 1
            right += got == gold
        confusion[(gold, got)] += 1
    n = len(rows)
    print(f"snippets {n}; coded {covered} ({covered / n:.2f})")
    print(f"sub-event accuracy on coded snippets  {right / max(1, covered):.3f} ({right}/{covered})")
    print(f"sub-event accuracy on snippets whose gold label Sitrep can give  {right_in_scope / max(1, in_scope):.3f} ({right_in_scope}/{in_scope})")
    if "--verbose" in argv:
        for (g, s), k in confusion.most_common(25):
            print(f"  {k:4d}  gold {g:32} sitrep {s}")


if __name__ == "__main__":
    main(sys.argv[1:])
