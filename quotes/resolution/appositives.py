"""Appositive, role and predicate-nominative links: what the article says each entity is.

The second pass of the sieve (after exact and acronym matches): ``Ana Ruiz, the club's
goalkeeper``, ``goalkeeper Ana Ruiz`` and ``Ruiz is a goalkeeper`` all tell the reader that a
later ``the veteran goalkeeper`` is Ruiz. Each named mention's apposed, compounded or predicated
nouns are recorded on its entity (by lemma), so the description pass can match any noun the
article itself used, not only nouns a rules file lists.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from ..attribution.grammar import subject_read_as_apposition
from ..names import Titles
from .config import Constraints
from .constraints import head_kind
from .entities import Entity, MentionEvent, person_shaped

COPULAS = {"be", "become", "remain"}
ARTICLES = {"the", "a", "an"}
MAX_OFFICE_WORDS = 4
MAX_BODY_WORDS = 7  # "of the Lagos State Police Command": the body an office before a name is of
MAX_APPOSITION_WORDS = 4  # "…, a 2003 pastoral letter": the words after the article, to its noun


def describing_nouns(span: Span) -> list[Token]:
    """Common nouns that say what the named span is, by the parse.

    ``Ruiz, the goalkeeper`` (appos child), ``the goalkeeper, Ruiz`` (the name apposed to the
    noun), ``goalkeeper Ana Ruiz`` (compound before the name), ``Ruiz is a goalkeeper`` (the
    subject of a copula with a noun attribute), ``Ruiz, who is the goalkeeper`` (the same in
    a relative clause).
    """
    root = span.root
    inside = range(span.start, span.end)
    found: list[Token] = [t for t in span if t.pos_ == "NOUN" and t.i < root.i
                          and t.dep_ == "compound"]  # "Goalkeeper Marta Quill" tagged whole
    for child in root.children:
        if child.i in inside or child.pos_ != "NOUN":
            continue
        if child.dep_ == "appos" and subject_read_as_apposition(child) is not None:
            continue  # "… in Brooklyn, the head of the union said": the union head's, not a town
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.i < span.start):
            found.append(child)
        elif child.i < span.start and noun_set_off_before(child, span):
            found.append(child)  # "The suspect, 20-year-old Zaid Rahman, …" parsed a modifier
    if root.dep_ == "appos" and read_as_noun(root.head) and root.head.i not in inside:
        found.append(root.head)
    if (twin := subject_set_off_before(span)) is not None:
        found.append(twin)  # "the school's headmistress, Mirna Suhaili said": two subjects
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in COPULAS:
        found.extend(c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    for clause in root.children:  # "Paula Southgate, who has been Hamilton's mayor, …"
        if clause.dep_ == "relcl" and clause.lemma_ in COPULAS and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            found.extend(c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    bracketing = noun_bracketing(span)
    if bracketing is not None and bracketing not in found:
        found.append(bracketing)
    trailing = apposition_after_comma(span)
    if trailing is not None and trailing not in found:
        found.append(trailing)
    return found


def apposition_after_comma(span: Span) -> Token | None:
    """``Strangers No Longer, a 2003 pastoral letter issued by …``, the parse having hung the
    apposition elsewhere: right after the name's comma, an article and a noun phrase whose
    head the parse made an apposition say what the name is."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or (
            doc[span.end + 1].lower_ not in ARTICLES):
        return None
    for token in doc[span.end + 2 : min(len(doc), span.end + 2 + MAX_APPOSITION_WORDS)]:
        if token.pos_ not in {"NOUN", "ADJ", "NUM"}:
            return None
        if token.pos_ == "NOUN" and token.dep_ == "appos":
            return token
    return None


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def read_as_noun(token: Token) -> bool:
    """A noun, or a noun the tagger read as an adjective (``The suspect, Zaid Rahman, was
    …`` with ``suspect`` tagged ADJ): a determiner's head in a noun's place."""
    return token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS and any(
        c.dep_ == "det" for c in token.children)


