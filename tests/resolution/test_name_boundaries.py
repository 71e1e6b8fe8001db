"""Where a name starts and ends inside a longer mention: an honorific opens a name, a bracket
after an office narrows it, the words NER ran on after an office's ``of`` end in its holder,
and a body's short name as a subject is the body, not a person. Invented sentences."""

from __future__ import annotations

import pytest

NAME_BOUNDARIES = [
    # an honorific opens the name: a family name written first is no part of the role
    ("Flu cases are rising, said Greenfield Health Department director Dr Ooi Choo Huck. "
     "Dr Ooi said enforcement had been stepped up.",
     ("Dr Ooi", "Ooi Choo Huck", "name")),
    ("Flu cases are rising, said Greenfield Health Department director Dr Ooi Choo Huck. "
     "He said enforcement had been stepped up.",
     ("He", "Ooi Choo Huck", "pronoun")),
    # a field in brackets after an office is part of the office; its holder follows the "of"
    ("\u201cCases are up,\u201d Director (Disease Control) of the DHS Prof Dr Rahim Uddin said.",
     ("Director (Disease Control) of the DHS Prof Dr Rahim Uddin", "Rahim Uddin", "name")),
    # NER ran the body after an office's "of" on into the holder's name
    ("The report was handed to Speaker of the National Assembly Ravi Persaud. Speaker Persaud "
     "thanked the staff. He pointed out that the report is not final.",
     ("He", "Ravi Persaud", "pronoun")),
    # a body's short name as a subject is the body: no person called "Bureau"
    ("Forecasters have declared a cyclone watch.\nAlready the Bureau of Meteorology has said "
     "the chance of a cyclone is high.\nBut forecaster Angela Pratt said the Bureau was "
     "preparing a warning.",
     ("the Bureau of Meteorology", "Bureau of Meteorology", "name")),
]


@pytest.mark.parametrize(("text", "expected"), NAME_BOUNDARIES)
def test_a_name_starts_and_ends_where_its_words_do(first_speaker, last_speaker, text,
                                                     expected):
    speaker = first_speaker if "Bureau" in text else last_speaker
    assert speaker(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # a closing quotation mark ends what was said: the role does not run back into it
    ("\u201cCases are rising across the country,\u201d Director (Disease Control) of the DHS "
     "Prof Dr Rahim Uddin said.", "Director (Disease Control) of the DHS"),
    # a role in lower case right before a name NER typed a body makes the name a person's
    ("Port chief executive Ama Mensah said the port was ready.", "Port chief executive"),
    ("Harbour Board chair Dr Ama Mensah said the port was ready.", "Harbour Board chair"),
])
def test_the_role_is_the_words_before_the_name_and_no_more(attribute, text, role):
    speaker = list(attribute(text))[-1].resolved
    assert (speaker.type, speaker.role) == ("person", role)
