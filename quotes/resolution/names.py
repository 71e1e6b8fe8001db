"""Names: the people and bodies an article names, and speaker mentions that are names.

Within an article names are clustered (``Dr Siddiqui`` = ``Khalid Maqbool Siddiqui``, ``ISPR``
= ``Inter-Services Public Relations``), titles and appositives become roles, and a capitalised
speaker mention is matched to the entity it names (or becomes a new one).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..attribution.mentions import release_furniture_token
from ..datelines import read_dateline
from ..model import fold, name_key
from ..names import Titles, looks_like_acronym, name_tokens
from .acronyms import BodyNames, bodies_joined_for_their_acronym
from .appositives import record_descriptors, role_noun_lead
from .config import Constraints
from .constraints import conjunct_read_as_subject, head_kind
from .entities import (
    DEFINITE,
    FUNCTION_WORDS,
    NAME_LABELS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    Entity,
    MentionEvent,
    body_opening_with,
    is_strict_acronym,
    respelled,
    surnames_in_full,
)
from .makers import EntityMaker
from .name_evidence import NameEvidence, body_word_before_general, spelled_as_body
from .offices import (
    holder_after_office,
    holder_closing_office_phrase,
    holder_in_office,
    name_after_title,
    office_after_common_words,
    office_of_body,
    offices_only,
    untagged_office,
)
from .spans import (
    after_possessor,
    before_spaced_dash,
    bodies_named_for_places,
    companies_by_their_stock,
    demonym_of_place,
    followed_by_which,
    followed_by_who,
    hyphen_modifier,
    is_aside,
    joined_split_surname,
    line_around,
    majority_labels,
    modifies_title_after,
    named_from_first_name,
    person_after_comma,
    person_after_honorific,
    person_by_recurring_surname,
    political_group,
    possessed_institution,
    proper_chain,
    same_person_name,
    split_name,
    standing_alone,
    stock_of,
    strip_article,
    strip_possessive,
    through_and,
    through_head_noun,
    through_hyphen,
    with_legal_form,
    within_brackets,
    without_dangling_word,
    without_opening_participle,
    written_capitalised,
)
from .state import ArticleState


def titled_by_office(role: str | None, name_span: Span | None, titles: Titles) -> bool:
    """An office title among the role words before a name of two capitalised words or more
    (``Budapest Mayor | Gergely Karácsony``): the name is a person's, however NER typed it."""
    if not role or name_span is None or len(name_span) < 2 or not all(
            t.text[:1].isupper() for t in name_span):
        return False
    return any((entry := titles.entry(word)) is not None and entry.kind == "role"
               for word in role.split())


def written_as_name(span: Span) -> bool:
    """A name has a capital somewhere (``eBay`` too), and in its head word; ``the foreign
    ministry`` in lower case, or ``Norway's ski federation`` with only its owner capitalised,
    is a description, whatever the tagger called it."""
    root = span.root
    if root.is_alpha and root.is_lower and any(t.dep_ == "poss" for t in span):
        return False
    return any(ch.isupper() for token in span if token.lower_ not in DEFINITE
               for ch in token.text)


def lower_case_words(state: ArticleState) -> set[str]:
    """The words the article writes in lower case somewhere, less the words of its names of
    two words or more (``Long`` of ``John Long``): read once per article."""
    words = state.memo.get("lower_words")
    if words is None:
        in_names = {t.lower_ for e in state.ents if len(e) > 1 for t in e}
        words = state.memo["lower_words"] = {
            t.lower_ for t in state.doc if t.is_lower} - in_names
    return words  # type: ignore[return-value]


def capitalised_common_word(span: Span, lower_words: set[str]) -> bool:
    """``Rainfall has been concentrated in the north``, tagged a person: one word opening its
    sentence that the article writes in lower case elsewhere (``more rainfall``) is a common
    noun with the sentence's capital, unless it is a word of a longer name the article gives
    (``lower_case_words`` leaves those out)."""
    return len(span) == 1 and span[0].is_sent_start and span[0].lower_ in lower_words


