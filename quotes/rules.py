"""Rules are data: typed rule classes for every file in ``rules/`` and the one ``RuleSet``.

The files ship inside the wheel as ``quotes/rules`` (package data, found with
``importlib.resources``); in a source checkout they are read from the top-level ``rules/``
folder. A user can add their own folder (``--rules DIR`` or ``QUOTES_RULES``): a file there with
the same name as a built-in one is read *after* it, so its entries extend the built-ins.

Every line is checked when it is read, like medspaCy's ``ConTextRule`` or spaCy's
``SpanRuler(validate=True)``: an unknown key, a missing key, a value of the wrong type or
outside the allowed values fails at load time with ``FILE:LINE: …``, never later as a bare
``KeyError`` or silently. A pipeline builds one ``RuleSet`` (``RuleSet.load``) and passes it to
every stage; nothing is cached per process, so an edited file is read again by the next run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from spacy.schemas import validate_token_pattern

ENV_VAR = "QUOTES_RULES"
GENDERS = ("m", "f")
EITHER = "either"  # a first name both sexes bear (Charlie, Casey): a person's, no gender
SPEAKER_TYPES = ("person", "organization", "group")
# kinds of body a noun or a word of a name points to ("the agency" may be the "State
# Department", not "Northfield Power"); "any" fits every kind ("the group", "the organization")
BODY_FAMILIES = ("any", "government", "company", "media", "team", "association", "party",
                 "education", "health", "court", "police", "military")


class RuleError(ValueError):
    """A rules file that cannot be read; the message names the file and line."""


# ------------------------------------------------------------------------------- value checks

Check = Callable[[Any], Any]


def text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def one_of(*choices: str) -> Check:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {json.dumps(value)}")
        return value
    return check


def some_of(*choices: str) -> Check:
    def check(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise ValueError(f"must be a non-empty list of {', '.join(choices)}")
        unknown = [v for v in value if v not in choices]
        if unknown:
            raise ValueError(f"has unknown value {json.dumps(unknown[0])} "
                             f"(expected any of {', '.join(choices)})")
        return tuple(value)
    return check


def words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(
            isinstance(v, str) and v.strip() for v in value):
        raise ValueError("must be a non-empty list of words")
    return tuple(value)


def fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"must be a number from 0 to 1, not {json.dumps(value)}")
    return float(value)


def token_pattern(value: Any) -> tuple[dict, ...]:
    """A spaCy Matcher pattern, checked with spaCy's own schema (``LOWR`` is caught here)."""
    if not isinstance(value, list) or not value or not all(isinstance(t, dict) for t in value):
        raise ValueError("must be a non-empty list of token objects (a spaCy Matcher pattern)")
    errors = validate_token_pattern(value)
    if errors:
        raise ValueError(f"is not a valid Matcher pattern: {errors[0]}")
    return tuple(value)


def line_regex(value: Any) -> str:
    text(value)
    try:
        re.compile(value, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"is not a valid regular expression ({exc})") from exc
    return value


# ------------------------------------------------------------------------------- rule classes


