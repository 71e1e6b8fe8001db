"""HTML review pages: highlighted quotes by speaker, anchors by quote id, safe with hostile text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotes.api import QuoteFinder
from quotes.cli import main
from quotes.model import Article, QuoteRecord, Register, SpeakerSummary
from quotes.review_pages import (
    PALETTE,
    hover_text,
    page_name,
    quote_href,
    render_text,
    speaker_colours,
    write_review_pages,
)

HOSTILE = (
    "<script>alert(1)</script> “We will \"win\" <b>tonight</b>,” said "
    "Mayor Ana López.\n\n“Prices rise & fall,” López told reporters.\n"
)


class Collector(HTMLParser):
    """Elements, attributes and text of a page, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[dict[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append(dict(attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def record(quote_id: str, start: int, end: int, text: str, speaker: str | None, **more
           ) -> QuoteRecord:  # noqa: ANN003
    values = dict(
        quote_id=quote_id, article_id="a.txt#1", source_file="a.txt", article_title=None,
        article_date=None, quote_text=text[start:end], quote_start=start, quote_end=end,
        quote_type="direct", speaker_text=None, speaker_start=None, speaker_end=None,
        speaker_name=speaker, speaker_type="person", speaker_role=None, cue=None,
        cue_start=None, cue_end=None, flags=[], confidence=0.9,
    )
    values.update(more)
    return QuoteRecord(**values)


def test_page_names_are_safe_stable_and_distinct() -> None:
    names = [page_name(i) for i in ("../../etc/passwd#1", "a b.txt#1", "a-b.txt#1", "<x>\"'")]
    assert names[0] == page_name("../../etc/passwd#1")
    assert len(set(names)) == 4
    assert all(re.fullmatch(r"[A-Za-z0-9-]+-[0-9a-f]{8}\.html", n) for n in names)
    assert names[0].startswith("etc-passwd-1-")


def test_quote_href_points_at_the_anchor() -> None:
    quote = record("Qabc", 0, 4, "text", "X")
    assert quote_href(quote) == f"articles/{page_name('a.txt#1')}#Qabc"


def test_render_keeps_every_character_once_and_marks_spans() -> None:
    text = "Dar said “we agree” and left."
    quote = record("Q1", 9, 19, text, "Ishaq Dar", speaker_text="Dar", speaker_start=0,
                   speaker_end=3, cue="said", cue_start=4, cue_end=8)
    html = render_text(text, 0, [quote], {"Ishaq Dar": PALETTE[0]})
    page = parse(html)
    assert "".join(page.text) == text
    assert [a.get("class") for a in page.attrs] == ["spk", "cue", None, "q"]
    assert page.attrs[2] == {"id": "Q1"}
    assert f"background:{PALETTE[0]}" in (page.attrs[3]["style"] or "")
    assert page.attrs[3]["title"] == hover_text(quote) == (
        "Ishaq Dar · direct quote · confidence 0.90 · cue: said · Q1")


def test_render_handles_nested_quotes_and_an_offset() -> None:
    text = "He said the plan, “a bold plan”, would work."
    outer = record("Q1", 18 + 100, 44 + 100, " " * 100 + text, "A", quote_type="indirect")
    inner = record("Q2", 18 + 100, 31 + 100, " " * 100 + text, None, flags=["MISSING_SPEAKER"])
    page = parse(render_text(text, 100, [outer, inner], {"A": PALETTE[1]}))
    assert "".join(page.text) == text
    classes = [a.get("class") for a in page.attrs if a.get("class")]
    assert classes == ["q flag none", "q"]  # the inner (shorter) quote decides inside it
    ids = [a["id"] for a in page.attrs if "id" in a]
    assert ids == ["Q1", "Q2"]


def test_speaker_colours_follow_quote_counts() -> None:
    speakers = [SpeakerSummary("B", "person", None, [], 1, ["a"]),
                SpeakerSummary("A", "person", None, [], 5, ["a"])]
    assert speaker_colours(speakers) == {"A": PALETTE[0], "B": PALETTE[1]}


@pytest.fixture(scope="module")
def hostile_site(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "in"
    source.mkdir()
    (source / "<img src=x onerror=alert(1)>.txt").write_text(HOSTILE, encoding="utf-8")
    result = QuoteFinder(nlp).extract(source)
    assert len(result) == 2
    write_review_pages(result.register, folder / "html")
    return folder / "html"


def test_hostile_text_is_escaped_everywhere(hostile_site: Path) -> None:
    pages = [hostile_site / "index.html", *sorted((hostile_site / "articles").iterdir())]
    assert len(pages) == 2
    for path in pages:
        html = path.read_text(encoding="utf-8")
        page = parse(html)
        assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags
        assert not any(k.startswith("on") for attrs in page.attrs for k in attrs)
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
    article = parse(pages[1].read_text(encoding="utf-8"))
    body = "".join(article.text)
    assert "<script>alert(1)</script> “We will \"win\" <b>tonight</b>,” said" in body
    titles = [a["title"] for a in article.attrs if a.get("class") == "q"]
    assert titles[0].startswith("Ana López (Mayor) · ")


def test_attribute_breaking_speaker_names_stay_inside_the_attribute() -> None:
    text = "“Go,” said X."
    name = 'Ana" onmouseover="alert(1)" x=\'<script>'
    quote = record("Q1", 0, 5, text, name, flags=['"><script>'])
    html = render_text(text, 0, [quote], speaker_colours(
        [SpeakerSummary(name, "person", None, [], 1, ["a"])]))
    page = parse(html)
    assert page.tags == ["a", "span"]
    span = page.attrs[1]
    assert set(span) == {"class", "style", "title"}
    assert span["title"] == f'{name} · direct quote · confidence 0.90 · flags: "><script> · Q1'
    assert span["style"] == f"background:{PALETTE[0]}"


def test_index_links_every_article(hostile_site: Path) -> None:
    index = parse((hostile_site / "index.html").read_text(encoding="utf-8"))
    links = [a["href"] for a in index.attrs if "href" in a]
    pages = sorted(p.name for p in (hostile_site / "articles").iterdir())
    assert links == [f"articles/{p}" for p in pages]
    assert "2 quotes from 1 articles" in "".join(index.text)
    assert "<img src=x onerror=alert(1)>.txt" in "".join(index.text)


def test_cli_html_writes_one_page_per_article(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "html"
    code = main(["extract", str(seeds_dir), "-o", str(tmp_path / "r.xlsx"), "--html", str(out),
                 "-q"])
    assert code == 0
    assert (out / "index.html").is_file()
    assert len(list((out / "articles").glob("*.html"))) == 6  # the seeds hold six articles


def test_register_rows_link_to_their_anchor_on_the_page(tmp_path: Path, seeds_dir: Path) -> None:
    import openpyxl

    register = tmp_path / "reports" / "r.xlsx"
    out = tmp_path / "review"
    assert main(["extract", str(seeds_dir), "-o", str(register), "--html", str(out), "-q"]) == 0
    sheet = openpyxl.load_workbook(register)["Quotes"]
    header = [c.value for c in sheet[1]]
    ids = [row[header.index("Quote ID")] for row in sheet.iter_rows(min_row=2)]
    assert ids and all(cell.hyperlink is not None for cell in ids)
    for cell in ids:
        target = cell.hyperlink.target
        assert target.startswith("../review/articles/") and target.endswith(f"#{cell.value}")
        page = (register.parent / target.split("#")[0]).resolve()
        assert f'id="{cell.value}"' in page.read_text(encoding="utf-8")


def test_every_quote_has_its_anchor(tmp_path: Path) -> None:
    text = "“One,” she said. “Two,” he said."
    article = Article("t#1", "t.txt", text, 0, len(text), text)
    quotes = [record("Qa", 0, 6, text, None, article_id="t#1"),
              record("Qb", 17, 23, text, None, article_id="t#1")]
    register = Register(quotes=quotes, articles=[article], speakers=[], findings=[])
    write_review_pages(register, tmp_path)
    html = (tmp_path / quote_href(quotes[0]).split("#")[0]).read_text(encoding="utf-8")
    ids = [a["id"] for a in parse(html).attrs if "id" in a]
    assert ids == ["Qa", "Qb"]
    assert html.count('href="#Qa"') == 1 and html.count('href="#Qb"') == 1
