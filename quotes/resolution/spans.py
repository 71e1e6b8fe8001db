"""Names in the parse: where a name starts and ends, its title words, role and acronym.

Pure functions of spaCy spans: ``Pakistan's Deputy Prime Minister Ishaq Dar`` -> role
``Deputy Prime Minister`` and name ``Ishaq Dar``; ``Organization of Islamic Cooperation
(OIC)`` -> acronym ``OIC``; ``Sandmann and Phillips`` -> two names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable

from spacy.tokens import Doc, Span, Token

from ..attribution.grammar import joins_hyphenated, subject_read_as_apposition
from ..attribution.mentions import (
    GENERATIONS,
    LEGAL_FORMS,
    PERSONAL_PRONOUNS,
    PORTFOLIO_PREPOSITIONS,
    glued_list_of_names,
    holder_of_joint_office,
    person_phrase_beside_name,
    spaced_dash,
)
from ..model import name_key
from ..names import (
    BODY_JOINERS,
    OFFICE_PREPOSITIONS,
    Titles,
    fold,
    looks_like_acronym,
    regnal_title_before,
    split_title,
    without_honorifics,
)
from .entities import DEMONYM_ENDINGS, FUNCTION_WORDS, PERSON_LABELS, PLACE_LABELS, initials

# the longest role an apposition may give, in words ("president of Local 141 of the
# Communications, Energy and Paperworkers Union of Canada")
MAX_ROLE_WORDS = 14


def majority_labels(ents: list[Span]) -> list[Span]:
    """One name, one type: ``Facebook`` tagged ORG three times and PERSON once is an ORG."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        votes[name_key(strip_possessive(ent.text))][ent.label_] += 1
    relabelled = []
    for ent in ents:
        label = majority_label(votes[name_key(strip_possessive(ent.text))], len(ent))
        relabelled.append(ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end,
                                                                label=label))
    return relabelled


def office_before_portfolio(doc: Doc, start: int, titles: Titles) -> int | None:
    """Where the office starts whose last portfolio is the word at ``start`` (``Minister of
    Tourism and | Lands``): right after ``and``, capitalised portfolio words back to an office
    title's ``of``/``for``. None when the word stands in no such list."""
    if start < 4 or doc[start - 1].lower_ not in {"and", "&"}:
        return None
    for k in range(start - 2, max(start - 6, 0), -1):
        word = doc[k]
        if word.text[:1].isupper() or word.text in {",", "and", "&"}:
            continue
        if word.lower_ not in {"of", "for"} or not titles.is_title(doc[k - 1].text):
            return None
        first = k - 1
        while first > 0 and doc[first - 1].text[:1].isupper() and titles.is_title(
                doc[first - 1].text):
            first -= 1
        return first
    return None


def without_portfolio(ent: Span, titles: Titles) -> Span:
    """``Minister of Tourism and Lands Harin Fernando``: a person's name the tagger began at
    the office's last portfolio starts after it, when a name of two words or more is left."""
    if ent.label_ not in {*PERSON_LABELS, ""} or len(ent) < 3 or (
            office_before_portfolio(ent.doc, ent.start, titles) is None):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def with_office_portfolios(span: Span, titles: Titles) -> Span:
    """``Lands Harin Fernando`` of ``Minister of Tourism and Lands Harin Fernando``: a name
    that starts at an office's last portfolio takes the office in, back to its title, so the
    split gives the role and the holder (``names.last_portfolio_at`` cuts the name there)."""
    first = office_before_portfolio(span.doc, span.start, titles) if len(span) >= 3 else None
    return span if first is None else span.doc[first : span.end]


def joined_split_surname(ents: list[Span]) -> list[Span]:
    """``Muhammad Raza`` + ``Khan`` tagged as two people side by side: one person. The
    generation written after a name's comma (``J. Melchor Quitain`` + ``, Jr.``, whatever type
    the tagger gave it) is nobody of its own."""
    joined: list[Span] = []
    for ent in ents:
        if joined and surname_split_off(joined[-1], ent):
            joined[-1] = Span(ent.doc, joined[-1].start, ent.end, label=joined[-1].label_)
            continue
        if joined and generation_after(joined[-1], ent):
            continue  # the name before the comma carries it (``with_generation``)
        joined.append(ent)
    return joined


def generation_after(name: Span, ent: Span) -> bool:
    """``, Jr.`` right after a name: its bearer's generation, part of the name."""
    doc = name.doc
    return len(ent) == 1 and ent.text.lower() in GENERATIONS and ent.start == name.end + 1 and (
        doc[name.end].text == ",") and len(name) >= 2


def with_generation(name: Span) -> str:
    """``J. Melchor Quitain, Jr.``: the name as written with the generation after its comma."""
    doc = name.doc
    end = name.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in GENERATIONS:
        return doc[name.start : end + 2].text
    return name.text


def surname_split_off(before: Span, ent: Span) -> bool:
    """No word or mark parts two people written one after the other, so a lone last word
    that the person before hangs on (``compound``) is that person's surname; so is one
    after a doubled space inside the line (``Warren  Kennedy``: the space became a token).
    A longer part joins too when the parse hangs the first on its head (``Regina Ip`` +
    ``Lau Suk-yee``: one legislator's English and Chinese names)."""
    if before.label_ in PERSON_LABELS and surname_typed_apart(before, ent):
        return True  # "Shah Mahmood" + "Qureshi" typed a body: the parse hangs him on it
    if before.label_ not in PERSON_LABELS or ent.label_ not in PERSON_LABELS:
        return False
    if len(ent) > 1:
        last = before[-1]
        return before.end == ent.start and last.dep_ == "compound" and (
            ent.start <= last.head.i < ent.end)
    if before.end + 1 == ent.start:
        gap = ent.doc[before.end]
        return gap.is_space and "\n" not in gap.text
    return before.end == ent.start and before[-1].dep_ == "compound" and (
        before[-1].head.i == ent.start)


def surname_typed_apart(before: Span, ent: Span) -> bool:
    """``Shah Mahmood`` (a person) + ``Qureshi`` (typed a body or a place) side by side, the
    person's last word hung on the one word after it: a full name's surname, typed apart."""
    word = ent[0]
    return len(before) >= 2 and len(ent) == 1 and before.end == ent.start and (
        ent.label_ not in PERSON_LABELS) and word.is_alpha and word.is_title and (
        word.pos_ == "PROPN") and before[-1].dep_ == "compound" and before[-1].head.i == word.i


def companies_by_their_stock(ents: list[Span], traded: Container[str]) -> list[Span]:
    """``Chipotle shares fell``, ``shares of Boeing``: a name written with a noun of a
    company's stock (``traded`` in rules/head_nouns.jsonl) is a company's, wherever the
    article names it and whatever type the tagger gave it there."""
    companies = {name_key(strip_possessive(e.text)) for e in ents if stock_of(e.root, traded)}
    return [Span(e.doc, e.start, e.end, label="ORG")
            if name_key(strip_possessive(e.text)) in companies and e.label_ != "ORG" else e
            for e in ents]


def stock_of(root: Token, traded: Container[str]) -> bool:
    """Whether a name's head is compounded onto a stock noun or is its ``of`` object."""
    head = root.head
    if root.dep_ == "compound" and head.lower_ in traded:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in traded


def majority_label(votes: Counter, words: int) -> str:
    """The label most mentions of one name got; but a name of two words or more the model
    once called a person stays a person against places (``Tengku Zafrul`` tagged GPE three
    times): the small model often takes a foreign person's name for a place, seldom the
    reverse."""
    if words >= 2 and "PERSON" in votes and all(
            label in PERSON_LABELS | PLACE_LABELS for label in votes):
        return "PERSON"
    return votes.most_common(1)[0][0]


