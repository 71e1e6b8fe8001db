"""Resolution: who each speaker mention refers to, within one article.

A multi-pass sieve after Stanford's deterministic coreference (Raghunathan et al. 2010; Lee et
al. 2013). ``article.ArticleResolver`` walks the article in reading order and offers each
mention to the passes of ``sieve.Sieve``, most precise first: exact, acronym and
name-part matches (``names``), new names, descriptions that name themselves, descriptions and
documents (``descriptions`` with ``appositives`` for what the article says each entity is,
``bodies`` for which kind of body a body noun fits, ``documents`` for issuers and
``unnamed`` for people described but not named: a lede's role, ``the suspect``), and
pronouns last (``pronouns`` under the hard agreement constraints of ``constraints`` and
what ``animacy`` knows of each entity), over shared per-article ``state``. ``confidence``
scores each row and lowers it for the linking doubts the passes met; ``config`` holds every
weight and constraint list. ``component`` wraps it as the ``speaker_resolution`` component.
"""

from .article import ArticleResolver
from .config import ConfidenceWeights, Constraints, ResolverWeights

__all__ = ["ArticleResolver", "ConfidenceWeights", "Constraints", "ResolverWeights"]
