"""Names of people and bodies: normalising, splitting titles off, telling whether two names match.

Shared by the resolve stage (one person within an article and across a corpus), the speaker
filter and the claim verifier, so ``Dr Siddiqui``, ``Khalid Maqbool Siddiqui`` and ``SIDDIQUI``
mean the same person everywhere in the tool.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .model import fold
from .rules import (
    FirstNameRule,
    NameWordRule,
    RuleSet,
    TitleRule,
    builtin_rules_dir,
    read_rules,
)

_TOKEN = re.compile(r"[\w]+(?:[-'][\w]+)*")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


class Titles:
    """``rules/titles.jsonl`` as the name helpers ask for it: by word or phrase, any case."""

    def __init__(self, rules: Iterable[TitleRule], particles: Iterable[str] = (),
                 institutions: Iterable[str] = (), first_names: Iterable[str] = (),
                 sides: Iterable[str] = (), former: Iterable[str] = (),
                 second: Iterable[str] = (), levels: Iterable[str] = ()) -> None:
        self._by_text = {fold(rule.text).rstrip("."): rule for rule in rules}
        self.particles = frozenset(particles)  # "ur", "van": name words, never role words
        self.institutions = frozenset(institutions)  # "Ministry", "Bank": heads of bodies' names
        # "Director of Public Health Annette Rodriguez": where the holder's name starts
        self.first_names = frozenset(fold(n) for n in first_names)
        self.sides = frozenset(sides)  # "North MSP": the side of a region a seat is in
        self.former = frozenset(former)  # "the former mayor": an office held before
        self.second = frozenset(second)  # "deputy director": second to the office it names
        self.levels = frozenset(levels)  # "the state Department of Health": the state's
        # every role title, folded and without its full stop ("ceo", "prime minister")
        self.roles = frozenset(key for key, rule in self._by_text.items() if rule.kind == "role")
        # the top offices of a body ("director", "general manager"): whom "the head of" means
        self.top_offices = frozenset(key for key, rule in self._by_text.items() if rule.heads)
        self.member_seats = frozenset(key for key, rule in self._by_text.items() if rule.member)
        self.generic_heads = frozenset(key for key, rule in self._by_text.items()
                                       if rule.generic)
        self.styles = frozenset(key for key, rule in self._by_text.items() if rule.style)
        self._aliases = office_aliases(self._by_text.values())

    @classmethod
    def of(cls, rules: RuleSet) -> Titles:
        return cls(rules.titles, rules.name_words_that("particle"),
                   rules.name_words_that("institution"), (r.name for r in rules.first_names),
                   rules.name_words_that("side"), rules.name_words_that("former"),
                   rules.name_words_that("second"), rules.name_words_that("level"))

    def entry(self, word_or_phrase: str) -> TitleRule | None:
        """The entry for ``Dr``, ``dr.``, ``Deputy Prime Minister``…, or None. Two role titles
        joined by a hyphen are one office (``Sheriff-Coroner``): the last one's entry."""
        key = fold(word_or_phrase).rstrip(".")
        found = self._by_text.get(key)
        if found is None and "-" in key and " " not in key:
            parts = [self._by_text.get(part) for part in key.split("-")]
            if len(parts) > 1 and all(p is not None and p.kind == "role" for p in parts):
                return parts[-1]
        return found

    def is_honorific(self, word: str) -> bool:
        entry = self.entry(word)
        return bool(entry and entry.kind == "honorific" and not entry.keep)

    def is_title(self, word: str) -> bool:
        return self.entry(word) is not None

    def outside_titles(self, words: list[str]) -> list[str]:
        """The words of a role that are no part of a title, the longest title phrase first:
        ``Prime`` of ``Prime Minister`` is the office's, not a body's name."""
        kept, i = [], 0
        while i < len(words):
            size = next((n for n in (4, 3, 2, 1) if i + n <= len(words)
                         and self.is_title(" ".join(words[i:i + n]))), 0)
            if size == 0:
                kept.append(words[i])
            i += size or 1
        return kept

    def with_initials(self, initials: Iterable[str]) -> Titles:
        """A copy that also knows an article's own initials for a title (``Commissioner of
        Police (CP)``), so ``CP Kabera`` further on is the commissioner, not a new name."""
        added = {fold(a): TitleRule(text=a, kind="role") for a in initials
                 if fold(a) not in self._by_text}
        if not added:
            return self
        copy = object.__new__(Titles)
        copy.__dict__.update(self.__dict__)
        copy._by_text = {**self._by_text, **added}
        copy.roles = self.roles | frozenset(added)
        return copy

    def same_office(self, word_or_phrase: str) -> tuple[str, ...]:
        """The title itself and the other titles for the same office, folded (``premier`` ->
        ``premier``, ``prime minister``), whichever of them the rules file lists the alias on."""
        key = fold(word_or_phrase).rstrip(".")
        return tuple(sorted(self._aliases.get(key, set()) | {key}))


