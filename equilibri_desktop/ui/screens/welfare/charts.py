"""QtCharts bar charts of mean interest per category: values withheld for small groups are simply absent,
and the caption says so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

COLOURS = ("#1f3a5f", "#c0622f", "#7a9a3a")


def bar_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
              maximum: float = 5) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QHorizontalBarSeries()
    # Qt draws the first category at the bottom: reverse the categories so the chart reads like the table.
    for index, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        bar_set.append([v if v is not None else 0 for v in reversed(values)])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(reversed(categories)))
    # A smaller font: the long categories fit beside the bars of a half-width chart (Qt's own truncation cuts every
    # label down to "…" there), and all eight show when two sets of bars share the height.
    axis_y.setTruncateLabels(False)
    font = axis_y.labelsFont()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    axis_y.setLabelsFont(font)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setRange(0, maximum)
    axis_x.setTickCount(int(maximum) + 1 if maximum <= 10 else 6)
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def put_chart(box: QWidget, chart: QChart | None) -> QChartView | None:
    """Replace whatever chart `box` shows (a placeholder widget of the form) with `chart`."""
    layout = box.layout() or QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        old = layout.takeAt(0).widget()
        if old is not None:
            old.deleteLater()
    if chart is None:
        return None
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    layout.addWidget(view)
    return view
