"""Who a statement's speaker cannot be: the people and bodies it names itself.

``Macharia hid, he said``: Macharia is in the statement, so ``he`` is somebody else. The
exception is the body a statement opens with as its subject when the attribution after it
names a body's kind or says ``it``/``they`` (``Harbor Mining posted a loss, the company
said``), or when the ``it``/``they`` before it is the body that spoke last (``It added that
Harbor Mining would …``): that body may well be speaking of itself. So may a person whose
state of mind the statement opens with (``Mr Shatter was sure …, he told RTÉ``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from ..model import Attribution
from .constraints import head_kind
from .entities import Entity, MentionEvent
from .state import ArticleState

BODY_KINDS = frozenset({"organization", "group"})


def named_inside(state: ArticleState, event_positions: list[int],
                 attribution: Attribution) -> frozenset[int]:
    """The numbers of the entities named inside the statement (``event_positions``: the
    positions of ``state.events``, sorted), but for the body it is about."""
    quote = state.span(attribution.quote.start, attribution.quote.end)
    if quote is None:
        return frozenset()
    first = bisect.bisect_left(event_positions, quote.start)
    last = bisect.bisect_left(event_positions, quote.end)
    inside = state.events[first:last]
    kept = body_the_statement_is_about(state, attribution, inside) or (
        person_framing_the_statement(state, attribution, inside))
    return frozenset(ev.entity.number for ev in inside if ev.entity is not kept and not (
        source_phrase_object(state, ev.position))).union(
        people_named_in_quotation(state, quote), people_described_inside(state, quote, kept))


def people_described_inside(state: ArticleState, quote: Span,
                            kept: Entity | None) -> list[int]:
    """``The lawyer will also give his opinion …, he said``: a person the statement's own
    description points back to is whom it is about; nobody calls themselves "the lawyer"
    (a pronoun inside, ``he will run again``, may well be the speaker, and stays open)."""
    described = []
    for position, entity, _ in reversed(state.history):  # met in reading order: stop early
        if position < quote.start:
            break
        if position < quote.end and state.doc[position].pos_ == "NOUN" and (
                entity.kind == "person" and entity is not kept):
            described.append(entity.number)
    return described


def source_phrase_object(state: ArticleState, position: int) -> bool:
    """``While in the past, according to Pantelis, the crews cleared …, that is not the case
    now, he insisted``: a name the statement credits as its source is who may say it."""
    doc = state.doc
    return position >= 2 and doc[position - 1].lower_ == "to" and (
        doc[position - 2].lower_ == "according")


def people_named_in_quotation(state: ArticleState, quote: Span) -> list[int]:
    """The people a quotation names in the third person (``“Tengku Adnan’s claim is baseless,”
    the MP said``): nobody speaks of themselves by name. Only a quotation that opens with its
    mark: a paragraph whose closing mark has no opener may hold its own attribution."""
    if not quote[0].is_quote:
        return []
    return [ev.entity.number for ev in state.quoted_people
            if quote.start <= ev.position < quote.end]


def body_the_statement_is_about(state: ArticleState, attribution: Attribution,
                                inside: list[MentionEvent]) -> Entity | None:
    """The body a statement opens with as its subject, when the attribution trails it and
    names a body's kind or says ``it``/``they`` (a person's ``he said`` after ``Jones
    retired`` stays open to doubt: the speaker may be anyone); or, before the statement, the
    ``it``/``they`` of the body that spoke last."""
    speaker = attribution.speaker
    if speaker is None or not inside:
        return None
    mention = state.span(speaker.start, speaker.end)
    opening = inside[0]
    if mention is None or not opening.subject or opening.entity.kind not in BODY_KINDS:
        return None
    root = mention.root
    if speaker.start < attribution.quote.end:
        # "“…,” it said. … It added that the Harbour Command had deployed its squad": a body
        # that holds the floor names itself in its own statements, as press releases do
        return opening.entity if root.lower_ in {"it", "they"} and (
            last_body_speaker(state, speaker.start) is opening.entity) else None
    if root.lower_ in {"it", "they"} or root.pos_ == "NOUN" and head_kind(
            root.lemma_, state.titles, state.constraints) == "organization":
        return opening.entity
    return None


def person_framing_the_statement(state: ArticleState, attribution: Attribution,
                                 inside: list[MentionEvent]) -> Entity | None:
    """``Mr Shatter was sure Mr Justice Kelly “didn't intend …”, he told RTÉ``: a statement
    that opens with a person as the subject of a state of mind (rules/verb_classes.jsonl
    ``stance``) is that person's own account when ``he``/``she`` trails it."""
    speaker = attribution.speaker
    if speaker is None or not inside or speaker.start < attribution.quote.end:
        return None
    mention = state.span(speaker.start, speaker.end)
    opening = inside[0]
    quote = state.span(attribution.quote.start, attribution.quote.end)
    if mention is None or quote is None or mention.root.lower_ not in {"he", "she"} or (
            opening.entity.kind != "person" or not opening.subject or (
                opening.position > quote.start + 3)):
        return None
    token = state.doc[opening.position]
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
        token = token.head
    if token.dep_ != "nsubj":
        return None
    verb = token.head
    stances = state.rules.stances
    framed = verb.lemma_.lower() in stances or any(
        c.dep_ == "acomp" and c.lemma_.lower() in stances for c in verb.children)
    return opening.entity if framed else None


