"""Offices: what a phrase made of role titles names, and where an office ends and its holder's
name begins.

Outlets capitalise offices (``the Premier``, ``Foreign Ministers of Japan``) and run them into
names (``Director of Public Health Annette Rodriguez``); the tagger then calls them names. The
name pass asks here whether a phrase is only an office (a description, never a name), an office
of a body (its holder, not the body), or an office followed by its holder's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import fold
from ..names import OFFICE_PREPOSITIONS, Titles, past_office_object
from .spans import after_possessor, split_name

ARTICLES = frozenset({"the", "a", "an"})


def is_role(word: str, titles: Titles) -> bool:
    """A role title, also in the plural (``Ministers``)."""
    entry = titles.entry(word) or (titles.entry(word[:-1]) if word.endswith("s") else None)
    return entry is not None and entry.kind == "role"


def offices_only(span: Span, titles: Titles) -> bool:
    """``the Premier``, ``the Chief Minister``, ``Foreign Ministers``: past the article or a
    possessor, only role titles (singular or plural, word by word or as one listed phrase)."""
    words = [t.text for t in after_possessor(span) if not t.is_punct
             and t.lower_ not in ARTICLES]
    if not words:
        return False
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return is_role(" ".join([*words[:-1], last]), titles) or all(
        is_role(w, titles) for w in words) or portfolio_office(span, words, titles)


def untagged_office(span: Span, titles: Titles) -> bool:
    """``Outgoing First District Councilor`` (a chain of capitals nobody tagged, before ``and
    Floor Leader J. Melchor Quitain``): a role title heads it and no first name or tagged
    person is in it, so it is an office written in capitals, nobody's name."""
    words = [t for t in span if t.is_alpha]
    return not span.label_ and len(words) >= 2 and is_role(words[-1].text, titles) and not any(
        first_name(t.text, titles) or t.ent_type_ == "PERSON" and not is_role(t.text, titles)
        for t in words)  # (the title itself tagged a person, "Police Spokesperson", names nobody)


def first_name(word: str, titles: Titles) -> bool:
    """``John`` in ``John Bishop``; not ``General``, which the first-name list also holds."""
    return fold(word) in titles.first_names and not is_role(word, titles)


def portfolio_office(span: Span, words: list[str], titles: Titles) -> bool:
    """``Transport Minister``, ``the Permanent Secretary``, ``Regional Director``: a role title
    after a few capitalised words that name its field, not its holder. A first name among them
    (``John Bishop``) or a word tagged a person makes it a name."""
    if not 2 <= len(words) <= 4 or not is_role(words[-1], titles):
        return False
    return not any(first_name(w, titles) or not w[:1].isupper() for w in words) and not (
        any(t.ent_type_ == "PERSON" for t in span))


def office_after_common_words(span: Span, titles: Titles) -> bool:
    """``the fire service DG``, ``the county CEO``: a role title (however the tagger read its
    capitals) after only lower-case words naming its field is an office, not a name: the
    tagger makes a body or a person of the initials, but nobody is called ``fire service DG``."""
    words = [t for t in after_possessor(span) if not t.is_punct and t.lower_ not in ARTICLES]
    return len(words) > 1 and words[-1].i == span.root.i and is_role(
        words[-1].text, titles) and all(t.is_lower and t.is_alpha for t in words[:-1])


def office_of_body(span: Span, titles: Titles) -> bool:
    """``The Secretary of Iran's Supreme National Security Council``: a role title heading the
    phrase with ``of``/``for``/``at`` a body is the office's holder, not the body (``the
    Ministry of Health`` is headed by no title). The title may also open the phrase when the
    parser read it as the body's possessor."""
    for head in (span.root, span[1] if len(span) > 1 else span.root):
        if is_role(head.text, titles) and any(
                c.dep_ == "prep" and c.lower_ in OFFICE_PREPOSITIONS | {"at"}
                for c in head.children):
            return True
    return False


def office_ends_at(doc: Doc, end: int, titles: Titles) -> bool:
    """Whether an office's words end at ``end``: a title (``Director``), or a title with its
    own body first (``Minister of State`` in ``Minister of State in the Department of …``)."""
    for _ in range(3):
        if titles.is_title(doc[end].text) or end + 1 < len(doc) and titles.is_title(
                f"{doc[end].text} {doc[end + 1].text}"):
            return True  # "Director", or a title that takes its preposition ("Member for")
        if end >= 3 and doc[end].text[:1].isupper() and doc[end - 1].lower_ == "the" and (
                doc[end - 2].lower_ in OFFICE_PREPOSITIONS):
            end -= 3  # "Leader of the Opposition in …": an article before the office's body
            continue
        if end < 2 or not doc[end].text[:1].isupper() or (
                doc[end - 1].lower_ not in OFFICE_PREPOSITIONS):
            return False
        end -= 2
    return False


