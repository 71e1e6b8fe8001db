"""Audit findings on hand-built quote records: every code, its message and its links."""

from __future__ import annotations

from typing import Any

import pytest

from quotes.audit import (
    CODES,
    build_register,
    conflicting_attributions,
    name_variants,
    quote_variants,
    quote_words,
    record_findings,
    summary_table,
    vague_findings,
    word_diff,
)
from quotes.extraction import Extraction
from quotes.model import (
    Article,
    IngestError,
    Mention,
    QuoteRecord,
    Register,
    SpeakerSummary,
    VagueClaim,
)

BRAVE = "“We will never abandon the brave people of this city,”"
COURAGEOUS = "“We will never abandon the courageous people of this city,”"
BUDGET = "“The budget will be balanced by next spring at the latest,”"


def make_record(quote_id: str, article_id: str, quote_text: str, speaker_name: str | None,
                **extra: Any) -> QuoteRecord:
    """A quote record with sensible defaults; offsets are invented but consistent."""
    start = extra.pop("quote_start", 100)
    values: dict[str, Any] = dict(
        quote_id=quote_id, article_id=article_id, source_file=article_id.split("#")[0],
        article_title=None, article_date=None, quote_text=quote_text, quote_start=start,
        quote_end=start + len(quote_text), quote_type="direct", speaker_text=speaker_name,
        speaker_start=None, speaker_end=None, speaker_name=speaker_name,
        speaker_type="person" if speaker_name else None, speaker_role=None, cue="said",
        cue_start=None, cue_end=None, flags=[], confidence=0.9,
    )
    values.update(extra)
    return QuoteRecord(**values)


def make_speaker(name: str, articles: list[str], kind: str = "person") -> SpeakerSummary:
    return SpeakerSummary(name, kind, None, [], len(articles), articles)


def codes(findings: list) -> list[str]:
    return [f.code for f in findings]


# ------------------------------------------------------------------------------ conflicts


def test_conflicting_attribution_two_articles() -> None:
    a = make_record("Q1", "a.txt#1", BUDGET, "Mary Nicholson", quote_start=10)
    b = make_record("Q2", "b.txt#1", BUDGET, "Trevor Nicholson", quote_start=50)
    findings = conflicting_attributions([a, b])
    assert codes(findings) == ["CONFLICTING_ATTRIBUTION"] * 2
    first, second = findings
    assert (first.quote_id, first.article_id, first.source_file) == ("Q1", "a.txt#1", "a.txt")
    assert (first.start, first.end, first.text) == (10, 10 + len(BUDGET), BUDGET)
    assert first.severity == "error"
    assert first.message == (
        "These words are given to Mary Nicholson here but to Trevor Nicholson in b.txt#1 "
        "(quote Q2)."
    )
    assert (second.quote_id, second.article_id) == ("Q2", "b.txt#1")
    assert second.message == (
        "These words are given to Trevor Nicholson here but to Mary Nicholson in a.txt#1 "
        "(quote Q1)."
    )
    assert first.suggestion == "Check both sources to see who actually said it."


def test_conflicting_attribution_same_article_and_punctuation() -> None:
    a = make_record("Q1", "a.txt#1", BUDGET, "Mary Nicholson")
    b = make_record("Q2", "a.txt#1", BUDGET.upper().replace(",", ""), "Trevor Nicholson")
    findings = conflicting_attributions([a, b])
    assert [f.message for f in findings] == [
        "These words are given to Mary Nicholson here but to Trevor Nicholson in the same "
        "article (quote Q2).",
        "These words are given to Trevor Nicholson here but to Mary Nicholson in the same "
        "article (quote Q1).",
    ]


@pytest.mark.parametrize(("first", "second"), [
    ("Mary Nicholson", "Mary Nicholson"),
    ("Siddiqui", "Khalid Maqbool Siddiqui"),
    ("Dr Siddiqui", "KHALID MAQBOOL SIDDIQUI"),
])
def test_no_conflict_for_the_same_speaker(first: str, second: str) -> None:
    a = make_record("Q1", "a.txt#1", BUDGET, first)
    b = make_record("Q2", "b.txt#1", BUDGET, second)
    assert conflicting_attributions([a, b]) == []


