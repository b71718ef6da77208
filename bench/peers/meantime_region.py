#!/usr/bin/env python3
"""Keep only the quantity mentions a MEANTIME annotator could have annotated.

MEANTIME annotates VALUE (numbers, money, percentages) only in the title and the first sentences
of each Wikinews article: in the English section 416 of its 418 VALUE spans lie in sentences 0-5 of
the source XML (title, dateline, then the first four body sentences; the other two in sentence 6). score_quantities.py scores the whole
text, so every number a recogniser finds further down counts as spurious and span precision
measures the article length rather than the recogniser. This script drops the system's quantity
mentions that start after the annotated region, the same way for Sitrep and for any peer, so both
can also be compared on the part of the text that has gold.

usage: python3 meantime_region.py SYSTEM.jsonl OUT.jsonl [--corpora DIR] [--last-sentence N]
  DIR defaults to ../../../shared/corpora (../shared beside the repository); N defaults to 5.
  The text layout is rebuilt with bench_prepare.py's own detokeniser (imported from DIR/../tools),
  so offsets are the ones `bench_prepare.py meantime` wrote. Development only: never a run-time
  dependency of Sitrep.
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET


def main(argv):
    corpora = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora")
    last = 5
    args, i = [], 0
    while i < len(argv):
        if argv[i] in ("--corpora", "--last-sentence") and i + 1 < len(argv):
            corpora, last = (argv[i + 1], last) if argv[i] == "--corpora" else (corpora, int(argv[i + 1]))
            i += 2
            continue
        args.append(argv[i])
        i += 1
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, os.path.join(corpora, "..", "tools"))
    from bench_prepare import detok  # noqa: E402  (the preparer's own layout)

    region_end = {}
    for path in sorted(glob.glob(os.path.join(corpora, "meantime-en", "intra_cross-doc_annotation", "*", "*.xml"))):
        r = ET.parse(path).getroot()
        sents = {}
        for t in r.findall("token"):
            sents.setdefault(int(t.get("sentence")), []).append(t)
        text, end = "", None
        for i, sn in enumerate(sorted(sents)):
            s_text, _ = detok([t.text or "" for t in sents[sn]])
            if i > 0:
                text += "\n" if i <= 2 else " "
            text += s_text
            if sn <= last:
                end = len(text)
        # The document name as bench_prepare.py writes it.
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", r.get("doc_name") or os.path.splitext(os.path.basename(path))[0])
        region_end[name.removesuffix(".txt")] = end if end is not None else 0

    kept = dropped = 0
    with open(args[0], encoding="utf-8") as f, open(args[1], "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            key = os.path.basename(rec["doc"]).removesuffix(".txt")
            if key not in region_end:
                raise SystemExit(f"meantime_region: {rec['doc']} is not a MEANTIME document")
            limit = region_end[key]
            mentions = []
            for m in rec["mentions"]:
                if m.get("layer") == "quantity" and m["start"] >= limit:
                    dropped += 1
                    continue
                kept += m.get("layer") == "quantity"
                mentions.append(m)
            rec["mentions"] = mentions
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"meantime_region: kept {kept} quantity mentions in sentences 0-{last}, dropped {dropped} after them", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