def bodies_named_for_places(ents: list[Span], institutions: Container[str]) -> list[Span]:
    """``Bank Indonesia``, ``University Malaya`` tagged as places (``Bank`` and ``Indonesia``
    both GPE, or only ``Indonesia``): a capitalised institution word (rules/name_words.jsonl,
    those flagged ``place`` left out by the caller) set right before a place's name makes one
    body's name with it."""
    doc = ents[0].doc if ents else None
    merged: list[Span] = []
    for ent in ents:
        head = ent.start - 1
        if doc is None or ent.label_ not in PLACE_LABELS or head < 0 or not (
                doc[head].text[:1].isupper() and doc[head].lower_ in institutions):
            merged.append(ent)
            continue
        if merged and merged[-1].end == ent.start and merged[-1].start == head:
            merged.pop()  # "Bank" tagged a place of its own
        elif merged and merged[-1].end > head:
            merged.append(ent)  # the word belongs to another name
            continue
        merged.append(Span(doc, head, ent.end, label="ORG"))
    return merged


def followed_by_who(span: Span) -> bool:
    """``Reagan Holt, who chairs the board``: only people take ``who``, whatever NER thought."""
    return len(span) > 1 and _relative_opened_by(span, {"who", "whom"})


def followed_by_which(span: Span) -> bool:
    """``Dairy Crest, which supplies 15% of British milk``: ``which`` is said of things and
    bodies, never of a person, whatever NER thought."""
    return _relative_opened_by(span, {"which"})


def _relative_opened_by(span: Span, pronouns: set[str]) -> bool:
    """Whether a relative clause on the span's head opens with one of these pronouns."""
    return any(child.dep_ == "relcl" and any(g.lower_ in pronouns and g.i == child.left_edge.i
                                             for g in child.children)
               for child in span.root.children)


def is_aside(span: Span) -> bool:
    """A name that only modifies a noun (``the Kinder Morgan pipeline``, ``the Nasdaq-listed
    company``) or sits in brackets (``($50, Houghton Mifflin Harcourt)``) is no antecedent for
    a pronoun."""
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return True
    doc = span.doc
    if hyphen_modifier(span):
        return True
    opened = False
    for k in range(span.start - 1, max(-1, span.start - 12), -1):
        if doc[k].text == ")":
            break
        if doc[k].text == "(":
            opened = True
            break
    return opened


def hyphen_modifier(span: Span) -> bool:
    """``the Nasdaq-listed company``, ``Toronto-based``: a name hyphened onto a participle
    or adjective modifies a noun; it is not a mention of the body for ``it`` to follow."""
    doc = span.doc
    return span.end + 1 < len(doc) and joins_hyphenated(doc[span.end]) and (
        doc[span.end + 1].pos_ in {"VERB", "ADJ"})


def political_group(span: Span) -> bool:
    """``the Liberals``, ``Republicans``: a plural group name (NORP) that can speak as one."""
    root = span.root
    if span.label_ == "NORP" and mistagged_plural(root):
        return True  # "the Greens": the tagger often calls a one-word party NNP
    if collective_demonym(span):
        return True
    if root.tag_ != "NNPS" or span.label_ not in {"NORP", "PERSON", "ORG", ""}:
        return False
    return not any(t.tag_ == "NNP" and t.i != root.i and t.dep_ != "poss" for t in span) or (
        span.label_ == "NORP")


COLLECTIVE_DEMONYM_ENDINGS = ("sh", "ch", "ss", "ese")


def collective_demonym(span: Span) -> bool:
    """``the Welsh``, ``the French``, ``the Swiss``, ``the Japanese``: a people named by its
    adjective after ``the`` is plural, never one person, whatever label NER gave it."""
    if len(span) != 1 or span.start == 0 or span.label_ not in {"NORP", "PERSON", ""}:
        return False
    word = span[0]
    return span.doc[span.start - 1].lower_ == "the" and word.is_title and (
        word.lower_.endswith(COLLECTIVE_DEMONYM_ENDINGS)) and word.dep_ not in {
        "compound", "amod", "poss"}


def mistagged_plural(root: Token) -> bool:
    """``Greens`` tagged NNP: a capitalised noun in -s (not -ss, ``Swiss``) used as a noun."""
    text = root.text
    return (root.tag_ == "NNP" and len(text) > 3 and text.endswith("s")
            and not text.endswith("ss") and root.dep_ not in {"amod", "compound"})


def without_office_place(entity: Span, titles: Titles) -> Span:
    """``Mayor of Bancroft Paul Jenkins``: the tagger may run the office's place into the
    holder's name. After ``Title of``, capitalised words before a listed first name are the
    place, no part of the person's name."""
    doc, start = entity.doc, entity.start
    if entity.label_ != "PERSON" or start < 2 or doc[start - 1].lower_ not in {"of", "for"} or (
            not titles.is_title(doc[start - 2].text)):
        return entity
    given = next((t.i for t in entity[1:-1] if fold(t.text) in titles.first_names), None)
    if given is None or fold(entity[0].text) in titles.first_names:
        return entity
    return Span(doc, given, entity.end, label=entity.label_)


def name_borne_before_honorific(name: Span, titles: Titles) -> Span | None:
    """``Aiono Dr Alec Ekeroma``, ``Tuala Dr Sione Mata``: one or two capitalised words that
    are no title, set right before the honorific that opens a person's name, are a name the
    person also goes by (a Samoan matai title, a chieftaincy), and the article may call them
    by it alone (``says Aiono``); None when nothing such stands there."""
    doc, k = name.doc, name.start - 1
    while k >= 0 and titles.is_honorific(doc[k].text):
        k -= 1
    if k == name.start - 1:
        return None
    end, start = k + 1, k + 1
    while start > end - 2 and start > 0 and _borne_word(doc[start - 1], titles):
        start -= 1
    if start == end or (start > 0 and _borne_word(doc[start - 1], titles)) or (
            start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start):
        return None  # three capitalised words, or a name running on: no title borne
    return doc[start:end]


def _borne_word(token: Token, titles: Titles) -> bool:
    """A capitalised word that is no title, date, body or nationality: one a name may bear."""
    return token.is_alpha and token.is_title and not titles.is_title(token.text) and (
        token.ent_type_ not in {"DATE", "TIME", "ORG", "NORP"})


def written_capitalised(token: Token) -> bool:
    """A word of a name as written: capitalised, punctuation, or the lower-case syllable a
    hyphen glues to a capitalised one (``Shih-tsung``, ``Jae-myung``, ``Ka-chiu``)."""
    doc = token.doc
    return token.text[:1].isupper() or token.is_punct or (
        token.is_alpha and token.i >= 2 and joins_hyphenated(doc[token.i - 1])
        and doc[token.i - 2].text[:1].isupper())


NICKNAME_OPEN = frozenset({"“", '"', "‘"})
NICKNAME_CLOSE = frozenset({"”", '"', "’"})


def given_name_before_nickname(entity: Span) -> int | None:
    """Where ``Huey`` starts in ``Sheriff Huey “Hoss” Mack`` when the tagger typed only the
    surname after the nickname: one or two capitalised words in quotation marks right before
    the name, and a capitalised proper noun before them that the tagger typed nothing else."""
    doc, start = entity.doc, entity.start
    if start < 4 or doc[start - 1].text not in NICKNAME_CLOSE:
        return None
    opening = next((k for k in (start - 3, start - 4) if k > 0 and doc[k].text in NICKNAME_OPEN),
                   None)
    if opening is None or not all(t.is_title and t.pos_ == "PROPN"
                                  for t in doc[opening + 1:start - 1]):
        return None
    given = doc[opening - 1]
    if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ not in {"", "PERSON"}:
        return None
    return given.i


