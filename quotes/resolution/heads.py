"""What a description is about: its head noun, and whether a role fits it.

Shared by the description pass (``descriptions``) and the passes for people described but not
(yet) named (``unnamed``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..model import fold
from ..names import Titles

if TYPE_CHECKING:
    from .entities import Entity
    from .state import ArticleState

NOT_PLACES = frozenset({"PERSON", "ORG", "NORP"})  # what an "of" place never is


def head_noun(span: Span) -> Token:
    """The noun a description is about: the parse's root, unless the tagger lost a rare noun
    (``the cheerful innkeeper`` parsed as ``the cheerful`` with ``innkeeper`` an adverb; the
    attribution stage already took the whole phrase as the speaker)."""
    root, last = span.root, span[-1]
    if root.pos_ == "ADJ" and last.i == root.i + 1 and last.is_alpha and last.is_lower and (
            last.head.i == root.head.i):
        return last
    if last.dep_ == "conj" and last.pos_ == "NOUN" and last.i > root.i and any(
            c.dep_ == "compound" for c in last.children) and root.is_lower and (
            last in root.conjuncts):
        return last  # "the investment, trade and industry minister": the office is the head
    if root.pos_ == "DET" and root.head.i >= span.end and last.pos_ in {"NOUN", "PROPN"} and (
            last.head.i == root.head.i):
        return last  # "…, the release states." read as one noun phrase: the noun, not "the"
    glued = root
    while glued.i + 1 < span.end and not glued.whitespace_ and (
            glued.text == "-" or glued.nbor().text == "-"):
        glued = glued.nbor()
    if glued is not root and glued.pos_ == "NOUN" and glued.is_alpha:
        return glued  # "the ex-mayor" split into "ex", "-", "mayor": the word is "mayor"
    return root


def role_matches(role: str, noun: str, titles: Titles | None = None) -> bool:
    """``the minister`` fits ``Education Minister``; ``the leadership`` does not fit ``leader``;
    with the run's titles, ``the premier`` fits ``Prime Minister`` (one office, two titles),
    the other title heading the role (``the judge`` fits ``Justice``, not ``Justice
    Minister``)."""
    words = re.findall(r"\w+", fold(role))
    if any(w == noun or (len(noun) >= 4 and w.startswith(noun)) for w in words):
        return True
    if titles is None:
        return False
    # the other title heads the role, before any "of"/"for" phrase ("Prime Minister of
    # Guyana"): "Justice Minister" is a minister, not a judge
    head = re.split(r" (?:of|for|to|in|and) ", " ".join(words))[0]
    return any(alias != noun and re.search(rf"\b{re.escape(alias)}$", head)
               for alias in titles.same_office(noun))


def named_body_noun(span: Span, root: Token) -> bool:
    """``Appleton police``, ``Kent council``: a body noun after proper words alone, with no
    article, is as definite as ``the Appleton police``: the body of that place."""
    others = [t for t in span if t.i != root.i and not t.is_punct]
    return bool(others) and root.i == span.end - 1 and root.is_lower and all(
        t.pos_ == "PROPN" or t.ent_type_ == "GPE" or (t.text[:1].isupper() and t.is_alpha)
        for t in others)


def place_after_of(span: Span, head: Token) -> Token | None:
    """``the Mayor of Mackay``: the place an ``of`` after a title names, as its possessor
    would (``Mackay's mayor``); a proper noun the tagger did not call a person or body (it
    left ``Mackay`` untyped, and called ``Tarrow`` a date)."""
    return next((pobj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i < span.end
                 and pobj.pos_ == "PROPN" and pobj.ent_type_ not in NOT_PLACES), None)


def office_of_body_noun(span: Span, body_nouns: Container[str]) -> bool:
    """``the city solicitor``, ``the school principal``: a person noun compounded with a body
    noun is an office of that body. Hard constraint: it is never somebody in focus whom the
    article gave no office or description at all (a campaigner who spoke just before)."""
    root = head_noun(span)
    return any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < root.i
               and t.lemma_.lower() in body_nouns for t in span)


AFFILIATING = frozenset({"of", "from", "with"})


def affiliated_by_name(state: ArticleState, entity: Entity) -> bool:
    """``Sam Hersh of Horizon Ottawa``: the article gave the person a body of their own by
    name, right after one of their names, and no office; they hold no office of another body
    a description names (``the city solicitor``)."""
    doc = state.doc
    for event in state.events:
        if event.entity is not entity:
            continue
        end = event.position
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ in AFFILIATING and (
                doc[end + 1].pos_ == "PROPN" or doc[end + 1].ent_type_ == "ORG"):
            return True
    return False
