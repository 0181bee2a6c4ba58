"""Bar charts drawn with ReportLab graphics in the embedded font (PDF/A allows no other font)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import REGULAR

# Drawings start from ReportLab's graphics font (Helvetica, never embedded): PDF/A needs ours.
rl_config.defaultGraphicsFontName = REGULAR

SERIES_COLOURS = (colors.HexColor("#1f3a5f"), colors.HexColor("#c0622f"), colors.HexColor("#7a9a3a"))
LABEL_WIDTH = 58 * mm


def interest_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[Decimal | None]]],
                   caption: str) -> Drawing:
    """Mean interest (1-5) per need, one bar per series; a withheld value is drawn as no bar."""
    width = st.CONTENT_WIDTH
    bar_rows = len(labels) * max(1, len(series))
    plot_height = max(40 * mm, bar_rows * 3.2 * mm)
    height = plot_height + 22 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 14 * mm
    chart.width, chart.height = width - LABEL_WIDTH - 6 * mm, plot_height
    # The first category is drawn at the bottom: reverse so the chart reads in the table's order.
    # Series reversed too, so within a category the first series' bar is on top, as in the legend.
    chart.data = [[float(v) if v is not None else 0 for v in reversed(values)] for _name, values in reversed(series)]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = st.RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLOURS[(len(series) - 1 - index) % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.x, legend.y = LABEL_WIDTH, 6 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 45 * mm
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], name) for i, (name, _v) in enumerate(series)]
    drawing.add(legend)
    drawing.add(String(0, height - 4 * mm, caption, fontName=REGULAR, fontSize=8.5, fillColor=st.MUTED))
    return drawing
