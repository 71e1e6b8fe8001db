"""Who a floating quote (a paragraph that is only a quote) belongs to: the speaker keeps the
floor, unless the paragraph (or, in its own paragraph, the sentence) just before it only
introduced somebody else as its subject."""

from __future__ import annotations

import pytest

OPENING = ('Mara Lind, the union\'s secretary, says:\n\n"We filed complaints with the police.\n\n'
           '"The factory reopened after two days."\n\n')


@pytest.mark.parametrize(("text", "expected"), [
    # a short paragraph with a new person as its subject hands the floor over
    (OPENING + 'Regional secretary Joan Pettit welcomes the action.\n\n"Workers may refuse '
     'unsafe work."', (None, "Joan Pettit", "introduced")),
    (OPENING + 'Joan Pettit, a regional secretary, backed the strike on Monday.\n\n"Workers may '
     'refuse unsafe work."', (None, "Joan Pettit", "introduced")),
    # the name set beside the subject, however the parse hung it on the "of" object
    (OPENING + 'The leader of Lorvia Council, Margaret Holt, was unimpressed with the '
     'proposal.\n\n"Workers may refuse unsafe work."', (None, "Margaret Holt", "introduced")),
    # … also past a subheading set between the paragraphs
    (OPENING + 'Council vice-chair Joan Pettit was scathing.\n\nMunicipal services\n\n'
     '"Workers may refuse unsafe work."', (None, "Joan Pettit", "introduced")),
    # a subheading alone hands over nothing
    (OPENING + 'Municipal services\n\n"Workers may refuse unsafe work."',
     (None, "Mara Lind", "inherited")),
    # with no paragraph between, the speaker goes on
    (OPENING + '"Workers may refuse unsafe work."', (None, "Mara Lind", "inherited")),
    # a person only named in passing, not the subject, takes nothing
    (OPENING + 'The union sent a letter to the office of Joan Pettit.\n\n"Workers may refuse '
     'unsafe work."', (None, "Mara Lind", "inherited")),
    # nor does a paragraph that quotes somebody itself, or the speaker named again
    (OPENING + 'Mara Lind said the plant was unsafe.\n\n"Workers may refuse unsafe work."',
     (None, "Mara Lind", "inherited")),
    # a paragraph with two people, or a person and a body, as subjects names no one
    (OPENING + 'Joan Pettit met the owners. Ivo Brandt joined them.\n\n"Workers may refuse '
     'unsafe work."', (None, "Mara Lind", "inherited")),
    (OPENING + 'Joan Pettit met the owners. The Harbour Union joined them.\n\n"Workers may '
     'refuse unsafe work."', (None, "Mara Lind", "inherited")),
    # with nobody quoted before, a sentence whose subject is "he" hands the quote to him
    ('Resident Bob Tremblay sat in his backyard as the fire came down the slope.\n\nBut as '
     'of midnight, he had not heard anything. "I do not know how they contact you."',
     (None, "Bob Tremblay", "introduced")),
    # in the same paragraph, the sentence right before the quote introducing a person as
    # its subject, or as its subject's possessor, hands the quote to them
    ('Fees rose by a fifth, according to the Harbour Board. Local grocer Ines Varga did not '
     'seem surprised. "The board is catching up with the market."',
     (None, "Ines Varga", "introduced")),
    ('Fees rose by a fifth, according to the Harbour Board. Tomas Bell\'s fee went up by '
     'half. "I am worried about the other tenants."', (None, "Tomas Bell", "introduced")),
    # a sentence about a thing, or naming a person only in passing, hands over nothing
    ('Fees rose by a fifth, according to the Harbour Board. The notice went to Ines Varga. '
     '"The market has been rising for years."', (None, "Harbour Board", "inherited")),
    # a single name with a plural verb is a team ("Gowna were …", British usage), no person
    ('"We learned from last year," said Gowna manager Fintan Reilly.\n\n"I am delighted '
     'for everybody in Gowna."\n\nGowna were three points up at the break but kicked on to '
     'win by seven.\n\n"We came out after half-time and got a couple of early scores."',
     (None, "Fintan Reilly", "inherited")),
    # with nobody speaking in the paragraphs before to continue, the stance just reported
    # of a person named earlier is taken up in their own words
    ('Union president Ana Ruiz spoke at the rally.\n\nThe wording is the sticking point.\n\n'
     'Although, Ruiz believes it does not need to change.\n\n'
     '\u201cIf it isn\u2019t broke, don\u2019t fix it. The city has shown no need.\u201d',
     (None, "Ana Ruiz", "introduced")),
    # the quotation runs on into the next paragraph (no closing mark): still the person
    # introduced before its first paragraph
    ('The team lost on Sunday.\n\nAfter the match, coach Tomas Berg criticised the referee.'
     '\n\n\u201cThe penalty killed the game. We never recovered.\n\n'
     '\u201cOur passing was poor, and that cost us.\u201d', (None, "Tomas Berg", "inherited")),
    # a body's name that only modifies the person's name is no second subject
    ('"Snow has always been an issue," said Dimitrios Beis, mayor of Harbour North.\n\n'
     'St-Laurent borough mayor Alan DeSousa is worried about what this means for residents.'
     '\n\n"Despite paying more in taxes, services are going down."',
     (None, "Alan DeSousa", "introduced")),
])
def test_a_paragraph_introducing_a_person_hands_them_the_floor(last_speaker, text,
                                                               expected) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name that speaks right after a floating quotation is the one who spoke before it:
    # the quotation is still theirs (by name, or through the pronoun that named them)
    ("'Our focus is on Flin Flon,' Dara Lantz, vice-president of the mine, told the chamber. "
     "'We have lots of ore in Snow Lake.' Lantz said geologists are searching the area.",
     "Dara Lantz"),
    ("'Our focus is on Flin Flon,' Dara Lantz told the chamber. 'We do not want a small mine,' "
     "she said. 'We want a big one.' Lantz said the search goes on.", "Dara Lantz"),
    # in the paragraph where the speaker was just quoted, the quotation goes on with them,
    # whoever is named speaking next (a new speaker's own words would carry their cue)
    ("'Our focus is on Flin Flon,' Dara Lantz told the chamber. 'We have lots of ore.' Mayor "
     "Ivo Brandt said the town welcomed the news.", "Dara Lantz"),
    # across a paragraph break, someone else named speaking next leaves it unattributed
    ("'Our focus is on Flin Flon,' Dara Lantz told the chamber.\n\n'We have lots of ore.' Mayor "
     "Ivo Brandt said the town welcomed the news.", None),
])
def test_a_floating_quote_before_its_own_speaker_speaks_again_is_theirs(attribute, text,
                                                                        expected) -> None:
    floating = [q for q in attribute(text) if q.rule == "direct:floating"]
    assert [q.resolved.name if q.resolved else None for q in floating] == [expected]
