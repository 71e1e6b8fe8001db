"""``office_holder`` on parses built by hand: the small model's parse of a long office title
varies with the sentences around it, so the parse the rule must read is set here word by word."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.attribution.mentions import office_holder

# (word, pos, head index, dependency, entity IOB tag)
UNDERSECRETARY = [
    ("DOE", "PROPN", 1, "compound", "O"),
    ("Undersecretary", "PROPN", 11, "nsubj", "O"),
    ("for", "ADP", 1, "prep", "O"),
    ("Policy", "PROPN", 10, "nmod", "B-ORG"),
    (",", "PUNCT", 3, "punct", "I-ORG"),
    ("Planning", "PROPN", 3, "conj", "I-ORG"),
    ("and", "CCONJ", 5, "cc", "I-ORG"),
    ("Regional", "PROPN", 8, "compound", "I-ORG"),
    ("Affairs", "PROPN", 5, "conj", "I-ORG"),
    ("Carlo", "PROPN", 10, "compound", "B-PERSON"),
    ("Mendes", "PROPN", 2, "pobj", "I-PERSON"),
    ("said", "VERB", 11, "ROOT", "O"),
]


def parsed(nlp, rows, replace: dict[int, str] | None = None) -> Doc:
    """A Doc with the rows' words (some replaced), tags, heads, dependencies and entities."""
    words = [(replace or {}).get(i, row[0]) for i, row in enumerate(rows)]
    spaces = [i + 1 < len(words) and words[i + 1] != "," for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               heads=[r[2] for r in rows], deps=[r[3] for r in rows], ents=[r[4] for r in rows])


def mention_at(nlp, rows, replace: dict[int, str], index: int) -> str:
    """The speaker mention ``speaker_mention`` reads from the word at ``index`` of a parse
    built by hand."""
    from quotes.attribution.mentions import speaker_mention

    rules = nlp.get_pipe("speaker_resolution").resolution_rules
    doc = parsed(nlp, rows, replace)
    return speaker_mention(doc[index], rules.institutions, rules.first_names,
                           rules.titles.roles).text


@pytest.mark.parametrize(("replace", "holder"), [
    ({}, "Mendes"),  # commas and "and" inside the office's capitalised body
    ({5: "planning"}, None),  # a lower-case word: a phrase, not an office's name
])
def test_an_office_for_a_listed_body_ends_in_its_holders_name(nlp, replace, holder) -> None:
    doc = parsed(nlp, UNDERSECRETARY, replace)
    found = office_holder(doc[2], nlp.get_pipe("speaker_resolution").resolution_rules.titles
                          .first_names)
    assert (found.text if found is not None else None) == holder


# "… ,” said the Chief Executive of the Port Authority, Ama Owusu." with the name tagged ORG
CHIEF_EXECUTIVE = [
    ("said", "VERB", 0, "ROOT", "O"),
    ("the", "DET", 3, "det", "O"),
    ("Chief", "PROPN", 3, "compound", "O"),
    ("Executive", "PROPN", 0, "nsubj", "O"),
    ("of", "ADP", 3, "prep", "O"),
    ("the", "DET", 7, "det", "B-ORG"),
    ("Port", "PROPN", 7, "compound", "I-ORG"),
    ("Authority", "PROPN", 4, "pobj", "I-ORG"),
    (",", "PUNCT", 3, "punct", "O"),
    ("Ama", "PROPN", 10, "compound", "B-ORG"),
    ("Owusu", "PROPN", 3, "appos", "I-ORG"),
    (".", "PUNCT", 0, "punct", "O"),
]


@pytest.mark.parametrize(("replace", "mention"), [
    ({}, "Ama Owusu"),  # a capitalised office: its apposed name is its holder, however tagged
    # a lower-case word: no name; the office keeps the body it is of
    ({9: "the", 10: "Harbour"}, "the Chief Executive of the Port Authority"),
    ({3: "Harbour"}, "the Chief Harbour"),  # not an office: the apposition stays out
])
def test_the_name_set_beside_a_capitalised_office_is_its_holder(nlp, replace,
                                                                  mention) -> None:
    assert mention_at(nlp, CHIEF_EXECUTIVE, replace, 3) == mention


# "Lorvia’s Ministry of Health, Executive Director, Ben Okoro said": the office read as the
# body's conjunct, the holder's name as the office's apposition
BODY_OFFICE_HOLDER = [
    ("Lorvia", "PROPN", 2, "poss", "B-GPE"),
    ("’s", "PART", 0, "case", "O"),
    ("Ministry", "PROPN", 11, "nsubj", "B-ORG"),
    ("of", "ADP", 2, "prep", "I-ORG"),
    ("Health", "PROPN", 3, "pobj", "I-ORG"),
    (",", "PUNCT", 2, "punct", "O"),
    ("Executive", "PROPN", 7, "compound", "O"),
    ("Director", "PROPN", 2, "conj", "O"),
    (",", "PUNCT", 7, "punct", "O"),
    ("Ben", "PROPN", 10, "compound", "B-PERSON"),
    ("Okoro", "PROPN", 7, "appos", "I-PERSON"),
    ("said", "VERB", 11, "ROOT", "O"),
]


