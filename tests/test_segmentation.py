"""Paragraph and sentence boundaries (issue 7): hard-wrapped wire copy is read as running text,
a title abbreviation stays with its name; offsets stay those of the text as given."""

from __future__ import annotations

import pytest

from quotes.segmentation import breaks_after, is_hard_wrapped, paragraph_spans

# Invented wire story, hard-wrapped at about 60 characters, paragraphs not separated by blanks.
WIRE = (
    "HARBOR CITY, May 3 A former port director pleaded guilty\n"
    "on Tuesday to lying to investigators in a bribery probe\n"
    "that clouded the final years of his time at the agency.\n"
    "\"The audit shows the fraud reached the very top of\n"
    "the agency,\" prosecutor Lena Marsh told a news\n"
    "conference. \"No one is above the law.\"\n"
    "Marsh said the director had known of the payments and\n"
    "that he had directed staff to \"keep the books quiet\"\n"
    "when auditors asked for the ledgers in the spring.\n"
)

ONE_LINE_PARAGRAPHS = (
    "Port director admits lying to investigators\n"
    "By Nora Vik\n"
    "A former port director pleaded guilty on Tuesday to lying to investigators.\n"
    "\"No one is above the law,\" prosecutor Lena Marsh said.\n"
)

# Invented column copy: each paragraph's first line shorter (an indent), so two widths; the
# cut lines go on in lower case.
COLUMN = (
    "Wong, who finished 276 votes behind\n"
    "Goldstein, argued for more review and discussion about the policy, the\n"
    "rules aimed at creating a safe place for all students.\n"
    "\u201cWe really can\u2019t define what the policy is, (and)\n"
    "what it does. I don\u2019t want people to just make up different looks,\u201d\n"
    "said Wong, who was elected in 2014 with 11,259 votes.\n"
    "During her campaign, Wong said that school\n"
    "trustees needed to regain the trust of parents by listening and respecting the\n"
    "parents\u2019 opinions, and that more communication was needed.\n"
)

LAYOUTS = [
    (WIRE, True),
    (COLUMN, True),
    (ONE_LINE_PARAGRAPHS, False),
    ("A short line\nanother short line\nand a third\n", False),
    ("Para one ends here.\n\nPara two ends here.\n\nPara three.\n", False),
]


@pytest.mark.parametrize(("text", "wrapped"), LAYOUTS)
def test_a_text_is_hard_wrapped_when_its_lines_end_mid_sentence_at_one_width_or_run_on(
        text, wrapped):
    assert is_hard_wrapped(text) is wrapped


def test_hard_wrapped_paragraphs_end_where_a_line_ends_a_sentence_outside_a_quotation():
    texts = [WIRE[p.start : p.end] for p in paragraph_spans(WIRE)]
    assert [t.split("\n")[0] for t in texts] == [
        "HARBOR CITY, May 3 A former port director pleaded guilty",
        "\"The audit shows the fraud reached the very top of",
        "Marsh said the director had known of the payments and",
    ]
    assert texts[-1].endswith("in the spring.")


def test_every_line_break_ends_a_paragraph_in_text_that_is_not_wrapped():
    assert breaks_after(ONE_LINE_PARAGRAPHS) == [
        i for i, char in enumerate(ONE_LINE_PARAGRAPHS) if char == "\n"]
    assert len(paragraph_spans(ONE_LINE_PARAGRAPHS)) == 4


def test_a_quote_wrapped_over_lines_keeps_its_speaker_and_exact_offsets(nlp):
    doc = nlp(WIRE)
    rows = [(a.quote_type, a.quote.text, a.speaker.text if a.speaker else None,
             a.cue.text if a.cue else None) for a in doc._.quotes]
    assert ("direct", "\"The audit shows the fraud reached the very top of\nthe agency,\"",
            "prosecutor Lena Marsh", "told") in rows
    assert all(WIRE[a.quote.start : a.quote.end] == a.quote.text for a in doc._.quotes)
    assert not any(a.quote.text.startswith("the agency") for a in doc._.quotes)


def test_no_sentence_starts_inside_a_wrapped_sentence(nlp):
    doc = nlp(WIRE)
    starts = [s.text.split()[0] for s in doc.sents if s.text.strip()]
    assert "the" not in starts and "conference." not in starts


