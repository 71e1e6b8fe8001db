"""Check quotes a fact-checker was handed against a corpus: who said these words, and exactly so?

``quotes verify CLAIMS.csv --corpus PATH…`` reads claims (``speaker``, ``quote``, optional
``source``) and gives each exactly one verdict, in input order:

* ``verified``: the words are in a quote attributed to that speaker (or an alias of theirs);
* ``misquoted``: the speaker has a similar quote with different words, or with the claim's
  ellipsis parts in another order (similarity and diff);
* ``misattributed``: the words are there, but someone else said them (``found_speaker``);
* ``unattributed``: the words are there, but the source names no speaker, or they are only
  in an article's text and not in an extracted quote (``note`` says which);
* ``not_found``;
* ``unreadable``: the claims file holds no value for the claim (a formula Excel never
  calculated), so it could not be checked; ``note`` says which cell.

Words are compared after folding case, accents, quote marks, whitespace and punctuation. An
ellipsis in a claim splits it into parts that must appear in order within one quote (or in
nearby text of one article); a claim that is part of a longer quote still verifies. Exact
evidence beats approximate evidence: words found verbatim are never reported as a misquote.
:func:`verify_claims` is pure, so it can be tested without the spaCy model.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from rapidfuzz.distance import Indel

from .audit import quote_words, word_diff
from .ingest import decode_bytes, raise_csv_field_limit
from .model import Article, QuoteRecord, SpeakerSummary
from .names import name_tokens
from .register import PathLike, atomic_write, set_cell
from .speakers import matches

VERDICTS = ("verified", "misquoted", "misattributed", "unattributed", "not_found", "unreadable")
REQUIRED_COLUMNS = ("speaker", "quote")
SIMILAR = 0.6  # below this a "similar" quote is a different quote
MIN_FUZZY_WORDS = 4  # shorter claims match only exactly: three words are similar to too much
FUZZY_CANDIDATES = 40  # quotes compared word by word, chosen by shared word pairs
COMMON_PAIR = 5000  # a word pair in more quotes than this ("of the") is no evidence
MAX_GAP_WORDS = 60  # how far apart the parts of an ellipsis claim may be in an article's text
TYPE_RANK = {"direct": 0, "partial": 1, "indirect": 2}
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})
SIMILAR_NOTE = "The speaker said something similar; the diff shows claimed → found words."
REORDERED_NOTE = ("Every part of the claim is in this quote, but not in the order the ellipsis "
                  "gives: the claim stitches the quote together differently.")
log = logging.getLogger(__name__)
ELLIPSIS = re.compile(r"…|\.(?:\s*\.){2,}")

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class Claim:
    """One row of the claims file: who is said to have said what (and where it was seen)."""

    speaker: str
    quote: str
    source: str | None = None
    problem: str | None = None  # why the row could not be read; the claim is not checked


@dataclass
class Verdict:
    """The answer for one claim; field order is the JSONL and Excel column order."""

    claim_speaker: str
    claim_quote: str
    verdict: str
    found_text: str | None = None
    found_speaker: str | None = None
    source_file: str | None = None
    article_title: str | None = None
    quote_id: str | None = None
    similarity: float | None = None
    diff: str | None = None
    note: str | None = None
    claim_source: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A plain dict in field order, for JSONL."""
        return asdict(self)


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Verdict))
HEADERS: dict[str, str] = {
    "claim_speaker": "Claimed speaker",
    "claim_quote": "Claimed quote",
    "verdict": "Verdict",
    "found_text": "Found text",
    "found_speaker": "Found speaker",
    "source_file": "File",
    "article_title": "Article title",
    "quote_id": "Quote ID",
    "similarity": "Similarity",
    "diff": "Differences (claimed → found)",
    "note": "Note",
    "claim_source": "Claimed source",
}


# ------------------------------------------------------------------------------ words


