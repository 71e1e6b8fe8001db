"""Per-document state the passes share: quoted stretches, paragraphs, cue verbs, results.

Built once per document; the passes read it and claim quoted stretches in it, so a
later, more permissive pass never takes what an earlier, surer one attributed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Attribution, Mention
from ..segmentation import paragraph_of_offsets
from .grammar import is_finite, own_subject
from .lexicon import Lexicon
from .marks import QuotedSpan, find_quoted_spans, top_level

SENT_END = {".", "!", "?"}


@dataclass
class QuoteSlot:
    """A top-level quoted stretch with its token extent and what has been decided about it."""

    span: QuotedSpan
    first: int  # first token index (inclusive)
    last: int  # last token index (inclusive)
    claimed: bool = False
    attribution: int | None = None  # index into the result list

    @property
    def words(self) -> int:
        return self.last - self.first + 1


@dataclass
class Context:
    """Per-document state shared by the passes: built once, read many times."""

    doc: Doc
    text: str  # ``doc.text``, computed once: spaCy rebuilds it from every token on each access
    lexicon: Lexicon
    slots: list[QuoteSlot]
    slot_of_token: list[int]
    para_of_token: list[int]
    cue_verbs: list[Token]
    according_to: list[Span]
    results: list[Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    reported: list[tuple[int, int]] = field(default_factory=list)  # token ranges claimed
    dropped: set[int] = field(default_factory=set)  # results that only relay a nested one

    def in_quote(self, i: int) -> bool:
        return self.slot_of_token[i] >= 0


def build_context(doc: Doc, lexicon: Lexicon, according_to: Sequence[Span] = ()) -> Context:
    """Pair quotation marks, map tokens to quotes and paragraphs, collect cue verbs."""
    text = doc.text
    slots = [_slot(doc, span) for span in top_level(find_quoted_spans(text))]
    slots = [s for s in slots if s is not None and not _stray_close_after_attribution(
        doc, s, lexicon)]
    slot_of_token = [-1] * len(doc)
    for n, slot in enumerate(slots):
        for i in range(slot.first, slot.last + 1):
            slot_of_token[i] = n
    para_of_token = _paragraph_numbers(doc)
    cue_verbs = [t for t in doc if slot_of_token[t.i] < 0 and lexicon.cue(t) is not None]
    return Context(doc, text, lexicon, slots, slot_of_token, para_of_token, cue_verbs,
                   [s for s in according_to if slot_of_token[s.start] < 0])


def _stray_close_after_attribution(doc: Doc, slot: QuoteSlot, lexicon: Lexicon) -> bool:
    """``Commissioner Ana Ruiz says to stop the riots, police ask residents to stay home.”``:
    a closing mark with no opener that carries no quotation on from the paragraph before, in
    a paragraph that opens with its own attribution (a name or pronoun and a cue): the page
    dropped the opening mark, or added a stray closing one; either way the paragraph is the
    narrator's report, not a quotation from its first word."""
    span = slot.span
    if span.opened or span.continues_previous:
        return False
    subject = doc[slot.first]
    while subject.dep_ in {"compound", "flat"} and subject.head.i != subject.i:
        subject = subject.head  # "Commissioner Ana Ruiz": her name's head
    cue = subject.head
    return subject.dep_ == "nsubj" and subject.pos_ in {"PROPN", "PRON"} and (
        cue.i <= slot.last and lexicon.cue(cue) is not None and is_finite(cue))


def _slot(doc: Doc, span: QuotedSpan) -> QuoteSlot | None:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char_span is None or len(char_span) == 0:
        return None
    return QuoteSlot(span, char_span.start, char_span.end - 1)


def _paragraph_numbers(doc: Doc) -> list[int]:
    """Each token's paragraph, as :mod:`quotes.segmentation` sets paragraphs (a token that
    holds or trails a paragraph break still belongs to the paragraph it ends)."""
    return paragraph_of_offsets(doc.text, (token.idx for token in doc))