def set_in_quotation_marks(span: Span) -> bool:
    """``the “Caymanian Compass” says``: a name written inside quotation marks of its own is
    a title (a newspaper, a programme), a body's and never a person's."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].is_quote and span.end < len(doc) and (
        doc[span.end].is_quote)


def photo_credit(span: Span) -> bool:
    """``THE CANADIAN PRESS/Alex Lupul``, ``AP Photo/Jo Lee``: an agency and a photographer
    joined by a slash credit a picture; the pair is nobody's name, and a description (``the
    organization``) must never be resolved to it."""
    return any(token.text == "/" and 0 < token.i - span.start < len(span) - 1
               and span.doc[token.i + 1].text[:1].isupper() for token in span)


def named_persons_surname(span: Span, ordered: list[str],
                          person_tokens: list[list[str]]) -> bool:
    """A one-word singular name that is the last word of a person's name the tagger gave in
    full (``Erasmus`` after ``Anton Erasmus``), whatever label it got itself."""
    return len(ordered) == 1 and span.root.tag_ == "NNP" and any(
        len(p) >= 2 and p[-1] == ordered[0] for p in person_tokens)


def acting_surname(span: Span, ordered: list[str], person_tokens: list[list[str]]) -> bool:
    """``Strachan was again circumspect`` after ``Gordon Strachan``, with ``Strachan`` tagged
    a place: such a surname as the subject of a verb is that person (a place that shares a
    name with nobody in the article, or that only sits in a phrase, stays a place). So is a
    respelling of one (``Ratnayake said`` after ``Saman Sri Rathnayake``)."""
    return span.root.dep_ in {"nsubj", "nsubjpass"} and (named_persons_surname(
        span, ordered, person_tokens) or len(ordered) == 1 and any(
            len(p) >= 2 and respelled(ordered[0], p[-1]) for p in person_tokens))


def tagged_names(state: ArticleState) -> list[Span]:
    """The names the model tagged, mended where it is known to slip: a body named for a place,
    a surname split off, a company written with its stock, one type per name."""
    lower_words = lower_case_words(state)
    names = [named for e in state.ents if (e.label_ in NAME_LABELS or political_group(e))
             and len(named := without_opening_participle(e)) and written_as_name(named)
             and not modifies_title_after(named, state.titles)
             and not (named.label_ in PERSON_LABELS
                      and capitalised_common_word(named, lower_words))]
    names = bodies_named_for_places(bodies_joined_for_their_acronym(names),
                                    state.rules.institutions - state.rules.place_institutions)
    return majority_labels(companies_by_their_stock(joined_split_surname(names),
                                                    state.constraints.traded_nouns))


def named_spans(state: ArticleState, bodies_named: BodyNames) -> list[Span]:
    """The article's names in text order: the names NER tagged (mended, ``tagged_names``, and
    split where a person's name hides in them), the names of bodies that recur, and the
    proper-noun chains NER missed that act as subjects, run two words or more, or recur as a
    name tagged elsewhere."""
    traded = state.constraints.traded_nouns
    tagged = tagged_names(state)
    lower_words = lower_case_words(state)
    titles = state.titles
    first_names = state.rules.first_names
    alone, institutions = standing_alone(state.doc), state.rules.institutions
    spans = [holder_in_office(through_head_noun(through_and(through_hyphen(named_from_first_name(
                 split, first_names, titles))), titles), titles)
             for e in tagged for piece in person_after_comma(
                 without_dangling_word(before_spaced_dash(within_brackets(e))),
                 first_names)
             for part in person_after_honorific(piece, titles)
             for split in person_by_recurring_surname(part, alone, institutions) if split]
    bodies = bodies_named.recurring()  # "Research In Motion posted …": a body's name
    inside = {i for body in bodies for i in range(body.start, body.end)}
    spans = [e for e in spans if not inside.issuperset(range(e.start, e.end))] + bodies
    covered = {i for e in spans for i in range(e.start, e.end)}
    known = {name_key(strip_possessive(e.text)): e.label_ for e in spans}
    # "Judge Nelson introduced Toombs": a tagged person's surname alone, wherever it
    # stands, is that person again (a pronoun next may be hers)
    known.update({name_key(words[-1]): "PERSON" for e in spans if e.label_ in PERSON_LABELS
                  and len(words := strip_possessive(e.text).split()) >= 2
                  and name_key(words[-1]) not in known})
    not_entities = state.constraints.not_entity_labels
    for token in state.doc:
        if token.i in covered or token.pos_ != "PROPN" or token.head.pos_ == "PROPN" and (
                token.dep_ in {"compound", "flat"}):
            continue
        if token.ent_type_ in not_entities:
            continue  # "Friday said": a date is never a speaker
        if token.text.islower():
            continue  # "the parish is bordered by …": a common noun the tagger called proper
        if capitalised_common_word(state.doc[token.i : token.i + 1], lower_words):
            continue  # "Rainfall has been …" after "more rainfall"
        if release_furniture_token(token):
            continue  # "TLR" of "(NYSE: TLR)", a wire tag: nobody the article names
        chain = through_hyphen(holder_after_office(with_legal_form(proper_chain(token)),
                                                  titles))
        # a name NER tagged elsewhere is a mention wherever it recurs ("the Liberals’
        # hopes"): pronouns later need it as an antecedent
        if token.dep_ in {"nsubj", "nsubjpass"} or len(chain) >= 2 or (
                name_key(strip_possessive(chain.text)) in known) or stock_of(token, traded):
            # an untagged "Facebook says" takes the type the model gave Facebook elsewhere;
            # an untagged "Boeing shares" is a company
            label = known.get(name_key(strip_possessive(chain.text)), "") or (
                "ORG" if stock_of(token, traded) else "")
            if (given := name_after_title(chain, titles)) is not None:
                # "City School District Superintendent Barbara Deane-Williams", untagged: an
                # office and its holder, a person
                chain, label = state.doc[given : chain.end], "PERSON"
            elif not label and holder_closing_office_phrase(chain, titles):
                label = "PERSON"  # "The Mayor of the Municipality of Buea David Namange"
            spans.append(Span(state.doc, chain.start, chain.end, label=label) if label
                         else chain)
            covered.update(range(chain.start, chain.end))
    spans.sort(key=lambda s: s.start)
    return spans


def alone_on_its_line(span: Span) -> bool:
    """The name is the whole line (a subhead the tagger read as a name, a byline): nothing
    but white space before it back to the line start and after it to the line end."""
    text, start, end = span.doc.text, span.start_char, span.end_char
    line = line_around(text, start, end)
    return line is not None and not text[line[0]:start].strip() and not (
        text[end:line[1]].strip())


BYLINE_SEPARATORS = ("|", ",", "-", "\u2013", "\u2014", "/")


def signs_byline(span: Span) -> bool:
    """``By Ana Ruiz | Apr 22, 2025``: a name opening its line after ``By``, with nothing after
    it on the line or a separator before a date or an outlet, signs the article; it is no
    antecedent for a ``he`` or a description of the story."""
    text, start, end = span.doc.text, span.start_char, span.end_char
    line = line_around(text, start, end)
    if line is None or text[line[0]:start].strip().lower() != "by":
        return False
    rest = text[end:line[1]].strip()
    return not rest or rest.startswith(BYLINE_SEPARATORS)


def passive_agent(span: Span) -> bool:
    """``carried through the airport by E K``: the agent of a passive is its clause's doer."""
    return span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"


