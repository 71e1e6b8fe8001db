"""Score the tool on a tuning half and a set-aside half of each development set.

Rules tuned while looking at every article of a gold set fit those articles: the figures then
say little about articles nobody tuned on. This harness splits each development set in two
and, by default, prints only the **tuning** halves. Tune on them; look at the set-aside halves
(``--set-aside``) rarely, and only at their aggregate figures, to see whether a change carries
over.

- ``dev.jsonl`` (news): even line indexes (0, 2, 4, ...) tune, odd indexes are set aside.
- ``gum_dev_speech.jsonl`` / ``gum_dev.jsonl`` (GUM): the genres ``letter`` and ``essay`` are
  set aside; every other genre tunes.
- ``--own FILE`` (any number): a gold file of your own articles in the ``dev.jsonl`` format,
  split like ``dev.jsonl`` (even line indexes tune, odd ones are set aside). Annotate a few
  dozen articles of the kind you work on, and you can see how the tool does on them.

The tool runs once per document (one pipeline, loaded once, over a temporary copy of the
documents; nothing is written into the project), and each half is scored with
``quotes.evaluate`` -- the metric of ``quotes evaluate`` and ``score.py``. For each half it
prints F1 at 0.3 and 0.8 overlap, precision, recall, cue and speaker-name accuracy,
attribution F1, attribution precision by confidence band, and speaker-name accuracy by how the
gold speaker is written (proper name / pronoun / description / floating). For GUM it also
prints name accuracy on direct and reported speech of the non-transcript genres, and recall
and name accuracy by genre.

    .venv/bin/python scripts/evaluate_halves.py                # tuning halves
    .venv/bin/python scripts/evaluate_halves.py --errors 5     # + error classes, 5 examples
    .venv/bin/python scripts/evaluate_halves.py --set-aside    # the set-aside halves too
    .venv/bin/python scripts/evaluate_halves.py --sets --own mine.jsonl  # only your own set
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.cli import predictions_by_gold_id
from quotes.evaluate import THRESHOLDS, Match, Scores, confidence_bands, score
from quotes.extraction import extract
from quotes.pipeline import load_pipeline

BENCH = Path("/work/shared/bench")
SET_ASIDE_GENRES = frozenset({"letter", "essay"})
NON_TRANSCRIPT_GENRES = frozenset(
    {"bio", "essay", "letter", "textbook", "academic", "whow", "voyage", "fiction"})
MENTION_TYPES = ("name", "pronoun", "description", "floating")
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "that", "this", "these", "those", "one", "someone", "somebody",
    "everyone", "everybody"})
HEAD_STOP = frozenset({"of", "for", "at", "with", "from", "in", "on", "who", "which", "that",
                       "and", "to", "by", "about"})
WORD = re.compile(r"[\w'’.-]+")


# --------------------------------------------------------------------------- sets and halves


@dataclass
class Half:
    """One half of one gold set: its records by id."""

    name: str
    gold: dict[str, dict]


@dataclass
class GoldSet:
    """A gold file and the rule that splits its records into a tuning and a set-aside half."""

    label: str
    path: Path
    is_set_aside: Callable[[int, dict], bool]

    def halves(self) -> tuple[Half, Half]:
        tuning, aside = {}, {}
        for index, record in enumerate(read_jsonl(self.path)):
            (aside if self.is_set_aside(index, record) else tuning)[record["id"]] = record
        return Half(f"{self.label} tuning", tuning), Half(f"{self.label} set-aside", aside)


def odd_line(index: int, record: dict) -> bool:
    """dev.jsonl: odd line indexes are set aside (a split that ignores outlet and topic)."""
    return index % 2 == 1


def set_aside_genre(index: int, record: dict) -> bool:
    """GUM: whole genres are set aside, so their writing conventions stay unseen."""
    return record.get("genre") in SET_ASIDE_GENRES


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- running the tool


def predict(records: Iterable[dict], nlp, batch_size: int) -> dict[str, dict]:  # noqa: ANN001
    """Predictions by record id: each distinct document is run once, from a temporary file."""
    unique: dict[str, dict] = {}
    for record in records:
        seen = unique.setdefault(record["id"], record)
        if seen["text"] != record["text"]:
            raise ValueError(f"two different documents share the id {record['id']!r}")
    with tempfile.TemporaryDirectory(prefix="quotes-halves-") as folder:
        path = Path(folder) / "documents.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in unique.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        result = extract([str(path)], nlp, batch_size=batch_size)
    if result.errors:
        raise ValueError(f"unreadable records: {[str(e) for e in result.errors][:3]}")
    return predictions_by_gold_id(result)


# --------------------------------------------------------------------------- mention types


def mention_type(record: dict, gold_quote: dict) -> str:
    """How the gold speaker is written: ``name``, ``pronoun``, ``description`` or ``floating``.

    Floating: no speaker mention, or one in another paragraph than the quote (the reader
    carries the speaker over). Otherwise the words before the first preposition, comma or
    relative pronoun are the mention's head phrase: a pronoun, a proper name when its last
    word is capitalised (``Prime Minister Jan Novak``, ``the Health Ministry``), else a
    description (``a spokesperson for the ministry``, ``the company``). A capital at the start
    of a sentence says nothing, so a lone sentence-initial word counts as a name only when the
    text never writes it in lower case.
    """
    text = record["text"]
    speaker, quote = gold_quote.get("speaker"), gold_quote["quote"]
    if not speaker:
        return "floating"
    if "\n" in _between(text, speaker, quote):
        return "floating"
    words = WORD.findall(text[speaker[0]:speaker[1]])
    if not words:
        return "floating"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    head = _head_phrase(words)
    last = head[-1]
    if not last[:1].isupper():
        return "description"
    if len(head) == 1 and _sentence_initial(text, speaker[0]) and re.search(
            rf"\b{re.escape(last.lower())}\b", text):
        return "description"
    return "name"


def _between(text: str, a: Sequence[int], b: Sequence[int]) -> str:
    """The text between two spans (empty when they overlap)."""
    if a[1] <= b[0]:
        return text[a[1]:b[0]]
    if b[1] <= a[0]:
        return text[b[1]:a[0]]
    return ""


def _head_phrase(words: Sequence[str]) -> list[str]:
    head = []
    for word in words:
        if head and word.lower() in HEAD_STOP:
            break
        head.append(word)
    while len(head) > 1 and head[-1].lower() in {"'s", "’s"}:
        head.pop()
    return head


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘")
    return not before or before[-1] in ".!?\n:"


# --------------------------------------------------------------------------- reporting


def mention_type_rows(gold: dict[str, dict], result: Scores) -> list[tuple[str, int, int, int]]:
    """(type, gold quotes, found, found with the right name) for each mention type."""
    totals: dict[str, list[int]] = {t: [0, 0, 0] for t in MENTION_TYPES}
    for match in result.matches:
        row = totals[mention_type(gold[match.article], match.gold)]
        row[0] += 1
        if match.pred is not None:
            row[1] += 1
            row[2] += match.name_ok
    return [(t, *totals[t]) for t in MENTION_TYPES]


def speech_kind_rows(gold: dict[str, dict], result: Scores,
                     genres: frozenset[str]) -> list[tuple[str, int, int, int]]:
    """(direct|reported, gold quotes, found, right name) on records of the given genres."""
    totals: dict[str, list[int]] = {"direct": [0, 0, 0], "reported": [0, 0, 0]}
    for match in result.matches:
        if gold[match.article].get("genre") not in genres:
            continue
        row = totals["direct" if match.gold.get("direct") else "reported"]
        row[0] += 1
        if match.pred is not None:
            row[1] += 1
            row[2] += match.name_ok
    return [(kind, *values) for kind, values in totals.items()]


def genre_rows(gold: dict[str, dict], result: Scores) -> list[tuple[str, int, int, int]]:
    """(genre, gold quotes, found, found with the right name) for each genre of a half."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for match in result.matches:
        row = totals[gold[match.article].get("genre") or "?"]
        row[0] += 1
        if match.pred is not None:
            row[1] += 1
            row[2] += match.name_ok
    return [(genre, *totals[genre]) for genre in sorted(totals)]


