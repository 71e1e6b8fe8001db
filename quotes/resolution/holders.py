"""Office holders: which person the article named a description's office points to.

``the trade minister`` is the one the article gave that role, ``the official`` the office-holder
in focus, ``the head of GWA`` the top office naming that body, ``the CBL governor`` the governor
whose role names that bank. The role's modifiers, its portfolio and the body it names must
agree; a deputy never holds the top office.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import Protocol

from spacy.tokens import Span, Token

from ..attribution.mentions import PORTFOLIO_JOINERS, PORTFOLIO_PREPOSITIONS
from ..model import fold
from ..names import Titles, looks_like_acronym
from .bodies import Links
from .constraints import head_kind
from .entities import Entity
from .heads import head_noun, role_matches
from .state import ArticleState
from .unnamed import leads_from_a_seat, new_speaker_ahead


class Repeats(Protocol):
    """How the description pass tells a repeat of a description it kept as written."""

    def repeated_description(self, lemma: str, plural: bool,
                             position: int) -> Entity | None: ...


def spoke_since(holder: Entity, unnamed: Entity, position: int, state: ArticleState) -> bool:
    """``… said a fire service official. Brig Gen Md Main Uddin, director general, said …
    The official mentioned …``: a named office holder who spoke after the unnamed official,
    in the narrated sentence before the description, has the floor it goes on with."""
    return holder.last_spoke > unnamed.last_seen and state.spoke_just_before(holder, position)


def office_portfolio_words(span: Span, head: Token) -> set[int]:
    """``the MP for Abetifi``, ``the Minister of Information and Civic Education``: the words
    of an office's ``of``/``for`` phrase of capitalised words that ends the description (the
    office's seat or portfolio, no other body's description)."""
    doc = span.doc
    preposition = head.i + 1
    if preposition >= span.end or doc[preposition].lower_ not in PORTFOLIO_PREPOSITIONS or not (
            head.text[:1].isupper()):
        return set()
    words = range(preposition, span.end)
    joiners = PORTFOLIO_JOINERS | PORTFOLIO_PREPOSITIONS
    if any(not doc[i].text[:1].isupper() and doc[i].lower_ not in joiners for i in words):
        return set()
    return set(words)


def portfolio_agrees(span: Span, entity: Entity, titles: Titles) -> bool:
    """``the Minister of Health`` is not ``Finance Minister Ama Boateng``: the capitalised
    words of the office's portfolio or seat must not contradict the body the candidate's role
    names (``proper_words_agree``)."""
    words = {fold(span.doc[i].text) for i in office_portfolio_words(span, head_noun(span))
             if span.doc[i].is_title}
    return proper_words_agree(words, entity, titles) > 0


def former_office(span: Span, head: Token, titles: Titles) -> bool:
    """``the former mayor``, ``the ex-mayor``: an office held before (``former`` in
    rules/name_words.jsonl), which the person's present role does not contradict."""
    return any(t.lower_ in titles.former for t in span if t.i < head.i)


def held_before(role: str, titles: Titles) -> bool:
    """``former mayor``, ``then Collector``, ``ex-minister``: a role its holder no longer has."""
    return any(w in titles.former for w in re.findall(r"\w+", fold(role)))


def tense_agrees(span: Span, role: str, titles: Titles) -> bool:
    """``the mayor`` is the mayor now, not ``former mayor Tom Reyes``; ``the former mayor``
    may be either (a present mayor was once elected too)."""
    return not held_before(role, titles) or former_office(span, head_noun(span), titles)


def office_differs(span: Span, head: Token, role: str, titles: Titles) -> bool:
    """``the president`` is not the senator: the description's head is a title
    (rules/titles.jsonl) and the person's role ends in another one, neither a general head
    of theirs (``the chief`` of a chief executive) nor an office held before (``the
    ex-mayor`` may be the district leader)."""
    if not titles.entry(head.text) or not titles.entry(role.split()[-1]):
        return False
    return not role_matches(role, head.lemma_.lower(), titles) and not generic_head_of(
        head, role, titles) and not former_office(span, head, titles) and not (
        head.lemma_.lower() in titles.generic_heads and leads_from_a_seat(
            role, head.lemma_.lower(), titles))  # "Cllr Stewart" … "the Labour leader"


