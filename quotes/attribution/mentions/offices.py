"""Offices and their holders: ``Minister of Health and Seniors Jo Lee``, ``MP for Leeds``.

A speaker's words often open on an office with a portfolio, a seat or a body; these tests say
where such a run starts and ends and which name in it holds the office.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from ...names import OFFICE_PREPOSITIONS, name_after_institution
from .words import (
    MAX_DESCRIPTION,
    PLACES_AND_PEOPLES,
    before_comma,
    counted_pair,
    is_office,
    name_start,
    name_words_before,
)

NOT_PORTFOLIOS = PLACES_AND_PEOPLES | {"PERSON"}


def holder_of_portfolios(token: Token, offices: Container[str]) -> Token | None:
    """``said Tourism, Creative Industry and Performing Arts Minister Dato Sri Rahim Osman``:
    a minister's portfolios listed before the title. The parse makes the first portfolio the
    subject and the name its last conjunct; the name is who speaks. Told from a list of
    speakers by its words: capitalised, no person or place among them (the tagger may call
    portfolios a body), joined by commas and ``and``, and ending in an office title
    (``offices``, folded) right before the name, with a portfolio word before it (``Tamsin
    Hale and Mayor Jane Doe`` are two people). The parse may also hang the name on the first
    portfolio as an apposition, and the tagger may take the first portfolio for a person
    (``Riverton Parks, Sport and Leisure Councillor Ana Reyes``); a list of portfolios
    ending in ``and`` and a word before the title is then what tells it from two people."""
    if token.ent_type_ in PLACES_AND_PEOPLES or token.pos_ != "PROPN" or not (
            token.text[:1].isupper()):
        return None
    if counted_pair(token) or any(
            is_office(t, offices) for t in token.lefts if t.dep_ == "compound"):
        return None  # "Both Ford and Housing Minister Steve Clark", "Premier Tom Vale and
        # Housing Minister Ana Ruiz": two people, the first titled or counted
    appositions = [c for c in token.rights if c.dep_ == "appos"]
    for holder in [*token.conjuncts, *appositions]:
        if holder.i < token.i or holder.pos_ != "PROPN" or (
                holder.ent_type_ in PLACES_AND_PEOPLES) or is_office(holder, offices):
            continue
        start = name_words_before(holder, token.i + 1, offices)
        between = token.doc[token.i + 1 : start]
        # ("Whitney Place, State Executive Director …": a name, then its holder's office)
        doubtful = token.ent_type_ == "PERSON" or holder.dep_ == "appos"
        if _listed_portfolios(between, offices) and (
                not doubtful or _ends_in_joined_portfolio(between)):
            return holder
    return None


def holder_of_seat(token: Token, offices: Container[str]) -> Token | None:
    """``Caithness, Sutherland and Ross MSP Gail Ross raised …``: a seat named for several
    places, listed before its title. The parse makes the first place the subject and the
    holder its last conjunct; the holder speaks. Told from a list of people by its shape: the
    list's last place follows ``and`` and stands before the title (``Ruiz, Reyes and Mayor
    Doe`` are three people), the first place is not tagged a person and no other before that
    ``and`` is a person's full name (the tagger takes many a lone place for a surname), and
    the holder is tagged a person."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN" or not token.text[:1].isupper() or (
            counted_pair(token)):
        return None
    for holder in token.conjuncts:
        if holder.i < token.i or holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON" or (
                is_office(holder, offices)):
            continue
        start = name_words_before(holder, token.i + 1, offices)
        between = token.doc[token.i + 1 : start]
        if not between or not is_office(between[-1], offices) or not (
                _ends_in_joined_portfolio(between)):
            continue
        joint = max(t.i for t in between if t.lower_ in {"and", "&"})
        if all(t.text in {",", "&"} or t.lower_ == "and" or t.is_alpha and t.text[:1].isupper()
               for t in between) and not any(
                t.ent_type_ == "PERSON" and t.doc[t.i + 1].ent_type_ == "PERSON"
                for t in between if t.i < joint):
            return holder  # ("Dunbrae, Kell MSP …" may tag Dunbrae; "Tom Reyes, …" is a name)
    return None


def _listed_portfolios(between: Span, offices: Container[str]) -> bool:
    """Capitalised portfolio words, joined by commas and ``and``, then an office title."""
    portfolios = [t for t in between[:-1] if t.is_alpha and t.lower_ != "and"]
    return bool(portfolios) and is_office(between[-1], offices) and all(
        _portfolio_word(t) for t in between[:-1])


def _ends_in_joined_portfolio(between: Span) -> bool:
    """``…, Sport and Leisure Councillor``: the list's last portfolio follows ``and`` (or
    ``&``) and stands before the title, as no list of two people does."""
    joints = [t.i for t in between if t.lower_ in {"and", "&"}]
    return bool(joints) and any(t.is_alpha for t in between if joints[-1] < t.i < between.end - 1)


