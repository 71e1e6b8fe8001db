"""Descriptions: ``the company``, ``the minister``, ``the city``, ``officials`` said.

A definite description goes to a compatible named entity the article has in focus (a role
that fits, the body an anaphoric noun points back to, the municipality, the document's
issuer); an indefinite or unmatched one stays as written, an entity of its own that later
pronouns can follow. Anonymous sources (``a source said``) are flagged, never resolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from ..attribution.mentions import QUANTIFIER_SPEAKERS
from ..model import fold, name_key
from ..names import Titles
from ..rules import SpeakerNounRule
from .acronyms import BodyNames
from .appositives import described_by
from .bodies import Bodies, fuller_form_before
from .confidence import doubt
from .constraints import head_kind, listed_person_noun, noun_gender
from .documents import Documents
from .entities import DEFINITE, FEMALE, MALE, PLURAL, Entity, plausible_person
from .heads import head_noun, role_matches
from .pronouns import Pronouns
from .spans import strip_article
from .state import ArticleState
from .unnamed import new_speaker_ahead, unnamed_lede, unnamed_mention_before

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


def office_portfolio_words(span: Span, head: Token) -> set[int]:
    """``the MP for Abetifi``, ``the Minister of Information and Civic Education``: the words
    of an office's ``of``/``for`` phrase of capitalised words that ends the description (the
    office's seat or portfolio, no other body's description)."""
    doc = span.doc
    preposition = head.i + 1
    if preposition >= span.end or doc[preposition].lower_ not in {"of", "for"} or not (
            head.text[:1].isupper()):
        return set()
    words = range(preposition, span.end)
    if any(not doc[i].text[:1].isupper() and doc[i].lower_ not in {"of", "for", "and", "&",
                                                                    "the"} for i in words):
        return set()
    return set(words)


def portfolio_agrees(span: Span, entity: Entity, titles: Titles) -> bool:
    """``the Minister of Health`` is not ``Finance Minister Ama Boateng``: the capitalised
    words of the office's portfolio or seat must not contradict the body the candidate's role
    names (``proper_words_agree``)."""
    words = {fold(span.doc[i].text) for i in office_portfolio_words(span, head_noun(span))
             if span.doc[i].is_title}
    return proper_words_agree(words, entity, titles) > 0


FORMER = frozenset({"former", "ex", "onetime", "erstwhile"})


def proper_compounds(span: Span) -> list[Token]:
    """``CBL`` of ``the CBL governor``: proper nouns compounded onto the head, naming whose
    role the head is; none in a role held before (``the former Hanover coach``)."""
    head = head_noun(span)
    if any(t.lower_ in FORMER for t in span):
        return []
    return [t for t in span if t.dep_ in {"compound", "amod"} and t.pos_ == "PROPN" and (
        t.head.i == head.i) and t.text[:1].isupper()]


def proper_modifiers_agree(span: Span, entity: Entity, titles: Titles) -> int:
    """Whether the proper nouns compounded onto the head (``the LTA chief``) fit a candidate:
    2 when its role or name has them, 1 when its role names no body to contradict them
    (``president and chief executive``), 0 when it names another (``the Google chief
    executive`` is not ``Apple chief executive Tim Cook``)."""
    return proper_words_agree({fold(t.text) for t in proper_compounds(span)}, entity, titles)


def proper_words_agree(proper: set[str], entity: Entity, titles: Titles) -> int:
    """``proper_modifiers_agree`` for any set of folded proper words naming a body."""
    if not proper:
        return 1
    words = re.findall(r"\w+", entity.role or "")
    bodies = [w for w in words if w[:1].isupper() and not titles.is_title(w)]
    initials = fold("".join(w[0] for w in bodies))  # "LTA" of "the Lorvia Tourism Authority"
    if all(p in {fold(w) for w in [*words, *" ".join(entity.names).split()]} or (
            len(p) > 1 and p in initials) for p in proper):
        return 2
    return 0 if bodies else 1


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


def definite(span: Span) -> bool:
    """``the coach``, ``Norway's minister``, ``the company's chief``: one particular referent."""
    head = head_noun(span)
    return span[0].lower_ in DEFINITE or proper_possessor(span, head) or (
        possessed_by_description(span, head))


def role_modifiers_agree(span: Span, role: str) -> bool:
    """``the trade minister`` is not ``Finance Minister Ada Holm``, nor ``the Google chief
    executive`` Apple's: a noun that narrows the description's role (a compound, common or
    proper) must be in the candidate's role if that role is narrowed by other words.
    Adjectives (``the embattled minister``) narrow nothing."""
    head = head_noun(span)
    narrowing = {fold(t.text) for t in span if t.i < head.i and t.dep_ == "compound"
                 and t.pos_ == "NOUN"}
    role_words = set(re.findall(r"\w+", fold(role)))
    others = role_words - {fold(head.text), fold(head.lemma_)}
    return not narrowing or not others or bool(narrowing & role_words)


ROLE_WORD = re.compile(r"[\w-]+")


def title_phrase_agrees(span: Span, role: str, titles: Titles) -> bool:
    """``the prime minister`` is not ``former Health Minister Duane Sands``: when the words
    ending in the head are a title of several words (rules/titles.jsonl), the candidate's
    role holds that title or another name of the same office (``Premier``), however the
    tagger read its first word (``prime`` is often a proper noun or an adjective)."""
    head = head_noun(span)
    words = [t.text for t in span if t.i <= head.i and t.dep_ not in {"det", "poss", "case"}]
    folded_role = " " + " ".join(ROLE_WORD.findall(fold(role))) + " "
    for size in (3, 2):
        phrase = " ".join(words[-size:])
        if len(words) >= size and titles.is_title(phrase):
            return any(f" {title} " in folded_role for title in titles.same_office(phrase))
    return True


def number_agrees(entity: Entity, plural: bool) -> bool:
    """A plural description is a group, never one person; a singular one never a group."""
    return entity.kind == "organization" or (entity.kind == "group") == plural


class Descriptions:
    """Resolves descriptions against the entities of one article."""

    def __init__(self, state: ArticleState, pronouns: Pronouns, documents: Documents) -> None:
        self.state = state
        self.pronouns = pronouns
        self.documents = documents
        self.bodies = Bodies(state, pronouns, self)
        self.by_focus = False  # the last antecedent was only the entity in focus
        self.said_so = False  # the article said what the last antecedent is (role, apposition)
        self.ambiguous = False  # two candidates fitted the last description as well

    def anaphoric_description(self, token: Token) -> bool:
        """``the mayor``, ``the company`` as a subject: they point back to someone named."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                            for c in token.children):
            return False
        entry = self.state.noun_entry(token)
        return bool(entry.office or entry.anaphoric)

    def resolve(self, span: Span, position: int, flags: list[str],
                exclude: frozenset[int]) -> tuple[Entity | None, str]:
        """``the company`` -> the body the article named; else the description as written."""
        root = head_noun(span)
        entry = self.state.noun_entry(root)
        determiner = next((t.lower_ for t in span if t.dep_ in {"det", "poss"}
                           and t.head.i == root.i), "")
        if not determiner and span[0].dep_ == "det":
            determiner = span[0].lower_  # "the cheerful innkeeper" with "the" hung on the adjective
        if possessed_by_description(span, root) or proper_possessor(span, root):
            determiner = "the"  # "the company's chief", "Norway's minister": someone named
        if entry.anonymous:
            if entry.office and (holder := self.office_holder_in_focus(span, root, position,
                                                                       exclude)):
                return holder, "described"  # "the official" after "Director Ana Ruiz said"
            flags.append("ANONYMOUS_SOURCE")
            return self.as_written(span, entry, position), "as written"
        if determiner in MALE | FEMALE and entry.document:
            return self.pronouns.resolve(determiner, position, flags, exclude)
        if determiner in DEFINITE or entry.document or (
                determiner in MALE | FEMALE | PLURAL and entry.type == "person") or (
                not determiner and len(span) == 1 and entry.type == "organization") or (
                unnamed_lede(self.state, span, position)):
            # … and "police said": a body noun with no article is as definite
            # "the company", "a statement said", "his father": someone the article named
            self.by_focus = self.said_so = self.ambiguous = False
            found = self.antecedent(span, entry, position, exclude)
            if found is not None:
                if self.by_focus:
                    flags.append(doubt("focus-only"))
                return found, "described" if self.said_so else "description"
            if self.ambiguous:
                flags.append(doubt("ambiguous-description"))
        return self.as_written(span, entry, position), "as written"

    def antecedent(self, span: Span, entry: SpeakerNounRule, position: int,
                   exclude: frozenset[int]) -> Entity | None:
        """The named person or body a description points back to, if the article named one."""
        root = head_noun(span)
        lemma = root.lemma_.lower()
        if entry.document:
            if entry.issued and (issuer := self.documents.issuer_in_name(root)):
                return self.said(issuer)  # "an LPO statement", "a UN report"
            if channel := self.documents.channel_author(root, self.pronoun_subject,
                                                        self.subject_description):
                return self.said(channel)  # "X confirmed it in a tweet that said": X's
            author = self.documents.author_by_verb(lemma, position, self.pronoun_subject)
            if span[0].lower_ not in DEFINITE:
                # "they tweeted …" then "a tweet last week said": theirs; "Gatsby said …. A
                # statement said": the body that spoke in the sentence before
                reach = self.state.weights.indefinite_document_sentences
                return author or self.documents.recent_speaker(position, reach) or self.focus(
                    self.documents.subject_in_focus(position, reach))
            issuer = self.documents.issuer_named_before(lemma, position)
            if issuer is not None:
                return self.said(issuer)  # "the report" after "a report by the School of …"
            if author is not None:
                return author  # "Ines Varga posted on Facebook" … "the post said"
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
        if is_definite and (described := self.described_before(
                lemma, position, exclude, plural)) and proper_modifiers_agree(
                    span, described, self.state.titles):
            return self.said(described)  # "Ruiz, the club's goalkeeper" … "the veteran goalkeeper"
        ahead_too = is_definite or unnamed_lede(self.state, span, position)
        if ahead_too and (ahead := self.described_ahead(lemma, position)):
            return self.said(ahead)  # "the goalkeeper said …" then "Goalkeeper Marta Quill added"
        if is_definite and (top := self.head_of_body(span, root, position, exclude)):
            return self.said(top)  # "the head of GWA" … "GWA general manager Ana Cruz"
        if not entry:
            return self.open_head(span, lemma, position, exclude)
        if entry.municipal and bare_description(span):
            return self.bodies.municipality(lemma, position)
        if entry.type == "organization" or root.lower_ in self.state.org_nouns:
            if is_definite and (spelled := self.bodies_spelled_out(span, root)):
                return spelled  # "the NT government": the Northern Territory government
            if not bare_description(span, bodies=True):
                return self.bodies.modified_body(span, head_noun(span), lemma, position, exclude)
            return self.bodies.spelled_by_every_word(span, root, position) or (
                self.bodies.body_in_focus(lemma, position, exclude, anaphoric=entry.anaphoric,
                                          origins=place_words_of(span)))
        if holder := self.role_holder(span, lemma, position, ahead_too):
            return holder
        title = self.state.titles.entry(root.text)
        titled = (title is not None and title.kind == "role") or entry.office
        portfolio = office_portfolio_words(span, root)
        if titled and bare_description(span, adjectives=True, skip=portfolio):
            # "the prime minister", "the lanky professor", "the MP for Abetifi"
            focus = self.pronouns.in_focus(position, exclude)
            if focus is not None and not self.kind_agrees(focus, root.lemma_.lower()):
                return None  # "Speaking on Liberty TV, the minister …": a station holds no office
            if focus is not None and not portfolio_agrees(span, focus, self.state.titles):
                return None  # "the Minister of Health" is not the Finance Minister in focus
            if focus is not None and focus.role and self.state.titles.entry(root.text) and (
                    self.state.titles.entry(focus.role.split()[-1])) and not role_matches(
                    focus.role, root.lemma_.lower(), self.state.titles):
                return None  # "the president" is not the senator the article is about
            return self.focus(focus)
        return None

    def role_holder(self, span: Span, lemma: str, position: int,
                    is_definite: bool) -> Entity | None:
        """The person the article gave this role (``Trade Minister Ada Holm`` for ``the trade
        minister``), else, for a definite description or an indefinite one opening a lede
        (``unnamed_lede``), the person the lede names next."""
        persons = self.state.entities.ranked(position, {"person"})
        for titles in (None, self.state.titles):  # the title as written first, then its aliases
            with_role = [e for e in persons if e.role and role_matches(e.role, lemma, titles)
                         and role_modifiers_agree(span, e.role)
                         and title_phrase_agrees(span, e.role, self.state.titles)
                         and portfolio_agrees(span, e, self.state.titles)
                         and proper_modifiers_agree(span, e, self.state.titles)]
            if with_role:
                return self.said(with_role[0])
        if is_definite:
            return new_speaker_ahead(self.state, span, position)  # "Norway's minister …"
        return None

    def office_holder_in_focus(self, span: Span, root: Token, position: int,
                               exclude: frozenset[int]) -> Entity | None:
        """``the official``, ``the Ministry official``: a noun that names anyone in office
        points back, when definite and singular, to the person in focus the article gave an
        office (a role that fits the noun's modifiers; one naming the body its proper
        modifiers name, if it has any), unless it repeats an unnamed ``a senior official``
        the article quoted before (kept as written). Indefinite and plural ones stay
        anonymous sources."""
        if span[0].lower_ != "the" or root.tag_ not in {"NN", "NNP"} or (
                self.repeated_description(root.lemma_.lower(), False, position)):
            return None
        titles = self.state.titles
        fits = [(proper_modifiers_agree(span, e, titles), n, e) for n, e in enumerate(
            self.state.entities.ranked(position, {"person"})) if e.role and not e.described
            and e.number not in exclude and self.within_focus(e, position)
            and role_modifiers_agree(span, e.role) and title_phrase_agrees(span, e.role, titles)]
        best = max(fits, key=lambda item: (item[0], -item[1]), default=None)
        needed = 2 if proper_compounds(span) else 1  # "the Ministry official": its role says so
        return self.said(best[2]) if best is not None and best[0] >= needed else None

    def head_of_body(self, span: Span, root: Token, position: int,
                     exclude: frozenset[int]) -> Entity | None:
        """``the head of GWA``, ``the bureau's director``: an office of a body the description
        names (in capitals, or by a body noun as owner or ``of`` object) is the person nearby,
        before or just after, whose role is that office, or for a top-office noun (``heads``
        in rules/titles.jsonl) any top office, naming that body (``GWA general manager Ana
        Cruz``, ``Ana Ruiz, director of the Bureau of Veterans' Services``); never a deputy's.
        Both the body and the office must be in the role, so this reaches further ahead than
        a bare description may."""
        titles = self.state.titles
        entry = titles.entry(root.text)
        if entry is None or entry.kind != "role":
            return None
        body = body_words(span, root, titles, lambda word: head_kind(
            word, titles, self.state.constraints) == "organization")
        if not body:
            return None
        lemma = root.lemma_.lower()
        for entity in self.persons_around(position):
            if entity.number in exclude or not entity.role:
                continue
            if second_in_command(entity.role) and not any(
                    t.lower_ in SECOND_IN_COMMAND for t in span):
                continue  # "the bureau's director" is no deputy director
            office = role_matches(entity.role, lemma, titles) or (
                entry.heads and top_office(entity.role, titles))
            if office and proper_words_agree(body, entity, titles) == 2:
                return entity
        return None

    def persons_around(self, position: int) -> list[Entity]:
        """The people named within ``description_focus_sentences`` of ``position``: those
        before it, latest first, then those after it, nearest first."""
        reach = self.state.weights.description_focus_sentences
        here = self.state.sentence(position)
        before: list[Entity] = []
        after: list[Entity] = []
        for event in self.state.events:
            distance = self.state.sentence(event.position) - here
            if event.entity.kind != "person" or abs(distance) > reach:
                continue
            side = before if event.position < position else after
            if event.entity in side:
                side.remove(event.entity)
            side.append(event.entity)
        return [*reversed(before), *[e for e in after if e not in before]]

    def holder_for_body(self, span: Span, lemma: str, position: int) -> Entity | None:
        """``the CBL governor`` after ``Central Bank of Lorvia (CBL) Governor Mwila Tembo``:
        the person with this title whose role names that body, else one whose role names no
        other body; never the governor of another bank."""
        titles = self.state.titles
        fits = [(proper_modifiers_agree(span, e, titles), n, e) for n, e in enumerate(
            self.state.entities.ranked(position, {"person"})) if e.role and role_matches(
                e.role, lemma)]
        best = max(fits, key=lambda item: (item[0], -item[1]), default=None)
        return self.said(best[2]) if best is not None and best[0] > 0 else None

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

    def described_before(self, lemma: str, position: int, exclude: frozenset[int],
                         plural: bool = False) -> Entity | None:
        """The most salient entity the article apposed this noun to or predicated it of, of
        the description's number (``the officials`` is never the one official named)."""
        ranked = self.state.entities.ranked(position, {"person", "organization", "group"})
        found = [e for e in described_by(ranked, lemma) if e.number not in exclude
                 and not e.described and number_agrees(e, plural) and self.kind_agrees(e, lemma)]
        return found[0] if found else None

    def repeated_description(self, lemma: str, plural: bool, position: int) -> Entity | None:
        """``two administration officials said …`` … ``the officials said``: a definite
        description repeating the head of one the article kept as written is that one
        (the head-match pass of the deterministic sieve), if the number agrees."""
        ranked = self.state.entities.ranked(position, {"person", "organization", "group",
                                                       "unknown"})
        found = [e for e in described_by(ranked, lemma) if e.described
                 and number_agrees(e, plural)]
        return found[0] if found else None

    def described_ahead(self, lemma: str, position: int) -> Entity | None:
        """Forward reference: nobody described so yet, but the next sentences name someone
        with this noun as role or apposition (``said the coach. Coach Ana Ruiz …``)."""
        reach = self.state.weights.forward_sentences
        here = self.state.sentence(position)
        for event in self.state.events:
            if event.position <= position:
                continue
            if self.state.sentence(event.position) - here > reach:
                break
            entity = event.entity
            if entity.last_seen < 0 and self.kind_agrees(entity, lemma) and (
                    lemma in entity.descriptors or (
                    entity.role and role_matches(entity.role, lemma, self.state.titles))):
                return entity
        return None

    def kind_agrees(self, entity: Entity, lemma: str) -> bool:
        """Hard constraint: a person noun (``the spokeswoman``) never names a body or a place,
        a body noun (``the group``) never a person, whatever the apposition said. Only a listed
        noun (``speaker_nouns.jsonl`` types ``committee`` a body) or title decides: an ending
        is a guess the article's own apposition outweighs (``Northfield Power, the region's
        biggest employer``)."""
        constraints = self.state.constraints
        listed = self.state.rules.nouns.get(lemma)
        if lemma in constraints.body_nouns or (listed is not None and
                                               listed.type == "organization"):
            return entity.kind in {"organization", "group"}
        if listed_person_noun(lemma, self.state.titles, constraints):
            return entity.kind == "person" and not entity.place
        return True

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
        if kind == "person" and (proper := proper_compounds(span)) and bare_description(
                span, adjectives=True, nouns=True, skip={t.i for t in proper}):
            return self.holder_for_body(span, lemma, position)  # "the CBL governor"
        portfolio = office_portfolio_words(span, head_noun(span))  # "the MP for Abetifi"
        if kind != "person" or not bare_description(span, adjectives=True, nouns=True,
                                                    skip=portfolio):
            return None
        if unnamed_mention_before(self.state, span):
            return None  # "Police arrested a man …. The man told officers": not the officer
        if holder := self.role_holder(span, lemma, position, definite(span) or unnamed_lede(
                self.state, span, position)):
            return holder
        gender = noun_gender(lemma, self.state.titles, constraints)
        words = ("he", "she") if gender is None else ("he" if gender == "m" else "she",)
        scored = sorted((item for word in words
                         for item in self.pronouns.scores(word, position, exclude)),
                        key=lambda item: item[0])
        candidates: list[Entity] = []
        for _, entity in scored:
            if plausible_person(entity) and not entity.described and self.within_focus(
                    entity, position) and not any(e is entity for e in candidates):
                candidates.append(entity)
        if not candidates or self.rivals(candidates[0], candidates[1:], position):
            return None  # "Owen Tarrant met Lena Moss …": which one keeps the inn?
        return self.focus(candidates[0])

    def tie(self) -> None:
        """Two bodies fit as well: nobody, and the description is ambiguous."""
        self.ambiguous = True
        return None

    def said(self, entity: Entity | None) -> Entity | None:
        """An antecedent the article itself called by this noun (a role, an apposition, a
        predicate, a name carrying the noun): a surer link than focus (``described``)."""
        self.said_so = entity is not None
        return entity

    def focus(self, entity: Entity | None) -> Entity | None:
        """An antecedent found only as the entity in focus (confidence is lowered for it)."""
        self.by_focus = entity is not None
        return entity

    def within_focus(self, entity: Entity, position: int) -> bool:
        """Named recently enough that a description can still point back to it."""
        reach = self.state.weights.description_focus_sentences
        back = self.state.sentence(position) - self.state.sentence(max(entity.last_seen, 0))
        return back <= reach

    def rivals(self, first: Entity, others: list[Entity], position: int) -> bool:
        """Another candidate fits as well and is as much in focus as the first: the
        description is ambiguous, and is left as written (with lower confidence)."""
        if not self.within_focus(first, position) or not any(
                self.within_focus(e, position) for e in others):
            return False
        self.ambiguous = True
        return True

    def group_written(self, fuller: Span, entry: SpeakerNounRule, plural: bool) -> Entity:
        """The group a bare noun stands for, as the article wrote it in full (``Norwegian
        police``): the entity already kept under that text, else a new one, as written."""
        text = strip_article(fuller.text)
        for entity in self.state.entities:
            if name_key(entity.canonical) == name_key(text):
                return entity
        kind = "group" if plural and entry.type != "organization" else (entry.type or "group")
        entity = self.state.entities.new(kind, described=False)  # named by its place
        entity.add_name(text)
        entity.add_name(fuller.root.text.lower())  # "Deputies said" later is this group too
        entity.descriptors.add(fuller.root.lemma_.lower())
        return entity

    def as_written(self, span: Span, entry: SpeakerNounRule, position: int = -1) -> Entity:
        """A description nobody named matches: an entity of its own, so ``it`` can follow it
        (and ``the officials`` the ``administration officials`` the article quoted before)."""
        text = strip_article(span.text)
        for entity in self.state.entities:
            if entity.described and name_key(entity.canonical) == name_key(text):
                return entity
        root = head_noun(span)
        plural = root.tag_ in {"NNS", "NNPS"} or root.lower_ in QUANTIFIER_SPEAKERS
        if span[0].lower_ in DEFINITE and position >= 0 and (
                earlier := self.repeated_description(root.lemma_.lower(), plural, position)):
            return earlier
        if len(span) == 1 and (plural or entry.type == "organization") and (
                fuller := fuller_form_before(root)) is not None:
            return self.group_written(fuller, entry, plural)  # "deputies": "Ashby deputies"
        if not plural and entry.type == "organization" and [t.lower_ for t in span] == [
                "the", root.lower_] and (fuller := fuller_form_before(root, modifiers=True)):
            return self.group_written(fuller, entry, plural)  # "the ministry": "fisheries …"
        if entry.type and not (plural and entry.type == "organization"):
            kind = entry.type  # but "both groups", "the companies" are several bodies
        elif plural:
            kind = "group"  # "officials", "all those involved", "some of the residents"
        elif self.state.titles.entry(root.text) is not None or head_kind(
                root.lemma_, self.state.titles, self.state.constraints) == "person":
            kind = "person"  # the senator, the judge, the innkeeper
        else:
            kind = "unknown"
        entity = self.state.entities.new(kind, described=True)
        entity.add_name(text)
        entity.descriptors.add(root.lemma_.lower())  # "the officials" may come back to it
        if kind == "person" and (gender := noun_gender(root.lemma_, self.state.titles,
                                                       self.state.constraints)):
            entity.votes[gender] += self.state.weights.title_gender_votes  # "a spokeswoman"
            entity.update_gender()
        return entity


