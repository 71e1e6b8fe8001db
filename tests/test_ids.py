"""Quote ids come from what an article says, not from where its file is."""

from __future__ import annotations

import pytest

from quotes.model import Article, QuoteRecord, article_key, make_quote_id, unique_quote_ids

TEXT = "Header\n\n“We will win,” said Ana. “We will win,” she said again.\n"


def test_the_same_words_in_the_same_article_get_the_same_id() -> None:
    key = article_key(Article("a#1", "a.txt", TEXT, 0, len(TEXT), TEXT))
    assert make_quote_id(key, 1, "“We will win,”", 1) == make_quote_id(key, 1, "We will WIN", 1)
    assert make_quote_id(key, 1, "We will win", 1) != make_quote_id(key, 1, "We will win", 2)
    assert make_quote_id(key, 1, "We will win", 1) != make_quote_id(key, 2, "We will win", 1)
    assert make_quote_id(key, 1, "We will win", 1).startswith("Q")
    assert len(make_quote_id(key, 1, "We will win", 1)) == 13


@pytest.mark.parametrize("path", ["seeds/a.txt", "./seeds/a.txt", "/abs/seeds/a.txt",
                                  "moved/a.txt", "caf\udce9_\udcff.txt"])
def test_article_key_does_not_depend_on_the_path(path: str) -> None:
    assert article_key(Article(f"{path}#1", path, TEXT, 0, len(TEXT), TEXT)) == article_key(
        Article("a.txt#1", "a.txt", TEXT, 0, len(TEXT), TEXT))


def test_only_the_articles_own_text_counts() -> None:
    """Two articles in one file: editing the second does not change the first one's key."""
    first = "“Yes,” said Ana.\n"
    both = first + "Second story\n\n“No,” said Bo.\n"
    edited = first + "Second story\n\n“No way,” said Bo.\n"
    assert article_key(Article("f#1", "f.txt", both, 0, len(first), first)) == article_key(
        Article("f#1", "f.txt", edited, 0, len(first), first))


@pytest.mark.parametrize("text", ["lone \ud83d surrogate", "caf\udce9", "\udcff" * 3, ""])
def test_ids_never_fail_on_odd_text(text: str) -> None:
    key = article_key(Article("x#1", "x.txt", text, 0, len(text), text))
    assert make_quote_id(key, 1, text, 1).startswith("Q")


def test_identical_articles_in_two_files_get_distinct_ids() -> None:
    def record(quote_id: str) -> QuoteRecord:
        return QuoteRecord(quote_id, "a", "a.txt", None, None, "x", 0, 1, "direct", None, None,
                           None, None, None, None, None, None, None, [], 0.5)

    records = [record("Qa"), record("Qb"), record("Qa"), record("Qa")]
    unique_quote_ids(records)
    assert [r.quote_id for r in records] == ["Qa", "Qb", "Qa-2", "Qa-3"]
