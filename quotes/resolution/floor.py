"""Floating quotes: how sure we are that a quote with no cue is still its speaker's.

News keeps the floor with a speaker across quote paragraphs (``"…," said Ruiz.`` then a
paragraph that is only a quote), so a floating quote inherits the speaker of the quote it
continues. Two things make that doubtful, and each lowers confidence (``ConfidenceWeights.
linking_doubts``) without changing who is named: someone else became the subject of a
sentence before the new paragraph (the floor may have passed), or the quote it continues was
itself a floating line alone in its paragraph (dialogue, where speakers take turns).

One hand-over is clear enough to act on: a paragraph that only introduces a new person as its
subject, with no quote of its own, right before a paragraph that opens with the floating quote
(``IndustriALL's Ana Ruiz welcomes the move.`` then ``"Workers have the right …"``): the
quote is hers (``introduced_before``). So is the same within a paragraph: a sentence that
only introduces a person, right before the quote (``introduced_in_sentence_before``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from .confidence import doubt
from .constraints import grammatical_subject
from .entities import Entity
from .pronouns import Pronouns
from .state import ArticleState


def floating_doubts(state: ArticleState, speaker: object, since: int, position: int,
                    source_floating: bool) -> list[str]:
    """The doubts of a floating quote at token ``position`` that continues the quote
    resolved at token ``since`` (itself floating or not) whose speaker is ``speaker``."""
    if state.paragraph(since) == state.paragraph(position):
        return []  # the same paragraph: the speaker goes on
    if floor_contested(state, speaker, since, position):
        return [doubt("contested-floor")]
    if source_floating and state.only_quote(state.paragraph(since)):
        return [doubt("dialogue-turn")]
    return []


def floor_contested(state: ArticleState, speaker: object, since: int, position: int) -> bool:
    """Another person or body the subject of a sentence between the two quotes (several
    speakers together: who goes on is unclear anyway)."""
    if not isinstance(speaker, Entity):
        return True
    return state.floor_taken_between(speaker, since, position)


def introduced_before(state: ArticleState, speaker: object, position: int) -> Entity | None:
    """The one named person the paragraph just before a floating quote is about, when that
    paragraph (one or two sentences, nothing quoted) has them as its only grammatical subject
    and the quote opens the next paragraph; None when that is the current speaker, or when
    nobody, a body or several are."""
    here = state.paragraph(position)
    sentence = state.sentence(position)
    before = []
    n = sentence - 1
    if subheading(state, n) and state.paragraph_of[n] == here - 1:
        n, here = n - 1, here - 1  # "Municipal services" set between the paragraphs
    while n >= 0 and len(before) < 3 and state.paragraph_of[n] == here - 1:
        before.append(n)
        n -= 1
    if not before or len(before) > 2:
        return None  # the quote does not open its paragraph, or a longer paragraph is
        # narrative of its own, not a hand-over
    start, end = state.sentence_bounds(before[-1])[0], state.sentence_bounds(before[0])[1]
    if any(state.quoted[start:end]):
        return None
    return sole_person_subject(state, start, end, speaker)


SUBHEADING_WORDS = 6


def subheading(state: ArticleState, n: int) -> bool:
    """Sentence ``n`` is a subheading: a paragraph of its own of a few words, no closing stop
    and nothing quoted (``Municipal services``)."""
    paragraphs = state.paragraph_of
    if n < 1 or paragraphs[n - 1] == paragraphs[n] or (
            n + 1 < len(paragraphs) and paragraphs[n + 1] == paragraphs[n]):
        return False
    start, end = state.sentence_bounds(n)
    words = [t for t in state.doc[start:end] if not t.is_space]
    return 0 < len(words) <= SUBHEADING_WORDS and words[-1].text not in {".", "!", "?", ":"} and (
        not any(state.quoted[start:end]))


def introduced_in_sentence_before(state: ArticleState, speaker: object,
                                  position: int) -> Entity | None:
    """``Local realtor Dave Mingo didn't seem surprised.`` then ``“My first reaction was …”``
    in the same paragraph: the one named person the sentence right before a floating quote
    is about (its subject, or the subject's possessor: ``Peter Reid's assessment went up``),
    when that sentence quotes nobody and names nobody else as a subject. None when that is
    the current speaker."""
    n = state.sentence(position) - 1
    if n < 0 or state.paragraph_of[n] != state.paragraph(position):
        return None
    start, end = state.sentence_bounds(n)
    if any(state.quoted[start:end]) or any(start <= t < end for t in state.speaker_tokens):
        return None
    return sole_person_subject(state, start, end, speaker, possessors=True)


def sole_person_subject(state: ArticleState, start: int, end: int, speaker: object,
                        possessors: bool = False) -> Entity | None:
    """The one named person who is the grammatical subject (with ``possessors``, or owns
    it) of the tokens [start, end), when no other person or body is; None when that is the
    current speaker, or a single name with a plural verb (a team)."""
    first = bisect.bisect_left(state.events, start, key=lambda ev: ev.position)
    last = bisect.bisect_left(state.events, end, key=lambda ev: ev.position)
    subjects = {id(ev.entity): ev.entity for ev in state.events[first:last]
                if ev.entity.kind in {"person", "organization", "group"} and not ev.entity.place
                and not (ev.entity.kind != "person" and modifies_a_name(state.doc[ev.position]))
                and (grammatical_subject(state.doc[ev.position])
                     or possessors and possessor_of_subject(state.doc[ev.position]))}
    if len(subjects) != 1:
        return None  # nobody, or several (a body beside the person makes it unclear)
    (person,) = subjects.values()
    if person.kind != "person" or not person.names or person is speaker or any(
            ev.entity is person and team_agreement(state.doc[ev.position])
            for ev in state.events[first:last]):
        return None
    return person


def modifies_a_name(token: Token) -> bool:
    """``St-Laurent borough mayor Alan DeSousa``: a body's name that only modifies a person's
    name (through compounds) is part of how the person is introduced, no subject beside them."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != token.i and head.ent_type_ == "PERSON" and token.ent_type_ != "PERSON"


