"""Issue 5, "Done when": on demo data a clerk runs a whole call through the real screens — ten applications
registered, checked and admitted, scored by the two commission members, the final ranking frozen, the
decision and its annexes printed, the first beneficiary's firm recorded and her advance paid.

Every step is a gesture on the main window of the logged-in demo user (typing, clicks, the real dialogs);
the services are only read, to prove that nothing typed was lost on the way.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale, Qt

from equilibri_desktop.domain.clock import FixedClock, office_today, use_clock
from equilibri_desktop.domain.grants.application_parts import DECLARATIONS
from equilibri_desktop.domain.grants.codes import DocumentKind
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.money import amount_in_words
from equilibri_desktop.services.demo.seed import seed_demo_data
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.widgets.document_files import DocumentFiles
from tests.ui.access_helpers import fast_hashing  # noqa: F401 - fixture
from tests.ui.grant_flow import (
    ALT,
    CTRL,
    LEFT,
    NOTARY_EURO,
    WAIT_MS,
    Office,
    Plan,
    Woman,
    act_dialog_answer,
    add_cost,
    click,
    click_cell,
    criteria_points,
    euro,
    focused,
    no_conflict_answer,
    pick_person,
    reason_dialog_answer,
    row_where,
    table_texts,
    table_texts_of_list,
    tick_list_item,
    type_into,
    waiting_women,
)
from tests.ui.registry_ui import shown_rows

pytestmark = pytest.mark.usefixtures("fast_hashing")

# Ten applications: eligible costs (furniture + works), own co-financing, and each member's total.
# With € 60.000, at most € 15.000 and 80% of eligible costs each, the top four are funded in full,
# the fifth gets what is left, three more are admitted but not funded and two stay under the 60 points.
PLANS = (
    Plan("Piccole Radici", "nido", "Micronido per 12 bambini", 10_000, 5_000, 3_750, (81, 80)),
    Plan("Casa del Tempo", "salvatempo", "Spesa e lavanderia a domicilio", 9_500, 3_000, 3_200, (75, 73)),
    Plan("Merenda e Compiti", "doposcuola", "Doposcuola per la primaria", 8_000, 3_000, 2_800, (63, 61)),
    Plan("Nonni al Centro", "anziani", "Centro diurno leggero per anziani", 12_500, 5_000, 4_500, (89, 87)),
    Plan("Tata di Quartiere", "nido", "Servizio di tata condivisa", 10_000, 4_000, 3_500, (71, 69)),
    Plan("Lavanderia Amica", "salvatempo", "Lavanderia con ritiro in azienda", 7_000, 3_000, 2_500, (59, 57)),
    Plan("Il Girotondo", "nido", "Nido aziendale per 20 bambini", 14_000, 6_000, 5_000, (86, 84)),
    Plan("Spesa Facile", "salvatempo", "Consegna della spesa alle famiglie", 6_000, 3_000, 2_300, (53, 51)),
    Plan("Estate Insieme", "doposcuola", "Centro estivo per 6-11 anni", 9_000, 4_000, 3_300, (67, 66)),
    Plan("Mani Sapienti", "anziani", "Assistenza domiciliare leggera", 11_250, 5_000, 4_100, (79, 77)),
)
SERVED = "San Donato Milanese"
# The members' totals for the three applications the demo had already received: all under the threshold.
RECEIVED_POINTS = {"Piccoli Passi": (56, 54), "Tempo Ritrovato": (51, 49), "Dopo la Campanella": (46, 44)}
# Position, business, average of the two members, outcome, grant in euro: 80% of the eligible costs up to
# € 15.000 while the € 60.000 last; the fifth gets the € 6.000 left. The five under 60 points follow.
EXPECTED_RANKING = (
    (1, "Nonni al Centro", "88,00", "Finanziata", 14_000),
    (2, "Il Girotondo", "85,00", "Finanziata", 15_000),
    (3, "Piccole Radici", "80,50", "Finanziata", 12_000),
    (4, "Mani Sapienti", "78,00", "Finanziata", 13_000),
    (5, "Casa del Tempo", "74,00", "Finanziata in parte", 6_000),
    (6, "Tata di Quartiere", "70,00", "Ammessa non finanziata", 0),
    (7, "Estate Insieme", "66,50", "Ammessa non finanziata", 0),
    (8, "Merenda e Compiti", "62,00", "Ammessa non finanziata", 0),
)
FIRM_NAME = "Nonni al Centro di Caputo Lucia"
VAT_NUMBER = "12345670124"
IBAN = "IT60 X054 2811 1010 0000 0123 456"
START = datetime(2026, 10, 5, 9, 0)  # the office's clock when the story begins (Rome time)
CONSTITUTED_ON = START.date() - timedelta(days=10)
CHECKS = (K.DURC, K.INADEMPIENZE, K.DE_MINIMIS, K.RNA, K.PUBBLICAZIONE)
FISCAL_CODE = re.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b")
POINTS = {**RECEIVED_POINTS, **{plan.business: plan.points for plan in PLANS}}


@pytest.fixture
def italian_locale():
    """As the program sets it at start (ui/translations.py): decimal commas in the score boxes."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def office_clock():
    """The office clock, moved on by the test past the call's closing and the observations' period."""
    with use_clock(FixedClock(START)) as clock:
        yield clock


