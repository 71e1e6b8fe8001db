"""The people and bodies an article mentions, and the registry that finds them by name.

An ``Entity`` gathers every name, role, gender vote and salience mark the article gives one
person or body; ``Entities`` numbers them (the number is what other state is keyed by) and
answers the look-ups every pass needs: the person a name fits, the body an acronym stands for,
the most salient entity of a kind.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import SPEAKER_TYPES, Speaker, fold, name_key
from ..names import Titles, acronym_of, looks_like_acronym, name_tokens
from .config import ResolverWeights

PERSON_LABELS = {"PERSON"}
# bullets and list marks a page puts before a paragraph, and the spaces around them
LIST_MARKS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043* \t"


ORG_LABELS = {"ORG", "FAC"}


PLACE_LABELS = {"GPE"}


NAME_LABELS = PERSON_LABELS | ORG_LABELS | PLACE_LABELS


MALE = {"he", "him", "his", "himself"}


FEMALE = {"she", "her", "hers", "herself"}


PLURAL = {"they", "them", "their", "theirs", "we"}


NEUTER = {"it", "its"}


PRONOUNS = MALE | FEMALE | PLURAL | NEUTER


DEFINITE = {"the", "this", "that", "these", "those"}




FUNCTION_WORDS = {"of", "the", "and", "for", "&"}  # in names of bodies, not of people


@dataclass
class Entity:
    """A person or body an article mentions, with everything learnt about it."""

    kind: str
    names: list[str] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    role: str | None = None
    role_from_speech: bool = False
    # roles a title given where the person speaks took the place of ("Prime Minister" before
    # "Gen Prayut said"): "the prime minister" is still them
    earlier_roles: list[str] = field(default_factory=list)
    gender: str | None = None
    acronym: str | None = None
    expansion: str | None = None
    place: bool = False
    described: bool = False
    last_seen: int = -1
    last_subject: int = -1
    last_spoke: int = -1
    mentions: int = 0
    votes: Counter = field(default_factory=Counter)
    # nouns the article apposes to or predicates of it ("Ruiz, the goalkeeper"; "Ruiz is a
    # goalkeeper"; "goalkeeper Ana Ruiz"), by lemma: "the veteran goalkeeper" finds her
    descriptors: set[str] = field(default_factory=set)
    number: int = field(default=-1, compare=False)  # its place in the article's Entities
    titles: Titles | None = field(default=None, compare=False, repr=False)

    @property
    def canonical(self) -> str:
        """The fullest name the article gives; ``Expansion (ACRONYM)`` for bodies (a person's
        bracketed acronym is their office's: ``Ana Ruiz, the District Commissioner (DC)``)."""
        if self.acronym and self.expansion and self.kind != "person":
            return f"{self.fullest_expansion()} ({self.acronym})"
        if not self.names:
            return self.acronym or ""
        best = max(self.names, key=lambda n: (self.kind != "person" or not self.office_name(n),
                                              len(name_tokens(n, self.titles)), len(n)))
        return self.recased(best) if self.kind == "person" and not self.described else best

    def recased(self, name: str) -> str:
        """``ANGUS EVE`` opening a story in capitals, then ``Eve said``: a person's name
        written in capitals is filed as the story writes its words elsewhere, else with a
        capital first letter (``Angus Eve``)."""
        words = name.split()
        if not any(c.isalpha() for c in name) or not all(
                w.isupper() or not any(c.isalpha() for c in w) for w in words) or (
                len(words) < 2):
            return name
        written = {w.upper(): w for n in self.names for w in n.split() if not w.isupper()}
        return " ".join(written.get(w, w.capitalize() if len(w) > 1 else w) for w in words)

    def office_name(self, name: str) -> bool:
        """``Resident District Commissioner``: a person's name that ends in a title and shares
        no word with their other names is their office, joined to them by an apposition,
        never the name to file them under (``Eluned Morgan MS`` is a name)."""
        words = name.split()
        others = {w for n in self.names if n != name for w in n.split()}
        return bool(words) and self.titles.is_title(words[-1].strip(".,")) and not (
            others & set(words))

    def fullest_expansion(self) -> str:
        """``Canadian National Railway (CN)``: the spelled expansion run on by the words of
        the entity's longer name that opens with it (the acronym spells only its first words)."""
        expansion = self.spelled_expansion()
        longer = [n for n in self.names if n.startswith(f"{expansion} ")]
        return max(longer, key=len) if longer else expansion

    def spelled_expansion(self) -> str:
        """``The Ministry of Agriculture (MoFA)``, then ``the Ministry of Food and Agriculture``:
        when the name first bracketed with the acronym does not spell it but another of the
        entity's names does, that one is what the acronym stands for."""
        letters = (self.acronym or "").replace(".", "").upper()
        if not self.expansion or letters in initials(self.expansion):
            return self.expansion or ""
        spelling = [n for n in self.names if len(n.split()) > 1 and letters in initials(n)]
        return max(spelling, key=len) if spelling else self.expansion

    @property
    def spoke(self) -> bool:
        return self.last_spoke >= 0

    def add_name(self, name: str) -> None:
        name = name.strip(LIST_MARKS)  # "• Georgia says …": a bullet is no part of a name
        name = " ".join(name.split())  # "Warren  Kennedy": a doubled space is one
        name = without_postnominal(name, self.titles)
        if name and name not in self.names:
            self.names.append(name)
        self.tokens |= set(name_tokens(name, self.titles))

    def set_role(self, role: str | None, from_speech: bool = False) -> None:
        """Keep the first role, but a title given where the person speaks wins over others."""
        if not role:
            return
        if self.role is None or (from_speech and not self.role_from_speech):
            if self.role is not None and self.role != role:
                self.earlier_roles.append(self.role)
            self.role, self.role_from_speech = role, from_speech

    def add_role(self, role: str) -> None:
        """An office the article also gives them (``Quitain, an incoming Vice Mayor,``): their
        role if they had none, else one more they hold, which the first one stays ahead of."""
        if self.role is None:
            self.set_role(role)
        elif role != self.role and role not in self.earlier_roles:
            self.earlier_roles.append(role)

    @property
    def roles(self) -> list[str]:
        """Every role the article gave them, the one they spoke under first."""
        return [self.role, *self.earlier_roles] if self.role else []

    def update_gender(self) -> None:
        """The gender most of the evidence (titles, first names, pronouns) points to; none
        when the evidence is split evenly (``Ashley`` listed as a woman's name, then ``he said``
        right after her), so that neither pronoun is barred."""
        ranked = self.votes.most_common(2)
        if ranked:
            tied = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
            self.gender = None if tied else ranked[0][0]

    def seen(self, position: int, subject: bool = False, spoke: bool = False) -> None:
        self.mentions += 1
        self.last_seen = max(self.last_seen, position)
        if subject or spoke:
            self.last_subject = max(self.last_subject, position)
        if spoke:
            self.last_spoke = max(self.last_spoke, position)

    def salience(self, weights: ResolverWeights) -> int:
        """Recency, where being the subject (or speaker) counts as being mentioned later."""
        if self.last_seen < 0:
            return -1
        return max(
            self.last_seen,
            self.last_subject + weights.subject_bonus if self.last_subject >= 0 else -1,
            self.last_spoke + weights.speaker_bonus if self.last_spoke >= 0 else -1,
        )

    def to_speaker(self, alias: str | None = None) -> Speaker:
        aliases = set(self.names)
        if self.acronym:
            aliases.add(self.acronym)
        if alias:
            aliases.add(alias)
        kind = self.kind if self.kind in SPEAKER_TYPES else "unknown"  # "name" is no type
        return Speaker(name=self.canonical, type=kind, role=self.role, aliases=aliases)


def without_postnominal(name: str, titles: Titles | None) -> str:
    """``Felix McEnroy SC``: letters after a name of two words or more that the titles list,
    in capitals, as an honorific (a senior counsel's ``SC``, ``KC``) are no part of it."""
    words = name.split()
    entry = titles.entry(words[-1]) if titles is not None and len(words) >= 3 else None
    if entry is None or not titles.is_honorific(words[-1]) or not entry.text.isupper() or (
            entry.text != words[-1]):
        return name  # ("Ana Lund MS", a Member of the Senedd, is no "Ms")
    return " ".join(words[:-1])


@dataclass(frozen=True)
class MentionEvent:
    position: int
    entity: Entity
    subject: bool


def is_strict_acronym(word: str) -> bool:
    """``HW``, ``GRFD``: an all-capitals word of two to six letters, the only kind an
    article may use for a body without ever spelling it out beside it."""
    return re.fullmatch(r"[A-Z]{2,6}", word) is not None


# a company's legal form, which its acronym leaves out ("Harrow Wireless Inc." is HW)
LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "limited",
                         "lp", "llp", "sa", "ag", "gmbh", "nv", "bv"})


