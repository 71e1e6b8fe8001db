"""A reviewer's work across re-runs: what they type, add, sort, colour and save survives.

Registers are built directly from hand-made QuoteRecords (no model), edited with openpyxl the
way a reviewer edits them in Excel, and written again.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName

from quotes import register as reg
from quotes.model import Article, QuoteRecord, Register, SpeakerSummary, article_key
from quotes.register import files, workbook

BODY = "Ana said we will win. Bo said taxes stay. Cy said nothing changes. Di said go."
QUOTE_TEXTS = ["we will win", "taxes stay", "nothing changes", "go"]
YELLOW = "FFFFFF00"


def article() -> Article:
    return Article("news.txt#1", "news.txt", BODY, 0, len(BODY), BODY, title="Vote",
                   date="2024-05-01")


def quote(number: int, quote_id: str | None = None, **extra: Any) -> QuoteRecord:
    text = QUOTE_TEXTS[number]
    start = BODY.index(text)
    values: dict[str, Any] = dict(
        quote_id=quote_id or f"Q{number}", article_id="news.txt#1", source_file="news.txt",
        article_title="Vote", article_date="2024-05-01", quote_text=text, quote_start=start,
        quote_end=start + len(text), quote_type="indirect", speaker_text=None,
        speaker_start=None, speaker_end=None, speaker_name=f"Speaker {number}",
        speaker_type="person", speaker_role=None, cue="said", cue_start=None, cue_end=None,
        flags=[], confidence=0.8,
    )
    values.update(extra)
    return QuoteRecord(**values)


def register(quotes: list[QuoteRecord]) -> Register:
    speakers = [SpeakerSummary(q.speaker_name or "", "person", None, [], 1, [q.article_id])
                for q in quotes]
    return Register(quotes, [article()], speakers, [])


def headers(sheet) -> list[Any]:
    return [c.value for c in sheet[1]]


def table(sheet) -> list[dict[str, Any]]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def cell(sheet, quote_id: str, header: str, nth: int = 0):
    """The cell of ``header`` in the ``nth`` row holding ``quote_id``."""
    names = headers(sheet)
    rows = [r for r in range(2, sheet.max_row + 1)
            if sheet.cell(r, names.index("Quote ID") + 1).value == quote_id]
    return sheet.cell(rows[nth], names.index(header) + 1)


def sort_rows_descending(sheet) -> None:
    """Sort the data rows by Quote ID, last first, as a reviewer does with the filter button."""
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    index = headers(sheet).index("Quote ID")
    rows.sort(key=lambda r: str(r[index]), reverse=True)
    for number, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            sheet.cell(number, column).value = value


# ------------------------------------------------------------------------------ round trip


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """A register a reviewer has worked on in every way the issue lists."""
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(n) for n in range(4)]), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    sort_rows_descending(sheet)
    cell(sheet, "Q1", "Review").value = "correct"
    cell(sheet, "Q1", "Notes").value = "checked by phone"
    cell(sheet, "Q2", "Review").value = "wrong speaker"
    extra = len(headers(sheet)) + 1
    sheet.cell(1, extra, "Points")
    review_column = headers(sheet).index("Review") + 1
    row = cell(sheet, "Q1", "Review").row
    letter = openpyxl.utils.get_column_letter(review_column)
    sheet.cell(row, extra, f'=IF({letter}{row}="correct",1,0)')
    # duplicate Q2's row with a second note
    values = [c.value for c in sheet[cell(sheet, "Q2", "Review").row]]
    sheet.append(values)
    last = sheet.max_row
    sheet.cell(last, headers(sheet).index("Notes") + 1, "second opinion: right speaker")
    cell(sheet, "Q3", "Quote").comment = Comment("ask the desk", "Dana")
    cell(sheet, "Q3", "Notes").fill = PatternFill("solid", start_color=YELLOW, end_color=YELLOW)
    mine = book.create_sheet("My tally")
    mine["A1"] = "correct so far"
    mine["B1"] = f'=COUNTIF(Quotes!{letter}:{letter},"correct")'
    mine["A2"] = "keep me"
    mine["B2"] = "=COUNTA(Ids)-1"
    assert sheet["S1"].value == "Quote ID"
    book.defined_names["Ids"] = DefinedName("Ids", attr_text="Quotes!$S:$S")
    book.save(path)
    return path


def test_reviewers_work_survives_a_rerun(reviewed: Path) -> None:
    new = [quote(n) for n in range(4)] + [quote(0, "Q9", quote_text="we will win again")]
    report = reg.write_workbook(register(new), reviewed, previous=reviewed)
    assert report.merge.duplicates == 1 and report.merge.kept == 4

    book = openpyxl.load_workbook(reviewed)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Summary", "My tally"]
    sheet = book["Quotes"]
    assert headers(sheet)[:7] == ["Quote", "Speaker", "Review", "Notes", "Confidence", "Flags",
                                  "Points"]
    rows = table(sheet)
    assert [r["Quote ID"] for r in rows] == ["Q0", "Q1", "Q2", "Q2", "Q3", "Q9"]
    assert (rows[1]["Review"], rows[1]["Notes"]) == ("correct", "checked by phone")
    # both copies of the duplicated row, each with its own note
    assert [(r["Review"], r["Notes"]) for r in rows[2:4]] == [
        ("wrong speaker", None), ("wrong speaker", "second opinion: right speaker")]
    # the reviewer's formula is still a formula, reading Q1's Review cell in the new layout
    points = cell(sheet, "Q1", "Points")
    assert points.data_type == "f" and points.value == f'=IF(C{points.row}="correct",1,0)'
    # comment and fill kept on the same quote's cells
    assert cell(sheet, "Q3", "Quote").comment.text == "ask the desk"
    assert cell(sheet, "Q3", "Quote").comment.author == "Dana"
    assert cell(sheet, "Q3", "Notes").fill.fgColor.rgb == YELLOW
    assert cell(sheet, "Q0", "Notes").fill.fill_type is None
    # the added sheet is kept as it was, its formula pointing at the moved Review column
    tally = book["My tally"]
    assert tally["A2"].value == "keep me"
    assert tally["B1"].value == '=COUNTIF(Quotes!C:C,"correct")'
    # a name the reviewer defined over Quote ID follows it from S to T (Points now sits at G)
    assert sheet["T1"].value == "Quote ID"
    assert book.defined_names["Ids"].attr_text == "Quotes!$T:$T"
    assert tally["B2"].value == "=COUNTA(Ids)-1"


def test_second_rerun_changes_nothing_the_reviewer_owns(reviewed: Path) -> None:
    new = register([quote(n) for n in range(4)])
    reg.write_workbook(new, reviewed, previous=reviewed)
    first = table(openpyxl.load_workbook(reviewed)["Quotes"])
    reg.write_workbook(new, reviewed, previous=reviewed)
    book = openpyxl.load_workbook(reviewed)
    assert table(book["Quotes"]) == first
    assert book["My tally"]["B1"].value == '=COUNTIF(Quotes!C:C,"correct")'


# ------------------------------------------------------------------------------ older ids


def test_reviews_follow_changed_ids_by_article_content(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(n, f"OLD{n}") for n in range(3)]), path)
    book = openpyxl.load_workbook(path)
    cell(book["Quotes"], "OLD1", "Notes").value = "keep"
    book.save(path)
    report = reg.write_workbook(register([quote(n) for n in range(3)]), path, previous=path)
    assert (report.merge.carried, report.merge.kept, report.merge.removed) == (1, 0, 0)
    rows = table(openpyxl.load_workbook(path)["Quotes"])
    assert [(r["Quote ID"], r["Notes"]) for r in rows] == [("Q0", None), ("Q1", "keep"),
                                                          ("Q2", None)]


def test_reviews_follow_a_register_of_the_old_layout(tmp_path: Path) -> None:
    """Path-based ids, no Article key column, the file named by another path."""
    path = tmp_path / "register.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Quotes"
    sheet.append(["Quote ID", "Speaker", "Quote", "File", "Quote start", "Review", "Notes"])
    for number in range(3):
        record = quote(number)
        sheet.append([f"Qpath{number}", record.speaker_name, record.quote_text,
                      f"/home/dana/old place/{record.source_file}", record.quote_start,
                      "correct", f"note {number}"])
    book.save(path)
    report = reg.write_workbook(register([quote(n) for n in range(3)]), path, previous=path)
    assert report.merge.carried == 3 and report.merge.removed == 0
    rows = table(openpyxl.load_workbook(path)["Quotes"])
    assert [(r["Quote ID"], r["Review"], r["Notes"]) for r in rows] == [
        (f"Q{n}", "correct", f"note {n}") for n in range(3)]


def test_ambiguous_content_is_not_guessed(tmp_path: Path) -> None:
    """Two new quotes with the same words in one file: an old id that matches neither exactly
    goes to Removed rather than onto the wrong quote."""
    path = tmp_path / "register.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Quotes"
    sheet.append(["Quote ID", "Quote", "File", "Notes"])
    sheet.append(["Qold", "go", "news.txt", "which one?"])
    book.save(path)
    twins = [quote(3, "Qa"), quote(3, "Qb", quote_start=1, article_id="news.txt#2")]
    report = reg.write_workbook(register(twins), path, previous=path)
    assert (report.merge.carried, report.merge.removed) == (0, 1)
    removed = table(openpyxl.load_workbook(path)["Removed"])
    assert [(r["Quote ID"], r["Notes"]) for r in removed] == [("Qold", "which one?")]


def test_article_key_ignores_where_the_file_is() -> None:
    a = article()
    moved = Article("/elsewhere/news.txt#1", "/elsewhere/news.txt", BODY, 0, len(BODY), BODY)
    assert article_key(a) == article_key(moved)
    edited = Article("news.txt#1", "news.txt", BODY + "!", 0, len(BODY) + 1, BODY + "!")
    assert article_key(edited) != article_key(a)


# ------------------------------------------------------------------------------ concurrent saves


def late_note(path: Path, note: str) -> None:
    book = openpyxl.load_workbook(path)
    cell(book["Quotes"], "Q1", "Notes").value = note
    book.save(path)
    stamp = time.time() + 5  # a later save, even on a coarse-clock file system
    os.utime(path, (stamp, stamp))


def test_a_save_made_during_the_run_is_merged(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(n) for n in range(3)]), path)
    target = reg.RegisterTarget(path, previous=path)  # read when the run starts
    late_note(path, "typed while the run was going")
    report = target.write(register([quote(n) for n in range(3)]))
    assert report.late_saves == 1 and report.path == path
    assert cell(openpyxl.load_workbook(path)["Quotes"], "Q1", "Notes").value == (
        "typed while the run was going")


def test_a_save_made_while_writing_is_merged(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(n) for n in range(3)]), path)
    target = reg.RegisterTarget(path, previous=path)
    real_compose = workbook.compose
    calls = []

    def compose_then_reviewer_saves(*args: Any, **kwargs: Any):
        result = real_compose(*args, **kwargs)
        if not calls:
            late_note(path, "saved at the last moment")
        calls.append(1)
        return result

    monkeypatch.setattr(workbook, "compose", compose_then_reviewer_saves)
    report = target.write(register([quote(n) for n in range(3)]))
    assert len(calls) == 2 and report.late_saves == 1
    assert cell(openpyxl.load_workbook(path)["Quotes"], "Q1", "Notes").value == (
        "saved at the last moment")


# ------------------------------------------------------------------------------ protected files


def note_in(path: Path) -> Any:
    return cell(openpyxl.load_workbook(path)["Quotes"], "Q1", "Notes").value


@pytest.mark.parametrize("protect", ["read-only", "excel lock", "libreoffice lock"])
def test_protected_register_is_not_replaced(tmp_path: Path, protect: str) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(n) for n in range(3)]), path)
    book = openpyxl.load_workbook(path)
    cell(book["Quotes"], "Q1", "Notes").value = "mine"
    book.save(path)
    if protect == "read-only":
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    elif protect == "excel lock":
        (tmp_path / "~$register.xlsx").write_bytes(b"Dana")
    else:
        (tmp_path / ".~lock.register.xlsx#").write_text("Dana,host", encoding="utf-8")
    before = path.read_bytes()
    report = reg.write_workbook(register([quote(n) for n in range(4)]), path, previous=path)
    assert path.read_bytes() == before
    assert report.beside and report.path.name.startswith("register (new ")
    assert ("read-only" if protect == "read-only" else "open in a spreadsheet") in report.reason
    assert note_in(report.path) == "mine"  # the copy beside it still carries the review
    assert len(table(openpyxl.load_workbook(report.path)["Quotes"])) == 4


def test_beside_names_do_not_collide(tmp_path: Path) -> None:
    import datetime as dt

    target = tmp_path / "quote_register.xlsx"
    now = dt.datetime(2026, 11, 21, 15, 30)
    first = files.beside(target, now)
    assert first.name == "quote_register (new 2026-11-21 1530).xlsx"
    first.write_bytes(b"")
    assert files.beside(target, now).name == "quote_register (new 2026-11-21 1530 2).xlsx"


# ------------------------------------------------------------------------------ temps and run ids


def test_stale_temps_of_killed_runs_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    old = tmp_path / ".register.xlsx.0123abcd.tmp"
    fresh = tmp_path / ".register.xlsx.89abcdef.tmp"
    foreign = [tmp_path / ".register.xlsx.notours.tmp", tmp_path / ".other.xlsx.0123abcd.tmp",
               tmp_path / "register.xlsx.0123abcd.tmp"]
    for temp in [old, fresh, *foreign]:
        temp.write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    for temp in [old, *foreign]:
        os.utime(temp, (hours_ago, hours_ago))
    reg.write_workbook(register([quote(0)]), path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert old.name not in left
    assert {fresh.name, *(p.name for p in foreign), "register.xlsx"} == set(left)


def test_run_id_in_workbook_and_jsonl(tmp_path: Path) -> None:
    path, jsonl = tmp_path / "register.xlsx", tmp_path / "quotes.jsonl"
    run_id = reg.new_run_id()
    reg.write_workbook(register([quote(0), quote(1)]), path, run_id=run_id)
    reg.write_jsonl([quote(0), quote(1)], jsonl, run_id=run_id)
    info = openpyxl.load_workbook(path)["Info"]
    assert info.sheet_state == "hidden"
    assert [info["A1"].value, info["B1"].value] == ["Run id", run_id]
    counts = {r[0]: r[1] for r in info.iter_rows(min_row=4, values_only=True)}
    assert counts == {"Articles": 1, "Quotes": 2, "Files that failed": 0}

    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [line["run_id"] for line in lines] == [run_id, run_id]
    assert list(lines[0])[-1] == "run_id"
    # a re-run replaces the id; the Info sheet is the tool's, never copied
    reg.write_workbook(register([quote(0)]), path, previous=path, run_id="second")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames.count("Info") == 1 and book["Info"]["B1"].value == "second"


def test_jsonl_line_with_a_lone_surrogate_stays_valid(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    reg.write_jsonl([quote(0, source_file="caf\udce9.txt")], path)

    (line,) = path.read_text(encoding="utf-8").splitlines()
    assert "\\udce9" in line and json.loads(line)["source_file"] == "caf\udce9.txt"


def test_a_reviewers_own_summary_sheet_is_not_taken_for_the_tools(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Quotes"
    book["Quotes"].append(["Quote ID", "Quote", "Notes"])
    book.create_sheet("Summary")["A1"] = "my own summary"
    book.create_sheet("Info")["A1"] = "phone numbers"
    book.save(path)
    reg.write_workbook(register([quote(0)]), path, previous=path, run_id="r1")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Summary1", "Summary",
                               "Info", "Info1"]
    assert book["Summary"]["A1"].value == "my own summary"
    assert book["Info"]["A1"].value == "phone numbers" and book["Info"].sheet_state == "visible"
    assert book["Summary1"]["A1"].value == "Review progress"
    assert book["Info1"]["B1"].value == "r1"
    # the next run recognises its own sheets by their content and replaces just those
    reg.write_workbook(register([quote(0)]), path, previous=path, run_id="r2")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles", "Audit", "Summary1", "Summary",
                               "Info", "Info1"]
    assert book["Info1"]["B1"].value == "r2"


def test_a_row_the_reviewer_typed_in_is_kept(tmp_path: Path) -> None:
    """A quote the tool missed, added by hand without an id, stays in Quotes."""
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(0), quote(1)]), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    names = headers(sheet)
    row = [None] * len(names)
    row[names.index("Quote")] = "a quote the tool missed"
    row[names.index("Speaker")] = "Ana"
    row[names.index("Notes")] = "added by hand"
    sheet.append(row)
    book.save(path)
    report = reg.write_workbook(register([quote(0), quote(1), quote(2)]), path, previous=path)
    assert report.merge.own == 1 and report.merge.removed == 0
    rows = table(openpyxl.load_workbook(path)["Quotes"])
    assert [(r["Quote ID"], r["Quote"], r["Notes"]) for r in rows] == [
        ("Q0", "we will win", None), ("Q1", "taxes stay", None), ("Q2", "nothing changes", None),
        (None, "a quote the tool missed", "added by hand")]


def test_reviewer_columns_on_speakers_articles_and_audit_survive(tmp_path: Path) -> None:
    from quotes.model import Finding

    def with_finding(quotes: list[QuoteRecord]) -> Register:
        result = register(quotes)
        result.findings = [Finding("ANONYMOUS_SOURCE", "info", "news.txt#1", "news.txt",
                                   "a source a reader cannot identify", quote_id="Q1",
                                   start=4, end=8, text="said")]
        return result

    path = tmp_path / "register.xlsx"
    reg.write_workbook(with_finding([quote(0), quote(1), quote(2)]), path)
    book = openpyxl.load_workbook(path)
    speakers = book["Speakers"]
    speakers.cell(1, 8, "Verified")
    for number in range(2, speakers.max_row + 1):
        speakers.cell(number, 8, f"yes {speakers.cell(number, 1).value}")
        speakers.cell(number, 9, f"=H{number}&\"!\"")
    speakers.cell(1, 9, "Shout")
    book["Articles"].cell(1, 9, "Call").value = "Call"
    book["Articles"].cell(2, 9).value = "the desk"
    audit = book["Audit"]
    audit.cell(2, 1).comment = Comment("false alarm", "Dana")
    book.save(path)

    reg.write_workbook(with_finding([quote(1), quote(2), quote(3)]), path, previous=path)
    book = openpyxl.load_workbook(path)
    rows = table(book["Speakers"])
    assert headers(book["Speakers"])[-2:] == ["Verified", "Shout"]
    assert [(r["Speaker"], r["Verified"]) for r in rows] == [
        ("Speaker 1", "yes Speaker 1"), ("Speaker 2", "yes Speaker 2"), ("Speaker 3", None),
        ("Speaker 0", "yes Speaker 0")]  # a speaker no longer quoted keeps its row, at the end
    assert [r["Shout"] for r in rows] == ['=H2&"!"', '=H3&"!"', None, '=H5&"!"']
    assert rows[3]["Go to quote"] is None and rows[0]["Go to quote"].startswith("=IFERROR(")
    assert table(book["Articles"])[0]["Call"] == "the desk"
    assert book["Audit"].cell(2, 1).comment.text == "false alarm"


def test_hidden_columns_and_the_reviewers_widths_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(0), quote(1)]), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    letter = {h: openpyxl.utils.get_column_letter(i) for i, h in enumerate(headers(sheet), 1)}
    sheet.column_dimensions[letter["Context"]].hidden = True
    sheet.column_dimensions[letter["Notes"]].width = 55
    sheet.column_dimensions[letter["Quote"]].width = 12  # a tool column: sized by the tool
    book.save(path)
    reg.write_workbook(register([quote(0), quote(1), quote(2)]), path, previous=path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    letter = {h: openpyxl.utils.get_column_letter(i) for i, h in enumerate(headers(sheet), 1)}
    assert sheet.column_dimensions[letter["Context"]].hidden
    assert sheet.column_dimensions[letter["Notes"]].width == 55
    assert sheet.column_dimensions[letter["Quote"]].width == len("nothing changes") + 2
    assert not sheet.column_dimensions[letter["Speaker"]].hidden


def test_a_register_with_pictures_is_not_replaced_when_they_would_be_lost(
        tmp_path: Path) -> None:
    import zipfile

    try:
        import PIL  # noqa: F401
        pytest.skip("with Pillow installed openpyxl keeps pictures")
    except ImportError:
        pass
    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(0)]), path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/media/image1.png", b"\x89PNG picture of a whiteboard")
    before = path.read_bytes()
    report = reg.write_workbook(register([quote(0)]), path, previous=path)
    assert path.read_bytes() == before
    assert report.beside and "holds pictures" in report.reason


def test_the_reviewers_dropdowns_and_colour_rules_are_kept(tmp_path: Path) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.worksheet.datavalidation import DataValidation

    path = tmp_path / "register.xlsx"
    reg.write_workbook(register([quote(0), quote(1)]), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    assert sheet["S1"].value == "Quote ID" and sheet["X1"].value is None
    sheet["X1"] = "Checked by"
    names = DataValidation(type="list", formula1='"Dana,Eli"', allow_blank=True)
    names.add("X2:X50")
    sheet.add_data_validation(names)
    red = PatternFill("solid", start_color="FFFF0000", end_color="FFFF0000")
    sheet.conditional_formatting.add("A2:X50", FormulaRule(formula=['LEFT($S2,2)="Q1"'],
                                                           fill=red))
    book.save(path)
    reg.write_workbook(register([quote(0), quote(1), quote(2)]), path, previous=path)
    sheet = openpyxl.load_workbook(path)["Quotes"]
    assert sheet["G1"].value == "Checked by" and sheet["T1"].value == "Quote ID"
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {"C2:C204": '"correct,wrong speaker,wrong span,not a quote,needs check"',
                     "G2:G204": '"Dana,Eli"'}
    rules = {(str(cf.sqref), rule.formula[0]) for cf in sheet.conditional_formatting
             for rule in cf.rules}
    assert ("A2:X4", 'LEFT($T2,2)="Q1"') in rules
    assert ("A2:X4", "LEN($F2)>0") in rules
    assert len(rules) == 3  # the reviewer's rule and the tool's two, none copied twice
