"""The main job: stream articles through the pipeline and turn each quote into a register row.

Articles are streamed through ``nlp.pipe`` in batches (the model is loaded once by the caller),
and each document's attributions are shifted from body offsets to source offsets, joined with
the article's metadata and given a stable ``quote_id``.

No single article may stop or stall the run. A long or pathological body is cut into pieces
the pipeline handles in bounded time (:mod:`quotes.pieces`); an article still running after
its time budget (:func:`time_budget`) keeps the quotes found so far and the rest is reported;
a component that
fails on one document fails only that document (its batch is re-run one document at a time).
Each such problem is a ``PROCESS_ERROR`` naming the file, and every other article's output stays.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from spacy.language import Language
from spacy.tokens import Doc

from .ingest import Furniture, iter_articles
from .model import (
    Article,
    Attribution,
    IngestError,
    Mention,
    QuoteRecord,
    VagueClaim,
    article_key,
    make_quote_id,
    unique_quote_ids,
)
from .names import Titles
from .pieces import PIECE_CHARS, Piece, blank_junk, split_body
from .pipeline import VAGUE_KEY
from .rules import rules_of

CONTEXT_CHARS = 160
log = logging.getLogger(__name__)
ARTICLE_SECONDS = 120.0  # every article may take this long ...
MIN_CHARS_PER_SECOND = 2_000  # ... and a longer one as long as this rate (news runs ~10,000/s)
MAX_ARTICLE_SECONDS = 300.0  # ... but never longer than this
REPORTED_JUNK = 1_000  # blanked punctuation runs at least this long are reported
BATCH_CHARS = 3 * PIECE_CHARS  # a batch closes once it holds this many characters


@dataclass
class Extraction:
    """What one run produced: rows, the articles they came from and the files it could not read."""

    records: list[QuoteRecord] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    speakers_by_article: dict[str, list] = field(default_factory=dict)
    vague: list[VagueClaim] = field(default_factory=list)
    titles: Titles | None = None  # the pipeline's titles, for the corpus steps' name matching


@dataclass
class Processed:
    """One article after the pipeline: a doc per piece (with its start in the body) and the
    problems met on the way, each a sentence for the user."""

    article: Article
    docs: list[tuple[int, Doc]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class _Job:
    """An article on its way through the pipeline."""

    result: Processed
    pieces: list[Piece]
    started: float | None = None
    fed: bool = False  # every piece has gone to the pipeline, or been given up


def process_articles(
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int = 16,
    time_limit: float | None = None,
) -> Iterator[Processed]:
    """Run the pipeline over every article's pieces in batches; yield articles in input order.

    Batches mix pieces of several articles, as ``nlp.pipe`` batches documents; an article is
    yielded once all of its pieces have come back. ``time_limit`` fixes every article's time
    budget in seconds; by default it grows with the article (:func:`time_budget`).
    """
    pending: list[_Job] = []

    def pieces() -> Iterator[tuple[_Job, Piece]]:
        for article in articles:
            job = _Job(Processed(article), [])
            pending.append(job)
            try:
                job.pieces = _pieces(job.result)
            except Exception as exc:  # noqa: BLE001 - reported, the run goes on
                job.result.problems.append(_failure(article, exc))
            for piece in job.pieces:
                if _out_of_time(job, piece, time_limit):
                    break
                yield job, piece
            job.fed = True

    stream = pieces()
    while batch := _next_batch(stream, max(1, batch_size)):
        for (job, piece), doc in zip(batch, _run_batch(nlp, batch), strict=True):
            if isinstance(doc, Doc):
                job.result.docs.append((piece.start, doc))
            else:
                job.result.problems.append(_piece_failure(job, piece, doc))
        while pending and pending[0].fed:
            yield pending.pop(0).result
    for job in pending:
        yield job.result


def _next_batch(stream: Iterator[tuple[_Job, Piece]], size: int) -> list[tuple[_Job, Piece]]:
    """Up to ``size`` pieces, and no more than ``BATCH_CHARS`` characters once it has one.

    The time limit is checked as pieces are taken, so a batch of sixteen 20,000-character
    pieces could overrun it by minutes; news articles (a few thousand characters) still
    travel sixteen to a batch.
    """
    batch: list[tuple[_Job, Piece]] = []
    chars = 0
    while len(batch) < size and chars < BATCH_CHARS:
        item = next(stream, None)
        if item is None:
            break
        batch.append(item)
        chars += len(item[1].text)
    return batch


def _pieces(result: Processed) -> list[Piece]:
    """The article's body, junk runs blanked, cut into bounded pieces; notes what was blanked."""
    body, blanked = blank_junk(result.article.body)
    if blanked >= REPORTED_JUNK:
        result.problems.append(
            f"{result.article.article_id}: {blanked:,} characters of punctuation runs (no words) "
            "were left out of the analysis")
    return split_body(body)


