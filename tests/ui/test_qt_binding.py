"""Guards against a Qt binding that corrupts the interpreter (seen in PySide6 6.12.0 on Python 3.11)."""

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_qt_calls_returning_none_do_not_drop_references_to_none(qtbot):
    # Each leaked reference brings Python closer to freeing None and aborting the whole program.
    parentless, label = QWidget(), QLabel()
    qtbot.addWidget(parentless)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        assert parentless.parent() is None
        assert label.property("never_set") is None
    assert sys.getrefcount(None) - before < 100