def split_name(span: Span, titles: Titles) -> tuple[str | None, Span | None]:
    """Split ``Pakistan's Deputy Prime Minister Ishaq Dar`` into role and name.

    The title words just left of a name (``MQM-P Convenor Dr``) are taken in too, as the text
    wrote them, and honorifics are dropped from the role.
    """
    if (office := possessed_institution(span, titles)) is not None:
        return None, office  # "The Washington County Attorney's Office": the body's name
    span = with_office_portfolios(with_titles(after_possessor(span), titles), titles)
    if (body := whole_body_name(span, titles)) is not None:
        return None, body
    person = person_ending_at(span.doc, span.end)
    if person is not None and not (person.label_ in PERSON_LABELS
                                   and span.start < person.start < span.end):
        person = None
    if person is not None and span.start < person.start and portfolio_before_holder(
            span.doc, span.start, person, titles):
        return None, person  # "… Media Affairs and | Communications Mohammad Al Momani"
    if person is not None and not any(
            titles.is_title(t.text) or t.text[:1].islower()
            for t in span[: person.start - span.start]):
        person = None  # "Nadia Jamil" with only "Jamil" tagged: the first name is no role
    if person is None and (holder := holder_after_portfolio(span, titles)) is not None:
        person = holder  # "Minister of Defence Omar Al Rashed", the name left untyped
    if person is not None and (given := given_name_before_nickname(person)) is not None and (
            given >= span.start):
        person = Span(span.doc, given, person.end, label=person.label_)  # "Huey “Hoss” Mack"
    if person is not None:
        person = without_office_place(person, titles)  # "Mayor of Bancroft | Paul Jenkins"
        person = with_honorific_names(with_first_names(without_portfolio(person, titles),
                                                       span.start, titles), span.start, titles)
    inner = span.doc[person.start : span.end] if person is not None else span
    words = [t.text for t in inner]
    role_words, name_words = split_title(words, titles)
    if not name_words:
        return (" ".join(role_words) or None), None
    name_span = common_noun_lead(inner[len(words) - len(name_words) :])
    if person is None and office_object(span, name_span):
        return span.text.strip(" ,-"), None
    role = None
    if name_span.start > span.start and not joined_by_coordinator(span.doc, name_span.start):
        role_text = span.doc[span.start : name_span.start].text.strip(" ,-")
        role = " ".join(without_honorifics(role_text.split(), titles)) or None
    if name_span.start > span.start and regnal_title_before(
            span.doc[name_span.start - 1].text, [t.text for t in name_span], titles):
        name_span = span.doc[name_span.start - 1 : name_span.end]  # "Pope Francis"
    return role, name_span


def joined_by_coordinator(doc: Doc, name_start: int) -> bool:
    """``led by the Minister of Trade and Bo Lee``: an office joined to the name by ``and``
    or ``or`` is another person's (where ``President and CEO Dana Whitlock`` has its ``and``
    inside the title)."""
    return name_start > 0 and doc[name_start - 1].lower_ in {"and", "or", "&"}


def portfolio_before_holder(doc: Doc, start: int, person: Span, titles: Titles) -> bool:
    """``Minister of State for Media Affairs and Communications Mohammad Al Momani``: a name
    span that opens, right after an ``and``, with capitalised words before a tagged person
    whose first word is a listed first name starts with the office's last portfolio, no part
    of the name."""
    return start > 0 and doc[start - 1].lower_ in {"and", "&"} and (
        fold(person[0].text) in titles.first_names) and all(
        t.text[:1].isupper() and not titles.is_title(t.text) for t in doc[start:person.start])


def holder_after_portfolio(span: Span, titles: Titles) -> Span | None:
    """``Minister of Defence Omar Al Rashed`` with no name tagged: where the words alone
    cannot tell the portfolio from the name, the parse can. The proper nouns compounded on
    the span's last word (two or more) are the holder's name when the word before them
    hangs, through ``of``/``for``, on a title."""
    doc, last = span.doc, span[-1]
    start = last.i
    while start > span.start and (word := doc[start - 1]).head.i == last.i and (
            word.dep_ == "compound" and word.pos_ == "PROPN" and not titles.is_title(word.text)
            or word.tag_ == "HYPH"):  # (and the hyphen of "Al-Rashidi")
        start -= 1
    if start == last.i or start <= span.start or doc[start].tag_ == "HYPH":
        return None
    ancestor = doc[start - 1]
    while ancestor.i != last.i and ancestor.head.i != ancestor.i:
        if ancestor.lower_ in PORTFOLIO_PREPOSITIONS:
            title = ancestor.head
            inside = last in ancestor.subtree  # "of Information and Civic Education"
            if two_objects_of(ancestor, doc[start - 1], last):
                inside = False  # "Minister of Oil Bkheit Al-Rashidi", both hung on "of"
            return doc[start : span.end] if title.i < ancestor.i and titles.is_title(
                title.text) and title.text[:1].isupper() and not inside else None
        ancestor = ancestor.head
    return None


def two_objects_of(preposition: Token, portfolio: Token, name: Token) -> bool:
    """The parser hung both the portfolio and the name after it on the office's ``of``, as
    two objects: the name is not part of the portfolio."""
    return portfolio.i < name.i and all(
        t.dep_ == "pobj" and t.head.i == preposition.i for t in (portfolio, name))


def office_object(span: Span, name_span: Span) -> bool:
    """``Manitoba's Minister of Transport``: the capitalised words after an office's
    ``of``/``for``/``to`` that no first name or person label marks are what the office is of
    (its portfolio or seat), no one's name; a holder named there has been split off already
    (``past_office_object``, or NER's person ending the span)."""
    before = name_span.start - 1
    if before > span.start and span.doc[before].lower_ == "the":
        before -= 1
    return before > span.start and span.doc[before].lower_ in OFFICE_PREPOSITIONS and (
        name_span.end == span.end) and not any(t.ent_type_ in PERSON_LABELS for t in name_span)


def possessed_institution(span: Span, titles: Titles) -> Span | None:
    """``The Washington County Attorney's Office``, ``the Sheriff's Office``: an institution
    word alone after a capitalised possessor is that possessor's body, whose name takes the
    possessor in (``Norway's Ministry of Fisheries`` has a name of its own after it)."""
    possessed = after_possessor(span)
    if possessed.start == span.start or len(possessed) != 1 or (
            possessed[0].lower_ not in titles.institutions) or not possessed[0].text[:1].isupper():
        return None
    start = span.start + 1 if span[0].lower_ in {"the", "a", "an"} else span.start
    owner = span.doc[start : possessed.start]
    if not owner or not all(t.text[:1].isupper() or t.tag_ == "POS" or t.is_punct for t in owner):
        return None
    return span.doc[start : span.end]


def whole_body_name(span: Span, titles: Titles) -> Span | None:
    """``The Ministry of Health and Wellness``: a body's name the tagger typed whole, with no
    title in it, has no role inside it, however its ``of`` and ``and`` read like an office's
    (``Minister of Health and Wellness Carl Tobin`` has a title). So is a name the tagger
    typed a person's, or left untyped, that ends in an institution word (``South Huron
    Health Centre``); a side (``South``) opening it is part of it."""
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    body = entity_ending_at(span.doc, span.end) or (
        span if fold(span[-1].text) in titles.institutions and all(
            t.text[:1].isupper() for t in span.doc[start : span.end]) else None)
    if body is None or not (body.label_ in {"ORG", "FAC"} or fold(body[-1].text) in (
            titles.institutions)) or body.start > start or (
            start >= span.end or any(titles.entry(t.text) is not None and (
                t.lower_ not in titles.sides) for t in span.doc[start : span.end])):
        return None  # "Federal Agriculture Minister" tagged ORG is an office, not a body
    return span.doc[start : span.end]


