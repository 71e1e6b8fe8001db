"""Epithets: a definite description of the person who just spoke.

News varies how it names a speaker: ``Mr Quinn said …`` and then ``The Labour councillor
said …``, ``said the cricketer-turned-administrator``. The noun is no role the article gave
anyone and no apposition, so the role and apposition passes find nobody; but a writer who
meant somebody new would have named them. So a definite, singular person description left
over continues the person who spoke in the narrated sentence just before (the floor), unless
it repeats somebody the article left unnamed (``a man … the man``) or something in it
contradicts them: another gender, a portfolio or narrowing noun their role
lacks (``the trade minister`` is not the finance minister), an office their role is not
(``the president`` is not the senator), or a body of the article they are not of (``the
Google chief`` is not Apple's). The link rests on focus only, and confidence says so.

Bodies the same: ``Saskatchewan Highways has released its plans. According to the ministry,
…``: a definite body noun that fits no named body better is the body that acted, as the
subject, in the narrated sentence just before, when its name says it is no other kind of
body (``bodies.body_fit``) and no other body acted there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Span

from ..model import fold
from ..names import Titles
from ..rules import SpeakerNounRule
from .bodies import body_fit, named
from .constraints import grammatical_subject, head_kind, noun_gender, official_for_participant
from .entities import Entity, MentionEvent, plausible_person
from .heads import affiliated_by_name, head_noun, office_of_body_noun
from .holders import (
    office_differs,
    portfolio_agrees,
    proper_compounds,
    proper_modifiers_agree,
    role_modifiers_agree,
)
from .pronouns import Pronouns
from .spans import demonym_of_place
from .state import ArticleState
from .unnamed import PLURAL_TAGS, first_unnamed_nouns


def epithet_referent(state: ArticleState, pronouns: Pronouns, span: Span,
                     entry: SpeakerNounRule, position: int,
                     exclude: frozenset[int]) -> Entity | None:
    """Who a definite description nothing else resolved continues: a body noun (listed in
    rules/speaker_nouns.jsonl as one, or by its form) the body that acted just before, a
    person noun the person with the floor."""
    lemma = head_noun(span).lemma_.lower()
    if entry.document:
        return None  # "the report": its issuer, or nobody (documents.py)
    if entry.type == "group":
        return None  # "The Opposition says": a side of its own, not the body that acted
    if entry.municipal:
        return None  # "the town says": the municipality (bodies.municipality), or nobody;
        # never the broadcaster that reported the sentence before
    if entry.type == "organization" or head_kind(
            lemma, state.titles, state.constraints) == "organization":
        return acting_body(state, span, position, exclude)
    return epithet_speaker(state, pronouns, span, position, exclude)


def epithet_speaker(state: ArticleState, pronouns: Pronouns, span: Span, position: int,
                    exclude: frozenset[int]) -> Entity | None:
    """The person with the floor a definite person description continues, if nothing in
    the description contradicts them."""
    head = head_noun(span)
    lemma = head.lemma_.lower()
    if head.tag_ in {"NNS", "NNPS"} or head_kind(lemma, state.titles, state.constraints) != (
            "person") and head.ent_type_ != "NORP" and not demonym_of_place(head, state.ents):
        return None  # ("the Belizean added", typed a body, is a person from Belize)
    if repeats_somebody_unnamed(state, span):
        return None  # "Police arrested a man …. The man told officers": that man
    gender = noun_gender(lemma, state.titles, state.constraints)
    words = ("he", "she") if gender is None else ("he" if gender == "m" else "she",)
    spoke = [e for word in words
             if (e := pronouns.last_fitting_speaker(word, position, exclude)) is not None]
    speaker = max(spoke, key=lambda e: e.last_spoke) if spoke else None
    if speaker is None:
        if not described_further(span):
            return None
        speaker = only_person_just_before(state, position, exclude)
    elif not keeps_the_floor(state, speaker, position):
        return None
    if speaker is None or not plausible_person(speaker) or speaker.described or speaker.place:
        return None
    if gender is not None and speaker.gender not in {None, gender}:
        return None
    if contradicts(state, span, speaker):
        return None
    return speaker


def described_further(span: Span) -> bool:
    """``the Willow Creek Farm owner``, not ``the father``: a bare noun may be somebody else's
    relation or a new face; words that add to it are the writer's way of varying a name."""
    head = head_noun(span)
    return any(t.i != head.i and t.dep_ != "det" and not t.is_punct for t in span)


def only_person_just_before(state: ArticleState, position: int,
                            exclude: frozenset[int]) -> Entity | None:
    """``The summer has been the driest on Tom Baker's farm …. “…,” said the Willow Creek
    Farm owner``: nobody spoke yet, but the sentence before was about one named person and
    nobody else; a writer who meant somebody new would have named them, so the description
    varies how that person is called."""
    people: dict[int, Entity] = {}
    for event, back in events_back_to_sentence_before(state, position):
        entity = event.entity
        if back == 0 and entity.kind == "person":
            return None  # somebody else is met in the description's own sentence first
        if back == 1 and entity.kind == "person" and not entity.place:
            people[entity.number] = entity
    if len(people) != 1:
        return None
    (person,) = people.values()
    if person.number in exclude or not named_in_full(person):
        return None
    return person


def events_back_to_sentence_before(state: ArticleState, position: int
                                   ) -> Iterator[tuple[MentionEvent, int]]:
    """The mentions before ``position``, newest first, back to the start of the narrated
    sentence before its own, each with how many narrated sentences back it is (0 or 1)."""
    before = bisect.bisect_left(state.events, position, key=lambda ev: ev.position)
    for event in reversed(state.events[:before]):
        back = state.narrated_sentences_between(event.position, position)
        if back > 1:
            return
        yield event, back


