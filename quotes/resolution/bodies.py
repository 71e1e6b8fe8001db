"""Which named body a body description can be: ``the utility``, ``the agency``, ``the team``.

A hard constraint before salience, as for pronouns: a body noun fits a named body when the
name, or a noun the article apposed to it, carries the noun itself (``the ministry`` ->
``Ministry of Health``; ``the team`` -> ``the Hawks, a hockey team``) or a word of the same
kind of body (``the agency`` -> ``State Department``: both government). A name no word of
which tells its kind (``Unifor``) fits any body noun, but only as the body in focus. A name
whose words tell another kind never fits: ``the agency`` is not ``Northfield Power``, ``the
team`` not the ``University of Leeds``. The kinds are rules data (``families`` in
``rules/head_nouns.jsonl``). ``Bodies`` applies this in the description pass: a bare body
noun (``the utility``), one with a modifier (``the rescue agency``), and ``the city``.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from spacy.tokens import Span, Token

from ..names import Titles, name_tokens
from .config import Constraints
from .constraints import mention_head
from .entities import DEFINITE, Entity
from .pronouns import Pronouns
from .state import ArticleState

NAMED = "named"  # the name or an apposition carries the noun itself
KIND = "kind"  # a word of the name says it is the same kind of body
UNKNOWN = "unknown"  # nothing says what kind of body it is (or the noun fits every kind)
ANY = "any"


def kind_words(entity: Entity, titles: Titles) -> list[str]:
    """The words that can say what a body is: its names' words, its acronym (``PSNI``,
    ``RCMP``: rules/head_nouns.jsonl gives well-known ones a family) and its descriptors."""
    words = [w for name in entity.names for w in name_tokens(name, titles)]
    if entity.acronym:
        words.append(entity.acronym.replace(".", "").lower())
    return words + sorted(entity.descriptors)


def families_of(words: list[str], constraints: Constraints) -> frozenset[str]:
    """The kinds of body these words point to. A body noun among them decides (``Ministry of
    Energy`` is government, though ``energy`` alone suggests a company), and a listed pair
    wins over its words (``news agency`` is media, though ``agency`` alone is government);
    other words of the name (``Inc``, ``Power``) decide only when no body noun is there."""
    table, bodies = constraints.body_families, constraints.body_nouns
    heads: set[str] = set()
    others: set[str] = set()
    n = 0
    while n < len(words):
        pair = " ".join(words[n : n + 2])
        if n + 1 < len(words) and pair in table:
            heads |= table[pair]
            n += 2
            continue
        (heads if words[n] in bodies else others).update(table.get(words[n], frozenset()))
        n += 1
    return frozenset(heads or others)


def carries(words: list[str], noun: str) -> bool:
    """``security`` in ``cybersecurity``: a word of the name is the noun or ends in it."""
    return any(w == noun or (len(noun) >= 5 and w.endswith(noun)) for w in words)


def body_fit(entity: Entity, noun: str, titles: Titles, constraints: Constraints) -> str | None:
    """How a body noun fits a named body: ``NAMED``, ``KIND``, ``UNKNOWN``, or None (never)."""
    words = kind_words(entity, titles)
    if carries(words, noun):
        return None if headed_by_other_kind(entity, noun, titles, constraints) else NAMED
    wanted = constraints.body_families.get(noun, frozenset())
    kinds = families_of(words, constraints)
    if (wanted & kinds) - {ANY}:
        return KIND
    if ANY in wanted and described_generically(entity, constraints):
        return KIND  # "the group" after "a new organisation, called …": the article said so
    if not wanted or not (kinds - {ANY}) or ANY in wanted:
        return UNKNOWN
    return None


def described_generically(entity: Entity, constraints: Constraints) -> bool:
    """Whether the article called the named body by a noun that fits any body
    (``organisation``, ``group``): a generic noun for it later points back to it first."""
    return any(ANY in constraints.body_families.get(d, frozenset()) for d in entity.descriptors)


def headed_by_other_kind(entity: Entity, noun: str, titles: Titles,
                         constraints: Constraints) -> bool:
    """``police`` in ``Independent Police Conduct Authority``: the noun is only a modifier of
    a name whose head is a body noun of another kind (an authority is no police force; a
    ``Police Service`` is one). Hard constraint: ``police say`` is never that authority."""
    table = constraints.body_families
    wanted = table.get(noun, frozenset())
    if not wanted or ANY in wanted:
        return False
    for name in entity.names:
        words = name_tokens(name, titles)
        head = words[-1] if words else ""
        if head != noun and head in constraints.body_nouns and table.get(head) and not (
                table[head] & wanted):
            return True
    return False


def named(entity: Entity) -> bool:
    """A body the article named: a name, or a description that names itself (``Cisco
    System's Talos cybersecurity unit``, ``KARK-TV``: a word in capitals), not one kept as
    written (``the utility``, ``Police`` opening a sentence)."""
    return not entity.described or any(
        word[:1].isupper() for name in entity.names for word in name.split()[1:]) or any(
        sum(c.isupper() for c in word) > 1 for name in entity.names for word in name.split())


class Links(Protocol):
    """How the description pass records what a link rests on (for confidence)."""

    def said(self, entity: Entity | None) -> Entity | None: ...
    def focus(self, entity: Entity | None) -> Entity | None: ...
    def tie(self) -> None: ...
    def rivals(self, first: Entity, others: list[Entity], position: int) -> bool: ...
    def within_focus(self, entity: Entity, position: int) -> bool: ...


class Bodies:
    """Body descriptions of one article: ``the utility``, ``the rescue agency``, ``the city``.

    Part of the description pass; what each link rests on (the name said so, the kind fits,
    only focus, a tie) is recorded through ``links`` (the ``Descriptions`` pass).
    """

    def __init__(self, state: ArticleState, pronouns: Pronouns, links: Links) -> None:
        self.state = state
        self.pronouns = pronouns
        self.links = links

    def modified_body(self, span: Span, root: Token, lemma: str, position: int,
                      exclude: frozenset[int]) -> Entity | None:
        """``the rescue agency`` after ``Northfield Rescue``: a body noun with a modifier goes
        to the one body in focus whose name carries that modifier (or the head noun).

        Failing that, only the one body in focus that the noun fits by kind (``the tech firm``
        after ``Acme Inc.``), or any body for a noun that fits every kind (``the
        environmental group`` after ``Greenpeace``). Conservative on purpose: a specific noun
        and a modifier nothing in focus carries (``the fire department`` when only
        ``Northfield Rescue`` is in focus) link nothing, and two fitting bodies are nobody.
        """
        if (placed := self.body_of_place(span, root)) is not None:
            return placed
        if root.tag_ in {"NNS", "NNPS"} or span[0].lower_ not in DEFINITE:
            return None
        modifier_words = [t for t in span if t.head.i == root.i and t.is_lower
                          and t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"}]
        modifiers = {t.lemma_.lower() for t in modifier_words}
        if any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE"} for t in span):
            spelled = self.spelled_by_every_word(span, root, position)  # or names itself
            if spelled is not None or not modifiers or any(
                    t.pos_ == "PROPN" and t.ent_type_ not in {"NORP", "GPE"} for t in span):
                return spelled
            # "the US industrial group" after General Electric: a country of origin and a
            # field; the field finds the body, wherever it comes from
        if not modifiers:
            return None
        carrying, kind_only = [], []
        titles, constraints = self.state.titles, self.state.constraints
        generic = ANY in constraints.body_families.get(lemma, frozenset())
        for _, entity in self.pronouns.scores("it", position, exclude, floor=False):
            if entity.place or not named(entity) or not self.links.within_focus(entity, position):
                continue
            fit = body_fit(entity, lemma, titles, constraints)
            if fit is None:
                continue  # "the security firm" is no ministry, whatever it shares
            if any(carries(kind_words(entity, titles), m) for m in modifiers | {lemma}):
                if entity not in carrying:
                    carrying.append(entity)
            elif (fit == KIND or (generic and not entity.described)) and (
                    entity not in kind_only):
                kind_only.append(entity)
        if not carrying:
            carrying = self.spelling_all(modifier_words, root, position)
        if len(carrying) > 1:
            # "the water ministry": the Ministry of Water, not the Coast Water Board too
            every = [e for e in carrying if all(
                carries(kind_words(e, titles), m) for m in modifiers | {lemma})]
            carrying = every if len(every) == 1 else carrying
        if carrying:
            return self.links.said(carrying[0]) if len(carrying) == 1 else self.links.tie()
        if len(kind_only) > 1:
            return self.links.tie()
        return self.links.focus(kind_only[0]) if kind_only else None

    def body_of_place(self, span: Span, root: Token) -> Entity | None:
        """``police in Chatham-Kent said``: a body noun and the place it is ``in`` or ``of``
        name the one body whose name carries both (``the Chatham-Kent Police Service``),
        wherever the article names it: a lede may give the body's name only after."""
        places = [obj for prep in root.rights if prep.dep_ == "prep" and prep.lower_ in {
            "in", "of"} and span.start <= prep.i < span.end for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.i < span.end]
        if len(places) != 1:
            return None
        found = self.spelling_all(places, root, span.start, anywhere=True)
        return self.links.said(found[0]) if len(found) == 1 else None

    def spelled_by_every_word(self, span: Span, root: Token, position: int,
                              proper: bool = False) -> Entity | None:
        """``the Kentucky coalition``, ``the Singapore exam board``: a description with a proper
        or place word names itself (``the Canadian government``) unless exactly one body met
        before spells every word of it, and then it is that body. With ``proper`` the caller
        found the span's words proper already (``Harbury police``, whatever the tagger said)."""
        if not proper and not any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE"}
                                  for t in span):
            return None
        modifiers = [t for t in span if t.i < root.i and t.is_alpha and t.head.i == root.i
                     and t.dep_ in {"compound", "amod", "nmod"}]
        spelled = self.spelling_all(modifiers, root, position, shortened=True)
        if proper:  # a description kept as written ("the office and Appleton police") is no name
            spelled = [e for e in spelled if not e.described]
        return self.links.said(spelled[0]) if len(spelled) == 1 else None

    def spelling_all(self, modifiers: list[Token], root: Token, position: int,
                     shortened: bool = False, anywhere: bool = False) -> list[Entity]:
        """``the corrections department`` long after ``the Lorvia Department of Corrections``:
        the bodies met before whose names carry the head noun and every modifier. That is the
        name in lower case, word order aside, so it holds beyond the focus a vaguer
        description needs (``the department``). ``shortened`` lets a word be the start of the
        name's (``exam`` of ``Examinations``), which only every word together makes safe;
        ``anywhere`` takes bodies the article names later too."""
        titles = self.state.titles
        words = [{t.lower_, t.lemma_.lower()} for t in [*modifiers, root]]

        def carried(entity: Entity, form: str) -> bool:
            names = kind_words(entity, titles)
            return carries(names, form) or shortened and len(form) >= 4 and any(
                w.startswith(form) for w in names)

        return [entity for entity in self.state.entities
                if entity.kind == "organization" and not entity.place and named(entity)
                and (anywhere or 0 <= entity.last_seen < position)
                and all(any(carried(entity, form) for form in forms) for forms in words)]

    def named_ahead(self, noun: str, position: int) -> Entity | None:
        """``the council said`` with no council named yet, and later ``A Kellin City Council
        spokesperson said``: a story may name the body only after describing it, even inside
        a modifier. Only when no body carrying the noun was named before (then the
        description is no forward reference), and exactly one named within a few sentences
        (``body_ahead_sentences``) carries it; two are a tie, nobody."""
        titles, constraints = self.state.titles, self.state.constraints
        reach = self.state.sentence(position) + self.state.weights.body_ahead_sentences
        met_later = {event.entity.number for event in self.state.events
                     if position < event.position and self.state.sentence(event.position) <= reach}
        ahead: list[Entity] = []
        for entity in self.state.entities:
            if entity.kind != "organization" or entity.place or not named(entity) or (
                    body_fit(entity, noun, titles, constraints) != NAMED):
                continue
            if 0 <= entity.last_seen <= position:
                return None  # named before: the description was about it or another, not ahead
            if entity.number in met_later:
                ahead.append(entity)
        ahead = [e for e in ahead if not any(unit_of(e, other) for other in ahead)]
        if len(ahead) > 1:
            return self.links.tie()
        return self.links.said(ahead[0]) if ahead else None

    def another_place(self, entity: Entity, origins: frozenset[str]) -> bool:
        """``National Assembly of Pakistan`` for ``the Palestinian group``: the name holds a
        place word that none of the description's place words shares a stem with."""
        if not origins:
            return False
        words = {w.lower() for name in entity.names for w in name.split()}
        return any(w in self.state.place_words and not any(o[:4] == w[:4] for o in origins)
                   for w in words)

    def municipality(self, noun: str, position: int, regional: bool = False) -> Entity | None:
        """``the city said``: the body the article names for it (``the City of Surrey``; for a
        ``regional`` noun, ``the province``, also ``the B.C. government``), else the place the
        article keeps coming back to (``Toronto``), if it came back to one."""
        bodies = [e for e in self.state.entities.ranked(position, {"organization"})
                  if not e.described and any(self.municipal_name(n, noun) for n in e.names)
                  or regional and any(self.place_government(n) for n in e.names)]
        if bodies:
            return bodies[0]
        if (called := self.place_called(noun, position)) is not None:
            return self.links.said(called)  # the article called it so
        places = [e for e in self.state.entities if e.place and e.kind == "organization"
                  and 0 <= e.last_seen <= position and not (
                      regional and written_as_local(self.state, e))]
        top = max(places, key=lambda e: e.mentions, default=None)
        runner_up = max((e.mentions for e in places if e is not top), default=0)
        return top if top is not None and top.mentions >= 2 and top.mentions > runner_up else None

    def municipal_name(self, name: str, noun: str) -> bool:
        """``City of Surrey`` for ``the city``; ``Cape Breton Regional Municipality`` for any
        municipal noun: a municipality is whatever kind of town it governs. (``Langley City``
        is not taken: in a story on Surrey it is the neighbour.)"""
        words = name_tokens(name, self.state.titles)
        return words[:1] == [noun] or words[-1:] == ["municipality"]

    def place_government(self, name: str) -> bool:
        """``B.C. government``, ``Government of Quebec``: a government named for one place the
        tagger knows (the government of the province, city or town the story is about)."""
        words = name.replace(" of ", " ").split()
        if len(words) != 2 or "government" not in {w.lower() for w in words}:
            return False
        place = words[0] if words[1].lower() == "government" else words[1]
        return place.lower() in self.state.place_words

    def place_called(self, noun: str, position: int) -> Entity | None:
        """``The city of Ashby closed the pool … the city said``: the place the article called
        by this very noun (``the town of``, ``the county of``) is the body it stands for."""
        doc = self.state.doc
        for event in reversed(self.state.events):
            if event.position >= position or event.entity.kind not in {"organization", "name"}:
                continue  # a place, or a name the tagger took for a body (or left untyped)
            head = mention_head(doc[event.position])
            of = head.head
            if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() == noun:
                return event.entity
        return None

    def candidates(self, noun: str, position: int,
                   exclude: frozenset[int]) -> list[tuple[float, Entity]]:
        """The bodies ``it`` may mean, best first; for a team noun also the plural names a
        side goes by (``The Hornets`` … ``the team said``), which only ``they`` may mean."""
        scored = self.pronouns.scores("it", position, exclude, floor=False)
        if "team" in self.state.constraints.body_families.get(noun, frozenset()):
            scored += [(score, entity) for score, entity in self.pronouns.scores(
                "they", position, exclude, floor=False) if entity.kind == "group"]
            scored.sort(key=lambda item: item[0])
        return scored

    def typed_first(self, fitting: list[tuple[int, Entity]],
                    position: int) -> list[tuple[int, Entity]]:
        """A body the article typed as this kind (``FileNet Corp.`` for ``the company``) goes
        before a more salient body nothing types and that never acted (``fell on the NASDAQ
        market``), if it is still in focus."""
        typed = [(level, e) for level, e in fitting
                 if level > 0 and self.links.within_focus(e, position)]
        named_so = [(level, e) for level, e in typed if level == 2]
        if named_so and 0 < fitting[0][0] < 2:
            # "the council" after North Yorkshire Council and the Dales Academies Trust: the
            # body whose name has the noun goes before one only typed as that kind
            chosen = named_so[0][1]
            return named_so[:1] + [item for item in fitting if item[1] is not chosen]
        if not typed or fitting[0][0] > 0 or self.acted_before(fitting[0][1], position):
            return fitting
        chosen = typed[0][1]
        return typed[:1] + [item for item in fitting if item[1] is not chosen]

    def acted_before(self, entity: Entity, position: int) -> bool:
        """A rival only if it was once the subject of a clause: a body named only as a place
        things happen (``fell 5 percent on the New York Stock Exchange``, ``a Canaccord
        analyst``) is background the description does not point back to."""
        first = self.first_acts().get(entity.number)
        return first is not None and first < position

    def first_acts(self) -> dict[int, int]:
        """Where each entity was first a subject (one pass over the mentions, kept in
        ``state.memo`` until more mentions are recorded)."""
        events = self.state.events
        memo = self.state.memo.get("first_acts")
        if memo is None or memo[0] != len(events):
            acts: dict[int, int] = {}
            for event in events:
                if event.subject or conjoined_subject(self.state.doc[event.position]):
                    number = event.entity.number
                    acts[number] = min(acts.get(number, event.position), event.position)
            memo = (len(events), acts)
            self.state.memo["first_acts"] = memo
        return memo[1]  # type: ignore[no-any-return]

    def body_in_focus(self, noun: str, position: int, exclude: frozenset[int],
                      anaphoric: bool, recent: bool = False,
                      origins: frozenset[str] = frozenset()) -> Entity | None:
        """``the utility``, ``the agency``, ``the team``: the most salient named body the noun
        fits (``bodies.body_fit``). A body whose name or apposition says it is one of these
        (``Ministry of Health`` for ``the ministry``, ``State Department`` for ``the agency``)
        is taken on that evidence; one nothing types only for an anaphoric noun, as the body
        in focus (named within ``description_focus_sentences`` when ``recent``). ``origins``
        are the nationality or place words of the description (``the Palestinian group``): a
        rival whose name names another place makes nothing ambiguous.
        """
        titles, constraints = self.state.titles, self.state.constraints
        levels = {NAMED: 2, KIND: 1, UNKNOWN: 0}
        fitting: list[tuple[int, Entity]] = []
        for _, entity in self.candidates(noun, position, exclude):
            if entity.place or not named(entity) or any(e is entity for _, e in fitting):
                continue
            fit = body_fit(entity, noun, titles, constraints)
            if fit in {NAMED, KIND} or (fit == UNKNOWN and anaphoric and not entity.described):
                fitting.append((levels[fit], entity))
        if not fitting:
            return self.named_ahead(noun, position) or self.links.said(
                named_far_back(self.state, noun, position, exclude))
        fitting = self.typed_first(fitting, position)
        level, first = fitting[0]
        if recent and level == 0 and not self.links.within_focus(first, position):
            return None
        rivals = [e for other, e in fitting[1:] if other >= level and not self.another_place(
            e, origins) and self.acted_before(e, position) and not short_form(e, first, titles)]
        if self.links.rivals(first, rivals, position):
            return None  # "Northfield Power and Harbour Energy … the utility said"
        if level == 2:
            return self.links.said(first)  # "the ministry": the Ministry of Health
        return self.links.focus(first) if recent and level == 0 else first

    def body_named_by(self, noun: str, position: int, exclude: frozenset[int]) -> Entity | None:
        """``the command`` after ``the Central Command for Maritime Emergencies``: a noun no
        rule types is a body only when it is a word of one named body's name, and then it is
        that body (two such bodies leave it as written)."""
        named_by = [entity for _, entity in self.candidates(noun, position, exclude)
                    if self.named_with(entity, noun)]
        distinct = {entity.number: entity for entity in named_by}
        if len(distinct) == 1:
            return self.links.said(named_by[0])
        if distinct:
            return None
        # nothing in focus: the story's own body, named far back ("The district said" after
        # the Parma City School District was the lede's subject), if the article names it most
        earlier = [e for e in self.state.entities if 0 <= e.last_seen < position
                   and e.number not in exclude and self.named_with(e, noun)]
        return self.links.focus(most_mentioned(earlier))

    def named_with(self, entity: Entity, noun: str) -> bool:
        """A named body (no place) whose name has the noun (``the district``: ``… School
        District``)."""
        return entity.kind == "organization" and not entity.place and named(entity) and (
            carries(kind_words(entity, self.state.titles), noun))


