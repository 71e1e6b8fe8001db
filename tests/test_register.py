"""Tests for the register writers/readers: layout, formula safety, atomicity, review carry-over."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from quotes import register as reg
from quotes.model import Article, Finding, IngestError, QuoteRecord, Register, SpeakerSummary

RISKY = ["=SUM(A1)", "+44 20 7946", "-5 points", "@handle", "\tindented"]


def make_quote(quote_id: str, text: str = "We will win.", **extra: Any) -> QuoteRecord:
    """A hand-built quote with sensible defaults."""
    values: dict[str, Any] = dict(
        quote_id=quote_id, article_id="a1", source_file="news.txt", article_title="Vote",
        article_date="2024-05-01", quote_text=text, quote_start=10, quote_end=10 + len(text),
        quote_type="direct", speaker_text="Rehman", speaker_start=40, speaker_end=46,
        speaker_name="Aisha Rehman", speaker_type="person", speaker_role="minister",
        cue="said", cue_start=47, cue_end=51, flags=[], confidence=0.9, rule="q-said",
        context="... context ...",
    )
    values.update(extra)
    return QuoteRecord(**values)


def make_register(quotes: list[QuoteRecord], errors: list[IngestError] | None = None) -> Register:
    """A register with one article, one speaker and a finding on the first quote."""
    body = "Some article body text."
    article = Article("a1", "news.txt", body, 0, len(body), body, title="Vote", date="2024-05-01")
    speaker = SpeakerSummary("Aisha Rehman", "person", "minister",
                             ["Rehman", "she", "He", "the statement", "Minister Rehman"],
                             len(quotes), ["a1"])
    minor = SpeakerSummary("foreign office", "organization", None, ["FO", "it"], 1, ["a1"])
    findings = [
        Finding("PRONOUN_SPEAKER", "warning", "a1", "news.txt", "speaker is a pronoun",
                quote_id=quotes[-1].quote_id, start=40, end=46, text="she", suggestion="Rehman"),
        Finding("NO_QUOTE", "info", "a1", "news.txt", "article without quotes"),
    ]
    return Register(quotes, [article], [minor, speaker], findings, errors or [])


def headers_of(sheet) -> list[Any]:
    return [c.value for c in sheet[1]]


def find_row(sheet, quote_id: str) -> dict[str, Any]:
    header = headers_of(sheet)
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[header.index("Quote ID")] == quote_id:
            return dict(zip(header, row, strict=True))
    raise AssertionError(f"{quote_id} not in {sheet.title}")


@pytest.fixture
def quotes() -> list[QuoteRecord]:
    return [
        make_quote("Q1", "We will win.", flags=["PRONOUN"], confidence=0.3),
        make_quote("Q2", "Taxes stay.", dateline="LONDON"),
        make_quote("Q3", "Nothing changes."),
    ]


QUOTE_COLUMNS = [
    "Quote", "Speaker", "Review", "Notes", "Confidence", "Flags", "Type", "Cue",
    "Speaker as written", "Suggested speaker", "Role", "Speaker type", "Title", "Date",
    "Dateline", "Context", "Article ID", "File", "Quote ID", "Quote start", "Quote end", "Rule",
    "Article key",
]


def column_of(sheet, header: str) -> str:
    return get_column_letter(headers_of(sheet).index(header) + 1)


def test_quotes_sheet_puts_the_reviewers_columns_first(tmp_path: Path,
                                                       quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "out" / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Summary"]
    sheet = book["Quotes"]
    assert headers_of(sheet) == QUOTE_COLUMNS
    assert sheet.auto_filter.ref == "A1:W4"
    assert sheet.freeze_panes == "B2"  # header row and the Quote column stay in view
    assert sheet["A1"].font.bold
    assert sheet["A2"].value == "We will win." and sheet["B2"].value == "Aisha Rehman"
    assert sheet["A2"].alignment.wrap_text and sheet["A2"].alignment.vertical == "top"
    assert sheet["E2"].value == 0.3 and sheet["E2"].number_format == "0.00"
    assert sheet["F2"].value == "PRONOUN" and sheet["T2"].value == 10
    assert sheet["S2"].value == "Q1"
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and "wrong speaker" in validation.formula1
    assert str(validation.sqref) == "C2:C204"
    formulas = [r.formula[0] for rng in sheet.conditional_formatting for r in rng.rules]
    assert "LEN($F2)>0" in formulas and any("$E2<0.5" in f for f in formulas)


def test_dates_are_real_dates(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    quotes[1].article_date = "not a date"
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    book = openpyxl.load_workbook(path)
    date = book["Quotes"]["N2"]
    assert date.value == dt.datetime(2024, 5, 1) and date.is_date
    assert date.number_format == "yyyy-mm-dd"
    assert book["Quotes"]["N3"].value == "not a date"
    assert book["Articles"]["D2"].value == dt.datetime(2024, 5, 1)


@pytest.mark.parametrize(("length", "lines"), [(10, 1), (150, 3), (5000, 8)])
def test_row_heights_fit_wrapped_text_within_bounds(tmp_path: Path, length: int,
                                                    lines: int) -> None:
    text = ("word " * length)[:length]
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register([make_quote("Q1", text, context="")]), path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    width = sheet.column_dimensions["A"].width
    assert width == (70 if length > 68 else max(8, length + 2))
    height = sheet.row_dimensions[2].height
    assert (height or 15) == 15 * lines


def test_widths_fit_content(tmp_path: Path) -> None:
    long_id = "corpus/2024/may/a-very-long-file-name-for-an-article.txt#1"
    quote = make_quote("Q1", article_id=long_id, speaker_name="Aisha Rehman-Siddiqui")
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register([quote]), path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    assert sheet.column_dimensions[column_of(sheet, "Article ID")].width == len(long_id) + 2
    assert sheet.column_dimensions["B"].width == len("Aisha Rehman-Siddiqui") + 2
    assert sheet.column_dimensions[column_of(sheet, "Date")].width == 12
    # empty reviewer columns start wide enough to type a verdict and a note
    assert (sheet.column_dimensions["C"].width, sheet.column_dimensions["D"].width) == (16, 30)


def test_print_set_up(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    book = openpyxl.load_workbook(path)
    for name in ("Quotes", "Speakers", "Articles", "Audit"):
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape"
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"


def test_speakers_sheet_names_and_aliases(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    speakers = openpyxl.load_workbook(path)["Speakers"]
    assert headers_of(speakers) == ["Speaker", "Type", "Role", "Aliases", "Quotes", "Articles",
                                    "Go to quote"]
    rows = list(speakers.iter_rows(min_row=2, max_col=6, values_only=True))
    assert rows == [("Aisha Rehman", "person", "minister", "Rehman; Minister Rehman", 3, "a1"),
                    ("Foreign Office", "organization", None, "FO", 1, "a1")]
    assert speakers.freeze_panes == "A2" and speakers.auto_filter.ref == "A1:G3"


@pytest.mark.parametrize(("alias", "kept"), [
    ("he", False), ("She", False), ("they", False), ("the statement", False),
    ("a 2016 report", False), ("the ministry's statement", False), ("its findings", False),
    ("Rehman", True), ("the minister", True), ("Ms Rehman", True), ("UN Report", False),
    ("the Aisha Rehman", False), ("AISHA  REHMAN", False), ("Aisha Rehman's", False),
])
def test_alias_filter(alias: str, kept: bool) -> None:
    assert reg.clean_aliases("Aisha Rehman", [alias]) == ([alias] if kept else [])


def test_aliases_differing_only_by_an_article_or_case_are_one() -> None:
    aliases = ["the Foreign Office", "The foreign office", "FO", "foreign office"]
    assert reg.clean_aliases("Foreign Office", aliases) == ["FO"]
    assert reg.clean_aliases("Military", ["the military", "the army"]) == ["the army"]


@pytest.mark.parametrize(("name", "kind", "shown"), [
    ("foreign office", "organization", "Foreign Office"),
    ("ministry of foreign affairs", "organization", "Ministry of Foreign Affairs"),
    ("aisha rehman", "person", "Aisha Rehman"),
    ("iPhone maker", "organization", "iPhone maker"),
    ("officials", "group", "officials"),
    ("McDonald", "person", "McDonald"),
])
def test_proper_case(name: str, kind: str, shown: str) -> None:
    assert reg.proper_case(name, kind) == shown


def test_formula_like_text_is_stored_as_string(tmp_path: Path) -> None:
    quotes = [make_quote(f"Q{i}", text, speaker_name=text) for i, text in enumerate(RISKY)]
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    for row, text in enumerate(RISKY, 2):
        for column in ("A", "B"):
            cell = sheet[f"{column}{row}"]
            assert cell.data_type == "s"
            assert cell.value == text


def test_illegal_xml_characters_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register([make_quote("Q1", "bad\x00 \x07text")]), path)
    assert openpyxl.load_workbook(path)["Quotes"]["A2"].value == "bad text"


def test_file_name_with_surrogates_is_shown_escaped(tmp_path: Path) -> None:
    name = "caf\udce9_\udcff.txt"
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register([make_quote("Q1", source_file=name)]), path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    assert sheet[f"{column_of(sheet, 'File')}2"].value == "caf\\udce9_\\udcff.txt"


def test_jsonl_contract(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    quotes.append(make_quote("Q9", "Unattributed.", speaker_text=None, speaker_start=None,
                             speaker_end=None, speaker_name=None, cue=None, cue_start=None,
                             cue_end=None, speaker_type=None, speaker_role=None))
    path = tmp_path / "quotes.jsonl"
    reg.write_jsonl(quotes, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    for line in lines:
        obj = json.loads(line)
        assert tuple(obj)[: len(reg.JSONL_FIELDS)] == reg.JSONL_FIELDS
        assert set(obj) - set(reg.JSONL_FIELDS) == {"dateline", "rule", "context",
                                                    "suggested_speaker"}
        assert isinstance(obj["flags"], list)
        assert type(obj["quote_start"]) is int and type(obj["quote_end"]) is int
    first, last = json.loads(lines[0]), json.loads(lines[-1])
    assert first["flags"] == ["PRONOUN"] and first["speaker_start"] == 40
    assert last["speaker_name"] is None and last["cue_start"] is None
    assert '"speaker_text": null' in lines[-1]


def test_jsonl_keeps_non_ascii(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    reg.write_jsonl([make_quote("Q1", "«Ça ira», dit-elle")], path)
    assert "«Ça ira»" in path.read_text(encoding="utf-8")


def test_atomic_write_keeps_old_file(tmp_path: Path, monkeypatch, quotes) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    before = path.read_bytes()

    def broken_save(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        reg.write_workbook(make_register(quotes[:1]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_atomic_write_jsonl_failure(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def records():
        yield make_quote("Q1")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        reg.write_jsonl(records(), path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert len(list(tmp_path.iterdir())) == 1


def row_of(sheet, quote_id: str) -> int:
    id_column = headers_of(sheet).index("Quote ID") + 1
    return next(r for r in range(2, sheet.max_row + 1)
                if sheet.cell(r, id_column).value == quote_id)


def review_by_hand(path: Path) -> None:
    """What a reviewer does in Excel: mark Q2, add a column, mark Q1 (which will vanish)."""
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    header = headers_of(sheet)
    row = row_of(sheet, "Q2")
    sheet.cell(row, header.index("Review") + 1, "correct")
    sheet.cell(row, header.index("Notes") + 1, "checked by phone")
    extra = len(header) + 1
    sheet.cell(1, extra, "Checked by")
    sheet.cell(row, extra, "Dana")
    gone = row_of(sheet, "Q1")
    sheet.cell(gone, header.index("Review") + 1, "wrong speaker")
    sheet.cell(gone, header.index("Notes") + 1, "it was the mayor")
    book.save(path)


def test_review_survives_rerun(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    review_by_hand(path)
    assert reg.read_review(path)["Q2"] == {"Review": "correct", "Notes": "checked by phone",
                                           "Checked by": "Dana"}

    new_quotes = [quotes[1], quotes[2], make_quote("Q4", "Fresh words.")]
    report = reg.write_workbook(make_register(new_quotes), path, previous=path)
    assert (report.merge.kept, report.merge.carried, report.merge.removed) == (1, 0, 1)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Summary", "Removed"]
    sheet = book["Quotes"]
    assert headers_of(sheet)[:8] == ["Quote", "Speaker", "Review", "Notes", "Confidence",
                                     "Flags", "Checked by", "Type"]
    kept = find_row(sheet, "Q2")
    assert (kept["Review"], kept["Notes"], kept["Checked by"]) == (
        "correct", "checked by phone", "Dana"
    )
    new = find_row(sheet, "Q4")
    assert new["Review"] is None and new["Notes"] is None and new["Checked by"] is None
    assert sheet.auto_filter.ref == "A1:X4"

    removed = book["Removed"]
    assert headers_of(removed)[-1] == "Removed on"
    gone = find_row(removed, "Q1")
    assert (gone["Review"], gone["Notes"]) == ("wrong speaker", "it was the mayor")
    assert gone["Quote"] == "We will win." and gone["Removed on"].date() == dt.date.today()

    # A third run keeps Removed (once) and restores Q1's review if it comes back.
    reg.write_workbook(make_register(new_quotes), path, previous=path)
    removed = openpyxl.load_workbook(path)["Removed"]
    assert [r[headers_of(removed).index("Quote ID")]
            for r in removed.iter_rows(min_row=2, values_only=True)] == ["Q1"]
    reg.write_workbook(make_register([quotes[0], *new_quotes]), path, previous=path)
    book = openpyxl.load_workbook(path)
    assert "Removed" not in book.sheetnames
    assert find_row(book["Quotes"], "Q1")["Notes"] == "it was the mayor"
    assert find_row(book["Quotes"], "Q2")["Checked by"] == "Dana"


@pytest.mark.parametrize("content", [b"not a workbook", None])
def test_unreadable_or_foreign_previous_is_never_replaced(tmp_path: Path, quotes,
                                                          content: bytes | None) -> None:
    path = tmp_path / "register.xlsx"
    if content is None:
        openpyxl.Workbook().save(path)  # a real workbook, but not a quote register
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    report = reg.write_workbook(make_register(quotes), path, previous=path)
    assert path.read_bytes() == before
    assert report.beside and report.path.parent == tmp_path
    assert report.path.name.startswith("register (new ") and report.path.suffix == ".xlsx"
    assert "not a" in report.reason
    assert openpyxl.load_workbook(report.path).sheetnames[0] == "Quotes"


def test_unreadable_previous_elsewhere_raises(tmp_path: Path, quotes) -> None:
    previous = tmp_path / "old.xlsx"
    previous.write_bytes(b"junk")
    with pytest.raises(reg.RegisterError, match="not a readable Excel register"):
        reg.write_workbook(make_register(quotes), tmp_path / "new.xlsx", previous=previous)
    assert not (tmp_path / "new.xlsx").exists()


def test_missing_previous_is_a_first_run(tmp_path: Path, quotes) -> None:
    path = tmp_path / "register.xlsx"
    report = reg.write_workbook(make_register(quotes), path, previous=path)
    assert report.path == path and not report.beside
    assert openpyxl.load_workbook(path).sheetnames[0] == "Quotes"


def test_audit_links_find_their_quote_after_sorting(tmp_path: Path,
                                                    quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    errors = [IngestError("broken.pdf", "cannot decode")]
    reg.write_workbook(make_register(quotes, errors), path)
    book = openpyxl.load_workbook(path)
    audit = book["Audit"]
    assert headers_of(audit) == ["Code", "Severity", "Article ID", "Quote ID", "Go to quote",
                                 "Location", "Text", "Message", "Suggestion"]
    rows = list(audit.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("READ_ERROR", "error", "broken.pdf", None, None, None, None,
                       "cannot decode", None)
    assert rows[1][:4] == ("PRONOUN_SPEAKER", "warning", "a1", "Q3")
    assert rows[1][5] == "chars 40\u201346"
    link = audit["E3"]
    assert link.data_type == "f" and link.style == "Hyperlink"
    # the link looks the quote up by id in the Quote ID column (S), landing on its Quote cell
    assert link.value == (
        '=IFERROR(HYPERLINK("#\'Quotes\'!A"&MATCH("Q3",\'Quotes\'!$S:$S,0),"Go to quote"),"")'
    )
    assert book["Quotes"]["S1"].value == "Quote ID"
    assert audit["E4"].value is None and rows[2][5] is None  # a finding without a quote
    message = headers_of(audit).index("Message") + 1
    assert all(audit.cell(r, message).alignment.wrap_text for r in range(2, audit.max_row + 1))
    speakers = book["Speakers"]
    assert speakers["G2"].value == link.value.replace('"Q3"', '"Q1"')


def test_summary_sheet(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    quotes.append(make_quote("Q4", "Out of office.", speaker_name="foreign office",
                             speaker_type="organization"))
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    summary = openpyxl.load_workbook(path)["Summary"]
    assert summary["A1"].value == "Review progress"
    progress = list(summary.iter_rows(min_row=3, max_row=10, max_col=2, values_only=True))
    assert progress[0] == ("quotes", "=COUNTA('Quotes'!$A:$A)-1")
    assert progress[1] == ("reviewed", "=COUNTA('Quotes'!$C:$C)-1")
    assert progress[3] == ("correct", "=COUNTIF('Quotes'!$C:$C,\"correct\")")
    assert summary["D1"].value == "Quotes per speaker"
    assert list(summary.iter_rows(min_row=3, max_row=4, min_col=4, max_col=5,
                                  values_only=True)) == [("Aisha Rehman", 3),
                                                         ("Foreign Office", 1)]
    assert (summary["G3"].value, summary["I3"].value) == ("a1", 4)
    findings = list(summary.iter_rows(min_row=3, max_row=4, min_col=11, max_col=13,
                                      values_only=True))
    assert findings == [("NO_QUOTE", "info", 1), ("PRONOUN_SPEAKER", "warning", 1)]
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert "barChart" in chart and "Summary!$D$3:$D$4" in chart.replace("'", "")


def test_read_and_write_sheets_round_trip(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    sheets = reg.read_workbook(path)
    assert sheets.names == ["Quotes", "Speakers", "Articles", "Audit", "Summary"]
    assert sheets.rows["Quotes"][0]["Confidence"] == 0.3
    assert sheets.rows["Quotes"][0]["Quote start"] == 10
    sheets.rows["Quotes"] = [r for r in sheets.rows["Quotes"] if r["Quote ID"] == "Q3"]
    filtered = tmp_path / "filtered.xlsx"
    reg.write_sheets(sheets, filtered)
    book = openpyxl.load_workbook(filtered)
    assert book["Quotes"].auto_filter.ref == "A1:W2"
    assert 'MATCH("Q3"' in book["Audit"]["E2"].value
    assert book["Quotes"].data_validations.dataValidation
    summary = book["Summary"]
    assert (summary["D3"].value, summary["E3"].value) == ("Aisha Rehman", 1)


def test_read_workbook_names_unlabelled_and_duplicate_columns(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Quote ID", "Notes", "Notes", None, None])
    sheet.append(["Q1", "a", "b", "typed without header", None])
    book.save(path)
    sheets = reg.read_workbook(path)
    assert sheets.headers["Sheet"] == ["Quote ID", "Notes", "Notes (2)", "Column D"]
    assert sheets.rows["Sheet"][0]["Column D"] == "typed without header"


def test_read_workbook_rejects_garbage(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(reg.RegisterError):
        reg.read_workbook(path)
