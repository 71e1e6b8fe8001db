"""Hard constraints: what a mention can never refer to, whatever the salience scores say.

The deterministic coreference sieve (Raghunathan et al. 2010; Lee et al. 2013) applies
agreement as a filter, not a weight: ``it`` is never a person, ``he`` and ``she`` never a body, a
place or a date, ``they`` a body or a group, and a known gender must match. Salience only ranks
the candidates these constraints let through. Head nouns are read the same way: what a noun
says about the one it describes (a person or a body, a woman or a man) comes from the titles
rules, the small closed lists in ``Constraints`` and the word's ending, so a noun nobody listed
(``the innkeeper``, ``the utility``) still gets a kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..attribution.grammar import is_finite
from ..names import Titles
from .config import Constraints
from .entities import FEMALE, MALE, NEUTER, PLURAL, Entity
from .offices import is_role

# links inside one mention: "the village of Brindle", "Corwen Water", "Brindle and Ashby"
MENTION_INNER = {"compound", "flat", "amod", "det", "conj", "appos"}


def pronoun_gender(word: str) -> str | None:
    """``m`` for he/him/his, ``f`` for she/her, else None."""
    return "m" if word in MALE else "f" if word in FEMALE else None


def admits(word: str, entity: Entity, named_person: bool = True) -> bool:
    """Whether a pronoun can point at this entity at all: number, animacy, known gender.

    ``named_person`` is False for a "person" only guessed from a proper-noun subject nobody
    labelled, titled or gendered (``Corwen Water said``): ``it`` may still be that body.
    """
    if word in NEUTER:  # "it": a body (or a place), never a person; or a described speaker
        # no rule types ("A statement from the regional emergency operations centre says …")
        return entity.kind == "organization" or (entity.kind == "person" and not named_person) or (
            entity.kind == "unknown" and entity.spoke)
    if word in PLURAL:
        return entity.kind in {"organization", "group"} and not entity.place or (
            singular_they(entity))
    if entity.kind != "person" or (entity.place and not (entity.spoke or entity.gender)):
        return False  # "he", "she": never a body, a place or a date
    return entity.gender in (None, pronoun_gender(word))


def names_a_way(entity: Entity, constraints: Constraints) -> bool:
    """``Sheikh Zayed Road``, ``Martin Luther King Boulevard``: a name ending in a word for a
    road or street (head_nouns.jsonl, kind ``way``) is a place, whatever title or label it
    carries; no pronoun ever means it."""
    words = entity.canonical.lower().split() if entity.names else []
    return len(words) >= 2 and words[-1] in constraints.way_nouns


def singular_they(entity: Entity) -> bool:
    """``A utility spokesperson said … "…," they said``: one person of unstated gender who has
    spoken may be ``they``, as style guides now allow; salience then weighs them against the
    bodies and groups."""
    return entity.kind == "person" and entity.gender is None and entity.described and (
        entity.spoke)


def place_may_be_it(entity: Entity, acting: bool) -> bool:
    """``it`` is a place only where the place acts (``Norway announced sanctions``) or spoke
    before; a village or country named in passing (``Canada has seen three storms``,
    ``power returned to Brindle``) is scenery, never the body that said something."""
    return not entity.place or entity.spoke or acting


def acting_subject(token: Token, constraints: Constraints) -> bool:
    """Whether the mention at ``token`` is the subject of a verb it performs: ``Norway
    announced``, not ``Canada has seen`` or ``Brindle and Ashby lost water``."""
    head = mention_head(token)
    if head.dep_ != "nsubj":
        return False  # an object, a possessor, or the subject of a passive
    return head.head.lemma_.lower() not in constraints.non_agentive_verbs


def referential_it(token: Token, constraints: Constraints) -> bool:
    """``it has no intention``, not the empty ``it`` of ``it was a good day``, ``it seems``,
    ``it won't take long`` (``impersonal_verbs``) or ``it emerged that …``: an ``it`` whose
    verb takes no empty subject and hands on to no clause or predicate stands for something."""
    head = token.head
    return token.dep_ != "expl" and head.lemma_.lower() not in constraints.impersonal_verbs and (
        not any(c.dep_ in {"attr", "acomp", "ccomp"} for c in head.children))


def mention_head(token: Token) -> Token:
    """The token that links a mention starting at ``token`` to its clause (``Water`` in
    ``Corwen Water said``, ``Brindle`` in ``Brindle and Ashby lost``)."""
    head = token
    while head.dep_ in MENTION_INNER and head.head.i != head.i:
        head = head.head
    return head


def head_short_of_apposition(token: Token) -> Token:
    """``mention_head`` without crossing an apposition: the head of the phrase the mention
    itself is (``The head of NATO, Scheffer,``: ``Scheffer`` stays apart from ``head``)."""
    head = token
    while head.dep_ in MENTION_INNER - {"appos"} and head.head.i != head.i:
        head = head.head
    return head


def prepositional_object(token: Token) -> bool:
    """Whether the mention starting at ``token`` is a preposition's object (not a passive's
    ``by`` agent): scenery of its sentence (``guests courtesy of Tuff Decisions``), neither
    the topic of its paragraph nor the one a following pronoun's gender is evidence of."""
    head = mention_head(token)
    return head.dep_ == "pobj" and head.head.lower_ != "by"


