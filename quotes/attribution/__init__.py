"""Attribution: quotes and reported statements, each with its cue and speaker mention.

``passes.find_attributions`` runs the passes in order (``direct`` and ``signed`` quoted
stretches, ``reported`` speech, ``floating`` left-overs) over per-document state built in
``context``; ``lexicon`` holds the rules they read, ``mentions`` finds the speaker words.
``component`` wraps it all as the ``quote_attribution`` spaCy component.
"""

from .lexicon import CueVerb, DocumentVerbs, Lexicon
from .passes import find_attributions

__all__ = ["CueVerb", "DocumentVerbs", "Lexicon", "find_attributions"]
