"""Names and titles the headline gives where the story leaves them out.

The headline is part of the article: ``Finnish foreign minister Erkki Tuomioja apologizes …``,
then ``Tuomioja told ERR radio …`` and never the full name again, a surname the tagger may even
type a body. Ingest keeps the headline out of the text it blanks (``Article.title``); the
extraction step hands it to the article's first piece as ``doc._.headline``. Here a one-word
name the story uses gets the first names the headline writes before it, and the title words
before those become the person's role if the story gave none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from .constraints import head_kind
from .entities import Entity, surnames_in_full
from .state import ArticleState

HEADLINE_EXTENSION = "headline"
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MOST_FIRST_NAMES = 3  # "Erkki", "Mary Ann", "Jean-Pierre Paul": given names before a surname
MOST_ROLE_WORDS = 4  # "foreign minister", "deputy chief medical officer"
TITLE_CASE_SHARE = 0.8  # of a headline's longer words capitalised: written in title case


def headline_of(doc: Doc) -> str | None:
    """The article's headline, if the extraction step set it on this piece."""
    return doc._.get(HEADLINE_EXTENSION) if Doc.has_extension(HEADLINE_EXTENSION) else None


NAME_WORDS = r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)"
HEADLINE_SPEAKER = (
    r"\b{saying}\s+{name}\s*$",  # "Bridger must go says Tibbetts"
    r"^{name}\s+{saying}\b",  # "Tibbetts says Bridger must go"
    r",\s*{name}\s+{saying}\s*$",  # "…, Cullen says"
)


def headline_cue_forms(lemmas: Iterable[str]) -> str:
    """The forms headlines give speech verbs (``says``, ``warns``, ``said``), of the given
    cue verbs (those of rules/cue_verbs.jsonl that report clauses), as one regular-expression
    group, built once per rule set."""
    words = {"said"} | {f"{lemma}s" for lemma in lemmas if " " not in lemma}
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


def headline_speaker(state: ArticleState) -> Entity | None:
    """``Bridger must go says Tibbetts``: the one person of the story whose surname the
    headline names as the speaker, if it does."""
    headline = headline_of(state.doc)
    if not headline:
        return None
    saying = state.rules.headline_cues
    for pattern in HEADLINE_SPEAKER:
        match = re.search(pattern.format(saying=saying, name=NAME_WORDS), headline.strip())
        if match is None:
            continue
        phrase = match.group(1).split()
        if state.titles.is_title(phrase[-1]):
            return office_holder(state, phrase)  # "Garda Commissioner says …"
        people = {e.number: e for e in state.entities if e.kind == "person" and any(
            name.split()[-1] == phrase[-1] for name in e.names)}
        return next(iter(people.values())) if len(people) == 1 else None
    return None


def office_holder(state: ArticleState, office: list[str]) -> Entity | None:
    """``Garda Commissioner says …`` over ``the Garda Commissioner Drew Harris``: the one
    person of the story whose role has every word of the headline's office."""
    wanted = {word.lower() for word in office}
    people = {e.number: e for e in state.entities if e.kind == "person" and e.names and any(
        role and wanted <= {w.lower() for w in role.split()}
        for role in [e.role, *e.earlier_roles])}
    return next(iter(people.values())) if len(people) == 1 else None


def complete_from_headline(state: ArticleState) -> None:
    """Give each lone surname the story uses the full name the headline writes it with."""
    headline = headline_of(state.doc)
    if not headline:
        return
    words = WORD.findall(headline)
    for entity in list(state.entities):
        title_from_headline(state, entity, words)
        surname = lone_name(entity)
        if surname is None or named_in_full_by_story(state, entity, surname):
            continue
        found = full_name_in(words, surname, state)
        if found is None:
            continue
        given, role = found
        if (entity.kind != "person" or title_case(words)) and not (
                role or known_first_name(state, given[0])):
            continue  # "Police Say Smith …": capitalised headline words, no given name
        entity.kind = "person"
        entity.add_name(" ".join([*given, surname]))
        if role and not entity.role:
            entity.set_role(role)
        if gender := state.rules.first_names.get(given[0].lower()):
            entity.votes[gender] += state.weights.first_name_gender_votes
            entity.update_gender()


