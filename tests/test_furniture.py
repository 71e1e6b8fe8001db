"""Page furniture (rules/furniture.jsonl): site chrome with trailing punctuation and photo
credit lines are blanked, body text that only looks like them is kept. Invented lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.ingest import read_articles
from quotes.model import Article

BEFORE = "The council met on Monday, officials said."
AFTER = "“We agreed,” the mayor said."


def article_with(tmp_path: Path, line: str) -> Article:
    path = tmp_path / "a.txt"
    path.write_text(f"{BEFORE}\n{line}\n{AFTER}\n", encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below advertisement.",
        "Story continues below advertisement:",
        "Advertisement.",
        "- Advertisement -",  # a label set between dashes
        "\u2014 Advertisement",
        "Article continues below…",
        "Share this article.",
        "Follow us on Mastodon.",
        "Read more:",
        "You may also like…",
        "Subscribe now.",
        "Short Url:",
        # a kicker over a promoted story, in capitals: its words are nobody's name
        "LATEST: STORMS CONTINUE TO BATTER THE NORTH COAST",
        "DON'T MISS: Council approves budget after long night",
    ],
)
def test_chrome_with_trailing_punctuation_is_blanked(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body.split("\n") == [BEFORE, " " * len(line), AFTER, ""]


@pytest.mark.parametrize(
    "line",
    [
        # a newsletter's consent text: "you acknowledge that" is no statement
        "You can unsubscribe at any time by clicking the link in our emails. We use a mailing "
        "service. By subscribing, you acknowledge that your data will be sent to it.",
        "By clicking below to subscribe, you agree that your details may be shared with us.",
    ],
)
def test_newsletter_consent_lines_are_blanked(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body.split("\n") == [BEFORE, " " * len(line), AFTER, ""]


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz / The Associated Press",
        "Ana Ruiz / The Associated Press.",
        "THE CANADIAN PRESS/Tomas Reyes",
        "Jane Doe/AP",
        "Photo by Jane Doe / Reuters",
        "(Jane Doe / Reuters)",
        "Workers unload the ship. (Jane Doe/Getty Images)",
        # a caption that ends in its credit
        "Harbour master Lena Holt at the quay. Picture: Tomas Reyes",
        "The mayor at the opening. Photo by Jane Doe.",
        "The new ferry on its first run. Photo: supplied",
        "The ferry and its crew in 2019. Picture by: Jane Doe/PA Archive/PA Images",
        "Some 40 boats were moored at the quay. Picture Tomas Reyes",
        "Flooded houses in the valley on Saturday, March 4, 2023 — AFP Photo",
        "Rescuers carry a resident to safety on Saturday - Reuters Photo/Jane Doe",
        "Council has been meeting in the fire hall since March. \u2013 \u00a9 J. Ana Ruiz",
        "Harbour soccer product Tom Vale was inducted on Friday. HARBOUR ARCHIVE PHOTO",
        "Parents formed a chain around the school last week. Ana Ruiz / Harbour Gazette",
        "The board had offered rooms at the adult centre instead. Harbour Gazette",
        # a caption that opens with "Pictured", even printed twice on one line
        "Pictured is Councillor Ana RuizPictured is Councillor Ana Ruiz",
        "Pictured: the new ferry on its first run",
    ],
)
def test_photo_credit_lines_are_blanked(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body.split("\n")[1] == " " * len(line)


@pytest.mark.parametrize(
    "line",
    [
        "CORRECTION: An earlier version of this story misstated which county owned the boat.",
        "An earlier version of this article gave the wrong age for the driver.",
        "This story has been updated to include a statement from the council.",
        "Editor's note: The names of the children have been changed.",
    ],
)
def test_correction_notes_are_blanked(tmp_path: Path, line: str) -> None:
    """What a correction says the story got wrong is nobody's statement."""
    article = article_with(tmp_path, line)
    assert article.body.split("\n")[1] == " " * len(line)


