"""Names and titles the headline gives where the story uses the surname alone or no title."""

from __future__ import annotations

import json

import pytest

from quotes.extraction import extract

STORY = ("Varkonen told Radio Nord that his words about the border were misread.\n\n"
         "But Varkonen said to the paper today that he regretted the attention.")


def resolved_with_headline(nlp, headline: str | None, text: str) -> list[tuple]:
    doc = nlp.make_doc(text)
    doc._.headline = headline
    return [(a.speaker.text if a.speaker else None, a.resolved.name if a.resolved else None,
             a.resolved.role if a.resolved else None) for a in nlp(doc)._.quotes]


@pytest.mark.parametrize(("headline", "name", "role"), [
    # given names and the title words before them
    ("Finnish foreign minister Aarni Varkonen apologizes for border remarks",
     "Aarni Varkonen", "foreign minister"),
    ("Aarni Varkonen apologizes for border remarks", "Aarni Varkonen", None),
    # the surname alone in the headline, or capitalised headline words with no given name
    ("Varkonen apologizes for border remarks", "Varkonen", None),
    ("Police Say Varkonen Misread The Border Law", "Varkonen", None),
    (None, "Varkonen", None),
])
def test_a_lone_surname_takes_the_headlines_full_name(nlp, headline, name, role) -> None:
    rows = resolved_with_headline(nlp, headline, STORY)
    assert [(mention, resolved) for mention, resolved, _ in rows] == [
        ("Varkonen", name), ("Varkonen", name)]
    assert rows[0][2] == role


def test_a_surname_the_story_gives_in_full_keeps_the_storys_person(nlp) -> None:
    text = ("Mia Varkonen, the minister's sister, said the remarks were misread.\n\n"
            "Varkonen said she regretted the attention.")
    rows = resolved_with_headline(nlp, "Minister Aarni Varkonen apologizes", text)
    assert [resolved for _, resolved, _ in rows] == ["Mia Varkonen", "Mia Varkonen"]


def test_the_extraction_step_hands_the_headline_to_the_first_piece(nlp, tmp_path) -> None:
    record = {"id": "a1", "title": "Finnish foreign minister Aarni Varkonen apologizes",
              "text": STORY}
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    rows = extract([str(path)], nlp).records
    assert [(r.speaker_text, r.speaker_name, r.speaker_role) for r in rows] == [
        ("Varkonen", "Aarni Varkonen", "foreign minister")] * 2


TITLED_STORY = ("HALDEN — The premier of Norland says the new mill will bring 300 jobs.\n\n"
                "Aarni Varkonen opened the mill on Tuesday with the mayor of Halden.\n\n"
                "Later, the premier of Norland said the province would invest again.")


@pytest.mark.parametrize(("headline", "name"), [
    # the headline's title describes the person the story names without one
    ("Norland Premier Aarni Varkonen opens new mill", "Aarni Varkonen"),
    # a title the headline does not give leaves the description as written
    ("Aarni Varkonen opens new mill", "premier of Norland"),
])
def test_a_headline_title_describes_the_storys_person(nlp, headline, name) -> None:
    rows = resolved_with_headline(nlp, headline, TITLED_STORY)
    assert [(mention, resolved) for mention, resolved, _ in rows] == [
        ("The premier of Norland", name), ("the premier of Norland", name)]


def test_a_headline_title_does_not_replace_the_storys_apposition(nlp) -> None:
    text = ("Aarni Varkonen, chief executive of the Norland Health Trust, spoke on Tuesday.\n\n"
            "The chief executive of the trust said wards were full.")
    rows = resolved_with_headline(nlp, "Health boss Aarni Varkonen warns of full wards", text)
    assert [(mention, resolved, role) for mention, resolved, role in rows] == [
        ("The chief executive of the trust", "Aarni Varkonen",
         "chief executive of the Norland Health Trust")]


LEDE = ("In an announcement at the morning briefing, the Leader of Government Business said "
        "the inquiry must close.\n\nThe inquiry has run for two years. Its costs have risen "
        "every year.\n\nBanks in London raised concerns last month.\n\n\u201cWe must shut "
        "this down,\u201d Kurt Tibbetts said.")


@pytest.mark.parametrize(("headline", "first"), [
    # the headline names who speaks; the lede only describes them
    ("Inquiry must go says Tibbetts", "Kurt Tibbetts"),
    ("Tibbetts says inquiry must go", "Kurt Tibbetts"),
    ("Inquiry must go, Tibbetts says", "Kurt Tibbetts"),
    # a headline naming nobody the story names, or no speaker at all
    ("Inquiry must go says Bridger", "Leader of Government Business"),
    ("Inquiry must go", "Leader of Government Business"),
])
def test_the_ledes_described_speaker_is_the_one_the_headline_names(nlp, headline, first):
    assert resolved_with_headline(nlp, headline, LEDE)[0][1] == first


@pytest.mark.parametrize(("headline", "expected"), [
    # the headline's speaker is an office: the lede's description is its holder
    ("Harbour Commissioner says no failure in storm response", "Ilse Brandt"),
    ("Storm response was a failure, residents say", "head of the harbour police"),
])
def test_a_lede_description_is_the_holder_of_the_office_the_headline_quotes(
        nlp, headline, expected) -> None:
    text = ("The head of the harbour police has said that there was no failure in the response."
            "\n\nThe opposition has called on Harbour Commissioner Ilse Brandt to resign.\n\n"
            "Brandt said the riots followed an attack.")
    rows = resolved_with_headline(nlp, headline, text)
    assert rows[0][:2] == ("The head of the harbour police", expected)