def holder_after_office(chain: Span, titles: Titles) -> Span:
    """``Director of Public Health Annette Rodriguez``, ``Director of the Harbor Board Ann
    Ruiz``: the proper nouns after an office's ``of`` (and an article) run on into its
    holder's name; the name starts at the first name (the same cut ``split_title`` makes in a
    written name, ``names.past_office_object``)."""
    doc = chain.doc
    before = chain.start - 1  # "of", or the article after it
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 1 or not office_ends_at(doc, before - 1, titles):
        return chain
    words = [t.text for t in doc[before : chain.end]]  # "of" ("the"), then the chain
    lead = chain.start - before
    start = past_office_object(words, lead, titles)
    return doc[before + start : chain.end] if start > lead else chain


def name_after_title(span: Span, titles: Titles) -> int | None:
    """``Plumas County Sheriff-Coroner Todd Johns`` tagged as one facility: a role title
    inside the entity, then two or three capitalised words from a known first name to its
    end, is an office and its holder. Where the holder's name starts, else None."""
    doc = span.doc
    for k in range(span.end - 3, span.start - 1, -1):
        if not titles.is_title(doc[k].text) or titles.is_honorific(doc[k].text):
            continue
        tail = doc[k + 1 : span.end]
        words = [t for t in tail if t.text != "-"]  # "Barbara Deane-Williams": one surname
        if 2 <= len(words) <= 3 and fold(tail[0].text) in titles.first_names and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and (
                tail[-1].text != "-"):
            return k + 1
        return None
    return None


def holder_past_office(span: Span, titles: Titles) -> Span:
    """A mention that begins inside an office's ``of``/``in`` phrase (``Leader of the
    Opposition in`` + ``the National Assembly Omar Ayub``): the holder's name at its end,
    else the mention as it is."""
    chain = span[1:] if span[0].lower_ == "the" and len(span) > 1 else span
    holder = holder_after_office(chain, titles)
    return span if holder.start == chain.start else span.doc[holder.start:holder.end]


def holder_ending_role_phrase(span: Span, titles: Titles) -> Span:
    """``the Member for Upper Kolda Omar Mbow``, the tagger's person run over the seat's
    place: the holder's name at the phrase's end, from the first name on (as
    ``holder_after_office`` cuts it), else the mention as it is."""
    _, name = split_name(span, titles)
    if name is None or name.start <= span.start or name.end != span.end:
        return span
    holder = holder_after_office(name, titles)
    return holder if holder.start > name.start else span


def holder_in_office(span: Span, titles: Titles) -> Span:
    """An entity NER ran over an office and its holder (``Director of Public Health Annette
    Rodriguez`` as one ORG) is the holder, a person. So is the end of one that NER began
    after the office's ``of`` (``Speaker of`` + ``the National Assembly Ravi Persaud``)."""
    doc = span.doc
    holder = holder_past_office(span, titles)
    if holder.start > span.start:
        # (a person NER began at the seat's place: "Member for" + "Upper Kolda Omar Mbow")
        return Span(doc, holder.start, holder.end, label="PERSON")
    if span.label_ != "PERSON" and (start := name_after_title(span, titles)) is not None:
        return Span(doc, start, span.end, label="PERSON")
    for k in range(span.start + 1, span.end - 2):
        if doc[k].lower_ in OFFICE_PREPOSITIONS and titles.is_title(doc[k - 1].text):
            holder = holder_after_office(doc[k + 1 : span.end], titles)
            if holder.start > k + 1:
                return Span(doc, holder.start, holder.end, label="PERSON")
    return span


def holder_closing_office_phrase(chain: Span, titles: Titles) -> bool:
    """``The Mayor of the Municipality of Buea David Mafany Namange``, untagged: a chain of
    two or three capitalised words from a known first name, at the end of an office's
    ``of`` phrase (the role title it hangs from through ``of`` and compounds), is the
    office's holder, a person."""
    words = [t for t in chain if t.text != "-"]
    if not 2 <= len(words) <= 3 or not first_name(chain[0].text, titles) or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    head = chain.root
    for _ in range(8):  # up through "of the Municipality of Buea" to the title
        if head.dep_ not in {"pobj", "prep", "compound"} or head.head.i == head.i:
            return False
        head = head.head
        if head.dep_ != "prep" and is_role(head.text, titles) and head.text[:1].isupper():
            return True
    return False