def in_order(letters: str, capitals: list[str]) -> bool:
    """Whether ``letters`` start with the first capital and follow the capitals in order."""
    if not capitals or letters[0] != capitals[0]:
        return False
    rest = iter(capitals)
    return all(letter in rest for letter in letters)


OFFICE_REACH = 4  # words from a body's name (past its bracketed acronym) to its holder


def body_of_office_before_holder(span: Span, titles: Titles) -> bool:
    """A name the tagger typed a person, followed (past a bracketed acronym) by a few words
    that end in an office title and then a person's name: ``Bharat Rashtra Samithi (BRS)
    working president KT Rama Rao``. The first name is the body whose office it is."""
    doc = span.doc
    k = span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    for n in range(k, min(k + OFFICE_REACH, len(doc) - 1)):
        if titles.is_title(doc[n].text) and not titles.is_honorific(doc[n].text):
            return doc[n + 1].ent_type_ == "PERSON" and doc[n + 1].ent_iob_ == "B"
        if not (doc[n].is_alpha and doc[n].is_lower and doc[n].dep_ in {"compound", "amod"}):
            return False  # only the office's own modifiers ("working") stand between
    return False


def names_a_place(span: Span, label: str) -> bool:
    """A name the tagger called a place, every proper word of it inside the place it tagged:
    ``CertainTeed Canada`` (only ``Canada`` tagged) is the company's Canadian arm. So is a
    dateline, whatever the tagger called it (``written_as_dateline``)."""
    return label in PLACE_LABELS and all(
        t.ent_type_ in PLACE_LABELS for t in span if t.pos_ == "PROPN") or (
        written_as_dateline(span))


