"""Resolution: who each speaker mention refers to, within one article.

``article.ArticleResolver`` walks the article in reading order and hands each mention to the
pass its form calls for: ``names`` (clustering and matching names), ``pronouns`` (agreement and
centering), ``descriptions`` (``the company``, ``the minister``) and ``documents`` (``the
statement said``), over shared per-article ``state``. ``confidence`` scores each row;
``config`` holds every weight. ``component`` wraps it as the ``speaker_resolution`` component.
"""

from .article import ArticleResolver
from .config import ConfidenceWeights, ResolverWeights

__all__ = ["ArticleResolver", "ConfidenceWeights", "ResolverWeights"]
