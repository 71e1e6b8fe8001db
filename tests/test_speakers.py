"""The speaker filter: the names a fact-checker types, and the registers it cuts down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from quotes.model import Article, Finding, IngestError, QuoteRecord, Register, SpeakerSummary
from quotes.register import read_workbook, write_workbook
from quotes.speakers import (
    filter_register,
    filter_sheets,
    filter_workbook,
    matches,
    nearest,
    no_match_message,
)

SIDDIQUI = "Khalid Maqbool Siddiqui"
ISPR = "Inter-Services Public Relations (ISPR)"
REHMAN = "Hafiz Naeem ur Rehman"
NAMES = [SIDDIQUI, ISPR, REHMAN, "Mary Nicholson", "Trevor Nicholson"]


@pytest.mark.parametrize(("query", "name"), [
    ("Dr Siddiqui", SIDDIQUI),
    ("Dr. Siddiqui", SIDDIQUI),
    ("Siddiqui", SIDDIQUI),
    ("SIDDIQUI", SIDDIQUI),
    ("khalid maqbool siddiqui", SIDDIQUI),
    ("Khalid Siddiqui", SIDDIQUI),
    ("ISPR", ISPR),                                   # the bracketed acronym is a name word
    ("ISPR", "Inter-Services Public Relations"),      # initials, hyphen split
    ("I.S.P.R.", "Inter-Services Public Relations"),
    ("Inter-Services Public Relations", ISPR),
    ("Hafiz Naeem ur Réhman", REHMAN),                # accents never matter
    ("hafiz naeem ur rehman", "Hafiz Naeem ur Réhman"),
    ("Nicholson", "Mary Nicholson"),
    ("Nicholson", "Trevor Nicholson"),
])
def test_matches(query: str, name: str) -> None:
    assert matches(query, name)


@pytest.mark.parametrize(("query", "name"), [
    ("Mary Nicholson", "Trevor Nicholson"),
    ("Dr Siddiqui", "Mary Nicholson"),
    ("Dr Siddiqui", "Dr Mary Nicholson"),             # an honorific alone matches nothing
    ("Dr", SIDDIQUI),
    ("Ahmed Siddiqui", SIDDIQUI),                     # every typed word must be in the name
    ("PR", "Inter-Services Public Relations"),
    ("ISI", "Inter-Services Public Relations"),
    ("", SIDDIQUI),
    ("  ", SIDDIQUI),
    ("Siddiqui", None),
    ("Siddiqui", ""),
])
def test_does_not_match(query: str, name: str | None) -> None:
    assert not matches(query, name)


def test_matches_an_alias() -> None:
    assert matches("Dr Siddiqui", "Khalid Maqbool", aliases=["MQM-P Convenor Dr Siddiqui"])
    assert matches("ISPR", "the military's media wing", aliases=["", "ISPR"])
    assert not matches("Dr Siddiqui", "Khalid Maqbool", aliases=["Khalid"])


def test_unknown_name_lists_nearest_speakers() -> None:
    assert nearest("Nicolson", NAMES) == ["Mary Nicholson", "Trevor Nicholson"]
    assert nearest("Siddiki", NAMES) == [SIDDIQUI]
    assert nearest("Hafiz Rahman", NAMES) == [REHMAN, SIDDIQUI]
    assert no_match_message("Nicolson", NAMES) == (
        "No speaker matches “Nicolson”. Nearest speakers: Mary Nicholson, Trevor Nicholson.")
    assert no_match_message("zzzz", NAMES) == "No speaker matches “zzzz”."
    assert len(nearest("Anna", [f"Anna {n}" for n in "BCDEFGH"])) == 5  # at most five


# ------------------------------------------------------------------------------ registers


def quote(quote_id: str, article_id: str, speaker: str | None, text: str) -> QuoteRecord:
    return QuoteRecord(
        quote_id=quote_id, article_id=article_id, source_file=article_id.split("#")[0],
        article_title=f"Title of {article_id}", article_date="2024-08-03", quote_text=text,
        quote_start=0, quote_end=len(text), quote_type="direct", speaker_text=speaker,
        speaker_start=None, speaker_end=None, speaker_name=speaker,
        speaker_type="person" if speaker else None, speaker_role=None, cue="said",
        cue_start=None, cue_end=None, flags=[], confidence=0.9,
    )


def article(article_id: str) -> Article:
    body = f"Body of {article_id}."
    return Article(article_id, article_id.split("#")[0], body, 0, len(body), body)


def finding(code: str, article_id: str, quote_id: str | None) -> Finding:
    return Finding(code, "warning", article_id, article_id.split("#")[0], f"{code} message",
                   quote_id=quote_id)


@pytest.fixture
def register() -> Register:
    quotes = [
        quote("Q1", "a.txt#1", SIDDIQUI, "“In unity, we find strength,”"),
        quote("Q2", "a.txt#1", "Mary Nicholson", "“The budget will balance,”"),
        quote("Q3", "b.txt#1", SIDDIQUI, "“We stand with the oppressed,”"),
        quote("Q4", "c.txt#1", ISPR, "“Both sides underscored the importance,”"),
        quote("Q5", "c.txt#1", None, "“=SUM(A1) is not a formula,”"),
    ]
    speakers = [
        SpeakerSummary(SIDDIQUI, "person", "MQM-P Convenor", ["Dr Siddiqui", "Siddiqui"], 2,
                       ["a.txt#1", "b.txt#1"]),
        SpeakerSummary("Mary Nicholson", "person", None, [], 1, ["a.txt#1"]),
        SpeakerSummary(ISPR, "organization", None, ["ISPR"], 1, ["c.txt#1"]),
    ]
    findings = [
        finding("AMBIGUOUS_SPEAKER", "a.txt#1", "Q1"),
        finding("CONFLICTING_ATTRIBUTION", "a.txt#1", "Q2"),
        finding("MISSING_SPEAKER", "c.txt#1", "Q5"),
        finding("VAGUE_SOURCING", "b.txt#1", None),
    ]
    articles = [article("a.txt#1"), article("b.txt#1"), article("c.txt#1")]
    return Register(quotes, articles, speakers, findings, [IngestError("bad.txt", "binary")])


def test_filter_register(register: Register) -> None:
    kept, message = filter_register(register, "Dr Siddiqui")
    assert message is None
    assert [q.quote_id for q in kept.quotes] == ["Q1", "Q3"]
    assert [s.name for s in kept.speakers] == [SIDDIQUI]
    assert [a.article_id for a in kept.articles] == ["a.txt#1", "b.txt#1"]
    assert [(f.code, f.quote_id) for f in kept.findings] == [("AMBIGUOUS_SPEAKER", "Q1")]


def test_filter_register_by_acronym_and_alias(register: Register) -> None:
    kept, _ = filter_register(register, "ISPR")
    assert [q.quote_id for q in kept.quotes] == ["Q4"]
    register.speakers[1].aliases = ["Mrs Nicholson-Smith"]
    kept, _ = filter_register(register, "Nicholson-Smith")
    assert [q.quote_id for q in kept.quotes] == ["Q2"]


def test_filter_register_unknown_name(register: Register) -> None:
    kept, message = filter_register(register, "Siddiki")
    assert (kept.quotes, kept.speakers, kept.articles, kept.findings) == ([], [], [], [])
    assert message == f"No speaker matches “Siddiki”. Nearest speakers: {SIDDIQUI}."


def rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    worksheet = openpyxl.load_workbook(path)[sheet]
    values = list(worksheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_filter_workbook(tmp_path: Path, register: Register) -> None:
    path, out = tmp_path / "register.xlsx", tmp_path / "siddiqui.xlsx"
    write_workbook(register, path)
    count, message = filter_workbook(path, "Dr Siddiqui", out)
    assert (count, message) == (2, None)
    assert openpyxl.load_workbook(out).sheetnames == [
        "Quotes", "Speakers", "Articles", "Audit", "Summary"]
    assert [(r["Quote ID"], r["Speaker"]) for r in rows(out, "Quotes")] == [
        ("Q1", SIDDIQUI), ("Q3", SIDDIQUI)]
    assert [(r["Speaker"], r["Aliases"], r["Quotes"]) for r in rows(out, "Speakers")] == [
        (SIDDIQUI, "Dr Siddiqui; Siddiqui", 2)]
    assert [r["Article ID"] for r in rows(out, "Articles")] == ["a.txt#1", "b.txt#1"]
    assert [(r["Code"], r["Quote ID"]) for r in rows(out, "Audit")] == [
        ("AMBIGUOUS_SPEAKER", "Q1")]
    # the full register is untouched
    assert len(rows(path, "Quotes")) == 5


def test_filter_workbook_keeps_review_columns_and_removed_rows(
        tmp_path: Path, register: Register) -> None:
    path, out = tmp_path / "register.xlsx", tmp_path / "ispr.xlsx"
    write_workbook(register, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Quotes"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=5, column=header.index("Review") + 1, value="correct")  # Q4
    book.save(path)
    register.quotes = [q for q in register.quotes if q.quote_id != "Q1"]
    write_workbook(register, path, previous=path)  # Q1 moves to Removed
    sheets = read_workbook(path)
    assert sheets.names == ["Quotes", "Speakers", "Articles", "Audit", "Summary", "Removed"]
    filtered, count, message = filter_sheets(sheets, "ISPR")
    assert (count, message) == (1, None)
    assert [r["Review"] for r in filtered.rows["Quotes"]] == ["correct"]
    assert filtered.rows["Removed"] == []
    filtered, count, _ = filter_sheets(sheets, "Siddiqui")
    assert count == 1
    assert [r["Quote ID"] for r in filtered.rows["Removed"]] == ["Q1"]
    assert filter_workbook(path, "Siddiqui", out) == (1, None)
    assert openpyxl.load_workbook(out).sheetnames == sheets.names


def test_filter_workbook_unknown_name_writes_nothing(tmp_path: Path, register: Register) -> None:
    path, out = tmp_path / "register.xlsx", tmp_path / "nobody.xlsx"
    write_workbook(register, path)
    count, message = filter_workbook(path, "Imran Khan", out)
    assert count == 0
    assert message is not None and message.startswith("No speaker matches “Imran Khan”.")
    assert not out.exists()


def test_an_article_s_initials_for_a_title_become_a_title_for_that_article_only(nlp):
    from quotes.resolution.state import title_initials_defined

    titles = nlp.get_pipe("speaker_resolution").resolution_rules.titles
    doc = nlp("Commissioner of Police (CP) Ivo Brankov and the Lorvia National Police (LNP) "
              "spoke.")
    initials = title_initials_defined(doc, titles)
    assert initials == ["CP"]
    assert titles.with_initials(initials).is_title("CP") and not titles.is_title("CP")
