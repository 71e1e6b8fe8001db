"""Tests for ingest: every format, the header analysis, and the body/offset invariant.

The invariant matters most: later stages run spaCy on ``Article.body`` and add ``start`` to get
offsets into ``source_text``, so every case checks that body is source text with some
characters (never newlines) turned into spaces.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotes import ingest
from quotes.datelines import match_dateline
from quotes.ingest import (
    decode_bytes,
    discover_files,
    iter_articles,
    normalise_date,
    read_articles,
)
from quotes.model import Article, IngestError

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_NAMES = [
    "000_47a1ec7b6b56e8d6.txt",
    "001_5812de37c65d7f2a.txt",
    "002_456f3f2e67ceee91.txt",
    "003_a2b283d1d5871b4a.txt",
    "004_81fcfa669cdce225.txt",
]
HEADLINE_1 = (
    "Pakistan backs Iran’s call for OIC meeting after Hamas leader’s assassination in Tehran"
)
HEADLINE_2 = (
    "Pakistan, Libya discuss defense and counterterrorism cooperation during army chief’s visit"
)


# --------------------------------------------------------------------------- helpers


def check_offsets(article: Article) -> None:
    """body is source_text[start:end] with some non-newline characters replaced by spaces
    (and a record's "\\r" shown as the newline it stands for)."""
    source = article.source_text[article.start : article.end]
    assert len(article.body) == article.end - article.start == len(source)
    for offset, (got, original) in enumerate(zip(article.body, source, strict=True)):
        same = got == original or (got == " " and original != "\n") or (got, original) == (
            "\n", "\r")
        assert same, f"offset {offset}: body {got!r} vs source {original!r}"


def check_covers(articles: list[Article]) -> None:
    """Articles of one text file tile it: no gap, no overlap, from 0 to the end."""
    assert articles[0].start == 0
    assert articles[-1].end == len(articles[-1].source_text)
    for before, after in zip(articles[:-1], articles[1:], strict=True):
        assert before.end == after.start


def kept(article: Article, phrase: str) -> None:
    """``phrase`` is in the body at exactly its offset in the source text."""
    position = article.source_text.index(phrase, article.start) - article.start
    assert article.body[position : position + len(phrase)] == phrase


def gone(article: Article, *phrases: str) -> None:
    """None of ``phrases`` is left in the body."""
    for phrase in phrases:
        assert phrase not in article.body, phrase


def articles_of(path: Path | str) -> list[Article]:
    """Read a file that must give only articles; check the invariant on each."""
    results = read_articles(str(path))
    errors = [result for result in results if isinstance(result, IngestError)]
    assert errors == []
    articles = [result for result in results if isinstance(result, Article)]
    for article in articles:
        check_offsets(article)
    return articles


def single_error(path: Path | str) -> str:
    """Read a file that must give exactly one IngestError; return its message."""
    results = read_articles(str(path))
    assert len(results) == 1
    assert isinstance(results[0], IngestError)
    assert results[0].source_file == str(path)
    return results[0].message


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` as bytes exactly (no newline translation)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_offsets_hold(name: str) -> None:
    articles = articles_of(SEEDS / name)
    check_covers(articles)
    raw = (SEEDS / name).read_bytes().decode("utf-8")
    assert all(article.source_text == raw for article in articles)


def test_seed_001_holds_two_articles() -> None:
    path = str(SEEDS / "001_5812de37c65d7f2a.txt")
    first, second = articles_of(path)
    source = first.source_text
    assert (first.index, second.index) == (1, 2)
    assert (first.article_id, second.article_id) == (f"{path}#1", f"{path}#2")
    assert (first.start, first.end) == (0, source.index(HEADLINE_2))
    assert (second.start, second.end) == (source.index(HEADLINE_2), len(source))
    assert (first.title, first.date, first.dateline) == (HEADLINE_1, "2024-08-03", "ISLAMABAD")
    assert (second.title, second.date, second.dateline) == (HEADLINE_2, None, "ISLAMABAD")
    assert first.url is None and first.record is None


def test_seed_001_furniture_is_blanked_and_text_kept() -> None:
    first, second = articles_of(SEEDS / "001_5812de37c65d7f2a.txt")
    furniture = ("Short Url", "Follow", "Updated", "ISLAMABAD", "(AP)", "holds a poster")
    gone(first, HEADLINE_1, *furniture)
    gone(second, HEADLINE_2, *furniture, "4 sec ago")
    kept(first, "Pakistan’s Deputy Prime Minister Ishaq Dar said on Saturday his country")
    kept(first, "“The Deputy Prime Minister fully supported this call")
    kept(first, "Ismail Haniyeh’s assassination in Tehran has led to fears")  # summary bullet
    kept(first, "joined the proceedings as well.")
    kept(second, "Pakistan and Libya discussed enhancing defense cooperation")
    kept(second, "“Both sides underscored the importance of collaboration")
    kept(second, "amid Libya’s prolonged political instability.")
    assert first.body.lstrip().startswith("•")


@pytest.mark.parametrize(
    ("name", "date", "dateline", "first_words"),
    [
        ("002_456f3f2e67ceee91.txt", "2025-01-23", "Doha", "Jamaat-e-Islami Emir Hafiz"),
        ("003_a2b283d1d5871b4a.txt", "2023-10-21", "KARACHI", "The Palestine Solidarity Rally"),
    ],
)
def test_seed_date_prefix_and_dateline(
    name: str, date: str, dateline: str, first_words: str
) -> None:
    (article,) = articles_of(SEEDS / name)
    assert (article.title, article.date, article.dateline) == (None, date, dateline)
    assert article.body.lstrip().startswith(first_words)
    kept(article, first_words)
    gone(article, f"date {date}", f"{dateline} -")
    changed = [i for i, char in enumerate(article.body) if char != article.source_text[i]]
    assert changed and max(changed) < article.source_text.index(first_words)


@pytest.mark.parametrize("name", ["000_47a1ec7b6b56e8d6.txt", "004_81fcfa669cdce225.txt"])
def test_seed_without_header_is_left_alone(name: str) -> None:
    (article,) = articles_of(SEEDS / name)
    assert (article.title, article.date, article.dateline) == (None, None, None)
    assert article.body == article.source_text
    assert (article.start, article.end, article.index) == (0, len(article.source_text), 1)


def test_discover_seed_folder_keeps_the_path_as_typed() -> None:
    folder = str(SEEDS)
    assert discover_files([folder]) == [os.path.join(folder, name) for name in SEED_NAMES]


# --------------------------------------------------------------------------- plain text, Markdown

TWO_ARTICLES = (
    "Council approves new harbour bridge\n"
    "\n"
    "Updated 12 March 2024\n"
    "Share\n"
    "\n"
    "Council approves new harbour bridge\n"
    "\n"
    "HALIFAX: The council voted 9-2 on Tuesday to approve the bridge.\n"
    "“This is a good day for the city,” Mayor Ann Smith said.\n"
    "The site of the new bridge on Monday. (Jane Doe/Reuters)\n"
    "READ MORE: Bridge costs soar\n"
    "However - the vote was close, officials said.\n"
    "\u00a0\n"
    "Storm closes schools across the region\n"
    "Published Jan. 5, 2019\n"
    "Story continues below advertisement\n"
    "Doha - Schools were closed on Friday as the storm hit.\n"
    "“Stay home,” the ministry said in a statement.\n"
)


def test_txt_with_two_articles(tmp_path: Path) -> None:
    path = write(tmp_path / "two.txt", TWO_ARTICLES)
    first, second = articles_of(path)
    check_covers([first, second])
    assert first.end == TWO_ARTICLES.index("Storm closes")
    assert (first.title, first.date, first.dateline) == (
        "Council approves new harbour bridge",
        "2024-03-12",
        "HALIFAX",
    )
    assert (second.title, second.date, second.dateline) == (
        "Storm closes schools across the region",
        "2019-01-05",
        "Doha",
    )
    gone(first, "Council approves", "Updated", "Share", "HALIFAX", "Jane Doe", "READ MORE", "\xa0")
    kept(first, "The council voted 9-2 on Tuesday to approve the bridge.")
    kept(first, "“This is a good day for the city,” Mayor Ann Smith said.")
    kept(first, "However - the vote was close, officials said.")
    gone(second, "Storm closes", "Published", "Story continues", "Doha -")
    kept(second, "Schools were closed on Friday as the storm hit.")
    kept(second, "“Stay home,” the ministry said in a statement.")


def test_crlf_and_cr_newlines_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.txt", TWO_ARTICLES.replace("\n", "\r\n"))
    articles = articles_of(path)
    assert [a.source_text for a in articles] == [TWO_ARTICLES, TWO_ARTICLES]
    old_mac = write(tmp_path / "cr.txt", "One line.\rTwo line.\r")
    (article,) = articles_of(old_mac)
    assert article.source_text == "One line.\nTwo line.\n"


def test_short_lone_line_is_body_not_headline(tmp_path: Path) -> None:
    (article,) = articles_of(write(tmp_path / "short.txt", "Nobody said anything at all"))
    assert article.title is None
    assert article.body == article.source_text


@pytest.mark.parametrize(("text", "title"), [
    # a short credit printed twice is no headline printed again
    ("Harbour chief says no failure in storm response\n\nWire Media\nWire Media\n\nThe head "
     "of the harbour police has said there was no failure.\n",
     "Harbour chief says no failure in storm response"),
    # a headline printed twice still wins over a first line above it
    ("News\n\nHarbour chief says no failure in storm response\n\nHarbour chief says no "
     "failure in storm response\n\nThe head of the harbour police has said there was no "
     "failure.\n", "Harbour chief says no failure in storm response"),
])
def test_a_line_printed_twice_is_the_headline_unless_it_is_a_short_credit(
        tmp_path: Path, text: str, title: str) -> None:
    (article,) = articles_of(write(tmp_path / "story.txt", text))
    assert article.title == title


def test_markdown_heading_is_the_headline(tmp_path: Path) -> None:
    text = (
        "# Senate passes the budget bill\n"
        "\n"
        "WASHINGTON — The senator said on Monday that the bill would pass.\n"
        "\n"
        "## What comes next\n"
        "\n"
        "“We will vote again,” she said.\n"
    )
    (article,) = articles_of(write(tmp_path / "story.md", text))
    assert (article.title, article.date, article.dateline) == (
        "Senate passes the budget bill",
        None,
        "WASHINGTON",
    )
    gone(article, "#", "Senate passes", "WASHINGTON")
    kept(article, "The senator said on Monday that the bill would pass.")
    kept(article, "What comes next")
    kept(article, "“We will vote again,” she said.")
    assert article.body.splitlines()[0] == " " * len("# Senate passes the budget bill")


def test_single_article_with_header_is_not_split(tmp_path: Path) -> None:
    text = (
        "Markets rally on rate hopes\n"
        "2019-01-05\n"
        "Adam Stanley, The Canadian Press\n"
        "TORONTO -- Stocks rose on Friday.\n"
        "Analysts expect more gains\n"
        "“It was a good week,” one trader said.\n"
    )
    (article,) = articles_of(write(tmp_path / "one.txt", text))
    assert (article.title, article.date, article.dateline) == (
        "Markets rally on rate hopes",
        "2019-01-05",
        "TORONTO",
    )
    gone(article, "Markets rally", "2019-01-05", "Adam Stanley", "TORONTO")
    kept(article, "Stocks rose on Friday.")
    kept(article, "Analysts expect more gains")


# --------------------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Budget row deepens | Example News</title>
<meta property="og:title" content="Budget row deepens">
<meta property="article:published_time" content="2024-03-05T10:15:00Z">
<link rel="canonical" href="https://example.org/budget-row">
<style>p { color: red; }</style>
<script>var quote = "He said \\"nothing\\"";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Example News</h1></header>
<article>
<h1>Budget row deepens</h1>
<p class="byline">By Jane Roe</p>
<p>OTTAWA &mdash; The finance minister said on Monday that the    budget
   would &ldquo;balance itself&rdquo;.</p>
<p>&ldquo;We are not worried,&rdquo; said Ana L&oacute;pez, a spokesperson.<br>She added
that talks &amp; votes would follow.</p>
<figure><img src="x.jpg"><figcaption>The minister in Ottawa. (Adrian Wyld/Canadian Press)
</figcaption></figure>
<noscript>Enable JavaScript</noscript>
<aside>Related: another story</aside>
<form><label>Email</label></form>
</article>
<footer>Copyright 2024</footer>
</body></html>
"""
HTML_TEXT = (
    "Budget row deepens\n"
    "\n"
    "By Jane Roe\n"
    "\n"
    "OTTAWA — The finance minister said on Monday that the budget would “balance itself”.\n"
    "\n"
    "“We are not worried,” said Ana López, a spokesperson.\n"
    "She added that talks & votes would follow.\n"
    "\n"
    "The minister in Ottawa. (Adrian Wyld/Canadian Press)"
)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_visible_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"page{suffix}", HTML_PAGE)
    (article,) = articles_of(path)
    assert article.source_text == HTML_TEXT
    assert (article.title, article.date, article.dateline, article.url) == (
        "Budget row deepens",
        "2024-03-05",
        "OTTAWA",
        "https://example.org/budget-row",
    )
    assert (article.article_id, article.index, article.record) == (f"{path}#1", 1, None)
    gone(article, "Budget row", "Jane Roe", "OTTAWA", "Adrian Wyld")
    kept(article, "The finance minister said on Monday that the budget would “balance itself”.")
    kept(article, "She added that talks & votes would follow.")


def test_html_title_falls_back_to_h1_then_title(tmp_path: Path) -> None:
    page = "<title>Tab title</title><h1>Real  headline</h1><p><time datetime='2019-01-05'>x</time>"
    (article,) = articles_of(write(tmp_path / "a.html", page + "Body text here.</p>"))
    assert (article.title, article.date) == ("Real headline", "2019-01-05")
    (plain,) = articles_of(write(tmp_path / "b.html", "<title>Tab title</title><p>Body.</p>"))
    assert plain.title == "Tab title"


def test_html_without_visible_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><script>x = 1</script><nav>Menu</nav></html>")
    assert single_error(path) == f"{path}: no readable text in this HTML page"


def test_html_that_breaks_the_parser_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.html", "<p>Text</p><![weird[ <p>more")
    assert single_error(path).startswith(f"{path}: HTML could not be read (")


# --------------------------------------------------------------------------- JSON, JSONL, CSV


def test_json_list_of_records(tmp_path: Path) -> None:
    records = [
        {
            "id": 17,
            "title": "Mayor quits",
            "text": "Mayor quits\r\n\r\nTORONTO -- The mayor resigned.\r\n“I am done,” he said.",
            "date": "March 5, 2024",
            "url": "https://example.org/1",
        },
        {"headline": "Second story", "body": "Rain fell all day. “It was wet,” she said."},
        {"title": "No text here"},
        "not an object",
    ]
    path = write(tmp_path / "list.json", json.dumps(records, ensure_ascii=False))
    results = read_articles(str(path))
    assert len(results) == 4
    first, second, missing, wrong = results
    assert isinstance(first, Article) and isinstance(second, Article)
    check_offsets(first)
    check_offsets(second)
    assert first.source_text == records[0]["text"]  # as stored: offsets count in the field
    assert (first.article_id, first.record, first.index) == (f"{path}#17", "17", 1)
    assert (first.title, first.date, first.dateline, first.url) == (
        "Mayor quits",
        "2024-03-05",
        "TORONTO",
        "https://example.org/1",
    )
    gone(first, "Mayor quits", "TORONTO")
    kept(first, "The mayor resigned.")
    kept(first, "“I am done,” he said.")
    assert "resigned. \n“I am" in first.body  # "\\r\\n" reaches the pipeline as " \\n"
    assert (second.article_id, second.record, second.index) == (f"{path}#item 2", "item 2", 2)
    assert (second.title, second.date, second.dateline) == ("Second story", None, None)
    assert second.body == second.source_text == records[1]["body"]
    assert missing == IngestError(
        str(path), f"{path}: item 3: no text field (text, body, content, article, story, full_text)"
    )
    assert wrong == IngestError(str(path), f"{path}: item 4: not an object")


@pytest.mark.parametrize("key", ["articles", "items", "data", "records"])
def test_json_object_holding_a_list(tmp_path: Path, key: str) -> None:
    document = {key: [{"content": "Prices rose again, the bank said."}], "count": 1}
    (article,) = articles_of(write(tmp_path / "wrapped.json", json.dumps(document)))
    assert (article.record, article.source_text) == ("item 1", "Prices rose again, the bank said.")


def test_json_single_object_and_invalid_json(tmp_path: Path) -> None:
    (article,) = articles_of(write(tmp_path / "one.json", '{"full_text": "All is well."}'))
    assert (article.record, article.body) == ("item 1", "All is well.")
    bad = write(tmp_path / "bad.json", '[{"text": "ok"},\n {"text": ]')
    assert single_error(bad) == f"{bad}: not valid JSON (line 2: Expecting value)"


def test_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "First story. “Yes,” he said."}',
        '{"id": "b", "text": broken',
        "",
        '{"story": "Third story. “No,” she said.", "published_at": "2019-01-05T10:00:00Z"}',
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    results = read_articles(str(path))
    assert len(results) == 3
    first, broken, third = results
    assert isinstance(first, Article) and isinstance(third, Article)
    check_offsets(first)
    check_offsets(third)
    assert (first.article_id, first.record, first.index) == (f"{path}#a", "a", 1)
    assert first.body == first.source_text == "First story. “Yes,” he said."
    assert broken == IngestError(str(path), f"{path}: line 2: not valid JSON (Expecting value)")
    assert (third.article_id, third.record, third.index, third.date) == (
        f"{path}#line 4",
        "line 4",
        3,
        "2019-01-05",
    )


def test_jsonl_duplicate_ids_stay_unique(tmp_path: Path) -> None:
    line = '{"id": "x", "text": "Same id."}\n'
    first, second = articles_of(write(tmp_path / "dup.jsonl", line * 2))
    assert (first.record, second.record) == ("x", "x (line 2)")
    assert first.article_id != second.article_id


CSV_TEXT = (
    "id,headline,body,published\n"
    'r1,Flood warning,"OTTAWA (Reuters) - Rivers rose on Monday.\n""Move now,"" the mayor said.",'
    "2024-04-01\n"
    ',Heat wave,"Temperatures hit 40C, officials said.",April 2 2024\n'
    ",No body,,2024-04-03\n"
)


def test_csv_with_bom_and_body_column(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", "\ufeff" + CSV_TEXT)
    results = read_articles(str(path))
    assert len(results) == 3
    flood, heat, empty = results
    assert isinstance(flood, Article) and isinstance(heat, Article)
    check_offsets(flood)
    check_offsets(heat)
    expected = 'OTTAWA (Reuters) - Rivers rose on Monday.\n"Move now," the mayor said.'
    assert flood.source_text == expected
    assert (flood.article_id, flood.record, flood.index) == (f"{path}#r1", "r1", 1)
    assert (flood.title, flood.date, flood.dateline) == ("Flood warning", "2024-04-01", "OTTAWA")
    gone(flood, "OTTAWA", "(Reuters)")
    kept(flood, 'Rivers rose on Monday.\n"Move now," the mayor said.')
    assert (heat.article_id, heat.record, heat.index) == (f"{path}#row 2", "row 2", 2)
    assert (heat.title, heat.date, heat.body) == (
        "Heat wave",
        "2024-04-02",
        "Temperatures hit 40C, officials said.",
    )
    assert empty == IngestError(str(path), f"{path}: row 3: no text field (body)")


def test_csv_header_names_are_case_insensitive(tmp_path: Path) -> None:
    text = 'Title,TEXT,URL\r\nRain,"Rain fell, she said.\r\nIt stopped.", https://e.org/r \r\n'
    (article,) = articles_of(write(tmp_path / "excel.csv", text))
    assert (article.title, article.url, article.source_text) == (
        "Rain",
        "https://e.org/r",
        "Rain fell, she said.\r\nIt stopped.",  # the field as csv.DictReader returns it
    )


def test_csv_semicolons_and_a_guessed_column_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "semi.csv",
                 "slug;copy\nshort-one;The longest column holds the story, the editor said.\n")
    note, article = read_articles(str(path))
    assert note == IngestError(
        str(path), f"{path}: no column named text, body, content, article, story, full_text; "
        "read column 'copy', the one with the most words, as the text")
    assert (article.record, article.body) == (
        "row 1",
        "The longest column holds the story, the editor said.",
    )


def test_csv_with_only_numbers_is_not_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "numbers.csv", "id,count\n1,123456789\n2,987654321\n")
    assert read_articles(str(path)) == [IngestError(
        str(path), f"{path}: no text column (name one of: text, body, content, article, "
        "story, full_text)")]


# --------------------------------------------------------------------------- decoding and errors


def test_cp1252_file_with_curly_quotes(tmp_path: Path) -> None:
    raw = "Ministers met on Monday.\r\n“We will act,” the minister said. It’s done — café."
    data = raw.encode("cp1252")
    expected = raw.replace("\r\n", "\n")
    assert decode_bytes(data) == (expected, "cp1252")
    (article,) = articles_of(write(tmp_path / "old.txt", raw, encoding="cp1252"))
    assert article.source_text == article.body == expected


def test_decode_bytes_utf8_and_bom() -> None:
    assert decode_bytes("Zoë said “hi”\r\n".encode()) == ("Zoë said “hi”\n", "utf-8")
    assert decode_bytes("\ufeffHello".encode()) == ("Hello", "utf-8-sig")
    assert decode_bytes("Hello".encode("utf-16")) == ("Hello", "utf-16")
    with pytest.raises(ValueError):
        decode_bytes(bytes(range(256)) * 4)


def test_utf8_file_with_stray_cp1252_bytes() -> None:
    data = "Zoë said ".encode() + b"\x93yes\x94" + " — café".encode()
    assert decode_bytes(data) == ("Zoë said “yes” — café", "utf-8 (with some cp1252 bytes)")


def test_binary_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert single_error(path) == f"{path}: not a text file (binary data)"
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    message = "not a text file (a PDF document; save it as text first)"
    assert single_error(pdf) == f"{pdf}: {message}"


@pytest.mark.parametrize("content", ["", "   \n\n\t", "\u00a0\n \u00a0 \n", "\ufeff\n"])
def test_empty_file_is_reported(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "empty.txt", content)
    assert single_error(path) == f"{path}: empty file (no text to read)"


def test_missing_file_and_folder_are_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert single_error(missing) == f"{missing}: file not found"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert single_error(folder) == f"{folder}: is a folder, not a file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, non-root")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", "Secret.")
    path.chmod(0)
    try:
        assert single_error(path) == f"{path}: permission denied (cannot read the file)"
    finally:
        path.chmod(0o644)


def test_iter_articles_goes_on_after_a_missing_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Rain fell, the forecaster said.")
    missing = str(tmp_path / "missing.txt")
    results = list(iter_articles([missing, str(good)]))
    assert results[0] == IngestError(missing, f"{missing}: file not found")
    assert isinstance(results[1], Article) and results[1].article_id == f"{good}#1"
    assert len(results) == 2


# --------------------------------------------------------------------------- discovery


def test_discover_files_in_a_folder(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in [
        "b.txt", "a.md", "C.HTML", "sub/c.json", "sub/d.csv", "sub/e.jsonl", "sub/f.htm",
        ".hidden.txt", ".git/x.txt", "notes.pdf", "image.png", "README",
    ]:  # fmt: skip
        write(root / name, "Some text.")
    folder = str(root) + os.sep  # kept as typed, trailing separator and all
    expected = ["C.HTML", "a.md", "b.txt", "sub/c.json", "sub/d.csv", "sub/e.jsonl", "sub/f.htm"]
    assert discover_files([folder]) == [os.path.join(folder, *name.split("/")) for name in expected]


def test_discover_files_takes_named_files_and_missing_paths(tmp_path: Path) -> None:
    odd = write(tmp_path / "notes.text", "Odd extension, read as text.")
    hidden = write(tmp_path / ".secret.txt", "Named on purpose.")
    missing = str(tmp_path / "gone.txt")
    paths = [str(odd), str(hidden), missing, str(odd)]
    assert discover_files(paths) == [str(odd), str(hidden), missing]
    (article,) = articles_of(odd)
    assert article.body == "Odd extension, read as text."


# --------------------------------------------------------------------------- header helpers


@pytest.mark.parametrize(
    ("line", "place", "rest"),
    [
        ("ISLAMABAD: Pakistan said", "ISLAMABAD", "Pakistan said"),
        ("KARACHI - The rally", "KARACHI", "The rally"),
        ("Doha - Jamaat-e-Islami Emir", "Doha", "Jamaat-e-Islami Emir"),
        ("WASHINGTON — Nancy Pelosi", "WASHINGTON", "Nancy Pelosi"),
        ("TORONTO -- Stocks rose", "TORONTO", "Stocks rose"),
        ("OTTAWA (Reuters) - Canada said", "OTTAWA", "Canada said"),
        ("LONDON, Ont. - Police said", "LONDON, Ont.", "Police said"),
        ("MILWAUKEE—The nation’s", "MILWAUKEE", "The nation’s"),
        ("NEW YORK -- Facebook says", "NEW YORK", "Facebook says"),
    ],
)
def test_datelines(line: str, place: str, rest: str) -> None:
    found = match_dateline(line, 0, len(line))
    assert found is not None
    assert found[0] == place
    assert line[found[1] :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "However - the vote was close.",
        "Meanwhile - The council met.",
        "UPDATE: the story changed.",
        "The council met - and voted.",
        "Smith said - quietly - that",
        "Canada's trade - not its army - matters.",
        "Q: What did you say?",
    ],
)
def test_not_datelines(line: str) -> None:
    assert match_dateline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Updated 03 August 2024", "2024-08-03"),
        ("Published 5 March 2019", "2019-03-05"),
        ("Jan. 5, 2019", "2019-01-05"),
        ("2019-01-05", "2019-01-05"),
        ("2019-01-05T10:00:00Z", "2019-01-05"),
        ("Saturday, January 5th, 2019 10:25AM EST", "2019-01-05"),
        ("Sat, 05 Jan 2019 10:00:00 GMT", "2019-01-05"),
        ("Updated 4 sec ago", None),
        ("2 hours ago", None),
        ("03/08/2024", None),
        ("13/05/2019", "2019-05-13"),
        ("Posted 5/13/2019", "2019-05-13"),
        ("05.05.2019", "2019-05-05"),
        ("2019-02-30", None),
        ("", None),
    ],
)
def test_normalise_date(text: str, iso: str | None) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Short Url",
        "Follow",
        "Share",
        "Updated 03 August 2024",
        "Updated 4 sec ago",
        "2 hours ago",
        "Story continues below advertisement",
        "Article Continued Below",
        "Advertisement",
        "READ MORE: Bridge costs soar",
        "WATCH: Crews clear the road",
        "Also on HuffPost:",
        "Sign up for our daily newsletter",
        "Click here to subscribe",
        "A protester in Karachi. (AP)",
        "The minister in Ottawa. (Reuters)",
        "The site on Monday. (CBC)",
        "Trudeau speaks. (Adrian Wyld/Canadian Press)",
        "Volunteers at the shelter. (Kali Madej/ Dixon Hall)",
        "Lonechild, left. (Instagram/Darian Lonechild)",
        "Twitter: @HarbourRovers",
        "Ranger chief Ana Wanjiru said patrols will double in the park/FILE",
        "Fans cheer the team in the square / COURTESY",
        "Instagram - @kelso.ales",
        "@northfield_fc",
    ],
)
def test_furniture_lines_are_blanked(tmp_path: Path, line: str) -> None:
    text = f"The council met on Monday, officials said.\n{line}\n“We agreed,” the mayor said.\n"
    (article,) = articles_of(write(tmp_path / "f.txt", text))
    assert article.body.split("\n")[1] == " " * len(line)
    kept(article, "The council met on Monday, officials said.")
    kept(article, "“We agreed,” the mayor said.")


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures show a rise, the agency said.",
        "Advertisement revenue fell 5 per cent.",
        "Sign up rates fell sharply.",
        "Copyright lawsuits rose, he said.",
        "Editing by hand is slow, she said.",
        "Adam Stanley, The Canadian Press",  # a byline only counts in the header
        "The vote (and the debate) was fine.",
        "Twitter: @HarbourRovers said the match is off.",
        "The hotline runs 24/7, the agency said.",
    ],
)
def test_body_lines_are_not_furniture(tmp_path: Path, line: str) -> None:
    text = f"The council met on Monday, officials said.\n{line}\n“We agreed,” the mayor said.\n"
    (article,) = articles_of(write(tmp_path / "b.txt", text))
    assert article.body == text


def test_furniture_comes_from_the_rule_set_it_is_given(tmp_path: Path) -> None:
    from quotes.rules import RuleSet

    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "furniture.jsonl").write_text('{"pattern": "Sponsored by Acme", "label": "promo"}\n')
    text = "The council met on Monday, officials said.\nSponsored by Acme\n"
    path = write(tmp_path / "a.txt", text)
    (plain,) = read_articles(str(path), ingest.Furniture.of(RuleSet.load()))
    (extended,) = read_articles(str(path), ingest.Furniture.of(RuleSet.load(extra)))
    assert "Sponsored by Acme" in plain.body
    assert "Sponsored by Acme" not in extended.body