def with_first_names(person: Span, floor: int, titles: Titles) -> Span:
    """``Héctor Timerman`` with only ``Timerman`` tagged: the capitalised first names just
    before a person's name are part of it (down to ``floor``). Only listed first names, since
    the words before may be an office's body (``Ambassador to the US Héctor Timerman``), or a
    lone capitalised word right after a title (``Councilwoman Ivy Taylor``, ``Minister Pradeep
    Kumar Gyawali`` with two words tagged); the name pass's
    ``with_first_name`` also takes any proper noun before a lone surname."""
    doc, start = person.doc, person.start
    while start - 1 > floor and doc[start - 1].pos_ == "PROPN" and (
            fold(doc[start - 1].text) in titles.first_names):
        start -= 1
    if start == person.start and (len(person) == 1 or len(person) == 2 and fold(
            person[0].text) not in titles.first_names) and start - 2 >= floor and (
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha
            and not titles.is_title(doc[start - 1].text)) and (
            titles.is_title(doc[start - 2].text) or _role_noun(doc[start - 2])):
        start -= 1  # "Councilwoman Ivy Taylor", "Minister Pradeep Kumar Gyawali", "sheep
        # farmer Fergus Irving": the one word between a title or a lower-case role noun and
        # the tagged name (not before a listed first name: "Vice-President External Nick
        # Vuckovic" has his given name, after his portfolio)
    return person if start == person.start else Span(doc, start, person.end, label=person.label_)


def _role_noun(token: Token) -> bool:
    """A lower-case common noun (``farmer``, ``producer``): a role phrase's head, which no
    part of a name follows but the name itself."""
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha


def with_honorific_names(person: Span, floor: int, titles: Titles) -> Span:
    """``Dr Ooi Choo Huck`` with only ``Choo Huck`` tagged: an honorific opens a name, so the
    proper nouns between it and the tagged part are names too (a family name written first,
    in many naming customs), not the end of a role. Not before ``floor``."""
    doc, start = person.doc, person.start
    if start - 1 >= floor and len(person) > 2 and titles.is_honorific(
            f"{doc[start - 1].text} {doc[start].text}"):
        # "Datuk Seri Abdul Rahman" with "Seri Abdul Rahman" tagged: the tagger cut a
        # two-word honour in half; the name starts after all of it
        return Span(doc, start + 1, person.end, label=person.label_)
    if start - 2 >= floor and titles.is_honorific(f"{doc[start - 2].text} {doc[start - 1].text}"):
        return person  # "Datuk Seri" right before the name: whole, and no part of it
    while start - 1 > floor and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and (
            not titles.is_title(doc[start - 1].text)) and start > person.start - 2:
        start -= 1
    if start == person.start or not titles.is_honorific(doc[start - 1].text):
        return person
    return Span(doc, start, person.end, label=person.label_)


def apposed_person(span: Span, titles: Titles | None = None) -> Span | None:
    """The person's name set between commas right after a description (``the head of
    research at Harbor Bank, Ian Moss, said``, or closing the sentence), found from the
    surface: the small parser often hangs such a name on the nearest noun instead. With
    ``titles``, an honorific or rank before the name is passed over (``, Mr. Ian Moss,``)."""
    doc = span.doc
    comma = span.end
    while comma < min(span.end + 8, len(doc)) and doc[comma].text != "," and not (
            doc[comma].pos_ in {"VERB", "AUX"} and doc[comma].tag_ in {"VBD", "VBZ", "VBP"}):
        comma += 1  # "the lawyer representing Tom Hale, Greta Lind, said": past its modifier
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    first = comma + 1
    while titles is not None and first < len(doc) - 1 and titles.is_title(doc[first].text):
        first += 1
    person = entity_starting_at(doc, first)
    if person is None or person.label_ not in PERSON_LABELS or person.end >= len(doc) or (
            doc[person.end].text != "," and not ends_sentence(doc[person.end])):
        return None
    return person


def named_by_participle(span: Span, naming: Container[str]) -> Span | None:
    """``The resident, surnamed Woon, said``, ``a man, identified only as Tomas, said``: a
    participle of naming set off by commas after the description, then capitalised words up
    to the closing comma, names the speaker."""
    doc = span.doc
    at = span.end
    if at + 3 >= len(doc) or doc[at].text != ",":
        return None
    verb = doc[at + 1]
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in naming:
        return None
    start = verb.i + 1
    while start < len(doc) and doc[start].lower_ in {"only", "simply", "as"}:
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == start or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[start:end]


def self_named_person(span: Span, naming: Container[str]) -> Span | None:
    """``said a resident who gave her name only as Marcy``: a description whose relative
    clause tells the reader the speaker's name is that person, whatever label the tagger put
    on the name (a lone first name is often taken for a place). Read from the surface, as the
    parser hangs the clause on any noun before it: ``who`` right after the description (past
    its ``of``-phrase), a verb of ``naming`` (``self_naming`` in rules/verb_classes.jsonl:
    ``gave her name``, ``identified himself``), then ``as`` and the capitalised words that
    end the clause. A naming participle set off after it names the speaker too
    (``named_by_participle``)."""
    doc = span.doc
    if (named := named_by_participle(span, naming)) is not None:
        return named
    who = span.end
    while who < min(span.end + 6, len(doc)) and doc[who].lower_ != "who" and (
            doc[who].text[:1].isupper() or doc[who].lower_ in {"of", "in", "from", "the", ","}):
        who += 1  # "a resident of Elm Park who …", "Another resident, who …"
    if who >= len(doc) - 3 or doc[who].lower_ != "who":
        return None
    verb = doc[who + 1]
    while verb.pos_ == "ADV" and verb.i < who + 3:
        verb = doc[verb.i + 1]  # "who only gave her name as"
    if verb.lemma_.lower() not in naming or verb.pos_ != "VERB":
        return None
    clause = doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)]
    marker = next((t for t in clause if t.lower_ == "as"), None)
    if marker is None:
        return None
    end = marker.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == marker.i + 1 or (end < len(doc) and doc[end].text not in {".", ",", ";"} and (
            doc[end].pos_ != "VERB")):  # "one student who identified himself as Sam said"
        return None
    return doc[marker.i + 1 : end]


def ends_sentence(token: Token) -> bool:
    """``said the chairman of the Harbour Board, Kwame Mensah.``: a name that closes the
    sentence after a comma is set beside the description as surely as one between commas."""
    return token.text in {".", "!", "?", ";"} and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].is_sent_start
        or token.doc[token.i + 1].is_space)


def common_noun_lead(name: Span) -> Span:
    """``Goalkeeper Marta Quill``, ``Anthropologist Ken Barger`` tagged whole as a person: the
    common nouns in front (lemma in lower case, compounded onto the name) are a role, not
    part of the name."""
    lead = 0
    while lead < len(name) - 1 and name[lead].lemma_.islower() and (
            name[lead + 1].pos_ == "PROPN") and name[lead].is_alpha and len(name[lead]) > 1 and (
            name[lead].pos_ == "NOUN" and name[lead].dep_ == "compound"
            or name[lead].pos_ in {"ADV", "ADJ"} and len(name) - lead >= 3):
        lead += 1  # "Innkeeper Rosa Alvarez": the tagger may call a rare noun an adverb;
        # "A. John Knapp": an initial is never a role
    return name[lead:] if lead else name


def entity_ending_at(doc: Doc, end: int) -> Span | None:
    """The named entity whose last token is ``doc[end - 1]``, found from the token's IOB tags
    (walking ``doc.ents`` would rebuild every entity of the document on each call)."""
    if end <= 0 or not doc[end - 1].ent_type_ or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, end, label=doc[end - 1].ent_type_)


def person_ending_at(doc: Doc, end: int) -> Span | None:
    """The named entity ending at ``end``, with the name the tagger split its surname from
    (``Muhammad Raza`` + ``Khan``) taken in."""
    ent = entity_ending_at(doc, end)
    if ent is None:
        return ent
    before = entity_ending_at(doc, ent.start)
    if before is not None and surname_split_off(before, ent):
        return Span(doc, before.start, ent.end, label=before.label_)
    return ent


