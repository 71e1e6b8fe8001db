"""Datelines: the place (and often date and wire service) that opens a news story.

``HARBIN, China, Sept. 4, 2012 /PRNewswire-Asia/ -- Northfield Dairy, Inc. announced …``:
the dateline is no part of the story's first sentence. Left in, its place in capitals is read
as the subject of the lede's cue, and a city becomes the speaker of a company's announcement.
Ingest records the place as the article's dateline (and the date as its date when nothing
else gives one); segmentation starts the first sentence after it.

A dateline is read by one small grammar, built from named parts so each can be tested:

    places   = place ("and" place)?             QINGDAO, China and ROCKVILLE, Md. (capitals)
    place    = CITY (", " region){0,2}          OAKRIDGE, Calif.  /  LONDON, Ont.
    date     = month day (, year)? | day month year?      Sept. 4, 2012  /  3 March 2016
    tags     = ((dash)? agency | wire){0,2}     (Reuters)  /PRNewswire/  --(BUSINESS WIRE)
    dateline = places (, date)? tags (dash date)? separator

The city is written in capitals (wire style) or, less safely, in Title Case; a Title Case
city needs a spaced dash and a capital after it, and sentence openers (``However -``) are never
places, so an ordinary sentence is not taken for a dateline. A dateline that carries a wire tag
is distinctive enough to be found inside a paragraph too (``… Company Press Release BURBANK,
Calif.--(BUSINESS WIRE)--Officials at …``), where a headline was run into the story.

The rest of a release's furniture lives here too: labels a release opens with (``Exhibit
99.1``, ``FOR IMMEDIATE RELEASE``), skipped before the dateline (``story_start``), and ticker
parentheses (``(NASDAQ: TLRN)``) and wire tags, whose words are never a speaker or an entity
(``release_furniture``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec",
)  # fmt: skip

_MONTH = "(?i:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
_YEAR = r"\d{4}\b"
_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"

# letters with the accents of Latin-script place names ("Malé", "SÃO PAULO", "Łódź")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_LETTER = f"{_UPPER}{_LOWER}\u0100-\u017f"
# a hyphen only inside a word ("WILKES-BARRE"), never the dash that ends the dateline
_CAPS_WORD = rf"[{_UPPER}](?:[{_UPPER}'’.]|-(?=[{_UPPER}]))+"
_TITLE_WORD = rf"[{_UPPER}\u0100-\u017f][{_LOWER}\u0100-\u017f](?:[{_LETTER}'’.]|-(?=[{_LETTER}]))*"
_REGION_WORD = rf"[{_UPPER}](?:[{_LETTER}.'’]|-(?=[{_LETTER}]))*"
_REGION = rf",\s+{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,2}}"  # ", Calif." ", New South Wales"


def _places(city_word: str, joined: bool) -> str:
    """A place, a city of up to four words with up to two regions after it; with ``joined``
    two of them (``QINGDAO, China and ROCKVILLE, Md.``), which only capitals make safe:
    ``Brandt and Moreau - Two …`` is no pair of places."""
    place = rf"{city_word}(?:\s+{city_word}){{0,3}}(?:{_REGION}){{0,2}}"
    if joined:  # "NAIROBI Kenya, Aug 29 –": a country printed without its comma, before one
        bare_region = rf"(?:\s+{_TITLE_WORD}(?=,))?"
        place = rf"{city_word}(?:\s+{city_word}){{0,3}}{bare_region}(?:{_REGION}){{0,2}}"
    return rf"(?P<place>{place}(?:\s+and\s+{place})?)" if joined else rf"(?P<place>{place})"


# "(Reuters)", "(BUSINESS WIRE)", "(BSS/AFP)", "(Harbour Daily Post, Jan. 28, 2014)"
_AGENCY = r"\([A-Za-z][\w .,&'’/\-]{0,40}\)"
_WIRE = r"/[A-Za-z][\w .&'’\-]{0,40}/"  # "/PRNewswire-Asia/", "/EINPresswire.com/", "/CNW/"
_TAG_DASH = r"(?:--|[-–—])"
_TAGS = rf"(?P<tags>(?:\s*{_TAG_DASH}?\s*(?:{_AGENCY}|{_WIRE})){{0,2}})"
_WHEN = rf"(?:,?\s+(?P<date>{_DATE}))?"
# "--(BUSINESS WIRE)--March 19, 1998--": Business Wire prints the date after its tag
_LATE_WHEN = rf"(?:\s*(?:--|[–—]|,)\s*(?P<late_date>{_DATE}))?"


# "DUSHANBE, September 28, Asia-Plus - ": an outlet printing its name without brackets after
# the date; only a date's last digit before it makes the comma and words safe to take
_OUTLET_AFTER_DATE = r"(?:(?<=\d),\s+(?P<outlet>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2}))?"


def _head(city_word: str, joined: bool) -> str:
    """Places, date and tags: everything before the separator."""
    return (rf"[ \t\u00a0]*{_places(city_word, joined)}{_WHEN}{_OUTLET_AFTER_DATE}{_TAGS}"
            rf"{_LATE_WHEN}")


# capitals end with a colon or a dash; "--", en and em dashes may touch the words around them
# ("MILWAUKEE—The nation's", "Texas--(BUSINESS WIRE)--Corvane"), a hyphen must be spaced
_CAPS_END = r"(?:\s*:[ \t\u00a0]+|\s*(?:--|[–—])[ \t\u00a0]*|\s+-[ \t\u00a0]+)(?=\S)"
_TITLE_END = r"\s+(?:--|[-–—])[ \t\u00a0]+(?=[\"“‘'A-Z0-9])"

_CAPS = re.compile(_head(_CAPS_WORD, joined=True) + _CAPS_END)
_TITLE = re.compile(_head(_TITLE_WORD, joined=False) + _TITLE_END)
# "Fatorda [Goa], November 28 : Coach ...", "Koppal, June 30: Karnataka ...": a place (with
# its region in brackets or not) and a date may end with a colon, as Indian papers print it,
# or with a comma ("Chitwan, Sept 14, Foreign Minister ..."), which the date makes safe.
_BRACKET = r"\[[A-Z][A-Za-z .'’\-]{0,40}\]"  # "[Goa]"
_BRACKETED = re.compile(
    rf"[ \t\u00a0]*(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}})(?:\s+{_BRACKET})?"
    rf",?\s+(?P<date>{_DATE}){_TAGS}(?:(?:\s*:|\s+(?:--|[-–—]))[ \t\u00a0]+(?=[\"“‘'A-Z0-9])"
    rf"|\s*,+[ \t\u00a0]+(?=[\"“‘'A-Z]))"
)
# "Addis Ababa, March 13, 2020 (FBC) –Ethiopia's …": after a wire tag a dash may touch the
# story's first word even after a Title Case place (the tag makes it a dateline)
_TITLE_TAGGED = re.compile(
    rf"[ \t\u00a0]*{_places(_TITLE_WORD, joined=False)}{_WHEN}"
    rf"(?P<tags>(?:\s*{_TAG_DASH}?\s*(?:{_AGENCY}|{_WIRE})){{1,2}}){_LATE_WHEN}"
    rf"\s*(?:--|[–—])[ \t\u00a0]*(?=[\"“‘'A-Z0-9])"
)
# inside a paragraph only a dateline in capitals with a wire service's tag is taken: a
# parenthesis after capitals is often an expansion ("the NFL (National Football League) --")
_WIRE_SERVICE = r"\((?i:[^()\n]{0,30}(?:wire|news|press)[^()\n]{0,20})\)"
_WIRE_INSIDE = re.compile(
    rf"(?<![\w,])[ \t\u00a0]*{_places(_CAPS_WORD, joined=True)}{_WHEN}"
    rf"(?P<tags>(?:\s*{_TAG_DASH}?\s*(?:{_WIRE_SERVICE}|{_WIRE})){{1,2}}){_LATE_WHEN}{_CAPS_END}"
)

_NOT_PLACES = frozenset(
    [
        "however", "meanwhile", "but", "and", "so", "yet", "also", "still", "now", "then", "today",
        "tonight", "yesterday", "tomorrow", "here", "there", "this", "that", "these", "those", "it",
        "he", "she", "they", "we", "you", "yes", "no", "well", "instead", "indeed", "again",
        "finally", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise",
        "therefore", "thus", "overall", "first", "second", "third", "last", "next", "later",
        "earlier", "update", "updated", "editor", "editors", "note", "warning", "exclusive",
        "breaking", "analysis", "opinion", "comment", "watch", "listen", "video", "photos", "photo",
        "live", "read", "sources", "source", "correction", "clarification", "q", "a", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "for", "exhibit", "contact", "contacts", "about", "forward-looking",
    ]
)  # fmt: skip


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text: its place as printed, its date and wire tags as written
    (empty when absent), and the offsets where it starts and where the story begins."""

    place: str
    date: str
    tags: str
    start: int
    end: int


