#!/usr/bin/env python3
"""Checks that every quote of the NRW data set is found verbatim in the source documents.

Usage: tools/check-quotes/check_quotes.py SEEDS_FOLDER [DATA.jsonl]

The quotes are the evidence of the impulse uptakes (the paper's sentence that ties a cluster's
activity to an impulse). A quote may leave words out with "[...]"; each part must then be found,
in order. Whitespace counts as one space, and a word the source breaks across lines with a hyphen
counts as written once. The source documents stay outside the project; pass their folder.
Exits 1 and names every quote that is not found.
"""
import json
import pathlib
import re
import sys


def normalise(text):
    text = re.sub(r"-\s*\n\s*", "-", text)  # a hyphen at the end of a line joins the word
    return re.sub(r"\s+", " ", text).strip()


def found(quote, source):
    at = 0
    for part in [p.strip() for p in quote.split("[...]") if p.strip()]:
        at = source.find(normalise(part), at)
        if at < 0:
            return False
    return True


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    seeds = pathlib.Path(sys.argv[1])
    data = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "examples/data/nrw-clusters.jsonl")
    source = " ".join(normalise(p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt")))
    missing, checked = [], 0
    for line in data.read_text(encoding="utf-8").splitlines():
        profile = json.loads(line)
        for uptake in profile.get("impulseUptakes", []):
            for quote in uptake.get("evidence", {}).values():
                checked += 1
                if not found(quote, source):
                    missing.append((profile["organisation"]["id"], uptake["impulse"], quote))
    for cluster, impulse, quote in missing:
        print(f"not found: {cluster} {impulse}: {quote}")
    print(f"{checked - len(missing)} of {checked} quotes found verbatim in {seeds}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
