"""People a description stands for whom the article has not named (yet).

- a news lede names the role first and the person second (``Norway's trade minister
  insisted …. Ingrid Solvang said``): ``new_speaker_ahead``;
- a head noun that already stood for somebody unnamed (``arrested the suspect … the suspect
  said``) goes back to that mention, not to the person in focus: ``unnamed_mention_before``;
- an unnamed subject (``And one juror sent a message``) is an antecedent for a later ``he``
  or ``she``: ``unnamed_person_subject``; people named by a plural noun (``The MPs
  proposed``) for a later ``they``: ``plural_person_subject``;
- whoever relays a statement (``Ana Ruiz said the minister told her …``) is not the
  description inside it: ``relaying``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..attribution.grammar import of_object
from ..model import Attribution, fold
from ..names import Titles, name_tokens
from .appositives import set_off_before_a_name
from .bodies import KIND, body_fit, carries
from .constraints import head_kind, mention_head, noun_gender
from .entities import Entity, name_like
from .heads import head_noun, role_matches
from .opening import in_opening_lines
from .state import ArticleState

AMONG_MANY = frozenset({"one", "another"})  # "one resident", "another resident"
UNNAMED_DETERMINERS = frozenset({"a", "an"}) | AMONG_MANY
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def unnamed_person_subject(state: ArticleState, token: Token, definite: bool = False) -> bool:
    """``And one juror sent a message``, ``A woman was hurt``: a singular person noun
    heading a main clause's subject is somebody a later ``he``/``she`` may mean, named or
    not (the article may never name them), unless a name is set beside it. With
    ``definite``, ``the spokesman for the board`` counts too: the caller has found nobody
    named whom it points back to, so it is somebody the article never names."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.head.dep_ not in {
            "ROOT", "conj", "csubj"} or token.dep_ not in {"nsubj", "nsubjpass"} or (
            state.quoted[token.i]):
        return False
    determiners = UNNAMED_DETERMINERS | ({"the"} if definite else frozenset())
    if not any(c.dep_ in {"det", "nummod"} and c.lower_ in determiners
               for c in token.children):
        return False
    if any(t.dep_ == "appos" and (t.head.i == token.i or t.ent_type_ == "PERSON")
           for t in token.subtree):
        return False  # "A spokeswoman for the Trust, Maya Castell, …": named after all
    return head_kind(token.lemma_.lower(), state.titles,
                     state.constraints) == "person"


def plural_person_subject(state: ArticleState, token: Token) -> bool:
    """``Council members have offered mixed responses``, ``The MPs proposed …``: people
    named by a plural person noun as a main clause's subject are whom a following ``they``
    most likely means, more than a body named on the way."""
    if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"} or (
            token.head.dep_ not in {"ROOT", "conj", "advcl"}) or state.quoted[token.i]:
        return False  # (an adverbial clause's too: "… when supporters took to the streets
        # to denounce a vote they said was rigged")
    people = token if token.tag_ == "NNS" else people_in_group(
        token, state.constraints.counting_nouns)
    if people is None or any(c.dep_ in {"appos", "flat"} or c.ent_type_ == "PERSON"
                             for c in token.children):
        return False  # "two councillors, Ana Ruiz and Tom Reyes, …": named after all
    return head_kind(people.lemma_.lower(), state.titles, state.constraints) == "person" and (
        they_follows(state, token))


def people_in_group(token: Token, counting_nouns: frozenset[str]) -> Token | None:
    """``A group of doctors and nurses from the city's hospitals gathered …. They told …``:
    the plural noun a counting noun (head_nouns.jsonl) counts (``doctors``), whose people a
    later ``they`` means more than a hospital or a body named inside the phrase."""
    if token.lemma_.lower() not in counting_nouns:
        return None
    people = of_object(token)
    return people if people is not None and people.tag_ == "NNS" else None


def body_noun_subject(state: ArticleState, token: Token) -> bool:
    """``The police launched investigations …. They said …``: a definite body noun heading a
    main clause's subject, with no body named for it, is whom a following ``they`` means
    (kept as written), more than a place named on the way."""
    if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"} or (
            token.head.dep_ not in {"ROOT", "conj"}) or state.quoted[token.i]:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in {"compound", "amod", "prep", "poss"} for c in token.children):
        return False  # "the Harbury police", "the state's police": a body the names find
    return head_kind(token.lemma_.lower(), state.titles, state.constraints) == (
        "organization") and state.constraints.body_families.get(token.lower_) is not None and (
        they_follows(state, token))