def read_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``text[start:end]``'s start, if one opens it.

    Capitals are tried first, then Title Case, then a Title Case place with a bracketed region
    (``Lakeview [Ontario], May 3 :``).
    """
    for pattern in (_CAPS, _TITLE, _BRACKETED, _TITLE_TAGGED):
        match = pattern.match(text, start, end)
        if match and _plausible_place(match.group("place")):
            return _dateline(match)
    return None


def match_dateline(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(place, offset where the story begins) of the dateline opening ``text[start:end]``."""
    found = read_dateline(text, start, end)
    return None if found is None else (found.place, found.end)


# "Exhibit 99.1", "FOR IMMEDIATE RELEASE": labels a filed or wired release opens with, run
# into the first paragraph when the line breaks were lost; never a speaker's first words
_RELEASE_LABEL = re.compile(
    r"[ \t\u00a0]*(?:(?-i:Exhibit|EXHIBIT)\s+\d+(?:\.\d+)*"
    r"|(?i:for\s+immediate\s+release)|(?:NEWS|PRESS|MEDIA)\s+RELEASE|(?:News|Press|Media)\s+Release)"
    r"(?:[ \t\u00a0]*[:\-–—|][ \t\u00a0]*|[ \t\u00a0]+)(?=\S)"
)


# "Shafaq News/ The head of …": an outlet's credit run into the first paragraph, its name
# closed by a slash; never the subject of the lede's cue
_OUTLET_CREDIT = re.compile(
    r"[ \t\u00a0]*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}/[ \t\u00a0]+(?=[\"“‘'A-Z])"
)


