"""Claims with no checkable source (rules/vague_sourcing.jsonl), on invented sentences."""

from __future__ import annotations

import pytest

from quotes.pipeline import VAGUE_KEY


@pytest.mark.parametrize(
    ("text", "label", "phrase"),
    [
        ("Conventional wisdom holds that rents will fall.", "common wisdom", "Conventional wisdom"),
        ("It has been suggested that the mayor knew.", "it is claimed",
         "It has been suggested"),
        ("Experts say the bridge is unsafe.", "some say", "Experts say"),
        ("Analysts suggest shipping costs will double.", "some say", "Analysts suggest"),
        ("Studies show the drug works in children.", "studies show", "Studies show"),
        ("Research suggests that coffee is harmless.", "studies show", "Research suggests"),
        ("There are reports that the plant will close.", "there are reports",
         "There are reports that"),
        ("The minister reportedly resigned.", "reportedly", "reportedly"),
    ],
)
def test_vague_sourcing_phrases(nlp, text, label, phrase):
    doc = nlp(text)
    assert [(s.label_, s.text) for s in doc.spans[VAGUE_KEY]] == [(label, phrase)]


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Lena Ortiz said the bridge is unsafe.",
        "The study by Omar Haddad shows the drug works.",
        "She reports to the chief of police.",
    ],
)
def test_sourced_claims_are_not_vague(nlp, text):
    doc = nlp(text)
    assert list(doc.spans[VAGUE_KEY]) == []