def written_as_dateline(span: Span) -> bool:
    """``JOHANNESBURG - Eskom will …`` opening a line: the place of a dateline
    (``datelines.read_dateline``) is where the story was filed, no body that speaks (the tagger
    often calls it ORG)."""
    doc, text = span.doc, span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[line_start : span.start_char].strip():
        return False
    line_end = text.find("\n", span.start_char)
    found = read_dateline(text, span.start_char, line_end if line_end >= 0 else len(doc.text))
    return found is not None and span.end_char <= found.end  # all of it before the story


def untagged_word(span: Span) -> bool:
    """One word neither the entity recogniser nor the tagger took for a name (``Evertest``
    read as an adverb): only a respelling of someone named can make it one."""
    return len(span) == 1 and not span[0].ent_type_ and span[0].pos_ not in {"PROPN", "NOUN"}


def people_of_body(span: Span, titles: Titles, constraints: Constraints) -> bool:
    """``Monroe Elementary School parents``, ``Harbour Union members``: people named by the
    body they belong to speak as a group, never as the body itself."""
    root = span.root
    return root.tag_ == "NNS" and root.is_lower and root.i == span.end - 1 and head_kind(
        root.lemma_, titles, constraints) == "person"


def plural_noun_opening(span: Span, titles: Titles, constraints: Constraints) -> bool:
    """``Chiefs attending the UBCIC Chiefs Council meeting said``: a plural of a noun for
    people or bodies, capitalised only because it opens the sentence, is a description of
    several, not the body whose name has the word."""
    word = span[0]
    lemma = word.lemma_.lower()
    return len(span) == 1 and word.is_sent_start and word.tag_ == "NNS" and (
        lemma != word.lower_) and head_kind(lemma, titles, constraints) in {
        "person", "organization"}


def placed_branch(state: ArticleState, name: str) -> Entity | None:
    """``Digby, N.S. RCMP`` (a place, then the body apposed to it) after ``N.S. RCMP`` was
    met: the same body, now also named with its place."""
    place, _, body = name.rpartition(",")
    entity = state.entities.find_org(body.strip()) if place.strip() else None
    if entity is not None:
        entity.add_name(name)
    return entity


