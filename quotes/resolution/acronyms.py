"""Bodies' names the tagger missed or the article abbreviates without spelling them out.

``Research in Motion reported a loss … RIM said``: an acronym stands for the one name
written in the article with its initials (never a person's, never two names'); a body's
name NER never tagged (``Research In Motion``) is one when the article keeps writing it; a
speaker mention the parser cut short (``Research``) is the body whose name its words go on as.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..model import fold, name_key
from ..names import BODY_JOINERS, looks_like_acronym
from .entities import (
    PERSON_LABELS,
    PLACE_LABELS,
    Entity,
    initials,
    is_strict_acronym,
    name_like,
    role_holds,
)
from .offices import is_role
from .state import ArticleState

# lower-case words a name may hold between its capitalised ones ("Research in Motion")
NAME_JOINERS = frozenset({"of", "in", "for", "and", "&", "the", "de", "on"})
# the most capitalised words an acronym's letters are taken from ("ISPR", "GRFD", "NAACP")
LONGEST_NAME = 6
# NER labels no word of a body's name carries (besides people, places and dates)
NOT_BODY_LABELS = frozenset({"LOC", "NORP", "EVENT", "LAW", "LANGUAGE"})


def capitalised_runs(doc: Doc) -> list[list[Token]]:
    """Stretches of capitalised words, joined by lower-case function words or hyphens, that
    never cross a line, a quotation mark or other punctuation: where a name may be written."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in doc:
        capitalised = token.text[:1].isupper() and token.text[:1].isalpha()
        joins = bool(current) and token.i + 1 < len(doc) and (
            doc[token.i + 1].text[:1].isupper()) and (
            (token.is_lower and token.lower_ in NAME_JOINERS) or token.text in {"-", "'s", "’s"})
        if capitalised or joins:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def spelled_out_names(doc: Doc, barred: frozenset[str]) -> dict[str, dict[str, str]]:
    """Initials -> the names written in the text that have them (by comparison key): every
    stretch of two or more capitalised words of a capitalised run, none of them an acronym
    itself or a token NER gave a ``barred`` label (a person, a date), and not a place."""
    found: dict[str, dict[str, str]] = {}
    for run in capitalised_runs(doc):
        words = [n for n, t in enumerate(run) if t.text[:1].isupper()
                 and t.lower_ not in NAME_JOINERS]
        for a, first in enumerate(words):
            for last in words[a + 1 : a + LONGEST_NAME]:  # linear in the run's length
                stretch = doc[run[first].i : run[last].i + 1]
                if any(t.ent_type_ in barred or (len(t.text) > 1 and t.text.isupper())
                       for t in stretch) or (
                        stretch.ents and len(stretch.ents) == 1 and stretch.ents[0].label_ in
                        PLACE_LABELS and len(stretch.ents[0]) == len(stretch)):
                    continue
                for letters in initials(stretch.text):
                    if 2 <= len(letters) <= 6:
                        found.setdefault(letters, {})[name_key(stretch.text)] = stretch.text
    return found


# the shortest part a closed compound gives a letter for ("Fire|fighters" is FF)
COMPOUND_PART = 4


def compound_initials(letters: str, words: list[str]) -> set[str]:
    """``LPFFA`` of ``London Professional Firefighters Association``: a closed compound may
    give a letter for each of its two parts. The initials ``letters`` (one per word, in
    order) with one letter added after a long word's own, taken where a second part of at
    least ``COMPOUND_PART`` letters could begin. A guess, so it is asked only when no name
    has the acronym's plain initials."""
    found = set()
    for n, word in enumerate(words):
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
            if word[cut].isalpha():
                found.add(letters[: n + 1] + word[cut].upper() + letters[n + 1:])
    return found


