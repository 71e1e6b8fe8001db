"""Score attributed quotes against a gold set (the metric of ``shared/bench/score.py``).

Gold lines: ``{"id", "text", "quotes": [{"quote": [s, e], "speaker": [s, e] | null,
"cue": [s, e] | null, "speaker_name": str, ...}]}``. A gold quote is found when a predicted span
covers more than 30 % (lenient) or 80 % (strict) of it, matched greedily; on found quotes we
count speaker-mention, cue and speaker-name accuracy; attribution F1 counts a prediction only
when its quote is found and its speaker name is right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

THRESHOLDS = (0.3, 0.8)
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "hon", "rev",
              "sen", "rep", "gov", "president", "prime", "minister", "chief", "mayor", "premier",
              "the"}


def scoring_tokens(name: str | None) -> list[str]:
    """The benchmark's name tokens: accents, case, possessives and honorifics ignored."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s\b|’s\b", "", text)
    tokens = re.findall(r"[a-z0-9]+", text)
    core = [t for t in tokens if t not in HONORIFICS]
    return core or tokens


def same_person(gold: str | None, pred: str | None) -> bool:
    g, p = scoring_tokens(gold), scoring_tokens(pred)
    if not g:
        return not p
    if not p:
        return False
    return set(g) <= set(p) or (len(p) >= 2 and set(p) <= set(g) and p[-1] == g[-1])


def coverage(gold: list[int] | None, pred: list[int] | None) -> float:
    """Share of the gold span covered by the predicted span."""
    if not gold or not pred or gold[1] <= gold[0]:
        return 0.0
    inter = max(0, min(gold[1], pred[1]) - max(gold[0], pred[0]))
    return inter / (gold[1] - gold[0])


def overlaps(a: list[int] | None, b: list[int] | None) -> bool:
    return bool(a and b and min(a[1], b[1]) > max(a[0], b[0]))


@dataclass
class Match:
    """A gold quote and the prediction matched to it (None when missed)."""

    article: str
    gold: dict[str, Any]
    pred: dict[str, Any] | None
    speaker_ok: bool = False
    cue_ok: bool = False
    name_ok: bool = False


@dataclass
class Scores:
    threshold: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker: int = 0
    cue: int = 0
    name: int = 0
    matches: list[Match] = field(default_factory=list)
    unmatched: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def attribution_f1(self) -> float:
        return _f1(_ratio(self.name, self.tp + self.fp), _ratio(self.name, self.tp + self.fn))

    def as_dict(self) -> dict[str, float | int]:
        return {
            "thr": self.threshold,
            "P": self.precision,
            "R": self.recall,
            "F1": self.f1,
            "speaker_mention_acc": _ratio(self.speaker, self.tp),
            "cue_acc": _ratio(self.cue, self.tp),
            "speaker_name_acc": _ratio(self.name, self.tp),
            "attribution_F1": self.attribution_f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Mapping[str, dict], pred: Mapping[str, dict], threshold: float) -> Scores:
    """Greedy matching of each gold quote to the best remaining prediction, as score.py does."""
    result = Scores(threshold)
    for article_id, article in gold.items():
        text = article["text"]
        remaining = list(pred.get(article_id, {}).get("quotes", []))
        for gq in article["quotes"]:
            best, best_cover = None, threshold
            for pq in remaining:
                cover = coverage(gq["quote"], pq.get("quote"))
                if cover > best_cover:
                    best, best_cover = pq, cover
            if best is None:
                result.fn += 1
                result.matches.append(Match(article_id, gq, None))
                continue
            remaining.remove(best)
            result.tp += 1
            match = Match(article_id, gq, best)
            match.speaker_ok = overlaps(gq.get("speaker"), best.get("speaker")) or (
                not gq.get("speaker") and not best.get("speaker")
            )
            match.cue_ok = _cue_text(text, gq.get("cue")) == _cue_text(text, best.get("cue"))
            match.name_ok = same_person(gq.get("speaker_name", ""), best.get("speaker_name", ""))
            result.speaker += match.speaker_ok
            result.cue += match.cue_ok
            result.name += match.name_ok
            result.matches.append(match)
        result.fp += len(remaining)
        result.unmatched.extend((article_id, pq) for pq in remaining)
    return result


def _cue_text(text: str, span: list[int] | None) -> str:
    return text[span[0] : span[1]].lower() if span else ""


def load_jsonl(path: str | Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row for row in rows}


def prediction_line(article_id: str, records: Iterable[Any]) -> dict[str, Any]:
    """A score.py prediction line from quote records (offsets into the article's text)."""
    quotes = []
    for r in records:
        quotes.append(
            {
                "quote": [r.quote_start, r.quote_end],
                "speaker": (
                    [r.speaker_start, r.speaker_end] if r.speaker_start is not None else None
                ),
                "cue": [r.cue_start, r.cue_end] if r.cue_start is not None else None,
                "speaker_name": r.speaker_name or "",
                "confidence": r.confidence,
            }
        )
    return {"id": article_id, "quotes": quotes}


def format_scores(results: Iterable[Scores]) -> str:
    """The same two lines score.py prints."""
    lines = []
    for s in results:
        d = s.as_dict()
        body = " ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items()
        )
        lines.append(f"at{s.threshold} {body}")
    return "\n".join(lines)


def confidence_bands(result: Scores, bands: Iterable[tuple[float, float]] = (
        (0.8, 1.01), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4))) -> list[tuple[str, int, float]]:
    """Attribution precision of predictions by confidence band: (band, count, precision).

    A prediction is right when it matched a gold quote and names the right speaker.
    """
    rows = []
    correct = [m.pred for m in result.matches if m.pred is not None and m.name_ok]
    wrong = [m.pred for m in result.matches if m.pred is not None and not m.name_ok]
    wrong += [pq for _, pq in result.unmatched]
    for low, high in bands:
        good = sum(1 for p in correct if low <= p.get("confidence", 0) < high)
        bad = sum(1 for p in wrong if low <= p.get("confidence", 0) < high)
        label = f"{low:.1f}-{min(high, 1.0):.1f}"
        rows.append((label, good + bad, _ratio(good, good + bad)))
    return rows