def office_aliases(rules: Iterable[TitleRule]) -> dict[str, set[str]]:
    """Each title's other titles for the same office. A ``same_as`` names the office, so the
    titles that name the same one are one office too (``PRO`` and ``Spokesman``, both
    ``same_as`` ``Spokesperson``); a title that names an office is also its own office
    (``First Minister`` is the same as ``Premier``, which is the same as ``Prime Minister``;
    a first minister is not thereby a prime minister)."""
    offices: dict[str, set[str]] = {}
    for rule in rules:
        if rule.same_as:
            office = fold(rule.same_as)
            offices.setdefault(office, {office}).add(fold(rule.text).rstrip("."))
    aliases: dict[str, set[str]] = {}
    for titles in offices.values():
        for title in titles:
            aliases.setdefault(title, set()).update(titles)
    return aliases


@lru_cache(maxsize=1)
def builtin_titles() -> Titles:
    """The titles shipped with the package (immutable package data, read once).

    Only for name helpers called without titles, outside any run: the speaker filter on a
    saved register, and the claim verifier's matching. The pipeline's stages and the corpus
    steps (speaker merging, name variants) are given the ``Titles`` of the run's ``RuleSet``,
    which ``--rules`` extends.
    """
    folder = [builtin_rules_dir()]
    words = read_rules(NameWordRule, folder)
    return Titles(read_rules(TitleRule, folder), [r.word.lower() for r in words if r.particle],
                  [r.word.lower() for r in words if r.institution],
                  [r.name for r in read_rules(FirstNameRule, folder)],
                  [r.word.lower() for r in words if r.side],
                  [r.word.lower() for r in words if r.former],
                  [r.word.lower() for r in words if r.second])


def title_entry(word_or_phrase: str, titles: Titles | None = None) -> TitleRule | None:
    """The titles.jsonl entry for ``Dr``, ``dr.``, ``Deputy Prime Minister``…, or None."""
    return (titles or builtin_titles()).entry(word_or_phrase)


def is_honorific(word: str, titles: Titles | None = None) -> bool:
    return (titles or builtin_titles()).is_honorific(word)


def is_title(word: str, titles: Titles | None = None) -> bool:
    return (titles or builtin_titles()).is_title(word)


def name_tokens(name: str, titles: Titles | None = None) -> list[str]:
    """Folded word tokens of a name without honorifics or possessive endings.

    Hyphens separate words (``Naeem-ur-Rehman`` = ``Naeem ur Rehman``, ``Jong-un``), so a name
    matches however an outlet hyphenates it; a spaced ``Mc`` joins the word after it (``Mc
    Garvey`` = ``McGarvey``), since it is never a name of its own.
    """
    words = [POSSESSIVE.sub("", w) for w in _TOKEN.findall(fold(name).replace("-", " "))]
    words = _with_prefixes_joined(words)
    titles = titles or builtin_titles()
    core = [w for w in words if w and not titles.is_honorific(w)]
    return core or [w for w in words if w]


