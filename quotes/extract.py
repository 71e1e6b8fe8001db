"""The main job: stream articles through the pipeline and turn each quote into a register row.

Articles are streamed through ``nlp.pipe`` in batches (the model is loaded once by the caller),
and each document's attributions are shifted from body offsets to source offsets, joined with
the article's metadata and given a stable ``quote_id``.
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
from .pipeline import VAGUE_KEY
from .rules import rules_of

CONTEXT_CHARS = 160
log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """What one run produced: rows, the articles they came from and the files it could not read."""

    records: list[QuoteRecord] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    speakers_by_article: dict[str, list] = field(default_factory=dict)
    vague: list[VagueClaim] = field(default_factory=list)


def process_articles(
    articles: Iterable[Article], nlp: Language, batch_size: int = 16
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over article bodies in batches, keeping each article with its doc."""
    stream = ((article.body, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc


def extract(
    paths: Sequence[str],
    nlp: Language,
    *,
    batch_size: int = 16,
    progress: Callable[[int, Article], None] | None = None,
) -> Extraction:
    """Read every article under ``paths`` and attribute its quotes. Bad files are collected."""
    result = Extraction()

    def articles() -> Iterator[Article]:
        for item in iter_articles(paths, Furniture.of(rules_of(nlp))):
            if isinstance(item, IngestError):
                result.errors.append(item)
            else:
                yield item

    for n, (article, doc) in enumerate(process_articles(articles(), nlp, batch_size), 1):
        result.articles.append(article)
        result.records.extend(records_for(article, doc))
        result.speakers_by_article[article.article_id] = list(doc._.speakers or [])
        result.vague.extend(vague_claims(article, doc))
        if progress is not None:
            progress(n, article)
    unique_quote_ids(result.records)
    return result


def records_for(article: Article, doc: Doc) -> list[QuoteRecord]:
    """Register rows for one article's attributions, in source offsets."""
    occurrences: Counter[str] = Counter()
    identity = article_key(article)
    records = []
    for attribution in doc._.quotes or []:
        record = to_record(article, attribution)
        occurrences[record.quote_text] += 1
        record.quote_id = make_quote_id(
            identity, article.index, record.quote_text,
            occurrences[record.quote_text],
        )
        records.append(record)
    return records


def vague_claims(article: Article, doc: Doc) -> list[VagueClaim]:
    """Sentences whose claim rests on ``reportedly``/``widely believed``/``sources say``."""
    claims = []
    seen: set[int] = set()
    for span in doc.spans.get(VAGUE_KEY, []):
        sentence = span.sent
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        text = sentence.text.strip()
        start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
        claims.append(
            VagueClaim(
                article_id=article.article_id,
                source_file=article.source_file,
                label=span.label_,
                phrase=Mention(span.start_char, span.end_char, span.text).shifted(article.start),
                sentence=Mention(start, start + len(text), text).shifted(article.start),
            )
        )
    return claims


def to_record(article: Article, attribution: Attribution) -> QuoteRecord:
    """One row: shift offsets into the source text and copy the article's metadata."""
    offset = article.start
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