def they_follows(state: ArticleState, token: Token) -> bool:
    """A subject ``they`` later in the same sentence or in the next one: only then are the
    people kept as an antecedent, so nothing else changes where no pronoun needs them."""
    doc = state.doc
    end = token.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    return any(t.lower_ == "they" and t.dep_ in {"nsubj", "nsubjpass"}
               for t in doc[token.i + 1:end])


def new_speaker_ahead(state: ArticleState, span: Span, position: int) -> Entity | None:
    """A news lede often names the role first and the person second (``Norway's trade
    minister insisted …. Asked on radio, Ingrid Solvang said``): a singular person
    description nobody fits is the person the next sentence names for the first time, if
    that person speaks there and is the first person it introduces, with no other role and
    no other gender. A station or a place introduced on the way (``Asked on Radio-5``) is
    nobody the lede is about; a speaker's two-word name the tagger typed as a body
    (``name_like``) is a person's."""
    head = head_noun(span)
    if head.tag_ in {"NNS", "NNPS"}:
        return None
    lemma = head.lemma_.lower()
    gender = noun_gender(lemma, state.titles, state.constraints)
    reach = state.weights.forward_sentences
    here = state.sentence(position)
    for event in state.events:
        if event.position < span.end or event.entity.last_seen >= 0:
            continue  # the description itself, or named before: not whom it points to
        distance = state.sentence(event.position) - here
        if distance > max(reach, state.weights.forward_same_noun_sentences):
            return None
        if _described_speaker_between(state, span.end, event.position):
            return None  # "A bartender claimed …" speaks first: the lede is not about who follows
        entity = event.entity
        speaks = event.position in state.speaker_tokens or _speaks_as_pronoun(state, event) or (
            _interviewed(state, event.position))
        person = entity.kind == "person" or (speaks and name_like(
            entity, state.rules.org_words) and mention_head(state.doc[event.position]).dep_ in {
            "nsubj", "nsubjpass"})  # "Ahmat Bechir said", not "an official with X Shelter"
        if distance > reach:
            if person and speaks and _carries_noun(entity, lemma):
                return entity  # "a teacher told …" two sentences before "teacher Ana Ruiz told"
            if person:
                return None
            continue  # a group or a body on the way ("staff members told …") is nobody new
        if not person and not speaks:
            continue  # a body or a place on the way: "Asked on Radio-5, …"
        if distance == 0 and not speaks:
            continue  # "… told the Courier she had deposed Sheriff Dan Ross": whom it is about
        if not person or not speaks:
            return None  # somebody else comes first: the lede is not about them
        if entity.role and lemma not in state.constraints.standing_nouns and not (
                role_matches(entity.role, lemma, state.titles)) and not (
                leads_from_a_seat(entity.role, lemma, state.titles)):
            return None  # "a councillor" is not the mayor; "an NHS boss" may be a director
        if gender and entity.gender and entity.gender != gender:
            return None
        return entity
    return None


def _carries_noun(entity: Entity, noun: str) -> bool:
    """The article gave the person the description's own noun, not only a title of the same
    office: ``teacher Ana Ruiz`` for ``a teacher``."""
    return noun in entity.descriptors or bool(entity.role) and noun in re.findall(
        r"\w+", fold(entity.role))


def _interviewed(state: ArticleState, position: int) -> bool:
    """``Guy Nichols spoke to the Observer``: the name is the subject of a verb of speaking
    that reports nothing itself (verb_classes.jsonl interview); the story has them talking."""
    head = mention_head(state.doc[position])
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in (
        state.constraints.interview_verbs)


def _speaks_as_pronoun(state: ArticleState, event: object) -> bool:
    """``Nick Hulme was speaking at a board meeting when he said …``: the name's own sentence
    goes on to a speaker ``he``/``she`` (the name is its main clause's subject), or the next
    sentence opens with one (``Ana Ruiz, director of strategy, outlined the crisis. She said
    …``): a subject that is the next speaker's pronoun before anybody else is named."""
    doc = state.doc
    position = event.position  # type: ignore[attr-defined]
    if mention_head(doc[position]).dep_ not in {"nsubj", "nsubjpass"}:
        return False
    sent = doc[position].sent
    if any(position < t < sent.end and doc[t].lower_ in {"he", "she"}
           for t in state.speaker_tokens):
        return True
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    opener = next((t for t in following if not (t.is_space or t.is_punct)), None)
    return opener is not None and opener.lower_ in {"he", "she"} and (
        opener.i in state.speaker_tokens)


