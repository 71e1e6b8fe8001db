"""Pass 3, the left-overs: a whole quoted sentence with no cue continues the previous
speaker (a *floating* quote); a fragment governed by a naming verb (``referred to
Pakistan as "brave"``) is a partial quote; anything else in quotation marks (a title,
a scare quote) is not speech.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Attribution, Mention
from .context import (
    SENT_END,
    Context,
    QuoteSlot,
    head_token,
    mention_of_token,
    name_line,
    only_punct,
    paragraph_words,
    text_mention,
    window_after,
    window_before,
)
from .direct import is_title_case, not_speech
from .marks import DOUBLE
from .mentions import DASHES, given_and_surname, mention_of, subject_of


def attribute_leftovers(ctx: Context) -> None:
    """Pass 3: floating quotes continue the previous speaker; naming-verb fragments are partial."""
    doc = ctx.doc
    single_style: bool | None = None  # whether the article quotes in single marks (once)
    for n, slot in enumerate(ctx.slots):
        if slot.claimed:
            continue
        before_start, before_end = window_before(ctx, slot)
        after_start, after_end = window_after(ctx, slot)
        alone = (only_punct(doc, before_start, before_end)
                 or _bare_colon_lead(doc, before_start, before_end)) and (
            only_punct(doc, after_start, after_end) or _credited_to_wire(
                ctx, after_start, after_end))
        if alone and slot.span.kind != DOUBLE and single_style is None:
            single_style = _single_marks_quote(ctx)
        if alone and _is_sentence_quote(ctx, n) and (
                slot.span.kind == DOUBLE or single_style):
            _claim_floating(ctx, n)
            continue
        fragment = _naming_verb(ctx, slot) if _may_be_named_words(ctx, slot) else None
        if fragment is not None:
            verb, subject = fragment
            if (joined := _coordinated_with_last(ctx, slot, verb)) is not None:
                joined.quote = text_mention(ctx, joined.quote.start, slot.span.end)
                slot.claimed = True  # "labeled it a “hostile” and “provocative” violation"
                slot.attribution = len(ctx.results) - 1
                continue
            ctx.results.append(
                Attribution(
                    quote=text_mention(ctx, slot.span.start, slot.span.end),
                    quote_type="partial",
                    speaker=mention_of(subject, ctx.lexicon),
                    cue=mention_of_token(verb),
                    rule="partial:naming",
                )
            )
            slot.claimed = True
            slot.attribution = len(ctx.results) - 1


COORDINATORS = frozenset({"and", "or", "but"})


def _coordinated_with_last(ctx: Context, slot: QuoteSlot, verb: Token) -> Attribution | None:
    """The naming verb's fragment just before this one, when only a coordinator lies between
    them (``labeled it a “hostile” and “provocative” violation``): one naming, one quote."""
    if not ctx.results:
        return None
    last = ctx.results[-1]
    if last.rule != "partial:naming" or last.cue is None or last.cue.start != verb.idx:
        return None
    between = ctx.text[last.quote.end:slot.span.start].split()
    return last if 0 < len(between) <= 2 and all(
        w.strip(",").lower() in COORDINATORS | {""} for w in between) else None


def _credited_to_wire(ctx: Context, start: int, end: int) -> bool:
    """``“…” — Reuters``: after the quotation only a dash and a news agency's name."""
    words = [t for t in ctx.doc[start:end] if not t.is_space]
    return len(words) >= 2 and words[0].text in DASHES and (
        ctx.lexicon.wire_credit(words[1:]))


def _single_marks_quote(ctx: Context) -> bool:
    """``'We are ready,' she said.``: the article quotes people in single marks (as British,
    Australian and Singapore papers often do), so a paragraph in single marks continues the
    last speaker as a double-marked one would. Told by the article's own marks: a
    single-marked quotation a cue already claimed as direct speech, and no double marks."""
    kinds = [slot.span.kind for slot in ctx.slots if slot.span.depth == 0]
    return DOUBLE not in kinds and sum(
        1 for slot in ctx.slots if slot.claimed and slot.span.depth == 0
        and ctx.results[slot.attribution].quote_type == "direct") >= 1


