"""ClaimReview JSON-LD: one schema.org ClaimReview per claim, with the verdict as the rating."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.claimreview import (
    RATING_VALUES,
    UNCHECKED,
    claim_reviews,
    claim_text,
    write_claimreview,
)
from quotes.cli import main
from quotes.model import Article, QuoteRecord
from quotes.verify import VERDICTS, Claim, verify_claims

TEXT = (
    "“The harbour will reopen on Friday,” said Port Director Lena Ortiz.\n\n"
    "“Fishing boats may leave at dawn,” the Coast Guard said in a statement.\n"
)
ARTICLE = Article("port.txt#1", "port.txt", TEXT, 0, len(TEXT), TEXT, title="Port reopens",
                  date="2024-03-02", url="https://news.example/port")


def quote(quote_id: str, words: str, speaker: str, kind: str) -> QuoteRecord:
    start = TEXT.index(words)
    return QuoteRecord(
        quote_id=quote_id, article_id=ARTICLE.article_id, source_file="port.txt",
        article_title="Port reopens", article_date="2024-03-02", quote_text=words,
        quote_start=start, quote_end=start + len(words), quote_type="direct",
        speaker_text=speaker, speaker_start=None, speaker_end=None, speaker_name=speaker,
        speaker_type=kind, speaker_role=None, cue="said", cue_start=None, cue_end=None,
        flags=[], confidence=0.9,
    )


RECORDS = [
    quote("Q1", "“The harbour will reopen on Friday,”", "Lena Ortiz", "person"),
    quote("Q2", "“Fishing boats may leave at dawn,”", "Coast Guard", "organization"),
]
CLAIMS = [
    Claim("Lena Ortiz", "The harbour will reopen on Friday", "https://social.example/post/1"),
    Claim("Coast Guard", "The harbour will reopen on Friday", "TV interview"),
    Claim("Lena Ortiz", "The harbour will reopen on Monday next week"),
    Claim("", "Nobody ever said these words at all"),
]


@pytest.fixture(scope="module")
def reviews() -> list[dict]:
    verdicts = verify_claims(CLAIMS, RECORDS, [ARTICLE])
    assert [v.verdict for v in verdicts] == ["verified", "misattributed", "misquoted",
                                             "not_found"]
    return claim_reviews(verdicts, RECORDS, [ARTICLE], date_published="2024-03-05",
                         publisher="Example Fact Check")


def test_verified_claim_review(reviews: list[dict]) -> None:
    assert reviews[0] == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": "2024-03-05",
        "claimReviewed": "Lena Ortiz said: “The harbour will reopen on Friday”",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Lena Ortiz"},
            "appearance": [
                {"@type": "CreativeWork", "url": "https://social.example/post/1"},
                {"@type": "CreativeWork", "headline": "Port reopens",
                 "url": "https://news.example/port", "datePublished": "2024-03-02",
                 "identifier": "port.txt", "text": "“The harbour will reopen on Friday,”"},
            ],
        },
        "reviewRating": {"@type": "Rating", "alternateName": "verified", "ratingValue": 5,
                         "bestRating": 5, "worstRating": 1},
        "author": {"@type": "Organization", "name": "Example Fact Check"},
    }


def test_misattributed_author_is_an_organisation_known_to_the_corpus(
        reviews: list[dict]) -> None:
    item = reviews[1]["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Coast Guard"}
    assert item["appearance"][0] == {"@type": "CreativeWork", "name": "TV interview"}
    rating = reviews[1]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"]) == ("misattributed", 1)
    assert rating["ratingExplanation"] == "The words are attributed to Lena Ortiz."


def test_misquote_explains_with_the_diff(reviews: list[dict]) -> None:
    rating = reviews[2]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"]) == ("misquoted", 2)
    assert "Differences (claimed → found):" in rating["ratingExplanation"]
    assert "[-Monday next week-]" in rating["ratingExplanation"]


def test_not_found_has_no_rating_value_and_no_appearance(reviews: list[dict]) -> None:
    review = reviews[3]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "not_found",
                                      "ratingExplanation": "The claim names no speaker."}
    assert review["itemReviewed"] == {"@type": "Claim"}  # no speaker, nothing found
    assert review["claimReviewed"] == "Nobody ever said these words at all"


def test_an_unreadable_claim_gets_no_review() -> None:
    from quotes.verify import Verdict

    verdicts = [Verdict("Lena Ortiz", "", "unreadable", note="cell B3 holds an unsaved formula"),
                Verdict("Lena Ortiz", "The harbour will reopen", "not_found")]
    reviews = claim_reviews(verdicts, date_published="2024-03-05")
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["not_found"]


def test_every_verdict_but_not_found_has_a_rating_value() -> None:
    assert set(RATING_VALUES) == set(VERDICTS) - {"not_found"} - UNCHECKED
    assert RATING_VALUES["verified"] == max(RATING_VALUES.values())


@pytest.mark.parametrize(("speaker", "words", "expected"), [
    ("Lena Ortiz", "  Open  the\nport ", "Lena Ortiz said: “Open the port”"),
    ("  ", "Open the port", "Open the port"),
])
def test_claim_text(speaker: str, words: str, expected: str) -> None:
    assert claim_text(speaker, words) == expected


def test_file_is_a_json_ld_array(tmp_path: Path, reviews: list[dict]) -> None:
    path = tmp_path / "reviews.jsonld"
    write_claimreview(reviews, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == reviews
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
               for r in data)
    assert "“" in path.read_text(encoding="utf-8")  # readable, not \u escapes


def test_cli_writes_claimreview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    monkeypatch.setattr("quotes.pipeline.load_pipeline", lambda model=None, rules=None: nlp)
    (tmp_path / "port.txt").write_text(TEXT, encoding="utf-8")
    claims = tmp_path / "claims.csv"
    claims.write_text("speaker,quote,source\n"
                      "Lena Ortiz,The harbour will reopen on Friday,Radio\n", encoding="utf-8")
    out = tmp_path / "out.jsonld"
    code = main(["verify", str(claims), "--corpus", str(tmp_path / "port.txt"),
                 "--claimreview", str(out), "--publisher", "Desk", "-q"])
    assert code == 0
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "verified"
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Lena Ortiz"}
    assert review["itemReviewed"]["appearance"][1]["identifier"].endswith("port.txt")