def _with_prefixes_joined(words: list[str]) -> list[str]:
    """``mc garvey`` -> ``mcgarvey``: the prefix some outlets space off a surname."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "mc":
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def split_title(words: list[str], titles: Titles | None = None) -> tuple[list[str], list[str]]:
    """Split ``[MQM-P, Convenor, Dr, Khalid, Maqbool, Siddiqui]`` into role and name words.

    The name is what follows the last title word (honorific or role); the role is what comes
    before it, without honorifics. Lower-case words before a capitalised name are role words
    too (``immigration lawyer Ronalee Carey``).
    """
    if not words:
        return [], []
    titles = titles or builtin_titles()
    cut = 0
    for n, word in enumerate(words[:-1]):
        if n > 0 and word.lower() in {"of", "for"} and words[n - 1].lower() in (
                titles.institutions) and not titles.is_title(words[n - 1]):
            continue  # "News Agency of Nigeria", "Bank of Canada": the body's own name
        if first_name_after_title(words, n, titles):
            continue  # "Insp. Dean Riou": after a title, a first name that is also a title
        if title_inside_name(words, n, titles):
            continue  # "Halgurd Sheikh Najib": a name's own word
        if titles.is_title(word) or (word[:1].islower() and word.lower() not in titles.particles
                                     and not _inside_capitalised_compound(words, n)):
            cut = n + 1
        for size in (3, 2):
            phrase = " ".join(words[n : n + size])
            if n + size < len(words) and titles.is_title(phrase):
                cut = max(cut, n + size)
    cut = past_office_object(words, cut, titles)
    if cut < len(words) - 1 and words[cut] == ")" and "(" in words[:cut]:
        cut += 1  # "Chief Executive Officer (CEO) Ana Teller": the title's short form too
    return without_honorifics(words[:cut], titles), words[cut:]


REGNAL_NUMBER = re.compile(r"[IVXL]+")


def regnal_title_before(title: str, name: list[str], titles: Titles) -> bool:
    """``Pope Francis``, ``King Charles III``: a pope's or sovereign's title (``regnal`` in
    rules/titles.jsonl) right before a bearer named by one given name, with or without a
    regnal number, is part of the name as well as the role. A given name alone names no one
    (the article's ``St. Francis`` is another man); ``Prince Harry Windsor`` is a surname's."""
    entry = titles.entry(title)
    return entry is not None and entry.regnal and entry.kind == "role" and (
        len(name) == 1 or len(name) == 2 and REGNAL_NUMBER.fullmatch(name[1]) is not None) and (
        name[0][:1].isupper())


def title_inside_name(words: list[str], n: int, titles: Titles) -> bool:
    """``Halgurd Sheikh Najib``: an honorific names also bear inside (``inside`` in
    rules/titles.jsonl) between a capitalised word that is no title nor a possessor and
    capitalised words to the end is part of the name."""
    entry = titles.entry(words[n])
    before = words[n - 1] if n > 0 else ""
    return entry is not None and entry.inside and before[:1].isupper() and not (
        titles.is_title(before) or before.endswith(("'s", "’s"))) and all(
        w[:1].isupper() for w in words[n + 1:])


def first_name_after_title(words: list[str], n: int, titles: Titles) -> bool:
    """``Insp. Dean Riou``: the word at ``n`` is a listed first name that is also a title
    (``Dean``), right after an abbreviated title (not ``Major General Millanzi``, one rank of
    two words) and right before the last word, a capitalised surname; it opens the name."""
    word = words[n]
    return 0 < n == len(words) - 2 and titles.is_title(words[n - 1]) and (
        words[n - 1].endswith(".")) and (
        fold(word) in titles.first_names) and word[:1].isupper() and (
        words[-1][:1].isupper() and not titles.is_title(words[-1]))


def _inside_capitalised_compound(words: list[str], n: int) -> bool:
    """``Chan-o-cha``: a lower-case word joined by hyphens to a capitalised word before it is
    part of that name (``pro-establishment``, whose first part is lower case, is no name)."""
    k = n
    while k >= 2 and words[k - 1] == "-":
        k -= 2
    return k < n and words[k][:1].isupper()


def without_honorifics(words: list[str], titles: Titles) -> list[str]:
    """The role words without the honorifics among them, of one word (``Dr``) or two
    (``Tan Sri``): honours belong to neither the role nor the name."""
    kept: list[str] = []
    n = 0
    while n < len(words):
        if n + 1 < len(words) and titles.is_honorific(f"{words[n]} {words[n + 1]}"):
            n += 2
        elif titles.is_honorific(words[n]):
            n += 1
        else:
            kept.append(words[n])
            n += 1
    return kept


# the prepositions between an office and what it is the office of ("Ambassador to the UN",
# "Minister of State in the Department of Health")
OFFICE_PREPOSITIONS = frozenset({"of", "for", "to", "in"})
# the lower-case words only a body's name holds between its capitalised ones ("Research in
# Motion", "Institute of Culture and Heritage"); a person's name may hold "de", never these
BODY_JOINERS = frozenset({"of", "in", "for", "and", "&"})


HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # inside a surname: "Pedneaud-Jobin"


def initial(word: str) -> bool:
    """A single capital letter, with or without its full stop: ``V``, ``D.``."""
    letters = word.rstrip(".")
    return len(letters) == 1 and letters.isupper()


def past_office_object(words: list[str], cut: int, titles: Titles) -> int:
    """``Director of Public Health Annette Rodriguez``, ``Ambassador to the UN Hector Ruiz``:
    after an office's ``of``/``for``/``to`` (the word before ``cut``, or before an article
    there) the capitalised words run on to the holder's first name; the name starts there.
    Returns ``cut`` when no first name follows."""
    if last_portfolio_at(words, cut, titles):
        return cut + 1  # "Minister of Tourism and | Lands Harin Fernando": Lands is a portfolio
    preposition = cut - 2 if cut > 1 and words[cut - 1].lower() == "the" else cut - 1
    if not 0 < cut < len(words) - 2 or preposition < 0 or (
            words[preposition].lower() not in OFFICE_PREPOSITIONS):
        return cut
    for n in range(cut + 1, len(words) - 1):
        if initial(words[n]) and not initial(words[n - 1]) and not initial(words[-1]) and all(
                w[:1].isupper() for w in words[n:]):
            return n  # "Leader of the Opposition V D Satheesan": initials open the name
        if fold(words[n]) in titles.first_names and all(
                w[:1].isupper() or w in HYPHENS for w in words[n:]) and (  # "Pedneaud-Jobin"
                not any(fold(w) in titles.institutions for w in words[n:])):
            return n  # (not "Paul Society" in "of St Vincent de Paul Society": a body's name)
    start = name_after_institution(words[cut:], titles.institutions)
    if start is not None:
        return cut + start
    return unknown_holder_at(words, cut, titles)


def unknown_holder_at(words: list[str], cut: int, titles: Titles) -> int:
    """``Superintendent of Police Hobindra Bogati``, ``Minister of Health Adaeze Okafor``: no
    listed first name, but three or more capitalised words after the office's preposition,
    none a title or a body's word and no article before them: the last two are the holder's
    given name and surname, the words before them the portfolio. Only after an office
    written as a title, in capitals with no article (``The police commissioner of Papua New
    Guinea`` names a place), or with the words from the preposition on (the caller found the
    office before them). Returns ``cut`` otherwise."""
    rest = words[cut:]
    office = [w for w in words[:cut] if w.lower() not in OFFICE_PREPOSITIONS | {"the"}]
    if cut > 0 and words[cut - 1].lower() == "the":
        return cut  # "lawyer for the Saskatoon Animal Shelter": a body's name, no holder
    if len(rest) < 3 or not all(w[:1].isupper() and w.isalpha() for w in rest) or any(
            titles.is_title(w) or fold(w) in titles.institutions for w in rest) or office and (
            not titles.is_title(office[0]) or not all(w[:1].isupper() for w in office)):
        return cut
    return len(words) - 2


def last_portfolio_at(words: list[str], cut: int, titles: Titles) -> bool:
    """Whether the word at ``cut``, right after an ``and``, is the last of an office's
    portfolios (``Minister of Tourism and Lands Harin Fernando``), with a name of two words or
    more after it."""
    if not 1 < cut <= len(words) - 3 or words[cut - 1].lower() not in {"and", "&"}:
        return False
    k = cut - 2
    while k > 0 and (words[k][:1].isupper() or words[k] == ","):
        k -= 1
    return k > 0 and k < cut - 1 and words[k].lower() in {"of", "for"} and (
        titles.is_title(words[k - 1]))


def name_after_institution(words: list[str], institutions: Iterable[str]) -> int | None:
    """``Law Students Society Chevy Devonish``: a body's name that ends in an institution word
    (rules/name_words.jsonl), then two or three capitalised words that are none: where the
    holder's name starts, though no first name told it. None otherwise."""
    folded = [fold(w) for w in words]
    last = max((k for k, w in enumerate(folded) if w in institutions), default=None)
    if last is None:
        return None
    tail = words[last + 1:]
    if 2 <= len(tail) <= 3 and all(w.isalpha() and w[:1].isupper() and fold(w) not in
                                   institutions for w in tail):
        return last + 1
    return None