def entity_starting_at(doc: Doc, start: int) -> Span | None:
    """The named entity whose first token is ``doc[start]`` (from the IOB tags)."""
    if doc[start].ent_iob_ != "B":
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def with_titles(span: Span, titles: Titles) -> Span:
    """Extend a name to the compound words before it: ``Hamas leader`` + ``Hassan Darwish``."""
    doc = span.doc
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if token.is_space or token.is_quote or token.text in {",", "(", ")", "’s", "'s"}:
            break  # a quotation mark closes what was said: no title runs back into it
        if joins_hyphenated(token) and start > 1:
            start = word_start(doc, start - 1)
            continue
        office = office_of(doc, start, titles)
        if office is not None and not any(t.ent_type_ in PERSON_LABELS
                                          for t in doc[office:start]):
            start = office  # "Minister of Finance Aisha Khan" (not across another person's
            continue  # name: "the Minister of Education Patrick Faber to President Luke X")
        if titled_right_before(token, span, titles):
            start = word_start(doc, start - 1)  # "Prime Minister Prayut Chan-o-cha", the
            continue  # parse lost in the hyphens: a capitalised title right before the name
        if (joined := office_joined_before(token, start, titles)) is not None:
            start = joined  # "Economy Minister and presidential candidate Sergio Massa"
            continue
        if nationality_before_title(token, doc[start : start + 3], titles):
            start -= 1  # "Welcoming Kuwaiti Foreign Minister …", "Kuwaiti" parsed an object
            continue
        if token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
            break  # the participle that took the nationality as its object: no title
        if token.dep_ not in {"compound", "amod", "nmod", "punct", "flat"}:
            break
        if not (start <= token.head.i < span.end) or object_of_preposition(token, titles) or (
                before_first_name(token, titles)):
            break
        start = word_start(doc, start - 1)
    while start < span.start and doc[start].is_punct:
        start += 1
    return doc[start : span.end]


def office_joined_before(token: Token, start: int, titles: Titles) -> int | None:
    """``Economy Minister and presidential candidate Sergio Massa``, the parse joining the
    common noun right before the name to a capitalised title before it: both are the
    person's offices (not ``the Minister and his wife X``); where the title's phrase starts."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "NOUN" or not token.is_lower or head.i >= token.i or (
            not titles.is_title(head.text)) or not head.text[:1].isupper():
        return None
    between = token.doc[head.i + 1 : start]
    if any(t.tag_ in {"PRP$", "DT"} or t.is_punct for t in between):
        return None
    return head.left_edge.i


def demonym_of_place(token: Token, ents: Iterable[Span]) -> bool:
    """``Belizean`` after ``Belize``, ``Guyanese`` after ``Guyana``: a capitalised word with a
    demonym's ending that starts like a place the article names (its first four letters; the
    article's ``ents``) is somebody from there, whatever type the tagger gave it."""
    word = token.text
    if not word[:1].isupper() or len(word) < 5 or not word.lower().endswith(DEMONYM_ENDINGS):
        return False
    return any(ent.label_ in {"GPE", "LOC", "NORP"} and len(ent.text) >= 4 and ent.text != word
               and word.startswith(ent.text[:4]) for ent in ents)


def nationality_before_title(token: Token, role: Span, titles: Titles) -> bool:
    """A nationality written right before a capitalised title (``Kuwaiti Foreign Minister``,
    ``role`` the words from there) says whose office it is, whatever the parse made of it: a
    capitalised word that NER tagged a nationality, or that starts like a place the article
    names (``Kuwait``)."""
    if not (token.text[:1].isupper() and token.is_alpha and role[0].text[:1].isupper() and any(
            titles.is_title(word.text) for word in role)) or token.pos_ == "VERB" or (
            len(token.text) < 5):
        return False
    return token.ent_type_ == "NORP" or any(
        ent.label_ == "GPE" and len(ent.text) >= 4 and token.text != ent.text
        and token.text.startswith(ent.text[:4]) for ent in token.doc.ents)


def titled_right_before(token: Token, span: Span, titles: Titles) -> bool:
    """A capitalised title word written right before a person's name (``Minister`` of
    ``Prime Minister Ana Ruiz``) is theirs, whatever head the parse gave it."""
    return token.i == span.start - 1 and span.label_ in PERSON_LABELS and (
        token.text[:1].isupper()) and titles.is_title(token.text) and token.pos_ == "PROPN"


def object_of_preposition(token: Token, titles: Titles) -> bool:
    """``Transport`` of ``the Ministry of Transport Lerato Dlamini``: a proper noun right
    after a preposition completes the phrase before it, not the name after it."""
    return token.pos_ == "PROPN" and not titles.is_title(token.text) and token.i > 0 and (
        token.nbor(-1).pos_ == "ADP")


def before_first_name(token: Token, titles: Titles) -> bool:
    """``Fisheries`` of ``Regional Fisheries Felix Oduro Boateng``: a name that opens with a
    listed first name starts there; the end of a longer proper phrase before it (no title) is
    not his. A lone capitalised role word (``Singer Maya Fox``) is still taken in."""
    return token.pos_ == "PROPN" and not titles.is_title(token.text) and token.i > 0 and (
        token.nbor(-1).pos_ == "PROPN") and fold(token.nbor(1).text) in titles.first_names


def office_of(doc: Doc, start: int, titles: Titles, depth: int = 0) -> int | None:
    """``Minister of Finance`` / ``Secretary of State`` / ``Ambassador to the UN`` just before
    a name: where it starts; with one more phrase of capitals after the title's (``Leader of
    the Opposition in the National Assembly``)."""
    k = start - 1
    while k > 0 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and k > start - 4:
        k -= 1
    if k > 1 and k < start - 1 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or k == start - 1 or doc[k].lower_ not in OFFICE_PREPOSITIONS:
        return None
    title = doc[k - 1]
    if titles.is_title(title.text):
        return k - 1
    if depth == 0 and title.pos_ == "PROPN" and title.text[:1].isupper():
        return office_of(doc, k, titles, depth + 1)
    return None


def after_possessor(span: Span) -> Span:
    """``Pakistan's Deputy Prime Minister Ishaq Dar`` -> ``Deputy Prime Minister Ishaq Dar``;
    a possessive inside one named entity (``Sheriff's Office``) is part of the name."""
    for token in reversed(span):
        if token.dep_ == "case" and token.i < span.end - 1:
            if token.ent_iob_ == "I" and span.doc[token.i + 1].ent_iob_ == "I":
                continue  # "the Volusia County Sheriff's Office": one name through the 's
            return span.doc[token.i + 1 : span.end]
    return span


def with_legal_form(chain: Span) -> Span:
    """``Northfield Dairy, Inc.``: a company's legal form after a comma, hung on the name by
    the parser, belongs to the name (so the name says it is a company)."""
    doc = chain.doc
    end = chain.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in LEGAL_FORMS:
        return chain
    form = doc[end + 1]
    return doc[chain.start : end + 2] if form.head.i in range(chain.start, end) else chain


def before_spaced_dash(span: Span) -> Span:
    """``Miguel Soto - We got a big victory`` tagged ``Miguel Soto - We``: a dash with a space
    on each side separates a headline's parts; no name runs across it."""
    doc = span.doc
    for token in span[1:]:
        if spaced_dash(token):
            return Span(doc, span.start, token.i, label=span.label_)
    return span


def within_brackets(span: Span) -> Span:
    """``PS) State Department for Agriculture Dr.`` tagged ORG (from ``Principal Secretary
    (PS) State Department …``): a name never holds half a bracket; it starts after a closing
    bracket that opened before it and ends before one that opens and is not closed in it."""
    start, end = span.start, span.end
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            if depth == 0:
                start = token.i + 1
            else:
                depth -= 1
    if depth:
        end = next(t.i for t in reversed(span) if t.text == "(")
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, max(start, end), label=span.label_)


DANGLING_WORDS = frozenset(FUNCTION_WORDS | {"at", "in", "to", "on"})