def named_in_full(person: Entity) -> bool:
    """A first name and a surname (``Dan Hollis``), not a word the tagger took for a person
    (``COVID-19``)."""
    return any(len(words := name.split()) >= 2 and all(
        word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
        for word in words) for name in person.names)


def keeps_the_floor(state: ArticleState, speaker: Entity, position: int) -> bool:
    """The speaker spoke in the sentence before, or (``Eve said …. He was impressed …. “…,”
    said the former captain``) within ``epithet_floor_sentences`` with nobody else named
    since: the story stayed with them."""
    if state.spoke_just_before(speaker, position):
        return True
    if not 0 <= speaker.last_spoke < position or state.narrated_sentences_between(
            speaker.last_spoke, position) > state.weights.epithet_floor_sentences:
        return False
    events = state.events  # in the order of their positions
    first = bisect.bisect_right(events, speaker.last_spoke, key=lambda e: e.position)
    last = bisect.bisect_left(events, position, key=lambda e: e.position)
    return all(event.entity is speaker for event in events[first:last])


def repeats_somebody_unnamed(state: ArticleState, span: Span) -> bool:
    """The head noun already stood for somebody unnamed (``Police arrested a man …. The man
    told officers``). A speaker so described in the lede, before anybody is named (``An NHS
    chief executive said …``), was the lede's way of keeping the name for the next
    paragraph (``unnamed.new_speaker_ahead``): the person named there, not somebody else."""
    head = head_noun(span)
    first = first_unnamed_nouns(state).get((head.lemma_.lower(), head.tag_ in PLURAL_TAGS))
    if first is None or first >= span.start:
        return False
    before = bisect.bisect_left(state.events, first, key=lambda ev: ev.position)
    return first not in state.speaker_tokens or any(
        event.entity.kind == "person" and not event.entity.place
        for event in state.events[:before])


def contradicts(state: ArticleState, span: Span, speaker: Entity) -> bool:
    """Something in the description says it is someone else than ``speaker``."""
    titles = state.titles
    if official_for_participant(head_noun(span).lemma_.lower(), speaker, titles,
                                state.constraints):
        return True  # "the man said he did" is not the prosecutor relating it
    if not portfolio_agrees(span, speaker, titles):
        return True  # "the Minister of Health" is not the finance minister
    if speaker.role and not role_modifiers_agree(span, speaker.role):
        return True  # "the trade minister" is not Finance Minister Ada Holm
    if speaker.role and office_differs(span, head_noun(span), speaker.role, titles):
        return True  # "the president" is not the senator
    if office_of_body_noun(span, state.org_nouns) and not (
            speaker.role or speaker.descriptors) and affiliated_by_name(state, speaker):
        return True  # "the city solicitor" is not the campaigner of another group who spoke
    return proper_modifiers_agree(span, speaker, titles) == 0 and any(
        not role_names_body(speaker, body, titles) for body in bodies_named_by(span, state))


def names_a_body_of_article(span: Span, state: ArticleState) -> bool:
    """A proper word of the description is a word of a body the article names (``the Google
    chief`` where Google is named): it says whose office this is."""
    return bool(bodies_named_by(span, state))


def bodies_named_by(span: Span, state: ArticleState) -> list[Entity]:
    """The bodies of the article whose names have a proper word of the description."""
    proper = {fold(t.text) for t in proper_compounds(span, state.titles)}
    if not proper:
        return []
    return [entity for entity in state.entities
            if entity.kind == "organization" and not entity.place
            and not named_as_a_place(entity, state.rules.place_institutions)
            and proper & {fold(w) for name in entity.names for w in name.split()}]


def named_as_a_place(entity: Entity, place_words: frozenset[str]) -> bool:
    """``Lagos State``, ``Harbour City`` typed a body: a name and a word that makes a place
    of it (``place`` in rules/name_words.jsonl) is where offices are held, no body."""
    names = [name.split() for name in entity.names if name]
    return any(len(words) == 2 and fold(words[1]) in place_words for words in names) and all(
        len(words) <= 2 for words in names)  # (and its short form, "Lagos")


def role_names_body(speaker: Entity, body: Entity, titles: Titles) -> bool:
    """``State Police Commissioner`` heads the ``Lagos State Police Command``: every word of
    the role that names a body (capitalised, no title) is a word of the body's name, so
    ``the Lagos police boss`` agrees with them though the role leaves the place out."""
    words = [w for w in titles.outside_titles(re.findall(r"\w+", speaker.role or ""))
             if w[:1].isupper()]
    name_words = {fold(w) for name in body.names for w in re.findall(r"\w+", name)}
    return bool(words) and all(fold(w) in name_words for w in words)


def acting_body(state: ArticleState, span: Span, position: int,
                exclude: frozenset[int]) -> Entity | None:
    """The one named body that was a subject in the narrated sentence before the
    description's, if the description's noun may name it."""
    head = head_noun(span)
    noun = head.lemma_.lower()
    if head.tag_ in {"NNS", "NNPS"} or any(
            t.i != head.i and t.dep_ not in {"det", "amod"} and not t.is_punct for t in span):
        return None  # "the fire department": a modifier the body's name must carry (bodies.py)
    acting: dict[int, Entity] = {}
    for event, back in events_back_to_sentence_before(state, position):
        if back == 0:
            continue  # "Harbor Mining posted a loss, the bank said": its statement's subject
        entity = event.entity
        if entity.kind in {"organization", "group"} and not entity.place and (
                entity.number not in exclude) and grammatical_subject(state.doc[event.position]):
            acting[entity.number] = entity
    if len(acting) != 1:
        return None
    (body,) = acting.values()
    if body.kind != "organization" or not named(body) or body_fit(
            body, noun, state.titles, state.constraints) is None:
        return None
    return body
