from datetime import UTC, date, datetime

import pytest

from equilibri_desktop.domain.office_time import office_day, office_text


def test_moments_are_dated_on_the_italian_clock_summer_and_winter():
    new_year_in_italy = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 00:30 on 1 January in Rome
    assert office_day(new_year_in_italy) == date(2027, 1, 1)
    assert office_text(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "01/07/2026 12:00"  # CEST +2
    assert office_text(datetime(2026, 1, 15, 10, 0, tzinfo=UTC)) == "15/01/2026 11:00"  # CET +1


def test_a_naive_moment_is_refused_rather_than_guessed():
    with pytest.raises(ValueError):
        office_day(datetime(2026, 1, 1, 10, 0))
