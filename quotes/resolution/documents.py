"""Documents: ``the statement said``, ``the report found`` speak for whoever issued them.

A document mention goes to the issuer the article named for it (``a report by the School of
Public Policy`` … ``the report``), to the subject of the clause it is a channel of
(``Coastal Patrol confirmed the arrest in a tweet that said``), else to the body quoted just
before (``the statement``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from ..attribution.grammar import of_object
from ..attribution.mentions import speaker_mention
from .constraints import head_kind, mention_head
from .entities import DEFINITE, Entity
from .names import NameResolver
from .spans import strip_article, strip_possessive
from .state import ArticleState

# "in a tweet", "via a statement", "through a spokesman's letter": the document is the channel
# the clause's subject spoke through
CHANNEL_PREPOSITIONS = frozenset({"in", "via", "through"})
PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})  # the writer's own voice
SPEAKING_KINDS = frozenset({"person", "organization", "group"})


def channel_clause(noun: Token, writing: frozenset[str]) -> Token | None:
    """``Coastal Patrol confirmed the arrest in a tweet``: the verb whose clause the document
    is the channel of, the prepositional phrase hanging on the verb itself or on its direct
    object (the parser puts ``in a tweet`` on either). Only a verb one says or writes by
    (``writing``, rules/document_verbs.jsonl ``writes_in``: ``Ruiz disputed the claims in a
    report`` is no report of hers), and never passive (``the man was named in a report``)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in CHANNEL_PREPOSITIONS:
        return None
    verb = preposition.head
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in writing or any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    return verb


def kind_of_document_start(noun: Token, body: Callable[[Token], bool] = lambda _: False
                           ) -> int:
    """Where the words naming a document's kind end, going back from its noun (``news
    release``, ``press statement``): the name of who issued it stands before them, and so
    does a common noun ``body`` says names a body (``a police news release``)."""
    doc, start = noun.doc, noun.i
    while start > 0 and noun.i - start < 2 and doc[start - 1].is_lower and (
            doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN") and (
            not body(doc[start - 1])):
        start -= 1  # "a Harbour Police news release": past the kind of document
    return start


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is conjoined to (``The agency arrested a man
    and confirmed it in a tweet``)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


