"""Quotation marks are paired by type, per paragraph, without tripping on apostrophes."""

import pytest

from quotes.attribution.marks import find_quoted_spans, paragraphs, top_level


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in top_level(find_quoted_spans(text))]


def test_curly_and_straight_double_quotes_pair_by_type():
    text = "“We are ready,” he said. She replied, \"So are we.\""
    assert quoted(text) == ["“We are ready,”", '"So are we."']


def test_apostrophes_are_not_quotation_marks():
    text = "Iran’s call and the students’ union don't change Pakistan's view."
    assert quoted(text) == []


def test_single_quotes_inside_double_quotes_stay_inside():
    text = "“He told me, ‘Get out,’ and left,” she said."
    spans = find_quoted_spans(text)
    assert quoted(text) == ["“He told me, ‘Get out,’ and left,”"]
    assert [text[s.start : s.end] for s in spans if s.depth == 1] == ["‘Get out,’"]


def test_single_quoted_phrase_pairs():
    text = "A poster of the group ‘Jamaat-e-Islami’ was seen."
    assert quoted(text) == ["‘Jamaat-e-Islami’"]


def test_odd_count_never_raises_and_keeps_an_unclosed_quote():
    text = "He said “this never closes.\nNext paragraph."
    spans = top_level(find_quoted_spans(text))
    assert [(text[s.start : s.end], s.closed, s.balanced) for s in spans] == [
        ("“this never closes.", False, False)
    ]


def test_multi_paragraph_quote_is_continued_not_unbalanced():
    text = "“First paragraph of the quote.\n“Second paragraph ends here,” he said."
    spans = top_level(find_quoted_spans(text))
    assert [(text[s.start : s.end], s.continues_next, s.continues_previous) for s in spans] == [
        ("“First paragraph of the quote.", True, False),
        ("“Second paragraph ends here,”", False, True),
    ]
    assert all(s.balanced for s in spans)


@pytest.mark.parametrize(("text", "expected"), [
    # a closing mark with no opener after a lead-in's colon: the page dropped the opener
    ("Harbour Air chief Ana Ruiz says: We are thrilled. We remain confident.\u201d",
     ["We are thrilled. We remain confident.\u201d"]),
    # with no colon it is the tail of a quotation opened in an earlier paragraph
    ("\u201cWe are thrilled.\nWe remain confident,\u201d Ruiz said.",
     ["\u201cWe are thrilled.", "We remain confident,\u201d"]),
])
def test_a_closing_mark_with_no_opener_closes_what_its_paragraph_introduced(text, expected):
    assert quoted(text) == expected


def test_second_opener_closes_a_runaway_quote():
    text = "“You had no say. “You were just a number.”"
    spans = top_level(find_quoted_spans(text))
    assert [(text[s.start : s.end], s.closed) for s in spans] == [
        ("“You had no say.", False),
        ("“You were just a number.”", True),
    ]


def test_quotes_never_cross_paragraphs():
    text = "He said \"one\nand\" two."
    assert [text[s.start : s.end] for s in top_level(find_quoted_spans(text))] == ['"one', 'and"']


def test_paragraphs_are_non_blank_lines():
    text = "  First.\n\n \u00a0\nSecond line.  \n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First.", "Second line."]


def test_two_grave_accents_open_a_double_quotation():
    text = "He said, ``We will win this.'' Then he left."
    assert quoted(text) == ["``We will win this.''"]
    assert [text[s.inner_start : s.inner_end] for s in top_level(find_quoted_spans(text))] == [
        "We will win this."]


def test_two_single_marks_typed_for_a_double_mark_pair_as_one():
    text = "He said ‘’It is not a question of who wins.” Then ''we all lose,'' he added."
    spans = top_level(find_quoted_spans(text))
    assert quoted(text) == ["‘’It is not a question of who wins.”", "''we all lose,''"]
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "It is not a question of who wins.", "we all lose,"]


