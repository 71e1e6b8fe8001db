"""Name-part linking: surname, honorific + surname, acronym, across the labels NER gave."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ('Adaeze Okafor chairs the panel. "We will publish everything," Okafor said.',
     ("Okafor", "Adaeze Okafor", "name")),
    ('Dr. Helen Marsh leads the study. "The results are early," said Dr. Marsh.',
     ("Dr. Marsh", "Helen Marsh", "name")),
    ('The Riverside Housing Authority (RHA) raised rents. "Costs have doubled," the RHA said.',
     ("the RHA", "Riverside Housing Authority (RHA)", "name")),
    ('Jonas Albrecht, the coach, resigned on Monday. "It was time," Albrecht said.',
     ("Albrecht", "Jonas Albrecht", "name")),
])
def test_name_pass(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title before proper nouns makes a person even when NER says ORG
    ('Councillor Ines Varga opened the session. "We start late," Varga said.',
     "Ines Varga", "Councillor"),
    # a common noun compounded onto a name is a role, not part of the name
    ('Goalkeeper Marta Quill was relieved. "We defended as one," Quill said.',
     "Marta Quill", "Goalkeeper"),
])
def test_titled_names_are_people_with_roles(attribute, text, name, role) -> None:
    last = list(attribute(text))[-1]
    assert (last.resolved.name, last.resolved.type, last.resolved.role) == (name, "person", role)