TITLED_SPEAKERS = [
    ("The fire started in the kitchen, said Lt. Dana Okoro, a department spokeswoman.",
     "Lt. Dana Okoro"),
    ("Tap water is safe to drink again, said Drs. Ines Falk and Tomas Reyes of the county lab.",
     "Drs. Ines Falk and Tomas Reyes"),
    ("Two men were held overnight, said Sgt. Omar Velde, a police spokesman.",
     "Sgt. Omar Velde"),
    ("No shots were fired, said Det. Ana Cole of the county police.", "Det. Ana Cole"),
    ("The road will reopen by noon, said Cpl. Ivo Marsh.", "Cpl. Ivo Marsh"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED_SPEAKERS)
def test_a_title_abbreviation_stays_with_the_name_it_precedes(nlp, text, speaker):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert [a.speaker.text for a in doc._.quotes] == [speaker]


# A quotation whose sentence ends at a line end, inside hard-wrapped copy, goes on.
WIRE_QUOTE = (
    "The harbor board met on Monday to weigh the cost of the new\n"
    "pier and voted to delay the work until the spring, saying\n"
    "that the budget had run out. \"We tried everything we could.\n"
    "Then we ran out of money,\" board chair Ada Lind told the\n"
    "meeting, adding that a loan from the state was not likely.\n"
    "The pier has been closed since a storm damaged it in the\n"
    "autumn and ferries have used the old quay since then.\n"
)


def test_a_sentence_end_inside_an_open_quotation_is_no_paragraph_break():
    assert is_hard_wrapped(WIRE_QUOTE)
    assert [WIRE_QUOTE[p.start : p.end].split("\n")[0] for p in paragraph_spans(WIRE_QUOTE)] == [
        "The harbor board met on Monday to weigh the cost of the new",
        "The pier has been closed since a storm damaged it in the",
    ]


@pytest.mark.parametrize(("text", "sentences"), [
    ("He was promoted to Sgt. He said the unit was proud.",
     ["He was promoted to Sgt.", "He said the unit was proud."]),
    ("Two men were held, said Sgt. Omar Velde.", ["Two men were held, said Sgt. Omar Velde."]),
])
def test_a_sentence_may_still_end_with_a_title(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # after a dateline the parser may cut the first words off; no sentence starts unmarked
    ("JAKARTA - Bank Indonesia (BI) kept its benchmark rate unchanged on Thursday, the "
     "central bank said in a statement.",
     ["JAKARTA -", "Bank Indonesia (BI) kept its benchmark rate unchanged on Thursday, the "
      "central bank said in a statement."]),
    # a full stop, closing quotation mark or question mark still ends one
    ("\u201cWe won.\u201d The coach smiled. Was it luck? Nobody knew.",
     ["\u201cWe won.\u201d", "The coach smiled.", "Was it luck?", "Nobody knew."]),
])
def test_no_sentence_starts_without_an_end_mark_before_it(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


def test_the_subject_cut_off_after_a_dateline_is_kept(attribute):
    text = ("JAKARTA - Bank Indonesia (BI) kept its benchmark rate unchanged on Thursday, the "
            "central bank said in a statement.")
    quote = list(attribute(text))[0]
    assert quote.quote.text == "Bank Indonesia (BI) kept its benchmark rate unchanged on Thursday"


def test_a_document_is_scanned_for_paragraphs_once(nlp):
    from quotes.segmentation import _paragraphs, paragraph_spans

    text = 'Ana Ruiz spoke first.\n\n"We are ready," she said.\n\nTom Hale said it was late.'
    before = _paragraphs.cache_info().misses
    nlp(text)
    assert _paragraphs.cache_info().misses - before == 1
    spans = paragraph_spans(text)
    spans.clear()  # a caller's copy: the remembered paragraphs are untouched
    assert len(paragraph_spans(text)) == 3


@pytest.mark.parametrize(("text", "paragraphs"), [
    # a blank line that cuts a sentence (a word or a comma last, a lower-case word next) is
    # a print layout's break, no paragraph's
    ("After the council postponed its decision on the\n\nbudget, members voted yes.\n\n"
     "The mayor was pleased.",
     ["After the council postponed its decision on the\n\nbudget, members voted yes.",
      "The mayor was pleased."]),
    ("Mayor Ana Ruiz said there are a\n\nnumber of things to be proud of,\n\nnot least the "
     "revenue.", ["Mayor Ana Ruiz said there are a\n\nnumber of things to be proud of,\n\n"
                  "not least the revenue."]),
    # a headline (no full stop) over a paragraph in capitals, or over a brand name in lower
    # case, stays apart
    ("Council passes budget\n\nThe vote was unanimous.",
     ["Council passes budget", "The vote was unanimous."]),
    ("New phone on sale\n\niPhone sales rose again.", ["New phone on sale",
                                                      "iPhone sales rose again."]),
    # a quotation closed before the break, then a lower-case trailer, stays apart too
    ("\u201cWe will win,\u201d\n\nsays Ivo Brandt.", ["\u201cWe will win,\u201d",
                                                     "says Ivo Brandt."]),
])
def test_a_blank_line_inside_a_sentence_is_no_paragraph_break(text, paragraphs):
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == paragraphs


def test_a_statement_cut_by_a_blank_line_keeps_its_speaker(attribute):
    text = ("Mayor Ana Ruiz said there are a\n\nnumber of things to be proud of in the budget. "
            "\u201cWe are making more money off our utility\n\nfranchises than off our taxes,"
            "\u201d Ruiz\n\nsaid.")
    assert [(q.quote.text, q.resolved.name if q.resolved else None) for q in attribute(text)] == [
        ("there are a\n\nnumber of things to be proud of in the budget", "Ana Ruiz"),
        ("\u201cWe are making more money off our utility\n\nfranchises than off our taxes,"
         "\u201d", "Ana Ruiz")]


def test_column_copy_with_two_widths_keeps_its_statements_whole(attribute):
    found = [(COLUMN[q.quote.start:q.quote.end], COLUMN[q.speaker.start:q.speaker.end])
             for q in attribute(COLUMN)]
    assert [(" ".join(text.split())[:32], speaker) for text, speaker in found] == [
        ("\u201cWe really can\u2019t define what the", "Wong"),
        ("school trustees needed to regain", "Wong"),
    ]
