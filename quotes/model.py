"""Plain dataclasses that carry data one way through the stages.

ingest -> ``Article`` -> pipeline/attribute -> ``Attribution`` -> resolve -> ``QuoteRecord``
-> audit -> ``Finding`` -> register.

Every offset in a ``QuoteRecord`` or ``Finding`` is a character offset into the *source text*
of its article: the decoded file for plain-text formats, the extracted visible text for HTML,
and the record's text field for JSON/JSONL/CSV (see ``Article.source_text``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

QUOTE_TYPES = ("direct", "partial", "indirect")
SPEAKER_TYPES = ("person", "organization", "group", "unknown")


@dataclass(frozen=True)
class Article:
    """One news article, located inside the text it came from.

    ``body`` has exactly the length of ``source_text[start:end]``; page furniture, the
    headline and the date line are blanked with spaces (newlines kept), so an offset into
    ``body`` plus ``start`` is an offset into ``source_text``.
    """

    article_id: str
    source_file: str
    source_text: str = field(repr=False)
    start: int
    end: int
    body: str = field(repr=False)
    index: int = 1
    title: str | None = None
    date: str | None = None
    dateline: str | None = None
    url: str | None = None
    record: str | None = None


@dataclass(frozen=True)
class IngestError:
    """A file (or record) that could not be read (``READ_ERROR``) or processed
    (``PROCESS_ERROR``); reported, never fatal. ``message`` names the file."""

    source_file: str
    message: str
    code: str = "READ_ERROR"


@dataclass(frozen=True)
class Mention:
    """A stretch of text: character offsets plus the text, in whatever frame its owner uses."""

    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> Mention:
        return Mention(self.start + offset, self.end + offset, self.text)


@dataclass
class Speaker:
    """Who a speaker mention refers to, as far as the article (or corpus) tells."""

    name: str
    type: str = "unknown"
    role: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass
class Attribution:
    """One quote found in a document, in document character offsets.

    ``speaker`` is the mention as written (``he``, ``Rehman``); ``resolved`` is filled by
    the resolve stage with the entity it refers to, and ``resolution`` says how (``name``,
    ``pronoun``, ``description``, ``inherited``…). ``continues`` points (by index) at the quote
    whose speaker a cue-less quote inherits.
    """

    quote: Mention
    quote_type: str
    speaker: Mention | None = None
    cue: Mention | None = None
    flags: list[str] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""
    cue_strength: float = 1.0
    continues: int | None = None
    resolved: Speaker | None = None
    resolution: str = ""
    suggestion: str | None = None


@dataclass(frozen=True)
class VagueClaim:
    """A claim made with no checkable source (``reportedly``, ``widely believed``…)."""

    article_id: str
    source_file: str
    label: str
    phrase: Mention
    sentence: Mention


@dataclass
class QuoteRecord:
    """One row of the quote register: the JSONL contract plus a few helpful extras."""

    quote_id: str
    article_id: str
    source_file: str
    article_title: str | None
    article_date: str | None
    quote_text: str
    quote_start: int
    quote_end: int
    quote_type: str
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_name: str | None
    speaker_type: str | None
    speaker_role: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    flags: list[str]
    confidence: float
    dateline: str | None = None
    rule: str = ""
    context: str = ""
    suggested_speaker: str | None = None


@dataclass
class SpeakerSummary:
    """A row of the Speakers sheet: one person or body across the whole corpus."""

    name: str
    type: str
    role: str | None
    aliases: list[str]
    quote_count: int
    articles: list[str]


@dataclass
class Finding:
    """One audit finding (a row of the Audit sheet)."""

    code: str
    severity: str
    article_id: str
    source_file: str
    message: str
    quote_id: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""
    suggestion: str | None = None


@dataclass
class Register:
    """Everything the register writers need, produced by one run."""

    quotes: list[QuoteRecord]
    articles: list[Article]
    speakers: list[SpeakerSummary]
    findings: list[Finding]
    errors: list[IngestError] = field(default_factory=list)
    name_map: dict[str, str] = field(default_factory=dict)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quote marks and dashes: the form used to compare."""
    if text.isascii():
        return text.casefold()  # nothing to decompose, strip or translate
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_FOLD_TABLE)
    return text.casefold()


_FOLD_TABLE = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def name_key(name: str) -> str:
    """A comparison key for names: folded, punctuation collapsed to single spaces."""
    return " ".join(re.findall(r"[\w]+", fold(name)))


def text_digest(text: str) -> str:
    """SHA-1 of a text's bytes; lone surrogates (odd file names, JSON escapes) never raise."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_key(article: Article) -> str:
    """What an article *is*, independent of where its file lives: a hash of its own text.

    The same article read as ``seeds/a.txt``, ``./seeds/a.txt``, ``/abs/seeds/a.txt`` or after
    the folder was moved has the same key, so ids built on it do not depend on the path.
    """
    return "A" + text_digest(article.source_text[article.start : article.end])[:12]


def make_quote_id(article: str, article_index: int, quote_text: str, occurrence: int) -> str:
    """A stable id: the same words in the same article get the same id, wherever it is read.

    ``article`` is the article's identity (:func:`article_key`), not its path. Offsets are
    deliberately left out, so a better span boundary from a newer rule set that keeps the
    words does not orphan a reviewer's notes. Everything is hashed as bytes, so no file name
    or text can make this fail.
    """
    words = " ".join(re.findall(r"\w+", fold(quote_text)))
    return "Q" + text_digest(f"{article}\x1f{article_index}\x1f{words}\x1f{occurrence}")[:12]


def unique_quote_ids(records: list[QuoteRecord]) -> None:
    """Give the second, third... copy of an identical article ``-2``, ``-3`` id suffixes.

    Content ids collide when one article sits in two files (a syndicated story saved twice);
    the register needs one id per row, and discovery order is stable, so suffixes are too.
    """
    seen: Counter[str] = Counter()
    for record in records:
        seen[record.quote_id] += 1
        if seen[record.quote_id] > 1:
            record.quote_id = f"{record.quote_id}-{seen[record.quote_id]}"