def story_start(text: str, start: int, end: int) -> tuple[int, Dateline | None]:
    """Where the story of the paragraph ``text[start:end]`` begins, past any release labels,
    an outlet's credit and a dateline, and the dateline if there is one."""
    offset = start
    while (label := _RELEASE_LABEL.match(text, offset, end)) is not None:
        offset = label.end()
    if (credit := _OUTLET_CREDIT.match(text, offset, end)) is not None:
        offset = credit.end()
    found = read_dateline(text, offset, end)
    return (found.end, found) if found is not None else (offset, None)


def wire_datelines(text: str, start: int, end: int) -> list[Dateline]:
    """Datelines with a wire tag anywhere in ``text[start:end]`` (a press-release headline run
    into its story), in reading order."""
    return [
        _dateline(match)
        for match in _WIRE_INSIDE.finditer(text, start, end)
        if _plausible_place(match.group("place"))
    ]


# "(NASDAQ: TLRN)", "(TSX: QLM)", "(NYSE American: XYZ)", "(OTC:BAAT - news)": where a
# company's shares trade, printed after its name; the exchange and ticker are nobody speaking
_TICKER = re.compile(
    r"\((?:[A-Z][A-Za-z]*\.?(?:\s+[A-Z][A-Za-z]*)?)\s*:\s*[A-Z][A-Z0-9]{0,7}(?:[.\-][A-Za-z0-9]{1,3})?"
    r"(?:\s*[-–;,]\s*[^()\n]{0,20})?\)"
)
# a wire service's tag where it stands in a dateline, before the dash
_RELEASE_TAG = re.compile(rf"(?:{_WIRE_SERVICE}|{_WIRE})(?=\s*(?:--|[-–—]))")


def release_furniture(text: str) -> list[tuple[int, int]]:
    """Character ranges of ticker parentheses and wire tags anywhere in ``text``: no word in
    them is a name that can speak or be pointed back to."""
    found = [m.span() for m in _TICKER.finditer(text)]
    found += [m.span() for m in _RELEASE_TAG.finditer(text)]
    return sorted(found)


_FURNITURE_REACH = 60  # no ticker parenthesis or wire tag is longer


def in_release_furniture(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` is inside a ticker parenthesis or a wire tag; looks
    only at the text around it, so asking for every token stays linear."""
    start = max(0, offset - _FURNITURE_REACH)
    window = text[start : offset + _FURNITURE_REACH]
    return any(a <= offset - start < b for a, b in release_furniture(window))


def _dateline(match: re.Match[str]) -> Dateline:
    groups = match.groupdict()
    date = groups.get("date") or groups.get("late_date") or ""
    start = match.start("place")
    tags = groups.get("outlet") or groups.get("tags") or ""
    return Dateline(_squeeze(match.group("place")), _squeeze(date), _squeeze(tags), start,
                    match.end())


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _plausible_place(place: str) -> bool:
    """Reject sentence openers and labels that look like datelines but are not places."""
    words = [word.strip(".,'’-").lower() for word in place.split()]
    return bool(words) and words[0] not in _NOT_PLACES and " ".join(words) not in _NOT_PLACES