def _portfolio_word(token: Token) -> bool:
    """A word of a listed portfolio: capitalised, a comma or ``and``, no person or place."""
    return token.ent_type_ not in NOT_PORTFOLIOS and (
        token.text in {",", "&"} or token.lower_ == "and" or (
            token.is_alpha and token.text[:1].isupper()))


def bracketed_after(token: Token, later: Token) -> bool:
    """Whether ``later`` stands inside a bracket opened after ``token``: ``Director
    (Disease Control)``, but not ``ADGP (law and order) Ajith Kumar``."""
    depth = 0
    for between in token.doc[token.i + 1 : later.i]:
        depth += (between.text == "(") - (between.text == ")")
    return depth > 0


def office_with_holder(token: Token, name: Token, offices: Container[str]) -> bool:
    """``said the Chief Executive of the Port Authority, Ama Owusu``: a capitalised office
    (``offices``, folded) is a common noun in all but spelling, so the proper name set beside
    it names its holder, whatever label the tagger gave that name. A name of one word is no
    evidence (``the Minister of Health, Dlamini`` is rare, ``the Chair, Ofcom`` is not), nor
    is one in brackets, which names the office's field."""
    if not is_office(token, offices) or token.ent_type_ == "PERSON" and not any(
            t.text == "," for t in token.doc[token.i + 1 : name.left_edge.i]):
        return False  # (an office the tagger took into a person's name is theirs, unless a
        # comma parts it from the name: "Town Clerk of Georgetown, Royston King,")
    if bracketed_after(token, name):
        return False  # "Director (Disease Control) of …": a bracket narrows the office
    words = [t for t in name.subtree if t.i <= name.i and t.pos_ == "PROPN"]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def office_opens_name(name: Token, offices: Container[str]) -> bool:
    """``Kelowna–Mission MLA Gavin Dew has said``: the parse split a seat's name at its dash
    and set the rest beside the first word. A name run that opens on an office (``MLA``) is
    its holder's name, the words before it the seat, not the speaker."""
    words = [t for t in name.subtree if t.i <= name.i]
    offices_in = [t for t in words if t.dep_ == "compound" and is_office(t, offices)]
    holder = [t for t in words if offices_in and t.i > offices_in[-1].i]
    return bool(offices_in) and len(holder) >= 2 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in holder)


def holder_of_joint_office(token: Token, conjunction: Token,
                           offices: Container[str]) -> Token | None:
    """``Marlow Foods President and CEO Dana Whitlock``, ``the state's housing and transport
    minister Arjun Pillai``: offices joined by ``and`` and run on into a person's name are that
    one person's titles. Told from two people (``Tamsin Hale and Mayor Jane Doe``) by the first
    conjunct, a role title (``offices``, folded) or a common noun, and by the words between the
    ``and`` and the name: some, and none of them a name (``Swift Current MLA and
    Saskatchewan Minister of Health Everett Hindley``: an office's portfolio may stand
    between, and a title NER took for a name is still a title)."""
    if not (token.pos_ == "NOUN" or is_office(token, offices)) or (
            token.ent_type_ == "PERSON" and not is_office(token, offices)):
        return None
    for conj in token.rights:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN":
            continue
        if conj.ent_type_ == "PERSON":
            start = name_start(conj, floor=conjunction.i + 1)
            while start - 1 > conjunction.i and conj.doc[start - 1].ent_type_ == "PERSON":
                start -= 1  # "Sir Robin Knox Johnston", tagged as two names
            while start < conj.i and is_office(conj.doc[start], offices):
                start += 1  # "chairman and Bencher Tom Heintzman": a title NER took in
        elif conj.ent_type_ in {"", "ORG"} and (
                untyped := _untyped_name_start(conj, offices)) is not None:
            start = untyped  # "Prime Minister and Minister of Defence Omar Al Rashed",
            # the name NER missed: the second office holds a title (one of ``offices``)
            if not any(is_office(t, offices) for t in conj.doc[conjunction.i + 1 : start]):
                continue
        else:
            continue
        between = conj.doc[conjunction.i + 1 : start]
        if 0 < len(between) <= 3 and all(t.is_alpha and (
                t.ent_type_ != "PERSON" or is_office(t, offices)) for t in between):
            return conj
        if 0 < len(between) <= MAX_PORTFOLIO_OFFICE and all(t.is_alpha for t in between) and (
                portfolio_office(between, offices)):
            return conj  # "… and Saskatchewan Minister of Health Everett Hindley"
    return None


MAX_PORTFOLIO_OFFICE = 6  # "Saskatchewan Minister of Health and Seniors"


def portfolio_office(words: Span, offices: Container[str]) -> bool:
    """``Saskatchewan Minister of Health``: a title with its ``of`` portfolio, capitalised."""
    return any(is_office(t, offices) and t.i + 1 < words.end and (
        t.doc[t.i + 1].lower_ == "of") for t in words) and all(
        t.text[:1].isupper() or t.lower_ in {"of", "and"} for t in words)