@pytest.fixture
def office(qtbot, ctx, italian_locale, office_clock):
    """A demo installation as `equilibri-admin init --demo` leaves it, its login listing the demo users."""
    seed_demo_data(ctx.db)
    ctx.demo = True
    return Office(qtbot, ctx)


def register(qtbot, office: Office, screen, woman: Woman, plan: Plan, shots: bool = False):
    """Ctrl+N, the applicant from the registry, the business, the costs, the declarations, «Protocolla»."""
    qtbot.keyClick(screen.list_page.view, Qt.Key.Key_N, CTRL)
    page = screen.application_page
    qtbot.waitUntil(lambda: screen.currentWidget() is page, timeout=WAIT_MS)
    ui = page.ui
    # The only open call, chosen already.
    assert page.people.ui.call_uuid_edit.currentText().startswith("Avviso pubblico")
    assert focused() is page.people.ui.applicant_uuid_edit
    pick_person(qtbot, page.people.ui.applicant_uuid_edit, woman.name)
    assert page.people.ui.applicant_info.isVisible() and not page.people.problem
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.people.ui.occupational_status_edit
    qtbot.keyClicks(focused(), "d")  # Disoccupata
    assert page.people.ui.occupational_status_edit.currentData() == "disoccupata"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), woman.did_date.strftime("%d%m%Y"))
    if shots:
        office.shot("nuova_domanda_richiedente")

    qtbot.keyClick(ui.tabs, Qt.Key.Key_2, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_E, ALT)  # Nome dell'impr&esa
    assert focused() is page.project.ui.business_name_edit
    qtbot.keyClicks(focused(), plan.business)
    combo = page.project.ui.service_kind_edit
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(plan.service))  # chosen from the list
    type_into(qtbot, page.project.ui.service_description_edit, plan.description)
    type_into(qtbot, page.project.ui.target_users_edit, "Famiglie che lavorano nel distretto")
    page.project.ui.planned_legal_form_edit.setFocus()
    legal_form = page.project.ui.planned_legal_form_edit
    legal_form.setCurrentIndex(legal_form.findText("Impresa individuale"))
    type_into(qtbot, page.project.ui.ateco_code_edit, "88.91.00")
    tick_list_item(qtbot, page.project.ui.served_municipality_ids_edit, SERVED)
    if shots:
        office.shot("nuova_domanda_progetto")

    qtbot.keyClick(ui.tabs, Qt.Key.Key_3, ALT)
    add_cost(qtbot, page, "Arredi e attrezzature", "Beni", plan.furniture_euro)
    add_cost(qtbot, page, "Adeguamento dei locali", "Opere", plan.works_euro)
    add_cost(qtbot, page, "Spese notarili di costituzione", "Servizi", NOTARY_EURO, eligible=False)
    # Alt+F would open the main window's File menu (the label's mnemonic clashes with it): click instead.
    type_into(qtbot, page.costs.ui.own_cofinancing_cents_edit, str(plan.own_euro))
    assert f"ammissibili €\u00a0{plan.eligible_cents // 100:,}".replace(",", ".") in page.costs.ui.totals_label.text()
    if shots:
        office.shot("nuova_domanda_costi")

    qtbot.keyClick(ui.tabs, Qt.Key.Key_4, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)  # Segna tutte come rese
    qtbot.waitUntil(lambda: all(box.isChecked() for box in page.declarations.declarations.values()), timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)  # Protocolla (the confirmation is answered yes)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    return page


