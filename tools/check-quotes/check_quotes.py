#!/usr/bin/env python3
"""Checks that every quote of the NRW data set is found verbatim in the source documents.

Usage: tools/check-quotes/check_quotes.py SEEDS_FOLDER [DATA.jsonl]

The quotes are the citations' words (every "quote" of a "citations" entry, anywhere in a profile)
and the impulse uptakes' evidence. A quote may leave words out with "[...]"; each part must then be
found, in order. Whitespace counts as one space, a word the source breaks across lines with a
hyphen counts as written once, and the Markdown marks of the extracted text (*emphasis*, **bold**,
<b>, [links](#)) do not count. The source documents stay outside the project; pass their folder.
Exits 1 and names every quote that is not found.
"""
import json
import pathlib
import re
import sys


def normalise(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a Markdown link counts as its text
    text = re.sub(r"</?b>|\*", "", text)  # emphasis marks are not words
    text = re.sub(r"-\s*\n\s*", "-", text)  # a hyphen at the end of a line joins the word
    return re.sub(r"\s+", " ", text).strip()


def found(quote, source):
    at = 0
    for part in [p.strip() for p in quote.split("[...]") if p.strip()]:
        at = source.find(normalise(part), at)
        if at < 0:
            return False
    return True


def quotes(value, path):
    """Yields (path, quote) for every citation quote and uptake evidence under value."""
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("quote", "evidence") and isinstance(child, dict):
                for language, text in child.items():
                    yield f"{path}.{key}.{language}", text
            else:
                yield from quotes(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from quotes(child, f"{path}[{i}]")


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    seeds = pathlib.Path(sys.argv[1])
    data = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "examples/data/nrw-clusters.jsonl")
    texts = sorted(seeds.glob("*.txt"))
    if not texts:
        print(f"no source documents (*.txt) in {seeds}", file=sys.stderr)
        return 2
    source = " ".join(normalise(p.read_text(encoding="utf-8")) for p in texts)
    missing, checked = [], 0
    for line in data.read_text(encoding="utf-8").splitlines():
        profile = json.loads(line)
        for path, quote in quotes(profile, "$"):
            checked += 1
            if not found(quote, source):
                missing.append((profile["organisation"]["id"], path, quote))
    for cluster, path, quote in missing:
        print(f"not found: {cluster} {path}: {quote}")
    print(f"{checked - len(missing)} of {checked} quotes found verbatim in {seeds}")
    return 1 if missing or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
