"""Confidence drops when a link is doubtful (ConfidenceWeights.linking_doubts)."""

from __future__ import annotations

import pytest

from quotes.resolution.confidence import doubt, doubt_factor, name_shape_doubts
from quotes.resolution.config import ConfidenceWeights
from quotes.resolution.spans import line_around


@pytest.mark.parametrize(("codes", "factor"), [
    ([], 1.0),
    ([doubt("shared-name")], 0.75),
    ([doubt("shared-name"), doubt("shared-name")], 0.75),  # one doubt counts once
    ([doubt("label-disagrees"), doubt("far-antecedent")], 0.85 * 0.85),
    (["AMBIGUOUS_SPEAKER"], 1.0),  # audit flags are capped elsewhere, not multiplied
    ([doubt("unheard-of")], 1.0),
])
def test_each_distinct_doubt_costs_its_weight(codes, factor) -> None:
    assert doubt_factor(codes, ConfidenceWeights()) == pytest.approx(factor)


def confidence_of_last(attribute, text: str) -> tuple[str, float, list[str]]:
    last = list(attribute(text))[-1]
    return last.resolved.name, last.confidence, last.flags


def test_a_surname_two_people_share_is_below_the_trusted_band(attribute) -> None:
    name, confidence, flags = confidence_of_last(
        attribute, 'Anatole Moreau and his daughter Jeanne Moreau ran the farm for years. '
                   '"It was wonderful there," Moreau said.')
    assert name in {"Anatole Moreau", "Jeanne Moreau"}
    assert confidence < 0.8
    assert not any(f.startswith("doubt:") for f in flags)  # doubts are no audit flags


def test_a_surname_only_one_person_has_stays_trusted(attribute) -> None:
    name, confidence, _ = confidence_of_last(
        attribute, 'Anatole Moreau ran the farm for years. "It was wonderful there," Moreau said.')
    assert (name, confidence) == ("Anatole Moreau", 0.97)


def test_a_namesake_named_later_does_not_doubt_an_earlier_quote(attribute) -> None:
    quotes = list(attribute(
        'Trevor Lind ran the clinic. "We need staff," said Lind. Mary Lind, his wife, agreed.'))
    assert (quotes[0].resolved.name, quotes[0].confidence) == ("Trevor Lind", 0.97)


def test_a_description_linked_only_by_focus_is_less_sure_than_by_apposition(attribute) -> None:
    _, by_focus, _ = confidence_of_last(
        attribute, 'Owen Tarrant runs the Blue Heron Inn near the harbour. '
                   '"Business has never been better," said the cheerful innkeeper.')
    _, by_apposition, _ = confidence_of_last(
        attribute, 'The innkeeper, Owen Tarrant, opened the door. '
                   '"Business has never been better," said the cheerful innkeeper.')
    assert by_focus < by_apposition


@pytest.mark.parametrize(("text", "trusted"), [
    ('Adaeze Okafor chairs the panel. "We will publish everything," Okafor said.', True),
    # a one-word "name" nobody was introduced by is often a mis-read phrase
    ('The archive reopened on Monday. "We will publish everything," Keeper said.', False),
])
def test_a_one_word_name_never_given_in_full_is_not_trusted(attribute, text, trusted) -> None:
    _, confidence, _ = confidence_of_last(attribute, text)
    assert (confidence >= 0.8) is trusted


@pytest.mark.parametrize(("text", "trusted"), [
    ("Harbor Mayor Ines Varga said the bridge would reopen in May.", True),
    # capitalised words after an article are rarely a name: below the trusted band
    ("A Harbor neighborhood protest said the police had overreacted.", False),
    ("The Federal Farm Minister said the drought would be discussed in cabinet.", False),
])
def test_a_name_after_an_article_is_not_trusted(attribute, text, trusted) -> None:
    _, confidence, _ = confidence_of_last(attribute, text)
    assert (confidence >= 0.8) is trusted


@pytest.fixture(scope="module")
def titles(nlp):
    return nlp.get_pipe("speaker_resolution").resolution_rules.titles


@pytest.mark.parametrize(("name", "doubts"), [
    ("Transport Minister", ["role-only-name"]),  # a role whose holder was not found
    ("Director General (DG)", ["role-only-name"]),  # its initials change nothing
    ("Regional Director", ["role-only-name"]),
    ("Office of the President", []),  # a body's name may end in an office
    ("Ministry of Health", []),
    ("Anna Petrou", []),
    ("John Bishop", []),  # a first name: the office word is a surname
    ("Harlan County deputies", []),  # a group as written is no role
])
def test_a_name_that_ends_in_an_office_is_doubtful(titles, name, doubts) -> None:
    assert name_shape_doubts(name, titles) == doubts


@pytest.mark.parametrize(("text", "name", "trusted"), [
    ('"The road opens in May," said Works Minister on Tuesday.', "Works Minister", False),
    ('"The road opens in May," said Works Minister Anna Petrou on Tuesday.', "Anna Petrou",
     True),
])
def test_a_role_taken_for_a_name_is_below_the_trusted_band(attribute, text, name,
                                                           trusted) -> None:
    found, confidence, _ = confidence_of_last(attribute, text)
    assert (found, confidence >= 0.8) == (name, trusted)


@pytest.mark.parametrize(("text", "is_fragment"), [
    # a statement of one or two words is a label more often than a claim
    ("Mayor Ana Ruiz expressed “grave disappointment”.", True),
    ("Mayor Ana Ruiz expressed “grave disappointment with the whole council”.", False),
    # a whole quotation that short is an utterance
    ("“Here?” Mayor Ana Ruiz asked.", False),
])
def test_a_fragment_of_a_statement_is_less_sure(attribute, text, is_fragment) -> None:
    from quotes.resolution.confidence import fragment

    weights = ConfidenceWeights()
    row = attribute(text)[0]
    assert fragment(row, weights.fragment_words) is is_fragment
    if is_fragment:
        assert row.confidence < 0.8  # out of the trusted band


@pytest.mark.parametrize(("text", "trusted"), [
    # a caption's claim (its line ends in the bracketed credit): annotators split on it
    ("Mayor Lena Holt says the quay will reopen in May. (Jane Doe/The Harbour Sun)", False),
    ("Mayor Lena Holt says the quay will reopen in May. PHOTO: THE HARBOUR SUN", False),
    ("Mayor Lena Holt says the quay will reopen in May.", True),
])
def test_a_claim_on_a_caption_line_is_below_the_trusted_band(attribute, text, trusted) -> None:
    name, confidence, _flags = confidence_of_last(attribute, text)
    assert (name, confidence >= 0.8) == ("Lena Holt", trusted)


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("ab\nCurb Spread\ncd", 3, 14, (3, 14)),
    ("a caption with no newline at all", 2, 9, (0, 32)),
    # a line that runs on past the bound is no caption, subhead or byline: not searched
    ("x" * 1000, 500, 510, None),
])
def test_only_a_short_line_is_found_around_a_position(text, start, end, expected) -> None:
    assert line_around(text, start, end) == expected