def table_model_texts(list_page, key: str) -> list[str]:
    return [getattr(row, key) for row in shown_rows(list_page)]


def check_kept(ctx, detail, woman: Woman, plan: Plan) -> None:
    """What the clerk typed is what the office stored."""
    stored = apps.get_application(ctx.db, detail.uuid)
    assert stored.applicant.display_name == woman.name and stored.status == "presentata" and stored.protocol
    assert (stored.occupational_status, stored.did_date) == ("disoccupata", woman.did_date)
    assert (stored.business_name, stored.service_kind, stored.service_description) == (
        plan.business, plan.service, plan.description)
    assert (stored.target_users, stored.planned_legal_form, stored.ateco_code) == (
        "Famiglie che lavorano nel distretto", "Impresa individuale", "88.91.00")
    assert [name for _id, name in stored.served_municipalities] == [SERVED]
    assert [(c.description, c.category, c.amount_cents, c.eligible) for c in stored.cost_items] == [
        ("Arredi e attrezzature", "Beni", plan.furniture_euro * 100, True),
        ("Adeguamento dei locali", "Opere", plan.works_euro * 100, True),
        ("Spese notarili di costituzione", "Servizi", NOTARY_EURO * 100, False)]
    assert stored.own_cofinancing_cents == plan.own_euro * 100
    assert all(d.given for d in stored.declarations) and len(stored.declarations) == len(DECLARATIONS)