def time_budget(chars: int) -> float:
    """Seconds one article may take: linear in its length, between two bounds.

    A megabyte of news prose (about 100 s) is processed whole; a pathological text that the
    rules handle slowly stops at the budget instead of stalling the run.
    """
    return min(MAX_ARTICLE_SECONDS, max(ARTICLE_SECONDS, chars / MIN_CHARS_PER_SECOND))


def _out_of_time(job: _Job, piece: Piece, time_limit: float | None) -> bool:
    """Start the article's clock at its first piece; past the budget, report what is left."""
    now = time.monotonic()
    if job.started is None:
        job.started = now
        return False
    article = job.result.article
    budget = time_budget(len(article.body)) if time_limit is None else time_limit
    if now - job.started <= budget:
        return False
    job.result.problems.append(
        f"{article.article_id}: stopped after the {budget:g}-second limit for this article; "
        f"characters {article.start + piece.start:,} to {article.end:,} were not analysed")
    return True


def _run_batch(nlp: Language, batch: list[tuple[_Job, Piece]]) -> list[Doc | Exception]:
    """Docs for a batch; if the batch fails, each piece alone, so one bad text loses only itself."""
    try:
        docs = [_piece_doc(nlp, job, piece) for job, piece in batch]
        return list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception as exc:  # noqa: BLE001 - retried one by one below
        if len(batch) == 1:
            return [exc]
    return [_run_one(nlp, job, piece) for job, piece in batch]


def _piece_doc(nlp: Language, job: _Job, piece: Piece) -> Doc:
    """The piece's tokens, with the article's headline on the piece that opens the article
    (ingest blanked it out of the text; the resolver reads the full names it gives)."""
    doc = nlp.make_doc(piece.text)
    if job.pieces and piece is job.pieces[0] and job.result.article.title:
        doc._.headline = job.result.article.title
    return doc


def _run_one(nlp: Language, job: _Job, piece: Piece) -> Doc | Exception:
    try:
        return nlp(_piece_doc(nlp, job, piece))
    except Exception as exc:  # noqa: BLE001 - reported as PROCESS_ERROR by the caller
        return exc


def _failure(article: Article, exc: BaseException) -> str:
    return f"{article.article_id}: could not be processed ({type(exc).__name__}: {exc}); skipped"


def _piece_failure(job: _Job, piece: Piece, exc: BaseException) -> str:
    """The whole article, or the characters of the one piece that failed."""
    if len(job.pieces) == 1:
        return _failure(job.result.article, exc)
    start = job.result.article.start + piece.start
    return (f"{job.result.article.article_id}: characters {start:,} to {start + len(piece.text):,}"
            f" could not be processed ({type(exc).__name__}: {exc}); the rest was read")


def extract(
    paths: Sequence[str],
    nlp: Language,
    *,
    batch_size: int = 16,
    progress: Callable[[int, Article], None] | None = None,
    time_limit: float | None = None,
    jobs: int | None = 1,
) -> Extraction:
    """Read every article under ``paths`` and attribute its quotes. Bad files are collected.

    ``jobs`` worker processes share the articles (``None``: one per core); the result is
    the same, row for row, as with one.
    """
    result = Extraction(titles=Titles.of(rules_of(nlp)))
    return extract_articles(read_articles(paths, nlp, result), nlp, batch_size=batch_size,
                            progress=progress, time_limit=time_limit, into=result, jobs=jobs)


def read_articles(paths: Sequence[str], nlp: Language, result: Extraction) -> Iterator[Article]:
    """The articles under ``paths``; the files that cannot be read go to ``result.errors``."""
    for item in iter_articles(paths, Furniture.of(rules_of(nlp))):
        if isinstance(item, IngestError):
            result.errors.append(item)
        else:
            yield item