# words that make a top office somebody else's second ("deputy director")
SECOND_IN_COMMAND = frozenset({"deputy", "vice", "assistant", "associate", "under"})


def second_in_command(role: str) -> bool:
    """``Deputy Director``, ``vice-president``: a role second to the office it names."""
    return any(w in SECOND_IN_COMMAND for w in re.findall(r"\w+", fold(role).replace("-", " ")))


def top_office(role: str, titles: Titles) -> bool:
    """``GWA general manager``, ``AEPSAD President``: a role holding a body's top office, not
    a deputy's (``Deputy Director``)."""
    if second_in_command(role):
        return False
    text = " ".join(re.findall(r"\w+", fold(role).replace("-", " ")))
    return any(re.search(rf"\b{re.escape(office.replace('-', ' '))}\b", text)
               for office in titles.top_offices)


def body_words(span: Span, root: Token, titles: Titles,
               body_noun: Callable[[str], bool]) -> set[str]:
    """The words that name the body of ``the head of GWA``, ``the GWA chief``, ``the head of
    the country's agency (AEPSAD)``: proper nouns and acronyms of the phrase (and of a
    bracketed acronym right after it), no title and no place or nationality; else the body
    noun that owns the office (``the bureau's director``, ``the director of the bureau``)."""
    doc = span.doc
    tokens = [t for t in span if t.i != root.i]
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        tokens.append(doc[end + 1])
    proper = {fold(t.text) for t in tokens if t.text[:1].isupper() and t.is_alpha and (
        t.pos_ == "PROPN" or t.text.isupper()) and not titles.is_title(t.text)
        and t.ent_type_ not in {"GPE", "NORP", "LOC"}}
    if proper:
        return proper
    owners = [t for t in tokens if t.is_lower and body_noun(t.lemma_.lower()) and (
        t.dep_ == "poss" and t.head.i == root.i or t.dep_ == "pobj" and t.head.lower_ == "of"
        and t.head.head.i == root.i)]
    return {fold(owners[0].lemma_)} if len(owners) == 1 else set()


def place_words_of(span: Span) -> frozenset[str]:
    """The nationality and place words of a description (``the Palestinian group``)."""
    return frozenset(t.lower_ for t in span if t.ent_type_ in {"NORP", "GPE"})