def grammatical_subject(token: Token) -> bool:
    """Whether the mention starting at ``token`` is its clause's subject (active or passive),
    or the name set beside it (``The leader of Highland Council, Margaret Davidson, was
    unimpressed``, however the parse hung the name on the ``of`` object)."""
    head, apposed = token, False
    while head.dep_ in MENTION_INNER and head.head.i != head.i:
        apposed = apposed or head.dep_ == "appos"
        head = head.head
    if apposed and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = mention_head(head.head.head)
    return head.dep_ in {"nsubj", "nsubjpass"} or conjunct_read_as_subject(head)


def conjunct_read_as_subject(head: Token) -> bool:
    """``… put the accused on probation but Supt Valletta did not agree``: a noun the parse
    joined to the object before ``but``/``and``, right before a finite verb that has no
    subject of its own, is that verb's subject, a new clause's."""
    doc = head.doc
    first, after = head.left_edge.i, head.i + 1
    if head.dep_ != "conj" or first < 1 or doc[first - 1].pos_ != "CCONJ" or after >= len(doc):
        return False
    verb = doc[after]
    clause = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
    return clause.pos_ in {"VERB", "AUX"} and is_finite(clause) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def adverbial_oblique(token: Token) -> bool:
    """Whether the mention starting at ``token`` only sits in an adverbial phrase of its
    clause (``closed at $9 on the Nasdaq``, ``in Ottawa``): such a noun phrase is the least
    salient antecedent (Lappin and Leass 1994, "non-adverbial emphasis"), unlike an object or
    the complement of a noun (``the chief of Acme``) or the agent of a passive (``by Acme``)."""
    head = mention_head(token)
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.lower_ == "by":
        return False
    return head.head.head.pos_ in {"VERB", "AUX"}


def subject_under_a_persons_verb(mention: Token) -> bool:
    """``Ana Ruiz wondered how Mr Vale got to the scene``: the subject of a clause another
    verb governs whose own subject is a person's name is less salient than that person, the
    sentence's topic (centering: the main clause's subject is the one a pronoun goes on with)."""
    head = head_short_of_apposition(mention)
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ not in {"ccomp", "advcl"}:
        return False
    host = head.head.head
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.i < head.i
               for c in host.children)