def initials(name: str) -> set[str]:
    """The ways a name's initials are written: ``Research in Motion`` is ``RIM`` or ``RM``,
    ``Bank of America`` ``BA`` or ``BOA``, ``Harrow Wireless Inc.`` ``HWI`` or ``HW``;
    hyphenated words give a letter per part."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", name) if w[:1].isalpha()]
    found = set()
    while words:
        found |= {acronym_of(words), "".join(w[0] for w in words).upper(),
                  "".join(w[0] for w in words if w[0].isupper())}
        # "Ministry of Food and Agriculture" is MoFA, "UN Mission in Sudan" UNMIS, "U.S.
        # Geological Survey" USGS: an abbreviation gives all its letters; but an acronym
        # alone ("NHS" of "NHS bosses") spells out nothing
        for spelled in ([w for w in words if w.lower() not in UNSPELLED],
                        [w for w in words if w[0].isupper()]):
            if len(spelled) > 1:
                found.add("".join(_letters(w) for w in spelled).upper())
        if words[-1].lower().strip(".,") not in LEGAL_FORMS or (
                len(words) > 1 and words[-2].lower() == "of"):
            break  # "Union of Metalworkers of SA": SA is a place there, no legal form
        words = words[:-1]
    return found - {""}


UNSPELLED = frozenset({"and", "&", "the"})  # joining words an acronym never spells


def _letters(word: str) -> str:
    """The letters a word gives an acronym: all of an abbreviation's (``UN``, ``U.S.``), else
    its first."""
    core = word.replace(".", "")
    if len(core) > 1 and core.isalpha() and core.isupper():
        return core
    return word[0]


def possessor_first(name: str) -> bool:
    """``Santa's Village``, ``McDonald's``: the first word owns the rest; alone it names its
    owner, not the body."""
    first = name.split()[0] if name.split() else ""
    return first.endswith(("'s", "’s", "s'", "s’"))


def body_opening_with(entities: Iterable[Entity], words: list[str], titles: Titles
                      ) -> Entity | None:
    """``North Arrow`` after ``North Arrow Minerals``, ``Taseko`` after ``Taseko Mines Ltd.``:
    the one body (no place) whose name opens with these words and goes on. A company is
    called by the opening words of its name, which the tagger then often types a person."""
    size = len(words)
    found = [e for e in entities if e.kind == "organization" and not e.place and any(
        len(tokens := name_tokens(n, titles)) > size and tokens[:size] == words and not (
            possessor_first(n)) for n in e.names)]
    return found[0] if len(found) == 1 else None


def speaker_of(ref: object, alias: str | None) -> Speaker:
    if isinstance(ref, Entity):
        return ref.to_speaker(alias=alias)
    # "the Ministry of Fisheries and Ocean Resources" read as two conjuncts that both turn out
    # to be the one body: that body, once
    members = list({id(m): m for m in ref if isinstance(m, Entity)}.values())  # type: ignore[union-attr]
    if len(members) == 1:
        return members[0].to_speaker(alias=alias)
    names = [m.canonical for m in members]
    listed = ", ".join(names[:-1]) + " and " + names[-1]  # "Ana Ruiz, Jo Price and Tom Reyes"
    return Speaker(name=listed, type="group", aliases=set(names))


def an_office(entity: Entity) -> bool:
    """``Parliamentary Budget Officer``: an office the parser took for a person's name."""
    titles = entity.titles
    return any(titles is not None and titles.is_title(w) for n in entity.names
               for w in n.split()[1:]) and not entity.gender