@pytest.mark.parametrize(
    "line",
    [
        "Listen!",  # an exclamation is text, not the "Listen" button
        "The council issued a correction: the budget was $4 million, not $40 million.",
        "The earlier version of the bill was rejected, the mayor said.",
        "Advertisement revenue fell, the agency said.",
        "The vote was 5/4 in favour.",
        "Toronto / Montreal",
        "Use and/or abuse of the rules is the question.",
        "Ana Ruiz, a nurse in Hamilton, said the ward is full / overflowing.",
        "Workers said the 24/7 schedule was too much.",
        "Ana Ruiz / The Associated Press reported the figures on Monday.",
        "Members can unsubscribe from the union at any time, the secretary said.",
        # a sentence that only mentions a picture, and a quoted line before a credit
        "He said the photo was fake. Picture this: a town without water.",
        "Critics said the image was doctored. Image: the council's own.",
        "“We agreed,” she said. Photo: Jane Doe",
        # a caption ending in its credit that reports speech: news sets annotate it
        "Mayor Lena Holt says the quay will reopen in May. (CBC)",
        "Lena Holt said the ferry was late again. (Photos by Jane Doe/The Harbour Sun)",
        "Lena Holt said the ferry was late again. PHOTO: THE HARBOUR SUN",
        "The ferry was late again. Picture the queue at the quay.",
        "Pictured at the launch, the mayor said the quay would reopen in May.",
        "The vote was close — a photo finish, the mayor said.",
        "The mayor said the hall will reopen. \u00a9 Ana Ruiz",
        "He scored twice in the final. NHL PHOTOS ARE ONLINE",
        "The mayor said the ferry was late again. Ana Ruiz / Harbour Gazette",
        "“The ferry is late again.” Lena Post",
        "The council met on Monday to vote. Ana Ruiz",
        # a link's call in brackets after a sentence is no photo credit
        "Late on Wednesday, the city said it invited the union back to talks. (More HERE.)",
        "The city said the union was invited back to talks. (Read More)",
    ],
)
def test_body_lines_that_resemble_chrome_are_kept(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body == f"{BEFORE}\n{line}\n{AFTER}\n"


def test_chrome_line_never_becomes_a_speaker(tmp_path: Path, nlp) -> None:
    from quotes.extraction import extract

    path = tmp_path / "story.txt"
    path.write_text(
        "The harbour commission approved the expansion plan on Tuesday.\n\n"
        "Story continues below advertisement.\n\n"
        "“The port will double its capacity by 2030,” she said.\n",
        encoding="utf-8",
    )
    [record] = extract([str(path)], nlp).records
    assert (record.quote_text, record.speaker_text, record.speaker_name) == (
        "“The port will double its capacity by 2030,”", "she", None)


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Warns Council Over Budget",
        "Premier Lena Ortiz Defends Pipeline Decision",
        "Harbour Commission Unveils a $20M Plan",
        "Ottawa Says No to the Pipeline",
    ],
)
def test_headline_lines_in_the_body_are_blanked(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body.split("\n")[1] == " " * len(line)


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Lena Ortiz's Address to the Nation",  # names the speaker: kept
        "Oral Argument of Omar Haddad on Behalf of the City",
        "The Minister Says It Is Not Over.",  # a sentence
        "Mayor warns council over budget",  # not Title Case
        "Jane Doe Says",  # nothing after the verb
    ],
)
def test_other_title_case_lines_in_the_body_are_kept(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body == f"{BEFORE}\n{line}\n{AFTER}\n"


def test_a_headline_line_on_top_is_the_articles_title(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text(f"Mayor Warns Council Over Budget\n\n{BEFORE}\n{AFTER}\n", encoding="utf-8")
    (article,) = read_articles(str(path))
    assert article.title == "Mayor Warns Council Over Budget"
    assert article.body.strip() == f"{BEFORE}\n{AFTER}"


def test_an_unknown_scope_is_a_rule_error(tmp_path: Path) -> None:
    from quotes.rules import RuleError, RuleSet

    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "furniture.jsonl").write_text(
        '{"pattern": "^Promo$", "label": "promo", "scope": "sidebar"}\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"furniture.jsonl:1: .*scope"):
        RuleSet.load(folder)


def read_text(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "line",
    [
        "Stay up to date with notifications from The Daily Ledger",
        "Notifications can be managed in browser preferences.",
        "Turn on notifications",
        "Allow push notifications from The Harbour Times",
    ],
)
def test_notification_prompts_are_blanked(tmp_path: Path, line: str) -> None:
    article = article_with(tmp_path, line)
    assert article.body.split("\n")[1] == " " * len(line)


TEASERS = ["Mayor says budget will pass by spring",
           "Port authority warns of strike 2021-03-04 10:15",
           "Harbour Chief Warns Council Over Dredging",  # a Title Case teaser (headline rule)
           "Union vows to fight pay freeze"]


@pytest.mark.parametrize("heading", ["Related Stories", "Today's Top News", "More news:",
                                     "Most viewed"])
def test_headlines_under_a_related_stories_heading_are_blanked(tmp_path: Path,
                                                               heading: str) -> None:
    lines = [BEFORE, AFTER, heading, *TEASERS]
    article = read_text(tmp_path, "\n".join(lines) + "\n")
    assert article.body.split("\n") == [BEFORE, AFTER] + [" " * len(x) for x in lines[2:]] + [""]


def test_the_teaser_run_ends_where_the_story_goes_on(tmp_path: Path) -> None:
    lines = [BEFORE, "Related", TEASERS[0], AFTER, TEASERS[3]]
    article = read_text(tmp_path, "\n".join(lines) + "\n")
    assert article.body.split("\n") == [
        BEFORE, " " * len("Related"), " " * len(TEASERS[0]), AFTER, TEASERS[3], ""]


def test_a_single_read_more_teaser_does_not_open_a_run(tmp_path: Path) -> None:
    teaser = "READ MORE: Council approves budget after long night"
    lines = [BEFORE, teaser, TEASERS[0], AFTER]
    article = read_text(tmp_path, "\n".join(lines) + "\n")
    assert article.body.split("\n") == [BEFORE, " " * len(teaser), TEASERS[0], AFTER, ""]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Bridge will open in May, says mayor Ruiz – Sports Desk – The Ledger",
         "Bridge will open in May, says mayor Ruiz – Sports Desk"),
        ("Bridge will open in May, says mayor Ruiz",
         "Bridge will open in May, says mayor Ruiz | The Ledger"),
    ],
)
def test_a_copy_of_the_headline_with_the_site_name_is_the_headline(
        tmp_path: Path, title: str, heading: str) -> None:
    article = read_text(tmp_path, f"{title}\n\n{heading}\n\n{BEFORE}\n{AFTER}\n")
    assert article.title == title
    assert article.body.strip() == f"{BEFORE}\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "Bridge will open in May, says mayor Ruiz after the vote.",  # a sentence of the story
        "Coach Ruiz",  # too short to tell from a section heading
        "Warriors, says coach Ruiz of his squad and staff",  # not a whole-word part of the title
    ],
)
def test_lines_that_only_share_words_with_the_headline_are_kept(tmp_path: Path,
                                                                line: str) -> None:
    title = "Bridge will open in May, says mayor Ruiz – The Ledger"
    article = read_text(tmp_path, f"{title}\n\n{line}\n\n{BEFORE}\n{AFTER}\n")
    assert article.body.strip() == f"{line}\n\n{BEFORE}\n{AFTER}"