def report_half(half: Half, predictions: dict[str, dict]) -> str:
    """The figures of one half as a small block of text."""
    pred = {key: predictions.get(key, {"id": key, "quotes": []}) for key in half.gold}
    lenient, strict = (score(half.gold, pred, t) for t in THRESHOLDS)
    quotes = sum(len(r["quotes"]) for r in half.gold.values())
    d = lenient.as_dict()
    lines = [
        f"== {half.name}: {len(half.gold)} documents, {quotes} gold quotes",
        f"  F1@0.3={lenient.f1:.3f} F1@0.8={strict.f1:.3f} P={d['P']:.3f} R={d['R']:.3f} "
        f"cue={d['cue_acc']:.3f} name={d['speaker_name_acc']:.3f} "
        f"attrF1={lenient.attribution_f1:.3f} (tp={lenient.tp} fp={lenient.fp} "
        f"fn={lenient.fn})",
        "  attribution precision by confidence band (at0.3): " + "  ".join(
            f"{band}: {precision:.3f} ({count})"
            for band, count, precision in confidence_bands(lenient)),
        "  name accuracy by gold mention type (found/gold, right/found): " + "  ".join(
            f"{kind} {found}/{total} {_ratio(right, found):.3f}"
            for kind, total, found, right in mention_type_rows(half.gold, lenient)),
    ]
    if any("genre" in r for r in half.gold.values()):
        lines.append("  non-transcript genres, name accuracy (found/gold, right/found): " +
                     "  ".join(f"{kind} {found}/{total} {_ratio(right, found):.3f}"
                               for kind, total, found, right in speech_kind_rows(
                                   half.gold, lenient, NON_TRANSCRIPT_GENRES)))
        lines.append("  by genre (found/gold, right/found): " + "  ".join(
            f"{genre} {found}/{total} {_ratio(right, found):.2f}"
            for genre, total, found, right in genre_rows(half.gold, lenient)))
    return "\n".join(lines)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