def window_after(ctx: Context, slot: QuoteSlot, limit: int = 30) -> tuple[int, int]:
    """Tokens after a quote up to the end of its sentence, the next quote or the paragraph end."""
    doc = ctx.doc
    start = slot.last + 1
    end = start
    para = ctx.para_of_token[slot.last]
    word = start
    while word < len(doc) and doc[word].is_space and "\n" not in doc[word].text:
        word += 1  # "…."  Mr. Vale says: a doubled space is no word of the next sentence
    if ends_sentence(ctx, slot) and word < len(doc) and doc[word].text[:1].isupper():
        closing = short_trailer_end(ctx, word)
        return (start, closing) if closing is not None else (start, start)
    while end < len(doc) and end - start < limit:
        if ctx.para_of_token[end] != para and trailer_runs_on(ctx, slot, end):
            para = ctx.para_of_token[end]
        if ctx.in_quote(end) and (nickname := nickname_slot(ctx, end)) is not None:
            end = nickname.last + 1  # "“…,” Sheriff Huey “Hoss” Mack said": a name goes on
            continue
        if ctx.para_of_token[end] != para or ctx.in_quote(end):
            break
        if doc[end].text in SENT_END:
            break
        end += 1
    return start, end


def nickname_slot(ctx: Context, i: int) -> QuoteSlot | None:
    """The quoted stretch at ``i`` when it is a nickname inside a name (``Huey “Hoss”
    Mack``): one or two capitalised words in quotation marks between two capitalised proper
    nouns."""
    slot = ctx.slots[ctx.slot_of_token[i]]
    doc = ctx.doc
    inner = doc[slot.first + 1:slot.last]
    if not 1 <= len(inner) <= 2 or slot.first == 0 or slot.last + 1 >= len(doc):
        return None
    around = (doc[slot.first - 1], doc[slot.last + 1])
    return slot if all(t.is_title and t.pos_ == "PROPN" for t in (*inner, *around)) else None


def trailer_runs_on(ctx: Context, slot: QuoteSlot, at: int) -> bool:
    """``“…,”`` at a paragraph's end, then a paragraph opening in lower case (``says Ivo
    Brandt, …``): the comma asked for a trailer and the small letter says the sentence goes
    on, so the line break is only the page's, as careless copy prints it."""
    doc = ctx.doc
    i = at
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and doc[i].is_alpha and doc[i].is_lower and (
        ctx.para_of_token[i] == ctx.para_of_token[slot.last] + 1) and any(
        doc[k].text == "," for k in range(max(slot.first, slot.last - 2), slot.last))


def short_trailer_end(ctx: Context, start: int, max_name: int = 4) -> int | None:
    """``“Is it safe?” Patel asked.`` / ``“…!” May Chen shouted.``: after a quotation that ends
    its own sentence, a capitalised word starts the next sentence -- unless the words are only
    a name (whatever the tagger made of it: ``May`` reads as a modal) or a capitalised
    pronoun (``“…?” I asked.``) or a short description opened by ``The`` and ending in its
    noun (``“…” The Kikuyu legislator stated.``), and a cue verb, followed only by how or to
    whom it was said
    (``asked the inspector``, ``blurted out``, ``said, scratching his head``); a bracketed
    aside may follow the name (``Coun. Ana Ruiz (Ward 14) asked``). Then they trail the
    quotation; returns where they end."""
    doc = ctx.doc
    para = ctx.para_of_token[start]
    i = start
    if doc[i].pos_ == "PRON" and doc[i].tag_ == "PRP" and doc[i].text[:1].isupper():
        i += 1  # "“Are you here for stories?” I asked."
    elif doc[i].text == "The":
        # "“…” The Kikuyu legislator stated.": a short description ending in its noun
        i += 1
        while i < len(doc) and i - start <= max_name and doc[i].pos_ in {
                "PROPN", "NOUN", "ADJ"} and ctx.lexicon.cue(doc[i]) is None:
            i += 1
        if doc[i - 1].pos_ != "NOUN":
            return None
    else:
        while i < len(doc) and i - start < max_name and doc[i].text[:1].isupper() and (
                doc[i].pos_ in {"PROPN", "NOUN", "AUX", "ADJ"}) and ctx.lexicon.cue(doc[i]) is None:
            i += 1
        i = past_bracketed_aside(ctx, i) if i > start else i
    if i == start or i >= len(doc) or ctx.lexicon.cue(doc[i]) is None:
        return None
    cue = doc[i]
    end = i + 1
    while end < len(doc) and ctx.para_of_token[end] == para and doc[end].text not in SENT_END:
        if ctx.in_quote(end) or not _cue_tail(ctx, cue, doc[end]):
            return None
        end += 1
    return end


