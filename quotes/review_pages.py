"""HTML review pages: every quote highlighted in its article, coloured by speaker.

A register stage writer beside :mod:`quotes.register`. ``quotes extract … --html DIR`` writes
``DIR/index.html`` (counts, the articles, the speakers) and ``DIR/articles/<page>.html`` per
article: the article's text with each quote highlighted in its speaker's colour, the cue and
the speaker mention marked, the row's speaker, confidence and flags on hover (the ``title``
attribute) and an anchor named by ``quote_id``, so a register row links straight to the
sentence a fact-checker must read (:func:`quote_href`).

Article text, names and file names come from the wild, so every piece of data goes through
:func:`html.escape` (quotes included) and file names never reach a path or a link: page names
are slugs with a hash. The pages also carry a Content-Security-Policy that forbids scripts.
No template engine: the pages are small and the escaping is easier to audit in plain code.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .model import Article, QuoteRecord, Register, SpeakerSummary
from .register import PathLike, atomic_write

ARTICLES_DIR = "articles"
INDEX = "index.html"
# Light fills that stay readable under black text; a speaker keeps its colour on every page.
PALETTE = (
    "#cfe2ff", "#ffe0b3", "#d1f0c8", "#f8d0e0", "#e2d4f5", "#c9efef", "#fff1a8", "#f5d5c0",
    "#d9e7b0", "#d6dcf0", "#f0c9c9", "#c8e6da",
)
NO_SPEAKER = "#e6e6e6"

STYLE = """
body{font:16px/1.6 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem;line-height:1.3}table{border-collapse:collapse;margin:1rem 0;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top;
font:14px/1.4 system-ui,sans-serif}th{background:#f4f4f4}.meta{color:#555;font-family:system-ui}
.text{white-space:pre-wrap;border-top:1px solid #ccc;padding-top:1rem}
.q{border-radius:3px;padding:1px 0}.q.flag{outline:2px solid #c00;outline-offset:1px}
.q.none{border-bottom:2px dashed #777}.cue{font-weight:bold;border-bottom:2px solid #444}
.spk{font-style:italic;border-bottom:3px double #444;border-radius:3px;padding:0 2px}
.swatch{display:inline-block;width:1em;height:1em;border-radius:3px;vertical-align:middle;
margin-right:.3em;border:1px solid #999}:target{box-shadow:0 0 0 3px #ff0}
.legend span{margin-right:1rem;white-space:nowrap;font:14px system-ui,sans-serif}
.nw{white-space:nowrap}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"


# ------------------------------------------------------------------------------ names and links


def page_name(article_id: str) -> str:
    """A safe, stable file name for an article's page: a slug of its id plus a short hash.

    The hash keeps two ids that slug alike apart (``a b.txt#1``, ``a-b.txt#1``); the slug keeps
    the name readable. Nothing of the id survives that a browser or a file system could act on.
    """
    slug = re.sub(r"[^A-Za-z0-9]+", "-", article_id).strip("-")[:60] or "article"
    digest = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}.html"


def quote_href(record: QuoteRecord) -> str:
    """Where a quote is shown, relative to the HTML folder: ``articles/<page>.html#<quote_id>``.

    The register can link a Quotes row here (``HYPERLINK("<folder>/" & this)``).
    """
    return f"{ARTICLES_DIR}/{page_name(record.article_id)}#{record.quote_id}"


def page_links(records: Iterable[QuoteRecord], folder: PathLike,
               relative_to: PathLike) -> dict[str, str]:
    """Quote id -> link to its anchor, relative to ``relative_to`` (the workbook's folder), so
    the register and the pages can be moved together."""
    base = os.path.relpath(Path(folder), Path(relative_to))
    return {r.quote_id: (Path(base) / quote_href(r)).as_posix() for r in records}


def speaker_colours(speakers: Sequence[SpeakerSummary]) -> dict[str, str]:
    """Speaker name -> colour, the most quoted speakers first so they get the clearest ones."""
    ordered = sorted(speakers, key=lambda s: (-s.quote_count, s.name.casefold()))
    return {s.name: PALETTE[n % len(PALETTE)] for n, s in enumerate(ordered)}


# ------------------------------------------------------------------------------ article text


@dataclass(frozen=True)
class _Mark:
    """One highlighted stretch: a quote, or its cue or speaker mention, in article offsets."""

    start: int
    end: int
    kind: str  # "q", "cue" or "spk"
    record: QuoteRecord


def _marks(records: Iterable[QuoteRecord], low: int, high: int) -> list[_Mark]:
    """Every quote, cue and speaker mention that lies inside the article's text."""
    marks = []
    for r in records:
        spans = [(r.quote_start, r.quote_end, "q"), (r.cue_start, r.cue_end, "cue"),
                 (r.speaker_start, r.speaker_end, "spk")]
        for start, end, kind in spans:
            if start is not None and end is not None and low <= start < end <= high:
                marks.append(_Mark(start, end, kind, r))
    return marks


def hover_text(record: QuoteRecord) -> str:
    """What a reviewer sees on hover: speaker, type, confidence, flags, cue, id (unescaped)."""
    who = record.speaker_name or "no speaker found"
    if record.speaker_role:
        who += f" ({record.speaker_role})"
    parts = [who, f"{record.quote_type} quote", f"confidence {record.confidence:.2f}"]
    if record.flags:
        parts.append("flags: " + ", ".join(record.flags))
    if record.cue:
        parts.append(f"cue: {record.cue}")
    if record.suggested_speaker:
        parts.append(f"suggested: {record.suggested_speaker}")
    parts.append(record.quote_id)
    return " · ".join(parts)


def render_text(text: str, offset: int, records: Sequence[QuoteRecord],
                colours: dict[str, str]) -> str:
    """The article text as HTML with quotes, cues and speaker mentions marked.

    The text is cut at every mark boundary; each piece is wrapped in the marks covering it
    (innermost quote decides colour and hover), so overlapping or nested quotes still render
    and every character of the text appears exactly once, escaped.
    """
    marks = _marks(records, offset, offset + len(text))
    cuts = sorted({offset, offset + len(text), *(m.start for m in marks),
                   *(m.end for m in marks)})
    anchors = {r.quote_start: [] for r in records}
    for r in sorted(records, key=lambda r: (r.quote_start, r.quote_id)):
        anchors[r.quote_start].append(r.quote_id)
    starts: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.start].append(mark)
    open_marks: list[_Mark] = []
    out = []
    for low, high in zip(cuts, cuts[1:], strict=False):
        open_marks = [m for m in open_marks if m.end > low] + starts.get(low, [])
        out.extend(f'<a id="{escape(i)}"></a>' for i in anchors.get(low, []))
        out.append(_piece(text[low - offset : high - offset], open_marks, colours))
    return "".join(out)


def _piece(text: str, marks: list[_Mark], colours: dict[str, str]) -> str:
    """One stretch of text inside zero or more marks."""
    body = escape(text)
    if not marks:
        return body
    quotes = sorted((m for m in marks if m.kind == "q"), key=lambda m: m.end - m.start)
    roles = sorted({m.kind for m in marks if m.kind != "q"})
    owner = quotes[0].record if quotes else next(m.record for m in marks)
    classes = ["q"] if quotes else []
    classes += roles
    if quotes and owner.flags:
        classes.append("flag")
    if quotes and not owner.speaker_name:
        classes.append("none")
    colour = colours.get(owner.speaker_name or "", NO_SPEAKER)
    style = f"background:{colour}" if quotes else f"border-color:{_darker(colour)}"
    label = hover_text(owner)
    if roles and not quotes:
        label = ("speaker mention" if "spk" in roles else "cue") + " of: " + label
    return (f'<span class="{" ".join(classes)}" style="{style}" title="{escape(label)}">'
            f"{body}</span>")


def _darker(colour: str) -> str:
    """The same hue at half brightness, for the underline of a cue or speaker mention."""
    value = int(colour[1:], 16)
    r, g, b = (value >> 16) & 255, (value >> 8) & 255, value & 255
    return f"#{r // 2:02x}{g // 2:02x}{b // 2:02x}"


# ------------------------------------------------------------------------------ pages


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n"
        "</body></html>\n"
    )


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table whose cells are already HTML (callers escape the data they put in)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _swatch(colour: str) -> str:
    return f'<span class="swatch" style="background:{colour}"></span>'


def article_page(article: Article, records: Sequence[QuoteRecord],
                 colours: dict[str, str]) -> str:
    """One article: its metadata, a legend, the highlighted text and a list of its quotes."""
    title = article.title or Path(article.source_file).name
    meta = " · ".join(escape(x) for x in (article.source_file, article.date, article.dateline)
                      if x)
    counts = Counter(r.speaker_name for r in records)
    legend = "".join(
        f"<span>{_swatch(colours.get(name or '', NO_SPEAKER))}"
        f"{escape(name or 'no speaker found')} ({n})</span>"
        for name, n in counts.most_common()
    )
    rows = [
        (f'<a href="#{escape(r.quote_id)}">{escape(r.quote_id)}</a>',
         escape(r.speaker_name or "—"), escape(r.quote_type), f"{r.confidence:.2f}",
         escape(", ".join(r.flags)), escape(_short(r.quote_text)))
        for r in sorted(records, key=lambda r: r.quote_start)
    ]
    text = article.source_text[article.start : article.end]
    body = (
        f'<p class="meta"><a href="../{INDEX}">← all articles</a></p>'
        f"<h1>{escape(title)}</h1><p class=\"meta\">{meta} · {len(records)} quotes</p>"
        f'<p class="legend">{legend}</p>'
        f'<div class="text">{render_text(text, article.start, records, colours)}</div>'
        "<h2>Quotes</h2>"
        + _table(("Quote ID", "Speaker", "Type", "Confidence", "Flags", "Quote"), rows)
    )
    return _document(title, body)


def index_page(register: Register, colours: dict[str, str]) -> str:
    """Counts, the articles (linked) and the speakers of the run."""
    by_article = Counter(q.article_id for q in register.quotes)
    flagged = Counter(q.article_id for q in register.quotes if q.flags)
    speakers_of: dict[str, set[str]] = defaultdict(set)
    for q in register.quotes:
        if q.speaker_name:
            speakers_of[q.article_id].add(q.speaker_name)
    articles = [
        (f'<a href="{ARTICLES_DIR}/{page_name(a.article_id)}">'
         f"{escape(a.title or Path(a.source_file).name)}</a>",
         escape(a.source_file), f'<span class="nw">{escape(a.date or "")}</span>',
         str(by_article[a.article_id]),
         str(flagged[a.article_id]), escape(", ".join(sorted(speakers_of[a.article_id]))))
        for a in register.articles
    ]
    speakers = [
        (_swatch(colours.get(s.name, NO_SPEAKER)) + escape(s.name), escape(s.type),
         escape(s.role or ""), str(s.quote_count), escape(", ".join(s.articles)))
        for s in sorted(register.speakers, key=lambda s: (-s.quote_count, s.name.casefold()))
    ]
    summary = (f"{len(register.quotes)} quotes from {len(register.articles)} articles, "
               f"{len(register.speakers)} speakers, "
               f"{sum(1 for q in register.quotes if q.flags)} flagged, "
               f"{len(register.findings)} findings, {len(register.errors)} unreadable files")
    body = (
        f'<h1>Quote register</h1><p class="meta">{escape(summary)}</p><h2>Articles</h2>'
        + _table(("Article", "File", "Date", "Quotes", "Flagged", "Speakers"), articles)
        + "<h2>Speakers</h2>"
        + _table(("Speaker", "Type", "Role", "Quotes", "Articles"), speakers)
    )
    return _document("Quote register", body)


def _short(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_review_pages(register: Register, folder: PathLike) -> list[str]:
    """Write ``index.html`` and one page per article under ``folder``; return the paths."""
    root = Path(folder)
    colours = speaker_colours(register.speakers)
    by_article: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in register.quotes:
        by_article[record.article_id].append(record)
    written = []
    for article in register.articles:
        path = root / ARTICLES_DIR / page_name(article.article_id)
        html = article_page(article, by_article[article.article_id], colours)
        atomic_write(path, lambda temp, html=html: temp.write_text(html, encoding="utf-8"))
        written.append(str(path))
    index = root / INDEX
    html = index_page(register, colours)
    atomic_write(index, lambda temp: temp.write_text(html, encoding="utf-8"))
    return [str(index), *written]