def title_from_headline(state: ArticleState, entity: Entity, words: list[str]) -> None:
    """``New Brunswick Premier Blaine Higgs uses annual speech …`` over a story that only
    writes ``Blaine Higgs delivered …`` and ``The premier of New Brunswick says …``: the
    headline's title describes the person, if the story gives them neither role nor
    apposition of its own. It is a descriptor, not a role: a headline's ``boss`` must not
    keep the story's ``the chief executive`` from them."""
    if entity.kind != "person" or entity.role or any(
            head_kind(d, state.titles, state.constraints) == "person"
            for d in entity.descriptors):
        return
    for name in entity.names:
        parts = name.split()
        if len(parts) < 2:
            continue
        role = title_before(words, parts, state)
        if role:
            entity.descriptors.add(role.split()[-1].lower())
            return


def titled_in_headline(state: ArticleState, entity: Entity, noun: str) -> bool:
    """The headline writes the person's full name after a title ending in ``noun``
    (``New Brunswick Premier Blaine Higgs …`` for ``premier``)."""
    headline = headline_of(state.doc)
    if not headline or entity.kind != "person":
        return False
    words = WORD.findall(headline)
    return any(len(parts := name.split()) >= 2 and (role := title_before(words, parts, state))
               and role.split()[-1].lower() == noun for name in entity.names)


def title_before(words: list[str], parts: list[str], state: ArticleState) -> str | None:
    """The title words the headline writes right before a full name, if it does."""
    size = len(parts)
    for start in range(len(words) - size + 1):
        if words[start:start + size] == parts and (
                role := title_words_before(words, start, state)):
            return role
    return None


def lone_name(entity: Entity) -> str | None:
    """The one word a person, or a body the tagger may have mistyped, is only ever called."""
    if entity.kind not in {"person", "name", "organization"} or entity.acronym or entity.place:
        return None
    words = {word for name in entity.names for word in name.split()}
    if len(words) != 1:
        return None
    word = next(iter(words))
    return word if word[:1].isupper() and word.isalpha() and not word.isupper() else None


def named_in_full_by_story(state: ArticleState, entity: Entity, surname: str) -> bool:
    """Another of the story's people has a fuller name ending in the surname: the headline's
    full name may be theirs, not this one's."""
    return any(other is not entity and surname in surnames_in_full(other)
               for other in state.entities)


def full_name_in(words: list[str], surname: str,
                 state: ArticleState) -> tuple[list[str], str | None] | None:
    """The given names the headline writes right before the surname, and the title words
    before them (``foreign minister``), if it does."""
    titles = state.titles
    for end, word in enumerate(words):
        if word != surname:
            continue
        start = end
        while start > 0 and end - start < MOST_FIRST_NAMES and (
                given_name_shape(words[start - 1])) and not titles.is_title(words[start - 1]):
            start -= 1
        if start == end:
            continue
        return words[start:end], title_words_before(words, start, state)
    return None


def title_words_before(words: list[str], start: int, state: ArticleState) -> str | None:
    """The title words (``foreign minister``) the headline writes right before ``start``,
    if any of them is a title."""
    titles = state.titles
    role_start = start
    while role_start > 0 and start - role_start < MOST_ROLE_WORDS and (
            titles.is_title(words[role_start - 1]) or words[role_start - 1].islower()):
        role_start -= 1
    role_words = words[role_start:start]
    return " ".join(role_words) if any(titles.is_title(w) for w in role_words) else None


def title_case(words: list[str]) -> bool:
    """``Police Say Smith Misread The Law``: every longer word capitalised, so a capital
    tells no name from a verb."""
    longer = [w for w in words if len(w) > 3]
    return bool(longer) and sum(w[:1].isupper() for w in longer) >= TITLE_CASE_SHARE * len(longer)


def given_name_shape(word: str) -> bool:
    """A capitalised word of letters (``Erkki``, ``Jean-Pierre``), not an initialism."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def known_first_name(state: ArticleState, word: str) -> bool:
    return word.lower() in state.rules.first_names