@dataclass(frozen=True)
class Rule:
    """One line of a rules file. Subclasses name their file and check each key's value."""

    FILE: ClassVar[str] = ""
    CHECKS: ClassVar[dict[str, Check]] = {}

    @classmethod
    def from_dict(cls, entry: dict[str, Any], where: str = "") -> Rule:
        """Build a rule from one parsed line; ``where`` (``FILE:LINE``) prefixes any error."""
        prefix = f"{where}: " if where else ""
        if not isinstance(entry, dict):
            raise RuleError(f"{prefix}each line must be a JSON object")
        allowed = [f.name for f in fields(cls)]
        for key in entry:
            if key not in allowed:
                raise RuleError(f"{prefix}unknown key {key!r} "
                                f"(expected one of {', '.join(sorted(allowed))})")
        values = {}
        for f in fields(cls):
            if f.name not in entry:
                if f.default is MISSING:
                    raise RuleError(f"{prefix}missing key {f.name!r}")
                continue
            try:
                values[f.name] = cls.CHECKS[f.name](entry[f.name])
            except ValueError as exc:
                raise RuleError(f"{prefix}{f.name!r} {exc}") from None
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """The line as written back by ``RuleSet.to_disk`` (defaults left out)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class CueVerbRule(Rule):
    """``rules/cue_verbs.jsonl``: a speech-act verb by lemma and the frames it takes."""

    FRAMES: ClassVar[tuple[str, ...]] = ("clause", "quote", "object", "complement",
                                         "instruction", "gerund")
    FILE: ClassVar[str] = "cue_verbs.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {
        "lemma": text, "frames": some_of(*FRAMES), "strength": fraction,
        "particle": text, "subject": one_of("document", "utterance"), "object": text,
        "predicate": words, "addressee": words,
    }
    lemma: str
    frames: tuple[str, ...] = ("clause", "quote")
    strength: float = 1.0
    particle: str | None = None  # "point out"
    object: str | None = None  # a required object word ("as she put it")
    predicate: tuple[str, ...] | None = None  # a required predicative word ("made it clear")
    addressee: tuple[str, ...] | None = None  # prepositions whose object an instruction
    # addresses ("called on the council to resign"): with them, only that way
    subject: str | None = None  # "document": only a document speaks this way ("it read");
    # "utterance": only an utterance noun ("“Stop!” came a voice")


@dataclass(frozen=True)
class CuePhraseRule(Rule):
    """``rules/cue_phrases.jsonl``: a multi-word cue as a Matcher pattern."""

    FILE: ClassVar[str] = "cue_phrases.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"label": one_of("ACCORDING_TO", "NOUN_CUE",
                                                          "PREPOSITION_CUE", "DENIED_CLAIM"),
                                          "pattern": token_pattern}
    label: str
    pattern: tuple[dict, ...]


@dataclass(frozen=True)
class VagueSourcingRule(Rule):
    """``rules/vague_sourcing.jsonl``: a phrase that presents a claim with no source."""

    FILE: ClassVar[str] = "vague_sourcing.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"label": text, "pattern": token_pattern}
    label: str
    pattern: tuple[dict, ...]


@dataclass(frozen=True)
class SpeakerNounRule(Rule):
    """``rules/speaker_nouns.jsonl``: a common noun that can head a speaker description."""

    FILE: ClassVar[str] = "speaker_nouns.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {
        "noun": text, "type": one_of(*SPEAKER_TYPES), "anonymous": flag, "anaphoric": flag,
        "document": flag, "research": flag, "municipal": flag, "regional": flag, "office": flag,
        "generic": flag, "utterance": flag, "issued": flag, "addressed": flag,
        "litigation": flag, "collective": flag, "announcing": flag,
    }
    noun: str
    type: str
    anonymous: bool = False  # "a source said": a source nobody can check
    anaphoric: bool = False  # "the company": points back to a body the article named
    document: bool = False  # "the statement said": speaks for whoever issued it
    research: bool = False  # "a study" … "the report": one document, several names
    litigation: bool = False  # "X's complaint" … "the lawsuit": one court filing, several names
    announcing: bool = False  # "X issued a press release" … "the statement": one, several names
    collective: bool = False  # "the panel", "the pair": the people just named together
    issued: bool = False  # "an LPO statement": the proper noun before it names the issuer
    municipal: bool = False  # "the city": the City of X, or the place
    regional: bool = False  # "the province": also the X government, Government of X
    office: bool = False  # "the minister": the one holder the article is about
    generic: bool = False  # "common wisdom says": names no one who could have said it
    utterance: bool = False  # "“Stop!” came a voice": a sound of speech stands for its speaker
    addressed: bool = False  # "the statement indicated": an issuer's own words, any cue verb

    def __bool__(self) -> bool:
        """``NO_NOUN`` (a word that is no speaker noun) is false; every entry is true."""
        return bool(self.noun)


NO_NOUN = SpeakerNounRule(noun="", type="")  # what a word that is no speaker noun looks up to


@dataclass(frozen=True)
class TitleRule(Rule):
    """``rules/titles.jsonl``: an honorific (dropped from names) or a role (kept as role)."""

    FILE: ClassVar[str] = "titles.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"text": text, "kind": one_of("honorific", "role"),
                                          "gender": one_of(*GENDERS), "keep": flag,
                                          "same_as": text, "heads": flag, "noun": text,
                                          "member": flag, "generic": flag, "inside": flag,
                                          "style": flag, "regnal": flag}
    text: str
    kind: str
    gender: str | None = None
    keep: bool = False  # an honorific that stays in the name ("Sheikh")
    same_as: str | None = None  # another title for the same office ("Premier" = "Prime Minister")
    heads: bool = False  # a body's top office: "the head of X" may be its holder ("Director")
    noun: str | None = None  # what a description calls its bearer: "Dr" -> "the doctor"
    member: bool = False  # a seat in an elected body ("Councillor"): its holder may lead it
    generic: bool = False  # whoever holds a top office, whatever it is called ("the chief")
    inside: bool = False  # also borne inside a name, between its words ("Halgurd Sheikh Najib")
    style: bool = False  # a style of address: "His Majesty" alone stands for its bearer
    regnal: bool = False  # a pope's or sovereign's title, kept before a lone given name


@dataclass(frozen=True)
class FirstNameRule(Rule):
    """``rules/first_names.jsonl``: a common first name and the gender it usually indicates
    (``either`` for a name both sexes bear: it still says the words are a person's name)."""

    FILE: ClassVar[str] = "first_names.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"name": text, "gender": one_of(*GENDERS, EITHER)}
    name: str
    gender: str


@dataclass(frozen=True)
class DocumentVerbRule(Rule):
    """``rules/document_verbs.jsonl``: a verb that ties a document to who produced it."""

    FILE: ClassVar[str] = "document_verbs.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"lemma": text, "issues": flag, "writes_in": flag,
                                          "reads": flag}
    lemma: str
    issues: bool = False  # "a study released by X", "X released a report"
    writes_in: bool = False  # "X said in a 2016 report"
    reads: bool = False  # "the cabinet discussed a report": its subject issued nothing


