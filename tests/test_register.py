"""Tests for the register writers/readers: layout, formula safety, atomicity, review carry-over."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
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
    speaker = SpeakerSummary("Aisha Rehman", "person", "minister", ["Rehman", "she"],
                             len(quotes), ["a1"])
    minor = SpeakerSummary("Bob", "person", None, [], 0, [])
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


def test_workbook_layout(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "out" / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit"]
    sheet = book["Quotes"]
    assert headers_of(sheet) == [
        "Quote ID", "Speaker", "Speaker type", "Role", "Quote", "Type", "Cue",
        "Speaker as written", "Suggested speaker", "Flags", "Confidence", "Title", "Date",
        "Dateline", "Article ID", "File", "Quote start", "Quote end", "Context", "Rule",
        "Review", "Notes",
    ]
    assert sheet.auto_filter.ref == "A1:V4"
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["E2"].alignment.wrap_text and sheet["E2"].alignment.vertical == "top"
    assert sheet.column_dimensions["E"].width == 80
    assert sheet["K2"].value == 0.3 and sheet["K2"].number_format == "0.00"
    assert sheet["J2"].value == "PRONOUN" and sheet["Q2"].value == 10
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and "wrong speaker" in validation.formula1
    assert str(validation.sqref).startswith("U2:U")
    assert int(str(validation.sqref).split(":U")[1]) >= 4
    formulas = [r.formula[0] for rng in sheet.conditional_formatting for r in rng.rules]
    assert "LEN($J2)>0" in formulas and any("$K2<0.5" in f for f in formulas)

    speakers = book["Speakers"]
    assert headers_of(speakers) == ["Speaker", "Type", "Role", "Aliases", "Quotes", "Articles"]
    names = [r[0] for r in speakers.iter_rows(min_row=2, values_only=True)]
    assert names == ["Aisha Rehman", "Bob"]
    assert speakers["D2"].value == "Rehman; she" and speakers.freeze_panes == "A2"
    assert speakers.auto_filter.ref == "A1:F3"
    articles = book["Articles"]
    assert [c.value for c in articles[2]] == [
        "a1", "news.txt", "Vote", "2024-05-01", None, 3, len("Some article body text.")
    ]


def test_formula_like_text_is_stored_as_string(tmp_path: Path) -> None:
    quotes = [make_quote(f"Q{i}", text, speaker_name=text) for i, text in enumerate(RISKY)]
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    for row, text in enumerate(RISKY, 2):
        for column in ("B", "E"):
            cell = sheet[f"{column}{row}"]
            assert cell.data_type == "s"
            assert cell.value == text


def test_illegal_xml_characters_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register([make_quote("Q1", "bad\x00 \x07text")]), path)
    assert openpyxl.load_workbook(path)["Quotes"]["E2"].value == "bad text"


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


def review_by_hand(path: Path) -> None:
    """What a reviewer does in Excel: mark Q2, add a column, save."""
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    header = headers_of(sheet)
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "Q2")
    sheet.cell(row, header.index("Review") + 1, "correct")
    sheet.cell(row, header.index("Notes") + 1, "checked by phone")
    extra = len(header) + 1
    sheet.cell(1, extra, "Checked by")
    sheet.cell(row, extra, "Dana")
    gone = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "Q1")
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
    reg.write_workbook(make_register(new_quotes), path, previous=path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Removed"]
    sheet = book["Quotes"]
    assert headers_of(sheet)[-3:] == ["Review", "Notes", "Checked by"]
    kept = find_row(sheet, "Q2")
    assert (kept["Review"], kept["Notes"], kept["Checked by"]) == (
        "correct", "checked by phone", "Dana"
    )
    new = find_row(sheet, "Q4")
    assert new["Review"] is None and new["Notes"] is None and new["Checked by"] is None
    assert sheet.auto_filter.ref == "A1:W4"

    removed = book["Removed"]
    assert headers_of(removed)[-1] == "Removed on"
    gone = find_row(removed, "Q1")
    assert (gone["Review"], gone["Notes"]) == ("wrong speaker", "it was the mayor")
    assert gone["Quote"] == "We will win." and gone["Removed on"]

    # A third run keeps Removed (deduplicated) and restores Q1's review if it comes back.
    reg.write_workbook(make_register(new_quotes), path, previous=path)
    assert [r[0] for r in openpyxl.load_workbook(path)["Removed"].iter_rows(
        min_row=2, values_only=True)] == ["Q1"]
    reg.write_workbook(make_register([quotes[0], *new_quotes]), path, previous=path)
    book = openpyxl.load_workbook(path)
    assert "Removed" not in book.sheetnames
    assert find_row(book["Quotes"], "Q1")["Notes"] == "it was the mayor"
    assert find_row(book["Quotes"], "Q2")["Checked by"] == "Dana"


def test_unreadable_previous_raises_before_writing(tmp_path: Path, quotes) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(reg.RegisterError):
        reg.write_workbook(make_register(quotes), path, previous=path)
    assert path.read_bytes() == b"not a workbook"


def test_previous_without_quotes_sheet_raises(tmp_path: Path, quotes) -> None:
    path = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(path)
    before = path.read_bytes()
    with pytest.raises(reg.RegisterError, match="not a quote register"):
        reg.write_workbook(make_register(quotes), path, previous=path)
    assert path.read_bytes() == before


def test_missing_previous_is_a_first_run(tmp_path: Path, quotes) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path, previous=path)
    assert openpyxl.load_workbook(path).sheetnames[0] == "Quotes"


def test_audit_links_and_read_errors(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    errors = [IngestError("broken.pdf", "cannot decode")]
    reg.write_workbook(make_register(quotes, errors), path)
    book = openpyxl.load_workbook(path)
    audit = book["Audit"]
    assert headers_of(audit) == ["Code", "Severity", "Article ID", "Quote ID", "Location",
                                 "Text", "Message", "Suggestion"]
    rows = list(audit.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("READ_ERROR", "error", "broken.pdf", None, None, None, "cannot decode",
                       None)
    assert rows[1][:5] == ("PRONOUN_SPEAKER", "warning", "a1", "Q3", "chars 40\u201346")
    link = audit["D3"].hyperlink
    assert link is not None and link.location == "'Quotes'!A4"
    assert book["Quotes"]["A4"].value == "Q3"
    assert audit["D3"].style == "Hyperlink"
    assert audit["D4"].hyperlink is None and rows[2][4] is None


def test_read_and_write_sheets_round_trip(tmp_path: Path, quotes: list[QuoteRecord]) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(make_register(quotes), path)
    sheets = reg.read_workbook(path)
    assert sheets.names == ["Quotes", "Speakers", "Articles", "Audit"]
    assert sheets.rows["Quotes"][0]["Confidence"] == 0.3
    assert sheets.rows["Quotes"][0]["Quote start"] == 10
    sheets.rows["Quotes"] = [r for r in sheets.rows["Quotes"] if r["Quote ID"] == "Q3"]
    filtered = tmp_path / "filtered.xlsx"
    reg.write_sheets(sheets, filtered)
    book = openpyxl.load_workbook(filtered)
    assert book["Quotes"].auto_filter.ref == "A1:V2"
    assert book["Audit"]["D2"].hyperlink.location == "'Quotes'!A2"
    assert book["Quotes"].data_validations.dataValidation


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