@dataclass
class _Tokens:
    """Comparison words of a text plus, per word, the character span of the chunk it came from.

    Words are taken per whitespace chunk (as :func:`audit.word_diff` does) so a match can be
    mapped back to the original text for ``found_text`` and the diff.
    """

    words: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def text(self, source: str, start: int, end: int) -> str:
        """The original text of words ``start:end``, on one line."""
        if end <= start:
            return ""
        return " ".join(source[self.starts[start] : self.ends[end - 1]].split())


def _tokenize(text: str) -> _Tokens:
    """Fold and split a text the way quotes are compared, keeping where each word was."""
    tokens = _Tokens()
    for chunk in re.finditer(r"\S+", text):
        for word in _chunk_words(chunk.group()):
            tokens.words.append(word)
            tokens.starts.append(chunk.start())
            tokens.ends.append(chunk.end())
    return tokens


@lru_cache(maxsize=200_000)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    """Words of one whitespace chunk; cached because a corpus repeats the same words a lot."""
    return tuple(quote_words(chunk))


def claim_parts(quote: str) -> list[list[str]]:
    """The word lists an ellipsis separates (``…`` or ``...``); empty parts are dropped."""
    return [words for piece in ELLIPSIS.split(quote) if (words := quote_words(piece))]


def _find(words: Sequence[str], part: Sequence[str], start: int) -> int:
    """Index of the first occurrence of ``part`` in ``words`` at or after ``start``, or -1."""
    size = len(part)
    first = part[0]
    for index in range(start, len(words) - size + 1):
        if words[index] == first and list(words[index : index + size]) == list(part):
            return index
    return -1


def find_in_order(
    words: Sequence[str], parts: Sequence[Sequence[str]], max_gap: int | None = None
) -> Spans | None:
    """Word spans of every part, in order and not overlapping; None if they are not all there.

    Each part is taken at its earliest place after the previous one, which leaves the most
    room (and the smallest gap) for the rest; with a gap limit every start is tried.
    """
    start = _find(words, parts[0], 0)
    while start >= 0:
        spans = _follow(words, parts, start, max_gap)
        if spans is not None or max_gap is None:
            return spans
        start = _find(words, parts[0], start + 1)
    return None


