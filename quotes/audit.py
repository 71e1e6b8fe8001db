"""Find attribution errors a fact-checker must look at, within an article and across a corpus.

Per quote (from the flags attribution and resolution raised): a cue with no speaker, a pronoun
with no or two candidates, an anonymous source, an unbalanced quotation mark. Across the corpus:
the same words given to different speakers, the same quote worded differently in two articles,
one speaker spelled two ways. Per article: claims resting on vague sourcing (``reportedly``,
``widely believed``), which are findings even though they are not quotes.

Codes and severities are documented in the README; ``CODES`` is the single source of truth.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

import numpy

from .corpus import merge_speakers
from .extraction import Extraction
from .model import (
    Finding,
    IngestError,
    QuoteRecord,
    Register,
    SpeakerSummary,
    VagueClaim,
    fold,
    name_key,
)
from .names import Titles, name_tokens, same_entity


@dataclass(frozen=True)
class Code:
    severity: str
    title: str


CODES: dict[str, Code] = {
    "MISSING_SPEAKER": Code("error", "a quote whose speaker the text does not give"),
    "CONFLICTING_ATTRIBUTION": Code("error", "the same words given to different speakers"),
    "READ_ERROR": Code("error", "a file that could not be read"),
    "PROCESS_ERROR": Code("error", "an article the pipeline could not (fully) process"),
    "UNRESOLVED_SPEAKER": Code("warning", "a pronoun or description with no candidate"),
    "AMBIGUOUS_SPEAKER": Code("warning", "a pronoun or description with two candidates"),
    "QUOTE_VARIANT": Code("warning", "the same quote worded differently in two articles"),
    "NAME_VARIANT": Code("warning", "one speaker spelled two ways across articles"),
    "UNBALANCED_QUOTES": Code("warning", "an opening quotation mark that never closes"),
    "ANONYMOUS_SOURCE": Code("info", "a source a reader cannot identify"),
    "VAGUE_SOURCING": Code("info", "a claim with no source at all"),
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
MIN_WORDS_COMPARED = 6
SAME_WORDS = 0.9
VARIANT_FLOOR = 0.6
SHINGLE = 3


# ------------------------------------------------------------------------------ the register


def build_register(extraction: Extraction) -> Register:
    """Merge speakers across articles, flag corpus-level problems and collect every finding."""
    titles = extraction.titles  # the pipeline's rule set: --rules reaches the corpus steps too
    speakers, name_map = merge_speakers(extraction.records, titles)
    records = [_canonical_speaker(r, name_map) for r in extraction.records]
    compared = _comparable(records)
    conflicts = conflicting_attributions(records, compared, titles)
    variants = quote_variants(records, compared, titles)
    flagged = _add_flags(records, conflicts, variants)
    findings = (
        record_findings(flagged)
        + conflicts
        + variants
        + name_variants(speakers, flagged, titles)
        + vague_findings(extraction.vague, flagged)
        + process_findings(extraction.errors)
    )
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.article_id, f.start or 0))
    return Register(
        quotes=flagged,
        articles=extraction.articles,
        speakers=speakers,
        findings=findings,
        errors=[e for e in extraction.errors if e.code != "PROCESS_ERROR"],
        name_map=name_map,
    )


def process_findings(errors: list[IngestError]) -> list[Finding]:
    """Articles the pipeline failed on, stopped or left partly unanalysed, as Audit rows."""
    return [
        Finding(code="PROCESS_ERROR", severity=CODES["PROCESS_ERROR"].severity,
                article_id=error.source_file, source_file=error.source_file,
                message=error.message,
                suggestion="Check the file; split it or clean it up and run again.")
        for error in errors if error.code == "PROCESS_ERROR"
    ]


def _canonical_speaker(record: QuoteRecord, name_map: dict[str, str]) -> QuoteRecord:
    if record.speaker_name and name_map.get(record.speaker_name, record.speaker_name) != (
        record.speaker_name
    ):
        return replace(record, speaker_name=name_map[record.speaker_name])
    return record


def _add_flags(records: list[QuoteRecord], *groups: list[Finding]) -> list[QuoteRecord]:
    by_id: dict[str, set[str]] = defaultdict(set)
    for findings in groups:
        for finding in findings:
            if finding.quote_id:
                by_id[finding.quote_id].add(finding.code)
    result = []
    for record in records:
        extra = sorted(by_id.get(record.quote_id, set()) - set(record.flags))
        result.append(replace(record, flags=record.flags + extra) if extra else record)
    return result


# ------------------------------------------------------------------------------ per quote


def record_findings(records: Iterable[QuoteRecord]) -> list[Finding]:
    """One finding per flag a quote carries from attribution and resolution."""
    findings = []
    for record in records:
        for code in record.flags:
            message = _flag_message(code, record)
            if message is not None:
                findings.append(quote_finding(code, record, message, _suggestion(code, record)))
    return findings


def quote_finding(code: str, record: QuoteRecord, message: str,
                  suggestion: str | None = None) -> Finding:
    """A finding about one quote, located at the quote's words."""
    return Finding(
        code=code,
        severity=CODES[code].severity,
        article_id=record.article_id,
        source_file=record.source_file,
        message=message,
        quote_id=record.quote_id,
        start=record.quote_start,
        end=record.quote_end,
        text=record.quote_text,
        suggestion=suggestion,
    )