def object_of_host_clause(mention: Token, pronoun: Token) -> bool:
    """``A roar of approval greeted Mr McCulloch when he said …``: the subject pronoun of a
    clause hung on a verb (``when``, ``as``, ``after`` …) whose object is the mention, while
    that verb's subject is a thing, not a name or a pronoun: the object is whom the sentence
    is about, the one the pronoun goes on with (centering within the sentence)."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.head.dep_ != "advcl":
        return False
    head = head_short_of_apposition(mention)
    host = pronoun.head.head
    if head.dep_ != "dobj" or head.head.i != host.i or not head.i < pronoun.i:
        return False
    subjects = [c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not s.ent_type_ and s.lower_ not in {"who", "that"}
        for s in subjects)


def bound_by_subject(mention: Token, pronoun: Token) -> bool:
    """A name that is an object in the clause of a subject pronoun is never what the pronoun
    means (binding, Principle C): ``Unlike Al Mnajer, he has no work``, ``he told Smith``.
    A name inside the subject or set beside it (``The head of NATO, Scheffer, he …``) is
    not bound."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = head_short_of_apposition(mention)
    if head.dep_ not in {"dobj", "dative", "pobj", "iobj"}:
        return False
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep":
            # ("Regarding his talks with Yatnal, he said": a participle used as a preposition
            # opens no clause of its own)
            return head.i == pronoun.head.i
        if head.dep_ in {"nsubj", "nsubjpass", "appos"}:
            return False  # inside the subject ("the head of NATO") or an aside
    return False


def label_disagrees(word: str, labels: set[str], constraints: Constraints) -> bool:
    """The labels NER gave an antecedent's mentions contradict the pronoun: ``he`` for what
    was only ever tagged a body or place, ``it`` or ``they`` for a tagged person."""
    if word in NEUTER | PLURAL:
        return "PERSON" in labels
    return bool(labels) and "PERSON" not in labels and labels <= constraints.body_labels


def noun_gender(noun: str, titles: Titles, constraints: Constraints) -> str | None:
    """``spokeswoman`` -> f, ``father`` -> m, ``goalkeeper`` -> None."""
    word = noun.lower()
    title = titles.entry(word)
    if title is not None and title.gender:
        return title.gender
    if word in constraints.female_words or word.endswith("woman"):
        return "f"
    if word in constraints.male_words or (word.endswith("man") and word not in
                                          constraints.not_person_nouns | constraints.person_nouns):
        return "m"
    return None


def role_gender(role: str | None, titles: Titles, constraints: Constraints) -> str | None:
    """The gender a role states (``a spokeswoman for the utility``), if any word states one."""
    if not role:
        return None
    genders = {noun_gender(word, titles, constraints) for word in role.replace(",", " ").split()
               if not word[:1].isupper() or titles.entry(word) is not None}
    # (a capitalised word no title is a name: "Corman Park Reeve" states no man)
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def head_kind(noun: str, titles: Titles, constraints: Constraints) -> str | None:
    """What a description's head noun names: ``person``, ``organization`` or None (unknown).

    Closed lists and titles first, then the ending: ``-er``/``-ist``/``-ian`` nouns name people
    (innkeeper, chemist, historian), ``-ity``/``-ency``/``-ment`` nouns name bodies (utility,
    agency, government).
    """
    word = noun.lower()
    if word in constraints.body_nouns:
        return "organization"
    title = titles.entry(word)
    if word in constraints.person_nouns or (title is not None and title.kind == "role"):
        return "person"
    if noun_gender(word, titles, constraints) is not None:
        return "person"
    if word in constraints.not_person_nouns:
        return None
    if word.endswith(constraints.person_suffixes):
        return "person"
    if word.endswith(constraints.body_suffixes):
        return "organization"
    return None


def listed_person_noun(noun: str, titles: Titles, constraints: Constraints) -> bool:
    """``director``, ``spokeswoman``, ``father``: a noun the rules or titles list as a
    person's (never a guess from its ending: ``employer`` may be a company)."""
    word = noun.lower()
    title = titles.entry(word)
    return word not in constraints.body_nouns and (
        word in constraints.person_nouns or (title is not None and title.kind == "role")
        or noun_gender(word, titles, constraints) is not None)


def official_for_participant(noun: str, entity: Entity, titles: Titles,
                             constraints: Constraints) -> bool:
    """Hard constraint: ``the victim``, ``the man`` is someone met in the events, never the
    official in focus who holds an office (``Crown prosecutor Ana Ruiz told the court the man
    said he did``: not her)."""
    if noun not in constraints.participant_nouns:
        return False
    return any(is_role(word, titles) for role in [entity.role, *entity.earlier_roles] if role
               for word in role.replace("-", " ").split())