def written_as_local(state: ArticleState, place: Entity) -> bool:
    """``Minden Hills township``, ``the Town of Ashby``: the article writes the place with
    the noun of a town, so ``the province`` is not it (whatever it mentions most)."""
    local = "|".join(sorted(noun for noun, entry in state.rules.nouns.items()
                            if entry.municipal and not entry.regional))
    return bool(local) and any(re.search(
        rf"\b{re.escape(name)}\s+(?:{local})\b|\b(?:{local})\s+of\s+{re.escape(name)}\b",
        state.text, re.IGNORECASE) for name in place.names)


def named_far_back(state: ArticleState, noun: str, position: int,
                   exclude: frozenset[int]) -> Entity | None:
    """``the ministry`` six sentences after ``the Ministry of Health announced``, with a
    minister quoted in between: out of focus, but the only body the article named with the
    noun is the one a definite description points back to (two such bodies, nobody)."""
    titles, constraints = state.titles, state.constraints
    earlier = {entity.number: entity for entity in state.entities
               if 0 <= entity.last_seen < position and entity.number not in exclude
               and entity.kind == "organization" and not entity.place and named(entity)
               and body_fit(entity, noun, titles, constraints) == NAMED}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def subject_just_before(state: ArticleState, noun: str, position: int, exclude: frozenset[int],
                        described: Entity) -> Entity | None:
    """``Tolko Industries, a B.C. forestry company, …`` and later ``While Canfor is
    closing its mill, …. The company says``: a named body the noun fits, the subject of a
    clause in this sentence or the one before, after the body the article called so was
    last seen, is the company the story has moved on to."""
    titles, constraints = state.titles, state.constraints
    here = state.sentence(position)
    events = state.events  # in the order of their positions
    before = bisect.bisect_left(events, position, key=lambda e: e.position)
    for event in reversed(events[:before]):
        if here - state.sentence(event.position) > 1 or (
                event.position <= described.last_seen):
            return None
        entity = event.entity
        if event.subject and entity is not described and entity.kind == "organization" and (
                not entity.place and named(entity) and entity.number not in exclude) and (
                body_fit(entity, noun, titles, constraints) is not None):
            return entity
    return None