def last_body_speaker(state: ArticleState, position: int) -> Entity | None:
    """The body or group that spoke last before ``position``, if a body spoke last of all."""
    spoken = [e for e in state.entities if 0 <= e.last_spoke < position]
    last = max(spoken, key=lambda e: e.last_spoke, default=None)
    return last if last is not None and last.kind in BODY_KINDS else None


OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def addressed_beside(state: ArticleState, event_positions: list[int],
                     attribution: Attribution) -> frozenset[int]:
    """The people and bodies the speaker's own sentence names as an object, outside the
    statement (``Speaking to host Chris Donoghue, the Taoiseach said``, ``He told Ana Ruiz``):
    whom the speaker addresses or acts on is not the speaker (binding: an object is never its
    clause's subject). A name the sentence makes a subject (``When Ana Ruiz took office, she
    said``) stays open."""
    speaker = attribution.speaker
    mention = state.span(speaker.start, speaker.end) if speaker is not None else None
    if mention is None or not len(mention):
        return frozenset()
    sentence = mention.root.sent
    first = bisect.bisect_left(event_positions, sentence.start)
    last = bisect.bisect_left(event_positions, sentence.end)
    quote = state.span(attribution.quote.start, attribution.quote.end)
    found = set()
    for event in state.events[first:last]:
        if mention.start <= event.position < mention.end or (
                quote is not None and quote.start <= event.position < quote.end):
            continue
        token = state.doc[event.position]
        while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
            token = token.head  # "Chris" of "Chris Donoghue": the name's head
        if token.dep_ in OBJECT_DEPS and not apposed(token, mention) and clause_mates(
                token, mention.root):
            found.add(event.entity.number)
    return frozenset(found)


def apposed(token: Token, mention: Span) -> bool:
    """``Mr Kamau, the Leshau Pondo MCA, said``: a name set beside the speaker's mention is
    the speaker, however the parse hung it."""
    return mention.start <= token.head.i < mention.end or (
        mention.root.dep_ == "appos" and mention.root.head.i == token.i)


def clause_mates(obj: Token, subject: Token) -> bool:
    """The object belongs to the speaker's own clause: the verb it hangs on is the one the
    speaker is the subject of, or a participle or adverbial clause of that verb (``Speaking
    to X, the Taoiseach said``). ``The comments by Kordahi in an interview he said …`` is no
    such case: Kordahi hangs on a noun, and ``he`` is the subject of a relative clause."""
    verb = governing_verb(obj)
    cue = subject.head
    if verb is None or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return verb.i == cue.i or (verb.head.i == cue.i and verb.dep_ in CLAUSE_OF_VERB_DEPS)


CLAUSE_OF_VERB_DEPS = frozenset({"advcl", "csubj", "xcomp", "conj"})


def governing_verb(token: Token) -> Token | None:
    """The verb a noun phrase hangs on through prepositions, or None when a noun, a relative
    or an apposition comes first."""
    node = token
    while node.head.i != node.i and node.dep_ in OBJECT_DEPS | {"prep", "agent"}:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