def without_opening_participle(span: Span) -> Span:
    """``Welcoming Kuwaiti`` tagged PERSON (from ``Welcoming Kuwaiti Foreign Minister …``): a
    sentence's opening participle is no part of a name; the name starts after it."""
    start = span.start
    while start < span.end and span.doc[start].tag_ in {"VBG", "VBN"} and (
            span.doc[start].is_sent_start):
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def modifies_title_after(span: Span, titles: Titles) -> bool:
    """``Kuwaiti`` tagged PERSON in ``Kuwaiti Foreign Minister Ahmad Nasser``: one word run
    straight into a capitalised title (and that title into a name) is what the title is of, a
    nationality or a place, not a person of its own."""
    doc = span.doc
    if len(span) != 1 or span.label_ not in PERSON_LABELS or span.end + 1 >= len(doc):
        return False
    after = doc[span.end : span.end + 3]
    title_words = next((n for n in (2, 1) if titles.is_title(after[:n].text)), 0)
    return bool(title_words) and after[0].text[:1].isupper() and (
        span.end + title_words < len(doc) and doc[span.end + title_words].pos_ == "PROPN")


def without_dangling_word(span: Span) -> Span:
    """``General of`` tagged ORG (from ``Director General of Department of …``): a name never
    ends in a lower-case function word; the tagger cut a longer phrase there, and the words
    before it are what it named (nothing, when only the function word is left)."""
    end = span.end
    while end > span.start and span.doc[end - 1].text in DANGLING_WORDS:
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def proper_name_words(words: Span, longest: int) -> bool:
    """Two to ``longest`` capitalised proper nouns: a person's name split off a tagged body."""
    return 2 <= len(words) <= longest and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def person_after_comma(span: Span, first_names: Container[str]) -> list[Span]:
    """``Bristol, Marvin Rees`` tagged one ORG (from ``the Mayor of Bristol, Marvin Rees,``):
    a first name and a surname after a comma inside a tagged name are a person of their own,
    set beside what comes before it, as a reader reads the comma; so is a clause's subject
    after a fronted phrase's object (``subject_after_fronted_phrase``)."""
    doc = span.doc
    comma = next((t.i for t in reversed(span[1:]) if t.text == ","), None)
    if comma is None:
        return [span]
    tail = doc[comma + 1 : span.end]
    if subject_after_fronted_phrase(doc[span.start : comma], tail):
        return [Span(doc, span.start, comma, label=span.label_),
                Span(doc, comma + 1, span.end, label=span.label_)]
    if not proper_name_words(tail, longest=3) or tail[0].lower_ not in first_names:
        return [span]
    return [Span(doc, span.start, comma, label=span.label_),
            Span(doc, comma + 1, span.end, label="PERSON")]


def subject_after_fronted_phrase(before: Span, tail: Span) -> bool:
    """``In a statement to the Associated Press, Purdue said``, tagged one name: the words
    before the comma end a phrase the clause opens with (a preposition's object), those
    after it are the clause's subject; two names, as the comma shows."""
    return len(before) > 0 and len(tail) > 0 and before.root.dep_ == "pobj" and (
        tail.root.dep_ in {"nsubj", "nsubjpass"})


def person_after_honorific(span: Span, titles: Titles) -> list[Span]:
    """``the Ministry Mrs Tumisang Thabela`` tagged one ORG (from ``the Permanent Secretary in
    the Ministry Mrs Tumisang Thabela``): an honorific inside a tagged name starts a person's
    name of its own, two to four proper nouns long, set beside the words before it."""
    doc = span.doc
    at = next((t.i for t in span[1:] if titles.is_honorific(t.text)), None)
    if at is None:
        return [span]
    if not proper_name_words(doc[at + 1 : span.end], longest=4):
        return [span]
    end = at
    while end < span.end and titles.is_honorific(doc[end].text):
        end += 1
    borne = name_borne_before_honorific(doc[end : span.end], titles)
    if span.label_ == "PERSON" and borne is not None and borne.start == span.start:
        return [span]  # "Aiono Dr Alec Ekeroma": one person, by title and name
    return [Span(doc, span.start, at, label=span.label_), Span(doc, at, span.end, label="PERSON")]