def extract_articles(
    articles: Iterable[Article],
    nlp: Language,
    *,
    batch_size: int = 16,
    progress: Callable[[int, Article], None] | None = None,
    time_limit: float | None = None,
    into: Extraction | None = None,
    jobs: int | None = 1,
) -> Extraction:
    """Attribute the quotes of articles already read (``quotes.attribute`` builds one itself)."""
    result = into if into is not None else Extraction(titles=Titles.of(rules_of(nlp)))
    if jobs != 1:
        from .workers import extract_in_processes

        parts = extract_in_processes(articles, nlp, jobs, batch_size, time_limit)
    else:
        parts = _one_process_parts(articles, nlp, batch_size, time_limit)
    for n, article in enumerate(merge_parts(result, parts), 1):
        if progress is not None:
            progress(n, article)
    unique_quote_ids(result.records)
    return result


Part = tuple[Extraction, list[Article]]  # some articles' rows, and the articles processed


def _one_process_parts(articles: Iterable[Article], nlp: Language, batch_size: int,
                       time_limit: float | None) -> Iterator[Part]:
    """One part per article, streamed through one pipeline (batches still mix articles)."""
    for done in process_articles(articles, nlp, batch_size, time_limit):
        part = Extraction()
        _collect(part, done)
        yield part, [done.article]


def extract_part(articles: Iterable[Article], nlp: Language, batch_size: int = 16,
                 time_limit: float | None = None) -> Part:
    """The rows of some articles, quote ids not yet made unique: a worker's share of a run."""
    part = Extraction()
    processed = []
    for done in process_articles(articles, nlp, batch_size, time_limit):
        _collect(part, done)
        processed.append(done.article)
    return part, processed


def merge_parts(result: Extraction, parts: Iterable[Part]) -> Iterator[Article]:
    """Append each part to ``result`` in order; yields every article processed (for progress)."""
    for part, processed in parts:
        result.records.extend(part.records)
        result.vague.extend(part.vague)
        result.errors.extend(part.errors)
        result.speakers_by_article.update(part.speakers_by_article)
        result.articles.extend(part.articles)
        yield from processed


def _collect(result: Extraction, done: Processed) -> None:
    """Add one article's rows to the run; a failure here is that article's PROCESS_ERROR."""
    article = done.article
    problems = list(done.problems)
    if done.docs:
        try:
            records = records_for(article, done.docs)
            vague = [claim for start, doc in done.docs
                     for claim in vague_claims(article, doc, start)]
            speakers = [speaker for _start, doc in done.docs for speaker in doc._.speakers or []]
        except Exception as exc:  # noqa: BLE001 - reported, the run goes on
            problems.append(_failure(article, exc))
        else:
            result.articles.append(article)
            result.records.extend(records)
            result.vague.extend(vague)
            result.speakers_by_article[article.article_id] = speakers
    for problem in problems:
        result.errors.append(IngestError(article.source_file, problem, "PROCESS_ERROR"))


def error_message(error: IngestError) -> str:
    """What to tell the user about a file that could not be (fully) read or processed."""
    if error.message.endswith(("skipped", "was read", "as the text", "analysis", "analysed")):
        return error.message
    return f"skipped {error.message}"


def records_for(article: Article, docs: Sequence[tuple[int, Doc]]) -> list[QuoteRecord]:
    """Register rows for one article's attributions (from each piece's doc), in source offsets."""
    occurrences: Counter[str] = Counter()
    identity = article_key(article)
    records = []
    for start, doc in docs:
        for attribution in doc._.quotes or []:
            record = to_record(article, attribution, article.start + start)
            occurrences[record.quote_text] += 1
            record.quote_id = make_quote_id(
                identity, article.index, record.quote_text,
                occurrences[record.quote_text],
            )
            records.append(record)
    return records


def vague_claims(article: Article, doc: Doc, start: int = 0) -> list[VagueClaim]:
    """Sentences whose claim rests on ``reportedly``/``widely believed``/``sources say``.

    ``start`` is where the doc's piece starts in the article body.
    """
    offset = article.start + start
    claims = []
    seen: set[int] = set()
    for span in doc.spans.get(VAGUE_KEY, []):
        sentence = span.sent
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        text = sentence.text.strip()
        begin = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
        claims.append(
            VagueClaim(
                article_id=article.article_id,
                source_file=article.source_file,
                label=span.label_,
                phrase=Mention(span.start_char, span.end_char, span.text).shifted(offset),
                sentence=Mention(begin, begin + len(text), text).shifted(offset),
            )
        )
    return claims