def _bare_colon_lead(doc: Doc, start: int, end: int) -> bool:
    """``Then, after a pause: “…”``: a lead-in that names no one and says no verb hands the
    quotation on to whoever spoke before."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 1 < len(words) <= 8 and words[-1].text == ":" and not any(
        t.pos_ in {"VERB", "AUX", "PROPN", "PRON"}
        or (t.pos_ == "NOUN" and t.dep_ not in {"pobj", "npadvmod"}) for t in words)


def _is_sentence_quote(ctx: Context, n: int) -> bool:
    """A quotation that stands as a sentence of its own, not an item in a list of phrases."""
    slot = ctx.slots[n]
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end].strip()
    if slot.words < 4 and inner[-1:] not in {".", "!", "?"}:
        return False
    for m in (n - 1, n + 1):
        if 0 <= m < len(ctx.slots) and _listed_together(ctx, ctx.slots[min(n, m)],
                                                         ctx.slots[max(n, m)]):
            return False
    return True


def _listed_together(ctx: Context, first: QuoteSlot, second: QuoteSlot) -> bool:
    between = ctx.doc[first.last + 1 : second.first]
    return len(between) <= 2 and all(t.text in {",", "and", "or", ";"} for t in between) and (
        first.words < 6 or second.words < 6)


def _claim_floating(ctx: Context, n: int) -> None:
    slot = ctx.slots[n]
    heading = _name_heading_before(ctx, slot) or _named_by_the_summary_after(ctx, slot)
    introducing = _person_introducing(ctx, slot) if heading is None else None
    previous = None if heading or introducing else _previous_attribution(ctx, slot)
    if previous is not None and not _same_paragraph(ctx, previous, slot) and (
            name := _name_speaking_next(ctx, slot)) is not None and not (
            _spoke_before(ctx, name, previous)):
        previous = None  # someone else is named speaking next: the floor may have passed
    attribution = Attribution(
        quote=text_mention(ctx, slot.span.start, slot.span.end),
        quote_type="direct",
        rule="direct:floating" if introducing is None else "direct:introduced",
        flags=[] if slot.span.balanced else ["UNBALANCED_QUOTES"],
    )
    if heading is not None or introducing is not None:
        # under its name's heading, or after the sentence that introduced its speaker
        attribution.speaker = mention_of(heading or introducing, ctx.lexicon)
    elif previous is None:
        attribution.flags.append("NO_SPEAKER")
    else:
        attribution.continues = previous
    slot.claimed = True
    slot.attribution = len(ctx.results)
    ctx.results.append(attribution)


def _same_paragraph(ctx: Context, previous: int, slot: QuoteSlot) -> bool:
    """``'…,' Lantz told the chamber. '…' Mayor Brandt said …``: a quotation in the paragraph
    where the speaker before it was just quoted in quotation marks goes on with them, whoever
    speaks next (a new speaker's own words would carry their cue); after reported speech, or
    across paragraphs, the floor may have passed."""
    before = ctx.results[previous]
    if before.quote_type != "direct":
        return False  # "Ruiz said the plan was fine. “Is it safe?” Patel asked …": no quotation
    span = ctx.doc.char_span(before.quote.start, before.quote.end, alignment_mode="expand")
    return span is not None and ctx.para_of_token[span.start] == ctx.para_of_token[slot.first]


def _name_heading_before(ctx: Context, slot: QuoteSlot) -> Token | None:
    """``Manuel Pellegrini`` on a line of its own, then ``“In the first 45 minutes we played
    well …”``: a round-up (managers' reactions, a panel's answers) heads each speaker's
    section with their name. A quotation opening the paragraph right after a line that is
    only a person's name is that person's. The name's last word, else None."""
    doc = ctx.doc
    i = slot.first - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct and doc[i].is_quote):
        i -= 1
    if i < 0 or ctx.para_of_token[i] != ctx.para_of_token[slot.first] - 1:
        return None
    words = paragraph_words(ctx, i)
    return words[-1] if name_line(words) else None


def _person_introducing(ctx: Context, slot: QuoteSlot) -> Token | None:
    """``Ferguson is about listening. “I wasn't aware of the petition …”``: a quotation
    opening a sentence right after one, in its paragraph, whose subject is a person's name
    and which says nothing in quotation marks nor with a speech verb, is that person's: the
    sentence introduces them. The name's last word, else None."""
    doc = ctx.doc
    i = slot.first - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote):
        i -= 1
    if i < 0 or ctx.para_of_token[i] != ctx.para_of_token[slot.first] or (
            doc[i].text not in {".", ":"}):
        return None
    sentence = doc[i].sent
    if sentence.start >= slot.first or any(ctx.in_quote(t.i) for t in sentence) or any(
            _says_something(ctx, t) for t in sentence):
        return None
    subject = _last_clause_subject(sentence.root)
    # (a known first name makes a person of a name tagged as a body: "CAO Charlie Cutforth")
    if subject is None or subject.pos_ != "PROPN" or not (
            subject.ent_type_ == "PERSON" or given_and_surname(subject, ctx.lexicon.first_names)):
        return None
    return subject