# --------------------------------------------------------------------------- error classes


def error_classes(half: Half, predictions: dict[str, dict]) -> dict[str, list[str]]:
    """Every error of a half, by class, each with a one-line excerpt for a developer's eye."""
    pred = {key: predictions.get(key, {"id": key, "quotes": []}) for key in half.gold}
    lenient = score(half.gold, pred, THRESHOLDS[0])
    classes: dict[str, list[str]] = defaultdict(list)
    for match in lenient.matches:
        record = half.gold[match.article]
        kind = mention_type(record, match.gold)
        if match.pred is None:
            cue = "cue" if match.gold.get("cue") else "no cue"
            classes[f"missed quote ({kind} speaker, {cue})"].append(_excerpt(record, match))
        elif not match.name_ok:
            classes[_wrong_name_class(record, match, kind)].append(_excerpt(record, match))
        elif not _cue_ok(record["text"], match):
            classes["right speaker, wrong cue"].append(_excerpt(record, match))
    for article, quote in lenient.unmatched:
        text = half.gold[article]["text"]
        s, e = quote["quote"]
        classes["false positive"].append(
            f"{article}: [{_clip(text[s:e])}] -> {quote.get('speaker_name')!r}")
    return classes


FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _wrong_name_class(record: dict, match: Match, kind: str) -> str:
    """``no speaker``, or a wrong one: left as written (``the company`` never linked to a
    name) or linked to another entity; pronouns split into I/we/you and third person, since
    the first need to know who is talking and the second need an antecedent."""
    text, pred = record["text"], match.pred or {}
    if kind == "pronoun":
        written = (match.gold.get("speaker_text") or "").lower()
        kind = "I/we/you pronoun" if written in FIRST_SECOND_PERSON else "3rd-person pronoun"
    if not pred.get("speaker_name"):
        return f"no speaker ({kind} speaker)"
    span = pred.get("speaker")
    written = text[span[0]:span[1]] if span else ""
    left = _name_key(written) == _name_key(pred["speaker_name"])
    how = "left as written" if left else "linked to another entity"
    return f"wrong speaker ({kind} speaker, {how})"


