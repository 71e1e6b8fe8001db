"""An inverted trailer whose subject the parser read as the cue's object (``“…,” replied the
inspector.``): a description that closes the sentence right after the cue is the speaker."""

from __future__ import annotations

import pytest
from quote_rows import found

INVERTED = [
    ('"Not yet," replied the inspector.',
     [("direct", '"Not yet,"', "the inspector", "replied")]),
    ('"No," said the inspector.', [("direct", '"No,"', "the inspector", "said")]),
    ('"No," replied Tom Hale.', [("direct", '"No,"', "Tom Hale", "replied")]),
    # an object with more of the sentence after it is no speaker
    ('"Not yet," replied the inspector, who had read the report twice.',
     [("direct", '"Not yet,"', "the inspector", "replied")]),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_a_description_closing_an_inverted_trailer_speaks(attribute, text, expected):
    assert found(attribute, text) == expected
