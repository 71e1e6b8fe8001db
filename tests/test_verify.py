"""Claim verification: hand-built corpora (no model) for every verdict, plus one run via the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from quotes.cli import main
from quotes.model import Article, QuoteRecord, SpeakerSummary
from quotes.register import set_cell
from quotes.verify import (
    FIELDS,
    Claim,
    Verdict,
    claim_parts,
    read_claims,
    verify_claims,
    write_verdicts_jsonl,
    write_verdicts_xlsx,
)

SIDDIQUI = "Khalid Maqbool Siddiqui"
ISPR = "Inter-Services Public Relations (ISPR)"
DAR = "Ishaq Dar"

RALLY = (
    "Speaking at the rally, Dr Khalid Maqbool Siddiqui said, “The unequivocal declaration of "
    "Pakistan’s solidarity with Palestine is announced today from Karachi instead of Islamabad. "
    "As Muslim rulers grapple with a moral dilemma, the collective conscience of the Muslim "
    "nation stands unwavering and unrestrained.”\n\n"
    "“In unity, we find strength,” stated Dr Siddiqui. “Karachi stands firmly with the "
    "principles of humanity,” he said.\n\n"
    "Officials said the city would host a second rally next week to collect donations.\n"
)
BORDER = (
    "The military said in a statement, “Our forces remain fully prepared to respond to any "
    "aggression on the western border.”\n\n"
    "“The economy will recover by next spring at the latest,” Finance Minister Ishaq Dar said.\n\n"
    "“Prices of flour and sugar will fall before the holy month begins,” it was announced.\n"
)
DECLARATION = "“The unequivocal declaration"  # the start of the rally's first quote
UNITY = "“In unity, we find strength,”"
HUMANITY = "“Karachi stands firmly with the principles of humanity,”"
FORCES = "“Our forces remain fully prepared to respond to any aggression on the western border.”"
ECONOMY = "“The economy will recover by next spring at the latest,”"
PRICES = "“Prices of flour and sugar will fall before the holy month begins,”"


def make_article(article_id: str, source_file: str, body: str, title: str) -> Article:
    """An article whose body is its whole source text, as for a plain-text file."""
    return Article(article_id, source_file, body, 0, len(body), body, title=title)


def make_record(article: Article, quote_id: str, quote: str, speaker: str | None,
                quote_type: str = "direct", whole: str | None = None) -> QuoteRecord:
    """A record for a quote of ``article``; ``quote`` locates it, ``whole`` extends it to a close
    quote mark (for long quotes given by their start)."""
    start = article.body.index(quote)
    end = article.body.index("”", start) + 1 if whole else start + len(quote)
    return QuoteRecord(
        quote_id=quote_id, article_id=article.article_id, source_file=article.source_file,
        article_title=article.title, article_date=None, quote_text=article.body[start:end],
        quote_start=start, quote_end=end, quote_type=quote_type, speaker_text=speaker,
        speaker_start=None, speaker_end=None, speaker_name=speaker,
        speaker_type="person" if speaker else None, speaker_role=None, cue="said",
        cue_start=None, cue_end=None, flags=[], confidence=0.9,
    )


RALLY_ARTICLE = make_article("a1", "karachi.txt", RALLY, "Rally")
BORDER_ARTICLE = make_article("a2", "border.txt", BORDER, "Border")
RECORDS = [
    make_record(RALLY_ARTICLE, "Q1", DECLARATION, SIDDIQUI, whole="yes"),
    make_record(RALLY_ARTICLE, "Q2", UNITY, SIDDIQUI),
    make_record(RALLY_ARTICLE, "Q3", HUMANITY, SIDDIQUI),
    make_record(BORDER_ARTICLE, "Q4", FORCES, ISPR),
    make_record(BORDER_ARTICLE, "Q5", ECONOMY, DAR),
    make_record(BORDER_ARTICLE, "Q6", PRICES, None),
]
SPEAKERS = [
    SpeakerSummary(SIDDIQUI, "person", "MQM-P Convenor", ["Dr Siddiqui", "He", "he"], 3, ["a1"]),
    SpeakerSummary(ISPR, "organization", None, ["ISPR", "the military", "it"], 1, ["a2"]),
    SpeakerSummary(DAR, "person", "Finance Minister", ["Dar"], 1, ["a2"]),
]


def verify(*claims: Claim) -> list[Verdict]:
    return verify_claims(list(claims), RECORDS, [RALLY_ARTICLE, BORDER_ARTICLE], SPEAKERS)


def one(speaker: str, quote: str) -> Verdict:
    [verdict] = verify(Claim(speaker, quote))
    return verdict


# ------------------------------------------------------------------------------ verdicts


def test_verified_through_quote_marks_case_and_spacing() -> None:
    verdict = one(SIDDIQUI, '"the UNEQUIVOCAL declaration of Pakistan\'s   solidarity with '
                            'palestine is announced today from Karachi instead of Islamabad."')
    assert verdict.verdict == "verified"
    assert verdict.found_speaker == SIDDIQUI
    assert verdict.quote_id == "Q1"
    assert verdict.source_file == "karachi.txt"
    assert verdict.article_title == "Rally"
    assert verdict.found_text == RECORDS[0].quote_text
    assert verdict.similarity == 1.0
    assert verdict.diff is None


@pytest.mark.parametrize(("speaker", "quote", "quote_id"), [
    ("Dr Siddiqui", "In unity, we find strength", "Q2"),
    ("dr. siddiqui", "in unity we find strength", "Q2"),
    ("ISPR", "Our forces remain fully prepared", "Q4"),
    ("the military", "Our forces remain fully prepared", "Q4"),  # only the Speakers alias says so
    ("Dar", "The economy will recover", "Q5"),
])
def test_verified_through_an_alias(speaker: str, quote: str, quote_id: str) -> None:
    verdict = one(speaker, quote)
    assert (verdict.verdict, verdict.quote_id) == ("verified", quote_id)


def test_a_pronoun_alias_verifies_nothing() -> None:
    assert one("he", "In unity, we find strength").verdict == "misattributed"


def test_part_of_a_longer_quote_verifies() -> None:
    verdict = one("Dr Siddiqui", "the collective conscience of the Muslim nation stands unwavering")
    assert (verdict.verdict, verdict.quote_id) == ("verified", "Q1")
    assert verdict.found_text == RECORDS[0].quote_text


def test_ellipsis_parts_in_order_verify() -> None:
    verdict = one("Dr Siddiqui", "“The unequivocal declaration of Pakistan’s solidarity … the "
                                 "collective conscience of the Muslim nation...”")
    assert (verdict.verdict, verdict.quote_id, verdict.similarity) == ("verified", "Q1", 1.0)


def test_ellipsis_parts_out_of_order_are_a_misquote() -> None:
    verdict = one("Dr Siddiqui", "the collective conscience of the Muslim nation ... the "
                                 "unequivocal declaration of Pakistan’s solidarity")
    assert verdict.verdict == "misquoted"
    assert verdict.quote_id == "Q1"
    assert verdict.similarity is not None and 0 < verdict.similarity < 1
    assert "not in the order" in (verdict.note or "")


def test_ellipsis_across_two_quotes_of_one_speaker_verifies() -> None:
    verdict = one("Dr Siddiqui", "In unity, we find strength ... Karachi stands firmly")
    assert verdict.verdict == "verified"
    assert verdict.found_speaker == SIDDIQUI
    assert verdict.quote_id == "Q2; Q3"
    assert verdict.note == f"Found across 2 quotes of one article, all by {SIDDIQUI}."


def test_one_word_different_is_misquoted() -> None:
    verdict = one("Dr Siddiqui", "Karachi stands firmly with the values of humanity")
    assert verdict.verdict == "misquoted"
    assert verdict.quote_id == "Q3"
    assert verdict.found_speaker == SIDDIQUI
    assert verdict.found_text == HUMANITY
    assert verdict.similarity == 0.875
    assert verdict.diff is not None
    assert "[-values-]" in verdict.diff and "{+principles+}" in verdict.diff


def test_misquote_inside_a_longer_quote_is_compared_with_the_part_that_lines_up() -> None:
    verdict = one(SIDDIQUI, "as Muslim rulers grapple with a moral crisis, the collective "
                            "conscience of the Muslim nation")
    assert (verdict.verdict, verdict.quote_id) == ("misquoted", "Q1")
    assert verdict.similarity is not None and verdict.similarity >= 0.9
    assert verdict.diff is not None and "[-crisis,-] {+dilemma,+}" in verdict.diff


def test_short_claims_match_only_exactly() -> None:
    assert one("Dr Siddiqui", "we find courage").verdict == "not_found"


def test_misattributed_names_the_real_speaker() -> None:
    verdict = one("Hafiz Naeem ur Rehman", "The economy will recover by next spring at the latest")
    assert verdict.verdict == "misattributed"
    assert verdict.found_speaker == DAR
    assert verdict.quote_id == "Q5"
    assert verdict.similarity == 1.0


def test_unattributed_when_the_source_names_no_speaker() -> None:
    verdict = one(DAR, "prices of flour and sugar will fall before the holy month begins")
    assert verdict.verdict == "unattributed"
    assert verdict.found_speaker is None
    assert verdict.quote_id == "Q6"
    assert verdict.note == "The source gives these words but names no speaker."


def test_unattributed_from_article_text_only() -> None:
    verdict = one("Dr Siddiqui", "The city would host a second rally next week")
    assert verdict.verdict == "unattributed"
    assert verdict.found_speaker is None
    assert verdict.quote_id is None
    assert verdict.found_text == "the city would host a second rally next week"
    assert verdict.source_file == "karachi.txt"
    assert verdict.article_title == "Rally"
    assert "article text" in (verdict.note or "")


def test_not_found() -> None:
    verdict = one("Dr Siddiqui", "We will never negotiate with terrorists")
    assert verdict == Verdict("Dr Siddiqui", "We will never negotiate with terrorists",
                              "not_found")


def test_not_found_points_at_similar_words_by_someone_else() -> None:
    verdict = one("Dr Siddiqui", "The economy will recover by next summer at the latest")
    assert verdict.verdict == "not_found"
    assert verdict.note == "Similar words (0.900) are attributed to Ishaq Dar in border.txt " \
                           "(quote Q5)."


def test_a_claim_without_words_is_not_found() -> None:
    assert one("Dr Siddiqui", " … ").verdict == "not_found"


def test_verdicts_keep_input_order() -> None:
    claims = [
        Claim("Hafiz Naeem ur Rehman", "The economy will recover", "TV"),
        Claim("Dr Siddiqui", "We will never negotiate with terrorists"),
        Claim("ISPR", "our forces remain fully prepared"),
        Claim("Dr Siddiqui", "Karachi stands firmly with the values of humanity"),
        Claim(DAR, "Prices of flour and sugar will fall"),
        Claim("Dr Siddiqui", "In unity, we find strength"),
    ]
    verdicts = verify(*claims)
    assert [v.verdict for v in verdicts] == [
        "misattributed", "not_found", "verified", "misquoted", "unattributed", "verified"]
    assert [(v.claim_speaker, v.claim_quote) for v in verdicts] == [
        (c.speaker, c.quote) for c in claims]
    assert verdicts[0].claim_source == "TV"


def test_claim_parts_split_on_either_ellipsis() -> None:
    assert claim_parts("“One two… three...four . . . five”") == [
        ["one", "two"], ["three"], ["four"], ["five"]]


# ------------------------------------------------------------------------------ reading claims


def test_read_claims_from_csv_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("\ufeffSpeaker,QUOTE,Source\n"
                    "Dr Siddiqui,\"“In unity, we find strength,”\",Twitter\n"
                    ",,\n"
                    "ISPR,\"Our forces, ready\nfor anything\",\n", encoding="utf-8")
    assert read_claims(path) == [
        Claim("Dr Siddiqui", "“In unity, we find strength,”", "Twitter"),
        Claim("ISPR", "Our forces, ready\nfor anything", None),
    ]


def test_read_claims_from_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "claims.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Quote", "Speaker"])
    sheet.append(["We will win.", "Ishaq Dar"])
    sheet.append([None, None])
    sheet.append([None, "ISPR"])
    set_cell(sheet["A4"], "=not a formula")  # text, as a reviewer's sheet would hold it
    workbook.create_sheet("Other").append(["speaker", "quote"])
    workbook.save(path)
    assert read_claims(path) == [Claim("Ishaq Dar", "We will win."),
                                 Claim("ISPR", "=not a formula")]


def test_formula_cells_without_a_saved_value_are_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "claims.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["speaker", "quote", "source"])
    sheet.append(["Ishaq Dar", "We will win.", "=B2"])  # a formula only in the optional column
    sheet.append(['=UPPER("isp")', '="We stand " & "ready"', None])  # never calculated
    sheet.append([None, None, None])
    sheet.append(["ISPR", "Ready.", None])
    workbook.save(path)  # openpyxl saves formulas without values, as a script would
    claims = read_claims(path)
    assert claims == [
        Claim("Ishaq Dar", "We will win."),
        Claim("", "", None, 'row 3: the speaker cell (A3) holds the formula =UPPER("isp") with '
                            "no saved value; open and save the file in Excel, or type the value"),
        Claim("ISPR", "Ready."),
    ]
    verdict = verify_claims(claims[1:2], [])[0]
    assert (verdict.verdict, verdict.note) == ("unreadable", claims[1].problem)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_claims_csv_in_the_encodings_extract_reads(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "claims.csv"
    path.write_bytes("speaker;quote\r\nJosé Núñez;Café prices fell.\r\n".encode(encoding))
    assert read_claims(path) == [Claim("José Núñez", "Café prices fell.")]


def test_claims_csv_with_a_huge_field_and_a_nul_byte(tmp_path: Path) -> None:
    quote = "word " * 40_000  # 200,000 characters: over the csv module's default limit
    path = tmp_path / "claims.csv"
    path.write_bytes(f'speaker,quote\nAnn Lee,"{quote}"\nIan\x00 Moss,Yes.\n'.encode())
    assert read_claims(path) == [Claim("Ann Lee", quote.strip()), Claim("Ian\ufffd Moss", "Yes.")]


def test_a_binary_claims_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValueError, match="not a text file"):
        read_claims(path)


def test_claims_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="claims file not found"):
        read_claims(tmp_path / "missing.csv")
    path = tmp_path / "claims.csv"
    path.write_text("name,quote\nDar,We will win.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column 'speaker'"):
        read_claims(path)
    text = tmp_path / "claims.txt"
    text.write_text("speaker,quote\n", encoding="utf-8")
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        read_claims(text)


def test_cli_reports_a_bad_claims_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotes.cli._load", lambda args: None)  # no model needed to fail
    path = tmp_path / "claims.csv"
    path.write_text("who,what\n", encoding="utf-8")
    assert main(["verify", str(path), "--corpus", str(tmp_path)]) == 2
    assert "error:" in capsys.readouterr().err


# ------------------------------------------------------------------------------ writing


def test_jsonl_has_exactly_the_listed_fields(tmp_path: Path) -> None:
    path = tmp_path / "out" / "verdicts.jsonl"
    write_verdicts_jsonl(verify(Claim("Dr Siddiqui", "In unity, we find strength", "TV"),
                                Claim("Dr Siddiqui", "Karachi stands firmly with the values of "
                                                     "humanity")), path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [list(line) for line in lines] == [[
        "claim_speaker", "claim_quote", "verdict", "found_text", "found_speaker", "source_file",
        "article_title", "quote_id", "similarity", "diff", "note", "claim_source"]] * 2
    assert lines[0]["verdict"] == "verified" and lines[0]["claim_source"] == "TV"
    assert lines[1]["similarity"] == 0.875
    assert list(tmp_path.joinpath("out").iterdir()) == [path]  # no temp file left behind


def test_xlsx_has_a_formula_safe_verdicts_sheet(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.xlsx"
    write_verdicts_xlsx(verify(Claim("=cmd()", "=SUM(A1) said nobody"),
                               Claim("Dr Siddiqui", "In unity, we find strength")), path)
    sheet = openpyxl.load_workbook(path)["Verdicts"]
    assert [c.value for c in sheet[1]][:3] == ["Claimed speaker", "Claimed quote", "Verdict"]
    assert len(sheet[1]) == len(FIELDS)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L3"
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=cmd()"
    assert sheet["C2"].value == "not_found" and sheet["C3"].value == "verified"
    assert sheet["B3"].alignment.wrap_text


# ------------------------------------------------------------------------------ end to end


def test_cli_verifies_a_seed_quote(tmp_path: Path, seeds_dir: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    claims = tmp_path / "claims.csv"
    with claims.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["speaker", "quote"])
        writer.writerow(["Dr Siddiqui", "In unity, we find strength, and today's gathering "
                         "represents the collective voice of the Pakistani people"])
    out = tmp_path / "verdicts.jsonl"
    code = main(["verify", str(claims), "--corpus", str(seeds_dir), "--jsonl", str(out), "-q"])
    assert code == 0
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["verdict"] == "verified"
    assert line["found_speaker"] == SIDDIQUI
    assert line["source_file"].endswith("003_a2b283d1d5871b4a.txt")
    assert "1 claims: 1 verified" in capsys.readouterr().out
