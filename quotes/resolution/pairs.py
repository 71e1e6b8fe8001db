"""``they`` for two people just named together: ``Handler and Zahn have not seen an outbreak
like this. They say …``.

Part of the pronoun pass. A plural pronoun is never one person (the number constraint), so
when the article has just joined two or more people's names with ``and`` (in the pronoun's
own sentence before it, or in the sentence before), ``they`` is those people together,
resolved one by one as a conjoined speaker mention is (``Sandmann and Phillips said``).
Names after a place preposition (``urged people at Chetwynd and Edenhope to leave``) are
scenery, not actors, so they never take the pronoun from the clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..names import Titles
from .entities import PERSON_LABELS
from .spans import person_ending_at, with_titles
from .state import ArticleState

PLURAL_PERSONAL = frozenset({"they"})
# how many sentences back a pair of names may stand for "they" (0: the pronoun's own)
PAIR_SENTENCES = 1
# prepositions that put names in the scenery: `at`, `near` (the tagger reads small places as people)
LOCATIVE_PREPOSITIONS = frozenset({"at", "in", "near", "around", "across", "inside", "outside",
                                   "throughout", "into", "towards", "toward"})


def is_scenery(root: Token) -> bool:
    """True when the names stand after a place preposition (``urged people at Chetwynd and
    Edenhope to leave``): where something happens, not who acts."""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS


def joined_by_and(token: Token) -> bool:
    """The word has an ``and`` joining another to it (``Saldanha and Bhatia``), or opens a
    list whose last joint has it (``Ruiz, Hale and Vale``: the parse hangs the ``and`` on
    ``Hale``)."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for t in (token, *token.conjuncts)
               if t.i >= token.i for c in t.children)


def people_joined_before(state: ArticleState, position: int,
                         reach: int = PAIR_SENTENCES) -> list[Span]:
    """The last names of people joined by ``and`` before token ``position`` within ``reach``
    sentences, each as the tagger wrote it (``Eric Handler``, ``Matt Zahn``), or none."""
    pairs = pairs_joined_before(state, position, reach)
    return pairs[-1] if pairs else []


def pairs_joined_before(state: ArticleState, position: int, reach: int) -> list[list[Span]]:
    """Every group of people's names joined by ``and`` before ``position`` within ``reach``
    sentences, in text order (``people_joined_before``)."""
    here = state.sentence(position)
    found: list[list[Span]] = []
    for ent in state.ents:
        if ent.end > position:
            break
        if ent.label_ not in PERSON_LABELS or here - state.sentence(ent.start) > reach:
            continue
        root = ent.root
        if (first := untagged_first_of_pair(state, ent)) is not None:
            found.append([first, ent])  # "Both Saldanha and Bhatia said": NER tagged only
            continue  # the second
        if is_scenery(root) or not joined_by_and(root) or (
                root.dep_ == "conj" and root.head.ent_type_ in PERSON_LABELS):
            continue  # (a later name of a list begun before is in that list)
        joined = [span for c in root.conjuncts if root.i < c.i < position
                  and (span := person_ending_at(state.doc, c.i + 1)) is not None
                  and span.label_ in PERSON_LABELS]
        if joined:
            found.append([ent, *joined])
    return found


def untagged_first_of_pair(state: ArticleState, ent: Span) -> Span | None:
    """``Both Saldanha and Bhatia``: a person's name joined by ``and`` to the name before it,
    which NER left untagged: that name, if it is a proper noun the article already gave a
    person (``Maria Saldanha``)."""
    root = ent.root
    head = root.head
    if root.dep_ != "conj" or head.pos_ != "PROPN" or head.i >= ent.start or is_scenery(head) or (
            head.ent_type_) or not joined_by_and(head):
        return None
    if not any(e.kind == "person" and head.lower_ in e.tokens for e in state.entities):
        return None
    return state.doc[head.i:head.i + 1]