def name_like(entity: Entity, org_words: frozenset[str]) -> bool:
    """A body the model may have mistaken a person for: two or three capitalised words, none of
    them an organisation word (``Mamadou Diallo`` tagged ORG)."""
    if entity.kind != "organization" or entity.acronym or not entity.names:
        return False
    return person_shaped(entity.canonical.split(), org_words)


def person_shaped(words: list[str], org_words: frozenset[str], letters_only: bool = False
                  ) -> bool:
    """Two or three capitalised words (of letters only, if asked), none an organisation word:
    the shape of a person's name, whatever the tagger called it."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and (w.isalpha() or not letters_only) for w in words) and not any(
        w.lower().strip(".,") in org_words for w in words)


def untyped_person_like(entity: Entity, org_words: frozenset[str]) -> bool:
    """A name NER left untyped that may be a person's (``E K``, initials; not ``AI-805``):
    two or three capitalised words of letters only, none of them an organisation word."""
    if entity.kind != "name" or not entity.names:
        return False
    return person_shaped(entity.canonical.split(), org_words, letters_only=True)


def unnamed(entity: Entity) -> bool:
    """Somebody known only by descriptions (``an NEA spokesman``): every name of theirs ends
    in a common noun, so no name written later (``NEA said``) is theirs by its words."""
    return entity.described and all(n.split()[-1][:1].islower() for n in entity.names if n)


def plausible_person(entity: Entity) -> bool:
    """Full names, titled or quoted people are people; a lone capitalised word may be a place."""
    if entity.place and not entity.spoke:
        return False
    return bool(entity.role or entity.spoke or entity.gender or len(entity.tokens) >= 2)


def surnames_in_full(entity: Entity) -> set[str]:
    """The last words of the entity's names of two words or more (``Brewer`` of ``Jan
    Brewer``): the surnames the article wrote after a given name."""
    return {words[-1] for name in entity.names if len(words := name.split()) >= 2}


def surname_or_alone(entity: Entity, word: str) -> bool:
    """One word names a known person only as their surname (``Spindler``) or as a name used
    alone; ``Joseph`` is not ``Joseph Boinnet`` just by sharing a first name."""
    titles = entity.titles
    return any(name_tokens(n, titles)[-1] == word or name_tokens(n, titles) == [word]
               for n in entity.names)


def keeps_surname(entity: Entity, tokens: set[str]) -> bool:
    """A longer name may extend a shorter one only if it keeps the shorter one's last word."""
    last = name_tokens(entity.names[-1], entity.titles)[-1] if entity.names else ""
    return last in tokens


