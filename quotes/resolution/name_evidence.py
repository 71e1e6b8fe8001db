"""What the words written around a name say about it: whether it is a person's or a body's
(the title or noun before it, its own words), and which titles it carries (their genders and
the nouns a later description may use for the bearer).

The name pass (``names.NameResolver``) asks here before it types an entity; nothing here
creates or links entities.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..attribution.grammar import subject_read_as_apposition
from ..attribution.mentions import LEGAL_FORMS, PORTFOLIO_JOINERS, PORTFOLIO_PREPOSITIONS
from ..model import fold
from ..names import Titles, looks_like_acronym, name_tokens
from .constraints import head_kind, listed_person_noun
from .entities import FUNCTION_WORDS, PERSON_LABELS, Entity
from .spans import role_before_comma, split_name
from .state import ArticleState, ResolutionRules

# the words that hang a list of names on the noun that says what they are ("towns including")
PLACE_LIST_LINKS = frozenset({"including", "of", "like", "as"})
# a run of capitals right after a small letter inside one word: a brand's spelling
BRAND_CAPITALS = re.compile(r"[a-z][A-Z]{2,}")
# surname prefixes a capital follows inside a person's name ("McDONALD" in capitals style)
SURNAME_PREFIXES = re.compile(r"^(?:Mac|Mc|O'|O’|D'|D’|Fitz)")


def brand_spelling(word: str) -> bool:
    """``TimesLIVE``, ``LandlordBC``: a small letter followed by two capitals or more inside
    one word is how outlets, companies and associations write their names, never a person's
    (a surname prefix set aside: ``McDONALD``)."""
    return bool(BRAND_CAPITALS.search(SURNAME_PREFIXES.sub("", word)))


def spelled_as_body(name: str, label: str) -> bool:
    """A brand's spelling (``TimesLIVE``) or, for a name NER typed no person, a number as its
    last word (``Channel 12``): a body's name, never a person's."""
    words = name.split()
    return (len(words) == 1 and brand_spelling(name)) or (
        label not in PERSON_LABELS and len(words) > 1 and words[-1].isdigit())


class NameEvidence:
    """The evidence a name's own words and its neighbours give, for one article."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state

    def institution_word(self, span: Span) -> bool:
        """``Bureau``, ``Tribunal``: a word only a body's name holds (rules/name_words.jsonl)."""
        return any(t.lower_ in self.state.rules.institutions for t in span)

    def body_word_ends(self, span: Span) -> bool:
        """``Hospitals Trust`` typed a person (the tail of ``Nottingham University Hospitals
        Trust``), ``Lorvin Pharma``: a body's head noun or a word of bodies' names
        (rules/name_words.jsonl ``organization``) ends it and no listed first name opens it, so
        it is no person's name for a surname to match."""
        last, first = span[-1], span[0]
        return (head_kind(last.lemma_.lower(), self.state.titles, self.state.constraints) == (
            "organization") or fold(last.text) in self.state.rules.org_words) and (
            fold(first.text) not in self.state.titles.first_names)

    def body_acronym(self, span: Span) -> bool:
        """``N.S. RCMP``, ``the PSNI``: an acronym rules/head_nouns.jsonl gives a family of
        bodies ends the name, so the name is a body's whatever NER missed."""
        last = span[-1]
        return last.is_upper and len(last.text) > 1 and (
            last.lower_ in self.state.constraints.body_families)

    def body_noun_before(self, span: Span) -> bool:
        """``Drinks giant Kelburn``, ``technology firm Arlon``: a name right after a noun that
        names a body, hung on the name, is that body's name whatever NER typed it (a person's
        role noun, ``Singer Maya Fox``, makes a person instead)."""
        if span.start == 0:
            return False
        before = span.doc[span.start - 1]
        return before.pos_ == "NOUN" and before.is_lower and before.head.i == span.root.i and (
            before.dep_ in {"compound", "amod"}) and head_kind(
            before.lemma_, self.state.titles, self.state.constraints) == "organization"

    def titled_name(self, span: Span) -> bool:
        """``Councillor Ines Varga`` or ``Mr Goh Seng Wee`` tagged ORG: a person's title or
        honorific before proper nouns makes a person whatever the label (unless a word of the
        name is a body's, ``Mayor's Office``). The title may stand just outside what the
        tagger typed: ``Governor Mwila Banda`` with only ``Mwila Banda`` tagged ORG."""
        if any(t.lower_ in FUNCTION_WORDS for t in span):
            return False  # "the Lower Mainland", "School of Public Policy"
        titles = self.state.titles  # every title is a person's role or honorific
        if titles.is_title(span[0].text):
            _, name_span = split_name(span, self.state.titles)
            if name_span is None or name_span.start == span.start:
                return False  # an honorific (``Mr Goh Choon Phong``) has no role, but titles too
        elif span.start > 0 and titles.is_title((before := span.doc[span.start - 1]).text) and (
                before.whitespace_) and (before.text[:1].isupper() or self.lower_role_before(span)):
            name_span = span
        elif self.person_noun_before(span):
            name_span = span  # "Bombers quarterback Zach Collaros" with the name typed ORG
        elif len(span) >= 2 and title_before_comma(span, titles):
            name_span = span  # "Former Guyana President, Bharrat Jagdeo" tagged ORG
        elif (inside := name_after_inner_title(span, titles)) is not None:
            name_span = inside  # "Colombo Additional Magistrate Rajindra Jayasuriya" as ORG
        elif len(span) >= 2 and portfolio_before(span, titles):
            name_span = span  # "Minister of Defence Omar Al Rashed", the name left untyped
        else:
            return False
        words = {t.lower_ for t in name_span}
        return all(t.pos_ == "PROPN" for t in name_span) and not (
            words & (self.state.rules.org_words | self.state.rules.institutions)) and not (
            looks_like_acronym(name_span.text))

    def person_noun_before(self, span: Span) -> bool:
        """``Leafs forward Mitch Marner`` with the name typed a body: a lower-case noun only
        people are (listed, never guessed from its ending) right before a name of two words
        or more names its bearer."""
        if len(span) < 2 or span.start == 0:
            return False
        before = span.doc[span.start - 1]
        # (the word as written: "coached" is no coach, whatever its lemma)
        return before.is_lower and bool(before.whitespace_) and listed_person_noun(
            before.lower_, self.state.titles, self.state.constraints)

    def lower_role_before(self, span: Span) -> bool:
        """``chief executive Ama Mensah`` typed ORG: a role written in lower case right before
        a name of two words or more is its holder's role (one word may be a body's short
        name, ``the executive Council``)."""
        entry = self.state.titles.entry(span.doc[span.start - 1].text)
        return entry is not None and entry.kind == "role" and len(span) >= 2

    def apposed_to_person_noun(self, span: Span) -> bool:
        """``the managing director of the Parks Office, Rosette Ana Mukamana,`` with the name
        tagged ORG: a name set beside a noun only people are (either way round) is a
        person's. Only listed nouns and titles count, not endings (``employer``), and a name
        with a body's word (``The Harbour Trust, a spokeswoman for …``) stays a body."""
        rules, titles = self.state.rules, self.state.titles
        if {t.lower_ for t in span} & (rules.org_words | rules.institutions) or head_kind(
                span[-1].lower_, titles, self.state.constraints) == "organization":
            return False
        root = span.root
        nouns = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
        nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                  and c.i >= span.end and subject_read_as_apposition(c) is None]
        return any(listed_person_noun(n.lemma_, titles, self.state.constraints) for n in nouns)

    def office_before_comma(self, span: Span) -> bool:
        """``The state Commissioner of Police, Zubairu Muazu, told …`` with the name tagged
        ORG: an office phrase opening the clause right before the name's comma makes it a
        person's (``spans.role_before_comma``), unless its words name a body."""
        rules = self.state.rules
        if {t.lower_ for t in span} & (rules.org_words | rules.institutions):
            return False
        return role_before_comma(span, self.state.titles) is not None

    def titles_a_document(self, span: Span) -> bool:
        """``her new cookbook, Everyday Dorie``: the title of a work, whatever NER thought."""
        root = span.root
        return root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN" and bool(
            self.state.noun_entry(root.head).document)

    @staticmethod
    def surname_alone(name_span: Span, entity: Entity) -> bool:
        """``Haley explained`` after ``Kevin Haley``, ``Williams-Davy`` after ``Ana Williams
        Davy``: a lone word, or one hyphenated surname, that ends a longer name of the entity,
        whatever first name its first part also is (no gender evidence)."""
        if len(name_span) != 1 and not all(t.text == "-" or t.whitespace_ == "" for t in
                                           name_span[:-1]):
            return False
        words = name_tokens(name_span.text)
        return any(len(longer := name_tokens(n)) > len(words) and longer[-len(words):] == words
                   for n in entity.names)

    def title_genders(self, name_span: Span) -> list[str]:
        """The genders the titles right before a name state (``Ms. Clara Holm``, ``Mayor Mrs
        Ann Cole``), whether or not NER took the titles into the name's span."""
        titles = self.state.titles
        return [entry.gender for word in self.written_titles(name_span)
                if (entry := titles.entry(word)) is not None and entry.gender]

    def title_nouns(self, name_span: Span) -> list[str]:
        """What the titles right before a name let a description call its bearer (``Dr.``:
        ``the doctor``), from the ``noun`` of rules/titles.jsonl."""
        titles = self.state.titles
        return [entry.noun for word in self.written_titles(name_span)
                if (entry := titles.entry(word)) is not None and entry.noun]

    def written_titles(self, name_span: Span) -> tuple[str, ...]:
        """The title words written right before a name (``Corrections Commissioner Hale``
        gives ``Commissioner``), inside the mention or before it, nearest last."""
        doc, titles = name_span.doc, self.state.titles
        words = []
        i = name_span.start - 1
        while i >= 0:
            if i > 0 and titles.is_title(pair := f"{doc[i - 1].text} {doc[i].text}"):
                words.append(pair)  # "Tan Sri": a title of two words
                i -= 2
            elif titles.is_title(doc[i].text):
                words.append(doc[i].text)
                i -= 1
            else:
                break
        return tuple(reversed(words))

    def with_first_name(self, span: Span) -> Span:
        """``Nadia Jamil`` where the model tagged only ``Jamil``: take the capitalised word
        right before it when it is a proper noun or a known first name (and not a title)."""
        doc = span.doc
        start = span.start
        if len(span) > 1 or span[0].lower_ in self.state.rules.first_names:
            return span  # "Aisha Khan" is whole; only a lone surname lacks its first name
        while start > 0:
            before = doc[start - 1]
            if not before.whitespace_ or before.is_punct or not before.text[:1].isupper():
                break
            if self.state.titles.is_title(before.text) or (before.pos_ != "PROPN"
                                         and before.lower_ not in self.state.rules.first_names):
                break
            if before.dep_ in {"prep", "mark", "advmod", "cc"} and before.is_sent_start:
                break  # "Following McCallum’s address, …": a sentence's opening preposition
            if (before.lower_ in self.state.place_words or before.ent_type_ not in {
                    "", *PERSON_LABELS}) and before.lower_ not in self.state.rules.first_names:
                break  # "the US Héctor Timerman": a place the model tagged is no first name
            start -= 1
        return doc[start : span.end] if start < span.start else span

    def legal_form(self, span: Span) -> bool:
        """A word of the name that only a body's name has (``Inc.``, ``Corp.``,
        ``International``): a body, not a person guessed from a proper-noun subject."""
        return any(t.lower_ in self.state.rules.org_words or t.lower_ in LEGAL_FORMS
                   for t in span)

    def listed_under_place_noun(self, name_span: Span) -> bool:
        """``towns including Amphitheatre, Lexton and Learmonth``, ``the villages of A and B``:
        a name in a list a plural municipal noun introduces (rules/speaker_nouns.jsonl,
        ``municipal``), or the one a lower-case municipal noun names (``the village of
        McAdam``), is a place, whatever label the tagger gave it."""
        top = name_span.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        link = top.head
        noun = link.head if top.dep_ == "pobj" and link.lower_ in PLACE_LIST_LINKS else (
            link if top.dep_ == "appos" else None)
        entry = self.state.rules.nouns.get(noun.lemma_.lower()) if noun is not None else None
        if noun is None or entry is None or not entry.municipal:
            return False
        # "the village of McAdam": one place, when the noun is common (not "the City of X")
        return noun.tag_ == "NNS" or (noun.tag_ == "NN" and noun.is_lower and link.lower_ == "of")