def most_mentioned(bodies: list[Entity]) -> Entity | None:
    """``the district`` when the story is about the Parma City School District and names the
    Nordonia Hills City School District once: the body the article names most, if it names
    it more often than any other (a tie is nobody)."""
    ranked = sorted(bodies, key=lambda e: -e.mentions)
    if not ranked or len(ranked) > 1 and ranked[0].mentions <= ranked[1].mentions:
        return None
    return ranked[0]


PLACE_PREPOSITIONS = frozenset({"in", "of"})


def fuller_form_before(root: Token, areas: frozenset[str],
                       modifiers: bool = False) -> Span | None:
    """``Harlan County deputies came …. deputies said``, ``Officers in Ashby announced ….
    Officers said``: a bare group noun is the group the article last wrote with
    the same noun and its place (capitalised words before it, or ``in``/``of`` a place after
    it). Mentions of the noun without a place are skipped (they add nothing); a noun that
    is only a modifier (``Ashby police chief``) is another person. With ``modifiers`` a
    body's lower-case modifiers count too: ``the ministry`` after ``Lorvia's fisheries
    ministry`` is the fisheries ministry."""
    doc = root.doc
    for token in reversed(doc[: root.i]):
        if token.lower_ != root.lower_ or token.dep_ == "compound" and not (
                token.head.tag_ == "NNS" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
            continue  # but "Saskatoon police officers" writes the police with its place
        if modifiers and (described := lower_case_modifiers(token)) is not None:
            return described
        start = token.i
        if start > 1 and doc[start - 1].lower_ in {"'s", "’s"} and doc[start - 2].ent_type_ in {
                "GPE", "LOC", "NORP"}:
            start -= 1  # "Canada’s premiers": the place's possessive
        while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].text == "-" and (
                start > 1 and _name_word(doc[start - 2]))):
            start -= 1  # ("the S-R-SF government": a coalition's initials, hyphenated)
        if start < token.i:
            return doc[start : token.i + 1]
        after = [c for c in token.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS]
        for prep in after:
            place = [t for t in prep.subtree if t.i > prep.i and not t.is_punct]
            # ("Officials in Union County, Kentucky": the comma is no word of the place)
            if place and not (all(t.text[:1].isupper() for t in place) and any(
                    t.ent_type_ in {"GPE", "LOC"} for t in place)):
                objects = [c.i for c in prep.children if c.dep_ == "pobj"]
                place = [t for t in place if objects and t.i <= objects[0]]
                if not place or not named_locality(place, areas):
                    continue  # ("inhabitants of the Astir neighborhood": its locality)
            if place:
                # with the words that say which of them ("Public sector trade unions in …")
                first = min((c.left_edge.i for c in token.lefts
                             if c.dep_ in {"compound", "amod"} and c.ent_type_ not in {
                                 "DATE", "TIME"}), default=token.i)  # (not "Today")
                return doc[first : place[-1].i + 1]
    return None


