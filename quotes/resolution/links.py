"""What a description's link rests on, recorded for confidence: a name or role the article
gave (``said``), focus alone (``focus``), or two candidates that fit as well (``tie``,
``rivals``). ``Descriptions`` keeps the record; the body and office passes write to it
through the ``bodies.Links`` protocol.
"""

from __future__ import annotations

from .entities import Entity
from .state import ArticleState


class LinkRecord:
    """The flags the last description's link set, and the tests that set them."""

    state: ArticleState

    def forget_links(self) -> None:
        self.by_focus = False  # the last antecedent was only the entity in focus
        self.said_so = False  # the article said what the last antecedent is (role, apposition)
        self.ambiguous = False  # two candidates fitted the last description as well

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
        back = self.state.narrated_sentences_between(max(entity.last_seen, 0), position)
        return back <= reach

    def rivals(self, first: Entity, others: list[Entity], position: int) -> bool:
        """Another candidate fits as well and is as much in focus as the first: the
        description is ambiguous, and is left as written (with lower confidence)."""
        if not self.within_focus(first, position) or not any(
                self.within_focus(e, position) for e in others):
            return False
        if sole_source_before(self.state, first, others, position):
            return False  # "according to INMO figures. The group said …": the one who spoke
        self.ambiguous = True
        return True


def sole_source_before(state: ArticleState, first: Entity, others: list[Entity],
                       position: int) -> bool:
    """The first candidate is the source of the sentence before (or of this one) and the only
    one of them that spoke: a description that takes up the story goes on with that source
    (``…, according to INMO figures. The group said …`` after two hospitals were subjects)."""
    return state.spoke_just_before(first, position) and not any(e.spoke for e in others)