@dataclass(frozen=True)
class FurnitureRule(Rule):
    """``rules/furniture.jsonl``: a whole line of page furniture, as a regular expression."""

    FILE: ClassVar[str] = "furniture.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"pattern": line_regex, "label": text,
                                          "scope": one_of("article", "header", "body")}
    pattern: str
    label: str = "furniture"
    scope: str = "article"  # "header": only before the first body paragraph; "body": only after


@dataclass(frozen=True)
class VerbClassRule(Rule):
    """``rules/verb_classes.jsonl``: a verb's part in attribution besides being a cue."""

    KINDS: ClassVar[tuple[str, ...]] = ("refusal", "addressee", "passive_speaker", "naming",
                                        "continuation", "hypothetical", "non_agentive", "credit",
                                        "claim_maker", "impersonal", "hearsay",
                                        "self_naming", "request", "relay", "reckoning", "denial",
                                        "confirmation", "resumption", "sending", "receiving",
                                        "stance", "acting_for", "interview", "name_giving",
                                        "knowing")
    FILE: ClassVar[str] = "verb_classes.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"word": text, "kind": one_of(*KINDS)}
    word: str  # a lemma; for "continuation" the -ing form as written
    kind: str


@dataclass(frozen=True)
class NameWordRule(Rule):
    """``rules/name_words.jsonl``: a word inside names that tells what kind of name it is."""

    FILE: ClassVar[str] = "name_words.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"word": text, "institution": flag,
                                          "organization": flag, "particle": flag,
                                          "place": flag, "agency": flag, "side": flag,
                                          "former": flag, "second": flag, "level": flag,
                                          "credit": flag}
    word: str
    institution: bool = False  # "Department of …": heads a body's name with "of"
    organization: bool = False  # "… International": marks a body's name
    particle: bool = False  # "Naeem ur Rehman": a lower-case particle in a person's name
    place: bool = False  # "City": a place itself, so "City Jakarta" names no body
    agency: bool = False  # "Reuters": a news agency, whose name after a dash is a credit
    side: bool = False  # "North": a side of a region in a seat's name ("North MSP"), no body
    former: bool = False  # "former", "ex": an office held before ("the former mayor")
    second: bool = False  # "deputy", "vice": an office second to the one it names
    level: bool = False  # "state", "federal": a level of government standing for its place
    credit: bool = False  # "Credit", "Photo": opens a picture's credit ("- Credit: X")


