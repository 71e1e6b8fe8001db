"""The sieve: the passes a speaker mention is offered to, most precise first.

After Stanford's deterministic coreference (Lee et al. 2013): exact, acronym and name-part
matches, new names, a role ending in a name, a name apposed to a description, descriptions that
name themselves, descriptions and documents, pronouns last. Each pass takes the mentions of its
form and returns (entity, how), or None to leave the mention to the next. ``ArticleResolver``
walks the article and asks ``Sieve.resolve`` for each speaker mention it meets.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..names import fold
from .confidence import name_doubts
from .descriptions import Descriptions
from .entities import DEFINITE, PRONOUNS, Entity
from .forms import office_after_body_name, role_phrase_ending_in_name
from .names import NameResolver
from .offices import holder_ending_role_phrase, holder_past_office, untagged_office
from .pairs import PLURAL_PERSONAL, pair_holding_role, people_joined_before
from .pronouns import Pronouns
from .spans import (
    apposed_person,
    conjoined,
    name_after_bracketed_title,
    person_before_affiliation,
    self_named_person,
    strip_article,
)
from .state import ArticleState

Reference = Entity | tuple[Entity, ...]  # one speaker, or several speaking together
PERSONAL = frozenset({"i", "me", "we", "us", "you"})  # first and second person
FIRST_PERSON_PLURAL = frozenset({"we", "us"})


def through_preposition(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs on ``root`` through a preposition (``Friends of Ana Ruiz``):
    then the proper noun names someone the description is about, not the description."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


def subject_of_clause_above(span: Span, body_noun: Callable[[Token], bool]) -> Span | None:
    """``Harbour police released a video they said provides context``: a pronoun saying
    something in a relative clause on the main clause's object (or adverb) is that clause's
    subject, when it agrees (``they`` a plural or a body noun, ``it`` a thing, ``he`` or
    ``she`` a person's name); the subject's words, to be resolved as written."""
    pronoun = span.root
    cue = pronoun.head
    if pronoun.dep_ != "nsubj" or cue.dep_ != "relcl" or cue.pos_ != "VERB":
        return None
    verb = cue.head.head
    if verb.pos_ not in {"VERB", "AUX"} or cue.head.dep_ not in {"dobj", "npadvmod", "attr"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not agrees(pronoun.lower_, subject,
                                                                  body_noun):
        return None
    return span.doc[subject.left_edge.i:subject.i + 1]


def agrees(word: str, subject: Token, body_noun: Callable[[Token], bool]) -> bool:
    """Number and animacy of a pronoun and a subject's head (``they``: ``officials``, or a
    body noun of rules/speaker_nouns.jsonl such as ``the council``; ``it``: ``the company``;
    ``he``/``she``: a person's name)."""
    if word == "they":
        return subject.tag_ in {"NNS", "NNPS"} or body_noun(subject)
    if word == "it":
        return subject.tag_ in {"NN", "NNP"} and subject.ent_type_ not in {"PERSON", "GPE"}
    if word in {"he", "she"}:
        return subject.ent_type_ == "PERSON"
    return False


# the possessive before a style of address, and the pronoun its bearer would be
STYLE_POSSESSIVES = {"his": "he", "her": "she", "their": "they"}


class Sieve:
    """The ordered passes for one article's speaker mentions, over its shared state."""

    def __init__(self, state: ArticleState, names: NameResolver, descriptions: Descriptions,
                 pronouns: Pronouns) -> None:
        self.state = state
        self.names = names
        self.descriptions = descriptions
        self.pronouns = pronouns
        # the last speaker mention resolved, and whether it was a document: "The lawsuit
        # alleges …. It also alleges …" goes on with the document's issuer
        self.last_speaker: tuple[int, bool, Entity] | None = None

    # The sieve: passes from the most to the least precise (Lee et al. 2013). Each takes the
    # mentions of its form and returns (entity, how), or None to leave the mention to the next.
    PASSES = ("_style_of_address", "_exact_or_name_part", "_new_name", "_role_then_name",
              "_apposed_name", "_named_description", "_pair_by_role", "_description", "_pronoun")

    def resolve(self, start: int, end: int, position: int, flags: list[str],
                         exclude: frozenset[int]) -> tuple[Reference | None, str]:
        """Who one speaker mention is: the first pass of ``PASSES`` that takes its form."""
        span = self.state.span(start, end)
        if span is None or len(span) == 0:
            return None, "none"
        parts = conjoined(span, self.state.titles.roles)
        if len(parts) > 1 and self.names.listed_body_name(span):
            parts = [span]  # "The Fish, Food and Allied Workers Union": one body's name
        if len(parts) > 1:  # a pronoun among them is as sure as a pronoun ("She and X")
            how = "pronoun" if any(self._is_pronoun(part) for part in parts) else "name"
            return self.group(parts, position, flags, exclude), how
        span = person_before_affiliation(parts[0], self.state.titles)
        span = name_after_bracketed_title(span, self.state.titles) or span  # "Inspector (…) X"
        span = holder_past_office(span, self.state.titles)  # "… in the Assembly Omar Ayub"
        span = holder_ending_role_phrase(span, self.state.titles)  # "the Member for X Ana Ruiz"
        entity, how = None, "none"
        for name in self.PASSES:
            found = getattr(self, name)(span, position, flags, exclude)
            if found is not None:
                entity, how = found
                break
        if entity is None or isinstance(entity, tuple):
            return entity, how  # nobody, or people together ("they" for a pair just named)
        if how == "name":
            flags.extend(name_doubts(self.state, span, entity))
        # "… the budget, which he said is underfunded": a remark in a relative clause is the
        # story's aside about its subject, not the speaker taking the floor
        entity.seen(position, subject=True, spoke=not (
            self._relative_aside(span) or self._reported_by_another(span)))
        self.state.remember(position, entity, True)
        is_document = how != "pronoun" and (
            bool(self.state.noun_entry(span.root).document) or self._issuer_of_document(span))
        self.last_speaker = (position, is_document, entity)
        return entity, how

    def _issuer_of_document(self, span: Span) -> bool:
        """``a handout by the police stated …``, ``the police's statement said …``: the
        mention names who issued (``DocumentVerbs.issuer``) the document that is the cue's
        subject, so the document had the floor (the next ``It said`` is that document,
        whatever the number of its issuer)."""
        root = span.root
        document = root.head.head if root.dep_ == "pobj" else root.head
        return document.i != root.i and document.dep_ in {"nsubj", "nsubjpass"} and bool(
            self.state.noun_entry(document).document) and (
            self.state.rules.documents.issuer(document) == root)

    @staticmethod
    def _relative_aside(span: Span) -> bool:
        """``…, which he said is underfunded``; ``responding to Gachagua's accusations that
        …``: a remark in a relative clause, or a possessor's claim met in passing, is the
        story's aside, not the speaker taking the floor."""
        return span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.dep_ == "relcl" or (
            span.root.dep_ == "poss" and span.root.head.dep_ == "pobj")

    @staticmethod
    def _reported_by_another(span: Span) -> bool:
        """``He remembered that in 2020 Warden Larry Martin said …``: a speaker whose cue sits
        in a clause another person's verb governs is reported by that person, who keeps the
        floor (the next ``he said`` is still theirs)."""
        subject = span.root
        while subject.dep_ in {"appos", "compound", "flat"} and subject.head.i != subject.i:
            subject = subject.head  # "that Colonel (ret'd) Ana Ruiz, Director …, said"
        cue = subject.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or cue.dep_ != "ccomp":
            return False
        outer = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        return outer is not None and outer.i < cue.i and (
            outer.ent_type_ == "PERSON" or outer.lower_ in {"he", "she"})

    @staticmethod
    def _is_pronoun(span: Span) -> bool:
        return span.root.lower_ in PRONOUNS and span.root.pos_ == "PRON"

    @staticmethod
    def _is_personal(span: Span) -> bool:
        """``I``, ``we``, ``you``: the writer or the one addressed, never a name, however the
        tagger read the capital ``I`` (a hard constraint: no entity is made of it)."""
        return len(span) == 1 and span.root.lower_ in PERSONAL

    def _style_of_address(self, span: Span, position: int, flags: list[str],
                          exclude: frozenset[int]) -> tuple[Reference | None, str] | None:
        """``His Majesty said``, ``Her Excellency added``: a style of address (``style`` in
        rules/titles.jsonl) after a possessive is its bearer, as the possessive's pronoun
        would be (``his`` → ``he``), under the pronoun pass's constraints; never a new name."""
        words = [t for t in span if t.is_alpha]
        pronoun = STYLE_POSSESSIVES.get(words[0].lower_) if len(words) in {2, 3} else None
        if pronoun is None or fold(words[-1].text) not in self.state.titles.styles or (
                len(words) == 3 and words[1].lower_ != "royal"):  # "His Royal Highness"
            return None
        return self.pronouns.resolve(pronoun, position, flags, exclude)

    def _exact_or_name_part(self, span: Span, position: int, flags: list[str],
                            exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """Exact, acronym and name-part matches to someone already named (``Okafor``,
        ``Dr. Marsh``, ``the RHA``), across the labels NER gave."""
        if self._is_pronoun(span) or self._is_personal(span):
            return None
        known = self.names.known_name(span)
        return (known, "name") if known is not None else None

    def _new_name(self, span: Span, position: int, flags: list[str],
                  exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """A proper name the article has not linked yet: matched or made an entity."""
        if self._is_pronoun(span) or self._is_personal(span) or not self.names.is_name(span):
            return None
        return self.names.resolve_name(span), "name"

    def _role_then_name(self, span: Span, position: int, flags: list[str],
                        exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``council cabinet member for transport Manda Rigby said``: that person, with the
        role (``forms.role_phrase_ending_in_name``)."""
        if not role_phrase_ending_in_name(span, self.state.titles):
            return None
        return self.names.resolve_name(span), "name"

    def _apposed_name(self, span: Span, position: int, flags: list[str],
                      exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``The head of research at Harbor Bank, Ian Moss, said``: a description with a
        person's name set between commas right after it is that person, wherever the parser
        hung the name; the description is the role."""
        root = span.root
        if root.tag_ in {"NNS", "NNPS"} or root.pos_ != "NOUN" and not (
                root.pos_ == "PROPN" and span[0].lower_ == "the"
                and self.state.titles.is_title(root.text)):
            return None  # "Relatives of the victim, Omar Haddad,": several are not Haddad
        name = apposed_person(span, self.state.titles)
        if name is None and (name := self_named_person(span, self.state.rules.self_naming)):
            entity = self.state.entities.find_person(name.text, name.start) or (
                self.state.entities.new("person", names=[name.text]))
            entity.set_role(strip_article(span.text), from_speech=True)
            return entity, "name"
        if name is None:
            return None
        entity = self.names.resolve_name(name)
        entity.set_role(strip_article(span.text), from_speech=True)
        return entity, "name"

    def _named_description(self, span: Span, position: int, flags: list[str],
                           exclude: frozenset[int]) -> tuple[Entity, str] | None:
        """``Cisco System's Talos cybersecurity unit``: a description that names itself; not
        one headed by a lower-case title the tagger called proper (``Brisbane's lord mayor``)."""
        root = span.root
        if self._is_pronoun(span) or self._is_personal(span) or not any(
                t.pos_ == "PROPN" and t.text[:1].isupper() and not through_preposition(t, root)
                for t in span) or (
                self.names.definite_description(span)) or (
                root.pos_ == "NOUN" and self.state.noun_entry(root)) or (
                root.is_lower and self.state.titles.is_title(root.text)) or (
                self._short_form(span)) or office_after_body_name(span, self.state.titles) or (
                untagged_office(span, self.state.titles)) or (
                self.state.titles.is_title(span.text)):  # "…, Mayor emphasized": an office
            return None
        return self.names.named_description(span), "name"


    def _short_form(self, span: Span) -> bool:
        """``the Department``, ``the Committee``: a press release's capitalised short form of
        the body it named in full, whose one word is a speaker noun (however NER labelled it).
        It names nothing by itself, so it is left to the descriptions, which find that body."""
        words = [t for t in span if t.is_alpha]
        return len(words) == 2 and words[0].lower_ in DEFINITE and bool(
            self.state.noun_entry(words[1]))

    def _pair_by_role(self, span: Span, position: int, flags: list[str],
                      exclude: frozenset[int]) -> tuple[tuple[Entity, ...], str] | None:
        """``the ministers`` after two ministers named together: those people (``pairs``)."""
        if self._is_pronoun(span) or not (pair := pair_holding_role(self.state, span)):
            return None
        group = self.group(pair, position, [], exclude)
        return (group, "description") if group is not None else None

    def _description(self, span: Span, position: int, flags: list[str],
                     exclude: frozenset[int]) -> tuple[Entity | None, str] | None:
        """Descriptions and documents (``descriptions``): apposition and role, forward
        reference, open-vocabulary heads, issuers; else the description as written."""
        if self._is_pronoun(span):
            return None
        return self.descriptions.resolve(span, position, flags, exclude)

    def _pronoun(self, span: Span, position: int, flags: list[str],
                 exclude: frozenset[int]) -> tuple[Reference | None, str] | None:
        """Pronouns last, under the hard constraints (``constraints``) and by salience;
        ``they`` right after two people named together is the pair (``pairs``)."""
        word = span.root.lower_
        if word == "it" and (issuer := self._document_going_on(position)) is not None:
            return issuer, "pronoun"
        if word in FIRST_PERSON_PLURAL:
            # "We conclude that …", "we suggest": the writers (or a body writing as itself),
            # kept as written like "I"; no group named on the way is "we"
            entry = self.state.noun_entry(span.root)
            return self.descriptions.written.as_written(span, entry, position), "as written"
        if (subject := subject_of_clause_above(
                span, lambda t: self.state.noun_entry(t).type == "organization")) is not None:
            found, _ = self.resolve(subject.start_char, subject.end_char, position, flags,
                                    exclude)
            if found is not None:
                return found, "pronoun"  # "police released a video they said shows …"
        if word in PLURAL_PERSONAL and (pair := people_joined_before(self.state, span.start)):
            group = self.group(pair, position, [], exclude)
            if group is not None and all(member.kind != "organization" and not member.place
                                         for member in group):  # tagged people, not bodies
                return group, "pronoun"
        return self.pronouns.resolve(word, position, flags, exclude)

    def _document_going_on(self, position: int) -> Entity | None:
        """``The lawsuit alleges …. It also alleges …``: ``it`` right after a document spoke
        (the speaker before, in the same or the previous sentence) is that document, so it
        speaks for the same issuer, even a person, whom ``it`` could never be."""
        if self.last_speaker is None:
            return None
        where, is_document, entity = self.last_speaker
        if not is_document or self.state.sentence(position) - self.state.sentence(where) > 1:
            return None
        return entity

    def group(self, parts: list[Span], position: int, flags: list[str],
                       exclude: frozenset[int]) -> tuple[Entity, ...] | None:
        """``Sandmann and Phillips`` -> ``Nick Sandmann and Nathan Phillips``."""
        members = []
        for part in parts:
            member, _ = self.resolve(part.start_char, part.end_char, position, flags,
                                              exclude)
            if isinstance(member, Entity):
                members.append(member)
        return tuple(members) if len(members) > 1 else None