def _described_speaker_between(state: ArticleState, start: int, end: int) -> bool:
    """An unnamed person set up as a main clause's subject (``A Pakistani bartender claimed
    …``) between ``start`` and ``end``: somebody else comes before the name."""
    return any(unnamed_person_subject(state, token) for token in state.doc[start:end])


def leads_from_a_seat(role: str, noun: str, titles: Titles) -> bool:
    """``The leader of the district council warned …. Coun Mary Ellison told …``: a seat in
    an elected body (``member`` in rules/titles.jsonl) does not contradict a top office
    (``heads``): councillors lead councils, senators chair committees. Any other office
    does (``the mayor`` is not ``Councillor Ana Ruiz``)."""
    entry = titles.entry(noun)
    return entry is not None and entry.heads and all(
        fold(word).rstrip(".") in titles.member_seats for word in role.split())


def unnamed_lede(state: ArticleState, span: Span, position: int) -> bool:
    """``A police chief said …`` before anybody is named: the news lede's way of keeping the
    name for the next paragraph (``Police chief Rob Vandermeer told …``). An indefinite,
    singular person description counts as pointing ahead only while the article has named
    no person yet; after that, ``a witness said`` is somebody else, left as written."""
    return lede_description(state, span, "person")


def one_among_many(state: ArticleState, span: Span, position: int) -> bool:
    """``One resident said …``, ``said another resident``: past the lede, a singular person
    noun counted out of many is somebody new, never the person named before (a lede's ``one
    city councillor`` may be named next, as ``a councillor`` may: ``unnamed_lede``)."""
    head = head_noun(span)
    first = span[0]
    return first.lower_ in AMONG_MANY and first.dep_ in {"nummod", "det"} and (
        first.head.i == head.i) and head.tag_ == "NN" and head_kind(
        head.lemma_.lower(), state.titles, state.constraints) == "person" and not (
        unnamed_lede(state, span, position))


def lede_description(state: ArticleState, span: Span, kind: str) -> bool:
    """An indefinite, singular description of a ``kind`` (person or organization) before the
    article has named anything of that kind (a place is none)."""
    head = head_noun(span)
    if span[0].lower_ not in UNNAMED_DETERMINERS or head.tag_ != "NN" or head_kind(
            head.lemma_.lower(), state.titles, state.constraints) != kind:
        return False
    return not state.named_before(span.start, kind)


def unnamed_mention_before(state: ArticleState, span: Span) -> bool:
    """The head noun already stood for somebody the article never named (``Officer Lee
    Chan arrested the suspect. The suspect told police …``): the description goes back to
    that mention (head match), not to whoever is in focus. A noun set beside a name or
    predicated of one (``Chan, the officer``; ``Chan is an officer``) is that name's."""
    head = head_noun(span)
    key = (head.lemma_.lower(), head.tag_ in PLURAL_TAGS)  # "six students" is no "the student"
    return first_unnamed_nouns(state).get(key, len(state.doc)) < span.start


def first_unnamed_nouns(state: ArticleState) -> dict[tuple[str, bool], int]:
    """Where each common noun first stands for somebody on its own (not beside a name, not
    predicated of one, not inside a quotation): one pass over the article, kept in
    ``state.memo`` so every description asks in constant time."""
    found = state.memo.get("first_unnamed_nouns")
    if found is None:
        found = {}
        for token in state.doc:
            if token.pos_ == "NOUN" and not state.quoted[token.i] and token.dep_ not in {
                    "appos", "attr", "compound", "npadvmod"} and not any(
                    c.pos_ == "PROPN" and c.dep_ in {"appos", "compound", "flat"}
                    for c in token.children) and not set_off_before_a_name(token):
                found.setdefault((token.lemma_.lower(), token.tag_ in PLURAL_TAGS), token.i)
        state.memo["first_unnamed_nouns"] = found
    return found  # type: ignore[return-value]