def standing_alone(doc: Doc) -> frozenset[str]:
    """Capitalised proper nouns written on their own somewhere in the article (``Maqbul
    said``): how news refers to a person it introduced by full name."""
    def proper(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
    return frozenset(t.lower_ for t in doc if proper(t.i) and t.is_alpha and not (
        proper(t.i - 1) or proper(t.i + 1)))


def person_by_recurring_surname(span: Span, alone: Container[str],
                                institutions: Container[str]) -> list[Span]:
    """``the Ministry of Health Ayman Maqbul`` tagged one ORG (from ``Director of
    Epidemiology at the Ministry of Health Ayman Maqbul``), when the article later writes
    ``Maqbul`` on its own (or, as some naming customs do, the first name ``Ayman``): the last
    two proper nouns are a person, set beside a body that is complete without them (it holds an
    institution word and does not end in ``of``)."""
    doc = span.doc
    if span.label_ in PERSON_LABELS or len(span) < 4:
        return [span]
    person = doc[span.end - 2 : span.end]
    body = doc[span.start : span.end - 2]
    if not proper_name_words(person, longest=2) or not {t.lower_ for t in person} & alone or (
            person[0].lower_ in institutions) or body[-1].pos_ not in {"PROPN", "NOUN"} or (
            not any(t.lower_ in institutions for t in body)):
        return [span]
    return [Span(doc, span.start, span.end - 2, label=span.label_),
            Span(doc, span.end - 2, span.end, label="PERSON")]


def named_from_first_name(span: Span, first_names: Container[str],
                          titles: Titles) -> Span:
    """``Felix Kwakye Ofosu`` with only ``Ofosu`` tagged (as a place): up to three proper
    nouns compounded onto a tagged name, the first of them a known first name, make it a
    person's name from that first name on."""
    doc = span.doc
    if span.label_ in PERSON_LABELS:
        return span
    start, found = span.start, None
    while start > 0 and span.start - start < 3:
        before = doc[start - 1]
        if before.pos_ != "PROPN" or before.dep_ not in {"compound", "flat"} or not (
                start <= before.head.i < span.end) or titles.is_title(before.text):
            break
        start -= 1
        if before.lower_ in first_names:
            found = start
    return span if found is None else Span(doc, found, span.end, label="PERSON")


def through_and(span: Span) -> Span:
    """``The Ministry of Primary`` tagged, then ``and Secondary Education``: a body's name
    ending in ``of`` and a capitalised word runs on through ``and`` and the capitalised words
    after it, as the body's name does."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "and" or not any(
            t.lower_ == "of" for t in span[1:-1]) or not doc[end + 1].text[:1].isupper():
        return span
    stop = end + 1
    while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        stop += 1
    return Span(doc, span.start, stop, label=span.label_)


def through_head_noun(span: Span, titles: Titles) -> Span:
    """``Disaster and Emergency Management`` tagged, ``Presidency`` left out: a body's name
    that stops inside a chain of capitalised nouns runs on to the word its last word
    qualifies (the chain's head), as the body's name does; not to a title (``… Council of
    Akwesasne Grand Chief``: the body's officer follows)."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG":
        return span
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and (
            doc[end - 1].head.i == end and doc[end - 1].dep_ == "compound") and not (
            titles.is_title(doc[end].text) or titles.is_title(doc[end - 1].text)
            or doc[end].ent_type_ == "PERSON" or fold(doc[end].text) in titles.first_names):
        end += 1  # (nor into a person's name: "… Regional Fisheries | Felix Oduro Boateng")
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def through_hyphen(span: Span) -> Span:
    """``Song Min-soon`` tagged ``Song Min`` (or ``Song Min-``): a name glued by a hyphen to
    the next word runs on through it, as a reader reads it."""
    doc, end = span.doc, span.end
    if end < len(doc) and joins_hyphenated(doc[end - 1]) and doc[end].is_alpha:
        end += 1  # "Wan-o-rat" tagged "Wan-o-": the tagger stopped on the hyphen itself
    while end + 1 < len(doc) and joins_hyphenated(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    if end == span.end:
        return span
    return Span(doc, span.start, end, label=span.label_)


def proper_chain(token: Token) -> Span:
    """A proper-noun subject NER missed, with its compound words: ``Hafiz Naeem``."""
    doc = token.doc
    start = token.i
    while start > 0:
        before = doc[start - 1]
        if before.dep_ in {"compound", "flat"} and before.pos_ == "PROPN" and (
                before.head.i >= start):
            start -= 1
        elif joins_hyphenated(before) and start > 1:
            start = word_start(doc, start - 1)  # Jamaat-e-Islami is one word to a reader
        elif plural_possessive_in_name(doc, start):
            start = proper_chain(doc[start - 2]).start  # "Saskatchewan Teachers' Federation"
        else:
            break
    end = token.i + 1
    if end < len(doc) and doc[end].dep_ == "nummod" and doc[end].head.i == token.i and (
            doc[end].is_digit):
        end += 1  # "Channel 12 reports": the number is the name's
    return doc[start:end]


def plural_possessive_in_name(doc: Doc, start: int) -> bool:
    """``Teachers' Federation``, ``Nurses' Union``: a capitalised plural possessed by its
    apostrophe alone, right before the word at ``start``, is a word of the same body's name."""
    if start < 2:
        return False
    mark, plural = doc[start - 1], doc[start - 2]
    return mark.text in {"'", "\u2019"} and mark.tag_ == "POS" and plural.pos_ == "PROPN" and (
        plural.text[:1].isupper() and plural.lower_.endswith("s"))


def word_start(doc: Doc, i: int) -> int:
    """First token of the whitespace-delimited word that token ``i`` belongs to."""
    while i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space and (
            doc[i - 1].text not in {"(", "\u201c", '"', "\u2018", "'"}):
        i -= 1
    return i


def conjoined(span: Span, offices: Container[str] = ()) -> list[Span]:
    """``Sandmann and Phillips`` -> the two names, ``Hale and his wife`` -> the name and the
    noun phrase; a single name -> itself; offices joined by ``and`` before one name (``President
    and CEO Dana Whitlock``) -> that name."""
    doc = span.doc
    if len(span) > 2 and span[0].lower_ in PERSONAL_PRONOUNS and span[1].lower_ == "and":
        return [span[:1], span[2:]]  # "She and Gilles Lanteigne", "Her and CEO X said"
    root = span.root
    joint = next((holder_of_joint_office(root, c, offices) for c in root.children
                  if c.dep_ == "cc" and span.start <= c.i < span.end), None)
    if joint is not None and joint.i < span.end:  # "President and CEO Dana Whitlock": one
        return [doc[proper_chain(joint).start : joint.i + 1]]
    listed = next((c for t in span if t.tag_ == "NNS" and t.pos_ == "NOUN" for c in t.children
                   if c.dep_ == "appos" and c.pos_ == "PROPN" and glued_list_of_names(t, c)
                   and any(span.start <= k.i < span.end for k in c.conjuncts)), None)
    if listed is not None:
        # "Ward 1 councillors Ana Ruiz and Tom Hale": the people the plural role lists
        return conjoined(doc[listed.left_edge.i : span.end], offices)
    if root.pos_ != "PROPN":
        return [span]
    conjuncts = [c for c in root.conjuncts if span.start <= c.i < span.end and (
        c.pos_ == "PROPN" and c.lower_ not in LEGAL_FORMS  # "ICO, Inc." is one company
        or person_phrase_beside_name(root, c)) and doc[c.i - 1].text != "-"]
    # ("Harun-or-Rashid": words joined by hyphens are one name, whatever their "or")
    if not conjuncts or any(portfolio_joined_to_office(root, c, offices) for c in conjuncts):
        return [span]  # ("Minister of Ecology and Natural Resources … Umayra Taghiyeva": one)
    parts = []
    for head in sorted([root, *conjuncts], key=lambda t: t.i):
        if head.pos_ == "NOUN":  # "Tom Hale and his wife": the noun phrase as written
            parts.append(doc[head.left_edge.i : head.i + 1])
            continue
        chain = proper_chain(head)
        parts.append(doc[chain.start : head.i + 1])
    if offices and all(office_words_only(part, offices) for part in parts):
        return [span]  # "The President and Director-General said": one holder's two offices
    if any(len(part) >= len(span) for part in parts):
        return [span]  # a part as long as the whole splits nothing
    return parts


def portfolio_joined_to_office(office: Token, conjunct: Token, offices: Container[str]) -> bool:
    """``Minister of Ecology and Natural Resources``: the parse joined the portfolio's second
    field to the office itself; a field with no title nor person's name in it is the
    portfolio's, not a second person."""
    of = next((c for c in office.rights if c.dep_ == "prep" and c.lower_ == "of"
               and c.i < conjunct.i), None)
    return of is not None and fold(office.text) in offices and not any(
        fold(t.text) in offices or t.ent_type_ == "PERSON"
        for t in office.doc[conjunct.left_edge.i : conjunct.i + 1])


def office_words_only(part: Span, offices: Container[str]) -> bool:
    """``President``, ``Director-General``: words of an office (``offices``), hyphen parts
    each, after any article."""
    words = [t.lower_ for t in part if t.is_alpha and t.lower_ not in {"the", "a", "an"}]
    return bool(words) and all(w in offices for w in words)


def same_person_name(tokens: list[str], person: list[str]) -> bool:
    """``Lonechild`` (tagged ORG) or ``Nurse Clara Diaz`` (tagged GPE) name a person the model
    tagged PERSON elsewhere: the words are contained either way and the surname agrees."""
    if not tokens or not person:
        return False
    if set(tokens) <= set(person):
        return True
    return len(tokens) >= 2 and set(person) <= set(tokens) and tokens[-1] == person[-1]


def introduces_someone(span: Span) -> bool:
    """``Spindler's father, Joseph,``: a name put beside a description to introduce someone."""
    root = span.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN"


def strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip())


def strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def appositive_role(span: Span, person_word: Callable[[str], bool] | None = None) -> str | None:
    """``Nadia Jamil, principal researcher at Dixon Hall, said`` -> that description; with
    ``person_word`` also one written in capitals (``Dr. Ann Roe, Ridgeview Museum Curator``)
    whose head word names a person, not a body or a place."""
    for child in span.root.children:
        # (the tagger may take an office in capitals for a body: "Oman's Minister of Commerce")
        capitalised_role = person_word is not None and child.pos_ == "PROPN" and (
            person_word(child.lower_)) and child.ent_type_ in {"", "ORG"}
        if child.dep_ == "appos" and (child.pos_ == "NOUN" or capitalised_role) and (
                child.i > span.end - 1) and subject_read_as_apposition(child) is None:
            # (not "… in Brooklyn, the head of the union said": the union head speaks)
            words = list(child.subtree)
            if sum(not w.is_punct for w in words) > MAX_ROLE_WORDS or any(
                    w.tag_ in {"WP$", "WP", "WDT"} for w in words):
                return None  # "…, whose family home …": a relative clause, no role
            text = span.doc[words[0].i : words[-1].i + 1].text.strip(" ,")
            return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE) or None
    return None


def role_of_apposed(span: Span, titles: Titles | None = None) -> str | None:
    """``Spindler's father, Joseph, says`` -> Joseph's role is ``Spindler's father``; with
    the run's titles also a capitalised office (``Federal Health Minister, Anna Berg``)."""
    root = span.root
    office = titles is not None and root.head.pos_ == "PROPN" and titles.entry(
        root.head.text) is not None and titles.entry(root.head.text).kind == "role"
    if root.dep_ != "appos" or (root.head.pos_ != "NOUN" and not office):
        return None
    head = root.head
    words = [t for t in head.subtree if t.i < root.i and t.text not in {",", "(", ")"}]
    # the office runs past its head word through what is joined to it (``Prime Minister
    # and Leader of the Labour Party, Mia Mottley``), up to the comma before the name
    words = [t for t in words if t.i <= head.i or t.i < root.left_edge.i]
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    text = span.doc[words[0].i : words[-1].i + 1].text
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE) or None


# the longest office phrase a comma may set before a name ("Permanent Secretary in the
# Ministry of Trade, Industry and Consumer Affairs, Ana Ruiz said")
MAX_OFFICE_PHRASE = 24
# what may stand right before an office phrase that opens a clause
CLAUSE_OPENERS = frozenset({",", ":", ";", "—", "–", "-"})


def role_before_comma(span: Span, titles: Titles) -> str | None:
    """``“…,” Chief Inspector in the Department of Trade, Maria Obeng said``: an office phrase
    that opens the clause and ends in a comma right before the name is that person's role,
    however the parser hung it (often as a second subject of the verb). The phrase is the
    subtree of the word before the comma climbed up to a capitalised title (``Inspector``),
    so commas inside the body's name are crossed; a name (``Ms Lee, Ana Ruiz said``) is none."""
    doc = span.doc
    comma = span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    last = comma - 1
    if last >= 3 and doc[last].text == ")" and doc[last - 2].text == "(":
        last -= 3  # "Leader of the Labour Party (BLP), Mia Mottley": past the acronym
    if doc[last].is_punct:
        return None
    top = doc[last]
    while top.head.i != top.i and top.head.i < comma and not top.head.is_punct:
        top = top.head
    if not (top.text[:1].isupper() and titles.entry(top.text) is not None and (
            titles.entry(top.text).kind == "role")) or not last <= top.right_edge.i <= max(
            comma, span.end):  # (the parse may hang the name itself on the office's "of")
        return None
    start = top.left_edge.i
    if comma - start > MAX_OFFICE_PHRASE or any(t.ent_type_ in PERSON_LABELS
                                                for t in doc[start:comma]):
        return None
    opens_clause = start == doc[start].sent.start or doc[start - 1].is_quote or (
        doc[start - 1].text in CLAUSE_OPENERS)
    if not opens_clause:
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", doc[start:comma].text, flags=re.IGNORECASE) or None


def listed_with_places(name: Span, least: int = 3) -> bool:
    """``Tamuning, Nimitz Hill, Agat, Santa Rita and Yona``: a name in a list of at least
    ``least`` names joined as conjuncts, one of them tagged a place, is a place too, whatever
    label the tagger gave it."""
    top = name.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    return len(members) >= least and any(
        t.ent_type_ in PLACE_LABELS for t in members if t.i != name.root.i) and all(
        t.pos_ == "PROPN" for t in members)


def spelled_before_bracket(span: Span) -> str | None:
    """``The Special Investigations Unit (SIU)``: the capitalised words right before the
    bracket an acronym stands in, when their initials spell it (the tagger often types the
    acronym and not the name)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or (
            doc[span.end].text != ")"):
        return None
    letters = span.text.replace(".", "").upper()
    end = span.start - 1
    start = end
    while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or (
            doc[start - 1].lower_ in BODY_JOINERS and start < end)):
        start -= 1
        if letters in initials(doc[start:end].text):
            return doc[start:end].text
    return None


def acronym_after(span: Span) -> str | None:
    """``Organization of Islamic Cooperation (OIC)``: the bracketed acronym, if it fits."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        candidate = doc[span.end + 1].text
    elif span.end + 4 < len(doc) and doc[span.end].text == "(" and doc[span.end + 4].text == ")":
        candidate = doc[span.end + 1 : span.end + 4].text.replace(" ", "")
    else:
        return None
    if looks_like_acronym(candidate):
        return candidate
    # "Federation of Civil Engineering Contractors (Safcec)": an acronym written as a word
    name = re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.I)
    spells = candidate.isalpha() and candidate[:1].isupper() and len(candidate) >= 3 and (
        candidate.upper() in initials(name) or syllables_of(candidate.lower(), [
            w.lower() for w in re.findall(r"[A-Za-z]+", name)
            if w.lower() not in BODY_JOINERS]))
    return candidate if spells else None