def subject_set_off_before(span: Span) -> Token | None:
    """``The school's headmistress, Mirna Suhaili said …`` parsed with two subjects of one
    verb: the noun right before the comma that precedes the name is the name's apposition."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"} or span.start < 2 or (
            span.doc[span.start - 1].text != ","):
        return None
    noun = span.doc[span.start - 2]
    if noun.pos_ == "NOUN" and noun.dep_ == root.dep_ and noun.head.i == root.head.i:
        return noun
    return None


def set_off_before_a_name(noun: Token) -> bool:
    """The noun is a subject a name right after its comma shares its verb with
    (``subject_set_off_before`` seen from the noun)."""
    doc = noun.doc
    after = noun.i + 2
    return noun.dep_ in {"nsubj", "nsubjpass"} and after < len(doc) and (
        doc[noun.i + 1].text == ",") and any(
        c.dep_ == noun.dep_ and c.pos_ == "PROPN" and c.left_edge.i == after
        for c in noun.head.children)


def noun_set_off_before(noun: Token, span: Span) -> bool:
    """``The suspect, 20-year-old Zaid Rahman``: a noun right after an article, set off from
    the name by a comma, that the parser hung on the name as a modifier is its apposition."""
    doc = span.doc
    return noun.dep_ in {"amod", "nmod", "compound"} and noun.i > 0 and (
        doc[noun.i - 1].lower_ in ARTICLES) and noun.i + 1 < span.start and (
        doc[noun.i + 1].text == ",")


def noun_bracketing(span: Span) -> Token | None:
    """``the innkeeper, Owen Tarrant, …`` by its surface, for when the parser missed the
    apposition: a determiner, a lower-case word, a comma, the name, a comma."""
    doc = span.doc
    if span.start < 3 or span.end >= len(doc) or doc[span.start - 1].text != "," or (
            doc[span.end].text != ","):
        return None
    word = doc[span.start - 2]
    if not (word.is_alpha and word.is_lower) or word.pos_ not in {"NOUN", "ADV", "ADJ"}:
        return None
    window = doc[max(0, word.i - 4) : word.i]
    if not any(t.lower_ in ARTICLES for t in window) or any(t.is_punct for t in window[-1:]):
        return None
    return word


def record_descriptors(span: Span, entity: Entity, titles: Titles | None = None,
                       constraints: Constraints | None = None,
                       first_names: Container[str] = (), naming: Container[str] = ()) -> None:
    """Remember on the entity every noun the article apposes to or predicates of this name
    (or gives it by a naming verb, ``naming``: ``a new organisation, called …``); a "person"
    the article calls a body (``the British aid group Gatsby``) becomes a body."""
    named = noun_named_so(span, naming)
    for noun in describing_nouns(span) + ([named] if named is not None else []):
        entity.descriptors.add(noun.lemma_.lower())
        if titles is not None:
            entity.descriptors.update(office_words(noun_phrase_words(noun), titles))
    if titles is not None and entity.kind == "person":
        for office in apposed_offices(span, titles):
            entity.add_role(office)
    if titles is not None:
        offices = office_words(office_before_comma(span, titles), titles) or (
            office_words(office_of_body_before_comma(span, titles), titles))
        entity.descriptors.update(offices)
        if offices and entity.kind == "organization" and (
                span[0].text.lower() in first_names or person_shaped(
                    entity.canonical.split(), titles.institutions)):
            entity.kind = "person"  # "spokesperson of …, Ismail Mukhtar" tagged a body, or
            # "the Director-General of …, Femi Oke-Osanyintolu": an office's holder
    if (age := apposed_age(span)) is not None:
        entity.descriptors.add(f"{age}-year-old")  # "Dana Whitfield, 54," … "the 54-year-old"
    if titles is not None and constraints is not None and described_as_body(
            entity, titles, constraints, first_names):
        entity.kind = "organization"


def noun_named_so(span: Span, naming: Container[str]) -> Token | None:
    """``A new organisation, called Harbury Farmers Alliance, met …``: the common noun a
    participle of naming (rules/verb_classes.jsonl, ``name_giving``) hangs on says what the
    name it gives is."""
    verb = span.root.head
    if span.root.dep_ not in {"oprd", "dobj", "attr"} or verb.tag_ != "VBN" or (
            verb.lemma_.lower() not in naming) or verb.dep_ != "acl":
        return None
    noun = verb.head
    return noun if noun.pos_ == "NOUN" and noun.i < verb.i else None


def apposed_offices(span: Span, titles: Titles) -> list[str]:
    """``Quitain, an incoming Vice Mayor,``: an office apposed to a name and written with
    capitals, which the tagger makes a proper noun (so ``describing_nouns`` passes it by),
    as written without its article, when its last word is a listed role title."""
    inside = range(span.start, span.end)
    offices = []
    for child in span.root.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i in inside or not any(
                c.lower_ in ARTICLES for c in child.children):
            continue
        entry = titles.entry(child.text)
        words = [t for t in child.subtree if t.i <= child.i and t.lower_ not in ARTICLES]
        if entry is not None and entry.kind == "role" and all(
                t.is_alpha or t.text == "-" for t in words):
            offices.append(" ".join(t.text for t in words))
    return offices


def noun_phrase_words(noun: Token) -> list[str]:
    """``public relations officer``: a noun with the compound words before it, folded."""
    words = [c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.is_alpha]
    return [*words, noun.lower_]


def office_before_comma(span: Span, titles: Titles) -> list[str]:
    """``the state Police Public Relations Officer, SP Ada Obi``: the words just before the
    comma that precedes a name (past its rank or honorific), folded; the parser seldom
    apposes a capitalised office to the name after it."""
    comma = comma_before_name(span, titles)
    return [] if comma is None else words_ending_at(span.doc, comma)


def office_of_body_before_comma(span: Span, titles: Titles) -> list[str]:
    """``Spokesman of the Lagos State Police Command, CSP Ada Obi``: before the comma that
    precedes a name, an office and the body it is ``of``; the words before the ``of``, folded
    (the office), when the body's words after it are all capitalised, or the office is a
    listed title (``spokesperson of Somali ministry for information, Ismail Mukhtar``)."""
    comma = comma_before_name(span, titles)
    if comma is None:
        return []
    doc = span.doc
    if comma >= 3 and doc[comma - 1].text == ")" and doc[comma - 3].text == "(":
        comma -= 3  # "… of the Lorvia Emergency Agency (LEMA), Femi Ade": its short form
    k = comma - 1
    lower = False  # "spokesperson of Somali ministry for information, Ismail Mukhtar"
    while k > 0 and comma - k <= MAX_BODY_WORDS and doc[k].lower_ != "of":
        if not doc[k].is_alpha:
            return []
        lower = lower or not (doc[k].text[:1].isupper() or doc[k].lower_ == "the")
        k -= 1
    if k <= 0 or doc[k].lower_ != "of" or lower and not (
            (entry := titles.entry(doc[k - 1].text)) is not None and entry.kind == "role"):
        return []  # (a body written in lower case only after an office's own title)
    return words_ending_at(doc, k)


def comma_before_name(span: Span, titles: Titles) -> int | None:
    """The comma just before a name, past its rank or honorific (``…, SP Ada Obi``)."""
    doc, i = span.doc, span.start - 1
    while i > 0 and titles.is_title(doc[i].text):
        i -= 1
    return i if i >= 1 and doc[i].text == "," else None


def words_ending_at(doc: Doc, end: int) -> list[str]:
    """Up to ``MAX_OFFICE_WORDS`` words right before token ``end``, folded."""
    start = end
    while start > 0 and end - start < MAX_OFFICE_WORDS and doc[start - 1].is_alpha:
        start -= 1
    return [t.lower_ for t in doc[start:end]]


def office_words(words: list[str], titles: Titles) -> set[str]:
    """The one-word titles of the office the words end with (``public relations officer`` ->
    ``spokesperson``, ``spokesman``, ``pro``…): a later ``the police spokesman`` is the
    officer, by ``same_as`` in rules/titles.jsonl."""
    for n in range(min(MAX_OFFICE_WORDS, len(words)), 0, -1):
        title = " ".join(words[-n:])
        if titles.entry(title) is not None:
            return {alias for alias in titles.same_office(title) if " " not in alias}
    return set()


def described_as_body(entity: Entity, titles: Titles, constraints: Constraints,
                      first_names: Container[str] = ()) -> bool:
    """``the aid group Gatsby``, ``Thai group Dusit Thani``: NER said person, but the noun the
    article put before or beside the name, the role's head, names a body; nothing else (a
    first name, a title's gender, a person noun beside it) says it is a person."""
    if entity.kind != "person" or not entity.role or entity.votes or any(
            n.split()[0].lower() in first_names for n in entity.names):
        return False
    # the role's head comes before its "of" ("Commissioner of Police" is a commissioner)
    head = re.split(r"\s+(?:of|for|at|in|with)\s+", entity.role)[0].split()[-1].lower()
    if head_kind(head, titles, constraints) != "organization":
        return False
    return not any(head_kind(d, titles, constraints) == "person" for d in entity.descriptors)