def test_no_conflict_for_short_quotes_or_missing_speakers() -> None:
    short = "“We will win this vote,”"  # five words: too common to compare
    assert len(quote_words(short)) == 5
    assert conflicting_attributions([
        make_record("Q1", "a.txt#1", short, "Mary Nicholson"),
        make_record("Q2", "b.txt#1", short, "Trevor Nicholson"),
    ]) == []
    assert conflicting_attributions([
        make_record("Q1", "a.txt#1", BUDGET, "Mary Nicholson"),
        make_record("Q2", "b.txt#1", BUDGET, None),
    ]) == []


def test_no_conflict_for_different_words() -> None:
    other = "“The hospital will open its new wing next spring at the latest,”"
    assert conflicting_attributions([
        make_record("Q1", "a.txt#1", BUDGET, "Mary Nicholson"),
        make_record("Q2", "b.txt#1", other, "Trevor Nicholson"),
    ]) == []


# ------------------------------------------------------------------------------ variants


def test_quote_variant_one_word_changed() -> None:
    a = make_record("Q1", "a.txt#1", BRAVE, "Khalid Maqbool Siddiqui")
    b = make_record("Q2", "b.txt#1", COURAGEOUS, "Siddiqui")
    findings = quote_variants([a, b])
    assert codes(findings) == ["QUOTE_VARIANT"] * 2
    assert [f.quote_id for f in findings] == ["Q1", "Q2"]
    assert findings[0].severity == "warning"
    assert findings[0].message == (
        "b.txt#1 gives this quote with different words (quote Q2): "
        "“We will never abandon the [-brave-] {+courageous+} people of this city,”"
    )
    assert findings[1].message == (
        "a.txt#1 gives this quote with different words (quote Q1): "
        "“We will never abandon the [-courageous-] {+brave+} people of this city,”"
    )
    assert "[-brave-]" in findings[0].message and "{+courageous+}" in findings[0].message


def test_quote_variant_when_one_speaker_is_unknown() -> None:
    a = make_record("Q1", "a.txt#1", BRAVE, "Khalid Maqbool Siddiqui")
    b = make_record("Q2", "b.txt#1", COURAGEOUS, None)
    assert codes(quote_variants([a, b])) == ["QUOTE_VARIANT"] * 2


def test_no_quote_variant() -> None:
    same = [make_record("Q1", "a.txt#1", BRAVE, "Siddiqui"),
            make_record("Q2", "b.txt#1", BRAVE.replace("“", '"').replace("”", '"'), "Siddiqui")]
    assert quote_variants(same) == []
    longer = "“We will never abandon the brave people of this city, whatever it costs us,”"
    part = [make_record("Q1", "a.txt#1", BRAVE, "Siddiqui"),
            make_record("Q2", "b.txt#1", longer, "Siddiqui")]
    assert quote_variants(part) == []
    same_article = [make_record("Q1", "a.txt#1", BRAVE, "Siddiqui"),
                    make_record("Q2", "a.txt#1", COURAGEOUS, "Siddiqui")]
    assert quote_variants(same_article) == []
    other_speakers = [make_record("Q1", "a.txt#1", BRAVE, "Mary Nicholson"),
                      make_record("Q2", "b.txt#1", COURAGEOUS, "Trevor Nicholson")]
    assert quote_variants(other_speakers) == []
    reported = [make_record("Q1", "a.txt#1", BRAVE, "Siddiqui", quote_type="indirect"),
                make_record("Q2", "b.txt#1", COURAGEOUS, "Siddiqui", quote_type="indirect")]
    assert quote_variants(reported) == []


def test_word_diff() -> None:
    assert word_diff("We will rebuild the bridge", "We will rebuild the old bridge") == (
        "We will rebuild the {+old+} bridge")
    assert word_diff("one two three four five six seven eight", "one two three four five six "
                     "seven nine") == "one two three … five six seven [-eight-] {+nine+}"


# ------------------------------------------------------------------------------ names


