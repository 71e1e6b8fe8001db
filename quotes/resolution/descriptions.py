"""Descriptions: ``the company``, ``the minister``, ``the city``, ``officials`` said.

A definite description goes to a compatible named entity the article has in focus (a role
that fits, the body an anaphoric noun points back to, the municipality, the document's
issuer); an indefinite or unmatched one stays as written, an entity of its own that later
pronouns can follow. Anonymous sources (``a source said``) are flagged, never resolved.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Span, Token

from ..model import fold
from ..names import Titles, name_tokens
from ..rules import SpeakerNounRule
from .acronyms import BodyNames
from .appositives import described_by, named_example
from .bodies import Bodies, subject_just_before
from .confidence import doubt
from .constraints import head_kind, listed_person_noun, noun_gender, official_for_participant
from .documents import Documents
from .entities import DEFINITE, FEMALE, MALE, PLURAL, Entity, plausible_person, unnamed
from .epithets import epithet_referent, names_a_body_of_article
from .headline import headline_speaker, titled_in_headline
from .heads import (
    affiliated_by_name,
    head_noun,
    named_body_noun,
    office_of_body_noun,
    role_matches,
)
from .holders import (
    OfficeHolders,
    office_differs,
    office_portfolio_words,
    portfolio_agrees,
    proper_compounds,
    proper_modifiers_agree,
    tense_agrees,
)
from .later_holders import holder_named_in_story, official_named_next
from .links import LinkRecord
from .offices import office_of_body, untagged_office
from .opening import in_first_body_paragraph
from .pronouns import Pronouns
from .state import ArticleState
from .unnamed import (
    body_named_after_lede,
    new_speaker_ahead,
    one_among_many,
    unnamed_lede,
    unnamed_mention_before,
)
from .written import WrittenDescriptions, number_agrees, unnamed_on_purpose

AGE = re.compile(r"\d+-year-old")


def bare_description(span: Span, adjectives: bool = False, nouns: bool = False,
                     bodies: bool = False, skip: Container[int] = ()) -> bool:
    """``the company``, ``the Palestinian group``: no modifier that names a different body.

    For bodies (``bodies=True``) where the body is based and what it makes or sells are
    background too (``business_background``).

    For people (``adjectives=True``) descriptive adjectives are fine too: ``the lanky,
    bespectacled professor``, ``the prime minister``; a noun or phrase attached is not.
    """
    head = head_noun(span)
    background = business_background(span, head) if bodies else set()
    for token in span:
        if token.i in {span.root.i, head.i} or token.dep_ in {"det", "predet", "poss", "case"} or (
                token.is_punct) or token.i in background or token.i in skip:
            continue
        if token.text[:1].isupper() and (token.dep_ == "amod" or token.ent_type_ == "NORP"):
            continue  # nationality: the Palestinian group
        if adjectives and token.dep_ in {"amod", "advmod", "cc", "conj"} and token.pos_ in {
                "ADJ", "ADV", "CCONJ"}:
            continue
        if nouns and token.dep_ == "compound" and token.pos_ == "NOUN" and token.is_lower:
            continue  # "the veteran goalkeeper", "the club captain"
        if adjectives and token.ent_type_ in {"GPE", "NORP"}:
            continue  # "the Kentucky Republican", "the Ontario premier"
        return False
    return True


def business_background(span: Span, head: Token) -> set[int]:
    """``the Plymouth-based maker and retailer of air beds``, ``The Cupertino, California-based
    company``, ``the US automaker``: where a body is based, the other trades it is called by
    and the goods of ``of`` are background a business story gives about the body in focus,
    not a different body."""
    doc = span.doc
    found: set[int] = set()
    for token in span:
        if token.lower_ == "based" and token.dep_ == "amod" and token.i > span.start and (
                doc[token.i - 1].text == "-"):
            start = token.i - 1
            while start - 1 >= span.start and (doc[start - 1].pos_ == "PROPN" or (
                    doc[start - 1].is_punct)):
                start -= 1
            found.update(range(start, token.i + 1))
    for token in span:  # "the US automaker", "the Hong Kong lender": a place it is based in
        if token.ent_type_ in {"GPE", "LOC"} and token.dep_ == "compound" and (
                token.head.i == head.i or doc[token.head.i].ent_type_ in {"GPE", "LOC"}):
            found.add(token.i)
    heads = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    for noun in heads:
        if noun is not head:
            found.add(noun.i)
            found.update(c.i for c in head.children if c.dep_ == "cc")
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.update(t.i for t in child.subtree)
    return {i for i in found if span.start <= i < span.end}


def parent_of_children(head: Token, parent_nouns: frozenset[str]) -> bool:
    """``the father of three``, ``a mother of two``: a parent noun (``parent_nouns``, from
    rules/head_nouns.jsonl) with ``of`` and a number describes the person the story is about;
    it is no role anybody was given."""
    return head.lemma_.lower() in parent_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.like_num or g.pos_ == "NUM" for g in c.children) for c in head.children)


def possessed_by_description(span: Span, head: Token) -> bool:
    """``the company's chief executive``, ``the team's captain``: the possessor is itself a
    definite description (not a name: ``Acme's founder`` is the founder of Acme)."""
    owner = next((t for t in span if t.dep_ == "poss" and t.head.i == head.i), None)
    return owner is not None and owner.pos_ == "NOUN" and span[0].lower_ in DEFINITE and (
        span[0].head.i == owner.i)


def proper_possessor(span: Span, head: Token) -> bool:
    """``Norway's trade minister``, ``the Lions' coach``: a named possessor makes a role one
    particular person, as definite as ``the minister``."""
    owner = next((t for t in span if t.dep_ == "poss" and t.head.i == head.i), None)
    return owner is not None and (owner.pos_ == "PROPN" or owner.ent_type_ in {
        "GPE", "NORP", "ORG", "LOC"})


def someone_elses(span: Span, entity: Entity, titles: Titles,
                  acting_for: Container[str]) -> bool:
    """Hard constraint: ``Capt Ruiz's lawyer``, ``the lawyer representing Capt Ruiz`` is the
    lawyer of a person the description names; one named further on whose role says nothing
    of that person (``Lawyer Tomas Vale, representing one of the accused``) is not known to
    be them."""
    head = head_noun(span)
    related = [t for t in head.children if t.dep_ == "poss"] + [
        o for c in head.children if c.dep_ == "acl" and c.lemma_ in acting_for
        for o in c.children if o.dep_ == "dobj"]
    owner = next((t for t in related if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"), None)
    return owner is not None and entity.kind == "person" and fold(owner.text) not in (
        name_tokens(entity.role or "", titles))


def definite(span: Span) -> bool:
    """``the coach``, ``Norway's minister``, ``the company's chief``: one particular referent."""
    head = head_noun(span)
    return span[0].lower_ in DEFINITE or proper_possessor(span, head) or (
        possessed_by_description(span, head))


def described_before(state: ArticleState, lemma: str, position: int, exclude: frozenset[int],
                     plural: bool = False) -> Entity | None:
    """The most salient entity the article apposed this noun to or predicated it of, of
    the description's number (``the officials`` is never the one official named)."""
    ranked = state.entities.ranked(position, {"person", "organization", "group"})
    found = [e for e in described_by(ranked, lemma) if e.number not in exclude and not (
        e.described) and number_agrees(e, plural) and kind_agrees(state, e, lemma)]
    latest = max(found, key=lambda e: e.last_seen, default=None)
    if latest is not None and 0 <= state.sentence(position) - state.sentence(
            latest.last_seen) <= 1:
        return latest  # "Another resident, Tatenda Moyo, …. The resident said": the one just met
    return found[0] if found else None


def described_ahead(state: ArticleState, lemma: str, position: int) -> Entity | None:
    """Forward reference: nobody described so yet, but the next sentences name someone
    with this noun as role or apposition (``said the coach. Coach Ana Ruiz …``). A lede
    may leave the name to its third sentence when the headline titled the person so
    (``New Brunswick Premier Blaine Higgs …`` over ``The premier of New Brunswick says …``,
    the paragraph repeated, then ``Blaine Higgs delivered …``)."""
    lede = in_first_body_paragraph(state, position)
    reach = state.weights.forward_sentences
    here = state.sentence(position)
    for event in state.events:
        if event.position <= position:
            continue
        distance = state.sentence(event.position) - here
        if distance > max(reach, state.weights.lede_forward_sentences if lede else 0):
            break
        entity = event.entity
        if entity.last_seen >= 0 or not kind_agrees(state, entity, lemma):
            continue
        if distance > reach:
            if titled_in_headline(state, entity, lemma):
                return entity
        elif lemma in entity.descriptors or (
                entity.role and role_matches(entity.role, lemma, state.titles)):
            return entity
    return None


def title_phrase(span: Span, titles: Titles) -> str | None:
    """``the head of state``, ``the head of government``: a description that is, whole, a
    title of several words (rules/titles.jsonl), folded; its holder is found by the title and
    its aliases (``President``)."""
    words = [t.text for t in span if t.lower_ not in DEFINITE]
    phrase = " ".join(words)
    entry = titles.entry(phrase) if len(words) > 2 else None
    return fold(phrase) if entry is not None and entry.kind == "role" else None


def seat_of_a_place(state: ArticleState, span: Span) -> bool:
    """``the Kepong MP``: a seat in an elected body (``member`` in rules/titles.jsonl)
    whose proper words name no body of the article: they name the seat's place."""
    head = head_noun(span)
    return fold(head.text).rstrip(".") in state.titles.member_seats and not (
        names_a_body_of_article(span, state))


class Descriptions(LinkRecord):
    """Resolves descriptions against the entities of one article."""

    def __init__(self, state: ArticleState, pronouns: Pronouns, documents: Documents) -> None:
        self.state = state
        self.pronouns = pronouns
        self.documents = documents
        self.bodies = Bodies(state, pronouns, self)
        self.written = WrittenDescriptions(state)
        self.holders = OfficeHolders(state, self, self.written)
        self.forget_links()

    def resolve(self, span: Span, position: int, flags: list[str],
                exclude: frozenset[int]) -> tuple[Entity | None, str]:
        """``the company`` -> the body the article named; else the description as written,
        also when the one found is not the person the description relates to
        (``someone_elses``)."""
        found, how = self.find(span, position, flags, exclude)
        entry = self.state.noun_entry(head_noun(span))
        # (the owner of a document is its author: "Manion's letter" is Manion's words)
        if found is not None and how != "as written" and not entry.document and someone_elses(
                span, found, self.state.titles, self.state.constraints.acting_for_verbs):
            return self.written.as_written(span, entry, position), "as written"
        return found, how

    def find(self, span: Span, position: int, flags: list[str],
             exclude: frozenset[int]) -> tuple[Entity | None, str]:
        root = head_noun(span)
        entry = self.state.noun_entry(root)
        determiner = next((t.lower_ for t in span if t.dep_ in {"det", "poss"}
                           and t.head.i == root.i), "")
        if not determiner and span[0].dep_ == "det":
            determiner = span[0].lower_  # "the cheerful innkeeper" with "the" hung on the adjective
        if (example := named_example(self.state.events, root)) is not None:
            return example, "described"  # "church leaders like Rev. Ana Ruiz told …"
        if one_among_many(self.state, span, position):
            return self.written.as_written(span, entry, position), "as written"  # "One resident"
        if not determiner and len(span) == 1 and root.tag_ in {"NN", "NNP"} and (
                self.state.titles.entry(root.lemma_.lower()) is not None):
            determiner = "the"  # headlinese "Mayor says …": the mayor
        if not determiner and untagged_office(span, self.state.titles):
            determiner = "the"  # "Police Spokesperson said": an office in capitals, definite
        if possessed_by_description(span, root) or proper_possessor(span, root):
            determiner = "the"  # "the company's chief", "Norway's minister": someone named
        if unnamed_on_purpose(root):
            flags.append("ANONYMOUS_SOURCE")  # "the officer who declined to be named"
            return self.written.as_written(span, entry, position), "as written"
        if withheld_by_adjective(root):
            flags.append("ANONYMOUS_SOURCE")  # "the anonymous resident": nobody named, but
            # perhaps the resident who "chose to remain anonymous" before
            earlier = unnamed_described_before(self.state, root.lemma_.lower(), position) if (
                determiner == "the") else None
            return earlier or self.written.as_written(span, entry, position), "as written"
        if entry.anonymous:
            if entry.office and (holder := self.holders.office_holder_in_focus(span, root, position,
                                                                       exclude)):
                return holder, "described"  # "the official" after "Director Ana Ruiz said"
            if (named := official_named_next(self.state, span)) is not None:
                return named, "description"  # "An official in X says …", named next
            if determiner == "the" and root.tag_ not in {"NNS", "NNPS"} and (
                    source := unnamed_speaker_before(self.state, position)):
                flags.append("ANONYMOUS_SOURCE")
                return source, "as written"  # "A resident, who asked not to be named, said
                # …. The source said": the same unnamed speaker ("the officials" are not)
            flags.append("ANONYMOUS_SOURCE")
            return self.written.as_written(span, entry, position), "as written"
        if (body := body_named_after_lede(self.state, span, position)) is not None:
            return body, "description"  # "a federation said" … "Harbour Police Federation"
        if not determiner and entry.type == "organization" and named_body_noun(span, root):
            # "Appleton police": the one body named before that spells every word, else itself
            found = self.bodies.spelled_by_every_word(span, root, span.end, proper=True) or (
                self.written.body_written_out(span.text))
            if found is not None:
                return found, "described"
            return self.written.as_written(span, entry, position), "as written"
        if not determiner and entry.type == "organization" and (
                placed := self.bodies.body_of_place(span, root)) is not None:
            return placed, "described"  # "police in Chatham-Kent": its police service
        if determiner in MALE | FEMALE and entry.document:
            return self.pronouns.resolve(determiner, position, flags, exclude)
        if (holder := holder_named_in_story(self.state, span, determiner)) is not None:
            return holder, "described"  # "Festival chief executive says …" over the story
        if determiner in DEFINITE or entry.document or (
                determiner in MALE | FEMALE | PLURAL and entry.type == "person") or (
                not determiner and len(span) == 1 and entry.type == "organization") or (
                unnamed_lede(self.state, span, position)):
            # … and "police said": a body noun with no article is as definite
            # "the company", "a statement said", "his father": someone the article named
            self.forget_links()
            found = self.antecedent(span, entry, position, exclude)
            if found is not None and found.kind == "person" and root.tag_ in {"NNS", "NNPS"}:
                found = None  # hard constraint: "the premiers" are never one premier
            if found is not None and found.kind == "organization" and root.tag_ == "NNS" and (
                    root.lemma_.lower() != root.lower_) and not (
                    found.names and fold(found.names[0]).split()[-1] == root.lower_):
                found = None  # nor are "unions" one company ("police" is no plural of a
                # body, and "the Ashby Unions" names itself)
            if found is not None:
                if self.by_focus:
                    flags.append(doubt("focus-only"))
                return found, "described" if self.said_so else "description"
            if self.ambiguous:
                flags.append(doubt("ambiguous-description"))
            elif (holder := holder_named_in_story(self.state, span, determiner, True,
                                                  lede=unnamed_lede(self.state, span, position))):
                flags.append(doubt("focus-only"))
                return holder, "description"  # "The counsel said …", named further on
            elif determiner == "the" and (referent := epithet_referent(
                    self.state, self.pronouns, span, entry, position, exclude)):
                flags.append(doubt("focus-only"))
                return referent, "description"  # "Mr Quinn said … The Labour councillor said"
            elif (speaker := headline_speaker_for_lede(self.state, span, position)) is not None:
                flags.append(doubt("focus-only"))
                return speaker, "description"  # "… says Tibbetts": "the Leader of … said"
        return self.written.as_written(span, entry, position), "as written"

    def antecedent(self, span: Span, entry: SpeakerNounRule, position: int,
                   exclude: frozenset[int]) -> Entity | None:
        """The named person or body a description points back to, if the article named one."""
        root = head_noun(span)
        lemma = root.lemma_.lower()
        if (phrase := title_phrase(span, self.state.titles)) is not None:
            return self.holders.role_holder(span, phrase, position, True)  # "the head of state"
        if entry.document:
            owner = next((c for c in root.children if c.dep_ == "poss" and (
                c.pos_ == "PROPN" or c.tag_ == "PRP$")), None)
            whose = self.documents.speaking(owner, self.pronoun_subject,
                                            self.subject_description)
            if whose is not None and whose.kind == "person":
                return self.said(whose)  # "Manion's letter", "his letter": his (a body's
                # document is found as the body's issue, below)
            if entry.issued and (issuer := self.documents.issuer_in_name(root)):
                return self.said(issuer)  # "an LPO statement", "a UN report"
            if entry.issued and (body := self.documents.body_noun_in_name(root)) and (
                    issuer := self.antecedent(body, self.state.noun_entry(body.root), position,
                                              exclude)) and not issuer.described:
                return issuer  # "a district advisory": the district's, found as it would be
            if channel := self.documents.channel_author(root, self.pronoun_subject,
                                                        self.subject_description):
                return self.said(channel)  # "X confirmed it in a tweet that said": X's
            if owner := self.documents.on_behalf_of(root, self.pronoun_subject,
                                                    self.subject_description):
                return self.said(owner)  # "a press release on her behalf": hers
            if self.documents.judged_or_received(root):
                return None  # "police dismissed media reports claiming …": not the police's
            author = self.documents.author_by_verb(lemma, position, self.pronoun_subject)
            if span[0].lower_ not in DEFINITE:
                # "they tweeted …" then "a tweet last week said": theirs; "Gatsby said …. A
                # statement said": the body that spoke in the sentence before
                reach = self.state.weights.indefinite_document_sentences
                return author or self.documents.recent_speaker(position, reach) or self.focus(
                    self.documents.subject_in_focus(position, reach))
            issuer = self.documents.issuer_named_before(
                lemma, position, kin=self.documents.body_noun_in_name(root) is None)
            if issuer is not None:
                return self.said(issuer)  # "the report" after "a report by the School of …"
            if author is not None:
                return author  # "Ines Varga posted on Facebook" … "the post said"
            if self.documents.read_not_issued(lemma, position):
                return None  # "the cabinet discussed a report … The report said": nobody's
            return self.documents.recent_speaker(position) or self.focus(
                self.documents.subject_in_focus(
                    position, self.state.weights.indefinite_document_sentences)) or self.focus(
                self.documents.only_body_named(
                    position, self.state.weights.indefinite_document_sentences))
        if age := AGE.search(span.text):
            aged = described_by(self.state.entities.ranked(position, {"person"}),
                                age.group(0).lower())
            if aged:
                return self.said(aged[0])  # "Dana Whitfield, 54," … "the 54-year-old said"
            return self.focus(self.pronouns.in_focus(position, exclude))  # "the 26-year-old"
        if parent_of_children(root, self.state.constraints.parent_nouns):
            # "the father of three", "a mother of two": family, not office: whom the text is on
            word = "she" if noun_gender(lemma, self.state.titles, self.state.constraints) == (
                "f") else "he"
            scored = self.pronouns.scores(word, position, exclude)
            return self.focus(scored[0][1]) if scored else None
        plural = root.tag_ in {"NNS", "NNPS"}
        is_definite = definite(span)
        titles = self.state.titles
        if is_definite and (described := described_before(
                self.state, lemma, position, exclude, plural)) and (
                agreement := proper_modifiers_agree(span, described, titles)) and (
                not described.role or tense_agrees(span, described.role, titles)):
            if agreement < 2 and (holder := self.holders.role_holder(
                    span, lemma, position, False)) is not None and holder is not described and (
                    proper_modifiers_agree(span, holder, titles) == 2):
                return holder  # "the Piti mayor": Piti Mayor X, not a former mayor of Yona
            if described.kind == "organization" and (acting := subject_just_before(
                    self.state, lemma, position, exclude, described)) is not None:
                return self.focus(acting)  # "While Canfor is closing …. The company says"
            return self.said(described)  # "Ruiz, the club's goalkeeper" … "the veteran goalkeeper"
        ahead_too = is_definite or unnamed_lede(self.state, span, position)
        if ahead_too and (ahead := described_ahead(self.state, lemma, position)) and (
                portfolio_agrees(span, ahead, titles) and number_agrees(ahead, plural)):
            earlier = self.holders.role_holder(span, lemma, position, False)
            if earlier is not None and self.within_focus(earlier, position):
                return earlier  # the minister named before, not the next paragraph's
            return self.said(ahead)  # "the goalkeeper said …" then "Goalkeeper Marta Quill added"
        if is_definite and (top := self.holders.head_of_body(span, root, position, exclude)):
            return self.said(top)  # "the head of GWA" … "GWA general manager Ana Cruz"
        if not entry:
            return self.open_head(span, lemma, position, exclude)
        if entry.municipal and bare_description(span):
            return self.bodies.municipality(lemma, position, entry.regional)
        if entry.type == "organization" or root.lower_ in self.state.org_nouns:
            if is_definite and (spelled := self.bodies_spelled_out(span, root)):
                return spelled  # "the NT government": the Northern Territory government
            if not bare_description(span, bodies=True):
                return self.bodies.modified_body(span, head_noun(span), lemma, position, exclude)
            return self.bodies.spelled_by_every_word(span, root, position) or (
                self.bodies.body_in_focus(lemma, position, exclude, anaphoric=entry.anaphoric,
                                          origins=place_words_of(span)))
        if holder := self.holders.role_holder(span, lemma, position, ahead_too):
            return holder
        title = self.state.titles.entry(root.text)
        titled = (title is not None and title.kind == "role") or entry.office
        portfolio = office_portfolio_words(span, root)
        if titled and is_definite and bare_description(span, adjectives=True, skip=portfolio):
            # "the prime minister", "the lanky professor", "the MP for Abetifi" (not "a
            # spokesperson": somebody new, whoever the story was just about)
            if unnamed_mention_before(self.state, span) and (
                    earlier := unnamed_described_before(self.state, lemma, position)):
                return self.focus(earlier)  # "A spokesperson with police said …. The
                # spokesperson said", whoever reported in between
            focus = self.pronouns.in_focus(position, exclude)
            if focus is not None and not kind_agrees(self.state, focus, root.lemma_.lower()):
                return None  # "Speaking on Liberty TV, the minister …": a station holds no office
            if focus is not None and not portfolio_agrees(span, focus, self.state.titles):
                return None  # "the Minister of Health" is not the Finance Minister in focus
            if focus is not None and focus.role and office_differs(span, root, focus.role,
                                                                   self.state.titles):
                return None  # "the president" is not the senator the article is about
            return self.focus(focus)
        return None

    def bodies_spelled_out(self, span: Span, root: Token) -> Entity | None:
        """``the NT government``: the body whose name the acronym abbreviates, as written
        out before the same noun elsewhere in the article (``acronyms.BodyNames``)."""
        return self.said(BodyNames(self.state).spelled_out_description(span, root))

    def pronoun_subject(self, token: Token) -> Entity | None:
        """Who a pronoun subject earlier in the article is, if the pronoun pass is sure."""
        entity, how = self.pronouns.resolve(token.lower_, token.i, [], frozenset())
        return entity if how == "pronoun" else None

    def subject_description(self, span: Span) -> Entity | None:
        """Who a description subject earlier in the article is (``The ministry announced the
        ban in a statement``), else the description as written (``Police``)."""
        return self.resolve(span, span.start, [], frozenset())[0]

    def open_head(self, span: Span, lemma: str, position: int,
                  exclude: frozenset[int]) -> Entity | None:
        """A head noun no rules file lists (``the innkeeper``, ``the utility``): its kind from
        its form (``constraints.head_kind``), then the compatible entity in focus."""
        constraints = self.state.constraints
        kind = head_kind(lemma, self.state.titles, constraints)
        if kind is None and head_noun(span).ent_type_ == "NORP":
            kind = "person"  # "the Spaniard", "the American": a demonym as head is a person
        if head_noun(span).tag_ in {"NNS", "NNPS"}:
            return None  # "the tribal members", "the firms": several, none of them one named
        if kind == "organization" and definite(span) and (
                spelled := self.bodies_spelled_out(span, head_noun(span))):
            return spelled
        if kind == "organization" and not bare_description(span, bodies=True):
            return self.bodies.modified_body(span, head_noun(span), lemma, position, exclude)
        if kind == "organization":
            return self.bodies.spelled_by_every_word(span, head_noun(span), position) or (
                self.bodies.body_in_focus(lemma, position, exclude, anaphoric=True, recent=True,
                                          origins=place_words_of(span)))
        if kind is None and definite(span) and bare_description(span):
            return self.bodies.body_named_by(lemma, position, exclude)  # "the command"
        proper = proper_compounds(span, self.state.titles) if kind == "person" else []
        seat: set[int] = set()
        if proper and bare_description(span, adjectives=True, nouns=True,
                                       skip={t.i for t in proper}):
            holder = self.holders.holder_for_body(span, lemma, position)  # "the CBL governor"
            if holder is None and (definite(span) or unnamed_lede(self.state, span, position)):
                # "An NHS chief …", "…, the TPWWC deputy head said": named in the next sentence
                holder = new_speaker_ahead(self.state, span, position)
            if holder is not None or not seat_of_a_place(self.state, span):
                return holder
            seat = {t.i for t in proper}  # "the Kepong MP": a seat's place, no body's name
        portfolio = office_portfolio_words(span, head_noun(span)) | seat  # "the MP for Abetifi"
        if kind == "person" and definite(span) and office_of_body(span, self.state.titles):
            # "the chairman of Harbour Link said …. Peter Tomlin said": the body's office holder
            return self.holders.role_holder(span, lemma, position, True)
        if kind != "person" or not bare_description(span, adjectives=True, nouns=True,
                                                    skip=portfolio):
            return None
        if unnamed_mention_before(self.state, span):
            # "Police arrested a man …. The man told officers": not the officer; but "A coroner
            # has postponed …", then "coroner Ms Tanner": the one the article gave the role
            return self.holders.role_holder(span, lemma, position, False)
        if holder := self.holders.role_holder(span, lemma, position, definite(span) or (
                unnamed_lede(self.state, span, position))):
            return holder
        gender = noun_gender(lemma, self.state.titles, constraints)
        words = ("he", "she") if gender is None else ("he" if gender == "m" else "she",)
        scored = sorted((item for word in words
                         for item in self.pronouns.scores(word, position, exclude)),
                        key=lambda item: item[0])
        # (the last speaker too: a long quotation of theirs can outrun the pronoun window)
        floor = [self.pronouns.last_fitting_speaker(word, position, exclude) for word in words]
        bodied = office_of_body_noun(span, self.state.org_nouns)
        candidates: list[Entity] = []
        for entity in [e for _, e in scored] + [e for e in floor if e is not None]:
            if plausible_person(entity) and not entity.described and self.within_focus(
                    entity, position) and not any(e is entity for e in candidates) and not (
                    other_office_of_body(self.state, span, entity)) and not (
                    official_for_participant(lemma, entity, self.state.titles, constraints)
                    or bodied and not (entity.role or entity.descriptors)
                    and affiliated_by_name(self.state, entity)):
                candidates.append(entity)
        holder = next((c for c in candidates if has_floor(self.state, c, floor, position)),
                      None)  # (even when a name inside their statement is more recent)
        if holder is not None:
            return self.focus(holder)  # "Felix said … “…,” said the law student"
        if not candidates or self.rivals(candidates[0], candidates[1:], position):
            return None  # "Owen Tarrant met Lena Moss …": which one keeps the inn?
        return self.focus(candidates[0])


WITHHELD_ADJECTIVES = frozenset({"anonymous", "unnamed", "unidentified"})


def withheld_by_adjective(root: Token) -> bool:
    """``the anonymous resident``, ``an unnamed official``: an adjective on the head says
    the speaker is withheld, so no named person of the article is them (a hard constraint)."""
    return any(c.dep_ == "amod" and c.lower_ in WITHHELD_ADJECTIVES for c in root.children)


def unnamed_described_before(state: ArticleState, lemma: str, position: int) -> Entity | None:
    """The person last met before ``position`` whom the article only described, with this
    noun in the description (``A spokesperson with Columbus police``)."""
    found = [e for e in state.entities if e.kind == "person" and unnamed(e)
             and 0 <= e.last_seen < position
             and any(lemma in fold(name).split() for name in e.names)]
    return max(found, key=lambda e: e.last_seen, default=None)


def unnamed_speaker_before(state: ArticleState, position: int) -> Entity | None:
    """The person who spoke last before ``position``, within a description's reach, when the
    article never named them (``A Sagaing administrator, who asked for anonymity, said``):
    whom ``the source said`` goes on with."""
    spoken = [e for e in state.entities if 0 <= e.last_spoke < position]
    last = max(spoken, key=lambda e: e.last_spoke, default=None)
    if last is None or last.kind != "person" or not unnamed(last):
        return None
    back = state.sentence(position) - state.sentence(last.last_spoke)
    return last if back <= state.weights.description_focus_sentences else None


def anaphoric_description(state: ArticleState, token: Token) -> bool:
    """``the mayor``, ``the company`` as a subject: they point back to someone named; so
    does a title in capitals the tagger made a proper noun (``The Mayor made this call``)."""
    if not (token.pos_ == "NOUN" or capitalised_title(state, token)) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    entry = state.noun_entry(token)
    return bool(entry.office or entry.anaphoric)


def capitalised_title(state: ArticleState, token: Token) -> bool:
    """``The Mayor``, ``The Minister``: a role's title alone, written in capitals and tagged
    a proper noun, with no name compounded on it."""
    entry = state.titles.entry(token.text)
    return token.pos_ == "PROPN" and entry is not None and entry.kind == "role" and not any(
        c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN" for c in token.children)


def headline_speaker_for_lede(state: ArticleState, span: Span,
                              position: int) -> Entity | None:
    """``Bridger must go says Tibbetts`` over ``the Leader of Government Business said …``: a
    definite description of a person speaking in the lede is the speaker the headline names,
    if the story names that person and gives them no other office."""
    head = head_noun(span)
    if head_kind(head.lemma_.lower(), state.titles, state.constraints) != "person" or (
            not in_first_body_paragraph(state, position)) or head.tag_ in {"NNS", "NNPS"}:
        return None
    speaker = headline_speaker(state)
    if speaker is None or speaker.role and office_differs(span, head, speaker.role,
                                                          state.titles):
        return None
    return speaker


def place_words_of(span: Span) -> frozenset[str]:
    """The nationality and place words of a description (``the Palestinian group``)."""
    return frozenset(t.lower_ for t in span if t.ent_type_ in {"NORP", "GPE"})


def kind_agrees(state: ArticleState, entity: Entity, lemma: str) -> bool:
    """Hard constraint: a person noun (``the spokeswoman``) never names a body or a place,
    a body noun (``the group``) never a person, whatever the apposition said. Only a listed
    noun (``speaker_nouns.jsonl`` types ``committee`` a body) or title decides: an ending
    is a guess the article's own apposition outweighs (``Northfield Power, the region's
    biggest employer``)."""
    constraints = state.constraints
    listed = state.rules.nouns.get(lemma)
    if lemma in constraints.body_nouns or (listed is not None and
                                           listed.type == "organization"):
        return entity.kind in {"organization", "group"}
    if listed_person_noun(lemma, state.titles, constraints):
        return entity.kind == "person" and not entity.place
    return True


def other_office_of_body(state: ArticleState, span: Span, entity: Entity) -> bool:
    """Hard constraint: ``the city's chief financial officer`` is an office of a body, not
    the councillor in focus who holds another (a person may hold a second title of no
    body: the union chairman may be ``the law student``)."""
    return bool(entity.role) and any(t.dep_ == "poss" for t in span) and office_differs(
        span, head_noun(span), entity.role, state.titles)


def has_floor(state: ArticleState, entity: Entity, floor: list[Entity | None],
              position: int) -> bool:
    """The candidate spoke last, in the sentence just before (narrated sentences): as a
    speaker keeps the floor for ``he said``, a description of the right kind continues
    them, whoever else was named on the way."""
    return any(entity is e for e in floor) and state.spoke_just_before(entity, position)