def work_done(qtbot) -> None:
    """What the clerk waits for before the next key: «Operazione in corso» gone, the work reported back."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    qtbot.waitUntil(lambda: operations_running() == 0 and not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)), timeout=WAIT_MS)


def back_to_list(qtbot, screen) -> None:
    work_done(qtbot)
    qtbot.keyClick(screen.application_page.ui.tabs, Qt.Key.Key_1, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing unsaved: back to the list
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.list_page, timeout=WAIT_MS)


def open_row(qtbot, screen, row: int):
    """Click the row, Enter opens it."""
    view = screen.list_page.view
    index = screen.list_page.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.application_page, timeout=WAIT_MS)
    return screen.application_page


def received_declarations_are_on_file(qtbot, ctx, screen) -> None:
    """The three applications that arrived by PEC before came with their declarations ticked."""
    for row in range(3):
        page = open_row(qtbot, screen, row)
        qtbot.keyClick(page.ui.tabs, Qt.Key.Key_4, ALT)
        assert all(d.given for d in apps.get_application(ctx.db, page.detail.uuid).declarations)
        back_to_list(qtbot, screen)


def check_and_admit(qtbot, office: Office, screen, row: int) -> None:
    """Avvia istruttoria (the checklist is computed at once), Conferma tutto, «Ammetti…» with a note."""
    page = open_row(qtbot, screen, row)
    ui = page.ui
    qtbot.keyClick(ui.tabs, Qt.Key.Key_I, ALT)  # Avvia istruttoria
    qtbot.waitUntil(lambda: page.detail.status == "in_istruttoria", timeout=WAIT_MS)
    qtbot.keyClick(ui.tabs, Qt.Key.Key_6, ALT)
    panel = page.review.panel
    assert panel is not None and panel.isVisible()
    assert not ui.admit_button.isEnabled() and "Conferma prima" in ui.admit_button.toolTip()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 8, timeout=WAIT_MS)  # computed as the check started
    computed = table_texts(panel.table, 1)
    assert all(text.startswith("✔") for text in computed), (page.detail.protocol, computed)
    click(qtbot, panel.confirm_all_button)
    qtbot.waitUntil(lambda: "Requisiti confermati" in panel.summary_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.admit_button.isEnabled(), timeout=WAIT_MS)  # the gate read again from the DTO
    if row == 0:
        office.shot("istruttoria_requisiti_confermati")
    with office.answering(reason_dialog_answer(qtbot, "Requisiti verificati"), shot="ammissione" if row == 0 else ""):
        click(qtbot, ui.admit_button)
    qtbot.waitUntil(lambda: page.detail.status == "ammissibile", timeout=WAIT_MS)
    assert ui.status_badge.text() == "Ammissibile"
    back_to_list(qtbot, screen)


def score_everything(qtbot, office: Office, member: int) -> None:
    """Valutazione: for each application Enter, the declaration, six scores typed with Tab, Ctrl+S."""
    screen = office.open("grant_evaluation")
    table = screen.ui.applications_table
    assert table.rowCount() == 13
    for row in range(table.rowCount()):
        click_cell(qtbot, table, row, 0)
        protocol = table.item(row, 0).text()
        qtbot.waitUntil(lambda protocol=protocol: screen.sheet is not None and screen.sheet.protocol == protocol,
                        timeout=WAIT_MS)
        totals = POINTS[table.item(row, 3).text()]
        with office.answering(no_conflict_answer(qtbot), shot="conflitto_di_interessi" if row == member == 0 else ""):
            qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.criteria.edits["C1"].hasFocus(), timeout=WAIT_MS)
        for index, points in enumerate(criteria_points(totals[member])):
            if index:
                qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            qtbot.keyClicks(focused(), str(points))
        assert f"Totale: <b>{totals[member]}" in screen.ui.total_label.text(), screen.ui.total_label.text()
        if row == 0:
            office.shot(f"valutazione_{member + 1}")
        qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
        mine = f"6/6 · {totals[member]}"
        qtbot.waitUntil(lambda row=row, mine=mine: table.item(row, 5).text() == mine, timeout=WAIT_MS)
    assert screen.ui.status_label.text() == f"Punteggi della domanda {table.item(12, 1).text()} salvati."


def printing(monkeypatch) -> list[Path]:
    """The system print dialog (DocumentFiles.print_file, its hook), answered «Stampa»: the files it got."""
    printed: list[Path] = []

    def print_file(_parent, path) -> bool:
        printed.append(Path(path))
        return True

    monkeypatch.setattr(DocumentFiles, "print_file", staticmethod(print_file))
    return printed


def publish_provisional_ranking(qtbot, office: Office, screen) -> None:
    """Graduatorie: the preview is complete; the final one waits for a published provisional ranking;
    «Congela provvisoria» with the reference; «Pubblica»."""
    ui = screen.ui
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)  # the preview is computed off the UI thread
    assert ui.call_combo.currentText().startswith("Avviso pubblico")
    assert not ui.warning_label.isVisible(), ui.warning_label.text()  # every sheet is complete
    assert "Anteprima" in ui.view_title_label.text() and ui.ranking_table.rowCount() == 13
    assert not ui.freeze_final_button.isEnabled() and "provvisoria" in ui.freeze_final_button.toolTip()
    office.shot("graduatoria_anteprima")
    with office.answering(act_dialog_answer(qtbot, "Verbale della commissione n. 1", "Congela")):
        click(qtbot, ui.freeze_provisional_button)
    qtbot.waitUntil(lambda: "Graduatoria provvisoria n. 1" in ui.view_title_label.text(), timeout=WAIT_MS)
    click(qtbot, ui.publish_button)  # the confirmation is answered yes
    qtbot.waitUntil(lambda: ui.versions_table.item(1, 3).text() == "sì", timeout=WAIT_MS)


def freeze_final_ranking(qtbot, office: Office, screen, women: dict[str, Woman]) -> None:
    """Once the observations' period is over: «Congela definitiva» with the reference; «Pubblica»."""
    ui = screen.ui
    screen.refresh()
    click_cell(qtbot, ui.versions_table, 0, 0)  # the preview, computed now
    qtbot.waitUntil(lambda: ui.freeze_final_button.isEnabled(), timeout=WAIT_MS)
    with office.answering(act_dialog_answer(qtbot, "Verbale della commissione n. 1", "Congela"), shot="congela"):
        click(qtbot, ui.freeze_final_button)
    qtbot.waitUntil(lambda: "Graduatoria definitiva n. 2" in ui.view_title_label.text(), timeout=WAIT_MS)
    table = ui.ranking_table
    shown = [[table.item(row, column).text() for column in (0, 3, 4, 5, 6)] for row in range(table.rowCount())]
    expected = [[str(position), women[business].name, score, outcome, euro(grant)]
                for position, business, score, outcome, grant in EXPECTED_RANKING]
    assert shown[:len(expected)] == expected
    assert [row[3] for row in shown[len(expected):]] == ["Non ammessa"] * (13 - len(expected))
    assert "contributi assegnati € 60.000,00 · residuo € 0,00" in ui.summary_label.text()
    click(qtbot, ui.publish_button)  # the confirmation is answered yes
    qtbot.waitUntil(lambda: ui.versions_table.item(1, 3).text() == "sì", timeout=WAIT_MS)
    office.shot("graduatoria_definitiva")