def initials_agree(tokens: set[str], entity: Entity) -> bool:
    """``B. Baibek``, ``B.Baibek`` for ``Bauyrzhan Baibek``: a name of initials and words is
    the person whose name has every word and, for each initial, another word it begins."""
    initials = {t for t in tokens if len(t) == 1 and t.isalpha()}
    words = tokens - initials
    if not initials or not words or not words <= entity.tokens or not keeps_surname(
            entity, words):
        return False
    rest = entity.tokens - words
    return all(any(w.startswith(i) for w in rest) for i in initials)


DEMONYM_ENDINGS = ("ean", "ian", "an", "ese", "ish", "i", "er")


def national_body(name: str, entities: Iterable[Entity], titles: Titles) -> Entity | None:
    """``the Senate`` after ``the Liberian Senate``: the one body named by a nationality and
    the institution word alone (``Senate``, ``Parliament``) is what the word then names."""
    word = name.split()[-1] if name.split() else ""
    if fold(word) not in titles.institutions or not word[:1].isupper():
        return None
    found = [e for e in entities if e.kind == "organization" and any(
        len(words := n.split()) == 2 and fold(words[1]) == fold(word)
        and words[0][:1].isupper() and words[0].lower().endswith(DEMONYM_ENDINGS)
        for n in e.names)]
    return found[0] if len(found) == 1 else None