@dataclass(frozen=True)
class HeadNounRule(Rule):
    """``rules/head_nouns.jsonl``: what a description's head noun (or ending) names."""

    FILE: ClassVar[str] = "head_nouns.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {
        "word": text, "suffix": text,
        "kind": one_of("person", "organization", "none", "public", "way"),
        "gender": one_of(*GENDERS), "families": some_of(*BODY_FAMILIES), "parent": flag,
        "traded": flag, "standing": flag, "area": flag, "participant": flag, "counting": flag,
    }
    word: str = ""
    suffix: str = ""  # an ending that decides for nouns nobody listed ("-keeper", "-ity")
    kind: str | None = None  # "none": a person's ending on a noun that names no one ("paper");
    # "public": a population, never the speaker "they" stands for ("voters", "Canadians");
    # "way": a road or street, whose name is a place's however it is titled ("Sheikh Zayed Road")
    gender: str | None = None  # "spokeswoman": f
    families: tuple[str, ...] = ()  # the kinds of body a body noun or name word points to
    parent: bool = False  # "the father of three": a parent noun describes, it names no role
    traded: bool = False  # "Boeing shares", "shares of Boeing": the name is a company's
    standing: bool = False  # "boss", "expert": a rank any office fits, no office of its own
    area: bool = False  # "the area's mayor": a word for the place an office is held in
    participant: bool = False  # "the victim", "the man": someone in the events, no official
    counting: bool = False  # "a group of doctors": a noun that counts the people after "of"

    @classmethod
    def from_dict(cls, entry: dict[str, Any], where: str = "") -> Rule:
        rule = super().from_dict(entry, where)
        if bool(rule.word) == bool(rule.suffix):
            prefix = f"{where}: " if where else ""
            raise RuleError(f"{prefix}give exactly one of 'word' and 'suffix'")
        return rule


@dataclass(frozen=True)
class TopicNounRule(Rule):
    """``rules/topic_nouns.jsonl``: a noun that names an attitude or a topic, not a statement
    (``expressed concern over the drought``, ``stressed the need for reform``)."""

    FILE: ClassVar[str] = "topic_nouns.jsonl"
    CHECKS: ClassVar[dict[str, Check]] = {"word": text}
    word: str  # a noun's lemma


RULE_CLASSES: tuple[type[Rule], ...] = (
    CueVerbRule, CuePhraseRule, VagueSourcingRule, SpeakerNounRule, TitleRule, FirstNameRule,
    DocumentVerbRule, FurnitureRule, VerbClassRule, NameWordRule, HeadNounRule, TopicNounRule,
)


# ------------------------------------------------------------------------------------ reading


def builtin_rules_dir() -> Path:
    """The packaged rules folder, or the repository's ``rules/`` in a source checkout."""
    packaged = resources.files("quotes").joinpath("rules")
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parent.parent / "rules"
    if source_tree.is_dir():
        return source_tree
    raise RuleError("the rules folder is missing: reinstall the quotes package")


def rule_dirs(extra: str | os.PathLike[str] | None = None) -> list[Path]:
    """Built-in rules first, then the user's folder(s), if any."""
    dirs = [builtin_rules_dir()]
    for candidate in (os.environ.get(ENV_VAR), extra):
        if candidate:
            path = Path(candidate)
            if not path.is_dir():
                raise RuleError(f"rules folder not found: {path}")
            dirs.append(path)
    return dirs


def _iter_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//") or line.startswith("#"):
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise RuleError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def read_rules(cls: type[Rule], dirs: list[Path]) -> tuple[Rule, ...]:
    """Every entry of ``cls.FILE`` in ``dirs`` (in order), checked line by line."""
    entries: list[Rule] = []
    found = False
    for folder in dirs:
        path = folder / cls.FILE
        if path.is_file():
            found = True
            entries.extend(cls.from_dict(entry, f"{path}:{number}")
                           for number, entry in _iter_jsonl(path))
    if not found:
        raise RuleError(f"rules file {cls.FILE!r} not found in {', '.join(map(str, dirs))}")
    return tuple(entries)