class Documents:
    """Where the article names documents, and who issued them."""

    def __init__(self, state: ArticleState, names: NameResolver) -> None:
        self.state = state
        self.names = names
        # where documents are named, so "the report" looks back over these, not every token
        self.mentions = [t.i for t in state.doc if t.pos_ in {"NOUN", "PROPN"}
                         and state.noun_entry(t).document]

    def recent_speaker(self, position: int, reach: int | None = None) -> Entity | None:
        """``the statement said``: the body quoted last, if it was quoted just before (within
        ``reach`` sentences; ``a statement said`` reaches only the sentence before)."""
        current = self.state.sentence(position)
        if reach is None:
            reach = self.state.weights.recent_document_sentences
        recent = [e for e in self.state.entities.ranked(position, {"organization"})
                  if e.spoke and current - self.state.sent_of[e.last_spoke] <= reach]
        return recent[0] if recent else None

    def subject_in_focus(self, position: int, reach: int) -> Entity | None:
        """``Northfield Power cut supply … A statement said``: nobody quoted just before, so
        the document is the body the text was about: the latest subject that is a named body
        (never a place; a person's statement would be quoted as theirs) within ``reach``
        sentences."""
        return next((entity for entity, subject in self.named_bodies_back(position, reach)
                     if subject), None)

    def received_at(self, where: int) -> bool:
        """``APTN was sent a short statement``, ``the paper obtained a letter``: the name at
        ``where`` is the subject of getting a document, so it is no issuer of one."""
        token = mention_head(self.state.doc[where])  # "Harbury [Radio] was sent"
        verb = token.head
        constraints = self.state.constraints
        return token.dep_ == "nsubjpass" and verb.lemma_.lower() in constraints.sending_verbs or (
            token.dep_ == "nsubj" and verb.lemma_.lower() in constraints.receiving_verbs)

    def judged_or_received(self, noun: Token) -> bool:
        """``Police dismissed media reports claiming …``, ``the paper obtained a letter
        saying …``: a document the subject of its verb denied, confirmed or got is not theirs
        (and who issued it, the text does not say here)."""
        constraints = self.state.constraints
        verb = noun.head
        return noun.dep_ == "dobj" and verb.lemma_.lower() in (
            constraints.judging_verbs | constraints.receiving_verbs)

    def only_body_named(self, position: int, reach: int) -> Entity | None:
        """``Deputies with the Volusia County Sheriff's Office arrested a man … the news release
        said``: no body spoke or was a subject, but exactly one named body (not a place) was
        mentioned in the last ``reach`` sentences; the document is theirs."""
        found = {entity.number: entity for entity, _ in self.named_bodies_back(position, reach)}
        return next(iter(found.values())) if len(found) == 1 else None

    def named_bodies_back(self, position: int, reach: int) -> Iterator[tuple[Entity, bool]]:
        """The named bodies (no place, none kept as written) met in the last ``reach``
        sentences before ``position``, newest first, each with whether it was the subject."""
        first = self.state.sentence(position) - reach
        for where, entity, subject in reversed(self.state.history):
            if where > position:
                continue
            if self.state.sentence(where) < first:
                break
            if not entity.place and not entity.described and entity.kind == "organization" and (
                    not self.received_at(where)):
                yield entity, subject

    def issuer_named_before(self, lemma: str, position: int, kin: bool = True) -> Entity | None:
        """The latest ``X's post`` / ``a report from X`` / ``X released a report`` before; a
        document of a family may have been named another way (``a study by X`` … ``the
        report``, ``X's complaint`` … ``the lawsuit``), unless not ``kin``: a document whose
        words name a kind of body (``the government release``) is no other's by family."""
        family = self.family(lemma) if kin else ""
        before = bisect.bisect_left(self.mentions, position)
        for i in reversed(self.mentions[:before]):
            token = self.state.doc[i]
            word = token.lemma_.lower()
            if word != lemma and not (family and self.family(word) == family):
                continue
            issuer = self.state.rules.documents.issuer(token)
            writer = self.writer_of(token)
            if issuer is None and writer is None:
                continue
            if issuer is None or issuer.pos_ == "PRON":
                return writer
            mention = speaker_mention(issuer, self.state.rules.institutions)
            entity = self.resolved_at(mention) or (
                self.names.known_name(mention) if mention.text[:1].isupper() else None)
            if entity is None and issuer.pos_ == "PROPN":
                entity = self.names.resolve_name(mention)
            return entity or writer
        return None

    def read_not_issued(self, lemma: str, position: int) -> bool:
        """``Kirklees Council's cabinet discussed a report …. The report said``: the document
        was last named, within ``recent_document_sentences``, as what someone discussed or
        received (rules/document_verbs.jsonl ``reads``), with no issuer: who had it before
        them did not write it, so nobody named speaks through it."""
        first = self.state.sentence(position) - self.state.weights.recent_document_sentences
        before = bisect.bisect_left(self.mentions, position)
        for i in reversed(self.mentions[:before]):
            token = self.state.doc[i]
            if self.state.sentence(i) < first:
                return False
            if token.lemma_.lower() != lemma:
                continue
            verb = token.head
            return token.dep_ == "dobj" and verb.lemma_.lower() in (
                self.state.rules.documents.reading) and (
                self.state.rules.documents.issuer(token) is None)
        return False

    def writer_of(self, noun: Token) -> Entity | None:
        """``Ana Ruiz stated in the company's blog post``: the named subject of the verb the
        document is ``in`` wrote it, whoever owns the blog (the owner is a common noun here);
        a pronoun or description subject, as it was resolved."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ != "in" or head.head.pos_ != "VERB":
            return None
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        mention = speaker_mention(subject, self.state.rules.institutions)
        if subject.pos_ != "PROPN" or mention[0].lower_ in DEFINITE:
            # "the Commission noted in a statement": as it was resolved when it spoke
            return self.resolved_at(mention) or (
                self.names.known_name(mention) if subject.pos_ == "PROPN" else None)
        return self.names.known_name(mention)

    def resolved_at(self, mention: Span) -> Entity | None:
        """``the company said in a statement`` … ``the statement``: who the speaker mention
        ``the company`` (or ``it``) was resolved to when it spoke, a person or a body named in
        the article (none kept as written)."""
        for where, entity, _ in reversed(self.state.history):
            if mention.start <= where < mention.end and entity.kind in SPEAKING_KINDS and (
                    not entity.described and not entity.place):
                return entity
        return None

    def author_by_verb(self, lemma: str, position: int,
                       pronoun: Callable[[Token], Entity | None] | None = None
                       ) -> Entity | None:
        """``Ines Varga posted on Facebook`` … ``the post said``: a document named by the verb
        that made it (post/posted, tweet/tweeted, e-mail/e-mailed) speaks for that verb's
        subject, if the subject is someone the article named (or a pronoun ``pronoun`` resolves),
        in the last few sentences."""
        word = lemma.replace("-", "")
        first = self.state.sentence(position) - self.state.weights.recent_document_sentences
        for token in reversed(self.state.doc[:position]):
            if self.state.sentence(token.i) < first:
                break
            if token.pos_ != "VERB" or token.lemma_.lower().replace("-", "") != word:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PRON" and pronoun is not None:
                return pronoun(subject)  # "they tweeted" … "a tweet said": whoever "they" are
            if subject is None or subject.pos_ != "PROPN":
                return None
            mention = speaker_mention(subject, self.state.rules.institutions)
            return self.names.known_name(mention)
        return None

    def issuer_in_name(self, noun: Token) -> Entity | None:
        """``an LPO statement``, ``a White House statement``, ``a Harbour Police news
        release``: the proper nouns right before the document's noun (and the words for its
        kind, ``news``, ``press``) name its issuer (the body the article named with that acronym or
        name, else a body of that name); a nationality (``a Korean report``) names nobody."""
        doc, start = noun.doc, kind_of_document_start(noun)
        if start > 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and (
                doc[start - 2].text.isupper()):
            start -= 3  # "a Saskatoon Police Service (SPS) press release": past its acronym
        end = start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper(
                ) and doc[start - 1].ent_type_ not in {"NORP", "DATE"}:
            start -= 1
        if start == end:
            return None
        name = Span(doc, start, end)
        return self.names.known_name(name) or self.names.resolve_name(name)

    def body_noun_in_name(self, noun: Token) -> Span | None:
        """``a district advisory``, ``a police press release``: a common noun for a body
        (rules/speaker_nouns.jsonl, an organization) right before the document's noun, past
        the words for its kind; the document is that body's, as ``the district`` is resolved."""
        start = kind_of_document_start(noun, self.names_a_body)
        if start == 0 or not self.names_a_body(noun.doc[start - 1]):
            return None
        return noun.doc[start - 1:start]

    def names_a_body(self, token: Token) -> bool:
        """A lower-case compound noun the rules or its ending call an organization
        (``police``, ``council``, ``ministry``), no document itself."""
        entry = self.state.noun_entry(token)
        if token.pos_ != "NOUN" or not token.is_lower or token.dep_ != "compound" or (
                entry.document):
            return False
        return entry.type == "organization" or not entry and head_kind(
            token.lemma_, self.state.titles, self.state.constraints) == "organization"

    def channel_author(self, noun: Token, pronoun: Callable[[Token], Entity | None],
                       description: Callable[[Span], Entity | None]) -> Entity | None:
        """``The ministry announced the ban in a statement that read …``, ``Coastal Patrol
        confirmed the arrest in a tweet that said …``: a document the clause's subject spoke
        through speaks for that subject. The subject is resolved as any speaker would be
        (``speaking``: a name, a pronoun by ``pronoun``, a description by ``description``) and
        must pass the hard constraints of a speaker: a person or a body, never a place or a
        date."""
        verb = channel_clause(noun, self.state.rules.documents.writing_in)
        subject = clause_subject(verb) if verb is not None else None
        return self.speaking(subject, pronoun, description)

    def on_behalf_of(self, noun: Token, pronoun: Callable[[Token], Entity | None],
                     description: Callable[[Span], Entity | None]) -> Entity | None:
        """``a press release on her behalf``, ``a letter on behalf of the union``: a document
        issued for someone speaks for them, resolved as a speaker would be."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "on":
                continue
            behalf = next((c for c in prep.children if c.lower_ == "behalf"), None)
            if behalf is None:
                continue
            owner = next((c for c in behalf.children if c.dep_ == "poss"), None) or (
                of_object(behalf))
            return self.speaking(owner, pronoun, description)
        return None

    def speaking(self, subject: Token | None, pronoun: Callable[[Token], Entity | None],
                 description: Callable[[Span], Entity | None]) -> Entity | None:
        """Who a subject or owner word is, resolved as any speaker would be, if it passes the
        hard constraints of a speaker."""
        if subject is None or subject.lower_ in PERSONAL or (
                subject.ent_type_ in self.state.constraints.not_entity_labels):
            return None
        if subject.pos_ == "PRON":
            entity = pronoun(subject)
        else:
            mention = speaker_mention(subject, self.state.rules.institutions)
            if subject.pos_ == "NOUN" and self.state.noun_entry(subject).document:
                return None  # "the report concluded in a section that …": no author named
            entity = self.names.known_name(mention) or self.state.entities.find_org(
                strip_article(strip_possessive(mention.text)))  # "the Ministry of Health"
            if entity is None and self.names.is_name(mention):
                entity = self.names.resolve_name(mention)
            if entity is None and subject.pos_ == "NOUN":
                entity = description(mention)
        if entity is None or entity.place or entity.kind not in SPEAKING_KINDS:
            return None
        return entity

    def family(self, lemma: str) -> str:
        """The kind of document several nouns name alike: research (``a study by X`` … ``the
        report``), a court filing (``X's complaint`` … ``the lawsuit``) or an announcement (``X
        issued a press release`` … ``the statement``); else none."""
        entry = self.state.rules.nouns.get(lemma)
        if entry and entry.research:
            return "research"
        if entry and entry.announcing:
            return "announcing"
        return "litigation" if entry and entry.litigation else ""

