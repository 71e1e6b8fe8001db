"""What the model is shown: curly apostrophes inside words read as straight ones, so a name
like O’Kelly is tagged as the same name as O'Kelly, while the text keeps its own characters."""

from __future__ import annotations

import pickle

import pytest
from spacy.attrs import NORM

STRAIGHT = "Judge Martin O'Kelly said the claims were serious. Later Judge O'Kelly added more."


def analysis(doc) -> list[tuple[str, str, str]]:
    return [(t.pos_, t.dep_, t.ent_type_) for t in doc]


def test_a_curly_apostrophe_is_read_like_a_straight_one(nlp) -> None:
    curly = nlp(STRAIGHT.replace("'", "\u2019"))
    assert analysis(curly) == analysis(nlp(STRAIGHT))
    assert "O\u2019Kelly" in curly.text  # the text stays as printed


@pytest.mark.parametrize("text", [STRAIGHT, STRAIGHT.replace("'", "\u2019")])
def test_a_name_with_an_apostrophe_is_one_person(attribute, text) -> None:
    quotes = list(attribute(text))
    assert [q.resolved.name.replace("\u2019", "'") for q in quotes] == ["Martin O'Kelly"]


def test_the_reading_still_pickles_for_two_processes(nlp) -> None:
    getter = pickle.loads(pickle.dumps(nlp.vocab.lex_attr_getters[NORM]))
    assert getter("O\u2019Kelly") == getter("O'Kelly")


def test_a_title_abbreviation_the_rules_list_ends_no_sentence(nlp, attribute) -> None:
    """``Fr.`` (rules/titles.jsonl) is one token: the quote's trailer keeps its speaker."""
    doc = nlp("The talks ended. \u201cWe reject this report,\u201d Rev. Fr. Kumara said.")
    assert "Fr." in [t.text for t in doc]
    assert len(list(doc.sents)) == 2
    found = attribute("The talks ended. \u201cWe reject this report,\u201d Rev. Fr. Kumara said.")
    assert [(a.speaker.text, a.resolved.name) for a in found] == [("Rev. Fr. Kumara", "Kumara")]