def body_word_before_general(span: Span, rules: ResolutionRules) -> bool:
    """``the Consulate General``, ``the Directorate General``: a body's word before ``General``
    makes the whole a body, where ``Consul General`` and ``Attorney General`` are people."""
    root = span.root
    before = root.doc[root.i - 1] if root.i > span.start else None
    return root.lower_ == "general" and before is not None and (
        before.lower_ in rules.org_words | rules.institutions)


def title_before_comma(span: Span, titles: Titles) -> bool:
    """``INEC Chairman, Mahmood Yakubu``: a capitalised role title, then a comma, right before
    the name (the apposition news writes to introduce the holder)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    title = doc[span.start - 2]
    entry = titles.entry(title.text)
    return title.text[:1].isupper() and entry is not None and entry.kind == "role"


def name_after_inner_title(span: Span, titles: Titles) -> Span | None:
    """``Colombo Additional Magistrate Rajindra Jayasuriya`` typed ORG whole: a role title
    inside the span (after the place or body it is of) with two or more words after it, which
    ``titled_name`` then checks are a person's (proper nouns, no body's word)."""
    for k in range(len(span) - 3, 0, -1):
        entry = titles.entry(span[k].text)
        if entry is not None and entry.kind == "role" and span[k].text[:1].isupper():
            return span[k + 1 :]
    return None


def portfolio_before(span: Span, titles: Titles) -> bool:
    """``Minister of Defence Omar Al Rashed``: a capitalised title's ``of``/``for`` phrase of
    capitalised words and joiners (a portfolio, ``of Trade and the Economy``) runs right up to
    the name, so the title is the name's."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].lower_ in PORTFOLIO_JOINERS:
        return False  # "Minister of Information and Civic Education": the portfolio goes on
    while k > 0 and span.start - k <= MAX_PORTFOLIO_WORDS:
        word = doc[k]
        if word.lower_ in PORTFOLIO_PREPOSITIONS:
            title = doc[k - 1]
            return k < span.start - 1 and title.text[:1].isupper() and titles.is_title(
                title.text)
        if not (word.is_alpha and word.text[:1].isupper() or word.lower_ in PORTFOLIO_JOINERS):
            return False
        k -= 1
    return False


MAX_PORTFOLIO_WORDS = 6


def surname_shared_after_and(name: Span, first_names: frozenset[str] | set[str]) -> str | None:
    """``Dini and Garry Farr``, ``Luis and Maria Cano``: a lone given name joined by ``and``
    to a given name and surname shares that surname (the couple are Dini Farr and Garry
    Farr), so ``Mrs Farr`` later may be her, not only him. Only when the partner's name
    opens with a listed first name and is the tagger's person of two or three words."""
    doc = name.doc
    if len(name) != 1 or name[0].pos_ != "PROPN" or name.end + 2 >= len(doc) or (
            doc[name.end].lower_ != "and"):
        return None
    partner = next((e for e in doc.ents if e.start == name.end + 1), None)
    if partner is None or partner.label_ not in PERSON_LABELS or len(partner) not in {2, 3} or (
            partner[0].lower_ not in first_names) or not all(
            t.pos_ == "PROPN" for t in partner):
        return None
    return partner[-1].text