def relaying(state: ArticleState, attribution: Attribution, attributions: list[Attribution],
             refs: dict[int, tuple[object, str | None]]) -> frozenset[int]:
    """``Ana Ruiz said the minister told her …``: whoever relays a statement is not its
    speaker; the subject of a verb the speaker's clause depends on is someone else. A pronoun
    there is bound to that subject instead (``Ruiz said she told police …``)."""
    span = state.span(attribution.speaker.start, attribution.speaker.end) if (
        attribution.speaker is not None) else None
    if span is None or not len(span) or span.root.pos_ == "PRON":
        return frozenset()
    node = span.root
    for _ in range(8):
        if node.head.i == node.i:
            return frozenset()
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}
                        and not span.start <= c.i < span.end), None)
        if node.pos_ in {"VERB", "AUX"} and subject is not None:
            return speakers_at(state, subject.i, attributions, refs)
    return frozenset()


def speakers_at(state: ArticleState, token: int, attributions: list[Attribution],
                refs: dict[int, tuple[object, str | None]]) -> frozenset[int]:
    """The entities named at this token, or resolved for a speaker mention holding it."""
    found = set(entities_by_token(state).get(token, ()))
    for n, other in enumerate(attributions):
        if other.speaker is None or n not in refs:
            continue
        mention = state.span(other.speaker.start, other.speaker.end)
        ref = refs[n][0]
        if mention is not None and mention.start <= token < mention.end and (
                isinstance(ref, Entity)):
            found.add(ref.number)
    return frozenset(found)


def entities_by_token(state: ArticleState) -> dict[int, set[int]]:
    """The entities named at each token or on a word that hangs on it (built once)."""
    index = state.memo.get("entities_by_token")
    if index is None:
        index = {}
        for ev in state.events:
            for token in (ev.position, state.doc[ev.position].head.i):
                index.setdefault(token, set()).add(ev.entity.number)
        state.memo["entities_by_token"] = index
    return index  # type: ignore[return-value]


def body_named_after_lede(state: ArticleState, span: Span, position: int) -> Entity | None:
    """``…, a federation said.`` before any body is named, then ``Greater Manchester Police
    Federation, which represents …``: the lede keeps a body's name for the next paragraph as
    it does a person's. The first body named within ``forward_sentences`` whose name ends in
    the description's head noun is the one; a body named before the lede means the article
    is already about somebody, and ``a federation`` is another."""
    headline = headline_body_description(state, span)
    if not headline and not lede_description(state, span, "organization"):
        return None
    lemma = head_noun(span).lemma_.lower()
    here = state.sentence(position)
    for event in state.events:
        if event.position < span.end or event.entity.kind != "organization" or (
                event.entity.place):
            continue
        if state.sentence(event.position) - here > state.weights.forward_sentences:
            return None
        if carries(name_tokens(event.entity.canonical, state.titles)[-1:], lemma):
            return event.entity
        if headline and body_fit(event.entity, lemma, state.titles, state.constraints) == KIND \
                and modifiers_spelled(span, event.entity, state.titles):
            return event.entity
    return None


def headline_body_description(state: ArticleState, span: Span) -> bool:
    """``Sask. teachers' union says …`` over ``The Saskatchewan Teachers' Federation (STF)
    says …``: a body noun in the headline or deck, bare or with ``the``, is headlinese for the
    body the lede names (the headline has no room for the name)."""
    head = head_noun(span)
    return span[0].lower_ not in UNNAMED_DETERMINERS and head.tag_ == "NN" and (
        head_kind(head.lemma_.lower(), state.titles, state.constraints) == "organization") and (
        in_opening_lines(state, span.start))


def modifiers_spelled(span: Span, entity: Entity, titles: Titles) -> bool:
    """Every word before the head noun (``Sask.``, ``teachers'``) begins a word of the body's
    name (``Saskatchewan Teachers' Federation``), and there is at least one: a headline's
    ``union`` of another kind is no federation named below it."""
    head = head_noun(span)
    words = [fold(t.text).strip(".'’") for t in span if t.i < head.i and t.is_alpha or (
        t.i < head.i and t.text.endswith((".", "'", "’")) and t.text[0].isalpha())]
    words = [w for w in words if w and w != "the"]
    named = [w for name in entity.names for w in name_tokens(name, titles)]
    return bool(words) and all(any(n.startswith(w) for n in named) for w in words)