class Entities:
    """The entities of one article, numbered in the order they were met."""

    def __init__(self, weights: ResolverWeights, titles: Titles,
                 org_words: frozenset[str]) -> None:
        self.weights = weights
        self.titles = titles
        self.org_words = org_words
        self._all: list[Entity] = []
        # acronyms whose initials two named bodies share ("HW": Harrow Wireless, Hill Water)
        self.rival_acronyms: set[str] = set()

    def new(self, kind: str, **details: Any) -> Entity:
        """A new entity of this article, numbered and reading names with the article's titles."""
        entity = Entity(kind, titles=self.titles, **details)
        entity.number = len(self._all)
        self._all.append(entity)
        return entity

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def find_person(self, name: str, position: int, introduced: bool = False,
                    written_titles: tuple[str, ...] = ()) -> Entity | None:
        """The most salient person whose name contains ``name`` (or that ``name`` extends).

        People already met are preferred; one met later is taken only when nobody earlier fits.
        ``written_titles`` are the titles written before the name in this mention (``Mr``,
        ``Commissioner``): among namesakes, the one they fit is taken.
        """
        tokens = set(name_tokens(name, self.titles))
        if not tokens:
            return None
        # "Spindler's father, Joseph, says": a first name that introduces someone is no
        # reference to another Joseph already named; otherwise "Kim", "Wang" or "Michael" may
        # well be the person named in full before
        single = next(iter(tokens)) if len(tokens) == 1 and introduced else None
        matches = [
            e for e in self._all
            if e.kind in {"person", "name"} and e.tokens and not unnamed(e)
            and (tokens <= e.tokens or (e.tokens <= tokens and keeps_surname(e, tokens))
                 or initials_agree(tokens, e))
            and (single is None or surname_or_alone(e, single))
        ]
        if not matches:
            return None
        matches = self.fitting_titles(matches, written_titles)
        earlier = [e for e in matches if 0 <= e.last_seen <= position]
        pool = earlier or matches
        return max(pool, key=lambda e: (e.salience(self.weights), len(e.tokens)))

    def fitting_titles(self, people: list[Entity], written: tuple[str, ...]) -> list[Entity]:
        """The namesakes the written titles fit: ``Mr Bryce`` is not Morag Ann Bryce, and
        ``Commissioner Hale`` is the Hale whose role is commissioner, not the spokeswoman.

        A preference, not a veto: when no namesake fits (a first-name guess was wrong, the
        role was never written), all of them stay candidates."""
        entries = [entry for word in written if (entry := self.titles.entry(word))]
        genders = {entry.gender for entry in entries if entry.gender}
        if len(genders) == 1:
            gender = next(iter(genders))
            people = _prefer(people, lambda e: e.gender in {None, gender})
        offices = {alias for entry in entries if entry.kind == "role"
                   for alias in self.titles.same_office(entry.text)}
        if offices:
            people = _prefer(people, lambda e: role_holds(e.role, offices))
        return people

    def people_sharing(self, name: str, chosen: Entity) -> int:
        """How many other people met so far a one-word name (``Moreau``) fits as well as
        ``chosen`` (a namesake introduced later does not make an earlier mention doubtful)."""
        tokens = name_tokens(name, self.titles)
        if len(tokens) != 1 or chosen.kind != "person":
            return 0
        return sum(1 for e in self._all if e is not chosen and e.kind == "person"
                   and not e.described and e.last_seen >= 0 and tokens[0] in e.tokens)

    def with_given_name_and(self, surname: str) -> Entity | None:
        """``Coates`` typed a body after ``co-coach Troy Coates`` (typed a body too): the one
        entity named by a listed first name and this surname is that person."""
        found = [e for e in self._all if not e.place and any(
            len(words := name_tokens(n, self.titles)) in {2, 3} and words[-1] == surname
            and fold(words[0]) in self.titles.first_names for n in e.names)]
        if len(found) != 1:
            return None
        found[0].kind = "person"
        return found[0]

    def find_mistyped_person(self, name: str, position: int | None = None) -> Entity | None:
        """``Megan Bortis`` tagged as a place, then ``Bortis noted``: the surname finds her.

        With ``position``, only what was met before it counts against the surname: the
        tagger's own entity for this very mention (``Haaland`` typed a place where it says
        ``tweeted Haaland``) is no place met before."""
        tokens = name_tokens(name, self.titles)
        if len(tokens) != 1 or looks_like_acronym(name):
            return None
        if any(name_key(n) == name_key(name) for e in self._all for n in e.names
               if position is None or 0 <= e.last_seen < position):
            return None  # "Ottawa" is the place already met, not the University of Ottawa
        for entity in self._all:
            if entity.kind == "person" or entity.acronym:
                continue
            for full in entity.names:
                full_tokens = name_tokens(full, self.titles)
                if any(t.lower() in FUNCTION_WORDS | self.org_words for t in full.split()):
                    continue
                if len(full_tokens) >= 2 and full_tokens[-1] == tokens[0] and full[:1].isupper():
                    entity.kind, entity.place = "person", False
                    return entity
        return None

    def find_respelled_person(self, name: str) -> Entity | None:
        """``Ratnayake`` after ``Saman Sri Rathnayake``: a lone surname no entity has, one or
        two letters off (``respelled``) the surname of exactly one person named in full. News
        copy often spells a transliterated name two ways."""
        entity = self.respelled_person(name)
        if entity is not None:
            entity.kind, entity.place = "person", False  # a name typed a body was a person's
        return entity

    def respelled_person(self, name: str) -> Entity | None:
        """The look-up of ``find_respelled_person``, changing nothing (for a test of type)."""
        tokens = name_tokens(name, self.titles)
        if not tokens or looks_like_acronym(name):
            return None
        near = {entity.number: entity for entity in self._all
                if entity.kind == "person" or self.person_named_as_body(entity)
                for full in entity.names if len(parts := name_tokens(full, self.titles)) >= 2
                and respelled_name(tokens, parts, self.titles.first_names)}
        return next(iter(near.values())) if len(near) == 1 else None

    def person_named_as_body(self, entity: Entity) -> bool:
        """``Saman Sri Rathnayake`` typed a body: two to four capitalised words, none a body's
        word (``Ministry``, ``Inc.``)."""
        if entity.kind not in {"organization", "name"} or entity.acronym:
            return False
        words = [w for n in entity.names for w in n.split()]
        return any(len(n.split()) >= 2 for n in entity.names) and all(
            len(n.split()) <= 4 for n in entity.names) and all(
            w[:1].isupper() and w.isalpha() and w.lower() not in self.org_words
            and w.lower() not in self.titles.institutions for w in words)

    def with_short_form(self, word: str) -> Entity | None:
        """The body the article gave this bracketed short form (``(Tanapa)``, ``(SIU)``)."""
        return next((e for e in self._all if e.kind == "organization" and e.acronym == word),
                    None)

    def find_org(self, name: str, acronym: str | None = None) -> Entity | None:
        key = name_key(name)
        tokens = set(name_tokens(name, self.titles))
        for entity in self._all:
            if entity.kind == "person" and not (looks_like_acronym(name) and an_office(entity)):
                continue
            if acronym and entity.acronym == acronym:
                return entity
            # (the key drops an ampersand, which an acronym like "N&N" keeps)
            if entity.acronym and (fold(entity.acronym) == (fold(name) if "&" in name else key) or (
                    len(tokens) > 1 and (acronym_of(name.split()) == entity.acronym or (
                        is_strict_acronym(entity.acronym) and entity.acronym in initials(name)
                        and not self.acronym_in_doubt(entity))))):
                return entity  # "Harrow Wireless" after the headline's "HW"
            if any(name_key(n) == key for n in entity.names):
                return entity
            if len(tokens) > 1 and any(tokens <= set(name_tokens(n, self.titles))
                                       for n in entity.names):
                return entity
            if any(len(n.split()) >= 3 and key.startswith(name_key(n) + " ")
                   for n in entity.names):
                return entity  # "Ministry of Primary and Secondary" then "… Education"
            if len(tokens) == 1 and not is_strict_acronym(name) and self._opens(entity, tokens):
                return entity  # "Suncor" after "Suncor Energy" (not "Santa" after "Santa's …")
        if looks_like_acronym(name):
            # "AHS" is Alberta Health Services before it is the "AHS South zone"
            return self.spelled_out(name) or self.ending_in(name) or next(
                (e for e in self._all if e.kind == "organization" and self._opens(e, tokens)),
                None)
        if len(tokens) != 1:
            return None
        return self.by_short_name(next(iter(tokens))) or national_body(name, self._all,
                                                                       self.titles)

    def _opens(self, entity: Entity, tokens: set[str]) -> bool:
        """One of the entity's names opens with this one word and goes on."""
        return any(len(words := name_tokens(n, self.titles)) > 1 and words[:1] == list(tokens)
                   and not possessor_first(n) for n in entity.names)

    def ending_in(self, acronym: str) -> Entity | None:
        """``the RCMP`` after ``the Codiac Regional RCMP``: the one body whose name ends in
        the acronym, a unit of what it names (two such units leave it alone)."""
        key = fold(acronym)
        found = [e for e in self._all if e.kind == "organization" and any(
            len(words := n.split()) > 1 and fold(words[-1]) == key for n in e.names)]
        return found[0] if len(found) == 1 else None

    def short_name_word(self, name: str) -> str | None:
        """``customs`` of ``Maldives Customs Service``: the word right before the first
        institution word of a body's name (``service``, ``authority``), when other words come
        before it; a release may call the body by it alone (``Customs said``)."""
        words = name_tokens(name, self.titles)
        kinds = self.titles.institutions | self.org_words
        first = next((n for n, w in enumerate(words) if w in kinds), None)
        if first is None or first < 2 or words[first - 1] in kinds:
            return None
        return words[first - 1]

    def by_short_name(self, word: str) -> Entity | None:
        """The one body whose name has ``word`` as its short name (``short_name_word``)."""
        found = [e for e in self._all if e.kind != "person" and any(
            self.short_name_word(n) == word for n in e.names)]
        return found[0] if len(found) == 1 else None

    def spelled_out(self, acronym: str) -> Entity | None:
        """``the PBO`` after ``the Parliamentary Budget Officer``, ``HW`` after ``Harrow
        Wireless``: the one body (or office) whose name has these initials, which then goes by
        the acronym too. Two bodies with the same initials make the acronym nobody's (the
        acronym is recorded in ``rival_acronyms``, for confidence); a person is never one."""
        letters = acronym.replace(".", "").upper()
        strict = is_strict_acronym(acronym)
        fitting = [e for e in self._all
                   if (e.kind != "person" or an_office(e)) and not e.acronym and any(
                       len(n.split()) > 1 and (letters in initials(n) if strict
                                               else acronym_of(n.split()) == letters)
                       for n in e.names)]
        if len(fitting) != 1:
            if fitting:
                self.rival_acronyms.add(letters)
            return None
        entity = fitting[0]
        entity.acronym = acronym
        entity.expansion = entity.expansion or entity.canonical
        entity.kind = "organization"
        return entity

    def acronym_in_doubt(self, entity: Entity) -> bool:
        """An acronym two bodies of the article could stand for, left nobody's."""
        return bool(entity.acronym) and not entity.names and (
            entity.acronym.replace(".", "").upper() in self.rival_acronyms)

    def ranked(self, position: int, kinds: set[str], gender: str | None = None,
               places: bool = True) -> list[Entity]:
        """Entities of these kinds met by ``position``, most salient first."""
        seen = [e for e in self._all if e.kind in kinds and 0 <= e.last_seen <= position]
        if gender is not None:
            seen = [e for e in seen if e.gender in (None, gender)]
        if not places:
            seen = [e for e in seen if not e.place]
        return sorted(seen, key=lambda e: e.salience(self.weights), reverse=True)

    def last_speaker(self, position: int) -> Entity | None:
        """Who spoke last before ``position``: a pronoun cue most often continues them."""
        spoken = [e for e in self._all if 0 <= e.last_spoke < position]
        return max(spoken, key=lambda e: e.last_spoke, default=None)

    def speakers(self) -> list[Speaker]:
        return [e.to_speaker() for e in self._all if e.spoke]


