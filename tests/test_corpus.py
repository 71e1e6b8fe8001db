"""Speakers merged across the articles of a corpus."""

from __future__ import annotations

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