ASIDE_WORDS = 10  # the longest bracketed aside after a trailer's name: "(Ward 14, west end)"


def past_bracketed_aside(ctx: Context, i: int) -> int:
    """Where a bracketed aside that opens at ``i`` ends (``Coun. Ana Ruiz (Ward 14, west end)
    asked``), else ``i``: who the name is, not what was said."""
    doc = ctx.doc
    if i >= len(doc) or doc[i].text != "(":
        return i
    para = ctx.para_of_token[i]
    for k in range(i + 1, min(len(doc), i + ASIDE_WORDS + 2)):
        if ctx.para_of_token[k] != para or ctx.in_quote(k) or doc[k].text in SENT_END:
            return i
        if doc[k].text == ")":
            return k + 1
    return i


def continuation_read_as_modifier(lexicon: Lexicon, verb: Token) -> Token | None:
    """``…,” said Osachoff, noting patrols are finding fewer fires``: the tagger read the
    participle that hands on to a new statement (rules/verb_classes.jsonl ``continuation``)
    as an adjective of the noun after it, and hung the statement on the cue before. When
    that noun opens, as its subject, a finite clause, the clause is what the participle
    reports; returns the clause's verb."""
    if verb.lower_ not in lexicon.continuations or verb.dep_ not in {"amod", "compound"}:
        return None
    noun = verb.head
    clause = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.left_edge.i != verb.i or not (
            is_finite(clause)) or clause.i < noun.i:
        return None
    return clause


def _in_participle(ctx: Context, cue: Token, token: Token) -> bool:
    """Whether ``token`` belongs to a participle clause on the cue that says what the speaker
    did meanwhile (``, smacking the drain lever``) or that hands on to a statement of its own
    (``, adding that …``, which the reported pass takes), not a clause the cue reports."""
    node = token
    while node.head.i != cue.i:
        if node.head.i == node.i:
            return False
        node = node.head
    if node.dep_ == "ccomp" and continuation_read_as_modifier(ctx.lexicon, node.left_edge) is node:
        return True  # "…,” said Vale, noting patrols are busy": "noting" read as an adjective
    return node.dep_ == "advcl" and node.tag_ == "VBG" and (
        ctx.lexicon.cue(node) is None or node.lower_ in ctx.lexicon.continuations) and (
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children))


# what may follow the cue of a trailer sentence (``Patel asked the inspector.``, ``Dana White
# blurted out.``, ``Ortiz said quietly to the crowd.``): the cue's particle, adverbs, whom it
# was said to and how -- never a clause of its own (``asked the inspector whether …``)
TAIL_DEPS = {"prt", "advmod", "npadvmod", "dobj", "dative", "prep", "pobj", "det", "amod",
             "compound", "poss", "nummod", "punct", "case", "cc", "neg"}


POINTING_BACK = {"that", "this", "it", "these", "those"}


def _cue_tail(ctx: Context, cue: Token, token: Token) -> bool:
    """Whether ``token`` after a trailer's cue only says how or to whom the quotation was said.

    An object counts only for a verb whose object is the addressee (rules/verb_classes.jsonl
    ``addressee``: ``asked the inspector``), not a statement (``said the tax was unfair``).
    """
    if not (cue.left_edge.i <= token.i <= cue.right_edge.i):
        return False
    if _in_participle(ctx, cue, token) or _as_relayed_by(ctx, cue, token):
        return True  # "Pete said, scratching his head."; "Heru said as reported by kompas.com"
    if token.pos_ in {"VERB", "AUX"} and not (token.dep_ == "prep" and token.tag_ == "VBG") or (
            token.dep_ not in TAIL_DEPS):
        return False  # (but "said following the meeting": a preposition in -ing form)
    if token.dep_ in {"dobj", "pobj"} and token.lower_ in POINTING_BACK:
        return False  # "“…” I agree with that.": a reply to the quotation, not its trailer
    if token.dep_ == "dobj" and token.head.i == cue.i:
        return cue.lemma_.lower() in ctx.lexicon.addressees
    return True


