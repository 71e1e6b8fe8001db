"""A reviewer's formula keeps reading the same data after columns and rows move."""

from __future__ import annotations

import pytest

from quotes.register.formulas import ReferenceMap, translate

# Review moved from U (21) to C (3), Quote ID from A (1) to S (19); row 5's quote is now on row 7;
# the table had 9 rows and now has 12.
MOVES = ReferenceMap(columns={21: 3, 1: 19}, rows={5: 7}, old_last_row=9, new_last_row=12)


@pytest.mark.parametrize(("formula", "inside", "moved"), [
    ('=IF(U5="correct",1,0)', True, '=IF(C7="correct",1,0)'),
    ("=$U$5", True, "=$C$7"),
    ("=SUM($A$2:A9)", True, "=SUM($S$2:S12)"),  # the whole table grows with it
    ("=SUM(A3:A4)", True, "=SUM(S3:S4)"),  # rows nobody moved stay
    ('=COUNTIF(U:U,"correct")', True, '=COUNTIF(C:C,"correct")'),
    ("=Quotes!U5&'Quotes'!A5", True, "=Quotes!C7&'Quotes'!S7"),
    ("='Other sheet'!U5", True, "='Other sheet'!U5"),  # another sheet: untouched
    ("=U5", False, "=U5"),  # in another sheet, an unqualified reference is its own
    ("=COUNTIF(Quotes!U:U,U5)", False, "=COUNTIF(Quotes!C:C,U5)"),
    ("=B5*2", True, "=B7*2"),  # a column nobody moved keeps its letter, the row still follows
    ('="U5"&TODAY()', True, '="U5"&TODAY()'),  # text is not a reference
    ("=MyRate*2", True, "=MyRate*2"),  # a defined name is not a reference
    ("=SUM(((", True, "=SUM((("),  # cannot be parsed: kept exactly as typed
])
def test_translate(formula: str, inside: bool, moved: str) -> None:
    assert translate(formula, MOVES, "Quotes", inside=inside) == moved