def test_a_teaser_headline_never_becomes_a_quote(tmp_path: Path, nlp) -> None:
    from quotes.extraction import extract

    path = tmp_path / "story.txt"
    path.write_text(
        f"{AFTER}\n\nRelated Stories\n\nHarbour chief says port will double in size\n",
        encoding="utf-8")
    records = extract([str(path)], nlp).records
    assert [r.quote_text for r in records] == ["“We agreed,”"]


@pytest.mark.parametrize("byline", [
    "Malik Asad Published November 26, 2025",
    "By Ana Ruiz | Updated: 3 March 2024",
    "May 28, 2015  by Tom Grady, The Canadian Press",
])
def test_a_byline_with_its_date_under_the_headline_is_blanked(tmp_path: Path, byline: str) -> None:
    """A reporter's name with the publication date is no speaker a description can point to."""
    path = tmp_path / "a.txt"
    path.write_text(f"Lawyer refuses to act\n\n{byline}\n\nThe counsel said he was not ready.\n",
                    encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    assert article.body.split("\n")[2] == " " * len(byline)


def test_a_dated_byline_below_the_deck_is_blanked(tmp_path: Path) -> None:
    """``May 28, 2015 by Tom Grady, The Canadian Press`` under a deck signs the article: the
    premier the deck describes is the one the lede names, not the writer."""
    path = tmp_path / "a.txt"
    byline = "May 28, 2015  by Tom Grady, The Canadian Press"
    path.write_text(f"Budget is worse than we thought: Ruiz\n\nThe new premier says the party "
                    f"will adjust\n\n{byline}\n\nPremier Ana Ruiz says she was surprised.\n",
                    encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    assert byline not in article.body


def test_a_by_line_below_the_deck_is_blanked_and_its_writer_is_no_antecedent(
        tmp_path: Path, nlp) -> None:
    """``By Elena Varga`` as a whole line signs the article wherever the deck put it: its
    writer is never the ``she`` of the mayor's quote."""
    from quotes.extraction import extract

    path = tmp_path / "a.txt"
    path.write_text("Millions of dollars and 29 minutes\n\nCouncil budget discussion\n\n"
                    "By Elena Varga\n\nCouncillors spent 29 minutes on the draft budget. Mayor "
                    "Hamilton spoke to the short time frame. \u201cThere has been a shortened "
                    "window,\u201d she conceded.\n", encoding="utf-8")
    (article,) = read_articles(str(path))
    assert isinstance(article, Article)
    assert article.body.split("\n")[4] == " " * len("By Elena Varga")
    records = extract([str(path)], nlp).records
    assert [r.speaker_name for r in records] != ["Elena Varga"]


@pytest.mark.parametrize(("line", "kept"), [
    # a tag whose "<" was cut off before the paragraph: its attributes are blanked
    ("NT face=\u201dVerdana, Arial\u201d>Ana Ruiz, the envoy, said the talks were over.",
     "Ana Ruiz, the envoy, said the talks were over."),
    # whole tags left in copied text
    ("Ana Ruiz said<br/> the talks were over.</p>", "Ana Ruiz said the talks were over."),
    # comparisons are text
    ("Ana Ruiz said turnout was 3<4 and x>2.", "Ana Ruiz said turnout was 3<4 and x>2."),
])
def test_markup_left_in_copied_text_is_blanked(tmp_path: Path, line: str, kept: str) -> None:
    body = article_with(tmp_path, line).body.split("\n")[1]
    assert len(body) == len(line)
    assert " ".join(body.split()) == kept