def generate_and_print_documents(qtbot, office: Office, screen, printed: list[Path]) -> dict[str, Path]:
    """The documents panel of the frozen version: Determinazione, then Allegato A and B; each printed."""
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)  # the preview redraws the panel when ready
    panel = screen.documents.panel
    assert panel is not None and panel.isVisible() and panel.record_uuid is not None
    for count, key in enumerate(("determinazione", "allegato_a", "allegato_b"), start=1):
        click(qtbot, panel.generate_buttons[key])
        qtbot.waitUntil(lambda count=count: not panel.busy and panel.table.rowCount() == count, timeout=WAIT_MS)
        assert panel.status_label.text().startswith("Generato:"), panel.status_label.text()
    office.shot("documenti_generati")
    files = {}
    for row in range(panel.table.rowCount()):
        click_cell(qtbot, panel.table, row, 1)
        kind = panel.table.item(row, 1).text()
        click(qtbot, panel.print_button)
        qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)  # the file is checked off the UI thread
        assert printed and printed[-1].is_file(), kind
        files[kind] = printed[-1]
    return files


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check_documents(files: dict[str, Path], women: dict[str, Woman]) -> None:
    """The printed PDFs hold the ranking's amounts (in figures and words in the decision); annex A no identity."""
    kinds = (DocumentKind.DETERMINAZIONE, DocumentKind.ALLEGATO_A, DocumentKind.ALLEGATO_B)
    assert sorted(files) == sorted(kind.label for kind in kinds)
    decision, public, restricted = (pdf_text(files[kind.label]) for kind in kinds)
    for _position, business, score, outcome, grant in EXPECTED_RANKING:
        woman = women[business]
        printed_name = f"{woman.first_name} {woman.surname}"
        if grant:  # the published act names grants by code only; names are in the restricted annex B
            assert f"{euro(grant)}\n{amount_in_words(Decimal(grant))}" in decision
        assert woman.surname not in decision, business
        assert f" {score} {outcome} {euro(grant) if grant else '—'}" in public, business
        assert printed_name in restricted and woman.surname not in public, business
    assert "per un totale di € 60.000,00 (euro sessantamila/00)" in " ".join(decision.split())
    assert "Domande finanziate 5" in public and not FISCAL_CODE.search(public)
    assert len(FISCAL_CODE.findall(restricted)) == 13


def checks_recorded(table) -> int:
    return sum(1 for outcome in table_texts(table, 2) if outcome)


def choose_funded(qtbot, office: Office, business: str):
    """Erogazioni: click the application's row in the list of funded ones."""
    screen = office.open("grant_payments")
    table = screen.ui.funded_table
    assert sorted(table_texts(table, 3)) == sorted(b for _p, b, _s, _o, grant in EXPECTED_RANKING if grant)
    click_cell(qtbot, table, row_where(table, 3, business), 3)
    qtbot.waitUntil(lambda: screen.file is not None and screen.file.application.business_name == business,
                    timeout=WAIT_MS)
    return screen


