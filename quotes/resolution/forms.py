"""The shapes of a speaker mention that say what it is before any pass looks it up.

``council cabinet member for transport Manda Rigby`` is a role phrase ending in a person's
name (that person); ``a Harbury Council spokesman`` is an office after a body's name (a
person in the body, for the description pass, not a body that names itself).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import fold
from ..names import OFFICE_PREPOSITIONS, Titles
from .entities import PERSON_LABELS
from .spans import split_name
from .state import ArticleState


def role_phrase_ending_in_name(span: Span, titles: Titles) -> bool:
    """A role phrase the parser headed by its common noun (or by a capitalised title:
    ``The county's Director of Public Health Ann Ruiz``), ending in a person's name (by its
    label or its first name). Not a plural or a relation before a name (``Lawyers for Maria
    Lopez``, ``the mother of Emma Stone``: not her)."""
    if span.root.pos_ not in {"NOUN", "ADJ"} and not (span.root.pos_ == "PROPN" and (
            titles.is_title(span.root.text))):
        return False  # (an adjective when the parse split a hyphened role: "co-coach X")
    _, name_span = split_name(span, titles)
    if name_span is None or name_span.end != span.end or name_span.start <= span.start or (
            name_span.root.ent_type_ not in PERSON_LABELS and not (
            len(name_span) >= 2 and fold(name_span[0].text) in titles.first_names
            and all(w[:1].isupper() for w in name_span.text.split()))):
        return False  # ("a northwestern Alberta town": a first name, then no surname)
    if titles.is_title(name_span.text):
        return False  # "the fire service DG": the tagger's person is the title's initials
    before = name_span.start - 1
    while before > span.start and titles.is_title(span.doc[before].text):
        before -= 1  # "Supporters of Senator Karl Brenner": past the title
    # ("Ward 2 councillor Susan Myers": a seat's number before the title)
    return span.doc[before].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} and span.root.tag_ != "NNS"


def office_after_body_name(span: Span, titles: Titles) -> bool:
    """``An NHS chief executive``, ``a Harbury Council spokesman``: a lower-case office
    after a body's name describes a person in it (the descriptions find who), not a body
    that names itself; ``Manitoba's Minister of Transport`` with no name after it is an
    office too."""
    root = span.root
    entry = titles.entry(root.text)
    if entry is None or entry.kind != "role":
        return False
    if root.i + 1 < span.end and span.doc[root.i + 1].lower_ in OFFICE_PREPOSITIONS:
        _, name = split_name(span, titles)
        return name is None
    return root.pos_ == "NOUN" and root.is_lower and root.i == span.end - 1


def written_before_office(state: ArticleState, name: Span) -> bool:
    """``Langford`` of ``Langford Mayor Stewart Young``: a lone word the article writes
    before a role title that runs on into a person's name says where or what the office is
    (a place, a body), so the word alone is no person, whatever label the tagger gave it."""
    if len(name) != 1:
        return False
    words = state.memo.get("office_words")
    if words is None:
        words = state.memo["office_words"] = office_words(state)
    return fold(name[0].text) in words  # type: ignore[operator]


def office_words(state: ArticleState) -> frozenset[str]:
    """The capitalised words written right before a role title and a name (folded): read
    around the people the tagger found, not over every token."""
    doc, titles = state.doc, state.titles
    found = set()
    for ent in state.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        for i in range(max(ent.start - 2, 0), ent.end - 2):  # word, title, then a name's word
            word, title = doc[i], doc[i + 1]
            entry = titles.entry(title.text)
            if word.pos_ == "PROPN" and word.text[:1].isupper() and entry is not None and (
                    entry.kind == "role" and title.text[:1].isupper()):
                found.add(fold(word.text))
    return frozenset(found)