def _last_clause_subject(root: Token) -> Token | None:
    """The subject of the sentence's last clause: the root's, or that of the last verb joined
    to it with a subject of its own (``The owner cut the plan and … clerk Casey Brandvold feels
    …``: the sentence ends on the clerk, who speaks next)."""
    verbs = [root, *(c for c in root.conjuncts if c.pos_ in {"VERB", "AUX"} and c.i > root.i)]
    for verb in reversed(verbs):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _says_something(ctx: Context, token: Token) -> bool:
    """A speech verb that may report a statement of its own; not one that speaks only beside
    a quotation (``feels``, ``hopes``: ``X feels it was worth discussing. “…”`` introduces X)."""
    entry = ctx.lexicon.cue(token)
    return entry is not None and bool(set(entry.frames) - {"quote"})


def _named_by_the_summary_after(ctx: Context, slot: QuoteSlot) -> Token | None:
    """``“No leader will sit back …”`` then ``This was the message from Prime Minister Ana
    Ruiz when …``: a sentence right after the quotation, in its paragraph or opening the
    next, that sums it up as someone's message (``This/That was the message/warning/word
    from/of X``, ``That was the question X asked …``) names its speaker. X's head word,
    else None."""
    doc = ctx.doc
    i = slot.last + 1
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct or ctx.in_quote(i)):
        i += 1  # (past the paragraph's other quotations: the summary takes them all in)
    if i + 4 >= len(doc) or ctx.para_of_token[i] - ctx.para_of_token[slot.last] not in {0, 1} or (
            doc[i].lower_ not in {"this", "that", "such"} or doc[i].dep_ != "nsubj"):
        return None
    verb = doc[i].head
    noun = next((c for c in verb.children if c.dep_ == "attr"), None)
    if verb.lemma_ != "be" or noun is None or not ctx.lexicon.is_speech_noun(noun):
        return None  # (a message, a warning, a reply: rules/speaker_nouns.jsonl)
    source = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                   for g in c.children if g.dep_ == "pobj"), None) or next(
        (s for c in noun.children if c.dep_ == "relcl"
         for s in c.children if s.dep_ == "nsubj"), None) or (  # "the question X asked"
        next((s for s in verb.head.children if s.dep_ == "nsubj"), None)
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else None)  # (parsed as X's)
    return source if source is not None and source.pos_ in {"PROPN", "NOUN"} else None


def _spoke_before(ctx: Context, name: Token, previous: int) -> bool:
    """``'…,' Brad Lantz told the chamber. '…' Lantz said …``: the name that speaks right
    after the quotation (``name``, its head word) is a word of the latest speaker mention
    before it that names someone (back past a continuation or a pronoun, ``'…,' he said``),
    so the floor stays with the speaker of the quotation before."""
    named = next((a.speaker.text for a in reversed(ctx.results[: previous + 1])
                  if a.speaker is not None and _names_someone(ctx, a.speaker)), None)
    return named is not None and name.text in named.split()


def _names_someone(ctx: Context, mention: Mention) -> bool:
    """A speaker mention that is a name or a capitalised description, not a pronoun."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and mention.text[:1].isupper() and span.root.pos_ != "PRON"


def _name_speaking_next(ctx: Context, slot: QuoteSlot, limit: int = 8) -> Token | None:
    """``“Is it safe?” Patel asked the inspector whether …``: the sentence right after the
    quotation opens with a name that speaks through a cue verb. The quotation is no longer
    sure to continue whoever spoke before, so it is not handed on to them (unless the name is
    theirs). The name's head word, else None."""
    doc = ctx.doc
    i = slot.last + 1
    para = ctx.para_of_token[slot.last]
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct) and not ctx.in_quote(i):
        i += 1
    if i >= len(doc) or ctx.para_of_token[i] != para or doc[i].pos_ != "PROPN":
        return None
    for token in doc[i : min(len(doc), i + limit)]:
        if ctx.in_quote(token.i) or token.text in SENT_END:
            return None
        if ctx.lexicon.cue(token) is not None:
            subject = subject_of(token, lexicon=ctx.lexicon)
            if subject is not None and subject.head.i != token.i:
                continue  # "Ruiz surprised her colleagues by calling for …": no cue of hers
            named = subject is not None and subject.pos_ == "PROPN" and subject.i >= i
            return subject if named else None
    return None


def _previous_attribution(ctx: Context, slot: QuoteSlot, max_paragraphs: int = 3) -> int | None:
    """The latest attribution before ``slot`` within a few paragraphs, if it had a speaker."""
    start_char = slot.span.start
    para = slot.span.paragraph
    before = sorted((n for n, a in enumerate(ctx.results) if a.quote.start < start_char),
                    key=lambda n: -ctx.results[n].quote.start)
    # the latest one not reported inside another's statement (what somebody said others told
    # them speaks for the teller); the check runs only until one is found
    best = next((n for n in before if not _nested(ctx, ctx.results[n])
                 and not _cue_under_another(ctx, ctx.results[n])), None)
    if best is None:
        return None
    found = ctx.results[best]
    first_tok = ctx.doc.char_span(found.quote.start, found.quote.end, alignment_mode="expand")
    if first_tok is None:
        return None
    if para - ctx.para_of_token[first_tok.start] > max_paragraphs:
        return None
    if found.speaker is None and found.continues is None and found.rule != "direct:floating":
        return None  # (a floating quote with nobody found yet is handed on: the resolver
        # may still find who it is, e.g. the person the paragraph before introduced)
    return best




