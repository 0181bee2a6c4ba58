"""The paged model loads a page at a time, sorts through the loader, and passes Qt's model checks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from equilibri_desktop.ui.models.paged_table import ROW_ROLE, SORT_ROLE, Column, PagedTableModel


@dataclass(frozen=True)
class Row:
    name: str
    amount: int


DATA = [Row(f"persona {i:04d}", i * 7 % 1000) for i in range(1000)]


class FakeService:
    def __init__(self):
        self.calls = []
        self.text = ""

    def rows(self):
        return [r for r in DATA if self.text in r.name]

    def load(self, offset, limit, sort_key, descending):
        self.calls.append((offset, limit, sort_key, descending))
        rows = self.rows()
        if sort_key:
            rows = sorted(rows, key=lambda r: getattr(r, sort_key), reverse=descending)
        return rows[offset:offset + limit]

    def count(self):
        return len(self.rows())


def _model(service, page_size=100):
    model = PagedTableModel([Column("name", "Nome"), Column("amount", "Importo", align_right=True)],
                            service.load, service.count, page_size=page_size)
    model.reload()
    return model


def test_model_passes_qt_model_tester(qtmodeltester):
    qtmodeltester.check(_model(FakeService()), force_py=True)


def test_pages_arrive_on_demand():
    service = FakeService()
    model = _model(service)
    assert model.rowCount() == 100 and model.total == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    assert service.calls[-1] == (100, 100, None, False)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000


def test_view_scrolling_fetches_more(qtbot):
    service = FakeService()
    model = _model(service)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 100, timeout=3000)


def test_sorting_asks_the_service_and_restarts_paging():
    service = FakeService()
    model = _model(service)
    model.fetchMore()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert service.calls[-1] == (0, 100, "amount", True)
    assert model.rowCount() == 100
    assert model.data(model.index(0, 1), SORT_ROLE) == 999
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)


def test_new_query_replaces_rows():
    service = FakeService()
    model = _model(service)
    service.text = "persona 001"
    model.reload()
    assert model.total == 10
    assert not model.canFetchMore()
    assert model.data(model.index(0, 0), ROW_ROLE) == DATA[10]


def test_a_capped_count_is_a_lower_bound_until_the_rows_end(qtmodeltester):
    service = FakeService()
    limit = 250

    def capped():
        return min(service.count(), limit + 1)  # what a service counting "at most" answers

    model = PagedTableModel([Column("name", "Nome")], service.load, capped, page_size=100, count_limit=limit)
    model.reload()
    assert model.total == limit and not model.total_is_exact  # "more than 250"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(DATA) and model.total == len(DATA) and model.total_is_exact
    service.text = "persona 00"  # 100 rows: a full first page, the count below the limit is exact at once
    model.reload()
    assert model.total == 100 and model.total_is_exact and not model.canFetchMore()
    model.set_exact_total(100)
    qtmodeltester.check(model)


def test_a_short_first_page_is_the_count_no_counting_query():
    service = FakeService()
    counted = []

    def count():
        counted.append(1)
        return service.count()

    model = PagedTableModel([Column("name", "Nome")], service.load, count, page_size=100)
    service.text = "persona 012"  # 10 rows
    model.reload()
    assert model.total == 10 and model.total_is_exact and counted == []
    service.text = ""
    model.reload()
    assert model.total == len(DATA) and counted == [1]  # a full page: the rest must be counted