@dataclass(frozen=True)
class RuleSet:
    """Every rules file a pipeline reads, checked; built once and passed to every stage."""

    cue_verbs: tuple[CueVerbRule, ...]
    cue_phrases: tuple[CuePhraseRule, ...]
    vague_sourcing: tuple[VagueSourcingRule, ...]
    speaker_nouns: tuple[SpeakerNounRule, ...]
    titles: tuple[TitleRule, ...]
    first_names: tuple[FirstNameRule, ...]
    document_verbs: tuple[DocumentVerbRule, ...]
    furniture: tuple[FurnitureRule, ...]
    verb_classes: tuple[VerbClassRule, ...]
    name_words: tuple[NameWordRule, ...]
    head_nouns: tuple[HeadNounRule, ...]
    topic_nouns: tuple[TopicNounRule, ...]
    source: tuple[str, ...] = ()  # the folders it was read from, in order

    def phrase_lemmas(self, label: str) -> frozenset[str]:
        """The lemmas the first word of a cue phrase of one label may take (``DENIED_CLAIM``:
        ``claim``, ``allegation``, ``report`` …), lower-cased."""
        found: set[str] = set()
        for rule in self.cue_phrases:
            if rule.label == label and rule.pattern:
                lemma = rule.pattern[0].get("LEMMA")
                found.update(w.lower() for w in (lemma.get("IN", ()) if isinstance(lemma, dict)
                                                 else [lemma] if lemma else ()))
        return frozenset(found)

    def verbs(self, kind: str) -> frozenset[str]:
        """The verbs of one class (``refusal``, ``addressee``…), lower-cased."""
        return frozenset(rule.word.lower() for rule in self.verb_classes if rule.kind == kind)

    def name_words_that(self, flag: str) -> frozenset[str]:
        """The name words with a flag set (``institution``, ``organization``, ``particle``,
        ``place``, ``side``, ``former``, ``second``, ``level``, ``credit``)."""
        return frozenset(rule.word.lower() for rule in self.name_words if getattr(rule, flag))

    @classmethod
    def load(cls, extra: str | os.PathLike[str] | None = None) -> RuleSet:
        """The built-in rules, extended by ``QUOTES_RULES`` and then by ``extra``."""
        return cls.from_dirs(rule_dirs(extra))

    @classmethod
    def from_dirs(cls, dirs: list[Path]) -> RuleSet:
        by_file = {rule_class.FILE: read_rules(rule_class, dirs) for rule_class in RULE_CLASSES}
        return cls(*(by_file[rule_class.FILE] for rule_class in RULE_CLASSES),
                   source=tuple(str(d) for d in dirs))

    @classmethod
    def from_disk(cls, path: str | os.PathLike[str]) -> RuleSet:
        """A rule set written by ``to_disk``: that folder alone, complete."""
        return cls.from_dirs([Path(path)])

    def to_disk(self, path: str | os.PathLike[str]) -> None:
        """Write every rule this set holds, one file per rules file, as loaded."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for rule_class, rules in zip(RULE_CLASSES, self._groups(), strict=True):
            lines = [json.dumps(rule.to_dict(), ensure_ascii=False) for rule in rules]
            (folder / rule_class.FILE).write_text("".join(f"{line}\n" for line in lines),
                                                  encoding="utf-8")

    def _groups(self) -> tuple[tuple[Rule, ...], ...]:
        return (self.cue_verbs, self.cue_phrases, self.vague_sourcing, self.speaker_nouns,
                self.titles, self.first_names, self.document_verbs, self.furniture,
                self.verb_classes, self.name_words, self.head_nouns, self.topic_nouns)


def pipeline_rules(nlp: Any, rules_dir: str | os.PathLike[str] | None = None) -> RuleSet:
    """The pipeline's one rule set: the one a component of ``nlp`` already loaded from the
    same ``rules_dir``, else a fresh ``RuleSet.load(rules_dir)`` (so each component of a
    pipeline, and the ingest stage, read the very same rules)."""
    wanted = str(rules_dir) if rules_dir else None
    for _, component in getattr(nlp, "components", []):
        rules = getattr(component, "rules", None)
        if isinstance(rules, RuleSet) and getattr(component, "rules_dir", None) == wanted:
            return rules
    return RuleSet.load(rules_dir)


def rules_of(nlp: Any) -> RuleSet:
    """The rule set the components of ``nlp`` run with, for the stages outside the pipeline
    (ingest's furniture): the same rules, not a second reading of them."""
    for _, component in getattr(nlp, "components", []):
        rules = getattr(component, "rules", None)
        if isinstance(rules, RuleSet):
            return rules
    return RuleSet.load()