def _untyped_name_start(name: Token, offices: Container[str]) -> int | None:
    """Where an untagged name of two words or more (its proper-noun compounds, none a
    title, or words joined by hyphens) begins, or None for a single word."""
    start = name.i
    while start > 0 and (word := name.doc[start - 1]).dep_ == "compound" and (
            word.head.i == name.i and word.pos_ == "PROPN" and not is_office(word, offices)):
        start -= 1
    hyphenated = name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == "-" and (
        not name.whitespace_)  # "Harun-or-Rashid", one name in hyphens
    return start if start < name.i or hyphenated else None


PORTFOLIO_JOINERS = frozenset({"and", "&", "the", "of"})
PORTFOLIO_PREPOSITIONS = frozenset({"of", "for"})  # "Minister of …", "MP for …"


def office_portfolio(office: Token, preposition: Token, offices: Container[str]) -> int | None:
    """``The Minister of Information and Civic Education said``: an office whose ``of``/``for``
    phrase is all capitalised words (and the joiners of a portfolio) is named by that phrase
    too, when no holder's name follows; where the phrase ends, or None."""
    if preposition.lower_ not in PORTFOLIO_PREPOSITIONS or not office.text[:1].isupper() or not (
            is_office(office, offices)):
        return None
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON":
        return None
    doc, end = preposition.doc, preposition.i
    while end + 1 < len(doc) and end - preposition.i < MAX_DESCRIPTION and (
            doc[end + 1].lower_ in PORTFOLIO_JOINERS or doc[end + 1].pos_ == "PROPN"
            and doc[end + 1].text[:1].isupper()):
        end += 1  # read on the surface: the parser often hangs the portfolio's words elsewhere
    while end > preposition.i and doc[end].lower_ in PORTFOLIO_JOINERS:
        end -= 1
    return end if end > preposition.i else None


def office_addressed_to(office: Token, preposition: Token, offices: Container[str]) -> int:
    """``ambassador to Beirut``, ``special adviser to the mayor``: an office's ``to`` phrase
    says whom the office serves, part of the description; where it ends, or 0."""
    if preposition.lower_ != "to" or preposition.dep_ != "prep" or office.pos_ != "NOUN" or not (
            is_office(office, offices)) or not any(c.dep_ == "pobj" for c in preposition.children):
        return 0
    end = before_comma(preposition)
    return end if end - office.i <= MAX_DESCRIPTION else 0


def _of_inside_name(token: Token, run: list[Token]) -> bool:
    """An ``of`` between two capitalised words of a run (``Board of Elections``)."""
    return token.lower_ == "of" and run[0].i < token.i < run[-1].i and (
        token.doc[token.i - 1].text[:1].isupper() and token.doc[token.i + 1].text[:1].isupper())


def office_holder(preposition: Token, first_names: Container[str],
                  institutions: Container[str] = ()) -> Token | None:
    """``Chief of Police Tom Reyes``, ``Director of Public Health Annette Rodriguez``,
    ``Ambassador to the UN Pieter Jansky``: a capitalised office with ``of``/``for``/``to``
    whose object is a run of capitalised words (after an article; commas and ``and`` may join
    them: ``Undersecretary for Policy, Planning and Trade``) ending in a first name and a
    surname is that person's title; the object's last word is the name's. Without a first name
    or a PERSON label (``Director of Public Works``) nothing changes, unless the body's name
    ends in an institution word (``institutions``) and two or three more capitalised words
    follow it: ``President of the Law Students Society Chevy Devonish``."""
    head = preposition.head
    if preposition.lower_ not in OFFICE_PREPOSITIONS or not head.text[:1].isupper() or (
            head.pos_ not in {"PROPN", "NOUN"}):
        return None
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    run = [t for t in obj.subtree if t.i <= obj.i and not t.is_space]  # "CSTU  Elia Banda"
    if run and run[0].lower_ == "the":
        run = run[1:]
    # (a possessive may join them: "in the Prime Minister's Department"; the office's
    # acronym may stand in brackets: "of Police (SSP) Irfan Bahadur")
    # and a body's name may hold its own "of": "Chairman of the Board of Elections Ana Ruiz")
    words = [t for t in run[:-1] if t.text not in {",", "&", "(", ")"} and t.lower_ != "and"
             and t.tag_ != "POS" and not _of_inside_name(t, run)]
    if len(run) < 3 or any(not t.text[:1].isupper() or t.pos_ != "PROPN"
                           for t in [*words, run[-1]]) or (
            sum(not t.is_space for t in obj.doc[run[0].i : run[-1].i + 1]) != len(run)):
        return None  # "for Policy, Planning and International Affairs": commas and "and" too
    if obj.ent_type_ == "PERSON" or run[-2].ent_type_ == "PERSON" or any(
            t.lower_ in first_names for t in run[1:-1]) or (
            _name_after_institution(run, institutions)):
        return obj
    return None


def _name_after_institution(run: list[Token], institutions: Container[str]) -> bool:
    """The run ends in a body's name (its last word an institution word) and then two or
    three capitalised words that are no institution words: a person's name, whatever the
    tagger made of it."""
    start = name_after_institution([t.text for t in run], institutions)
    return start is not None and all(t.ent_type_ not in PLACES_AND_PEOPLES for t in run[start:])