def pair_holding_role(state: ArticleState, span: Span) -> list[Span]:
    """``Environment Minister Ana Ruiz and Energy Minister Bo Lee made their decision. The
    ministers say …``: a plural person noun (``the ministers``, ``the two chiefs``, or the
    number alone, ``the two``) is the
    people just named together when every one of them carries that noun as a title, when
    the noun counts exactly them (``the two tenants``: ``counted``), or
    when they were set together beside its plural (``apposed_to``). The
    title is a stronger tie than a bare ``they`` has, so it reaches as far back as a
    description looks for its holder (``description_focus_sentences``)."""
    head = span.root
    reach = state.weights.description_focus_sentences
    if head.pos_ == "NUM" and head.is_alpha and span[0].lower_ == "the" and len(span) == 2:
        pair = people_joined_before(state, span.start, reach)  # "Both X and Y noted …. The
        return pair if len(pair) >= 2 else []  # two said …": the people named together
    if state.noun_entry(head).collective and span[0].lower_ == "the":
        pair = people_joined_before(state, span.start, reach)  # "X, Y and Z spoke …. The
        return pair if len(pair) >= 2 else []  # panel acknowledged …": the people named
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not any(
            t.dep_ == "det" and t.lower_ in {"the", "both"} for t in head.children):
        return []
    noun = head.lemma_.lower()
    count = counted(head)
    joined = people_joined_before(state, span.start, reach)
    if count and count in (len(joined), len(listed := people_listed_before(
            state, span.start, reach))):
        return joined if len(joined) == count else listed
    for pair in (joined, people_written_with_and(state, span.start, reach)):
        if len(pair) >= 2 and all(titled(name, noun, state.titles) for name in pair):
            return pair
    return next((pair for pair in reversed(pairs_joined_before(state, span.start, reach))
                 if apposed_to(pair, noun)), [])


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def counted(head: Token) -> int:
    """``the two tenants``: how many people the noun counts (0 when it gives no number). A
    count that matches the people just named together ties them as a title would: ``Ana Ruiz
    and Bo Lee held a sign. The two tenants say …``."""
    number = next((t for t in head.children if t.dep_ == "nummod"), None)
    if number is None:
        return 0
    if number.text.isdigit():
        return int(number.text)
    return NUMBER_WORDS.get(number.lower_, 0)


def apposed_to(pair: list[Span], noun: str) -> bool:
    """``Defence lawyers, Unity Dow and Banyatsi Mmekwa, …``: the people named together
    are set beside a plural of the noun, which they are between them."""
    doc, i = pair[0].doc, pair[0].start - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].is_title:
        i -= 1  # a first name the tagger left out ("Unity" of "Unity Dow")
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].tag_ in {"NNS", "NNPS"} and doc[i].lemma_.lower() == noun


TITLE_WORDS_BETWEEN = 5  # "and" and the second person's titles ("Deputy Energy Minister")


def people_named_before(state: ArticleState, position: int, reach: int) -> list[Span]:
    """The names NER tagged as people before ``position`` within ``reach`` sentences."""
    here = state.sentence(position)
    return [e for e in state.ents if e.label_ in PERSON_LABELS and e.end <= position
            and here - state.sentence(e.start) <= reach]


def people_written_with_and(state: ArticleState, position: int, reach: int) -> list[Span]:
    """The last two people's names written ``X and TITLE Y`` before ``position`` (the parse
    may join the titles instead of the names: ``Energy Minister`` as the conjunct)."""
    people = people_named_before(state, position, reach)
    for first, second in reversed(list(zip(people, people[1:], strict=False))):
        between = state.doc[first.end:second.start]
        if 0 < len(between) <= TITLE_WORDS_BETWEEN and between[0].lower_ == "and" and all(
                t.text[:1].isupper() for t in between[1:]):
            return [first, second]
    return []


# words a photo caption sets between people it lists: "Ana Ruiz, left, and Bo Lee, right,"
CAPTION_POSITIONS = frozenset({"left", "right", "center", "centre", "front", "back", "middle"})


def people_listed_before(state: ArticleState, position: int, reach: int) -> list[Span]:
    """The last people's names written as one list before ``position``: nothing between two
    of them but commas, ``and`` and a caption's positions (``Ana Ruiz, left, and Bo Lee,
    right,``), which the parse may not join."""
    people = people_named_before(state, position, reach)
    if not people:
        return []
    listed = [people[-1]]
    for first in reversed(people[:-1]):
        between = state.doc[first.end:listed[0].start]
        if not between or not all(t.is_punct or t.lower_ == "and" or t.lower_ in CAPTION_POSITIONS
                                  for t in between) or "and" not in {
                                      t.lower_ for t in state.doc[first.end:people[-1].start]}:
            break
        listed.insert(0, first)
    return listed if len(listed) >= 2 else []


def titled(name: Span, noun: str, titles: Titles) -> bool:
    """``Energy Minister Bo Lee``: the noun is among the title words written before the name
    (``spans.with_titles``)."""
    titled_name = with_titles(name, titles)
    return any(t.lemma_.lower() == noun or t.lower_ == noun
               for t in titled_name[: name.start - titled_name.start])