def _as_relayed_by(ctx: Context, cue: Token, token: Token) -> bool:
    """``“…” Heru said on Monday as reported by kompas.com.``: an ``as``-clause of a relaying
    verb (``relay`` in rules/verb_classes.jsonl) names the outlet that printed the words, not
    what was said."""
    relay = token
    while relay.head.i != cue.i and relay.head.i != relay.i:
        relay = relay.head
    return relay.head.i == cue.i and relay.tag_ == "VBN" and (
        relay.lemma_.lower() in ctx.lexicon.relays) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in relay.children)


def window_before(ctx: Context, slot: QuoteSlot, limit: int = 40) -> tuple[int, int]:
    """Tokens before a quote back to its sentence start, the previous quote or paragraph start."""
    doc = ctx.doc
    end = slot.first
    start = end
    para = ctx.para_of_token[slot.first]
    while start > 0 and end - start < limit:
        prev = start - 1
        if ctx.para_of_token[prev] != para or ctx.in_quote(prev):
            break
        if doc[prev].text in SENT_END or _abbreviation_ends_sentence(doc, prev):
            break
        start = prev
    return start, end


def _abbreviation_ends_sentence(doc: Doc, i: int) -> bool:
    """``… in Washington, D.C. “I love this work,” she says``: an abbreviation's full stop
    right before an opening mark and a capital ends the sentence too."""
    if not doc[i].text.endswith(".") or len(doc[i]) < 2 or i + 2 >= len(doc):
        return False
    mark, word = doc[i + 1], doc[i + 2]
    return mark.is_quote and word.text[:1].isupper()


def ends_sentence(ctx: Context, slot: QuoteSlot) -> bool:
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end].rstrip()
    return inner[-1:] in {".", "!", "?", "\u2026"}


def only_punct(doc: Doc, start: int, end: int) -> bool:
    return all(doc[i].is_punct or doc[i].is_space for i in range(start, end))


def closes_quote(ctx: Context, i: int) -> bool:
    slot = ctx.slot_of_token[i]
    return slot >= 0 and ctx.slots[slot].last == i


def sentence_of(ctx: Context, token: Token) -> Span:
    """The token's sentence, rejoined where the model split it after an abbreviation
    (``he's lost 16 lbs. since he signed up``): a sentence that starts in lower case, in the
    same paragraph, continues the one before."""
    doc = ctx.doc
    start, end = token.sent.start, token.sent.end
    while start > 0 and _continues_previous(ctx, start):
        start = doc[start - 1].sent.start
    while end < len(doc) and _continues_previous(ctx, end):
        end = doc[end].sent.end
    return doc[start:end]


def _continues_previous(ctx: Context, start: int) -> bool:
    """Whether the sentence the model started at ``start`` is really the previous one going on
    (``lbs. “and two belt loops”``): same paragraph, first word in lower case."""
    doc = ctx.doc
    if ctx.para_of_token[start] != ctx.para_of_token[start - 1]:
        return False
    i = start
    while i < len(doc) and doc[i].is_punct and doc[i].is_quote:
        i += 1
    return i < len(doc) and not doc[i].is_space and doc[i].text[:1].islower()


def text_mention(ctx: Context, start: int, end: int) -> Mention:
    return Mention(start, end, ctx.text[start:end])


def mention_of_token(token: Token | None) -> Mention | None:
    if token is None:
        return None
    return Mention(token.idx, token.idx + len(token.text), token.text)