def _prefer(people: list[Entity], fits: Callable[[Entity], bool]) -> list[Entity]:
    """Those who fit, or everyone when nobody does."""
    return [e for e in people if fits(e)] or people


def role_holds(role: str | None, offices: set[str]) -> bool:
    """Whether a role names one of the offices (folded): ``Corrections Commissioner`` holds
    ``commissioner``."""
    if not role:
        return False
    words = f" {' '.join(re.findall(r'[a-z]+', fold(role)))} "
    return any(f" {office} " in words for office in offices)


def respelled_name(words: list[str], full: list[str], first_names: Container[str]) -> bool:
    """``Ratnayake`` for Saman Sri Rathnayake (a lone surname respelled), or ``Magessa Mulongo``
    for Magesa Mulongo (the same surname, each other word the same or respelled, unless both
    spellings are first names: Christian and Christina Holm are two people)."""
    if len(words) == 1:
        return respelled(words[0], full[-1])
    return len(words) == len(full) and words[-1] == full[-1] and words != full and all(
        word == other or respelled(word, other) and not (
            fold(word) in first_names and fold(other) in first_names)
        for word, other in zip(words, full, strict=True))


def respelled(word: str, surname: str) -> bool:
    """Two spellings of one long surname: same first letter, six letters or more, and at most
    one edit apart (two for ten letters or more), never the same word."""
    if word == surname or word[:1] != surname[:1] or min(len(word), len(surname)) < 6:
        return False
    limit = 2 if min(len(word), len(surname)) >= 10 else 1
    return abs(len(word) - len(surname)) <= limit and edit_distance(word, surname, limit) <= limit


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edit distance where two neighbouring letters swapped count as one edit (optimal string
    alignment: ``VandenHuevel`` for ``VandenHeuval`` is two, a swap and a letter), given up
    (``limit + 1``) once every path is over ``limit``."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other and char != other:
                cost = min(cost, before[j - 2] + 1)  # "ue" for "eu"
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]
