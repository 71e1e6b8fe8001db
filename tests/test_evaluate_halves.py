"""The halves harness (scripts/evaluate_halves.py): its splits and mention types, invented data."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "evaluate_halves.py"


@pytest.fixture(scope="module")
def halves():
    spec = importlib.util.spec_from_file_location("evaluate_halves", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def record_with(text: str, speaker: str | None, quote: str) -> tuple[dict, dict]:
    """An invented gold record whose one quote has the given speaker mention."""
    q_start = text.index(quote)
    gold = {"quote": [q_start, q_start + len(quote)], "speaker": None}
    if speaker is not None:
        s_start = text.index(speaker)
        gold["speaker"] = [s_start, s_start + len(speaker)]
    return {"id": "a", "text": text, "quotes": [gold]}, gold


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "expected"),
    [
        ("Prime Minister Jan Novak said the bridge will open.", "Prime Minister Jan Novak",
         "the bridge will open", "name"),
        ("The bridge will open, she said.", "she", "The bridge will open", "pronoun"),
        ("The bridge will open, the company said.", "the company", "The bridge will open",
         "description"),
        ("A spokesperson for Harbour Transit said the bridge will open.",
         "A spokesperson for Harbour Transit", "the bridge will open", "description"),
        ("The Harbour Transit Authority said the bridge will open.",
         "The Harbour Transit Authority", "the bridge will open", "name"),
        ("Police said the bridge will open. Later police closed it.", "Police",
         "the bridge will open", "description"),
        ("Okafor said the bridge will open.", "Okafor", "the bridge will open", "name"),
        ('Mira Sol spoke first.\n"The bridge will open."', None, '"The bridge will open."',
         "floating"),
        ('Mira Sol spoke first.\n"The bridge will open."', "Mira Sol",
         '"The bridge will open."', "floating"),
    ],
)
def test_mention_type_of_the_gold_speaker(halves, text, speaker, quote, expected):
    record, gold = record_with(text, speaker, quote)
    assert halves.mention_type(record, gold) == expected


def test_dev_split_sets_aside_odd_lines_and_gum_split_sets_aside_two_genres(halves, tmp_path):
    dev = tmp_path / "dev.jsonl"
    dev.write_text("".join(json.dumps({"id": f"d{i}", "text": "x", "quotes": []}) + "\n"
                           for i in range(5)), encoding="utf-8")
    gum = tmp_path / "gum.jsonl"
    genres = ["fiction", "letter", "bio", "essay"]
    gum.write_text("".join(json.dumps({"id": g, "genre": g, "text": "x", "quotes": []}) + "\n"
                           for g in genres), encoding="utf-8")
    dev_tuning, dev_aside = halves.GoldSet("dev", dev, halves.odd_line).halves()
    gum_tuning, gum_aside = halves.GoldSet("gum", gum, halves.set_aside_genre).halves()
    assert (list(dev_tuning.gold), list(dev_aside.gold)) == (["d0", "d2", "d4"], ["d1", "d3"])
    assert (list(gum_tuning.gold), list(gum_aside.gold)) == (["fiction", "bio"],
                                                             ["letter", "essay"])


@pytest.mark.parametrize(
    ("speaker_text", "pred_written", "pred_name", "expected"),
    [
        ("she", "she", "", "no speaker (3rd-person pronoun speaker)"),
        ("we", "we", "we", "wrong speaker (I/we/you pronoun speaker, left as written)"),
        ("he", "he", "Omar Haddad", "wrong speaker (3rd-person pronoun speaker, "
                                    "linked to another entity)"),
        ("the firm", "the firm", "firm", "wrong speaker (description speaker, left as written)"),
    ],
)
def test_wrong_names_are_classed_by_what_the_tool_did(halves, speaker_text, pred_written,
                                                      pred_name, expected):
    text = f"The plant will close, {speaker_text} said."
    record, gold = record_with(text, speaker_text, "The plant will close")
    gold.update(speaker_text=speaker_text, speaker_name="Lena Ortiz")
    start = text.index(pred_written)
    pred = {"quote": gold["quote"], "speaker": [start, start + len(pred_written)],
            "speaker_name": pred_name}
    match = halves.Match("a", gold, pred)
    kind = halves.mention_type(record, gold)
    assert halves._wrong_name_class(record, match, kind) == expected


def test_own_gold_files_are_split_like_dev(halves, tmp_path):
    mine = tmp_path / "mine.jsonl"
    mine.write_text("".join(json.dumps({"id": f"m{i}", "text": "x", "quotes": []}) + "\n"
                            for i in range(3)), encoding="utf-8")
    args = halves.argparse.Namespace(sets=[], own=[mine], bench=tmp_path)
    (own,) = halves.gold_sets(args)
    tuning, aside = own.halves()
    assert (own.label, list(tuning.gold), list(aside.gold)) == ("mine", ["m0", "m2"], ["m1"])
