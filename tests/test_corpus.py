"""Speakers merged across the articles of a corpus."""

from __future__ import annotations

import pytest

from quotes.corpus import merge_speakers
from quotes.model import QuoteRecord


def record(name: str, kind: str, article: str) -> QuoteRecord:
    return QuoteRecord(
        quote_id=f"Q{name}{article}", article_id=article, source_file=f"{article}.txt",
        article_title=None, article_date=None, quote_text="words", quote_start=0,
        quote_end=5, quote_type="direct", speaker_text=name, speaker_start=0, speaker_end=1,
        speaker_name=name, speaker_type=kind, speaker_role=None, cue="said", cue_start=0,
        cue_end=4, flags=[], confidence=1.0,
    )


def test_corpus_merges_a_surname_into_the_one_full_name():
    rows, names = merge_speakers([
        record("Khalid Maqbool Siddiqui", "person", "a"),
        record("Siddiqui", "person", "b"),
        record("Mary Nicholson", "person", "a"),
        record("Trevor Nicholson", "person", "b"),
        record("Nicholson", "person", "c"),
    ])
    assert names["Siddiqui"] == "Khalid Maqbool Siddiqui"
    assert names["Nicholson"] == "Nicholson"  # two people share it: left alone
    merged = next(r for r in rows if r.name == "Khalid Maqbool Siddiqui")
    assert (merged.quote_count, merged.articles, merged.aliases) == (
        2, ["a", "b"], ["Siddiqui"])
    assert {r.name for r in rows} == {
        "Khalid Maqbool Siddiqui", "Mary Nicholson", "Trevor Nicholson", "Nicholson"}


@pytest.mark.parametrize(("short", "short_article", "full", "merged"), [
    ("France", "b", "Ministry of Culture of France", "France"),          # the complement
    ("Culture", "b", "Ministry of Culture of France", "Culture"),
    ("Pakistan", "b", "Pakistan Peoples Party", "Pakistan"),              # head word missing
    ("Ministry", "b", "Ministry of Culture of France", "Ministry"),        # generic, elsewhere
    ("Ministry", "a", "Ministry of Culture of France", "Ministry of Culture of France"),
    ("Reserve Bank", "b", "Federal Reserve Bank", "Federal Reserve Bank"),
    ("Okonjo Foundation", "b", "The Okonjo Foundation", "The Okonjo Foundation"),
    ("Okonjo", "b", "Okonjo Foundation for Girls", "Okonjo"),
])
def test_corpus_merges_a_body_only_into_the_same_body(short: str, short_article: str,
                                                      full: str, merged: str):
    _, names = merge_speakers([record(full, "organization", "a"),
                               record(short, "organization", short_article)])
    assert names[short] == merged
    assert names[full] == full


def test_corpus_never_merges_across_types_and_reads_the_usual_type():
    """``Jordan`` is a place (a body) in most of its quotes: never the person Jordan Peters."""
    _, names = merge_speakers([
        record("Jordan Peters", "person", "a"),
        record("Jordan", "person", "b"),
        record("Jordan", "organization", "c"),
        record("Jordan", "organization", "d"),
    ])
    assert names["Jordan"] == "Jordan"


def test_corpus_merging_reads_the_titles_it_is_given(tmp_path):
    """A title a user added with --rules reaches the corpus step: the pipeline's titles are
    passed in, not the built-in ones read behind its back."""
    from quotes.names import Titles
    from quotes.rules import RuleSet

    (tmp_path / "titles.jsonl").write_text('{"text": "Reeve", "kind": "honorific"}\n',
                                           encoding="utf-8")
    records = [record("Tomas Lindqvist", "person", "a"), record("Reeve Lindqvist", "person", "b")]
    assert merge_speakers(records)[1]["Reeve Lindqvist"] == "Reeve Lindqvist"
    extended = Titles.of(RuleSet.load(tmp_path))
    assert merge_speakers(records, extended)[1]["Reeve Lindqvist"] == "Tomas Lindqvist"