def _flag_message(code: str, record: QuoteRecord) -> str | None:
    cue = f"“{record.cue}”" if record.cue else "no cue"
    said = record.speaker_text or "the speaker"
    messages = {
        "MISSING_SPEAKER": (
            f"The quote has {cue} but the text names no speaker; it may have been lost in "
            "editing. Check the original before using it."
            if record.cue
            else "The quote has no cue and no earlier speaker to continue; nobody is named."
        ),
        "UNRESOLVED_SPEAKER": f"“{said}” could not be linked to anyone named in the article.",
        "AMBIGUOUS_SPEAKER": (
            f"“{said}” could refer to more than one person; the tool chose "
            f"{record.speaker_name or 'none'}. Check who is speaking."
        ),
        "ANONYMOUS_SOURCE": f"The source, “{said}”, is not identified.",
        "UNBALANCED_QUOTES": (
            "An opening quotation mark is never closed in its paragraph; the quote may run on "
            "or be cut short."
        ),
    }
    return messages.get(code)


def _suggestion(code: str, record: QuoteRecord) -> str | None:
    if code == "MISSING_SPEAKER" and record.suggested_speaker:
        return f"Probably {record.suggested_speaker} (the previous speaker); not assumed."
    if code == "UNRESOLVED_SPEAKER":
        return "Name the speaker in the Notes column after checking the source."
    if code == "ANONYMOUS_SOURCE":
        return "Corroborate with a named source before publishing."
    return None


# ------------------------------------------------------------------------------ across articles


@dataclass
class _Compared:
    record: QuoteRecord
    words: list[str]
    shingles: set[tuple[str, ...]]