def _follow(
    words: Sequence[str], parts: Sequence[Sequence[str]], start: int, max_gap: int | None
) -> Spans | None:
    """Place the remaining parts after a first part placed at ``start``."""
    spans = [(start, start + len(parts[0]))]
    for part in parts[1:]:
        end = spans[-1][1]
        found = _find(words, part, end)
        if found < 0 or (max_gap is not None and found - end > max_gap):
            return None
        spans.append((found, found + len(part)))
    return spans


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two word lists are: 2 × longest common subsequence / total words, 0 to 1.

    The measure :func:`difflib.SequenceMatcher.ratio` approximates (its greedy matching can
    miss common words when words are shuffled), computed exactly by rapidfuzz's Indel distance
    in compiled code, about a hundred times faster.
    """
    return Indel.normalized_similarity(a, b)


def aligned_window(claim: Sequence[str], words: Sequence[str]) -> tuple[int, int]:
    """The stretch of a (longer) quote that lines up with the claim, as word indices.

    Comparing a ten-word claim with a sixty-word quote would score low however faithful it is,
    so the claim is compared with the part of the quote around their longest shared run.
    difflib anchors its matching on that run, which keeps a stray ``the`` far from it out of
    the window (an optimal alignment is free to pick the stray one instead).
    """
    anchor = difflib.SequenceMatcher(None, claim, words, autojunk=False).find_longest_match(
        0, len(claim), 0, len(words)
    )
    if not anchor.size:
        return 0, 0
    slack = max(3, len(claim) // 4)
    low = max(0, anchor.b - anchor.a - slack)
    high = min(len(words), anchor.b - anchor.a + len(claim) + slack)
    matcher = difflib.SequenceMatcher(None, claim, words[low:high], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)
    end = min(high - low, last.b + len(claim) - last.a)
    return low + start, low + end


# ------------------------------------------------------------------------------ the corpus


@dataclass
class _Similar:
    """A quote like the claim but not the same: which, how similar and where it lines up."""

    index: int
    score: float
    start: int
    end: int


class _Corpus:
    """Quote records and article texts with the indexes that keep look-ups fast.

    Exact search intersects per-word postings before scanning; similar-quote search counts
    shared word pairs to pick a few candidates before comparing them word by word.
    """

    def __init__(
        self,
        records: Sequence[QuoteRecord],
        articles: Sequence[Article],
        speakers: Iterable[SpeakerSummary],
    ) -> None:
        self.records = list(records)
        self.tokens = [_tokenize(r.quote_text) for r in self.records]
        self.word_index = _postings(set(t.words) for t in self.tokens)
        self.pair_index = _postings(_pairs(t.words) for t in self.tokens)
        self.articles = list(articles)
        self.article_tokens = [_tokenize(a.body) for a in self.articles]
        self.article_index = _postings(set(t.words) for t in self.article_tokens)
        self.by_article: dict[str, list[QuoteRecord]] = defaultdict(list)
        for record in self.records:
            self.by_article[record.article_id].append(record)
        self.aliases = _alias_map(speakers)
        self._matched: dict[tuple[str, str], bool] = {}

    def speaker_matches(self, claimed: str, name: str | None) -> bool:
        """Whether the claimed speaker is this record's speaker, by name or alias, either way.

        ``Dr Siddiqui`` denotes ``Khalid Maqbool Siddiqui`` and an unmerged record name
        ``Siddiqui`` fits the claimed ``Khalid Maqbool Siddiqui``.
        """
        if not claimed.strip() or not name:
            return False
        key = (claimed, name)
        if key not in self._matched:  # thousands of quotes share a few hundred names
            self._matched[key] = matches(claimed, name, self.aliases.get(name, ())) or matches(
                name, claimed)
        return self._matched[key]

    def said_by(self, claimed: str) -> Callable[[int], bool]:
        """A test on record indices: is this record attributed to the claimed speaker?"""
        return lambda index: self.speaker_matches(claimed, self.records[index].speaker_name)

    def exact_records(self, parts: list[list[str]]) -> list[int]:
        """Records (corpus order) containing every part in order."""
        candidates = _candidates(self.word_index, parts)
        return [i for i in candidates if find_in_order(self.tokens[i].words, parts) is not None]

    def exact_articles(self, parts: list[list[str]]) -> list[tuple[int, Spans]]:
        """Articles whose text has every part in order, close together, with the word spans."""
        found = []
        for index in _candidates(self.article_index, parts):
            spans = find_in_order(self.article_tokens[index].words, parts, MAX_GAP_WORDS)
            if spans is not None:
                found.append((index, spans))
        return found

    def reordered(
        self, claim: list[str], parts: list[list[str]], keep: Callable[[int], bool]
    ) -> _Similar | None:
        """A quote holding every part of an ellipsis claim, but in another order.

        Reordering a quote changes what it says, so this is a misquote however similar the
        words are; the score compares the claim with the stretch the parts span.
        """
        if len(parts) < 2:
            return None
        best: _Similar | None = None
        for index in _candidates(self.word_index, parts):
            words = self.tokens[index].words
            starts = [_find(words, part, 0) for part in parts]
            if min(starts) < 0 or not keep(index):
                continue
            start = min(starts)
            end = max(s + len(p) for s, p in zip(starts, parts, strict=True))
            score = similarity(claim, words[start:end])
            if best is None or score > best.score:
                best = _Similar(index, score, start, end)
        return best

    def most_similar(
        self, claim: list[str], parts: list[list[str]], keep: Callable[[int], bool]
    ) -> _Similar | None:
        """The quote most like the claim (among those ``keep`` accepts), if similar enough."""
        if len(claim) < MIN_FUZZY_WORDS:
            return None
        shared: Counter[int] = Counter()
        for part in parts:
            for pair in _pairs(part):
                posting = self.pair_index.get(pair, set())
                if len(posting) <= COMMON_PAIR:
                    shared.update(posting)
        best: _Similar | None = None
        kept = (i for i, _ in shared.most_common() if keep(i))
        for index in _take(kept, FUZZY_CANDIDATES):
            words = self.tokens[index].words
            start, end = aligned_window(claim, words)
            score = similarity(claim, words[start:end])
            if score >= SIMILAR and (best is None or score > best.score):
                best = _Similar(index, score, start, end)
        return best


def _postings(keys_per_item: Iterable[set[Any]]) -> dict[Any, set[int]]:
    """Inverted index: key -> the items (by position) that contain it."""
    index: dict[Any, set[int]] = defaultdict(set)
    for position, keys in enumerate(keys_per_item):
        for key in keys:
            index[key].add(position)
    return index


def _pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    """Adjacent word pairs: one changed word still leaves most pairs of a claim intact."""
    return {(words[i], words[i + 1]) for i in range(len(words) - 1)}


def _candidates(index: dict[str, set[int]], parts: list[list[str]]) -> list[int]:
    """Items holding every claim word: rarest posting first, so intersections stay small."""
    postings = sorted((index.get(w, set()) for p in parts for w in set(p)), key=len)
    if not postings:
        return []
    found = set(postings[0])
    for posting in postings[1:]:
        found &= posting
        if not found:
            break
    return sorted(found)


def _take(items: Iterable[int], limit: int) -> list[int]:
    """The first ``limit`` items of an iterator, without consuming the rest."""
    taken = []
    for item in items:
        if len(taken) >= limit:
            break
        taken.append(item)
    return taken


def _alias_map(speakers: Iterable[SpeakerSummary]) -> dict[str, set[str]]:
    """Every name or alias -> all the names its speaker goes by, pronouns left out.

    Pronouns are aliases in the register (``He``), but a claim by "he" verifies nothing.
    """
    aliases: dict[str, set[str]] = defaultdict(set)
    for speaker in speakers:
        names = {speaker.name, *speaker.aliases}
        names = {n for n in names if n and " ".join(name_tokens(n)) not in PRONOUNS}
        for name in names:
            aliases[name] |= names
    return aliases


# ------------------------------------------------------------------------------ verdicts


def verify_claims(
    claims: Sequence[Claim],
    records: Sequence[QuoteRecord],
    articles: Sequence[Article] = (),
    speakers: Iterable[SpeakerSummary] = (),
) -> list[Verdict]:
    """One verdict per claim, in input order. Pure: no model, no files.

    ``speakers`` (the register's Speakers rows) supply aliases, so a claim by ``Dr Siddiqui``
    or ``ISPR`` verifies against the merged name.
    """
    corpus = _Corpus(records, articles, speakers)
    return [verify_claim(claim, corpus) for claim in claims]


def verify_claim(claim: Claim, corpus: _Corpus) -> Verdict:
    """Exact quote, then exact article text, then the speaker's quote reordered or similar.

    Exact evidence comes first: words found verbatim are never called a misquote.
    """
    if claim.problem:
        return _verdict(claim, "unreadable", note=claim.problem)
    parts = claim_parts(claim.quote)
    if not parts:
        return _verdict(claim, "not_found", note="The claim has no words to look for.")
    words = [w for part in parts for w in part]
    hits = corpus.exact_records(parts)
    if hits:
        return _record_verdict(claim, corpus, hits, words, parts)
    found = corpus.exact_articles(parts)
    if found:
        return _article_verdict(claim, corpus, found)
    shuffled = corpus.reordered(words, parts, corpus.said_by(claim.speaker))
    if shuffled is not None:
        return _misquoted(claim, corpus, shuffled, REORDERED_NOTE)
    close = corpus.most_similar(words, parts, corpus.said_by(claim.speaker))
    if close is not None:
        return _misquoted(claim, corpus, close, SIMILAR_NOTE)
    return _verdict(claim, "not_found", note=_nearest_note(claim, corpus, words, parts))


def _verdict(claim: Claim, verdict: str, **found: Any) -> Verdict:
    """A Verdict carrying the claim's own fields."""
    return Verdict(claim.speaker, claim.quote, verdict, claim_source=claim.source, **found)


def _from_record(claim: Claim, verdict: str, record: QuoteRecord, note: str | None) -> Verdict:
    """A verdict pointing at the quote record where the words were found."""
    return _verdict(
        claim,
        verdict,
        found_text=record.quote_text,
        found_speaker=record.speaker_name,
        source_file=record.source_file,
        article_title=record.article_title,
        quote_id=record.quote_id,
        similarity=1.0,
        note=note,
    )


def _best(corpus: _Corpus, indices: list[int]) -> QuoteRecord:
    """Of several records with the words: a direct quote before reported speech, then the
    tightest fit (shortest quote), then the first in the corpus."""
    index = min(
        indices,
        key=lambda i: (TYPE_RANK.get(corpus.records[i].quote_type, 3), len(corpus.tokens[i].words),
                       i),
    )
    return corpus.records[index]


def _record_verdict(
    claim: Claim, corpus: _Corpus, hits: list[int], words: list[str], parts: list[list[str]]
) -> Verdict:
    """Found verbatim in quotes: the claimed speaker's, else someone named, else no one."""
    records = corpus.records
    own = [i for i in hits if corpus.speaker_matches(claim.speaker, records[i].speaker_name)]
    if own:
        record = _best(corpus, own)
        note = ("Found as reported (indirect) speech, not as a direct quote."
                if record.quote_type == "indirect" else None)
        return _from_record(claim, "verified", record, note)
    named = [i for i in hits if records[i].speaker_name]
    if named:
        record = _best(corpus, named)
        others = sorted({records[i].speaker_name or "" for i in named} - {record.speaker_name})
        notes = [_no_speaker_note(claim)]
        notes.append(f"Also attributed to: {', '.join(others)}." if others else None)
        notes.append(_similar_own_note(claim, corpus, words, parts))
        return _from_record(claim, "misattributed", record, _join(notes))
    record = _best(corpus, hits)
    notes = ["The source gives these words but names no speaker.",
             _similar_own_note(claim, corpus, words, parts)]
    return _from_record(claim, "unattributed", record, _join(notes))


def _article_verdict(claim: Claim, corpus: _Corpus, found: list[tuple[int, Spans]]) -> Verdict:
    """Found only in article text: attributed if the parts lie in quotes of one speaker."""
    verdicts = [_article_match(claim, corpus, index, spans) for index, spans in found]
    rank = {name: n for n, name in enumerate(VERDICTS)}
    return min(verdicts, key=lambda v: rank[v.verdict])


def _article_match(claim: Claim, corpus: _Corpus, index: int, spans: Spans) -> Verdict:
    """One article's match: verified/misattributed across quotes, else unattributed."""
    article = corpus.articles[index]
    tokens = corpus.article_tokens[index]
    found_text = tokens.text(article.body, spans[0][0], spans[-1][1])
    covering = _covering_records(corpus, article, tokens, spans)
    speakers = {r.speaker_name for r in covering}
    common = dict(
        found_text=found_text, source_file=article.source_file,
        article_title=article.title, similarity=1.0,
    )
    if covering and len(speakers) == 1 and None not in speakers:
        name = covering[0].speaker_name
        verdict = "verified" if corpus.speaker_matches(claim.speaker, name) else "misattributed"
        ids = list(dict.fromkeys(r.quote_id for r in covering))
        note = f"Found across {len(ids)} quotes of one article, all by {name}."
        return _verdict(claim, verdict, found_speaker=name, quote_id="; ".join(ids), note=note,
                        **common)
    note = ("Found in the article text, not in an extracted quote: the tool cannot tell who "
            "said it. Read the article.")
    return _verdict(claim, "unattributed", note=note, **common)


def _covering_records(
    corpus: _Corpus, article: Article, tokens: _Tokens, spans: Spans
) -> list[QuoteRecord]:
    """For each matched part, the quote of this article that contains it; [] if one has none."""
    covering = []
    for start, end in spans:
        low = article.start + tokens.starts[start]
        high = article.start + tokens.ends[end - 1]
        record = next((r for r in corpus.by_article.get(article.article_id, [])
                       if r.quote_start <= low and high <= r.quote_end), None)
        if record is None:
            return []
        covering.append(record)
    return covering


def _misquoted(claim: Claim, corpus: _Corpus, close: _Similar, note: str) -> Verdict:
    """The speaker's most similar quote, with the diff against the stretch that lines up."""
    record = corpus.records[close.index]
    found = corpus.tokens[close.index].text(record.quote_text, close.start, close.end)
    return _verdict(
        claim,
        "misquoted",
        found_text=record.quote_text,
        found_speaker=record.speaker_name,
        source_file=record.source_file,
        article_title=record.article_title,
        quote_id=record.quote_id,
        similarity=round(close.score, 3),
        diff=word_diff(ELLIPSIS.sub(" … ", claim.quote), found),
        note=note,
    )


def _no_speaker_note(claim: Claim) -> str | None:
    """Say so when the claim names nobody, since then no attribution can match it."""
    return "The claim names no speaker." if not claim.speaker.strip() else None


def _similar_own_note(
    claim: Claim, corpus: _Corpus, words: list[str], parts: list[list[str]]
) -> str | None:
    """When exact words belong to someone else, point out a similar quote by the claimed
    speaker too: the claim may conflate two statements."""
    close = corpus.most_similar(words, parts, corpus.said_by(claim.speaker))
    if close is None:
        return None
    record = corpus.records[close.index]
    return (f"{record.speaker_name} has a similar quote ({close.score:.3f}) in "
            f"{record.source_file} (quote {record.quote_id}).")


def _nearest_note(
    claim: Claim, corpus: _Corpus, words: list[str], parts: list[list[str]]
) -> str | None:
    """For a claim not found: a similar quote by anyone else, which may be the real source."""
    close = corpus.most_similar(words, parts, lambda i: True)
    if close is None:
        return _no_speaker_note(claim)
    record = corpus.records[close.index]
    who = record.speaker_name or "no named speaker"
    return (f"Similar words ({close.score:.3f}) are attributed to {who} in "
            f"{record.source_file} (quote {record.quote_id}).")


def _join(notes: Iterable[str | None]) -> str | None:
    """Notes in one cell, or None when there is nothing to say."""
    text = " ".join(n for n in notes if n)
    return text or None


# ------------------------------------------------------------------------------ reading claims


def read_claims(path: PathLike) -> list[Claim]:
    """Claims from a CSV (any encoding ``extract`` reads) or the first sheet of an XLSX file.

    Headers are matched case-insensitively; ``speaker`` and ``quote`` are required and
    ``source`` is optional. Blank rows are skipped; a row whose speaker or quote is a formula
    with no saved value becomes a claim with a ``problem`` (verdict ``unreadable``), never
    dropped. Problems with the whole file raise ValueError with a plain message, which the CLI
    prints as ``error: …``.
    """
    file = Path(path)
    if not file.exists():
        raise ValueError(f"claims file not found: {path}")
    if not file.is_file():
        raise ValueError(f"{path}: the claims file is not a regular file")
    suffix = file.suffix.lower()
    if suffix == ".csv":
        rows = [[_Value(value) for value in row] for row in _csv_rows(file)]
    elif suffix in {".xlsx", ".xlsm"}:
        rows = _xlsx_rows(file)
    else:
        raise ValueError(f"{path}: the claims file must be .csv or .xlsx")
    return _claims_from_rows(rows, str(path))


@dataclass(frozen=True)
class _Value:
    """A cell as read: its value, and its formula when the file holds no value for it."""

    value: Any
    formula: str | None = None

    @property
    def text(self) -> str:
        return _cell(self.value)


def _csv_rows(file: Path) -> list[list[Any]]:
    """Rows of a CSV; a header line with semicolons or tabs but no commas sets the delimiter
    (Excel writes semicolon CSV in many locales). Decoded as ``extract`` decodes articles
    (UTF-8 with or without BOM, cp1252, Latin-1, UTF-16), with no limit on a field's size."""
    try:
        text, _encoding = decode_bytes(file.read_bytes())
    except ValueError:
        raise ValueError(f"{file}: not a text file; save the claims as CSV or XLSX") from None
    text = text.replace("\x00", "\ufffd")
    raise_csv_field_limit()
    first = text.split("\n", 1)[0]
    delimiter = next((d for d in (",", ";", "\t") if d in first), ",")
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                delimiter=delimiter)]
    except csv.Error as exc:
        raise ValueError(f"{file}: not a readable CSV file ({exc})") from None