GLUED_CLOSERS = [
    # a closing straight mark that lost the space after it: the rest of the paragraph pairs
    ('Her clip "How To Talk To Strangers "was shown on TV. In it, she said, "I am tired of '
     'this"; it had a million views.',
     ['"How To Talk To Strangers "', '"I am tired of this"']),
    ('The song "Rain On Me "topped the chart.', ['"Rain On Me "']),
    # with an odd number left, the first quotation never closed and a new one opens
    ('"We will win. He then said "we will fight" and left.',
     ['"We will win. He then said', '"we will fight"']),
    ('"The first part is done. "The second part is not," she said.',
     ['"The first part is done.', '"The second part is not,"']),
    ('He said "yes" and "no" and "maybe".', ['"yes"', '"no"', '"maybe"']),
]


def test_curly_double_marks_nest_inside_a_quotation_that_opens_its_paragraph():
    """A house style nesting double marks inside a quotation running over paragraphs: the
    inner words close mid-sentence; the paragraph's quotation runs on to its end."""
    text = ("\u201cWe heard from shop owners, describing the street as a \u201ccompletely "
            "different place\u201d over the weekend.\n\n\u201cWe will go on.\u201d")
    spans = top_level(find_quoted_spans(text))
    assert [text[s.start : s.end] for s in spans] == [
        "\u201cWe heard from shop owners, describing the street as a \u201ccompletely "
        "different place\u201d over the weekend.", "\u201cWe will go on.\u201d"]


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation in the other style of double mark, closed in its own style before the
    # outer closing mark, is inside the outer one
    ("\u201cWe will \"win\" tonight,\u201d said the mayor.",
     ["\u201cWe will \"win\" tonight,\u201d"]),
    ("\"We will \u201cwin\u201d tonight,\" said the mayor.",
     ["\"We will \u201cwin\u201d tonight,\""]),
    # a straight mark that closes the curly one (no closing curly mark after it) still does
    ("\u201cWe will win,\" he said. \"Yes.\"", ["\u201cWe will win,\"", "\"Yes.\""]),
])
def test_a_double_quotation_in_the_other_style_nests(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED_CLOSERS)
def test_a_straight_mark_glued_to_the_next_word_closes_when_the_rest_pairs(text, expected):
    assert quoted(text) == expected


CLOSERS_TYPED_TO_OPEN = [
    # a right double mark before a word, where nothing is open, opens
    ("”He was shown what to do,’’ he added.", ["”He was shown what to do,’’"]),
    ("She said: ”We are ready.” Then she left.", ["”We are ready.”"]),
    ("Intro line.\n”We start today,” the mayor said.", ["”We start today,”"]),
    # glued to the full stop before it, with its own closer later in the paragraph
    ("The talks failed.”Talks are the only way,” he said.", ["”Talks are the only way,”"]),
    # after a word, or with a quotation open, it still closes
    ("“We are ready,” he said.", ["“We are ready,”"]),
    ("Intro.\n“He is done.” Then he left.”", ["“He is done.”"]),
    ('He said "fine” and left.', ['"fine”']),
]


@pytest.mark.parametrize(("text", "expected"), CLOSERS_TYPED_TO_OPEN)
def test_a_closing_double_mark_before_a_word_opens_when_nothing_is_open(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Intro line.\n\n'We are ready for winter,' the mayor said.", ["'We are ready for winter,'"]),
    ("Intro.\n'Not now': Ruiz on the delay", ["'Not now'"]),
    ("Intro.\n'90s music and the workers' union are back.", []),
])
def test_a_straight_single_mark_opens_a_paragraph(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # British style: each paragraph of a single-marked quotation opens with a mark, only the
    # last one closes
    ("Box said: \u2018Gritters are out this week.\n\n\u2018Keeping roads open is a community "
     "effort.\n\n\u2018Please look in on neighbours.\u2019",
     ["\u2018Gritters are out this week.", "\u2018Keeping roads open is a community effort.",
      "\u2018Please look in on neighbours.\u2019"]),
    # a single mark that opens a paragraph nothing carries on is an apostrophe after all
    ("\u2018Tis the season, the mayor said.\n\nShops opened early.", []),
])
def test_a_single_marked_quotation_runs_over_paragraphs(text, expected):
    assert quoted(text) == expected


def test_an_opening_mark_typed_to_close_closes_an_open_quotation():
    text = "“We say the opposite: the river is clean,“ Berg said. “The fish are back.”"
    assert quoted(text) == ["“We say the opposite: the river is clean,“", "“The fish are back.”"]

