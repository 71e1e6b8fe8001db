"""Hard constraints: what a pronoun can never point at, and what a head noun says it names."""

from __future__ import annotations

import pytest

from quotes.names import builtin_titles
from quotes.resolution.config import Constraints
from quotes.resolution.constraints import admits, head_kind, noun_gender, role_gender
from quotes.resolution.entities import Entity
from quotes.rules import RuleSet

CONSTRAINTS = Constraints.of(RuleSet.load())  # rules/head_nouns.jsonl


@pytest.mark.parametrize(("noun", "kind"), [
    ("innkeeper", "person"),      # -er
    ("goalkeeper", "person"),
    ("chemist", "person"),        # -ist
    ("historian", "person"),      # -ian
    ("spokeswoman", "person"),    # a gendered title
    ("father", "person"),         # kin
    ("champion", "person"),       # -ion, but a person
    ("utility", "organization"),  # -ity
    ("agency", "organization"),   # -ency
    ("team", "organization"),     # a collective noun
    ("government", "organization"),
    ("paper", None),              # -er, but no person
    ("elevator", None),           # -or is not read as a person
    ("statement", None),
])
def test_a_head_noun_names_a_person_or_a_body_by_its_form(noun, kind) -> None:
    assert head_kind(noun, builtin_titles(), CONSTRAINTS) == kind


@pytest.mark.parametrize(("noun", "gender"), [
    ("spokeswoman", "f"), ("spokesman", "m"), ("father", "m"), ("widow", "f"),
    ("chairwoman", "f"), ("goalkeeper", None), ("human", None), ("spokesperson", None),
])
def test_a_role_noun_states_a_gender_or_none(noun, gender) -> None:
    assert noun_gender(noun, builtin_titles(), CONSTRAINTS) == gender


@pytest.mark.parametrize(("role", "gender"), [
    ("a spokeswoman for the utility", "f"),
    ("the club's goalkeeper", None),
    ("father of three", "m"),
    (None, None),
])
def test_a_role_phrase_states_a_gender_when_one_word_does(role, gender) -> None:
    assert role_gender(role, builtin_titles(), CONSTRAINTS) == gender


def entity(kind: str, gender: str | None = None, place: bool = False,
           spoke: bool = False) -> Entity:
    made = Entity(kind, gender=gender, place=place)
    if spoke:
        made.seen(1, spoke=True)
    return made


@pytest.mark.parametrize(("word", "candidate", "allowed"), [
    ("it", entity("organization"), True),
    ("it", entity("person"), False),                      # "it" is never a person
    ("it", entity("organization", place=True), True),     # a place may be "it" (ranked lower)
    ("she", entity("person", "f"), True),
    ("she", entity("person", "m"), False),                # a known gender must agree
    ("she", entity("person"), True),                      # an unknown one may
    ("he", entity("organization"), False),                # never a body
    ("he", entity("person", place=True), False),          # never a place taken for a name
    ("he", entity("person", "m", place=True), True),      # unless the article gave a gender
    ("they", entity("group"), True),
    ("they", entity("organization"), True),               # a body speaks as "they"
    ("they", entity("organization", place=True), False),  # a country named in passing does not
    ("they", entity("person"), False),
])
def test_pronouns_admit_only_agreeing_antecedents(word, candidate, allowed) -> None:
    assert admits(word, candidate) is allowed


@pytest.mark.parametrize(("text", "expected"), [
    # gender: the man met is excluded, whatever the salience
    ('Councillor Ines Varga met the mayor, Peter Lenz, on Friday. '
     '"We agreed on nothing," she said.', ("she", "Ines Varga", "pronoun")),
    # animacy: "it" skips the village named in passing for the body that acted
    ('The Harlow Water Board cut supplies to the village of Emsby on Tuesday. '
     '"Crews will work through the night," it said.', ("it", "Harlow Water Board", "pronoun")),
    ('Kestrel Airways cancelled 40 flights after the storm hit Dunmore. '
     '"Safety comes first," it said.', ("it", "Kestrel Airways", "pronoun")),
    # "she" is never a place or a date
    ('Dana Whitfield visited Corran Ridge on Friday. "The road is still closed," she said.',
     ("she", "Dana Whitfield", "pronoun")),
    # gender from an apposed role noun
    ('A spokeswoman for the Orlen Trust, Maya Castell, confirmed the sale. Brian Hoyt '
     'declined to comment. "The deal closed last week," she said.',
     ("she", "Maya Castell", "pronoun")),
    # salience: the subject of the last sentence, not the one named in passing
    ('Patrick Lowe and Sara Quint spoke after the match. Lowe praised the crowd. '
     '"They carried us," he said.', ("he", "Patrick Lowe", "pronoun")),
    # the speaker keeps the floor
    ('"The vote is on Monday," said Marek Olsen, a spokesman for the union. '
     '"Members will decide," he said.', ("he", "Marek Olsen", "pronoun")),
    ('Tomas Greer said the plan was sound. His sister, Elena Greer, disagreed. '
     '"It will fail by spring," she said.', ("she", "Elena Greer", "pronoun")),
    # "it" after a body spoke goes back to it, past the places named in between
    ('Lakeside Hydro said repairs began overnight. Power was restored in Canada and in the '
     'town of Perth by noon. "It was a long night for our crews," it said.',
     ("it", "Lakeside Hydro", "pronoun")),
    # a date is never a speaker, even as the subject
    ('Friday marked a year since the flood in Holt. "We still wait for help," she said.',
     ("she", None, "none")),
    # page furniture is no person for "he" to land on
    ('Story continues below advertisement.\n\nMarco Bellini runs the bakery. '
     '"Bread is political now," he said.', ("he", "Marco Bellini", "pronoun")),
])
def test_pronoun_pass(last_speaker, text, expected) -> None:
    assert last_speaker(text) == expected