def record_constitution_and_checks(qtbot, office: Office, business: str) -> None:
    """The operator records the firm (P.IVA and IBAN checked as she leaves the field) and the checks."""
    screen = choose_funded(qtbot, office, business)
    qtbot.keyClick(screen.ui.detail_tabs, Qt.Key.Key_R, ALT)  # Impresa
    ui = screen.firm.ui
    assert ui.name_edit.text() == business and ui.save_firm_button.isEnabled()
    # The beneficiary's acceptance came back signed: recorded before anything is paid.
    qtbot.keyClick(screen.ui.detail_tabs, Qt.Key.Key_G, ALT)  # Tranche e pagamenti
    accepting = screen.acceptance
    assert accepting.record_button.isEnabled(), accepting.state_label.text()
    click(qtbot, accepting.record_button)
    qtbot.waitUntil(lambda: "accettato dalla beneficiaria" in screen.acceptance.state_label.text(), timeout=WAIT_MS)
    qtbot.keyClick(screen.ui.detail_tabs, Qt.Key.Key_R, ALT)  # Impresa
    ui = screen.firm.ui
    type_into(qtbot, ui.name_edit, FIRM_NAME)
    type_into(qtbot, ui.vat_number_edit, VAT_NUMBER)
    type_into(qtbot, ui.constituted_on_edit, CONSTITUTED_ON.strftime("%d%m%Y"))
    type_into(qtbot, ui.address_edit, "Via Roma 12")
    type_into(qtbot, ui.municipality_id_edit, "Melegnano")
    popup = ui.municipality_id_edit.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        office.activate()
    type_into(qtbot, ui.iban_edit, IBAN)
    qtbot.keyClick(ui.iban_edit, Qt.Key.Key_Tab)  # leaving the field checks the IBAN
    assert not ui.vat_number_error.isVisible() and not ui.iban_error.isVisible()
    assert ui.cap_edit.text() == "20077"  # filled from the municipality
    office.shot("erogazioni_impresa")
    click(qtbot, ui.save_firm_button)
    tranches = screen.tranches.ui
    qtbot.waitUntil(lambda: tranches.tranches_table.rowCount() == 2, timeout=WAIT_MS)
    assert screen.ui.detail_tabs.currentWidget() is screen.ui.tranches_tab
    assert "Impresa costituita" in screen.ui.detail_title.text()
    advance = [tranches.tranches_table.item(0, column).text() for column in (1, 3, 4, 5, 6)]
    assert advance == ["Anticipo", "€ 7.000,00", "€ 280,00", "€ 6.720,00", "Da pagare"], advance
    conditions = table_texts_of_list(tranches.conditions_list)
    assert any("inadempienze" in c for c in conditions), conditions  # the advance is over € 5.000
    for kind in CHECKS:
        combo = tranches.check_kind_edit
        combo.setFocus()
        combo.setCurrentIndex(combo.findData(kind.value))  # picked from the list
        type_into(qtbot, tranches.checked_on_edit, office_today().strftime("%d%m%Y"))
        type_into(qtbot, tranches.reference_edit, f"prot. {kind.value} 2026")
        recorded = checks_recorded(tranches.checks_table)
        click(qtbot, tranches.record_check_button)
        qtbot.waitUntil(lambda done=recorded + 1: checks_recorded(tranches.checks_table) == done, timeout=WAIT_MS)
    conditions = table_texts_of_list(tranches.conditions_list)
    assert all(c.startswith("✔") for c in conditions), conditions
    assert not tranches.pay_button.isEnabled()  # paying is the responsabile's
    assert "spetta al responsabile" in tranches.override_label.text()
    office.shot("erogazioni_verifiche")


def pay_the_advance(qtbot, office: Office, business: str):
    """The responsabile types the liquidation act and pays the advance («Paga», confirmed)."""
    screen = choose_funded(qtbot, office, business)
    qtbot.keyClick(screen.ui.detail_tabs, Qt.Key.Key_G, ALT)  # Tranche e pagamenti
    ui = screen.tranches.ui
    qtbot.waitUntil(lambda: ui.pay_button.isEnabled(), timeout=WAIT_MS)
    type_into(qtbot, ui.liquidation_act_edit, "Determinazione n. 2/2026")
    type_into(qtbot, ui.liquidation_date_edit, office_today().strftime("%d%m%Y"))
    assert ui.paid_on_edit.date() == office_today()
    click(qtbot, ui.pay_button)
    qtbot.waitUntil(lambda: ui.tranches_table.item(0, 6).text() == "Pagata", timeout=WAIT_MS)
    office.shot("erogazioni_anticipo_pagato")
    return screen