def syllables_of(word: str, words: list[str], used: int = 0) -> bool:
    """``Tanapa`` for ``Tanzania National Parks Authority``, ``Tanesco`` for ``Tanzania
    Electric Supply Company``: a short form made of the first letters of the name's words in
    order, two or more from the first word, three words or more used, some of the last words
    left out (East African and South-East Asian bodies are often so called; two parts, as in
    ``Canadian Nurses Association (Canada)``, are too few to tell a short form from a word)."""
    if not word:
        return used >= SYLLABLE_WORDS
    if not words:
        return False
    head, rest = words[0], words[1:]
    shortest = 2 if used == 0 else 1
    return any(word[:n] == head[:n] and syllables_of(word[n:], rest, used + 1)
               for n in range(min(len(word), len(head)), shortest - 1, -1))


SYLLABLE_WORDS = 3  # words a short form made of word beginnings must draw on


def person_before_affiliation(span: Span, titles: Titles) -> Span:
    """``Dr Ana Ruiz of Harbour General Hospital``: a person (tagged one, or written after an
    honorific), then ``of`` and the body they belong to. The speaker is the person; the body
    only places them."""
    for token in span[1:]:
        if token.lower_ != "of":
            continue
        before = span.doc[span.start:token.i]
        person = any(e.label_ == "PERSON" and e.end == token.i and before.start <= e.start
                     for e in span.doc.ents) or (
            len(before) >= 2 and titles.is_honorific(before[0].text)
            and all(t.pos_ == "PROPN" for t in before[1:]))
        if person and any(t.pos_ == "PROPN" for t in span.doc[token.i + 1:span.end]):
            return before
        return span
    return span


def name_after_bracketed_title(span: Span, titles: Titles) -> Span | None:
    """``Inspector (Investigation) Md Saiduzzaman said``, ``Inspector (Investigation) of
    Lalbagh Police Station Md Saiduzzaman said``: the parser made the bare title the subject
    and hung the name on it; the person is the name after the title's bracket (and the
    station it is of), with no comma between."""
    doc = span.doc
    entry = titles.entry(span.text)
    if entry is None or entry.kind != "role" or span.end >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end:span.end + 6] if t.text == ")"), None)
    if close is None:
        return None
    first = close + 1
    if first < len(doc) and doc[first].lower_ == "of":  # "… (Investigation) of Lalbagh Police
        first += 1                                     # Station Md Saiduzzaman said"
        while first < min(close + 10, len(doc)) and doc[first].pos_ == "PROPN" and (
                doc[first].ent_type_ not in PERSON_LABELS):
            first += 1
    person = entity_starting_at(doc, first)
    if person is None or person.label_ not in PERSON_LABELS:
        return None
    honorific = next((t.i for t in person if titles.is_honorific(t.text)), person.start)
    return doc[honorific:person.end]  # "Police Station Md Saiduzzaman" tagged one person


SHORT_LINE = 400  # characters either side: a caption, subhead or byline is never longer


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int] | None:
    """Where the short line holding ``text[start:end]`` begins and ends (the newlines
    excluded), or None for a line that runs on more than ``SHORT_LINE`` characters either
    side: the search stays bounded, so asking it for every name keeps a run linear."""
    end = start if end is None else end
    before = text.rfind("\n", max(0, start - SHORT_LINE), start)
    if before < 0 and start > SHORT_LINE:
        return None
    after = text.find("\n", end, end + SHORT_LINE)
    if after < 0 and len(text) - end > SHORT_LINE:
        return None
    return before + 1, len(text) if after < 0 else after