def same_entity(a: str, b: str, titles: Titles | None = None) -> bool:
    """Whether two names can denote the same person or body.

    True when one name's words are all in the other's (``Siddiqui`` / ``Khalid Maqbool
    Siddiqui``; ``Hafiz Naeem`` / ``Hafiz Naeem ur Rehman``), ignoring case, accents and
    honorifics. Two full names that differ (``Mary Nicholson`` / ``Trevor Nicholson``) do not.
    """
    ta, tb = set(name_tokens(a, titles)), set(name_tokens(b, titles))
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def acronym_of(words: Iterable[str]) -> str:
    """``Inter-Services Public Relations`` -> ``ISPR``: initials, splitting on hyphens too."""
    letters = []
    for word in words:
        for part in re.split(r"[-\s]+", word):
            if part and part[0].isalpha() and part.lower() not in {"of", "the", "and", "for", "de"}:
                letters.append(part[0].upper())
    return "".join(letters)


def looks_like_acronym(word: str) -> bool:
    """``ISPR``, ``U.S.``, ``N&N``: a short word of capitals; an ampersand stands for ``and``
    between two of them (``the Norfolk and Norwich University Hospital (N&N)``)."""
    core = re.sub(r"(?<=[A-Z])&(?=[A-Z])", "", word.replace(".", "").replace("-", ""))
    capitals = sum(c.isupper() for c in core)
    return 2 <= len(core) <= 8 and core.isalpha() and capitals >= len(core) - 1
