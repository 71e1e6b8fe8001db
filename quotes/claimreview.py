"""Publish verify's verdicts as schema.org ``ClaimReview`` markup (JSON-LD).

Fact-checkers publish their checks as ClaimReview so search engines and aggregators can show
them. ``quotes verify … --claimreview FILE.jsonld`` writes a JSON array with one ClaimReview per
claim, in the claims file's order; each object carries its own ``@context`` so it can be pasted
alone into a page's ``<script type="application/ld+json">``.

Mapping (https://schema.org/ClaimReview):

* ``claimReviewed``: the claim as a reader saw it, ``Speaker said: “words”``;
* ``itemReviewed``: a ``Claim`` whose ``author`` is the claimed speaker (a ``Person``, or an
  ``Organization`` when the corpus quotes a body by that name) and whose
  ``appearance`` lists where the claim was seen (the claims file's ``source``, a URL or a name)
  and the corpus article where the words were found (title, URL and date when known);
* ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict (``verified``,
  ``misquoted``, ``misattributed``, ``unattributed``, ``not_found``), with a 1–5 value for the
  four verdicts that judge the attribution (5 = verified) and the note and word diff as
  ``ratingExplanation``; ``not_found`` judges nothing, so it has no value;
* ``datePublished``: the day of the check (ISO 8601); ``author``: the publishing organisation
  when given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .model import Article, QuoteRecord
from .register import PathLike, atomic_write

CONTEXT = "https://schema.org"
# Higher is truer; not_found has no value because nothing was found to judge.
RATING_VALUES = {"verified": 5, "unattributed": 3, "misquoted": 2, "misattributed": 1}
UNCHECKED = frozenset({"unreadable"})  # claims whose row could not be read: no review
BEST_RATING, WORST_RATING = 5, 1
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


class ArticleIndex:
    """Finds the corpus article a verdict points at, by quote id or by file and title."""

    def __init__(self, records: Iterable[QuoteRecord], articles: Iterable[Article]) -> None:
        records = list(records)
        self.by_id = {a.article_id: a for a in articles}
        self.by_quote = {r.quote_id: self.by_id.get(r.article_id) for r in records}
        self.speaker_types: dict[str, str] = {}
        for record in records:
            for name in (record.speaker_name, record.speaker_text):
                if name and record.speaker_type:
                    self.speaker_types.setdefault(name.casefold(), record.speaker_type)
        self.by_file: dict[tuple[str, str | None], Article] = {}
        for article in self.by_id.values():
            self.by_file.setdefault((article.source_file, article.title), article)

    def author_type(self, name: str) -> str:
        """``Organization`` for a body the corpus knows as one, else ``Person``."""
        kind = self.speaker_types.get(name.strip().casefold())
        return "Organization" if kind in {"organization", "group"} else "Person"

    def find(self, verdict: Any) -> Article | None:
        """The article of the verdict's first quote id, else the one with its file and title."""
        for quote_id in (verdict.quote_id or "").split(";"):
            article = self.by_quote.get(quote_id.strip())
            if article is not None:
                return article
        if verdict.source_file:
            return self.by_file.get((verdict.source_file, verdict.article_title))
        return None


def claim_review(
    verdict: Any,
    article: Article | None = None,
    *,
    date_published: str,
    publisher: str | None = None,
    author_type: str = "Person",
) -> dict[str, Any]:
    """One ClaimReview object for one :class:`quotes.verify.Verdict`."""
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "datePublished": date_published,
        "claimReviewed": claim_text(verdict.claim_speaker, verdict.claim_quote),
        "itemReviewed": _claim(verdict, article, author_type),
        "reviewRating": _rating(verdict),
    }
    if publisher:
        review["author"] = {"@type": "Organization", "name": publisher}
    return review


def claim_text(speaker: str, quote: str) -> str:
    """``Speaker said: “words”``, or just the words when the claim names nobody."""
    words = " ".join(quote.split())
    return f"{speaker.strip()} said: “{words}”" if speaker.strip() else words


def _claim(verdict: Any, article: Article | None, author_type: str) -> dict[str, Any]:
    claim: dict[str, Any] = {"@type": "Claim"}
    if verdict.claim_speaker.strip():
        claim["author"] = {"@type": author_type, "name": verdict.claim_speaker.strip()}
    appearances = []
    if verdict.claim_source:
        appearances.append(_work(verdict.claim_source))
    if verdict.source_file:
        appearances.append(_found_in(verdict, article))
    if appearances:
        claim["appearance"] = appearances
    return claim


def _work(source: str) -> dict[str, Any]:
    """Where the claim was seen: a URL if it is one, else its name (``TV interview``)."""
    source = source.strip()
    key = "url" if _URL.match(source) else "name"
    return {"@type": "CreativeWork", key: source}


def _found_in(verdict: Any, article: Article | None) -> dict[str, Any]:
    """The corpus article holding the words, with what the corpus knows about it."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    title = verdict.article_title or (article.title if article else None)
    if title:
        work["headline"] = title
    if article is not None and article.url:
        work["url"] = article.url
    if article is not None and article.date:
        work["datePublished"] = article.date
    work["identifier"] = verdict.source_file
    if verdict.found_text:
        work["text"] = verdict.found_text
    return work


def _rating(verdict: Any) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.verdict}
    if verdict.verdict in RATING_VALUES:
        rating.update(ratingValue=RATING_VALUES[verdict.verdict], bestRating=BEST_RATING,
                      worstRating=WORST_RATING)
    said_by = (f"The words are attributed to {verdict.found_speaker}."
               if verdict.verdict == "misattributed" and verdict.found_speaker else None)
    diff = f"Differences (claimed → found): {verdict.diff}" if verdict.diff else None
    explanation = " ".join(part for part in (said_by, verdict.note, diff) if part)
    if explanation:
        rating["ratingExplanation"] = explanation
    return rating


def claim_reviews(
    verdicts: Sequence[Any],
    records: Iterable[QuoteRecord] = (),
    articles: Iterable[Article] = (),
    *,
    date_published: str | None = None,
    publisher: str | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview per checked claim, in order; ``date_published`` defaults to today.

    A claim whose row could not be read (verdict ``unreadable``) was never checked, so it
    gets no review: publishing one would rate words nobody looked at.
    """
    index = ArticleIndex(records, articles)
    date = date_published or dt.date.today().isoformat()
    return [claim_review(v, index.find(v), date_published=date, publisher=publisher,
                         author_type=index.author_type(v.claim_speaker))
            for v in verdicts if v.verdict not in UNCHECKED]


def write_claimreview(reviews: Sequence[dict[str, Any]], path: PathLike) -> None:
    """The reviews as one JSON-LD array (UTF-8, readable non-ASCII), written atomically."""

    def write(temp: Path) -> None:
        temp.write_text(json.dumps(list(reviews), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")

    atomic_write(path, write)