def _xlsx_rows(file: Path) -> list[list[_Value]]:
    """Rows of the workbook's first sheet: saved values, with the formula of any cell whose
    value Excel never saved (a workbook written by a script and never opened in Excel)."""
    values = _sheet_rows(file, data_only=True)
    formulas = _sheet_rows(file, data_only=False)
    return [
        [_Value(value, _unsaved_formula(value, formula))
         for value, formula in zip(row, formula_row + [None] * len(row), strict=False)]
        for row, formula_row in zip(values, formulas + [[]] * len(values), strict=False)
    ]


def _sheet_rows(file: Path, data_only: bool) -> list[list[Any]]:
    try:
        workbook = load_workbook(file, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises many types for a file that is not xlsx
        raise ValueError(f"{file}: not a readable Excel file ({exc})") from exc
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _unsaved_formula(value: Any, formula: Any) -> str | None:
    """The formula of a cell that has one but no saved value."""
    if value is None and isinstance(formula, str) and formula.startswith("="):
        return formula
    return None


def _claims_from_rows(rows: list[list[_Value]], source: str) -> list[Claim]:
    """Find the columns by header, then turn each non-blank row into a Claim."""
    numbered = [(n, row) for n, row in enumerate(rows, 1)
                if any(v.text or v.formula for v in row)]
    if not numbered:
        raise ValueError(f"{source}: the claims file is empty; it needs 'speaker' and 'quote' "
                         "columns")
    header = [v.text.casefold() for v in numbered[0][1]]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        seen = ", ".join(h for h in header if h) or "none"
        raise ValueError(f"{source}: missing column {', '.join(repr(m) for m in missing)}; "
                         f"the claims file needs 'speaker' and 'quote' columns (found: {seen})")
    column = {name: header.index(name) for name in (*REQUIRED_COLUMNS, "source") if name in header}
    claims = []
    for number, row in numbered[1:]:
        cells = {name: row[i] if i < len(row) else _Value(None) for name, i in column.items()}
        value = {name: cell.text for name, cell in cells.items()}
        claims.append(Claim(value["speaker"], value["quote"], value.get("source") or None,
                            _row_problem(number, cells, column)))
    return claims


def _row_problem(number: int, cells: dict[str, _Value], column: dict[str, int]) -> str | None:
    """Why a row cannot be checked: a required cell whose formula has no saved value."""
    for name in REQUIRED_COLUMNS:
        formula = cells[name].formula
        if formula:
            where = f"{get_column_letter(column[name] + 1)}{number}"
            return (f"row {number}: the {name} cell ({where}) holds the formula {formula} with "
                    "no saved value; open and save the file in Excel, or type the value")
    return None


def _cell(value: Any) -> str:
    """A cell as trimmed text (None -> empty)."""
    return "" if value is None else str(value).strip()


# ------------------------------------------------------------------------------ writing


def write_verdicts_jsonl(verdicts: Iterable[Verdict], path: PathLike) -> None:
    """One JSON object per claim (UTF-8, readable non-ASCII), written atomically."""

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8", newline="\n") as handle:
            for verdict in verdicts:
                handle.write(json.dumps(verdict.to_json(), ensure_ascii=False) + "\n")

    atomic_write(path, write)


_FILLS = {
    "verified": "E2EFDA",
    "misquoted": "FCE4D6",
    "misattributed": "F8CBAD",
    "unattributed": "FFF2CC",
    "not_found": "EDEDED",
    "unreadable": "D9D9D9",
}
_WIDTHS = {"claim_quote": 60, "found_text": 60, "diff": 60, "note": 50, "claim_speaker": 24,
           "found_speaker": 24, "article_title": 36, "source_file": 30}
VERDICTS_SHEET = "Verdicts"


def write_verdicts_xlsx(verdicts: Sequence[Verdict], path: PathLike) -> None:
    """A ``Verdicts`` sheet (frozen header, autofilter, wrapped text), written atomically.

    Every cell goes through :func:`register.set_cell`, so a quote starting with ``=`` stays text.
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = VERDICTS_SHEET
    for column, name in enumerate(FIELDS, 1):
        cell = sheet.cell(row=1, column=column)
        set_cell(cell, HEADERS[name])
        cell.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(name, 16)
    wrap = Alignment(vertical="top", wrap_text=True)
    for row, verdict in enumerate(verdicts, 2):
        values = verdict.to_json()
        for column, name in enumerate(FIELDS, 1):
            cell = sheet.cell(row=row, column=column)
            set_cell(cell, values[name])
            cell.alignment = wrap
            if name == "similarity":
                cell.number_format = "0.000"
        fill = _FILLS[verdict.verdict]
        sheet.cell(row=row, column=FIELDS.index("verdict") + 1).fill = PatternFill(
            start_color=fill, end_color=fill, fill_type="solid")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(FIELDS))}{len(verdicts) + 1}"
    atomic_write(path, lambda temp: workbook.save(temp))


def summary_table(verdicts: Sequence[Verdict]) -> str:
    """Claim number, verdict, speakers and similarity per claim, then the totals."""
    rows = [("#", "verdict", "claimed speaker", "found speaker", "similarity")]
    for number, v in enumerate(verdicts, 1):
        score = "" if v.similarity is None else f"{v.similarity:.3f}"
        rows.append((str(number), v.verdict, _short(v.claim_speaker), _short(v.found_speaker),
                     score))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    counts = Counter(v.verdict for v in verdicts)
    totals = ", ".join(f"{counts[name]} {name}" for name in VERDICTS if counts[name])
    return "\n".join([*lines, f"{len(verdicts)} claims: {totals or 'none'}"])


def _short(text: str | None, width: int = 32) -> str:
    """Keep the table on one line per claim."""
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------------------ the command


def run_verify(claims_path: str, corpus: Sequence[str], nlp: Any, *,
               output: str | None = None, jsonl: str | None = None,
               claimreview: str | None = None, publisher: str | None = None,
               batch_size: int = 16, progress: Any = None) -> int:
    """``quotes verify``: read claims, extract the corpus, merge names, verify, write.

    Claims are read first so a bad claims file fails before the slow extraction. Returns 0
    when every claim is verified and 1 when any is not (so a script can gate on it).
    """
    from .audit import build_register
    from .extraction import error_message, extract

    claims = read_claims(claims_path)
    for claim in claims:
        if claim.problem:
            log.warning("%s: %s; not checked", claims_path, claim.problem)
    result = extract(list(corpus), nlp, batch_size=batch_size, progress=progress)
    if progress is not None:
        progress.done(len(result.articles))
    for error in result.errors:
        log.warning("%s", error_message(error))
    if not result.articles:
        log.warning("no articles were read from the corpus")
    register = build_register(result)
    verdicts = verify_claims(claims, register.quotes, register.articles, register.speakers)
    print(summary_table(verdicts))
    if jsonl:
        write_verdicts_jsonl(verdicts, jsonl)
    if output:
        write_verdicts_xlsx(verdicts, output)
    if claimreview:
        from .claimreview import claim_reviews, write_claimreview

        reviews = claim_reviews(verdicts, register.quotes, register.articles,
                                publisher=publisher)
        write_claimreview(reviews, claimreview)
    written = [p for p in (output, jsonl, claimreview) if p]
    if written:
        print(f"-> {', '.join(written)}")
    return 0 if all(v.verdict == "verified" for v in verdicts) else 1