def test_a_clerk_runs_a_whole_call_on_demo_data(qtbot, ctx, office, office_clock, dialogs, monkeypatch):
    women = waiting_women(ctx.db, len(PLANS))
    # 1. The operator registers the ten applications on her desk.
    office.login("demo.operatore")
    screen = office.open("grant_applications")
    assert screen.list_page.ui.count_label.text() == "3 domande"
    office.shot("domande_elenco_iniziale")
    protocols, women_by_business = [], {}
    for number, (woman, plan) in enumerate(zip(women, PLANS, strict=False)):
        page = register(qtbot, office, screen, woman, plan, shots=number == 0)
        if number == 0:
            office.shot("domanda_protocollata")
        check_kept(ctx, page.detail, woman, plan)
        women_by_business[plan.business] = woman
        protocols.append(page.detail.protocol_number)
        back_to_list(qtbot, screen)
    assert protocols == list(range(protocols[0], protocols[0] + len(PLANS)))  # consecutive, this year
    assert screen.list_page.ui.count_label.text() == "13 domande"
    received_declarations_are_on_file(qtbot, ctx, screen)
    office.shot("domande_registrate")

    # 2. The call has closed: the responsabile checks the requirements of all thirteen and admits them.
    office_clock.advance(days=31)
    office.switch_user("demo.responsabile")
    screen = office.open("grant_applications")
    for row in range(13):
        check_and_admit(qtbot, office, screen, row)
    office.shot("domande_ammesse")

    # 3. The two commission members declare no conflict and score every application.
    for member, username in enumerate(("demo.commissario", "demo.commissaria")):
        office.switch_user(username)
        score_everything(qtbot, office, member)

    # 4. The responsabile freezes the final ranking, publishes it, generates and prints the documents.
    office.switch_user("demo.responsabile")
    printed = printing(monkeypatch)
    ranking = office.open("grant_rankings")
    publish_provisional_ranking(qtbot, office, ranking)
    office_clock.advance(days=11)  # the ten days for observations have run
    freeze_final_ranking(qtbot, office, ranking, women_by_business)
    documents = generate_and_print_documents(qtbot, office, ranking, printed)
    check_documents(documents, women_by_business)

    # 5. The first beneficiary constituted her firm: the operator records it and the checks, the
    #    responsabile pays the advance, 50% of the grant less the 4% withholding.
    first = EXPECTED_RANKING[0][1]
    office.switch_user("demo.operatore")
    record_constitution_and_checks(qtbot, office, first)
    office.switch_user("demo.responsabile")
    screen = pay_the_advance(qtbot, office, first)
    row = row_where(screen.ui.funded_table, 3, first)
    assert [screen.ui.funded_table.item(row, column).text() for column in (5, 6, 7, 8)] == [
        "In erogazione", "€ 14.000,00", "€ 7.000,00", "€ 7.000,00"]
    assert dialogs.titles("confirm")[-1] == "Paga tranche"
    assert "netto € 6.720,00" in dialogs.texts("confirm")[-1]
    paid = grant_payments.get_payment_file(ctx.db, screen.file.application.uuid)
    assert (paid.application.status, paid.application.granted_cents, paid.application.paid_cents) == (
        "in_erogazione", 14_000_00, 7_000_00)
    assert paid.firm.vat_number == VAT_NUMBER and paid.firm.iban.replace(" ", "") == IBAN.replace(" ", "")
    assert paid.firm.constituted_on == CONSTITUTED_ON and paid.firm.name == FIRM_NAME
    advance, balance = paid.tranches
    assert (advance.gross_cents, advance.withholding_cents, advance.net_cents, advance.status) == (
        7_000_00, 280_00, 6_720_00, "pagata")
    assert advance.paid_on == office_today() and advance.liquidation_act == "Determinazione n. 2/2026"
    assert not advance.override_reason  # every condition was met: no override
    assert {check.kind for check in advance.checks if check.passed} == {kind.value for kind in CHECKS}
    assert (balance.gross_cents, balance.status) == (7_000_00, "da_pagare")

    # 6. Where the call stands, as the Domande list shows it; and no step was refused along the way.
    screen = office.open("grant_applications")
    statuses = sorted(table_model_texts(screen.list_page, "status_label"))
    assert statuses == sorted(["In erogazione"] + ["Finanziata"] * 4 + ["Ammessa non finanziata"] * 3
                              + ["Non ammessa (sotto soglia)"] * 5), statuses
    office.shot("domande_esito_finale")
    assert dialogs.titles("confirm") == ["Protocolla la domanda"] * len(PLANS) + ["Paga tranche"]
    assert dialogs.titles("publication") == ["Pubblica la graduatoria"] * 2  # each asked its publication date
    assert dialogs.titles("warn") == [] and dialogs.titles("error") == [] and dialogs.titles("inform") == []
