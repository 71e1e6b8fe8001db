"""An inverted trailer whose subject the parser read as the cue's object (``“…,” replied the
inspector.``): a description that closes the sentence right after the cue is the speaker."""

from __future__ import annotations

import pytest
from quote_rows import found

INVERTED = [
    # the speaker's description goes on with where they are from
    ("\u00abThis is a bad sign,\u00bb added the congresswoman from the Atacama region.",
     [("direct", "\u00abThis is a bad sign,\u00bb", "the congresswoman", "added")]),
    ('"Not yet," replied the inspector.',
     [("direct", '"Not yet,"', "the inspector", "replied")]),
    ('"No," said the inspector.', [("direct", '"No,"', "the inspector", "said")]),
    ('"No," replied Tom Hale.', [("direct", '"No,"', "Tom Hale", "replied")]),
    # an object with more of the sentence after it is no speaker
    ('"Not yet," replied the inspector, who had read the report twice.',
     [("direct", '"Not yet,"', "the inspector", "replied")]),
    # a team, an office and a name the parser made a clause of ("head" read as a verb)
    ("\u201cWe lost,\u201d said Flames head coach Ryan Huska.",
     [("direct", "\u201cWe lost,\u201d", "Ryan Huska", "said")]),
    # an office word with a statement after it is no name
    ('"We lost," said Tom Hale, the head coach told reporters.',
     [("direct", '"We lost,"', "Tom Hale", "said")]),
    # a position no title list holds, its first word read as a verb ("running")
    ("\u201cWe will fight on,\u201d said running back Andrew Harris.",
     [("direct", "\u201cWe will fight on,\u201d", "Andrew Harris", "said")]),
    # a telling cue names its addressee first: the name after it speaks
    ("\u201cThe problem is old,\u201d told us Hilaire Bule, the office's spokesman.",
     [("direct", "\u201cThe problem is old,\u201d", "Hilaire Bule", "told")]),
]

ROLE_READ_AS_A_VERB = [
    ("\u201cWe will fight on,\u201d running back Andrew Harris said.",
     [("direct", "\u201cWe will fight on,\u201d", "Andrew Harris", "said")]),
    # the tagger typed no person, but the parse made the name the cue's subject
    ("\u201cWe will fight on,\u201d starting pitcher Ana Ruiz said.",
     [("direct", "\u201cWe will fight on,\u201d", "pitcher Ana Ruiz", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_READ_AS_A_VERB)
def test_a_position_read_as_a_verb_before_a_name_is_the_speakers_role(attribute, text,
                                                                         expected):
    assert found(attribute, text) == expected


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_a_description_closing_an_inverted_trailer_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


BROKEN_LINES = [
    # a quotation ending in a comma, then a paragraph that goes on in lower case: one sentence
    ('\u201cWe demand that the plant close,\u201d\n\nsays Ivo Brandt, the union secretary.',
     [("direct", "\u201cWe demand that the plant close,\u201d", "Ivo Brandt", "says")]),
    ('"The plant must close,"\nsaid Ivo Brandt.',
     [("direct", '"The plant must close,"', "Ivo Brandt", "said")]),
    # a full stop ends the sentence, and a capital opens a new paragraph: no trailer
    ('"The plant must close."\n\nsays Ivo Brandt, the union secretary.',
     [("direct", '"The plant must close."', None, None)]),
    ('"The plant must close,"\n\nIvo Brandt told the crowd that the owners were away.',
     [("direct", '"The plant must close,"', None, None),
      ("indirect", "the owners were away", "Ivo Brandt", "told")]),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_LINES)
def test_a_trailer_broken_onto_the_next_line_still_trails(attribute, text, expected):
    assert found(attribute, text) == expected


REPORTED_INVERTED = [
    # the parser makes the cue a second verb of the statement, its speaker the object
    ("Aid will stop next month, warned Zlatan Horvat.",
     [("indirect", "Aid will stop next month", "Zlatan Horvat", "warned")]),
    ("Aid will stop next month, added Zlatan Horvat.",
     [("indirect", "Aid will stop next month", "Zlatan Horvat", "added")]),
    ("The bridge will close in May, warned the agency.",
     [("indirect", "The bridge will close in May", "the agency", "warned")]),
    # ... or takes the statement's first part, its verb and all, for the cue's subject
    ("The number of people in critical condition and those who die from complications could "
     "also increase, warned the minister.",
     [("indirect", "The number of people in critical condition and those who die from "
       "complications could also increase", "the minister", "warned")]),
    # a subject with only a relative clause's verb is no statement, its object no speaker
    ("The mayor, who has criticised the plan, confirmed the closure of the pool.", []),
    # who the speaker is, after a comma, is not more of the statement
    ("Three million people will lose aid unless funding arrives, warned Zlatan Horvat, "
     "the agency's country director.",
     [("indirect", "Three million people will lose aid unless funding arrives",
       "Zlatan Horvat", "warned")]),
    # a cue whose object goes on, or a pronoun object, is no inverted attribution
    ("The firm posted a loss, warned investors of more cuts.", []),
    ("Prices will rise, warned him.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_INVERTED)
def test_an_inverted_speaker_read_as_the_cues_object_speaks(attribute, text, expected):
    assert found(attribute, text) == expected


SECOND_TRAILER_AFTER_A_CONTINUATION = [
    # "…, adding that “…,” he said": the words before the second quotation attribute the
    # first, so the second is whole, not a partial quote of them
    ("\u201cTrade is old,\u201d said Bo Lee, adding that \u201cships came here from far "
     "away,\u201d he said.",
     [("direct", "\u201cTrade is old,\u201d", "Bo Lee", "said"),
      ("direct", "\u201cships came here from far away,\u201d", "he", "said")]),
    # with no trailer of its own, the continuation introduces it
    ("\u201cTrade is old,\u201d said Bo Lee, adding that \u201cships came here from far "
     "away.\u201d",
     [("direct", "\u201cTrade is old,\u201d", "Bo Lee", "said"),
      ("partial", "\u201cships came here from far away.\u201d", "Bo Lee", "adding")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_TRAILER_AFTER_A_CONTINUATION)
def test_a_quotation_after_another_ones_trailer_is_whole(attribute, text, expected):
    assert found(attribute, text) == expected