class NameResolver:
    """Collects the article's named entities and resolves speaker mentions that are names."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.bodies = BodyNames(state)
        self.evidence = NameEvidence(state)
        self.make = EntityMaker(state, self.bodies, self.evidence)

    def collect_entities(self) -> None:
        """Each named mention (``named_spans``: NER names, and proper-noun subjects NER
        missed), in text order, as an event of its entity.

        People are collected first so that ``Lonechild`` (tagged ORG by the model) still joins
        ``Darian Lonechild``.
        """
        traded = self.state.constraints.traded_nouns
        spans = named_spans(self.state, self.bodies)
        person_tokens = [name_tokens(s.text, self.state.titles) for s in spans
                         if (s.label_ in PERSON_LABELS or (
                             not s.label_ and (s.root.dep_ in {"nsubj", "nsubjpass"}
                                               or self.evidence.titled_name(s))
                             and not self.evidence.institution_word(s)))
                         and not self.evidence.body_word_ends(s)]
        introduced: set[int] = set()
        for span in spans:
            entity = self.entity_for_span(span, person_tokens)
            if entity is None:
                continue
            if self.state.quoted[span.start]:
                if entity.kind == "person":
                    self.state.quoted_people.append(MentionEvent(span.start, entity, False))
                continue
            record_descriptors(span, entity, self.state.titles, self.state.constraints,
                               self.state.rules.first_names,
                               self.state.rules.name_giving)
            if entity.kind == "person" and followed_by_which(span) and (
                    fold(span[0].text) not in self.state.rules.first_names):
                entity.kind = "organization"  # "Dairy Crest, which supplies …": no person
            if is_aside(span) and entity.kind == "person" or hyphen_modifier(span) or (
                    alone_on_its_line(span)) or signs_byline(span):
                continue  # "the Kinder Morgan pipeline", a subhead "Curb Spread" or a byline
                # name on a line of its own: no antecedent for he or she
            # a person introduced by full name is in focus wherever the sentence puts them
            subject = span.root.dep_ in {"nsubj", "nsubjpass"} or passive_agent(span) or (
                conjunct_read_as_subject(span.root)) or (
                entity.kind == "person" and entity.number not in introduced and len(span) > 1
            ) or stock_of(span.root, traded) and span.root.head.dep_ in {"nsubj", "nsubjpass"}
            # ("Boeing shares fell": the company is what the sentence is about)
            introduced.add(entity.number)
            self.state.events.append(MentionEvent(span.start, entity, subject))

    def person_before_bracket(self, span: Span) -> Entity | None:
        """``KT Rama Rao (KTR)``: letters in capitals in brackets right after a person's name,
        in the order the name's capitals come, are a short name the article gives the person
        (the tagger may call them a body)."""
        doc = span.doc
        if len(span) != 1 or span.start < 2 or span.end >= len(doc) or not (
                doc[span.start - 1].text == "(" and doc[span.end].text == ")"):
            return None
        letters, before = span.text, doc[span.start - 2]
        if not (len(letters) >= 2 and letters.isalpha() and letters.isupper()) or (
                before.ent_type_ != "PERSON"):
            return None
        name = next((e for e in doc.ents if e.start <= before.i < e.end), None)
        if name is None or not in_order(letters, [c for c in name.text if c.isupper()]):
            return None
        return self.state.entities.find_person(strip_possessive(name.text), name.start)

    def entity_for_span(self, span: Span, person_tokens: list[list[str]]) -> Entity | None:
        text = strip_possessive(span.text)
        ordered = name_tokens(text, self.state.titles)
        tokens = set(ordered)
        evidence = self.evidence
        if not tokens or fold(text) in self.state.rules.nouns or photo_credit(span) or (
                evidence.titles_a_document(span)) or offices_only(span, self.state.titles) or (
                untagged_office(span, self.state.titles)):
            return None
        if span.label_ in PERSON_LABELS and any(
                t.lower_ in {"the", "of", "and", "for", "a"} for t in span):
            return None  # "the Birth of Modern Canada" is a title, not a person
        if span.label_ in ORG_LABELS and owned_by_pronoun(span):
            return None  # "at their Chasm sawmill": a site of the body "their" stands for
        if (person := self.person_before_bracket(span)) is not None:
            person.add_name(text)
            return person  # "KT Rama Rao (KTR)": the short name the article gives him
        if len(span) == 1 and (person := self.state.entities.find_person(text, span.start)) and (
                text in person.names and text.isupper()):
            return person  # "KTR said" after "KT Rama Rao (KTR)"
        if len(ordered) == 1 and (body := self.state.entities.with_short_form(text)):
            return body  # "Tanapa" after "the Tanzania National Parks Authority (Tanapa)"
        if political_group(after_possessor(span)) and not named_persons_surname(
                span, ordered, person_tokens):
            # "Erasmus" tagged NORP after "Rassie Erasmus": a surname in -s, not "the Greens"
            return self.make.group(after_possessor(span))
        if (span.label_ in PERSON_LABELS or not span.label_) and (
                set_in_quotation_marks(span) or (
                self.evidence.legal_form(span)) or self.evidence.body_noun_before(span) or (
                span.label_ and len(span) > 1 and self.evidence.body_acronym(span))):
            # "Adam Smith International" is a company, and so is an untagged
            # "Northfield Dairy, Inc." however the parser hung its words, and "Saskatchewan
            # RCMP" typed a person: a police force's initials end it
            return self.make.org(span)
        if spelled_as_body(text, span.label_) and (" " not in text or span.root.dep_ in {
                "nsubj", "nsubjpass"}):
            return self.make.org(span)  # "TimesLIVE reported", "Channel 12 reports" (not
            # "Route 66" as an object)
        if not span.label_ and any(c.isdigit() for c in text):
            return self.make.untyped(span)  # "the flight AI-805", "Route 66": nobody's name
        if not span.label_ and (span.root.dep_ in {"nsubj", "nsubjpass"} and (
                self.evidence.institution_word(span)) or self.evidence.body_acronym(span)):
            return self.make.org(span)  # "the Bureau was …": a body's short name, no person
        if span.label_ in PERSON_LABELS and body_of_office_before_holder(span, self.state.titles):
            return self.make.org(span)  # "Bharat Rashtra Samithi (BRS) working president KT
            # Rama Rao": the name before an office and its holder is the office's body
        if span.label_ in PERSON_LABELS and not evidence.titled_name(span) and not any(
                len(p) > len(ordered) and same_person_name(ordered, p) for p in person_tokens
        ) and (
                body := body_opening_with(self.state.entities, ordered, self.state.titles)):
            return body  # "North Arrow said" after "North Arrow Minerals", typed a person
        if span.label_ in PERSON_LABELS or followed_by_who(span) or evidence.titled_name(span) or (
            evidence.apposed_to_person_noun(span)) or evidence.office_before_comma(span) or (
            not looks_like_acronym(text) and not (span.label_ in PLACE_LABELS and len(span) == 1)
            and any(same_person_name(ordered, p) for p in person_tokens)
        ) or acting_surname(span, ordered, person_tokens) or (
                span.root.dep_ in {"nsubj", "nsubjpass"} and len(ordered) == 1
                and self.state.entities.respelled_person(text) is not None):
            return self.make.person(span)  # "Ratnayake said" after "Rathnayake", however typed
        if span.label_ in ORG_LABELS and len(ordered) == 1 and (
                person := self.state.entities.with_given_name_and(ordered[0])) is not None:
            person.add_name(text)
            return person  # "Coates hailed …" after "co-coach Troy Coates", both typed bodies
        if span.label_ in ORG_LABELS | PLACE_LABELS:
            return self.make.org(span, place=names_a_place(span, span.label_))
        if span.root.dep_ in {"nsubj", "nsubjpass"}:
            return self.make.person(span)
        return self.make.untyped(span) if len(tokens) > 1 else None

    def known_name(self, span: Span) -> Entity | None:
        """A capitalised mention that matches someone already named (the tagger may call
        ``Sinclair`` a noun). A body's name may take an article (``the CBA`` after ``the
        Canadian Bar Association (CBA)``); a person's never does."""
        if span[0].lower_ == "the" and len(span) > 1 and all(
                t.text[:1].isupper() for t in span[1:]) and not (
                self.state.titles.is_title(span[-1].text)) and not (
                len(span) == 2 and demonym_of_place(span[1], self.state.ents)) and (
                body := self.known_name(span[1:])) is not None and body.kind == "organization":
            return body
        if (body := body_named_by_its_level(self.state, span)) is not None:
            return body  # "the state Department of Health": the Ohio Department of Health
        if (person := person_behind_handle(self.state, span)) is not None:
            return person  # "@SenFitzgerald responds"
        if self.definite_description(span) or not span.text[:1].isupper() or (
                plural_noun_opening(span, self.state.titles, self.state.constraints)):
            return None
        if (body := self.bodies.continued(span)) is not None:
            return body
        _, name_span = split_name(span, self.state.titles)
        if name_span is None or not all(written_capitalised(t) for t in name_span):
            return None
        if span.root.pos_ == "NOUN" and not name_span.start <= span.root.i < name_span.end:
            return None  # "An official with the SPCA" is an official, not the SPCA
        if lead := role_noun_lead(name_span, self.state.titles, self.state.constraints,
                                  self.state.rules.first_names):
            name_span = name_span[lead:]  # "Biologist Lena Moss" is Lena Moss
        name = strip_possessive(name_span.text)
        if fold(name) in self.state.rules.nouns and not surname_of_someone_named(
                self.state, name):
            return None  # ("Brewer said" after "Gov. Jan Brewer": her surname, no brewer)
        entities = self.state.entities
        # ("Mayor KC": a title before it makes the capitals a person's surname, as in
        # "Ramesh KC", not a body's initials)
        written_titles = self.evidence.written_titles(name_span)
        if is_strict_acronym(name) and not written_titles and (
                body := entities.find_org(name)) is not None and body.kind == "organization":
            return body  # "HHS adds": the body it spells, not the "HHS North" zone named later
        entity = entities.find_person(name, span.start, written_titles=written_titles) or (
            entities.find_mistyped_person(name, span.start)) or (
            # "Evertest said" after "Nicole Everest", the misspelling read as an adverb
            entities.find_respelled_person(name) if untagged_word(span) else None)
        if entity is not None:
            if entity.kind == "name":
                entity.kind = "person"
            entity.add_name(name)
            role, _ = split_name(span, self.state.titles)
            entity.set_role(role, from_speech=True)
            return entity
        return self.state.entities.find_org(strip_article(name))

    def is_name(self, span: Span) -> bool:
        root = span.root
        if root.pos_ != "PROPN" and not (root.ent_type_ in NAME_LABELS and root.pos_ != "NOUN"):
            return self.listed_body_name(span)
        if not written_as_name(span):
            return False  # "the foreign ministry" tagged a name: a description all the same
        if self.definite_description(span) or offices_only(span, self.state.titles) or (
                untagged_office(span, self.state.titles)):
            return False  # (a title alone, "Lyonchhen said", is the office's holder; so is
            # "Police Spokesperson said", a body's office in capitals)
        return fold(root.text) not in self.state.rules.nouns

    def definite_description(self, span: Span) -> bool:
        """``the Kentucky Republican``: a description, not a name (no person or body by it)."""
        first = span[0]
        if first.lower_ not in DEFINITE and after_possessor(span).start > span.start:
            return offices_only(span, self.state.titles) or office_of_body(
                span, self.state.titles)  # "Samoa's Director General of Health": an office
        if first.lower_ not in DEFINITE or self.listed_body_name(span):
            return False
        if offices_only(span, self.state.titles) or office_of_body(span, self.state.titles) or (
                office_after_common_words(span, self.state.titles)):
            return True  # "the Premier", "the Secretary of the Council", "the fire service DG"
        if len(span) == 2 and is_strict_acronym(span.root.text):
            return False  # "the WA said" where NER tagged nothing: a body's initials
        if len(span) == 2 and demonym_of_place(span.root, self.state.ents):
            return True  # "the Belizean added", typed a body: a person from Belize
        return span.root.ent_type_ not in PERSON_LABELS | ORG_LABELS | PLACE_LABELS

    def listed_body_name(self, span: Span) -> bool:
        """``the Fish, Food and Allied Workers Union``: the words after the article are
        exactly a body's name that lists words (``state.with_listed_words_before``), though
        the parse made the list's first word, a common noun, the mention's head."""
        listed = self.state.memo.get("listed_bodies")
        if listed is None:  # built once: the sieve asks for every speaker mention
            listed = self.state.memo["listed_bodies"] = {
                (e.start, e.end) for e in self.state.ents
                if e.label_ in ORG_LABELS and any(t.text == "," for t in e)}
        return (span.start + (span[0].lower_ == "the"), span.end) in listed

    def resolve_name(self, span: Span) -> Entity:
        role, name_span = split_name(span, self.state.titles)
        name = strip_possessive(name_span.text) if name_span is not None else span.text
        label = next((e.label_ for e in self.state.ents
                      if e.start < span.end and span.start < e.end), "")
        if label in ORG_LABELS and (body := self.body_ending_in(strip_article(name))):
            return body  # "the Coast Guard" typed a body: the body, before any untyped name
        person = self.state.entities.find_person(
            name, span.start,
            written_titles=self.evidence.written_titles(name_span) if name_span is not None else ())
        if person is not None and not looks_like_acronym(name):
            if person.kind == "name" and role:
                person.kind = "person"  # a title the speaker holds makes the name a person's
            person.set_role(role, from_speech=True)
            return person
        entity = self.state.entities.find_org(strip_article(name)) or placed_branch(
            self.state, name)
        if entity is None and titled_by_office(role, name_span, self.state.titles):
            entity = self.make.person(span, from_speech=True)  # "Budapest Mayor Gergely
            # Karácsony" typed a body: the office before the name makes it a person's
        if entity is None and (label in ORG_LABELS | PLACE_LABELS or looks_like_acronym(name)
                               or (label not in PERSON_LABELS and self.evidence.legal_form(span))
                               or spelled_as_body(name, label)):
            entity = self.make.org(span, place=names_a_place(span, label))
        if entity is None:
            entity = self.make.person(span, from_speech=True) or self.state.entities.new(
                "person", names=[name])
        return entity

    def body_ending_in(self, name: str) -> Entity | None:
        """``the Coast Guard`` after ``the U.S. Coast Guard``: the first body whose name ends
        in these words of two or more, its head (not ``Coast Guard Cutter``, where they only
        modify; nor a person's name NER typed a body)."""
        key = name_key(name)
        if len(key.split()) < 2 or looks_like_acronym(name):
            return None
        return next((e for e in self.state.entities if e.kind == "organization" and any(
            name_key(n) == key or name_key(n).endswith(" " + key) for n in e.names)), None)

    def named_description(self, span: Span) -> Entity:
        """``Cisco System's Talos cybersecurity unit``: a description that is its own name.
        After a possessor, a name in capitals throughout is the body's own: ``the Ministry of
        Interior's General Department of Immigration`` is the department, not the ministry."""
        owned = after_possessor(span)
        if possessed_institution(span, self.state.titles) is not None:
            owned = span  # "the Washington County Attorney's Office": one name throughout
        if owned.start > span.start and all(
                t.text[:1].isupper() or t.lower_ in FUNCTION_WORDS for t in owned):
            span = owned
        text = strip_article(span.text)
        if people_of_body(span, self.state.titles, self.state.constraints):
            return self.make.group(span)
        entity = self.state.entities.find_org(text)
        if entity is None:
            entry = self.state.noun_entry(span.root)
            person = head_kind(span.root.lemma_, self.state.titles,
                               self.state.constraints) == "person" and not (
                body_word_before_general(span, self.state.rules))  # "Reed's girlfriend",
            # not "the Consulate General"
            entity = self.state.entities.new(
                entry.type or ("person" if person else "organization"), described=True)
            entity.add_name(text)
        return entity