def _nested(ctx: Context, inner: Attribution) -> bool:
    """``He said … two men told him to leave the area.``: a statement reported inside
    another one's statement; a quotation that follows goes on with the outer speaker."""
    return any(other is not inner and other.quote.start <= inner.quote.start
               and inner.quote.end <= other.quote.end and (
                   other.quote.start, other.quote.end) != (inner.quote.start, inner.quote.end)
               for other in ctx.results)


def _cue_under_another(ctx: Context, inner: Attribution) -> bool:
    """``…,” Mayor Ruiz told reporters, a day after poll counts revealed the result.``: a
    statement whose cue hangs under another quote's cue is background to that quote; a
    quotation that follows goes on with the speaker of the quote it hangs under."""
    token = head_token(ctx, inner.cue)
    if token is None:
        return False
    for other in ctx.results:
        head = head_token(ctx, other.cue) if other is not inner else None
        if head is not None and head.sent.start == token.sent.start and head in token.ancestors:
            return True
    return False


def _may_be_named_words(ctx: Context, slot: QuoteSlot) -> bool:
    """Whether a quotation may be the words a naming verb quotes. A short single-quoted
    phrase is no statement of its own, but British style sets the words a speaker chose in
    single marks (``described the winner as a 'lucky goal'``); a title never is one."""
    if not not_speech(ctx, slot):
        return True
    inner = ctx.text[slot.span.inner_start : slot.span.inner_end]
    return slot.span.kind != DOUBLE and slot.span.closed and not is_title_case(inner)


def _naming_verb(ctx: Context, slot: QuoteSlot) -> tuple[Token, Token | None] | None:
    """A quoted fragment governed by a naming verb: ``referred to Pakistan as "brave"``."""
    doc = ctx.doc
    head = doc[slot.first]
    inner = doc[slot.first : slot.last + 1]
    root = next((t for t in inner if t.head.i < slot.first or t.head.i > slot.last), head)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "labelling it as “insulting” and “unprofessional”": as the first
    node = root.head
    if node.lower_ == "as" and node.head.pos_ != "VERB":
        # "branded the “tirade” about the system and his sentence as an “affront”": the
        # parse hung "as" on the object's last noun; the frame is the verb's
        node = next((a for a in node.ancestors if a.pos_ == "VERB"), node)
    below = root
    for _ in range(4):
        if node.lemma_.lower() in ctx.lexicon.naming and node.pos_ == "VERB":
            if node.lemma_.lower() in ctx.lexicon.name_giving and _passive(node) and (
                    _agent_of(node) is None):
                return None  # "devices which are called “screw traps”": their name
            if node.lemma_.lower() in ctx.lexicon.name_giving and _asked_for(below):
                return None  # "called for an immediate “crisis cell”": a request, no naming
            subject = subject_of(node, lexicon=ctx.lexicon) or _agent_of(node)
            if subject is not None or _passive_relative(node):
                return node, subject  # "which was described as “…”": said, by someone unnamed
            return None  # "a group called “Friends of the Park”": a name, not a quote
        if node.head.i == node.i:
            break
        below, node = node, node.head
    return None


def _asked_for(below: Token) -> bool:
    """The words hang on ``for`` after the verb (``called for an immediate “crisis cell”``,
    ``called for nurses to be “rewarded fairly”``): what was asked for, not a name."""
    return below.dep_ == "prep" and below.lower_ == "for" or any(
        c.dep_ == "mark" and c.lower_ == "for" for c in below.children)


def _passive(verb: Token) -> bool:
    """``are called``, ``was referred to``, or a bare participle on a noun (``the market,
    also called …``, which the tagger may take for a past tense with the noun its subject)."""
    if any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "advcl"}):
        return True
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod" and verb.doc[k].head.i == verb.i:
        k -= 1
    return k >= 0 and verb.doc[k].text == "," and verb.tag_ in {"VBD", "VBN"} and any(
        c.dep_ == "nsubj" and c.i < k for c in verb.children)


def _agent_of(verb: Token) -> Token | None:
    """``was described by critics as “…”``: the passive's agent named the thing."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _passive_relative(verb: Token) -> bool:
    """``the arrest, which was described as “…”``: a passive relative clause reports how
    someone unnamed described the thing (``it is called “…”`` only gives a name)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children)