@pytest.mark.parametrize(("first", "second"), [
    ("Hafiz Naeem ur Rehman", "Hafiz Naeem-ur-Rehman"),
    ("Hafiz Naeem ur Rehman", "Hafiz Naeem ur Rahman"),
    ("Maulana Fazlur Rehman", "Maulana Fazlur Rahman"),
])
def test_name_variant(first: str, second: str) -> None:
    speakers = [make_speaker(first, ["a.txt#1"]), make_speaker(second, ["b.txt#1", "c.txt#1"])]
    records = [make_record("Q1", "a.txt#1", BRAVE, first),
               make_record("Q2", "b.txt#1", BUDGET, second)]
    findings = name_variants(speakers, records)
    assert codes(findings) == ["NAME_VARIANT"] * 2
    one, two = findings
    assert (one.article_id, one.quote_id, one.source_file, one.text) == (
        "a.txt#1", "Q1", "a.txt", first)
    assert one.message == (
        f"“{first}” looks like another spelling of “{second}” (b.txt#1, c.txt#1).")
    assert (two.article_id, two.quote_id, two.text) == ("b.txt#1; c.txt#1", "Q2", second)
    assert two.message == f"“{second}” looks like another spelling of “{first}” (a.txt#1)."
    assert one.severity == "warning"


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("Mary Nicholson", "Trevor Nicholson", "person"),
    ("Hafiz Naeem ur Rehman", "Hafiz Naeem ur Rehman", "person"),
    ("Ishaq Dar", "Ishaq Darr Khan", "person"),            # different number of words
    ("Hafiz Naeem ur Rehman", "Hafiz Naeem-ur-Rehman", "group"),  # not a person or a body
    ("Ali", "Aly", "person"),                             # too short to judge
])
def test_no_name_variant(first: str, second: str, kind: str) -> None:
    speakers = [make_speaker(first, ["a.txt#1"], kind), make_speaker(second, ["b.txt#1"], kind)]
    assert name_variants(speakers, []) == []


def test_name_variant_without_a_quote() -> None:
    speakers = [make_speaker("Hafiz Naeem ur Rehman", ["a.txt#1"]),
                make_speaker("Hafiz Naeem-ur-Rehman", ["b.txt#1"])]
    findings = name_variants(speakers, [])
    assert [(f.quote_id, f.source_file) for f in findings] == [(None, ""), (None, "")]


# ------------------------------------------------------------------------------ per quote


def test_missing_speaker_with_a_suggestion() -> None:
    record = make_record("Q7", "a.txt#1", BRAVE, None, flags=["MISSING_SPEAKER"],
                         speaker_text=None, suggested_speaker="Hafiz Naeem ur Rehman")
    (finding,) = record_findings([record])
    assert (finding.code, finding.severity, finding.quote_id) == ("MISSING_SPEAKER", "error", "Q7")
    assert finding.message == (
        "The quote has “said” but the text names no speaker; it may have been lost in editing. "
        "Check the original before using it."
    )
    assert finding.suggestion == (
        "Probably Hafiz Naeem ur Rehman (the previous speaker); not assumed.")
    assert (finding.start, finding.end, finding.text) == (100, 100 + len(BRAVE), BRAVE)


def test_missing_speaker_without_a_cue() -> None:
    record = make_record("Q7", "a.txt#1", BRAVE, None, flags=["MISSING_SPEAKER"], cue=None)
    (finding,) = record_findings([record])
    assert finding.message == (
        "The quote has no cue and no earlier speaker to continue; nobody is named.")
    assert finding.suggestion is None


