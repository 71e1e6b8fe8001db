"""Speakers from cues: the subject of a cue verb and the words that name it.

Speakers are *mentions* here (``he``, ``the foreign office``); the resolution stage decides
who they are. The modules, lowest first (each imports only those before it):

- ``words``: closed word classes and small token tests;
- ``offices``: offices, portfolios, seats and the names that hold them;
- ``spans``: the words of a mention around the token a cue points at (``speaker_mention``);
- ``verb_roles``: the shape of a cue verb's clause (passive hearers, addressees, participles);
- ``misparsed_subjects``: one repair per way the parser misplaces a speaker;
- ``subjects``: ``subject_of``, the ordered steps that find a cue's speaker;
- ``beside_quotes``: speakers written beside a quotation (``said Jo Lee``, trailers).
"""

from .beside_quotes import (
    final_cue_speaker,
    inverted_subject,
    mention_beside_quote,
    outside_quotes,
    trailing_inverted,
)
from .misparsed_subjects import (
    appositive_name,
    holder_after_office_object,
    holder_read_as_object,
    name_before_dashed_aside,
    people_right_before,
    set_off_after,
    spaced_dash,
    subject_of_with_absolute,
    subject_read_as_object_of_subordinator,
)
from .offices import (
    PORTFOLIO_JOINERS,
    PORTFOLIO_PREPOSITIONS,
    holder_of_joint_office,
    office_holder,
)
from .spans import (
    given_and_surname,
    glued_list_of_names,
    mention_of,
    person_phrase_beside_name,
    release_furniture_token,
    speaker_mention,
)
from .subjects import (
    document_before_participle,
    subject_of,
)
from .verb_roles import (
    participle_joined_to_finite,
    passive_hearer,
    quoted_object,
    reports_a_clause,
    that_after_addressee,
)
from .words import (
    DASHES,
    GENERATIONS,
    LEGAL_FORMS,
    PERSONAL_PRONOUNS,
    PLACE_LABELS,
    QUANTIFIER_SPEAKERS,
    TIME_LABELS,
    is_office,
)

__all__ = [
    "DASHES",
    "GENERATIONS",
    "LEGAL_FORMS",
    "PERSONAL_PRONOUNS",
    "PLACE_LABELS",
    "PORTFOLIO_JOINERS",
    "PORTFOLIO_PREPOSITIONS",
    "QUANTIFIER_SPEAKERS",
    "TIME_LABELS",
    "appositive_name",
    "document_before_participle",
    "final_cue_speaker",
    "given_and_surname",
    "glued_list_of_names",
    "holder_after_office_object",
    "holder_of_joint_office",
    "holder_read_as_object",
    "inverted_subject",
    "is_office",
    "mention_beside_quote",
    "mention_of",
    "name_before_dashed_aside",
    "office_holder",
    "outside_quotes",
    "participle_joined_to_finite",
    "passive_hearer",
    "people_right_before",
    "person_phrase_beside_name",
    "quoted_object",
    "release_furniture_token",
    "reports_a_clause",
    "set_off_after",
    "spaced_dash",
    "speaker_mention",
    "subject_of",
    "subject_of_with_absolute",
    "subject_read_as_object_of_subordinator",
    "that_after_addressee",
    "trailing_inverted",
]
