"""Issue 13 point 6: the registry's search box stops at the bound the services apply."""

from __future__ import annotations

from equilibri_desktop.domain.search_keys import SEARCH_TEXT_MAX
from tests.ui.registry_ui import people


def test_the_search_box_stops_at_the_bound(qtbot, ctx):
    page = people(qtbot, ctx).list_page
    page.ui.search_edit.setText("è" * 32_767)
    assert len(page.ui.search_edit.text()) == SEARCH_TEXT_MAX