def proper_compounds(span: Span, titles: Titles) -> list[Token]:
    """``CBL`` of ``the CBL governor``: proper nouns compounded onto the head, naming whose
    role the head is; none in a role held before (``the former Hanover coach``)."""
    head = head_noun(span)
    if any(t.lower_ in titles.former for t in span):
        return []
    return [t for t in span if t.dep_ in {"compound", "amod", "nmod"} and t.pos_ == "PROPN" and (
        t.head.i == head.i) and t.text[:1].isupper()]


def proper_modifiers_agree(span: Span, entity: Entity, titles: Titles) -> int:
    """Whether the proper nouns compounded onto the head (``the LTA chief``) fit a candidate:
    2 when its role or name has them, 1 when its role names no body to contradict them
    (``president and chief executive``), 0 when it names another (``the Google chief
    executive`` is not ``Apple chief executive Tim Cook``)."""
    return proper_words_agree({fold(t.text) for t in proper_compounds(span, titles)}, entity,
                              titles)


def proper_words_agree(proper: set[str], entity: Entity, titles: Titles,
                       portfolio: Container[str] = ()) -> int:
    """``proper_modifiers_agree`` for any set of folded proper words naming a body; the
    description's own common words (``portfolio``: ``health`` of ``Quebec's health
    minister``) are the office's, written in capitals in ``Health Minister``, no body."""
    if not proper:
        return 1
    words = re.findall(r"\w+", entity.role or "")
    bodies = [w for w in titles.outside_titles(words) if w[:1].isupper()
              and w.lower() not in titles.sides  # "North MSP": a seat's side, no body
              and fold(w) not in portfolio]
    initials = fold("".join(w[0] for w in bodies))  # "LTA" of "the Lorvia Tourism Authority"
    written = {fold(w) for w in [*words, *" ".join(entity.names).split()]}
    if all(p in written or (len(p) > 1 and p in initials) for p in proper):
        return 2
    shorts = {fold(w) for w in words if len(w) > 1 and w.isupper()}
    if shorts and initials_spell(proper, shorts):
        return 2  # "an official of the National Bureau of Investigation": "NBI … chief"
    return 0 if bodies else 1


def initials_spell(proper: set[str], shorts: set[str]) -> bool:
    """The body's folded proper words (``national``, ``bureau``, ``investigation``, maybe
    with their short form ``nbi`` written beside them in brackets) have the initials of one
    of the short forms (``nbi``), in any order (the small words dropped)."""
    full = {w for w in proper if w not in shorts}
    if len(full) < 2:
        return False
    letters = sorted(w[0] for w in full)
    return any(sorted(short) == letters for short in shorts)


def role_modifiers_agree(span: Span, role: str,
                         body_nouns: Container[str] = frozenset()) -> bool:
    """``the trade minister`` is not ``Finance Minister Ada Holm``, nor ``the Google chief
    executive`` Apple's: a noun that narrows the description's role (a compound, common or
    proper) must be in the candidate's role if that role is narrowed by other words.
    Adjectives (``the embattled minister``) narrow nothing. A body noun (``body_nouns``:
    ``party``, ``union``) agrees with a role narrowed only by a body's initials: ``the party
    leader`` may be ``FLP Leader Mahendra Chaudhry``."""
    head = head_noun(span)
    narrowing = {fold(t.text) for t in span if t.i < head.i and t.dep_ == "compound"
                 and t.pos_ == "NOUN"}
    role_words = set(re.findall(r"\w+", fold(role)))
    others = role_words - {fold(head.text), fold(head.lemma_)}
    if narrowing and others and narrowing <= set(body_nouns) and all(
            looks_like_acronym(word) for word in re.findall(r"\w+", role)
            if fold(word) in others):
        return True
    return not narrowing or not others or bool(narrowing & role_words)


ROLE_WORD = re.compile(r"[\w-]+")


def title_phrase_agrees(span: Span, role: str, titles: Titles) -> bool:
    """``the prime minister`` is not ``former Health Minister Duane Sands``: when the words
    ending in the head are a title of several words (rules/titles.jsonl), the candidate's
    role holds that title or another name of the same office (``Premier``), however the
    tagger read its first word (``prime`` is often a proper noun or an adjective), or every
    word of the title in another order (``a police chief``: ``chief of the district police
    office``)."""
    head = head_noun(span)
    words = [t.text for t in span if t.i <= head.i and t.dep_ not in {"det", "poss", "case"}]
    folded_role = " " + " ".join(ROLE_WORD.findall(fold(role))) + " "
    for size in (3, 2):
        phrase = " ".join(words[-size:])
        if len(words) >= size and titles.is_title(phrase):
            return any(f" {title} " in folded_role for title in titles.same_office(phrase)) or (
                set(ROLE_WORD.findall(fold(phrase))) <= set(folded_role.split()))
    return True