def named_locality(place: list[Token], areas: frozenset[str]) -> bool:
    """``the Astir neighborhood``, ``Tikkar village``: a named locality written with its
    lower-case kind (``areas``: head_nouns.jsonl, area), as the place that says which
    residents or inhabitants they are."""
    words = place[1:] if place[0].lower_ == "the" else place
    return len(words) >= 2 and words[-1].lower_ in areas and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[:-1])


def _name_word(token: Token) -> bool:
    """A capitalised word of a name or a place before a group noun, or initials in capitals."""
    return token.text[:1].isupper() and token.is_alpha and (
        token.pos_ == "PROPN" or token.ent_type_ in {"NORP", "GPE", "LOC"} or (
            token.is_upper and token.pos_ not in {"DET", "PRON", "ADP", "CCONJ"}))


def lower_case_modifiers(token: Token) -> Span | None:
    """``fisheries ministry``, ``state water agency``: the noun with the lower-case
    nouns and adjectives written right before it that narrow it, if any."""
    start = token.i
    while start > 0 and (before := token.doc[start - 1]).is_lower and before.is_alpha and (
            before.dep_ in {"compound", "amod"} and before.pos_ in {"NOUN", "ADJ"}) and (
            before.head.i >= start):
        start -= 1
    return token.doc[start : token.i + 1] if start < token.i else None


def short_form(entity: Entity, body: Entity, titles: Titles) -> bool:
    """``Brenmor`` after ``Brenmor Group AG``: every name of the entity is how the body's
    name begins, the short name a story uses for the same body (whatever NER typed it), so
    no rival to it."""
    full = [name_tokens(n, titles) for n in body.names]
    return bool(entity.names) and all(
        (words := name_tokens(n, titles)) and any(
            len(words) < len(f) and f[: len(words)] == words for f in full)
        for n in entity.names)


def conjoined_subject(token: Token) -> bool:
    """``Northfield Power and Harbour Energy cut supply``: the second name is a subject too."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "conj" and token.head.dep_ in {"nsubj", "nsubjpass"}


def unit_of(entity: Entity, body: Entity) -> bool:
    """``Kingston Police Community Response Unit`` within ``Kingston Police``: a name that
    opens with another body's whole name (and goes on) is a unit of that body, no rival."""
    return entity is not body and entity.canonical.lower().startswith(
        body.canonical.lower() + " ")