def test_record_findings_for_each_flag() -> None:
    record = make_record(
        "Q1", "a.txt#1", BRAVE, "Aisha Khan", speaker_text="she",
        flags=["AMBIGUOUS_SPEAKER", "UNRESOLVED_SPEAKER", "ANONYMOUS_SOURCE",
               "UNBALANCED_QUOTES", "CONFLICTING_ATTRIBUTION", "SOMETHING_ELSE"],
    )
    findings = record_findings([record])
    # flags with findings of their own (conflicts) or unknown flags give no second finding
    assert [(f.code, f.severity) for f in findings] == [
        ("AMBIGUOUS_SPEAKER", "warning"), ("UNRESOLVED_SPEAKER", "warning"),
        ("ANONYMOUS_SOURCE", "info"), ("UNBALANCED_QUOTES", "warning")]
    assert [f.message for f in findings] == [
        "“she” could refer to more than one person; the tool chose Aisha Khan. "
        "Check who is speaking.",
        "“she” could not be linked to anyone named in the article.",
        "The source, “she”, is not identified.",
        "An opening quotation mark is never closed in its paragraph; the quote may run on or "
        "be cut short.",
    ]
    assert [f.suggestion for f in findings] == [
        None, "Name the speaker in the Notes column after checking the source.",
        "Corroborate with a named source before publishing.", None]
    assert record_findings([make_record("Q2", "a.txt#1", BRAVE, "Aisha Khan")]) == []


def test_vague_findings() -> None:
    inside = make_record("Q1", "a.txt#1", "“The plant reportedly closed in May,”", None,
                         quote_start=200)
    elsewhere = make_record("Q2", "b.txt#1", BRAVE, "Siddiqui", quote_start=0)
    in_quote = VagueClaim("a.txt#1", "a.txt", "reportedly", Mention(211, 221, "reportedly"),
                          Mention(200, 250, "“The plant reportedly closed in May,” he said."))
    sentence = "It is widely believed that the vote was rigged."
    alone = VagueClaim("b.txt#1", "b.txt", "widely believed", Mention(106, 121, "widely believed"),
                       Mention(100, 100 + len(sentence), sentence))
    findings = vague_findings([in_quote, alone], [inside, elsewhere])
    assert codes(findings) == ["VAGUE_SOURCING", "VAGUE_SOURCING"]
    assert [f.quote_id for f in findings] == ["Q1", None]
    assert [f.severity for f in findings] == ["info", "info"]
    assert findings[0].message == "“reportedly”: the claim is attributed to no one."
    assert (findings[1].article_id, findings[1].source_file) == ("b.txt#1", "b.txt")
    assert (findings[1].start, findings[1].end, findings[1].text) == (
        100, 100 + len(sentence), sentence)
    assert findings[1].message == "“widely believed”: the claim is attributed to no one."
    assert findings[1].suggestion == "Find who made the claim, or say that it is unverified."


# ------------------------------------------------------------------------------ the register


def make_article(article_id: str) -> Article:
    body = "An invented article body."
    return Article(article_id, article_id.split("#")[0], body, 0, len(body), body)


@pytest.fixture
def register() -> Register:
    records = [
        make_record("QA1", "a.txt#1", BRAVE, "Siddiqui", speaker_text="Dr Siddiqui",
                    quote_start=10),
        make_record("QA2", "a.txt#1", BUDGET, "Mary Nicholson", quote_start=100),
        make_record("QA3", "a.txt#1", "“We are here to help,”", None, speaker_text=None,
                    flags=["MISSING_SPEAKER"], quote_start=300),
        make_record("QB1", "b.txt#1", BRAVE, "Khalid Maqbool Siddiqui", quote_start=20),
        make_record("QB2", "b.txt#1", BUDGET, "Trevor Nicholson", quote_start=200),
    ]
    sentence = "The mill was reportedly sold."
    vague = [VagueClaim("b.txt#1", "b.txt", "reportedly", Mention(13, 23, "reportedly"),
                        Mention(5, 5 + len(sentence), sentence))]
    extraction = Extraction(records=records, articles=[make_article("a.txt#1"),
                                                       make_article("b.txt#1")],
                            errors=[IngestError("bad.txt", "bad.txt: not a text file")],
                            vague=vague)
    return build_register(extraction)