def second_in_command(role: str, titles: Titles) -> bool:
    """``Deputy Director``, ``vice-president``: a role second to the office it names (a word
    flagged ``second`` in rules/name_words.jsonl)."""
    return any(w in titles.second for w in re.findall(r"\w+", fold(role).replace("-", " ")))


def top_office(role: str, titles: Titles) -> bool:
    """``GWA general manager``, ``AEPSAD President``: a role holding a body's top office, not
    a deputy's (``Deputy Director``)."""
    if second_in_command(role, titles):
        return False
    text = " ".join(re.findall(r"\w+", fold(role).replace("-", " ")))
    return any(re.search(rf"\b{re.escape(office.replace('-', ' '))}\b", text)
               for office in titles.top_offices)


def generic_head_of(root: Token, role: str, titles: Titles) -> bool:
    """``the electoral chief`` for ``Commission Chairman Ade Musa``: a generic word for a
    body's head (``generic`` in rules/titles.jsonl) fits whoever holds a top office."""
    return root.lower_ in titles.generic_heads and top_office(role, titles)


def body_words(span: Span, root: Token, titles: Titles,
               body_noun: Callable[[str], bool]) -> set[str]:
    """The words that name the body of ``the head of GWA``, ``the GWA chief``, ``the head of
    the country's agency (AEPSAD)``: proper nouns and acronyms of the phrase (and of a
    bracketed acronym right after it), no title and no place or nationality; else the body
    noun that owns the office (``the bureau's director``, ``the director of the bureau``)."""
    doc = span.doc
    tokens = [t for t in span if t.i != root.i]
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        tokens.append(doc[end + 1])
    proper = {fold(t.text) for t in tokens if t.text[:1].isupper() and t.is_alpha and (
        t.pos_ == "PROPN" or t.text.isupper()) and not titles.is_title(t.text)
        and t.ent_type_ not in {"GPE", "NORP", "LOC"}}
    if proper:
        return proper
    owners = [t for t in tokens if t.is_lower and body_noun(t.lemma_.lower()) and (
        t.dep_ == "poss" and t.head.i == root.i or t.dep_ == "pobj" and t.head.lower_ == "of"
        and t.head.head.i == root.i)]
    return {fold(owners[0].lemma_)} if len(owners) == 1 else set()


