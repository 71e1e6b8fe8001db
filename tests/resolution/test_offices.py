"""Offices: phrases of role titles, offices of bodies, and where a holder's name starts."""

from __future__ import annotations

import pytest

from quotes.names import Titles
from quotes.resolution.offices import (
    holder_in_office,
    office_after_common_words,
    office_of_body,
    offices_only,
)
from quotes.rules import RuleSet


@pytest.fixture(scope="module")
def titles() -> Titles:
    return Titles.of(RuleSet.load())


def span_of(nlp, text: str, words: str):
    doc = nlp(text)
    start = text.index(words)
    return doc.char_span(start, start + len(words))


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The Premier said so.", "The Premier", True),
    ("The Chief Minister said so.", "The Chief Minister", True),
    ("Foreign Ministers of two nations met.", "Foreign Ministers", True),
    ("The Premier Dana Holt said so.", "The Premier Dana Holt", False),
    ("The Harbor Authority said so.", "The Harbor Authority", False),
    # a role after the words that name its field
    ("Transport Minister said so.", "Transport Minister", True),
    ("The Permanent Secretary said so.", "The Permanent Secretary", True),
    ("John Bishop said so.", "John Bishop", False),  # a first name: a surname, not an office
    ("Regional Director Kofi Mensah said so.", "Regional Director Kofi Mensah", False),
])
def test_offices_only(nlp, titles, text, words, expected) -> None:
    assert offices_only(span_of(nlp, text, words), titles) is expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The Secretary of the Harbor Council said so.", "The Secretary of the Harbor Council", True),
    ("The Ministry of Health said so.", "The Ministry of Health", False),
])
def test_office_of_body(nlp, titles, text, words, expected) -> None:
    assert office_of_body(span_of(nlp, text, words), titles) is expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The fire service DG said so.", "The fire service DG", True),
    ("The county CEO said so.", "The county CEO", True),
    ("The Harbor Board CEO said so.", "The Harbor Board CEO", False),  # a body's name first
    ("The DG said so.", "The DG", False),  # a title alone: offices_only's
])
def test_office_after_common_words(nlp, titles, text, words, expected) -> None:
    assert office_after_common_words(span_of(nlp, text, words), titles) is expected


@pytest.mark.parametrize(("words", "holder"), [
    ("Director of Public Health Annette Rodriguez", "Annette Rodriguez"),
    ("Director of Public Works", "Director of Public Works"),
    # a hyphenated surname and a French given name (rules/first_names.jsonl)
    ("Mayor of Tarrow Maxime Pelletier-Roy", "Maxime Pelletier-Roy"),
])
def test_holder_in_office(nlp, titles, words, holder) -> None:
    span = span_of(nlp, f"{words} said the bridge would open.", words)
    assert holder_in_office(span, titles).text == holder


@pytest.mark.parametrize(("words", "role", "name"), [
    ("Director of Public Health Annette Rodriguez", "Director of Public Health",
     "Annette Rodriguez"),
    # "to" a body, and an article before the body
    ("Veloran Ambassador to the UN Hector Ruiz", "Veloran Ambassador to the UN", "Hector Ruiz"),
    ("Press Officer of the Harbor Rowing Union Henry Mensah",
     "Press Officer of the Harbor Rowing Union", "Henry Mensah"),
])
def test_split_title_past_an_offices_body(titles, words, role, name) -> None:
    from quotes.names import split_title

    got = split_title(words.split(), titles)
    assert (" ".join(got[0]), " ".join(got[1])) == (role, name)


@pytest.mark.parametrize(("words", "role", "name"), [
    # a lower-case part hyphened onto a capitalised one is a name's ("Wan-o-rat", "Ji-hoon")
    ("Prime Minister Somchai Wan - o - rat", "Prime Minister", "Somchai Wan - o - rat"),
    ("Ji - hoon Park", "", "Ji - hoon Park"),
    # one whose first part is lower case is a role's
    ("pro - business legislator Ana Ruiz", "pro - business legislator", "Ana Ruiz"),
])
def test_a_hyphened_name_part_is_no_role_word(titles, words, role, name) -> None:
    from quotes.names import split_title

    got = split_title(words.split(), titles)
    assert (" ".join(got[0]), " ".join(got[1])) == (role, name)


@pytest.mark.parametrize(("words", "name"), [
    # "of" after a body's head word belongs to the body's name, not to a role
    ("The News Agency of Nigeria", "The News Agency of Nigeria"),
    ("Bank of Canada", "Bank of Canada"),
    # after an office it still ends the role
    ("Minister of Finance Aisha Khan", "Aisha Khan"),
])
def test_of_inside_a_bodys_name_is_no_role_word(titles, words, name) -> None:
    from quotes.names import split_title

    assert " ".join(split_title(words.split(), titles)[1]) == name


@pytest.mark.parametrize(("words", "kept"), [
    (["Prime", "Minister"], []),
    (["Harbor", "Apps", "chief", "executive"], ["Harbor", "Apps"]),
    (["Deputy", "Prime", "Minister", "of", "Lorvia"], ["of", "Lorvia"]),
    (["Lorvia", "Tourism", "Authority", "Director"], ["Lorvia", "Tourism", "Authority"]),
])
def test_words_of_a_role_outside_its_titles(titles, words, kept) -> None:
    assert titles.outside_titles(words) == kept
