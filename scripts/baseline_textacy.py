"""Score textacy's rule-based ``direct_quotations`` extractor on a gold set, for comparison.

Not a test: run it by hand to see what an open rule-based extractor scores on the same articles,
with the same metric and the same spaCy model as ``quotes evaluate``.

    .venv/bin/pip install -e '.[baseline]'     # textacy is an optional extra
    .venv/bin/python scripts/baseline_textacy.py ../shared/bench/dev.jsonl

textacy finds direct quotations only, gives up on an article with an odd number of quotation
marks, and names the speaker as written (``he``), so its attribution F1 shows what resolving
speakers to names is worth.
"""

from __future__ import annotations

import argparse

import spacy
from textacy.extract.triples import direct_quotations

from quotes.evaluate import THRESHOLDS, format_scores, load_jsonl, score
from quotes.pipeline import default_model


def predictions(doc: spacy.tokens.Doc) -> list[dict]:
    """score.py prediction quotes from textacy's (speaker, cue, content) triples."""
    found = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on an odd number of quotation marks
        return found
    for triple in triples:
        content, speaker, cue = triple.content, triple.speaker, triple.cue
        found.append({
            "quote": [content.start_char, content.end_char],
            "speaker": [speaker[0].idx, speaker[-1].idx + len(speaker[-1])] if speaker else None,
            "cue": [cue[0].idx, cue[-1].idx + len(cue[-1])] if cue else None,
            "speaker_name": " ".join(t.text for t in speaker),
        })
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--model")
    args = parser.parse_args()

    gold = load_jsonl(args.gold)
    nlp = spacy.load(args.model or default_model())
    ids = list(gold)
    docs = nlp.pipe((gold[i]["text"] for i in ids), batch_size=16)
    pred = {i: {"id": i, "quotes": predictions(doc)} for i, doc in zip(ids, docs, strict=True)}
    print(format_scores(score(gold, pred, threshold) for threshold in THRESHOLDS))


if __name__ == "__main__":
    main()