def possessor_of_subject(token: Token) -> bool:
    """``Peter Reid's assessment went up``: the name owns the sentence's subject."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "poss" and head.head.dep_ in {"nsubj", "nsubjpass"}


def narrated_by_pronoun_before(state: ArticleState, pronouns: Pronouns,
                               position: int) -> Entity | None:
    """``But as of midnight, he had not heard anything.`` then ``“I don't know how they
    contact you …”``: with nobody quoted before to continue, a floating quote right after a
    sentence whose subject is ``he`` or ``she`` (in its paragraph or the one before) is the
    words of the person that pronoun plainly is."""
    n = state.sentence(position) - 1
    if n < 0 or state.paragraph(position) - state.paragraph_of[n] > 1:
        return None
    start, end = state.sentence_bounds(n)
    if any(state.quoted[start:end]):
        return None
    subject = next((t for t in state.doc[start:end] if t.dep_ in {"nsubj", "nsubjpass"}
                    and t.lower_ in {"he", "she"} and t.head.dep_ == "ROOT"), None)
    if subject is None:
        return None
    person = pronouns.clear_referent(subject.lower_, subject.i, frozenset(),
                                     state.weights.rival_margin)
    return person if person is not None and person.kind == "person" and person.names else None


PLURAL_BE = frozenset({"are", "were", "'re", "’re"})


def team_agreement(token: Token) -> bool:
    """``Gowna were three points up at the break``: a single name (one word, no ``and``)
    with a plural verb is a team or a club, as British usage writes them, not a person."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.tag_ != "NNP" or token.conjuncts or (
            any(c.dep_ == "compound" for c in token.children)):
        return False
    verb = token.head
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(f.lower_ in PLURAL_BE or f.tag_ == "VBP" for f in forms)