@pytest.mark.parametrize(("replace", "mention"), [
    ({}, "Ben Okoro"),  # the office's holder speaks, not the body
    ({7: "Harbour"}, "Lorvia ’s Ministry of Health"),  # no office between: the body
])
def test_the_holder_of_an_office_after_a_body_speaks(nlp, replace, mention) -> None:
    assert mention_at(nlp, BODY_OFFICE_HOLDER, replace, 2) == mention


# "Ana Mbeki, the State Minister of Trade, told the paper": the office apposed after the
# name's comma read as a second subject of the cue, nearer to it than the name
OFFICE_AS_SECOND_SUBJECT = [
    ("Ana", "PROPN", 1, "compound", "B-PERSON"),
    ("Mbeki", "PROPN", 9, "nsubj", "I-PERSON"),
    (",", "PUNCT", 9, "punct", "O"),
    ("the", "DET", 5, "det", "O"),
    ("State", "PROPN", 5, "compound", "B-ORG"),
    ("Minister", "PROPN", 9, "nsubj", "O"),
    ("of", "ADP", 5, "prep", "O"),
    ("Trade", "PROPN", 6, "pobj", "B-ORG"),
    (",", "PUNCT", 5, "punct", "O"),
    ("told", "VERB", 9, "ROOT", "O"),
    ("reporters", "NOUN", 9, "dobj", "O"),
]


@pytest.mark.parametrize(("replace", "subject"), [
    ({}, "Mbeki"),  # the person the office describes speaks
    ({5: "Harbour"}, "Harbour"),  # no office: the nearer subject, as before
])
def test_an_office_apposed_after_a_name_is_no_second_speaker(nlp, replace, subject) -> None:
    from quotes.attribution.mentions import subject_of

    lexicon = nlp.get_pipe("quote_attribution").lexicon
    doc = parsed(nlp, OFFICE_AS_SECOND_SUBJECT, replace)
    assert subject_of(doc[9], lexicon).text == subject


# "The state Commissioner of Police, Kabiru Ndamu, told journalists": the name hung as an
# apposition of the office's "of" object, tagged ORG
APPOSED_PAST_OF = [
    ("The", "DET", 2, "det", "O"),
    ("state", "NOUN", 2, "compound", "O"),
    ("Commissioner", "PROPN", 9, "nsubj", "O"),
    ("of", "ADP", 2, "prep", "O"),
    ("Police", "PROPN", 3, "pobj", "O"),
    (",", "PUNCT", 4, "punct", "O"),
    ("Kabiru", "PROPN", 7, "compound", "B-ORG"),
    ("Ndamu", "PROPN", 4, "appos", "I-ORG"),
    (",", "PUNCT", 2, "punct", "O"),
    ("told", "VERB", 9, "ROOT", "O"),
    ("journalists", "NOUN", 9, "dobj", "O"),
]


@pytest.mark.parametrize(("replace", "mention"), [
    ({}, "Kabiru Ndamu"),  # after an office, the name set off by commas is its holder
    ({2: "Friends"}, "The state Friends of Police"),  # no office: the apposition stays out
])
def test_a_name_hung_on_the_offices_of_object_is_its_holder(nlp, replace, mention) -> None:
    assert mention_at(nlp, APPOSED_PAST_OF, replace, 2) == mention


# "Regatta chairman and founder Sir Tom Reyes Dunn said": two offices joined by "and" run
# into one person's name, which the tagger split in two
JOINT_OFFICE_SPLIT_NAME = [
    ("Regatta", "PROPN", 1, "compound", "O"),
    ("chairman", "NOUN", 8, "nsubj", "O"),
    ("and", "CCONJ", 1, "cc", "O"),
    ("founder", "NOUN", 7, "compound", "O"),
    ("Sir", "PROPN", 7, "compound", "O"),
    ("Tom", "PROPN", 6, "compound", "B-PERSON"),
    ("Reyes", "PROPN", 7, "compound", "I-PERSON"),
    ("Dunn", "PROPN", 1, "conj", "B-PERSON"),
    ("said", "VERB", 8, "ROOT", "O"),
]


@pytest.mark.parametrize(("replace", "mention"), [
    ({}, "Regatta chairman and founder Sir Tom Reyes Dunn"),  # one person's titles and name
])
def test_joint_offices_run_into_a_name_the_tagger_split(nlp, replace, mention) -> None:
    assert mention_at(nlp, JOINT_OFFICE_SPLIT_NAME, replace, 1) == mention