def _name_key(name: str) -> str:
    words = [w for w in WORD.findall(name.lower()) if w not in {"the", "a", "an"}]
    return " ".join(words)


def _cue_ok(text: str, match: Match) -> bool:
    def cue(span: list[int] | None) -> str:
        return text[span[0]:span[1]].lower() if span else ""
    return match.pred is not None and cue(match.gold.get("cue")) == cue(match.pred.get("cue"))


def _excerpt(record: dict, match: Match) -> str:
    text, gold, pred = record["text"], match.gold, match.pred or {}
    s, e = gold["quote"]
    cue = gold.get("cue")
    return (f"{match.article}: [{_clip(text[s:e])}] gold {gold.get('speaker_text')!r}="
            f"{gold.get('speaker_name')!r} cue {text[cue[0]:cue[1]] if cue else None!r}; "
            f"got {pred.get('speaker_name')!r} cue "
            f"{text[pred['cue'][0]:pred['cue'][1]] if pred.get('cue') else None!r}")


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_errors(half: Half, predictions: dict[str, dict], examples: int) -> None:
    classes = error_classes(half, predictions)
    print(f"-- error classes on {half.name} (largest first)")
    for name, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):4d}  {name}")
        for item in items[:examples]:
            print(f"          {item}")


# --------------------------------------------------------------------------- main


def gold_sets(args: argparse.Namespace) -> list[GoldSet]:
    sets = []
    if "dev" in args.sets:
        sets.append(GoldSet("dev", args.bench / "dev.jsonl", odd_line))
    if "gum_speech" in args.sets:
        sets.append(GoldSet("gum_dev_speech", args.bench / "gum_dev_speech.jsonl",
                            set_aside_genre))
    if "gum" in args.sets:
        sets.append(GoldSet("gum_dev", args.bench / "gum_dev.jsonl", set_aside_genre))
    sets.extend(GoldSet(path.stem, path, odd_line) for path in args.own)
    return sets


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH,
                        help=f"folder holding the gold files (default {BENCH})")
    parser.add_argument("--sets", nargs="*", default=["dev", "gum_speech"],
                        choices=["dev", "gum_speech", "gum"], help="gold sets to score")
    parser.add_argument("--own", type=Path, nargs="+", default=[], metavar="FILE",
                        help="gold files of your own articles (dev.jsonl format), split by "
                             "line like dev.jsonl")
    parser.add_argument("--set-aside", action="store_true",
                        help="also print the set-aside halves (aggregate figures only)")
    parser.add_argument("--errors", type=int, metavar="N", default=None,
                        help="print the error classes of the tuning halves, N examples each")
    parser.add_argument("--model", help="spaCy pipeline (default as for `quotes`)")
    parser.add_argument("--rules", metavar="DIR", help="extra rules folder")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)

    sets = gold_sets(args)
    halves = [pair for gold_set in sets for pair in [gold_set.halves()]]
    wanted = [h for tuning, aside in halves for h in ((tuning, aside) if args.set_aside
                                                       else (tuning,))]
    nlp = load_pipeline(args.model, args.rules)
    predictions = predict((r for h in wanted for r in h.gold.values()), nlp, args.batch_size)
    for half in wanted:
        print(report_half(half, predictions))
    if args.errors is not None:
        for tuning, _ in halves:
            print_errors(tuning, predictions, args.errors)
    counts = Counter(h.name.split()[-1] for h in wanted)
    print(f"({', '.join(f'{n} {kind}' for kind, n in counts.items())} halves scored)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