def apposed_age(span: Span) -> int | None:
    """``Dana Whitfield, 54,`` / ``Dana Whitfield (54)``: the age news apposes to a name."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in {",", "("}:
        return None
    number, closing = doc[span.end + 1], doc[span.end + 2]
    if not number.is_digit or closing.text not in {",", ")", "."} or not 0 < int(
            number.text) < 120:
        return None
    return int(number.text)


def described_by(entities: list[Entity], lemma: str) -> list[Entity]:
    """Entities the article described with this noun, in the order given (most salient first)."""
    return [e for e in entities if lemma in e.descriptors]


def role_noun_lead(name: Span, titles: Titles, constraints: Constraints,
                   first_names: Container[str]) -> int:
    """How many words in front of a name are a role noun the tagger took for part of it
    (``Singer Maya Fox``, ``Beekeeper Lena Moss``): a capitalised word that names a person by
    its form (``head_kind``) and is no first name, followed by a first name and a surname
    that either the first-name rules or the entity recogniser (which left the role out)
    call a person's name.
    """
    if len(name) < 3:
        return 0
    word, following = name[0], name[1]
    lower = word.lower_
    if not word.text[:1].isupper() or lower in first_names or titles.entry(lower) is not None:
        return 0
    named_after = following.lower_ in first_names or (
        word.ent_type_ != "PERSON" and following.ent_type_ == "PERSON"
        and following.ent_iob_ == "B")
    if not named_after or head_kind(lower, titles, constraints) != "person":
        return 0
    return 1


EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def named_example(state_events: list[MentionEvent], head: Token) -> Entity | None:
    """``church leaders like Rev. Ana Ruiz, with Grace Chapel, told News 5 …``: a plural
    person noun that gives one named person as its example speaks through that person, the
    one the reader can check the words with (``state_events``: the article's named
    mentions, in text order)."""
    if head.tag_ not in {"NNS", "NNPS"}:
        return None
    examples = [p for c in head.children if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPOSITIONS
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if len(examples) != 1 or any(c.dep_ in {"conj", "cc"} for c in examples[0].children):
        return None  # "leaders like Ruiz and Lee": several people, none of them the speaker
    name = examples[0]
    return next((e.entity for e in state_events if e.entity.kind == "person"
                 and name.left_edge.i <= e.position <= name.i), None)
