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
from .rules import load_rules

_TOKEN = re.compile(r"[\w]+(?:[-'][\w]+)*")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=1)
def _titles() -> dict[str, dict]:
    return {fold(e["text"]).rstrip("."): e for e in load_rules("titles.jsonl")}


def title_entry(word_or_phrase: str) -> dict | None:
    """The titles.jsonl entry for ``Dr``, ``dr.``, ``Deputy Prime Minister``…, or None."""
    return _titles().get(fold(word_or_phrase).rstrip("."))


def is_honorific(word: str) -> bool:
    entry = title_entry(word)
    return bool(entry and entry.get("kind") == "honorific" and not entry.get("keep"))


def is_title(word: str) -> bool:
    return title_entry(word) is not None


def name_tokens(name: str) -> list[str]:
    """Folded word tokens of a name without honorifics or possessive endings.

    Hyphens separate words (``Naeem-ur-Rehman`` = ``Naeem ur Rehman``, ``Jong-un``), so a name
    matches however an outlet hyphenates it.
    """
    words = [POSSESSIVE.sub("", w) for w in _TOKEN.findall(fold(name).replace("-", " "))]
    core = [w for w in words if w and not is_honorific(w)]
    return core or [w for w in words if w]


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split ``[MQM-P, Convenor, Dr, Khalid, Maqbool, Siddiqui]`` into role and name words.

    The name is what follows the last title word (honorific or role); the role is what comes
    before it, without honorifics. Lower-case words before a capitalised name are role words
    too (``immigration lawyer Ronalee Carey``).
    """
    if not words:
        return [], []
    cut = 0
    for n, word in enumerate(words[:-1]):
        if is_title(word) or (word[:1].islower() and not _is_name_particle(word)):
            cut = n + 1
        for size in (3, 2):
            phrase = " ".join(words[n : n + size])
            if n + size < len(words) and is_title(phrase):
                cut = max(cut, n + size)
    role = [w for w in words[:cut] if not is_honorific(w)]
    return role, words[cut:]


def _is_name_particle(word: str) -> bool:
    return word.lower() in {"ur", "al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la",
                            "le", "du", "di", "e", "ul"}


def same_entity(a: str, b: str) -> bool:
    """Whether two names can denote the same person or body.

    True when one name's words are all in the other's (``Siddiqui`` / ``Khalid Maqbool
    Siddiqui``; ``Hafiz Naeem`` / ``Hafiz Naeem ur Rehman``), ignoring case, accents and
    honorifics. Two full names that differ (``Mary Nicholson`` / ``Trevor Nicholson``) do not.
    """
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
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
    core = word.replace(".", "").replace("-", "")
    capitals = sum(c.isupper() for c in core)
    return 2 <= len(core) <= 8 and core.isalpha() and capitals >= len(core) - 1