def to_record(article: Article, attribution: Attribution, offset: int | None = None
              ) -> QuoteRecord:
    """One row: shift offsets into the source text and copy the article's metadata.

    ``offset`` is where the doc starts in the source text (the article's start by default).
    """
    offset = article.start if offset is None else offset
    source = article.source_text
    quote = attribution.quote.shifted(offset)
    speaker = attribution.speaker.shifted(offset) if attribution.speaker else None
    cue = attribution.cue.shifted(offset) if attribution.cue else None
    resolved = attribution.resolved
    return QuoteRecord(
        quote_id="",
        article_id=article.article_id,
        source_file=article.source_file,
        article_title=article.title,
        article_date=article.date,
        quote_text=source[quote.start : quote.end],
        quote_start=quote.start,
        quote_end=quote.end,
        quote_type=attribution.quote_type,
        speaker_text=source[speaker.start : speaker.end] if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        speaker_name=resolved.name if resolved else None,
        speaker_type=resolved.type if resolved else None,
        speaker_role=resolved.role if resolved else None,
        cue=source[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        flags=list(dict.fromkeys(attribution.flags)),
        confidence=round(attribution.confidence, 2),
        dateline=article.dateline,
        rule=attribution.rule,
        context=_context(source, quote.start, quote.end, article.start, article.end),
        suggested_speaker=attribution.suggestion,
    )


def _context(source: str, start: int, end: int, low: int, high: int) -> str:
    """The quote with some text either side, on one line, for a reviewer's eye."""
    before = source[max(low, start - CONTEXT_CHARS) : start]
    after = source[end : min(high, end + CONTEXT_CHARS)]
    text = f"…{before}[{source[start:end]}]{after}…"
    return " ".join(text.split())


class Progress:
    """Progress through the input files: a bar on a terminal, periodic log lines elsewhere.

    On a terminal a tqdm bar shows files read out of the total, the rate and the time left.
    When stderr is a pipe or a log file (CI, cron, ``2> run.log``) a bar would fill it with
    carriage returns, so instead a line is logged every ``interval`` seconds and at the end:
    ``read 120/200 files (60%), 4.3 files/s, about 0:19 left``. Articles are counted too,
    because one JSONL or CSV file can hold thousands of them.
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        interval: float = 10.0,
        bar: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.clock = clock
        self.files = 0
        self.articles = 0
        self._last_file: str | None = None
        self._started = clock()
        self._logged = self._started
        use_bar = _is_terminal(self.stream) if bar is None else bar
        self._bar = _terminal_bar(total, self.stream) if use_bar else None

    def __call__(self, n: int, article: Article) -> None:
        """Called by :func:`extract` after each article (``n`` articles so far)."""
        self.articles = n
        if article.source_file != self._last_file:
            self._last_file = article.source_file
            self.files += 1
            if self._bar is not None:
                self._bar.update(1)
        if self._bar is not None:
            self._bar.set_postfix_str(f"{n} articles", refresh=False)
        elif self.clock() - self._logged >= self.interval:
            self._logged = self.clock()
            log.info("%s", self.line())

    def line(self) -> str:
        """``read 120/200 files (60%), 300 articles, 4.3 files/s, about 0:19 left``."""
        elapsed = max(self.clock() - self._started, 1e-9)
        rate = self.files / elapsed
        parts = [f"read {self.files} files"]
        if self.total:
            parts = [f"read {self.files}/{self.total} files ({100 * self.files // self.total}%)"]
        parts.append(f"{self.articles} articles")
        parts.append(f"{rate:.1f} files/s")
        if self.total and rate > 0 and self.files < self.total:
            left = (self.total - self.files) / rate
            parts.append(f"about {_clock_time(left)} left")
        return ", ".join(parts)

    def done(self, n: int) -> None:
        """Close the bar, or log the final line: the run's article count and time taken."""
        self.articles = n
        if self.total is not None:
            self.files = self.total  # unreadable files count as done: they were looked at
        elapsed = self.clock() - self._started
        if self._bar is not None:
            self._bar.n = self.files
            self._bar.set_postfix_str(f"{n} articles")  # refreshes: the final figures
            self._bar.close()
        log.info("read %d articles from %d files in %s", n, self.files, _clock_time(elapsed))


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _terminal_bar(total: int | None, stream: TextIO):  # noqa: ANN202 (tqdm is imported lazily)
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=stream, dynamic_ncols=True, leave=False,
                desc="reading")


def _clock_time(seconds: float) -> str:
    """``0:19``, ``12:05``, ``2:03:00``: short enough for a progress line."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