def compound_spelled_names(spelled: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Initials with a compound's second letter (``compound_initials``) -> the names of
    ``spelled`` (``spelled_out_names``) written with them: a last resort for an acronym no
    name spells."""
    found: dict[str, dict[str, str]] = {}
    for plain, names in spelled.items():
        for text in names.values():
            words = [w for w in text.split() if w[:1].isupper()]
            if len(words) != len(plain):
                continue  # initials taken some other way (hyphens, "of"): no compound guess
            for letters in compound_initials(plain, words):
                if len(letters) <= 6:
                    found.setdefault(letters, {})[name_key(text)] = text
    return found


class BodyNames:
    """The bodies' names of one article that no tagger's entity gives whole."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state

    def recurring(self) -> list[Span]:
        """``Research in Motion reported … Research In Motion said``: a name NER never tagged
        whole, capitalised words joined by a lower-case ``in``/``of``/``for``/``and`` (no
        person's name is written so), that the article writes at least twice and once as a
        subject. Its first word is no title and no plural (``Residents of Ashby``, ``Mayor of
        Ashby`` are not bodies), and no word of it is a person, a place or a date (``Police in
        Ashby`` is not a name)."""
        doc, titles = self.state.doc, self.state.titles
        barred = PERSON_LABELS | PLACE_LABELS | NOT_BODY_LABELS | (
            self.state.constraints.not_entity_labels)
        by_key: dict[str, list[Span]] = {}
        for run in capitalised_runs(doc):
            span = doc[run[0].i : run[-1].i + 1]
            if any(t.ent_type_ in barred or t.is_quote for t in span) or not any(
                    t.lower_ in BODY_JOINERS for t in span[1:-1]) or (
                    span[0].tag_ in {"NNS", "NNPS"} or titles.is_title(span[0].text)):
                continue
            by_key.setdefault(name_key(span.text), []).append(span)
        return [Span(doc, s.start, s.end, label="ORG") for found in by_key.values()
                if len(found) > 1 and any(s.root.dep_ == "nsubj" for s in found)
                for s in found]

    def spelled_out(self, acronym: str) -> Entity | None:
        """``Research in Motion reported a loss … RIM said``: an acronym the article never
        spells out in brackets stands for the one name written in the article with its
        initials (``spelled_out_names``), a body that name's entity is or becomes. A title
        (``PM``), two names with the same initials, or a body already rivalled is nobody."""
        entities = self.state.entities
        letters = acronym.upper()
        if not is_strict_acronym(acronym) or self.state.titles.is_title(acronym) or (
                letters in entities.rival_acronyms):
            return None
        names = self.spelled_names()
        written = names.get(letters, {})
        if not written:
            written = self.compound_names().get(letters, {})
        if len(written) != 1:
            if written:
                entities.rival_acronyms.add(letters)
            return None
        expansion = next(iter(written.values()))
        if self.person_like(expansion):
            return None  # "Harold Wilson" is no "HW", whatever NER missed
        if self.office_like(expansion) and (holder := self.office_holder(expansion)):
            return holder  # "the CEC": the Chief Election Commissioner the article named
        entity = entities.find_org(expansion) or entities.new("organization")
        entity.add_name(expansion)
        entity.acronym = entity.acronym or acronym
        entity.expansion = entity.expansion or expansion
        return entity

    def spelled_names(self) -> dict[str, dict[str, str]]:
        """``spelled_out_names`` of the article, worked out once (``state.memo``)."""
        names = self.state.memo.get("spelled_out_names")
        if names is None:
            barred = PERSON_LABELS | self.state.constraints.not_entity_labels
            names = self.state.memo["spelled_out_names"] = spelled_out_names(
                self.state.doc, frozenset(barred))
        return names  # type: ignore[return-value]

    def compound_names(self) -> dict[str, dict[str, str]]:
        """``compound_spelled_names`` of the article, worked out once (``state.memo``)."""
        names = self.state.memo.get("compound_spelled_names")
        if names is None:
            names = self.state.memo["compound_spelled_names"] = compound_spelled_names(
                self.spelled_names())
        return names  # type: ignore[return-value]

    def spelled_out_description(self, span: Span, head: Token) -> Entity | None:
        """``the NT government`` after ``the Northern Territory government``: a body noun
        modified by an acronym alone is the body the article wrote with the same noun after
        capitalised words with those initials, if exactly one such name is written. The body
        is named by those words and the noun (``Northern Territory government``)."""
        modifiers = [t for t in span if t.i != head.i and t.dep_ not in {"det", "case"}
                     and not t.is_punct]
        if len(modifiers) != 1 or not is_strict_acronym(modifiers[0].text) or (
                self.state.titles.is_title(modifiers[0].text)):
            return None
        letters = modifiers[0].text.upper()
        written = {name_key(name): name for name in self.names_before(head)
                   if letters in initials(name)}
        if len(written) != 1:
            return None
        name = f"{next(iter(written.values()))} {head.text}"
        entity = next((e for e in self.state.entities if e.kind == "organization" and any(
            name_key(n) == name_key(name) for n in e.names)), None) or (
            self.state.entities.new("organization"))  # the place "Western Cape (WC)" is not it
        entity.add_name(name)
        entity.descriptors.add(head.lemma_.lower())
        return entity

    def names_before(self, head: Token) -> list[str]:
        """The runs of capitalised words written right before the same noun elsewhere
        (``Northern Territory`` of ``the Northern Territory government``), none an acronym."""
        doc = head.doc
        found = []
        for token in doc:
            if token.lower_ != head.lower_ or token.i == head.i:
                continue
            start = token.i
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and (
                    doc[start - 1].lower_ not in {"the", "a", "an"}):
                start -= 1
            found += [doc[k : token.i].text for k in range(start, token.i - 1)
                      if not any(len(t.text) > 1 and t.text.isupper() for t in doc[k : token.i])]
        return found

    def office_like(self, name: str) -> bool:
        """``Chief Election Commissioner``: words that end in a role title name an office,
        whose initials stand for whoever holds it (but an office nobody is named to, the
        ``Parliamentary Budget Officer (PBO)``, speaks as a body)."""
        return is_role(name.split()[-1], self.state.titles)

    def office_holder(self, office: str) -> Entity | None:
        """The one person the article gave this office as their role, if there is one."""
        holders = [e for e in self.state.entities if e.kind == "person"
                   and role_holds(e.role, {" ".join(re.findall(r"[a-z]+", fold(office)))})]
        return holders[0] if len(holders) == 1 else None

    def person_like(self, name: str) -> bool:
        """A name written as a person's: one the article gave a person, or a first name
        followed by other capitalised words, none a body's word (``Harold Wilson``)."""
        words = name.split()
        if any(e.kind == "person" and name_key(name) in {name_key(n) for n in e.names}
               for e in self.state.entities):
            return True
        return words[0].lower() in self.state.rules.first_names and not any(
            w.lower() in self.state.rules.org_words | BODY_JOINERS for w in words[1:])

    def continued(self, span: Span) -> Entity | None:
        """``Research In Motion said`` parsed as the speaker ``Research``: the words at the
        mention go on, exactly but for case, as the name of a body the article already has."""
        start = span.start_char
        text = self.state.text
        first = span[0].lower_
        whole = any(t.is_lower for t in span)  # "Research in Motion": no other look-up takes it
        for entity in self.state.entities:
            if entity.kind == "person" or entity.place:
                continue
            for name in entity.names:
                words = name.split()
                if len(name) < len(span.text) + (0 if whole else 1) or len(words) < 2 or (
                        fold(words[0]) != first) or not all(w[:1].isalnum() for w in words):
                    continue  # "Ruiz – Harbor Times" is a headline's credit, no body's name
                if name_like(entity, self.state.rules.org_words) and not any(
                        w.lower() in BODY_JOINERS for w in words):
                    continue  # "Sevaun Palvetzian" typed a body: the name pass makes her a person
                after = text[start + len(name) : start + len(name) + 1]
                if fold(text[start : start + len(name)]) == fold(name) and not after.isalnum():
                    return entity
        return None


# the words that join two places or two bodies at the head of one name
# ("Trinidad and Tobago Police Service", "Norfolk and Norwich University Hospital")
LEADING_JOINERS = frozenset({"and", "&"})


def bodies_joined_for_their_acronym(names: list[Span]) -> list[Span]:
    """``the Trinidad and Tobago Police Service (TTPS)``: the tagger often ends a body's name
    at an ``and`` between two places and types the first place apart. When the acronym in
    brackets after the name takes its first letters from words before that ``and``, the
    name runs back over them: one body, ``Trinidad and Tobago Police Service``."""
    mended: list[Span] = []
    for span in names:
        start = _start_the_acronym_spells(span)
        if start is None:
            mended.append(span)
            continue
        while mended and mended[-1].end > start:
            mended.pop()  # "Trinidad", typed a place apart, is inside the body's name now
        mended.append(Span(span.doc, start, span.end, label=span.label_ or "ORG"))
    return mended


def _start_the_acronym_spells(span: Span) -> int | None:
    """Where the body's name starts if the bracketed acronym after ``span`` asks for words
    before it, across one ``and``; ``None`` when ``span`` already spells it or nothing does."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    acronym = doc[span.end + 1].text.replace(".", "").upper()
    if not looks_like_acronym(acronym) or _spells(acronym, span):
        return None
    joiner = span.start - 1
    if joiner < 1 or doc[joiner].lower_ not in LEADING_JOINERS:
        return None
    start = joiner
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and (
            joiner - start < 3):
        start -= 1
    if start == joiner:
        return None
    for first in range(start, joiner):  # the fewest words before "and" that spell it
        if _spells(acronym, doc[first:span.end]):
            return first
    return None


def _spells(acronym: str, name: Span) -> bool:
    """Whether an acronym in capitals gives the name's initials; an ampersand in it stands
    where the name says ``and`` (``N&N``, the Norfolk and Norwich University Hospital,
    initials of the words it joins)."""
    if "&" not in acronym:
        return acronym in initials(name.text)
    return "".join("&" if t.lower_ in LEADING_JOINERS else t.text[:1].upper()
                   for t in name if t.is_alpha or t.text == "&").startswith(acronym)