def test_build_register_merges_speakers_across_articles(register: Register) -> None:
    rows = {s.name: s for s in register.speakers}
    assert sorted(rows) == ["Khalid Maqbool Siddiqui", "Mary Nicholson", "Trevor Nicholson"]
    siddiqui = rows["Khalid Maqbool Siddiqui"]
    assert {"Siddiqui", "Dr Siddiqui"} <= set(siddiqui.aliases)
    assert (siddiqui.quote_count, siddiqui.articles) == (2, ["a.txt#1", "b.txt#1"])
    assert (rows["Mary Nicholson"].articles, rows["Trevor Nicholson"].articles) == (
        ["a.txt#1"], ["b.txt#1"])
    assert register.name_map["Siddiqui"] == "Khalid Maqbool Siddiqui"
    by_id = {q.quote_id: q for q in register.quotes}
    assert by_id["QA1"].speaker_name == "Khalid Maqbool Siddiqui"
    assert by_id["QA1"].speaker_text == "Dr Siddiqui"


def test_build_register_findings_and_flags(register: Register) -> None:
    assert [(f.code, f.article_id, f.quote_id) for f in register.findings] == [
        ("CONFLICTING_ATTRIBUTION", "a.txt#1", "QA2"),
        ("CONFLICTING_ATTRIBUTION", "b.txt#1", "QB2"),
        ("MISSING_SPEAKER", "a.txt#1", "QA3"),
        ("VAGUE_SOURCING", "b.txt#1", None),
    ]
    flags = {q.quote_id: q.flags for q in register.quotes}
    assert flags == {"QA1": [], "QA2": ["CONFLICTING_ATTRIBUTION"], "QA3": ["MISSING_SPEAKER"],
                     "QB1": [], "QB2": ["CONFLICTING_ATTRIBUTION"]}
    assert [e.source_file for e in register.errors] == ["bad.txt"]
    assert [a.article_id for a in register.articles] == ["a.txt#1", "b.txt#1"]


def test_summary_table(register: Register) -> None:
    lines = summary_table(register).splitlines()
    assert lines[0] == "5 quotes in 2 articles; 5 findings."
    assert lines[1].split() == ["code", "severity", "count", "what", "it", "means"]
    assert set(lines[2].replace("  ", "")) == {"-"}
    rows = {line.split()[0]: line.split()[1:3] for line in lines[3:]}
    assert list(rows) == [
        "CONFLICTING_ATTRIBUTION", "MISSING_SPEAKER", "PROCESS_ERROR", "READ_ERROR",
        "AMBIGUOUS_SPEAKER", "NAME_VARIANT", "QUOTE_VARIANT", "UNBALANCED_QUOTES",
        "UNRESOLVED_SPEAKER", "ANONYMOUS_SOURCE", "VAGUE_SOURCING",
    ]
    assert {code: int(count) for code, (_, count) in rows.items() if count != "0"} == {
        "CONFLICTING_ATTRIBUTION": 2, "MISSING_SPEAKER": 1, "READ_ERROR": 1, "VAGUE_SOURCING": 1}
    assert all(severity == CODES[code].severity for code, (severity, _) in rows.items())
    assert lines[3].rstrip().endswith(CODES["CONFLICTING_ATTRIBUTION"].title)
    assert len({len(line) for line in lines[1:]}) == 1  # columns are aligned


def test_summary_table_of_an_empty_register() -> None:
    text = summary_table(Register([], [], [], []))
    assert text.splitlines()[0] == "0 quotes in 0 articles; 0 findings."
    assert all(line.split()[2] == "0" for line in text.splitlines()[3:])


def test_name_variants_found_inside_a_large_group_sharing_a_first_name() -> None:
    """Twenty-six ``Ana …`` share an index key; only the one pair spelled alike is reported."""
    surnames = [
        "Abara", "Bello", "Castillo", "Dunmore", "Eze", "Fontaine", "Grieg", "Hollis", "Iwu",
        "Jaramillo", "Kovacs", "Lindqvist", "Moreau", "Nwosu", "Ortega", "Petrov", "Quispe",
        "Rinaldi", "Sato", "Tanaka", "Ueda", "Varga", "Wojcik", "Xu", "Yilmaz", "Zamora",
    ]
    names = [f"Ana {s}" for s in surnames] + ["Ana Rehmanova", "Ana Rahmanova"]
    speakers = [make_speaker(name, [f"{n}.txt#1"]) for n, name in enumerate(names)]
    findings = name_variants(speakers, [])
    assert [f.text for f in findings] == ["Ana Rehmanova", "Ana Rahmanova"]
