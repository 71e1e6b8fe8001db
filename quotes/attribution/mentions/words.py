"""Closed word classes and small token tests shared by the speaker finders.

The lowest layer of ``mentions``: it imports nothing from its siblings, so every other
module may use it.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from ...model import fold
from ...names import OFFICE_PREPOSITIONS
from ..grammar import (
    NOMINAL_POS,
    SUBJECT_DEPS,
)


def split_off_head_word(token: Token) -> Token | None:
    """The one-word proper-noun subject of the same verb written right before ``token``'s
    phrase (``Ward`` of ``Ward 1 councillors …``), or None."""
    doc = token.doc
    first = token.left_edge.i
    if first == 0:
        return None
    before = doc[first - 1]
    return before if before.pos_ == "PROPN" and before.dep_ in SUBJECT_DEPS and (
        before.head.i == token.head.i) and before.left_edge.i == before.i else None


def is_office(token: Token, offices: Container[str]) -> bool:
    """Whether a word is a role title (``offices``: folded, without a full stop), as
    ``Minister``, ``CEO`` or ``Supt.``; or, capitalised, opens one of two words with the word
    after it (``Member for`` in rules/titles.jsonl: ``Member for Katherine``, a seat named by
    its place, where ``members`` of a body hold no office)."""
    if fold(token.text).rstrip(".") in offices:
        return True
    doc = token.doc
    return token.is_title and token.i + 1 < len(doc) and (
        f"{fold(token.text)} {doc[token.i + 1].lower_}" in offices)


INDEFINITE_SPEAKERS = {"someone", "somebody", "everyone", "everybody", "anyone", "nobody", "none",
                       "one", "another", "each", "either", "neither"}


def time_word_on_name(name: Token, child: Token) -> bool:
    """``At 20:00 Eskom``, ``On Friday Eskom``: a clock time, number or date word the parser
    compounded on a name inside a time phrase is the time's, no word of the name."""
    return child.i < name.i and child.dep_ in {"nummod", "compound"} and (
        ":" in child.text or name.dep_ == "pobj" and (
            child.like_num or child.ent_type_ in TIME_LABELS))


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "She and X said": both

QUANTIFIER_SPEAKERS = {"some", "many", "both", "all", "others", "most", "several", "few",
                       "those", "these"}


def name_tagged_verb(token: Token) -> bool:
    """``Coase [13,14] argues``: a lone capitalised subject the tagger read as a verb."""
    return token.pos_ == "VERB" and token.dep_ == "nsubj" and token.text[:1].isupper() and (
        token.text != "I") and not any(token.children)


TIME_LABELS = {"DATE", "TIME"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a street or a town holds no office


def is_time_expression(token: Token) -> bool:
    """``Late Wednesday``, ``Thursday``, ``last week``: a date or time is never a speaker, even
    where the parser makes it the subject (``Late Wednesday, the lender announced …``)."""
    return token.ent_type_ in TIME_LABELS and token.pos_ != "PRON" and not age_nominal(token)


def can_speak(token: Token) -> bool:
    if is_time_expression(token) and not surname_named_before(token):
        return False  # (but "added Baril" after "Marc Baril", the surname the tagger made a date)
    if name_tagged_verb(token):
        return True
    if token.pos_ == "PRON":
        return token.tag_ == "PRP" or token.lower_ in QUANTIFIER_SPEAKERS | INDEFINITE_SPEAKERS
    if token.pos_ in NOMINAL_POS:
        return True
    if token.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True  # "One of the guards said"
    if token.pos_ == "NUM" and token.is_alpha and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True  # "The two said": the people just named, together
    if union_local_number(token):
        return True  # "CUPE Local 416 said": the number names the union local
    if token.pos_ == "ADJ" and (noun_lost_by_tagger(token) is not None or age_nominal(token)):
        return True  # "the cheerful innkeeper said" with "innkeeper" tagged an adverb
    if token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" for c in token.children) and any(
            c.dep_ in {"acl", "relcl", "prep"} for c in token.children):
        return True  # "A circular issued on Thursday said": a noun the tagger read as adjective
    if surname_named_before(token):
        return True  # "Bigger said" after "Mayor Brian Bigger": the surname, not the adjective
    if token.pos_ == "ADV" and token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" for c in token.children):
        return True  # "said the 32-year-old forward" with "forward" tagged an adverb
    return token.pos_ in {"DET", "NUM", "ADJ"} and token.lower_ in QUANTIFIER_SPEAKERS


def union_local_number(token: Token) -> bool:
    """``Unifor Local 444``: a number right after ``Local`` is the name of a union local."""
    return token.like_num and token.i > 0 and token.doc[token.i - 1].lower_ == "local" and (
        token.doc[token.i - 1].pos_ == "PROPN")


def surname_named_before(token: Token) -> bool:
    """A capitalised word the tagger read as another part of speech (``Bigger``, ``Young``,
    ``Little``) that ends a person's name tagged earlier in the article."""
    return token.text[:1].isupper() and token.is_alpha and any(
        ent.label_ == "PERSON" and len(words) > 1 and words[-1] == token.text
        for ent in token.doc.ents if ent.end <= token.i
        for words in [[t.text for t in ent if t.is_alpha]])  # ("Brian Bigger's": past "'s")


