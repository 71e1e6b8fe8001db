"""Offsets are exact in every format: ``text[start:end]`` is the quote, speaker and cue.

``text`` is what a user gets reading the file the documented way (README, "Offsets"):

* .txt/.md: ``open(path, encoding="utf-8-sig").read()`` (text mode: "\\r\\n" and "\\r" are
  "\\n"; a byte-order mark is not counted);
* JSON/JSONL: the record's own text field, as ``json.load`` returns it ("\\r\\n" kept);
* CSV: the text field as ``csv.DictReader(open(path, newline="", encoding="utf-8-sig"))``
  returns it ("\\r\\n" kept);
* HTML: the page's visible text, the article's ``source_text``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.extraction import extract

BOM = "\ufeff"
WORDS = ["the", "budget", "will", "rise", "café", "naïve", "𝒳", "😀", "dam", "ok", "no"]
NAMES = ["Ann Lee", "Dr. Omar Khan", "the minister", "She"]
SEPARATORS = [" ", " ", " ", "\r\n", "\r", "\n", "\n\n", "\r\n\r\n", "\r\r", BOM, "\x0b",
              "\x1f", "\x7f", "\t", " 😀 ", "\x0c"]


def _words() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


SENTENCES = st.one_of(
    st.builds("“{}, {},” {} said.".format, _words(), _words(), st.sampled_from(NAMES)),
    st.builds('"{} {}," {} told reporters.'.format, _words(), _words(), st.sampled_from(NAMES)),
    st.builds("{} said the {} would {}.".format, st.sampled_from(NAMES), _words(), _words()),
    st.builds("“{}\r\n{}”, according to {}.".format, _words(), _words(), st.sampled_from(NAMES)),
    _words(),
)
TEXTS = st.lists(st.tuples(SENTENCES, st.sampled_from(SEPARATORS)), min_size=1, max_size=7).map(
    lambda parts: "Headline here\r\n\r\n" + "".join(s + sep for s, sep in parts))


def write_all(folder: Path, text: str, bom: bool) -> dict[str, str]:
    """The text in every format; return file name -> the text its offsets count in
    (None for HTML, whose text is the extracted visible text)."""
    prefix = BOM if bom else ""
    (folder / "a.txt").write_bytes((prefix + text).encode("utf-8"))
    (folder / "a.md").write_bytes((prefix + text).encode("utf-8"))
    (folder / "a.json").write_text(prefix + json.dumps([{"title": "T", "text": text}]),
                                   encoding="utf-8")
    (folder / "a.jsonl").write_text(prefix + json.dumps({"text": text}) + "\n", encoding="utf-8")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerows([["title", "text"], ["T", text]])
    (folder / "a.csv").write_bytes((prefix + buffer.getvalue()).encode("utf-8"))
    (folder / "a.html").write_text(
        f"<html><body><p>{html.escape(text)}</p></body></html>", encoding="utf-8")
    return {name: reference_text(folder / name) for name in
            ("a.txt", "a.md", "a.json", "a.jsonl", "a.csv", "a.html")}


def reference_text(path: Path) -> str | None:
    """The text a user reads from the file, the documented way for its format."""
    if path.suffix in {".txt", ".md"}:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8-sig"))[0]["text"]
    if path.suffix == ".jsonl":
        return json.loads(path.read_text(encoding="utf-8-sig").splitlines()[0])["text"]
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as handle:
            return next(csv.DictReader(handle))["text"]
    return None


def check_round_trip(folder: Path, nlp, text: str, bom: bool) -> int:  # noqa: ANN001
    """Every span of every record is the text at its offsets; return how many records."""
    references = write_all(folder, text, bom)
    result = extract([str(folder)], nlp)
    sources = {a.article_id: a.source_text for a in result.articles}
    for record in result.records:
        name = Path(record.source_file).name
        reference = references[name] or sources[record.article_id]
        spans = [(record.quote_text, record.quote_start, record.quote_end)]
        if record.speaker_start is not None:
            spans.append((record.speaker_text, record.speaker_start, record.speaker_end))
        if record.cue_start is not None:
            spans.append((record.cue, record.cue_start, record.cue_end))
        for value, start, end in spans:
            assert reference[start:end] == value, (name, value, start, end)
    return len(result.records)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, bom=st.booleans())
@example(text="Headline here\r\n\r\n“We won,\r\nok,” Ann Lee said.\r\rShe said 😀 it.", bom=True)
def test_every_span_round_trips_in_every_format(nlp, text: str, bom: bool) -> None:  # noqa: ANN001
    with tempfile.TemporaryDirectory() as folder:
        check_round_trip(Path(folder), nlp, text, bom)


CRLF_ARTICLE = ("Storm hits coast\r\n\r\n“The sea wall held,” Mayor Ann Lee said on Monday.\r\n"
                "“We were lucky,\r\nvery lucky,” she added.\r\n"
                "Dr. Omar Khan said the clinic would stay open all night.\r\n")


@pytest.mark.parametrize("name", ["a.json", "a.jsonl", "a.csv", "a.txt", "a.html"])
def test_crlf_records_keep_every_span(tmp_path: Path, nlp, name: str) -> None:  # noqa: ANN001
    references = write_all(tmp_path, CRLF_ARTICLE, bom=False)
    for other in references:
        if other != name:
            (tmp_path / other).unlink()
    assert check_round_trip_only(tmp_path, nlp, references[name]) >= 3


def check_round_trip_only(folder: Path, nlp, reference: str | None) -> int:  # noqa: ANN001
    result = extract([str(folder)], nlp)
    (article,) = result.articles
    text = reference if reference is not None else article.source_text
    for record in result.records:
        assert text[record.quote_start : record.quote_end] == record.quote_text
        for start, end, written in ((record.speaker_start, record.speaker_end,
                                     record.speaker_text),
                                    (record.cue_start, record.cue_end, record.cue)):
            # a paragraph continued from the next one has no cue of its own: no offsets
            assert (text[start:end] if start is not None else None) == written
    return len(result.records)


def test_bom_is_not_counted(tmp_path: Path, nlp) -> None:  # noqa: ANN001
    path = tmp_path / "bom.txt"
    path.write_bytes((BOM + "Rain\n\n“The roads are shut,” Chief Ian Moss said.\n").encode())
    (record,) = extract([str(path)], nlp).records
    with open(path, encoding="utf-8-sig") as handle:
        assert handle.read()[record.quote_start : record.quote_end] == "“The roads are shut,”"
    with open(path, encoding="utf-8") as handle:  # plain UTF-8 keeps the BOM as a character
        assert handle.read()[record.quote_start + 1 : record.quote_end + 1] == record.quote_text
    assert record.quote_start == len("Rain\n\n")