def cover_quotes(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Widen a statement so it never cuts a quotation in two (the parse may leave a mark out)."""
    for slot in ctx.slots:
        if slot.first < end <= slot.last and slot.first >= start:
            end = slot.last + 1
        if slot.first < start <= slot.last and slot.last < end:
            start = slot.first
    return start, end


def head_token(ctx: Context, mention: Mention | None) -> Token | None:
    """The syntactic head of a mention (a speaker's, a cue's), or None."""
    if mention is None:
        return None
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def relays_source(ctx: Context, cue: Token, start: int) -> bool:
    """``According to Sir Ed Davey, it was “outrageous” …, the Times reported``: a report
    (``cue``) of words that open, at token ``start``, with their own source (an ``according
    to`` phrase before the cue) only relays that source; the source is the speaker. So does
    a document with any cue (``X said that …, a release from the ministry said``), unless it
    is quoted: a quotation is the document's own wording, whatever speaker it names."""
    subject = own_subject(cue)
    if cue.lemma_.lower() not in ctx.lexicon.relays and not (
            subject is not None and ctx.lexicon.is_document(subject)
            and not ctx.in_quote(start)):
        return False
    return any(phrase.start == start and phrase.end <= cue.i for phrase in ctx.according_to) or (
        any(relayed_speech(ctx, child) for child in cue.lefts
            if child.dep_ in {"ccomp", "parataxis"})) or (
        after_speech_verb(ctx, cue, start)) or (
        not ctx.in_quote(start) and opens_with_attribution(ctx, cue, start)) or (
        said_right_before(ctx, cue, subject))


def said_right_before(ctx: Context, cue: Token, subject: Token | None) -> bool:
    """``…, Deputy Minister Ana Ruiz said, Trend reports.``: a report whose subject follows a
    speech verb and its comma relays that verb's speaker, however the parse hung the verb."""
    doc = ctx.doc
    k = (subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i) - 1
    if k < 1 or doc[k].text != ",":
        return False
    verb = doc[k - 1]
    return verb.i != cue.i and verb.pos_ == "VERB" and is_finite(verb) and (
        ctx.lexicon.cue(verb) is not None)


OPENING_ATTRIBUTION_WORDS = 10  # "Minister of State, Tom Reyes today said that …"


def opens_with_attribution(ctx: Context, cue: Token, start: int) -> bool:
    """The words open with a speaker and a speech verb reporting a clause of its own
    (``Minister of State, Tom Reyes today said that …``), however the parse hung them."""
    doc = ctx.doc
    for verb in doc[start : min(start + OPENING_ATTRIBUTION_WORDS, cue.i)]:
        subject = own_subject(verb)
        if verb.pos_ == "VERB" and ctx.lexicon.cue(verb) is not None and subject is not None and (
                start <= subject.i < verb.i) and any(c.dep_ == "ccomp" and c.i > verb.i
                                                      for c in verb.children):
            return True
    return False


def after_speech_verb(ctx: Context, cue: Token, start: int) -> bool:
    """The words open right after a speech verb other than ``cue`` (``the premier said that
    …, the agency reported``, which the parse may hang on the later cue): they are that
    verb's statement, which the report relays."""
    before = start - 1
    if before > 0 and ctx.doc[before].lower_ == "that":
        before -= 1
    if before < 0:
        return False
    verb = ctx.doc[before]
    return verb.i != cue.i and verb.pos_ == "VERB" and relayed_speech(ctx, verb)


def relayed_speech(ctx: Context, clause: Token) -> bool:
    """``…, the premier said that talks went well, the state news agency reported``: the
    reported words are themselves a speech cue with its own speaker; the report relays them."""
    return ctx.lexicon.cue(clause) is not None and any(
        c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in clause.children) and (
        any(c.dep_ == "ccomp" for c in clause.children))  # (not "the suspect continued to …")


NAME_LINE_WORDS = 4  # "Ginny Kenmuir", "Dr Ana María Ruiz" on a line of their own


def next_paragraph_word(ctx: Context, i: int, step: int) -> int | None:
    """The first token past ``i`` (going ``step``) in another paragraph that is no space."""
    doc, para = ctx.doc, ctx.para_of_token[i]
    k = i + step
    while 0 <= k < len(doc) and (doc[k].is_space or ctx.para_of_token[k] == para):
        k += step
    return k if 0 <= k < len(doc) else None


def paragraph_words(ctx: Context, i: int | None) -> list[Token]:
    """The words (no spaces) of the paragraph token ``i`` is in; none for ``None``."""
    if i is None:
        return []
    doc, para = ctx.doc, ctx.para_of_token[i]
    start, end = i, i
    while start > 0 and ctx.para_of_token[start - 1] == para:
        start -= 1
    while end + 1 < len(doc) and ctx.para_of_token[end + 1] == para:
        end += 1
    return [t for t in doc[start : end + 1] if not t.is_space]


def name_line(words: list[Token], tagged: bool = True) -> bool:
    """A line that is only a person's name: two to four capitalised proper nouns, one of
    them tagged a person (when ``tagged``; a heading's name the tagger missed counts too)."""
    return 2 <= len(words) <= NAME_LINE_WORDS and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and (
        not tagged or any(t.ent_type_ == "PERSON" for t in words))
