"""Results that serialise: DocBin, to_bytes and nlp.pipe(n_process=2) keep every quote."""

from __future__ import annotations

import pytest
import srsly
from spacy.tokens import Doc, DocBin

from quotes.extensions import decode_records, encode_records
from quotes.model import Attribution, Mention, Speaker
from quotes.pipeline import CUE_PHRASES_KEY, VAGUE_KEY

TEXTS = [
    "Mayor Lena Brandt opened the bridge on Friday. “It took nine years,” she said.\n\n"
    "“We are proud of every worker who built it.”\n\n"
    "According to the harbour authority, traffic will double. Critics reportedly disagree.",
    "“The ferry is late again,” said a passenger who asked not to be named.\n\n"
    "“Who said the ferry was late?",
    "The council met on Monday. “We will appeal,” he said.",
]


def summary(doc: Doc) -> list[tuple]:
    return [(q.quote.text, q.quote_type, q.speaker and q.speaker.text, q.cue and q.cue.text,
             q.resolved and q.resolved.name, q.resolution, q.flags, q.confidence, q.continues,
             q.suggestion) for q in doc._.quotes]


def test_a_record_round_trips_through_msgpack() -> None:
    record = Attribution(Mention(0, 4, "“Hi”"), "direct", speaker=Mention(6, 8, "he"),
                         flags=["AMBIGUOUS_SPEAKER"], confidence=0.45, continues=None,
                         resolved=Speaker("Lena Brandt", "person", "Mayor", {"Brandt", "he"}),
                         resolution="ambiguous", suggestion="Lena Brandt")
    data = srsly.msgpack_dumps({"quotes": [record]})
    assert srsly.msgpack_loads(data) == {"quotes": [record]}
    assert encode_records(3) == 3 and decode_records({"a": 1}) == {"a": 1}


def test_a_docbin_round_trip_keeps_every_quote_speaker_and_flag(nlp) -> None:
    docs = list(nlp.pipe(TEXTS))
    assert any(q.flags for doc in docs for q in doc._.quotes)
    assert any(q.continues is not None for doc in docs for q in doc._.quotes)
    store = DocBin(store_user_data=True)
    for doc in docs:
        store.add(doc)
    back = list(DocBin(store_user_data=True).from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    assert [doc._.quotes for doc in back] == [doc._.quotes for doc in docs]
    assert [doc._.speakers for doc in back] == [doc._.speakers for doc in docs]
    for key in (CUE_PHRASES_KEY, VAGUE_KEY):
        assert [[s.text for s in d.spans[key]] for d in back] == [
            [s.text for s in d.spans[key]] for d in docs]


def test_to_bytes_keeps_the_quotes(nlp) -> None:
    doc = nlp(TEXTS[0])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert summary(again) == summary(doc)


@pytest.mark.parametrize("batch_size", [1])
def test_two_processes_give_exactly_the_one_process_result(nlp, batch_size: int) -> None:
    one = [summary(doc) for doc in nlp.pipe(TEXTS, batch_size=batch_size)]
    two = [summary(doc) for doc in nlp.pipe(TEXTS, batch_size=batch_size, n_process=2)]
    assert two == one
    assert [doc._.speakers for doc in nlp.pipe(TEXTS, n_process=2, batch_size=1)] == [
        doc._.speakers for doc in nlp.pipe(TEXTS)]


def test_resolution_leaves_the_attribution_records_as_they_were(nlp) -> None:
    doc = nlp.make_doc(TEXTS[0])
    for name, proc in nlp.pipeline:
        if name == "speaker_resolution":
            break
        doc = proc(doc)
    before = list(doc._.quotes)
    snapshot = [(q.flags[:], q.resolved, q.resolution, q.confidence) for q in before]
    doc = nlp.get_pipe("speaker_resolution")(doc)
    assert [(q.flags, q.resolved, q.resolution, q.confidence) for q in before] == snapshot
    assert all(q.resolved is None for q in before)
    assert [q.resolved.name for q in doc._.quotes[:2]] == ["Lena Brandt", "Lena Brandt"]