def _comparable(records: Iterable[QuoteRecord]) -> list[_Compared]:
    items = []
    for record in records:
        words = quote_words(record.quote_text)
        if len(words) < MIN_WORDS_COMPARED:
            continue
        shingles = {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
        items.append(_Compared(record, words, shingles))
    return items


def quote_words(text: str) -> list[str]:
    """Words of a quote for comparison: case, accents, quote marks and punctuation ignored."""
    return re.findall(r"\w+(?:'\w+)?", fold(text))


def _candidate_pairs(items: list[_Compared]) -> Iterable[tuple[_Compared, _Compared]]:
    """Pairs sharing at least two word trigrams (an inverted index keeps this near-linear)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        for shingle in item.shingles:
            index[shingle].append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > 50:
            continue  # a stock phrase, not evidence of the same quote
        for a, b in combinations(members, 2):
            shared[(a, b)] += 1
    for (a, b), count in shared.items():
        if count >= 2 or min(len(items[a].shingles), len(items[b].shingles)) <= 2:
            yield items[a], items[b]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def containment(a: _Compared, b: _Compared) -> float:
    """Share of the shorter quote's trigrams found in the longer one."""
    small, large = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    return len(small.shingles & large.shingles) / max(1, len(small.shingles))


@lru_cache(maxsize=65536)
def _same_entity(a: str, b: str, titles: Titles | None = None) -> bool:
    """``same_entity`` for a pair the corpus meets again and again: each pair folded once."""
    return same_entity(a, b, titles)


def conflicting_attributions(records: Sequence[QuoteRecord],
                             compared: list[_Compared] | None = None,
                             titles: Titles | None = None) -> list[Finding]:
    """The same or nearly the same words given to different speakers (one finding per quote).

    ``compared`` is ``_comparable(records)`` when the caller already has it (words split once).
    """
    items = [c for c in compared or _comparable(records) if c.record.speaker_name]
    findings = []
    for a, b in _candidate_pairs(items):
        ra, rb = a.record, b.record
        if _same_entity(ra.speaker_name or "", rb.speaker_name or "", titles):
            continue
        same = similarity(a.words, b.words) >= SAME_WORDS
        if not same and (ra.article_id == rb.article_id or containment(a, b) < SAME_WORDS):
            continue  # within one article, a statement inside another is nested reporting
        for this, other in ((ra, rb), (rb, ra)):
            where = "in the same article" if this.article_id == other.article_id else (
                f"in {other.article_id}")
            findings.append(quote_finding(
                "CONFLICTING_ATTRIBUTION", this,
                f"These words are given to {this.speaker_name} here but to "
                f"{other.speaker_name} {where} (quote {other.quote_id}).",
                "Check both sources to see who actually said it.",
            ))
    return findings


def quote_variants(records: Sequence[QuoteRecord],
                   compared: list[_Compared] | None = None,
                   titles: Titles | None = None) -> list[Finding]:
    """The same quote (same speaker, or no speaker given) worded differently in two articles."""
    items = [c for c in compared or _comparable(records)
             if c.record.quote_type in {"direct", "partial"}]
    findings = []
    for a, b in _candidate_pairs(items):
        ra, rb = a.record, b.record
        if ra.article_id == rb.article_id or a.words == b.words:
            continue
        if ra.speaker_name and rb.speaker_name and not _same_entity(ra.speaker_name,
                                                                    rb.speaker_name, titles):
            continue
        if similarity(a.words, b.words) < VARIANT_FLOOR:
            continue
        if containment(a, b) >= 0.99:
            continue  # one quotes part of the other, word for word
        for this, other in ((ra, rb), (rb, ra)):
            diff = word_diff(this.quote_text, other.quote_text)  # [-here-] {+there+}
            findings.append(quote_finding(
                "QUOTE_VARIANT", this,
                f"{other.article_id} gives this quote with different words "
                f"(quote {other.quote_id}): {diff}",
                "A possible misquote: compare with the original recording or text.",
            ))
    return findings


def word_diff(a: str, b: str) -> str:
    """``… the [-brave-] {+courageous+} nation …``: what changed, with a little context."""
    wa, wb = a.split(), b.split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, [tuple(quote_words(w)) for w in wa],
                                      [tuple(quote_words(w)) for w in wb], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            words = wa[i1:i2]
            parts.append(" ".join(words) if len(words) <= 6 else
                         f"{' '.join(words[:3])} … {' '.join(words[-3:])}")
            continue
        if i2 > i1:
            parts.append(f"[-{' '.join(wa[i1:i2])}-]")
        if j2 > j1:
            parts.append(f"{{+{' '.join(wb[j1:j2])}+}}")
    return " ".join(parts)


def name_variants(speakers: Sequence[SpeakerSummary],
                  records: Sequence[QuoteRecord], titles: Titles | None = None) -> list[Finding]:
    """One speaker spelled two ways across articles (``Rehman``/``Rahman``, hyphens, spacing)."""
    people = [s for s in speakers if s.type in {"person", "organization"} and s.name]
    first_quote = {}
    for record in records:
        if record.speaker_name and record.speaker_name not in first_quote:
            first_quote[record.speaker_name] = record
    spellings = [_Spelling.of(s.name, titles) for s in people]
    findings = []
    for i, j in _alike_candidates(spellings):
        if not _alike(spellings[i], spellings[j]):
            continue
        a, b = people[i], people[j]
        for this, other in ((a, b), (b, a)):
            record = first_quote.get(this.name)
            findings.append(
                Finding(
                    code="NAME_VARIANT",
                    severity=CODES["NAME_VARIANT"].severity,
                    article_id="; ".join(this.articles),
                    source_file=record.source_file if record else "",
                    message=f"“{this.name}” looks like another spelling of “{other.name}” "
                    f"({', '.join(other.articles)}).",
                    quote_id=record.quote_id if record else None,
                    text=this.name,
                    suggestion="If they are one person, use one spelling in the copy.",
                )
            )
    return findings


@dataclass(frozen=True)
class _Spelling:
    """A name folded once: what ``_spelled_alike`` compares."""

    name: str
    squashed: str  # folded, without spaces, hyphens or punctuation
    tokens: tuple[str, ...]  # name words without honorifics

    @classmethod
    def of(cls, name: str, titles: Titles | None = None) -> _Spelling:
        return cls(name, name_key(name).replace(" ", ""), tuple(name_tokens(name, titles)))


def _alike_candidates(spellings: Sequence[_Spelling]) -> list[tuple[int, int]]:
    """Index pairs that may be spelled alike, in the order a full pairwise scan meets them.

    Two spellings can only be alike when they squash to the same letters, or when they have
    as many words and all but one are the same: the index keys are the squashed form and each
    word list with one position left out. Within a large group (every ``Ana …``), only pairs
    whose letters differ by at most a tenth can reach the 0.9 ratio; a letter count says which.
    """
    index: dict[object, list[int]] = defaultdict(list)
    for n, spelling in enumerate(spellings):
        index[("squashed", spelling.squashed)].append(n)
        words = spelling.tokens
        for cut in range(len(words)):
            index[(len(words), cut, words[:cut] + words[cut + 1 :])].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > SMALL_GROUP:
            pairs.update(_close_in_letters(members, spellings))
        else:
            pairs.update(combinations(members, 2))
    return sorted(pairs)


SMALL_GROUP = 16


def _close_in_letters(members: list[int],
                      spellings: Sequence[_Spelling]) -> Iterator[tuple[int, int]]:
    """Pairs of ``members`` whose letter counts allow a ratio of 0.9 (difflib's quick_ratio).

    The bound is exact: quick_ratio is an upper bound of the ratio, so no alike pair is lost.
    """
    letters = sorted({c for m in members for c in spellings[m].squashed})
    column = {c: n for n, c in enumerate(letters)}
    bags = numpy.zeros((len(members), len(letters)), dtype=numpy.int32)
    for row, m in enumerate(members):
        for c in spellings[m].squashed:
            bags[row, column[c]] += 1
    lengths = bags.sum(axis=1)
    ids = numpy.asarray(members)
    for start in range(0, len(members), 256):
        block = bags[start : start + 256]
        distance = numpy.abs(block[:, None, :] - bags[None, :, :]).sum(axis=2)
        # 2 * overlap / total >= 0.9  <=>  10 * distance <= total (one letter of slack)
        close = 10 * distance <= lengths[start : start + 256, None] + lengths[None, :] + 1
        for i, j in zip(*numpy.nonzero(close), strict=True):
            if start + i < j:
                yield int(ids[start + i]), int(ids[j])


def _spelled_alike(a: str, b: str) -> bool:
    """Two different names with the same letters give or take a hyphen, a space or a letter."""
    return _alike(_Spelling.of(a), _Spelling.of(b))


def _alike(a: _Spelling, b: _Spelling) -> bool:
    if a.name == b.name:
        return False
    squash_a, squash_b = a.squashed, b.squashed
    if squash_a == squash_b:
        return True  # only hyphens, spaces, case or accents differ (two Speakers rows)
    ta, tb = a.tokens, b.tokens
    if len(ta) != len(tb) or len(squash_a) < 6:
        return False
    differing = sum(1 for x, y in zip(ta, tb, strict=True) if x != y)
    if differing != 1:
        return False
    matcher = difflib.SequenceMatcher(None, squash_a, squash_b)
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and (
        matcher.ratio() >= 0.9)


def vague_findings(claims: Iterable[VagueClaim], records: Sequence[QuoteRecord]) -> list[Finding]:
    """Claims with no source: rows of their own, linked to a quote when one contains them."""
    by_article: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in records:
        by_article[record.article_id].append(record)
    findings = []
    for claim in claims:
        inside = next(
            (r for r in by_article.get(claim.article_id, [])
             if r.quote_start <= claim.phrase.start < r.quote_end),
            None,
        )
        findings.append(
            Finding(
                code="VAGUE_SOURCING",
                severity=CODES["VAGUE_SOURCING"].severity,
                article_id=claim.article_id,
                source_file=claim.source_file,
                message=f"“{claim.phrase.text}”: the claim is attributed to no one.",
                quote_id=inside.quote_id if inside else None,
                start=claim.sentence.start,
                end=claim.sentence.end,
                text=claim.sentence.text,
                suggestion="Find who made the claim, or say that it is unverified.",
            )
        )
    return findings


# ------------------------------------------------------------------------------ summary


def summary_table(register: Register) -> str:
    """A plain-text table of findings by code, for ``quotes audit``."""
    counts = Counter(f.code for f in register.findings)
    counts.update({"READ_ERROR": len(register.errors)} if register.errors else {})
    rows = [("code", "severity", "count", "what it means")]
    for code, info in sorted(CODES.items(), key=lambda c: (SEVERITY_ORDER[c[1].severity], c[0])):
        rows.append((code, info.severity, str(counts.get(code, 0)), info.title))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    total = f"{len(register.quotes)} quotes in {len(register.articles)} articles; " \
            f"{sum(counts.values())} findings."
    return "\n".join([total, *lines])
