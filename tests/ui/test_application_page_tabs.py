"""The application page is a shell composing its tabs (issue #12): each tab a class with a Designer form of its
own and load/collect/problems; none is built from the page's form or handed the page's widgets."""

from __future__ import annotations

import inspect

from PySide6.QtWidgets import QTabWidget, QWidget

from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.screens.grants.application_attachments import AttachmentsPanel
from equilibri_desktop.ui.screens.grants.application_costs import CostsEditor
from equilibri_desktop.ui.screens.grants.application_page import ApplicationPage
from equilibri_desktop.ui.screens.grants.application_people import ApplicantSection
from equilibri_desktop.ui.screens.grants.application_tab_declarations import DeclarationsTab
from equilibri_desktop.ui.screens.grants.application_tab_deminimis import DeMinimisTab
from equilibri_desktop.ui.screens.grants.application_tab_history import HistoryTab
from equilibri_desktop.ui.screens.grants.application_tab_project import ProjectTab
from equilibri_desktop.ui.screens.grants.application_tab_review import ReviewTab

TABS = (ApplicantSection, ProjectTab, CostsEditor, DeclarationsTab, AttachmentsPanel, ReviewTab, HistoryTab,
        DeMinimisTab)


def test_the_page_form_is_only_the_shell(qapp):
    shell = load_form(ApplicationPage.FORM)
    try:
        assert child(shell, QTabWidget, "tabs").count() == 0
        inputs = sorted(w.objectName() for w in shell.findChildren(QWidget) if w.objectName().endswith("_edit"))
        assert inputs == [], "a tab's inputs are back in the page's form"
    finally:
        shell.deleteLater()


def test_each_tab_has_a_form_of_its_own_with_its_widgets(qapp):
    forms = [tab.FORM for tab in TABS]
    assert len(set(forms)) == len(TABS) and ApplicationPage.FORM not in forms
    for tab in TABS:
        form = load_form(tab.FORM)
        try:
            for name, cls in tab.WIDGETS.items():
                child(form, cls, name)
            assert not form.findChildren(QTabWidget), f"{tab.FORM} holds tabs of its own"
        finally:
            form.deleteLater()
        for method in ("load", "collect", "problems"):
            assert callable(getattr(tab, method, None)), f"{tab.__name__}.{method}"
        # Built from what it needs, never from the page or the page's widgets.
        assert not {"ui", "page", "owner"} & set(inspect.signature(tab.__init__).parameters), tab.__name__


def test_the_page_composes_the_tabs_in_order(qtbot, ctx):
    page = ApplicationPage(ctx)
    qtbot.addWidget(page)
    tabs = page.ui.tabs
    assert [tabs.widget(index) for index in range(len(TABS))] == [tab.widget for tab in page.tabs]
    assert [type(tab) for tab in page.tabs] == list(TABS)
    assert tabs.count() == len(TABS)
    # Tab from the last input of the tabs reaches «Salva», then «Annulla», as in one form.
    assert page.ui.save_button.nextInFocusChain() is page.ui.cancel_button
    last = page.de_minimis.widget.findChild(QWidget, "record_cor_button")
    assert last.nextInFocusChain() is page.ui.save_button