class OfficeHolders:
    """Finds the named holder of the office a description names, in one article."""

    def __init__(self, state: ArticleState, links: Links, repeats: Repeats) -> None:
        self.state = state
        self.links = links
        self.repeats = repeats

    def role_holder(self, span: Span, lemma: str, position: int,
                    is_definite: bool) -> Entity | None:
        """The person the article gave this role (``Trade Minister Ada Holm`` for ``the trade
        minister``), else, for a definite description or an indefinite one opening a lede
        (``unnamed_lede``), the person the lede names next."""
        persons = self.state.entities.ranked(position, {"person"})
        for titles in (None, self.state.titles):  # the title as written first, then its aliases
            with_role = [e for e in persons if any(
                role_matches(role, lemma, titles) and tense_agrees(span, role, self.state.titles)
                and role_modifiers_agree(span, role, self.state.constraints.body_families)
                and title_phrase_agrees(span, role, self.state.titles) for role in e.roles)
                and portfolio_agrees(span, e, self.state.titles)
                and proper_modifiers_agree(span, e, self.state.titles)]
            if with_role:
                return self.links.said(with_role[0])
        if is_definite:
            return new_speaker_ahead(self.state, span, position)  # "Norway's minister …"
        return None

    def office_holder_in_focus(self, span: Span, root: Token, position: int,
                               exclude: frozenset[int]) -> Entity | None:
        """``the official``, ``the Ministry official``: a noun that names anyone in office
        points back, when definite and singular, to the person in focus the article gave an
        office (a role that fits the noun's modifiers; one naming the body its proper
        modifiers name, if it has any), unless it repeats an unnamed ``a senior official``
        the article quoted before (kept as written). Indefinite and plural ones stay
        anonymous sources."""
        if span[0].lower_ != "the" or root.tag_ not in {"NN", "NNP"}:
            return None
        repeat = self.repeats.repeated_description(root.lemma_.lower(), False, position)
        titles = self.state.titles
        fits = [(proper_modifiers_agree(span, e, titles), n, e) for n, e in enumerate(
            self.state.entities.ranked(position, {"person"})) if e.role and not e.described
            and e.number not in exclude and self.links.within_focus(e, position)
            and role_modifiers_agree(span, e.role) and title_phrase_agrees(span, e.role, titles)
            and (repeat is None or spoke_since(e, repeat, position, self.state))]
        best = max(fits, key=lambda item: (item[0], -item[1]), default=None)
        # "the Ministry official": its role must say so
        needed = 2 if proper_compounds(span, titles) else 1
        return self.links.said(best[2]) if best is not None and best[0] >= needed else None

    def head_of_body(self, span: Span, root: Token, position: int,
                     exclude: frozenset[int]) -> Entity | None:
        """``the head of GWA``, ``the bureau's director``: an office of a body the description
        names (in capitals, or by a body noun as owner or ``of`` object) is the person nearby,
        before or just after, whose role is that office, or for a top-office noun (``heads``
        in rules/titles.jsonl) any top office, naming that body (``GWA general manager Ana
        Cruz``, ``Ana Ruiz, director of the Bureau of Veterans' Services``); never a deputy's.
        Both the body and the office must be in the role, so this reaches further ahead than
        a bare description may."""
        titles = self.state.titles
        entry = titles.entry(root.text)
        if entry is None or entry.kind != "role":
            return None
        body = body_words(span, root, titles, lambda word: head_kind(
            word, titles, self.state.constraints) == "organization")
        if not body:
            return None
        lemma = root.lemma_.lower()
        for entity in self.persons_around(position) + self.recent_speakers(position):
            if entity.number in exclude or not entity.role:
                continue
            if second_in_command(entity.role, titles) and not any(
                    t.lower_ in titles.second for t in span):
                continue  # "the bureau's director" is no deputy director
            office = role_matches(entity.role, lemma, titles) or (
                entry.heads and top_office(entity.role, titles))
            if office and proper_words_agree(body, entity, titles) == 2:
                return entity
        return None

    def persons_around(self, position: int) -> list[Entity]:
        """The people named within ``description_focus_sentences`` of ``position``: those
        before it, latest first, then those after it, nearest first."""
        reach = self.state.weights.description_focus_sentences
        here = self.state.sentence(position)
        before: list[Entity] = []
        after: list[Entity] = []
        for event in self.state.events:
            distance = self.state.sentence(event.position) - here
            if event.entity.kind != "person" or abs(distance) > reach:
                continue
            side = before if event.position < position else after
            if event.entity in side:
                side.remove(event.entity)
            side.append(event.entity)
        return [*reversed(before), *[e for e in after if e not in before]]

    def recent_speakers(self, position: int) -> list[Entity]:
        """The people who spoke within ``description_focus_sentences`` before ``position``,
        latest first: a speaker last called ``he`` or ``the chief`` is as near as a name."""
        reach = self.state.weights.description_focus_sentences
        here = self.state.sentence(position)
        spoke = [e for e in self.state.entities if e.kind == "person" and (
            0 <= e.last_spoke < position) and here - self.state.sentence(e.last_spoke) <= reach]
        return sorted(spoke, key=lambda e: -e.last_spoke)

    def holder_for_body(self, span: Span, lemma: str, position: int) -> Entity | None:
        """``the CBL governor`` after ``Central Bank of Lorvia (CBL) Governor Mwila Tembo``:
        the person with this title whose role names that body, else one whose role names no
        other body; never the governor of another bank."""
        titles = self.state.titles
        fits = [(proper_modifiers_agree(span, e, titles), n, e) for n, e in enumerate(
            self.state.entities.ranked(position, {"person"})) if e.role and role_matches(
                e.role, lemma)]
        best = max(fits, key=lambda item: (item[0], -item[1]), default=None)
        return self.links.said(best[2]) if best is not None and best[0] > 0 else None
