"""Datelines (issue 7): the dateline grammar on invented lines, the speaker of a press
release's lede once its dateline is cut off, and what ingest records from a release's header.
Every place, company and person here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.datelines import (
    Dateline,
    read_dateline,
    release_furniture,
    story_start,
    wire_datelines,
)
from quotes.ingest import read_articles
from quotes.model import Article

# (line, place, date as written, tags as written, the story's first words)
GRAMMAR = [
    # capitals, no date
    ("KESTRAL: The board met.", "KESTRAL", "", "", "The board met."),
    ("KESTRAL - The board met.", "KESTRAL", "", "", "The board met."),
    ("KESTRAL -- The board met.", "KESTRAL", "", "", "The board met."),
    ("KESTRAL – The board met.", "KESTRAL", "", "", "The board met."),
    ("KESTRAL—The board met.", "KESTRAL", "", "", "The board met."),
    ("KESTRAL--The board met.", "KESTRAL", "", "", "The board met."),
    ("PORT ELLIS, Ont. - Police said", "PORT ELLIS, Ont.", "", "", "Police said"),
    ("WILKES-DORAN (Reuters) - Stocks fell", "WILKES-DORAN", "", "(Reuters)", "Stocks fell"),
    # capitals with a date, with and without a year
    ("OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation announced",
     "OAKRIDGE, Calif.", "March 3, 2016", "", "Tellurian Corporation announced"),
    ("OAKRIDGE, March 3rd, 2016 - Tellurian Corporation announced",
     "OAKRIDGE", "March 3rd, 2016", "", "Tellurian Corporation announced"),
    ("TARVIK, Norway, 3 March 2016 — Fjordline ASA said",
     "TARVIK, Norway", "3 March 2016", "", "Fjordline ASA said"),
    ("NEW HALDEN, Jan. 5 - Stocks fell", "NEW HALDEN", "Jan. 5", "", "Stocks fell"),
    ("UTRAVIK, Netherlands, March 18, 2019 (BSS/AFP) – Police arrested",
     "UTRAVIK, Netherlands", "March 18, 2019", "(BSS/AFP)", "Police arrested"),
    # an outlet's name printed after the date without brackets
    ("KESTRAL, September 28, Harbour-Post - Ana Ruiz, a lawyer, said",
     "KESTRAL", "September 28", "Harbour-Post", "Ana Ruiz, a lawyer, said"),
    ("KESTRAL, Sept. 28, 2019, Lorvia Daily News - Police said",
     "KESTRAL", "Sept. 28, 2019", "Lorvia Daily News", "Police said"),
    # wire tags
    ("HARBIN, China, Sept. 4, 2012 /PRNewswire-Asia/ -- Northfield Dairy, Inc. announced",
     "HARBIN, China", "Sept. 4, 2012", "/PRNewswire-Asia/", "Northfield Dairy, Inc. announced"),
    ("MAPLEFORD, Ontario, Jan. 12, 2021 /CNW/ - Quillon Mining Corp. said",
     "MAPLEFORD, Ontario", "Jan. 12, 2021", "/CNW/", "Quillon Mining Corp. said"),
    ("LISMORE, Ireland, Oct. 9, 2020 /EINPresswire.com/ -- Verdant Homes said",
     "LISMORE, Ireland", "Oct. 9, 2020", "/EINPresswire.com/", "Verdant Homes said"),
    ("BRAMPTON, Texas, June 7, 2019 (GLOBE NEWSWIRE) -- Halcyon Therapeutics, Inc. reported",
     "BRAMPTON, Texas", "June 7, 2019", "(GLOBE NEWSWIRE)", "Halcyon Therapeutics, Inc. reported"),
    ("GRANTVILLE, Texas--(BUSINESS WIRE)--Corvane Systems Inc. announced",
     "GRANTVILLE, Texas", "", "--(BUSINESS WIRE)", "Corvane Systems Inc. announced"),
    ("GRANTVILLE, Texas--(BUSINESS WIRE)--March 19, 1998--Corvane Systems Inc. announced",
     "GRANTVILLE, Texas", "March 19, 1998", "--(BUSINESS WIRE)", "Corvane Systems Inc. announced"),
    ("PINEVALE, China and EASTON, Md., Sept. 1 /PRNewswire-Asia-FirstCall/ -- Solvane said",
     "PINEVALE, China and EASTON, Md.", "Sept. 1", "/PRNewswire-Asia-FirstCall/", "Solvane said"),
    # a country printed after the capitals without its comma, before the date's comma
    ("TORVIK Norway, Aug 29 – The Forest Service says", "TORVIK Norway", "Aug 29", "",
     "The Forest Service says"),
    # Title Case places (a spaced dash and a capital after it) and bracketed regions
    ("Doravik - Jamaat leaders met", "Doravik", "", "", "Jamaat leaders met"),
    ("Oakridge, Calif., March 3, 2016 – Tellurian Corporation announced",
     "Oakridge, Calif.", "March 3, 2016", "", "Tellurian Corporation announced"),
    ("Lakeview [Ontario], May 3, 2021 : Rovers manager Pia Lund said",
     "Lakeview", "May 3, 2021", "", "Rovers manager Pia Lund said"),
    ("Dorahalli, June 30: Tourism Minister R K Naidu said", "Dorahalli", "June 30", "",
     "Tourism Minister R K Naidu said"),
    # or a comma, doubled as some copy prints it: the date makes it a dateline
    ("Dorahalli, Sept 14 ,,   Tourism Minister R K Naidu has said", "Dorahalli", "Sept 14", "",
     "Tourism Minister R K Naidu has said"),
    ("Dorahalli, Sept 14, Tourism Minister R K Naidu has said", "Dorahalli", "Sept 14", "",
     "Tourism Minister R K Naidu has said"),
    # an outlet's tag with its date inside the brackets
    ("PORT TARROW, Lorvia (Harbour Daily Post, Jan. 28, 2014) \u2013 The council is bankrupt",
     "PORT TARROW, Lorvia", "", "(Harbour Daily Post, Jan. 28, 2014)",
     "The council is bankrupt"),
    # places written with accented letters, in capitals or in Title Case
    ("Doravé, Lorvia \u2014 The newly sworn mayor said", "Doravé, Lorvia", "", "",
     "The newly sworn mayor said"),
    ("SÃO TORVIK, Lorvia \u2014 The council met", "SÃO TORVIK, Lorvia", "", "",
     "The council met"),
    ("Łódka, Pomorské \u2013 The council met", "Łódka, Pomorské", "", "", "The council met"),
    # after a wire tag, a dash may touch the story's first word
    ("Doravik, March 13, 2020 (FBC) \u2013Lorvia\u2019s Ministry of Health said", "Doravik",
     "March 13, 2020", "(FBC)", "Lorvia\u2019s Ministry of Health said"),
]


@pytest.mark.parametrize(("line", "place", "date", "tags", "rest"), GRAMMAR)
def test_dateline_grammar(line: str, place: str, date: str, tags: str, rest: str) -> None:
    found = read_dateline(line, 0, len(line))
    assert found is not None
    assert (found.place, found.date, found.tags, found.start) == (place, date, tags, 0)
    assert line[found.end :] == rest


NOT_DATELINES = [
    "However - the vote was close.",
    "FOR IMMEDIATE RELEASE: Tellurian Corporation announced",
    "Exhibit - The board met.",
    "March 3, 2016 - The board met.",
    "HALVERSON Post, the paper said – no.",
    "The council met - and voted.",
    "Tellurian Corporation (NASDAQ: TLRN) announced today that it met.",
    "Oakridge - the board met.",  # a Title Case place needs a capital after its dash
    "KESTRAL-The board met.",  # a hyphen touching both words is a compound, not a dash
    "Brandt and Moreau - Two founders met.",  # only capitals join two places with "and"
    "Monday, June 30: The council met.",  # a day is no place
    "Dorahalli: The council met.",  # a Title Case place before a colon needs its date
    "Dorahalli, The council met.",  # and before a comma
    "Monday, Sept 14, The council met.",
    "Oakridge \u2013The board met.",  # a dash touching the next word needs a wire tag
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_not_datelines(line: str) -> None:
    assert read_dateline(line, 0, len(line)) is None


# (paragraph, the story's first words, the dateline's place or None)
OPENINGS = [
    ("Exhibit 99.1 Tellurian Corporation said", "Tellurian Corporation said", None),
    ("FOR IMMEDIATE RELEASE OAKRIDGE, Calif., March 3, 2016 – Tellurian said",
     "Tellurian said", "OAKRIDGE, Calif."),
    ("Exhibit 99.1 | FOR IMMEDIATE RELEASE | Tellurian said", "Tellurian said", None),
    ("For Immediate Release: Tellurian said", "Tellurian said", None),
    ("PRESS RELEASE KESTRAL - The board met.", "The board met.", "KESTRAL"),
    ("Press release writers say so.", "Press release writers say so.", None),
    ("Exhibit A was shown to the jury.", "Exhibit A was shown to the jury.", None),
    # an outlet's credit closed by a slash
    ("Harbour News/ The head of the council said", "The head of the council said", None),
    ("The AC/DC tour was cancelled.", "The AC/DC tour was cancelled.", None),
]


@pytest.mark.parametrize(("text", "rest", "place"), OPENINGS)
def test_release_labels_and_the_dateline_before_the_story(text: str, rest: str, place) -> None:
    begins, found = story_start(text, 0, len(text))
    assert text[begins:] == rest
    assert (found.place if found else None) == place


INSIDE = [
    ("Corvane Press Release Corvane Wins Deal GRANTVILLE, Texas--(BUSINESS WIRE)--Corvane "
     "announced", [("GRANTVILLE, Texas", "Corvane announced")]),
    ("Solvane Signs Supply Deal HARBIN, China, Sept. 4 /PRNewswire/ -- Solvane said",
     [("HARBIN, China", "Solvane said")]),
    # a parenthesis after capitals that is no wire service is an expansion, not a tag
    ("Fans of the NFL (National Football League) -- the old league -- cheered.", []),
    ("The KESTRAL (Reuters) - reporter said", []),  # no wire service named
]


@pytest.mark.parametrize(("text", "expected"), INSIDE)
def test_datelines_with_a_wire_tag_inside_a_paragraph(text: str, expected: list) -> None:
    found = wire_datelines(text, 0, len(text))
    assert [(d.place, text[d.end :]) for d in found] == expected
    assert all(text[d.start : d.start + len(d.place)] == d.place for d in found)


FURNITURE = [
    ("Tellurian (NYSE: TLR) said", ["(NYSE: TLR)"]),
    ("ICO, Inc. (NASDAQ:ICOC), a maker", ["(NASDAQ:ICOC)"]),
    ("Orvane International (OTC:ORVN - news) Thursday", ["(OTC:ORVN - news)"]),
    ("Kestral Holdings (NYSE American: KST.B) rose", ["(NYSE American: KST.B)"]),
    ("HARBIN, Sept. 4 /PRNewswire-Asia/ -- Solvane said", ["/PRNewswire-Asia/"]),
    ("NEW HALDEN (GLOBE NEWSWIRE) -- Solvane said", ["(GLOBE NEWSWIRE)"]),
    # not furniture: a broadcaster named in a story, an aside, a party and state
    ("said Ana Ruiz (Radio North News) on Monday", []),
    ("the ratio (note: small) was", []),
    ("Senator Ada Holm (R-Texas) said", []),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_ticker_parentheses_and_wire_tags(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in release_furniture(text)] == expected


# (text, speaker as written, its offsets, resolved name)
LEDE_SPEAKERS = [
    ("OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation (NASDAQ: TLRN) announced today "
     "that its Chairman, Paul Brandt, has agreed to stay on.",
     "Tellurian Corporation", 34, "Tellurian Corporation"),
    ("HARBIN, China, Sept. 4, 2012 /PRNewswire-Asia/ -- Northfield Dairy, Inc. (NASDAQ: NFDY) "
     "announced today that its counsel served papers.",
     "Northfield Dairy, Inc.", 50, "Northfield Dairy, Inc."),
    ("MAPLEFORD, Ontario, Jan. 12, 2021 /CNW/ - Quillon Mining Corp. (TSX: QLM) said today "
     "that drilling had resumed.", "Quillon Mining Corp.", 42, "Quillon Mining Corp."),
    ("GRANTVILLE, Texas--(BUSINESS WIRE)--Corvane Systems Inc. (NYSE: CVS) announced that it "
     "had closed the deal.", "Corvane Systems Inc.", 36, "Corvane Systems Inc."),
    ("GRANTVILLE, Texas--(BUSINESS WIRE)--March 19, 1998--Corvane Systems Inc. announced that "
     "it had closed the deal.", "Corvane Systems Inc.", 52, "Corvane Systems Inc."),
    ("BRAMPTON, Texas, June 7, 2019 (GLOBE NEWSWIRE) -- Halcyon Therapeutics, Inc. (Nasdaq: "
     "HLCY) reported that enrolment was complete.",
     "Halcyon Therapeutics, Inc.", 50, "Halcyon Therapeutics, Inc."),
    ("LISMORE, Ireland, Oct. 9, 2020 /EINPresswire.com/ -- Verdant Homes said that it will "
     "build 40 houses.", "Verdant Homes", 53, "Verdant Homes"),
    ("PINEVALE and EASTON, Md., Sept. 1 /PRNewswire-Asia-FirstCall/ -- Solvane International, "
     "Inc. (NASDAQ:SLVN) announced that it had signed a supply deal.",
     "Solvane International, Inc.", 65, "Solvane International, Inc."),
    ("OAKRIDGE, March 3rd, 2016 - Tellurian Corporation announced that Paul Brandt will stay "
     "on.", "Tellurian Corporation", 28, "Tellurian Corporation"),
    ("Oakridge, Calif., March 3, 2016 – Tellurian Corporation announced that Paul Brandt will "
     "stay on.", "Tellurian Corporation", 34, "Tellurian Corporation"),
    ("Corvane Press Release Corvane Wins Deal GRANTVILLE, Texas--(BUSINESS WIRE)--Officials at "
     "Corvane Systems Inc. said that the deal had closed.",
     "Officials at Corvane Systems Inc.", 76, None),
    ("KESTRAL, September 28, Harbour-Post - Ana Ruiz, a lawyer for the family, said she has "
     "not yet received the ruling.", "Ana Ruiz", 38, "Ana Ruiz"),
    ("Exhibit 99.1 Tellurian Corporation (NYSE: TLR) said on Monday that sales rose.",
     "Tellurian Corporation", 13, "Tellurian Corporation"),
    ("FOR IMMEDIATE RELEASE OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation (NASDAQ: "
     "TLRN) announced today that Paul Brandt will stay on.",
     "Tellurian Corporation", 56, "Tellurian Corporation"),
]


@pytest.mark.parametrize(("text", "speaker", "start", "name"), LEDE_SPEAKERS)
def test_the_lede_speaker_follows_the_dateline(attribute, text, speaker, start, name) -> None:
    (quote,) = attribute(text)
    assert (quote.speaker.text, quote.speaker.start, quote.speaker.end) == (
        speaker, start, start + len(speaker))
    assert text[quote.speaker.start : quote.speaker.end] == speaker
    if name is not None:
        assert quote.resolved.name == name


# a company named with a legal form (``, Inc.``) that no tagger labelled is a body, so ``the
# company`` later in the release goes back to it, ticker and apposition notwithstanding
FOLLOW_UPS = [
    ("HARBIN, China, Sept. 4, 2012 /PRNewswire-Asia/ -- Northfield Dairy, Inc. (NASDAQ: NFDY), "
     "a leading dairy producer in China, today announced that its board had approved a buyback. "
     "The company said it would spend $5 million.",
     [("Northfield Dairy, Inc.", "Northfield Dairy, Inc."),
      ("The company", "Northfield Dairy, Inc.")]),
    ("OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation (NASDAQ: TLRN) announced today "
     "that its Chairman, Paul Brandt, has agreed to stay on. The company said the decision was "
     "unanimous.",
     [("Tellurian Corporation", "Tellurian Corporation"),
      ("The company", "Tellurian Corporation")]),
]


FOLLOW_UPS += [
    # the ticker's own words are no subject, and "the company" is no wire service
    ("Tellurian (NYSE: TLR) said that its sales rose. The company also said that costs fell.",
     [("Tellurian", "Tellurian"), ("The company", "Tellurian")]),
    ("NEW YORK, March 3, 2016 (GLOBE NEWSWIRE) -- Halcyon Therapeutics (Nasdaq: HLCY) reported "
     "that enrolment was complete. The company said the results would follow in June.",
     [("Halcyon Therapeutics", "Halcyon Therapeutics"),
      ("The company", "Halcyon Therapeutics")]),
    ("Quillon Mining (TSX: QLM) announced today that drilling had resumed at its northern site. "
     "It said the first results are expected in May.",
     [("Quillon Mining", "Quillon Mining"), ("It", "Quillon Mining")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOW_UPS)
def test_the_company_goes_back_to_the_release_issuer(attribute, text, expected) -> None:
    assert [(q.speaker.text, q.resolved.name) for q in attribute(text)] == expected


RELEASE = (
    "Exhibit 99.1\n|\n|FOR IMMEDIATE RELEASE\n|\nTellurian Chairman To Stay On Beyond 2016\n"
    "OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation (NASDAQ: TLRN) announced today "
    "that its Chairman, Paul Brandt, has agreed to stay on.\n"
    "\"We are delighted,\" said Dana Reyes, the chief executive.\n###\n"
)


def read_one(path: Path, text: str) -> Article:
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    return article


def test_a_release_header_is_furniture_and_its_dateline_is_recorded(tmp_path: Path) -> None:
    article = read_one(tmp_path / "release.txt", RELEASE)
    assert (article.title, article.date, article.dateline) == (
        "Tellurian Chairman To Stay On Beyond 2016", "2016-03-03", "OAKRIDGE, Calif.")
    for furniture in ("Exhibit 99.1", "FOR IMMEDIATE RELEASE", "|", "###", "March 3, 2016"):
        assert furniture not in article.body, furniture
    assert article.body.strip().startswith("Tellurian Corporation (NASDAQ: TLRN) announced")
    assert len(article.body) == len(RELEASE)


@pytest.mark.parametrize(
    ("first_line", "date", "dateline"),
    [
        ("HARBIN, China, Sept. 4, 2012 /PRNewswire-Asia/ -- Northfield Dairy said it grew.",
         "2012-09-04", "HARBIN, China"),
        ("HARBIN, China, Sept. 4 /PRNewswire-Asia/ -- Northfield Dairy said it grew.",
         None, "HARBIN, China"),  # no year: no date rather than a guessed one
        ("GRANTVILLE, Texas--(BUSINESS WIRE)--March 19, 1998--Corvane said it grew.",
         "1998-03-19", "GRANTVILLE, Texas"),
    ],
)
def test_a_dated_dateline_gives_the_article_date(tmp_path: Path, first_line, date, dateline):
    article = read_one(tmp_path / "release.txt", first_line + "\nThe rest of the story.\n")
    assert (article.date, article.dateline) == (date, dateline)


def test_release_labels_run_into_the_first_line_are_blanked(tmp_path: Path) -> None:
    text = ("FOR IMMEDIATE RELEASE OAKRIDGE, Calif., March 3, 2016 – Tellurian Corporation "
            "announced today that Paul Brandt will stay on.\nMore of the story.\n")
    article = read_one(tmp_path / "release.txt", text)
    assert (article.date, article.dateline) == ("2016-03-03", "OAKRIDGE, Calif.")
    assert article.body.lstrip().startswith("Tellurian Corporation announced")
    assert article.body.index("Tellurian") == text.index("Tellurian")


def test_a_wire_dateline_after_a_run_in_headline_is_recorded(tmp_path: Path) -> None:
    text = ("Corvane Press Release Corvane Wins Deal GRANTVILLE, Texas--(BUSINESS WIRE)--"
            "March 19, 1998--Officials at Corvane Systems Inc. said that the deal had closed.\n"
            "More of the story.\n")
    article = read_one(tmp_path / "release.txt", text)
    assert (article.date, article.dateline) == ("1998-03-19", "GRANTVILLE, Texas")
    assert article.body == text  # left in place: segmentation cuts it off the story


def test_a_stamp_date_wins_over_the_dateline_date(tmp_path: Path) -> None:
    text = ("Published 5 March 2019\n"
            "HARBIN, China, Sept. 4, 2012 /PRNewswire/ -- Northfield Dairy said it grew.\n")
    article = read_one(tmp_path / "release.txt", text)
    assert (article.date, article.dateline) == ("2019-03-05", "HARBIN, China")


def test_dateline_is_a_plain_record() -> None:
    found = read_dateline("KESTRAL: Fine.", 0, 14)
    assert found == Dateline("KESTRAL", "", "", 0, 9)