HANDLE_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def person_behind_handle(state: ArticleState, span: Span) -> Entity | None:
    """``@SenFitzgerald responds``, ``Republican @GovEvers``: a social-media handle in a
    mention is the person the article named in full whose surname it spells, once the words
    of its title (``Sen``, ``Gov``) are set aside; the handle alone names nobody new."""
    handles = [t.text[1:] for t in span if t.text.startswith("@") and len(t.text) > 2]
    if len(handles) != 1:
        return None
    parts = [p for p in HANDLE_PART.findall(handles[0])
             if not state.titles.is_title(p) and not state.titles.is_title(p + ".")]
    people = [e for e in state.entities
              if e.kind == "person" and surnames_in_full(e) & set(parts)]
    return people[0] if len(people) == 1 else None


def surname_of_someone_named(state: ArticleState, word: str) -> bool:
    """``Brewer``, ``Baker``, ``Mason``: a capitalised word that is also a common noun is a
    name when it ends the full name of a person the article named (``Gov. Jan Brewer``)."""
    return word[:1].isupper() and any(
        e.kind == "person" and word in surnames_in_full(e) for e in state.entities)


def body_named_by_its_level(state: ArticleState, span: Span) -> Entity | None:
    """``the state Department of Health`` after ``the Ohio Department of Health``: a
    lower-case level of government (``level`` in rules/name_words.jsonl) before a capitalised
    body's name stands for the place
    that opens the body's full name. The one body the article named so, else None."""
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if len(words) < 3 or words[0].text not in state.titles.levels or not (
            words[1].text[:1].isupper()):
        return None
    rest = span.doc[words[1].i : words[-1].i + 1].text
    found = {entity.number: entity for entity in state.entities
             if entity.kind == "organization" and not entity.place and not entity.described
             and any(placed_prefix(state, name, rest) for name in entity.names)}
    return next(iter(found.values())) if len(found) == 1 else None


def placed_prefix(state: ArticleState, name: str, rest: str) -> bool:
    """``Ohio Department of Health`` is ``Department of Health`` with a place before it: one
    or two capitalised words (the tagger seldom tags the place inside a body's name)."""
    if not name.endswith(" " + rest):
        return False
    place = name[: -len(rest) - 1].split()
    return 1 <= len(place) <= 2 and all(w[:1].isupper() and w.isalpha() for w in place) and (
        fold(place[0]) != "the")


def owned_by_pronoun(span: Span) -> bool:
    """``their Chasm, 100 Mile House and Chetwynd sawmills``, ``its Toronto plant``: a name
    a possessive pronoun determines is a site or a product of whoever the pronoun stands
    for, no body of its own."""
    owners = [span.root]
    if span.root.dep_ in {"compound", "nmod"} and span.root.head.pos_ in {"NOUN", "PROPN"}:
        owners.append(span.root.head)  # "their Chasm and Chetwynd sawmills"
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.i < span.start
               for owner in owners for c in owner.children)
