"""Scoring rules: averages per criterion rounded half-up then summed, conflicts, bounds, completeness."""

from __future__ import annotations

from decimal import Decimal

import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.grants.scoring import (
    Criterion,
    MemberSheet,
    check_points,
    check_sheet,
    format_points,
    score_application,
)

D = Decimal
GRID = (Criterion("C1", D(25), "Bisogni"), Criterion("C2", D(15), "Innovatività"), Criterion("C3", D(10), "Priorità"))


def full(member: str, c1, c2, c3, conflict=False) -> MemberSheet:
    return MemberSheet(member, conflict, {"C1": D(c1), "C2": D(c2), "C3": D(c3)})


def test_score_is_the_sum_of_the_averages_per_criterion():
    result = score_application(GRID, [full("Anna", 20, 10, 5), full("Bruno", 22, 12, 7)])
    assert result.averages == {"C1": D("21.00"), "C2": D("11.00"), "C3": D("6.00")}
    assert result.total == D("38.00") and isinstance(result.total, Decimal)
    assert result.complete


def test_each_average_is_rounded_half_up_to_two_decimals_before_summing():
    # C1: (20 + 21 + 21) / 3 = 20.666… → 20.67; C2: (10 + 10 + 11) / 3 = 10.333… → 10.33;
    # C3: (1 + 1 + 0.5) / 3 = 0.8333… → 0.83 — the sum of rounded averages is 31.83.
    sheets = [full("A", 20, 10, 1), full("B", 21, 10, 1), full("C", 21, 11, "0.5")]
    result = score_application(GRID, sheets)
    assert result.averages == {"C1": D("20.67"), "C2": D("10.33"), "C3": D("0.83")}
    assert result.total == D("31.83")
    # A half is rounded up (never to even): (7 + 7.25) / 2 = 7.125 → 7.13.
    half = score_application((Criterion("X", D(10)),), [MemberSheet("A", False, {"X": D(7)}),
                                                         MemberSheet("B", False, {"X": D("7.25")})])
    assert half.total == D("7.13")


def test_a_single_member_score_is_the_score():
    result = score_application(GRID, [full("Anna", "18.5", 9, 4)])
    assert result.total == D("31.50") and result.complete


def test_a_member_with_a_conflict_is_left_out_of_the_averages():
    conflicted = full("Carla", 0, 0, 0, conflict=True)
    result = score_application(GRID, [full("Anna", 20, 10, 5), conflicted, full("Bruno", 22, 12, 7)])
    assert result.total == D("38.00")
    assert result.scoring_members == ("Anna", "Bruno")
    assert result.complete  # the conflicted member holds nothing up


def test_incomplete_scoring_says_who_is_missing_what():
    sheets = [full("Anna", 20, 10, 5), MemberSheet("Bruno", False, {"C1": D(22)}), MemberSheet("Carla", None)]
    result = score_application(GRID, sheets)
    assert not result.complete
    missing = {m.member: m for m in result.missing}
    assert set(missing) == {"Bruno", "Carla"}
    assert missing["Bruno"].criteria == ("C2", "C3") and not missing["Bruno"].declaration_missing
    assert missing["Carla"].declaration_missing
    # The partial total is still shown: averages of what was given (C1 of two members, C2/C3 of one).
    assert result.averages["C1"] == D("21.00") and result.total == D("36.00")


def test_no_member_left_when_everybody_declared_a_conflict():
    result = score_application(GRID, [full("Anna", 0, 0, 0, conflict=True)])
    assert result.no_member_left and not result.complete
    assert result.total == D("0.00") and result.averages["C1"] is None
    assert not score_application(GRID, []).complete  # a commission with nobody on it


@pytest.mark.parametrize("value", [D("-0.01"), D("25.01"), D(26), -1])
def test_points_outside_zero_to_max_are_refused_on_the_criterion_field(value):
    with pytest.raises(ValidationError) as caught:
        check_points(GRID[0], value)
    assert "va da 0 a 25" in caught.value.for_field("C1")


def test_points_at_the_bounds_and_with_two_decimals_are_accepted():
    assert check_points(GRID[0], D(0)) == 0
    assert check_points(GRID[0], D(25)) == 25
    assert check_points(GRID[0], D("12.75")) == D("12.75")
    assert check_points(GRID[0], 12) == D(12)


def test_more_than_two_decimals_and_floats_are_refused():
    with pytest.raises(ValidationError) as caught:
        check_points(GRID[0], D("12.125"))
    assert caught.value.for_field("C1")
    with pytest.raises(TypeError):
        check_points(GRID[0], 12.5)


def test_a_sheet_reports_every_wrong_field_and_unknown_criteria():
    with pytest.raises(ValidationError) as caught:
        check_sheet(GRID, {"C1": D(30), "C2": D(5), "C3": D(11), "C9": D(1)})
    assert {e.field for e in caught.value.errors} == {"C1", "C3", "C9"}
    assert check_sheet(GRID, {"C2": D(5)}) == {"C2": D(5)}


def test_points_are_written_the_italian_way():
    assert [format_points(D(v)) for v in ("25", "12.5", "7.25", "0", "100.00")] == ["25", "12,5", "7,25", "0", "100"]
