"""The seed articles and their traps, end to end through ingest, the pipeline and the audit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotes.audit import build_register
from quotes.evaluate import THRESHOLDS, load_jsonl, score
from quotes.extraction import extract

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"


@pytest.fixture(scope="module")
def seed_run(nlp, seeds_dir):
    return extract([str(seeds_dir)], nlp)


def by_article(run, suffix: str):
    return [r for r in run.records if r.article_id.endswith(suffix)]


def find(records, words: str):
    [record] = [r for r in records if words in r.quote_text]
    return record


def test_two_articles_in_one_file(seed_run):
    articles = [a for a in seed_run.articles if "001_" in a.source_file]
    assert [(a.index, a.title, a.date, a.dateline) for a in articles] == [
        (1, "Pakistan backs Iran’s call for OIC meeting after Hamas leader’s assassination in "
            "Tehran", "2024-08-03", "ISLAMABAD"),
        (2, "Pakistan, Libya discuss defense and counterterrorism cooperation during army "
            "chief’s visit", None, "ISLAMABAD"),
    ]


def test_said_the_dot_gets_no_speaker_and_a_flag(seed_run):
    record = find(by_article(seed_run, "002_456f3f2e67ceee91.txt#1"), "critical juncture")
    assert (record.quote_type, record.cue, record.speaker_text, record.speaker_name) == (
        "direct", "said", None, None)
    assert record.flags == ["MISSING_SPEAKER"]
    assert record.suggested_speaker == "Hafiz Naeem ur Rehman"


def test_it_added_means_the_press_office(seed_run):
    record = find(by_article(seed_run, "001_5812de37c65d7f2a.txt#2"), "reaffirmed Pakistan")
    assert (record.speaker_text, record.cue, record.speaker_name, record.speaker_type) == (
        "it", "added", "Inter-Services Public Relations (ISPR)", "organization")


def test_he_said_after_intervening_paragraphs(seed_run):
    records = by_article(seed_run, "003_a2b283d1d5871b4a.txt#1")
    record = find(records, "we find strength")
    assert (record.speaker_text, record.speaker_name, record.speaker_role) == (
        "Dr Siddiqui", "Khalid Maqbool Siddiqui", "MQM-P Convenor")
    maintained = find(records, "The loss of innocent lives")
    assert (maintained.quote_type, maintained.speaker_text, maintained.cue,
            maintained.speaker_name) == ("indirect", "he", "maintained", "Khalid Maqbool Siddiqui")
    last = find(records, "We are united in our commitment")
    assert (last.speaker_text, last.speaker_name) == ("he", "Khalid Maqbool Siddiqui")


def test_surname_resolves_to_the_full_name_and_role(seed_run):
    record = find(by_article(seed_run, "002_456f3f2e67ceee91.txt#1"), "Al-Khidmat Foundation")
    assert (record.speaker_text, record.speaker_name, record.speaker_role, record.cue) == (
        "Rehman", "Hafiz Naeem ur Rehman", "Jamaat-e-Islami Emir", "said")


def test_partial_quotes_in_the_seeds(seed_run):
    brave = find(by_article(seed_run, "004_81fcfa669cdce225.txt#1"), '"brave"')
    assert (brave.quote_type, brave.quote_text, brave.speaker_name, brave.cue) == (
        "partial", '"brave"', "Ismail Haniyeh", "referred")
    grief = find(by_article(seed_run, "001_5812de37c65d7f2a.txt#1"), "unified grief")
    assert (grief.quote_type, grief.quote_text, grief.speaker_name, grief.cue) == (
        "partial", "“unified grief and anger”", "National Assembly of Pakistan", "expressing")


def test_offsets_point_into_the_source_file(seed_run, seeds_dir):
    for record in seed_run.records:
        text = Path(record.source_file).read_text(encoding="utf-8")
        assert text[record.quote_start : record.quote_end] == record.quote_text
        if record.speaker_start is not None:
            assert text[record.speaker_start : record.speaker_end] == record.speaker_text
        if record.cue_start is not None:
            assert text[record.cue_start : record.cue_end] == record.cue


def test_vague_sourcing_and_missing_speaker_findings(seed_run):
    register = build_register(seed_run)
    found = {(f.code, f.article_id.split("/")[-1], f.text[:30]) for f in register.findings}
    assert ("VAGUE_SOURCING", "001_5812de37c65d7f2a.txt#1",
            "The strike that took Haniyeh’s") in found
    assert ("VAGUE_SOURCING", "004_81fcfa669cdce225.txt#1",
            "In a significant development d") in found
    assert ("MISSING_SPEAKER", "002_456f3f2e67ceee91.txt#1",
            "“We are here at this critical ") in found


def test_the_seed_gold_set_scores(nlp):
    """Our own annotation of the seeds (tests/gold/seeds.jsonl), scored like the benchmark."""
    gold = load_jsonl(GOLD)
    run = extract([str(GOLD)], nlp)
    from quotes.cli import predictions_by_gold_id

    lenient, strict = (score(gold, predictions_by_gold_id(run), t) for t in THRESHOLDS)
    assert (lenient.tp, lenient.fn) == (46, 0)
    assert lenient.f1 >= 0.95
    assert strict.f1 >= 0.9
    assert lenient.attribution_f1 >= 0.95


def test_corpus_level_audit_on_seeds_plus_an_invented_article(nlp, seeds_dir, tmp_path):
    """A second outlet misquotes and misattributes Rehman and respells his name."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "999_invented.txt").write_text(
        "date 2025-01-24 Lahore - JI chief Hafiz Naeem-ur-Rehman spoke in Lahore.\n\n"
        "“The Al-Khidmat Foundation has always stood shoulder to shoulder with Gaza’s people "
        "and will continue to do so in the future,” said Naeem-ur-Rehman.\n\n"
        "“After the ceasefire, the people of Gaza will return to their devastated homes in "
        "large numbers,” said Asif Luqman Qazi.\n",
        encoding="utf-8",
    )
    register = build_register(extract([str(corpus)], nlp))
    codes = {f.code for f in register.findings}
    assert {"QUOTE_VARIANT", "CONFLICTING_ATTRIBUTION", "NAME_VARIANT"} <= codes
    variant = next(f for f in register.findings if f.code == "QUOTE_VARIANT")
    assert "[-" in variant.message and "{+" in variant.message
    conflict = next(f for f in register.findings if f.code == "CONFLICTING_ATTRIBUTION"
                    and "999_invented" in f.article_id)
    assert "Hassan Darwish" in conflict.message