def age_nominal(token: Token) -> bool:
    """``the 54-year-old said``: an age that stands for the person (it modifies no noun)."""
    return token.pos_ == "ADJ" and token.lower_ == "old" and token.head.pos_ not in (
        NOMINAL_POS) and any(c.lower_ in {"year", "years"} for c in token.children)


def noun_lost_by_tagger(adjective: Token) -> Token | None:
    """``the cheerful innkeeper said``, parsed as the subject ``the cheerful`` with
    ``innkeeper`` an adverb of ``said``: the small model's tagger misses rare nouns. The
    lower-case word between a determined adjective subject and its verb is the real head."""
    doc = adjective.doc
    if adjective.i + 2 >= len(doc) or not any(c.dep_ == "det" for c in adjective.children):
        return None
    word, verb = doc[adjective.i + 1], adjective.head
    if not (word.is_alpha and word.is_lower) or word.is_stop or word.pos_ not in {
            "ADV", "ADJ", "NOUN"} or word.head.i != verb.i or verb.i != word.i + 1:
        return None
    return word


DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def name_apposed_to_office_object(office: Token, person: bool = False) -> Token | None:
    """A name of two words or more, after a comma, apposed to the object of the office's
    ``of``/``for``/``to`` (``Commanding officer for St. Mary, Superintendent Ada Lorne,``
    names a place there, not the holder)."""
    doc = office.doc
    for prep in office.rights:
        if prep.dep_ != "prep" or prep.lower_ not in OFFICE_PREPOSITIONS:
            continue
        for obj in prep.children:
            name = next((c for c in obj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and (not person or c.ent_type_ == "PERSON")), None)
            if name is not None and doc[name.left_edge.i - 1].text == "," and (
                    name.left_edge.i < name.i):
                return name
    return None


# "X, Jr. said", "Quitain, Jr.": a bearer's generation after the name's comma, part of it
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


# adverbs that open a sentence with a capital and no comma, which the tagger then reads as
# part of the name after them ("Earlier Kassim said", "Meanwhile Ortiz told")
SENTENCE_ADVERBS = frozenset({
    "earlier", "later", "meanwhile", "separately", "yesterday", "today", "tonight", "also",
    "however", "previously", "afterwards", "additionally", "subsequently", "elsewhere",
    "initially", "finally", "instead", "now", "then", "again", "moreover", "furthermore",
    "still", "recently", "lately", "originally",
})


PLACES_AND_PEOPLES = frozenset({"GPE", "NORP"})  # never a portfolio's or a person's words


def counted_pair(token: Token) -> bool:
    """``Both Ford and Housing Minister Steve Clark``: ``both`` counts two speakers, never
    the words of one portfolio, seat or body's name."""
    return token.left_edge.lower_ == "both"


def name_words_before(name: Token, floor: int, offices: Container[str]) -> int:
    """Where the name ending in ``name`` starts: back over capitalised words up to a title
    (the tagger's entity may take the title in, or leave the first name out)."""
    start = name.i
    while start - 1 >= floor and (word := name.doc[start - 1]).pos_ == "PROPN" and (
            word.text[:1].isupper()) and not is_office(word, offices):
        start -= 1
    return start


def name_start(token: Token, floor: int = 0) -> int:
    """Where the named entity ``token`` ends (or lies inside) begins, not before ``floor``."""
    start = token.i
    while start > floor and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


LEGAL_FORMS = {"inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "llc", "l.l.c.", "plc",
               "lp", "l.p.", "llp", "gmbh", "ag", "s.a.", "n.v."}  # a closed class, like "the"


MAX_DESCRIPTION = 9


def time_phrase(prep: Token) -> bool:
    """``on Thursday``, ``in late May``: a preposition whose object is a date or time."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and is_time_expression(c) for c in prep.children)


def before_comma(child: Token) -> int:
    """The last token of a modifier, stopping short of a comma-delimited clause inside it."""
    edge = child.i
    for token in child.subtree:
        if token.i < child.i:
            continue
        if token.text == "," and _place_apposed_to_place(token):
            continue  # "Officials in Union County, Kentucky,": the state says which county
        if token.text in {",", ";", "(", "\u2014"} or (token.i > child.i and time_phrase(token)):
            break  # "sources at the airport [on Wednesday]": when is no part of who
        if any(t.dep_ == "relcl" and t.left_edge.i <= token.i for t in child.subtree
               if t.i > child.i):
            break  # "one of the pilots [who …]": who they are, said in a clause of its own
        edge = token.i
    return edge


def _place_apposed_to_place(comma: Token) -> bool:
    """``Union County, Kentucky,``: a comma between a place and the one-word place (a
    state, a country) set beside it to say where it is."""
    doc = comma.doc
    if comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    return before.ent_type_ in PLACE_LABELS and after.ent_type_ in PLACE_LABELS and (
        after.dep_ == "appos" and after.head.i == before.i) and (
        comma.i + 2 >= len(doc) or not doc[comma.i + 2].text[:1].isupper())


OBJECT_PRONOUNS = frozenset({"us", "me", "you", "him", "her", "them"})
