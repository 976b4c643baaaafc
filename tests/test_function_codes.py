"""类/款/项 function codes: a table's levels read from the codes' prefixes."""

from __future__ import annotations

from auditor.read.tables import code_tree, function_code


def test_code_alone_and_leading_a_label() -> None:
    assert function_code("2080505") == "2080505"
    assert function_code("21301 农业农村") == "21301"
    assert function_code("21301 农业农村", alone=True) is None
    assert function_code("2024年度") is None  # four digits: a year, no code


def test_tree_follows_prefixes_and_skips_missing_levels() -> None:
    tree = code_tree({1: "201", 2: "20101", 3: "2010101", 4: "2010199", 5: "208", 6: "2080505"})
    assert tree == {1: None, 2: 1, 3: 2, 4: 2, 5: None, 6: 5}


def test_three_digit_amounts_are_no_classification() -> None:
    """Without one code under another, three-digit numbers are not codes (say nothing)."""
    assert code_tree({1: "120", 2: "345", 3: "210"}) == {}
    assert code_tree({1: "201"}) == {}
