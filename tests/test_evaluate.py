"""The scorer must give exactly the figures of the reference script ``shared/bench/score.py``.

Gold and predictions here are small invented articles; every expected figure is worked out by
hand in the comments.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quotes.evaluate import (
    confidence_bands,
    coverage,
    format_scores,
    load_jsonl,
    overlaps,
    prediction_line,
    same_person,
    score,
    scoring_tokens,
)
from quotes.model import QuoteRecord

REFERENCE = Path("/work/shared/bench/score.py")


def span(text: str, part: str, start: int = 0) -> list[int]:
    """Offsets of ``part`` in ``text`` (first occurrence at or after ``start``)."""
    at = text.index(part, start)
    return [at, at + len(part)]


def head(s: list[int], share: float) -> list[int]:
    """A span covering the first ``share`` of ``s``."""
    return [s[0], s[0] + round((s[1] - s[0]) * share)]


# Article a1: an exact match, a half-covered quote (found at 0.3, missed at 0.8) with an
# honorific and accents in the gold name and the wrong cue, and a quote covered only 20 %.
A1 = (
    "“We will rebuild the bridge by spring,” said Mayor Ana López. "
    "“Every family will get help with the repairs,” Dr. José Núñez told reporters. "
    "“Nobody should sleep outside tonight while the shelters still have room,” "
    "the volunteer said."
)
# Article a2: an exact match with the wrong speaker, an exact match with no speaker mention and
# no cue (the name differs only by "the"), and a prediction that matches nothing.
A2 = (
    "“The river rose faster than anyone expected,” said Tom Baker. "
    "“Boil your drinking water until further notice.” "
    "Residents were told to stay home."
)


def gold_quote(text: str, quote: str, speaker: str | None, cue: str | None, name: str,
               after: int = 0) -> dict[str, Any]:
    q = span(text, quote, after)
    return {
        "quote": q,
        "speaker": span(text, speaker, q[1]) if speaker else None,
        "cue": span(text, cue, q[1]) if cue else None,
        "speaker_name": name,
    }


G1 = gold_quote(A1, "“We will rebuild the bridge by spring,”", "Ana López", "said", "Ana López")
G2 = gold_quote(A1, "“Every family will get help with the repairs,”", "Dr. José Núñez", "told",
                "Dr. José Núñez")
G3 = gold_quote(A1, "“Nobody should sleep outside tonight while the shelters still have room,”",
                "the volunteer", "said", "volunteer")
G4 = gold_quote(A2, "“The river rose faster than anyone expected,”", "Tom Baker", "said",
                "Tom Baker")
G5 = gold_quote(A2, "“Boil your drinking water until further notice.”", None, None,
                "Ministry of Health")

GOLD: dict[str, dict[str, Any]] = {
    "a1": {"id": "a1", "text": A1, "quotes": [G1, G2, G3]},
    "a2": {"id": "a2", "text": A2, "quotes": [G4, G5]},
}
PRED: dict[str, dict[str, Any]] = {
    "a1": {"id": "a1", "quotes": [
        # exact; the speaker span includes the title, which still overlaps the gold mention
        {"quote": G1["quote"], "speaker": span(A1, "Mayor Ana López"), "cue": G1["cue"],
         "speaker_name": "Ana Lopez", "confidence": 0.9},
        # covers exactly half of G2; cue "said" taken from the previous sentence (wrong)
        {"quote": head(G2["quote"], 0.5), "speaker": G2["speaker"], "cue": G1["cue"],
         "speaker_name": "Jose Nunez", "confidence": 0.7},
        # covers 20 % of G3: a miss at both thresholds, so a false positive
        {"quote": head(G3["quote"], 0.2), "speaker": G3["speaker"], "cue": G3["cue"],
         "speaker_name": "volunteer", "confidence": 0.5},
    ]},
    "a2": {"id": "a2", "quotes": [
        # exact, but no speaker mention and the wrong person
        {"quote": G4["quote"], "speaker": None, "cue": G4["cue"], "speaker_name": "Mary Baker",
         "confidence": 0.95},
        # exact; neither gives a speaker mention or a cue
        {"quote": G5["quote"], "speaker": None, "cue": None,
         "speaker_name": "the Ministry of Health", "confidence": 0.3},
        # matches no gold quote
        {"quote": span(A2, "Residents were told to stay home."), "speaker": None,
         "cue": span(A2, "told"), "speaker_name": "Tom Baker", "confidence": 0.85},
    ]},
    # an article the gold set does not have is ignored
    "zz": {"id": "zz", "quotes": [{"quote": [0, 10], "speaker": None, "cue": None,
                                   "speaker_name": "Nobody"}]},
}

# at 0.3: tp = G1 G2 G4 G5, fn = G3, fp = the 20 % prediction and the extra one.
# P = 4/6, R = 4/5, F1 = 8/11; speaker mention G1 G2 G5 = 3/4; cue G1 G4 G5 = 3/4;
# name G1 G2 G5 = 3/4; attribution P = 3/6, R = 3/5, F1 = 6/11.
EXPECTED_03 = {
    "thr": 0.3, "P": 4 / 6, "R": 4 / 5, "F1": 8 / 11, "speaker_mention_acc": 3 / 4,
    "cue_acc": 3 / 4, "speaker_name_acc": 3 / 4, "attribution_F1": 6 / 11,
    "tp": 4, "fp": 2, "fn": 1,
}
# at 0.8: G2 is missed too and its half prediction becomes a false positive.
# tp = G1 G4 G5, fn = G2 G3, fp = 3. P = 1/2, R = 3/5, F1 = 6/11; speaker mention G1 G5 = 2/3;
# cue 3/3; name G1 G5 = 2/3; attribution P = 2/6, R = 2/5, F1 = 4/11.
EXPECTED_08 = {
    "thr": 0.8, "P": 1 / 2, "R": 3 / 5, "F1": 6 / 11, "speaker_mention_acc": 2 / 3,
    "cue_acc": 1.0, "speaker_name_acc": 2 / 3, "attribution_F1": 4 / 11,
    "tp": 3, "fp": 3, "fn": 2,
}


def test_the_invented_spans_are_what_the_comments_say() -> None:
    assert A1[G2["cue"][0]:G2["cue"][1]] == "told"
    assert coverage(G2["quote"], PRED["a1"]["quotes"][1]["quote"]) == 0.5
    assert coverage(G3["quote"], PRED["a1"]["quotes"][2]["quote"]) == pytest.approx(0.2, abs=0.01)


@pytest.mark.parametrize(("threshold", "expected"), [(0.3, EXPECTED_03), (0.8, EXPECTED_08)])
def test_score_figures_by_hand(threshold: float, expected: dict[str, float]) -> None:
    result = score(GOLD, PRED, threshold).as_dict()
    assert result.keys() == expected.keys()
    for key, value in expected.items():
        assert result[key] == pytest.approx(value, abs=1e-12), key


def test_score_matches_and_unmatched() -> None:
    result = score(GOLD, PRED, 0.3)
    flags = [(m.article, m.pred is not None, m.speaker_ok, m.cue_ok, m.name_ok)
             for m in result.matches]
    assert flags == [
        ("a1", True, True, True, True),
        ("a1", True, True, False, True),
        ("a1", False, False, False, False),
        ("a2", True, False, True, False),
        ("a2", True, True, True, True),
    ]
    assert [(a, p["speaker_name"]) for a, p in result.unmatched] == [
        ("a1", "volunteer"), ("a2", "Tom Baker")]


def test_greedy_matching_uses_each_prediction_once() -> None:
    text = "x" * 40
    gold = {"g": {"text": text, "quotes": [
        {"quote": [0, 10], "speaker": None, "cue": None, "speaker_name": "A"},
        {"quote": [5, 15], "speaker": None, "cue": None, "speaker_name": "A"},
    ]}}
    # one prediction covering both gold quotes: the first gold quote takes it
    pred = {"g": {"quotes": [{"quote": [0, 15], "speaker": None, "cue": None,
                              "speaker_name": "A"}]}}
    d = score(gold, pred, 0.3).as_dict()
    assert (d["tp"], d["fp"], d["fn"]) == (1, 0, 1)
    # the better-covering prediction wins regardless of order
    pred = {"g": {"quotes": [{"quote": [6, 40], "speaker_name": "B"},
                             {"quote": [0, 10], "speaker_name": "A"}]}}
    result = score(gold, pred, 0.3)
    assert [m.pred["speaker_name"] for m in result.matches] == ["A", "B"]
    # a share exactly at the threshold is not enough: it must exceed it
    pred = {"g": {"quotes": [{"quote": [7, 10], "speaker_name": "A"}]}}
    d = score({"g": {"text": text, "quotes": gold["g"]["quotes"][:1]}}, pred, 0.3).as_dict()
    assert (d["tp"], d["fp"], d["fn"]) == (0, 1, 1)


def test_empty_inputs_score_zero() -> None:
    d = score({}, {}, 0.3).as_dict()
    assert d == {"thr": 0.3, "P": 0.0, "R": 0.0, "F1": 0.0, "speaker_mention_acc": 0.0,
                 "cue_acc": 0.0, "speaker_name_acc": 0.0, "attribution_F1": 0.0,
                 "tp": 0, "fp": 0, "fn": 0}


def test_format_scores_lines() -> None:
    lines = format_scores([score(GOLD, PRED, t) for t in (0.3, 0.8)]).splitlines()
    assert lines == [
        "at0.3 thr=0.300 P=0.667 R=0.800 F1=0.727 speaker_mention_acc=0.750 cue_acc=0.750 "
        "speaker_name_acc=0.750 attribution_F1=0.545 tp=4 fp=2 fn=1",
        "at0.8 thr=0.800 P=0.500 R=0.600 F1=0.545 speaker_mention_acc=0.667 cue_acc=1.000 "
        "speaker_name_acc=0.667 attribution_F1=0.364 tp=3 fp=3 fn=2",
    ]


def test_confidence_bands() -> None:
    # right (matched, right name): 0.9, 0.7, 0.3; wrong: 0.95 (Mary Baker), 0.5 and 0.85
    # (unmatched)
    assert confidence_bands(score(GOLD, PRED, 0.3)) == [
        ("0.8-1.0", 3, 1 / 3), ("0.6-0.8", 1, 1.0), ("0.4-0.6", 1, 0.0), ("0.0-0.4", 1, 1.0)]


def test_load_jsonl_and_prediction_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(v, ensure_ascii=False) for v in GOLD.values()) + "\n\n",
                    encoding="utf-8")
    assert load_jsonl(path) == GOLD
    record = QuoteRecord(
        quote_id="Q1", article_id="a1", source_file="a.txt", article_title=None,
        article_date=None, quote_text="“x”", quote_start=3, quote_end=6, quote_type="direct",
        speaker_text=None, speaker_start=None, speaker_end=None, speaker_name=None,
        speaker_type=None, speaker_role=None, cue="said", cue_start=8, cue_end=12, flags=[],
        confidence=0.4,
    )
    assert prediction_line("a1", [record]) == {"id": "a1", "quotes": [
        {"quote": [3, 6], "speaker": None, "cue": [8, 12], "speaker_name": "",
         "confidence": 0.4}]}


# ------------------------------------------------------------------------------ edge cases


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ("Ana López", "Mayor Ana Lopez", True),           # honorific and accent ignored
    ("Dr. José Núñez", "jose nunez", True),
    ("Ana Lopez", "Lopez Ana", True),                  # word order does not matter
    ("Ministry of Health", "the Ministry of Health", True),
    ("Baker", "Tom Baker's", True),                    # possessive dropped, words may be added
    ("Tom Baker", "Baker", False),                     # a single word cannot drop gold words
    ("Khalid Maqbool Siddiqui", "Maqbool Siddiqui", True),  # two words, same surname
    ("Khalid Maqbool Siddiqui", "Khalid Maqbool", False),   # surname differs
    ("Tom Baker", "Mary Baker", False),
    ("Mayor", "the mayor", True),                      # only honorifics: they are kept
    ("The Mayor", "mayor", False),
    ("", "", True),
    (None, "", True),
    ("", "Tom Baker", False),
    ("Tom Baker", "", False),
    ("Tom Baker", None, False),
])
def test_same_person(gold: str | None, pred: str | None, expected: bool) -> None:
    assert same_person(gold, pred) is expected


def test_scoring_tokens() -> None:
    assert scoring_tokens("Dr. José Núñez's") == ["jose", "nunez"]
    assert scoring_tokens("The Prime Minister") == ["the", "prime", "minister"]
    assert scoring_tokens(None) == []


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ([0, 10], [0, 10], 1.0),
    ([0, 10], [0, 5], 0.5),
    ([0, 10], [7, 20], 0.3),
    ([10, 20], [0, 40], 1.0),     # a longer prediction still covers all of gold
    ([0, 10], [10, 20], 0.0),     # touching is not covering
    ([0, 10], [20, 30], 0.0),
    ([5, 5], [0, 10], 0.0),       # an empty gold span
    ([6, 5], [0, 10], 0.0),
    ([0, 10], None, 0.0),
    (None, [0, 10], 0.0),
    ([0, 10], [], 0.0),
])
def test_coverage(gold: list[int] | None, pred: list[int] | None, expected: float) -> None:
    assert coverage(gold, pred) == expected


def test_overlaps() -> None:
    assert overlaps([0, 5], [4, 9])
    assert not overlaps([0, 5], [5, 9])
    assert not overlaps(None, [0, 5])
    assert not overlaps([0, 5], None)


# ------------------------------------------------------------------------------ reference


def _reference() -> ModuleType:
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} not available")
    spec = importlib.util.spec_from_file_location("bench_score", REFERENCE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("threshold", [0.3, 0.8])
def test_same_figures_as_reference_script(threshold: float) -> None:
    reference = _reference()
    assert score(GOLD, PRED, threshold).as_dict() == reference.score(GOLD, PRED, threshold)
    for gold, pred in [("Ana López", "Mayor Ana Lopez"), ("Tom Baker", "Baker"),
                       ("The Mayor", "mayor"), ("", ""), ("Baker", "Tom Baker's")]:
        assert same_person(gold, pred) == reference.same_person(gold, pred)
    for gold_span, pred_span in [([0, 10], [7, 20]), ([5, 5], [0, 10]), ([0, 10], None)]:
        assert coverage(gold_span, pred_span) == reference.cover(gold_span, pred_span)


def test_same_output_as_reference_script(tmp_path: Path) -> None:
    _reference()
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    for path, rows in ((gold_path, GOLD), (pred_path, PRED)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows.values()),
                        encoding="utf-8")
    run = subprocess.run([sys.executable, str(REFERENCE), str(gold_path), str(pred_path)],
                         capture_output=True, text=True, check=True)
    ours = format_scores(score(load_jsonl(gold_path), load_jsonl(pred_path), t)
                         for t in (0.3, 0.8))
    assert run.stdout.strip() == ours
