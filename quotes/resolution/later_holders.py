"""Descriptions of a role the story puts a name to only later.

``Festival chief executive says his comments reflect a lack of understanding`` over a story
that goes on to ``Festival chief executive Susan Kirby told RTÉ radio …``: a headline writes
the role where the story writes the person. A person description in the article's opening
lines (the headline and deck, before the first paragraph that ends a sentence) is the one
person the article gives that role further on, every modifier agreeing (its proper words
too: ``the leader of Ashby Council`` is not ``the leader of the Conservative group``); two
such people, or none, leave it as written. In the story itself a definite title that nobody
before fits (``The counsel said …``, then ``defence counsel Tariq Jamil``) is read the same
way, after every link back (and the short forward reach for any noun) has failed, and so
is the news lede's indefinite title (``A councillor has warned …`` before anybody is named,
then ``SDLP councillor Paul McCusker said …``): the lede keeps the name for later.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import fold
from ..names import Titles
from .constraints import head_kind
from .entities import Entity
from .heads import head_noun, place_after_of, role_matches
from .holders import proper_words_agree, role_modifiers_agree, title_phrase_agrees
from .opening import in_opening_lines
from .state import ArticleState

HEADLINE_DETERMINERS = frozenset({"", "the"})  # "Minister says", "The minister says"
LEDE_DETERMINERS = frozenset({"a", "an", "one"})  # "A councillor has warned"


def holder_named_in_story(state: ArticleState, span: Span, determiner: str,
                          anywhere: bool = False, lede: bool = False) -> Entity | None:
    """The one person the article gives, further on, the role a description names: one in
    the opening lines, or (``anywhere``) one the caller found nobody before for, or
    (``lede``) an indefinite one before the article named any person."""
    head = head_noun(span)
    opening = in_opening_lines(state, span.start)
    determiners = LEDE_DETERMINERS if lede else HEADLINE_DETERMINERS
    if opening and not lede:
        determiners = HEADLINE_DETERMINERS | LEDE_DETERMINERS  # a deck's "a city spokesman
        # said …" summarises the story, naming the role it gives a name further on
    if determiner not in determiners or head.tag_ not in {"NN", "NNP"} or not (
            anywhere or opening):
        return None
    lemma = head.lemma_.lower()
    titles = state.titles
    if head_kind(lemma, titles, state.constraints) != "person":
        return None
    place = place_possessor(state, span)
    place_words = {fold(t.text) for t in place if t.pos_ == "PROPN"} if place else set()
    if anywhere and not definite_lede(state, span, determiner) and (
            titles.entry(lemma) is None or place is None and any(
            t.dep_ == "poss" for t in span)):
        return None  # far off, only a title the story gives (not "the goalkeeper"), and
        # nothing a body possessor narrows ("the bureau's director" is not every director)
    proper = proper_words(span) - place_words  # said again in the person's role or name
    common = {fold(t.text) for t in span if t.pos_ == "NOUN" and t.i != head.i}
    fits: list[tuple[Entity, int]] = []  # each holder, where the article first names them
    for event in state.events:
        entity = event.entity
        if event.position < span.end or entity.kind != "person" or any(
                entity is e for e, _ in fits):
            continue
        if holds_role(span, entity, lemma, titles, proper) and (
                proper_words_agree(place_words, entity, titles, common) > 0):
            fits.append((entity, event.position))
    if len(fits) == 1 or len(fits) > 1 and lede and named_next_in_lede(state, span, fits):
        return fits[0][0]  # "A senior councillor has denied …", "Councillor Ada Ruiz said
        # …", and only further on "Peter Jones, the councillor who …": the lede's, named next
    return None


def named_next_in_lede(state: ArticleState, span: Span, fits: list[tuple[Entity, int]]
                       ) -> bool:
    """The first holder is named within ``lede_forward_sentences`` of the lede's
    description, and the next one only beyond it."""
    here = state.sentence(span.start)
    reach = state.weights.lede_forward_sentences
    return state.sentence(fits[0][1]) - here <= reach < state.sentence(fits[1][1]) - here


def definite_lede(state: ArticleState, span: Span, determiner: str) -> bool:
    """``The elevator's grain buyer says …`` before the article named anybody, then ``…,
    says Roland Olson, grain buyer``: like the headline, the lede's definite description keeps
    the name for later, whatever its head (a title or not) and its possessor, when a common
    noun narrows the role to a field (``grain``) the later role must also name (a bare ``the
    goalkeeper`` or ``the bureau's director`` may be anybody's)."""
    return determiner in HEADLINE_DETERMINERS and bool(field_words(span)) and (
        not state.named_before(span.start, "person"))


def holds_role(span: Span, entity: Entity, lemma: str, titles: Titles, proper: set[str]
               ) -> bool:
    """The description's role is the entity's, every modifier and proper word agreeing; or,
    for a person given no title, a title the article gave them in a clause (``Paula Southgate,
    who has been Hamilton's mayor``) when the description names no body of its own."""
    if not entity.role:
        return not proper and titles.entry(lemma) is not None and lemma in entity.descriptors
    return role_matches(entity.role, lemma, titles) and role_modifiers_agree(
        span, entity.role) and title_phrase_agrees(span, entity.role, titles) and (
        proper_words_agree(proper, entity, titles) == (2 if proper else 1))


def place_possessor(state: ArticleState, span: Span) -> Span | None:
    """``the area's mayor``, ``the Resort Municipality's mayor``, ``Ashby's police chief``,
    ``the Mayor of Mackay``: a possessor (or an ``of`` place) that is the place the office
    is held in (a place the tagger knows, a municipality, or a word for an area:
    rules/head_nouns.jsonl ``area``), with its compounds. The story is about that place, so
    the one holder of the office it names is meant; a role that names another place
    (``Ottawa Mayor Jim Watson``) is not."""
    head = head_noun(span)
    owner = next((t for t in span if t.dep_ == "poss" and t.head.i == head.i), None)
    if owner is None:
        owner = place_after_of(span, head) or next(
            (t for t in span if t.dep_ == "compound" and t.head.i == head.i
             and (t.ent_type_ == "GPE" or t.lower_ in state.place_words)), None)
        # ("A Norwich judge": a judge in Norwich, a place the article names as one elsewhere)
    else:
        area = owner.lemma_.lower() in state.constraints.area_nouns
        if not (owner.ent_type_ in {"GPE", "LOC"} or area or state.noun_entry(owner).municipal):
            return None
    if owner is None:
        return None
    start = owner.i
    while start > span.start and span.doc[start - 1].dep_ == "compound" and (
            span.doc[start - 1].head.i == owner.i):
        start -= 1
    return span.doc[start:owner.i + 1]


def official_named_next(state: ArticleState, span: Span) -> Entity | None:
    """``An official in Oman's Foreign Ministry says …`` before anybody is named, then ``…,
    Ahmed Al-Maskari, the head of the Gulf Department of Oman's Foreign Ministry, told IRNA``:
    the lede keeps the official's name for the next sentences, where the one person named
    with every proper word of the official's body in their role is the official. So does
    ``The Davao disaster official said …`` for the one whose role names its field
    (``Harry Camoro, provincial disaster risk reduction officer``), and a lede's ``a city
    official said`` for the one named next whose office names the city."""
    proper = proper_words(span)
    field = field_words(span)
    # (a field names the office as well in a lede: "a city official said", then "…, the
    # City Information Officer, said")
    definite = (span[0].lower_ == "the" or span[0].lower_ in LEDE_DETERMINERS) and bool(field)
    if not (proper or definite) or not (span[0].lower_ in LEDE_DETERMINERS or definite) or (
            state.named_before(span.start, "person")):
        return None
    here = state.sentence(span.start)
    reach = state.weights.forward_same_noun_sentences
    fits: list[Entity] = []
    for event in state.events:
        if event.position < span.end:
            continue
        if state.sentence(event.position) - here > reach:
            break
        entity = event.entity
        if entity.kind == "person" and entity.role and all(e is not entity for e in fits) and (
                proper_words_agree(proper, entity, state.titles) == 2 or definite and (
                field <= set(re.findall(r"\w+", fold(entity.role))))):
            fits.append(entity)
    return fits[0] if len(fits) == 1 else None


def field_words(span: Span) -> set[str]:
    """The common nouns compounded on the description's head (``disaster`` of ``the Davao
    disaster official``), folded: the field a later role must name as well."""
    head = head_noun(span)
    return {fold(t.text) for t in span if t.dep_ == "compound" and t.pos_ == "NOUN"
            and t.head.i == head.i}


def proper_words(span: Span) -> set[str]:
    """The description's proper words, before its head or after it (``the leader of Ashby
    Council``), folded; not the head itself (``Judge says …`` in a deck, in capitals)."""
    head = head_noun(span)
    return {fold(t.text) for t in span if t.pos_ == "PROPN" and t.i != head.i}
