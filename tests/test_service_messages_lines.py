"""The newer lines (network, flexible work, field laptops, events, welfare) speak to the interface in codes: no
refusal or field check is raised as a bare Italian sentence, every coded call gives the parameters its template
names, and the English wording keeps the same placeholders (a missing one would fall back to Italian)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

import equilibri_desktop
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.messages import MESSAGES
from equilibri_desktop.ui.service_messages import CONTEXT, TEXTS
from equilibri_desktop.ui.translations import install_translators

PACKAGE = Path(equilibri_desktop.__file__).resolve().parent
LINES = ("network", "flexwork", "field", "events", "welfare")
# Not for the user: a programming error on the laptop's own database (never caught as a DomainError).
NOT_USER_FACING = {("services/field/local_db.py", "RuntimeError")}


def _modules():
    for layer in ("domain", "services"):
        for line in LINES:
            for path in sorted((PACKAGE / layer / line).rglob("*.py")):
                if path.name != "messages.py":
                    yield path


def _literal(node) -> bool:
    """A message written out in the call: a string, an f-string, or a sum of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left) or _literal(node.right)
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    return False


def _resolve(module, func):
    """What the called name is in its module (None if it is not a plain name or dotted name)."""
    parts = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if not isinstance(func, ast.Name):
        return None
    target = getattr(module, func.id, None)
    for part in reversed(parts):
        target = getattr(target, part, None)
    return target


def _module_of(path: Path):
    dotted = path.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")
    return importlib.import_module(dotted)


def _domain_error_classes(tree, module):
    classes = {node.name: getattr(module, node.name, None) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    return {name for name, cls in classes.items() if isinstance(cls, type) and issubclass(cls, DomainError)}


def bare_messages() -> list[str]:
    """Every place of the lines that hands the user an Italian sentence without a code."""
    found = []
    for path in _modules():
        found += bare_messages_in(path, _module_of(path), path.relative_to(PACKAGE).as_posix())
    return found


def bare_messages_in(path: Path, module, where: str) -> list[str]:
    from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
    from equilibri_desktop.domain.errors import FieldError, ValidationError
    from equilibri_desktop.services.field.dto import MergeItem

    found, tree = [], ast.parse(path.read_text(encoding="utf-8"))
    errors_here = _domain_error_classes(tree, module)
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in errors_here):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):  # super().__init__("…")
            f = call.func
            if isinstance(f, ast.Attribute) and f.attr == "__init__" and call.args and _literal(call.args[0]):
                found.append(f"{where}:{call.lineno} {cls.name}.__init__")
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        target = _resolve(module, call.func)
        name = ast.unparse(call.func)
        if target in (FieldError, DuplicateRecordError):  # (field, message, …)
            if len(call.args) > 1 and _literal(call.args[1]):
                found.append(f"{where}:{call.lineno} {name}")
        elif target == ValidationError.single and len(call.args) > 1 and _literal(call.args[1]):
            found.append(f"{where}:{call.lineno} {name}")
        elif target is MergeItem and len(call.args) > 4 and _literal(call.args[4]):
            found.append(f"{where}:{call.lineno} {name} detail")
        elif isinstance(target, type) and issubclass(target, Exception) and call.args and _literal(call.args[0]):
            if (where, name) not in NOT_USER_FACING:
                found.append(f"{where}:{call.lineno} {name}")
    return found


def test_the_newer_lines_raise_no_bare_italian_sentence():
    assert bare_messages() == []


# Another helper is converting the grant procedure; once it joins LINES this set is empty.
NOT_YET_SCANNED = {"grants"}


def _other_modules():
    """Every module of domain/ and services/ outside the lines (registry, identifiers, imports, documents,
    administration, demo, …): the same scan covers them."""
    for layer in ("domain", "services"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            package = path.relative_to(PACKAGE / layer).parts[0]
            if package not in LINES and package not in NOT_YET_SCANNED and path.name != "messages.py":
                yield path


def test_the_rest_of_domain_and_services_raises_no_bare_italian_sentence():
    modules = list(_other_modules())
    assert len(modules) > 90  # the registry, imports, documents, administration… not a handful
    found = []
    for path in modules:
        found += bare_messages_in(path, _module_of(path), path.relative_to(PACKAGE).as_posix())
    assert found == []


def test_the_scan_finds_bare_sentences(tmp_path):
    """The scan is not blind: literal refusals, field checks, error classes and merge details are reported."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from equilibri_desktop.domain.errors import DomainError, FieldError, ValidationError\n"
        "from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError\n"
        "from equilibri_desktop.services.field.dto import MergeItem, Outcome\n\n\n"
        "class Refused(DomainError):\n    def __init__(self):\n        super().__init__('Rifiutato.')\n\n\n"
        "def refuse(n):\n    raise DomainError(f'Non si può ({n}).')\n\n\n"
        "def check(ok):\n    return [FieldError('title', 'Titolo mancante.' if ok else 'Altro.'),\n"
        "            ValidationError.single('a', 'No.'), MergeItem(None, 'nota', '', Outcome.NEW, 'dettaglio')]\n"
        "\n\ndef twin(u):\n    raise DuplicateRecordError('fiscal_code', f'Già registrato ({u}).', u)\n"
        "\n\ndef fine():\n    raise DomainError(code='record.stale')\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("probe_bare_messages", probe)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = bare_messages_in(probe, module, "probe.py")
    assert sorted(f.split(" ", 1)[1] for f in found) == [
        "DomainError", "DuplicateRecordError", "FieldError", "MergeItem detail", "Refused.__init__",
        "ValidationError.single"]


def _placeholders(template: str) -> set[str]:
    return {re.split(r"[.\[!:]", name)[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _coded_calls(paths=None):
    """(where, code, parameter names given) of every coded message of the lines with a written-out code."""
    for path in paths or _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE).as_posix()
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            keywords = {k.arg: k.value for k in call.keywords}
            if name == "coded" and len(call.args) > 1 and isinstance(call.args[1], ast.Constant):
                yield where, call.lineno, call.args[1].value, {k for k in keywords if k}
            elif name == "CodedText" and call.args and isinstance(call.args[0], ast.Constant):
                yield where, call.lineno, call.args[0].value, {k for k in keywords if k}
            elif isinstance(keywords.get("code"), ast.Constant):
                params = keywords.get("params")
                given = ({k.value for k in params.keys} if isinstance(params, ast.Dict) else set())
                yield where, call.lineno, keywords["code"].value, given
            elif isinstance(keywords.get("code"), ast.IfExp):  # code="a" if … else "b"
                choice = keywords["code"]
                params = keywords.get("params")
                given = ({k.value for k in params.keys} if isinstance(params, ast.Dict) else set())
                for branch in (choice.body, choice.orelse):
                    yield where, call.lineno, branch.value, given


def test_every_coded_call_gives_the_parameters_its_template_names():
    calls = list(_coded_calls())
    assert len(calls) > 200  # the lines' refusals and checks, not a handful
    wrong = [(where, line, code, sorted(_placeholders(MESSAGES[code]) ^ given))
             for where, line, code, given in calls
             if code not in MESSAGES or _placeholders(MESSAGES[code]) != given]
    assert wrong == []


def test_the_rest_gives_the_parameters_its_templates_name():
    calls = list(_coded_calls(list(_other_modules())))
    assert len(calls) > 90  # the registry's, imports', documents' and administration's coded messages
    # A parameter the template does not use is harmless (a lock of one minute still passes its minutes).
    wrong = [(where, line, code, sorted(_placeholders(MESSAGES[code]) - given))
             for where, line, code, given in calls
             if code not in MESSAGES or _placeholders(MESSAGES[code]) - given]
    assert wrong == []


@pytest.fixture
def english(qapp):
    install_translators(QApplication.instance(), "en")
    yield
    install_translators(QApplication.instance(), "it")


def test_every_code_of_the_lines_has_english_with_the_same_placeholders(english):
    codes = [code for code in TEXTS if code.split(".")[0] in LINES + ("evaluation",)]
    assert len(codes) > 250
    untranslated, mismatched = [], []
    for code in codes:
        english_text = QCoreApplication.translate(CONTEXT, TEXTS[code])
        if english_text == TEXTS[code]:
            untranslated.append(code)
        if _placeholders(english_text) != _placeholders(TEXTS[code]):
            mismatched.append(code)
    assert untranslated == [] and mismatched == []


def test_every_code_of_the_rest_has_english_with_the_same_placeholders(english):
    from equilibri_desktop.ui.registry_catalogue import REGISTRY_TEXTS

    assert len(REGISTRY_TEXTS) > 80
    untranslated, mismatched = [], []
    for code, template in REGISTRY_TEXTS.items():
        english_text = QCoreApplication.translate(CONTEXT, template)
        if english_text == template:
            untranslated.append(code)
        if _placeholders(english_text) != _placeholders(template):
            mismatched.append(code)
    assert untranslated == [] and mismatched == []


def test_a_too_long_field_names_the_field_in_english(english):
    from equilibri_desktop.domain.person_rules import PersonInput, validate_person
    from equilibri_desktop.ui.service_messages import field_error_text

    with pytest.raises(ValidationError) as refused:
        validate_person(PersonInput(surname="R" * 101, first_name="", phone="12"), {})
    problems = {e.field: e for e in refused.value.errors}
    assert problems["surname"].message == "Il cognome è troppo lungo: al massimo 100 caratteri."  # the service's
    assert field_error_text(problems["surname"]) == "The surname is too long: at most 100 characters."
    assert field_error_text(problems["first_name"]) == "Write the first name."
    assert field_error_text(problems["phone"]) == (
        "The phone number has at least 6 digits and only digits, spaces and the +.")


def test_a_survey_import_reports_its_problems_in_english(db, tmp_path, english):
    from equilibri_desktop.services.welfare import survey_import
    from equilibri_desktop.ui.service_messages import said
    from tests.welfare_helpers import HEADERS, engagement, organisation, survey_row, write_xlsx

    e = engagement(db, organisation(db, "Officine Riunite srl"))
    bad = [survey_row(0), survey_row(1)]
    bad[1] = bad[1][:3] + ("0",) + bad[1][4:]  # an age band that does not exist
    report = survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "u.xlsx", bad,
                                                                (*HEADERS[:-1], "Colore preferito")))
    assert [str(p.message) for p in report.problems][0] == (
        "Colonne sconosciute: «Colore preferito». Rinominale come nel modello o toglile, poi riprova.")
    worded = [said(p.message) for p in report.problems]
    assert worded[0] == ("Unknown columns: «Colore preferito». Rename them as in the template or remove them, "
                         "then try again.")
    assert len(worded) == 2 and worded[1].startswith("«0» is not a possible answer (allowed: ")


def test_a_welfare_plans_tax_notes_in_english(english):
    from decimal import Decimal

    from equilibri_desktop.domain.welfare.plan_rules import PlanBasis, deductibility, productivity_note
    from equilibri_desktop.domain.welfare.treatment import MeasureAmounts, TaxCategory, tax_treatment
    from equilibri_desktop.ui.service_messages import said

    d = deductibility(PlanBasis.VOLUNTARY, Decimal(10000), Decimal(100000), 2026)
    assert str(d.consequence).startswith("Le misure di lett. f sono deducibili fino a")  # documents: Italian
    assert said(d.consequence).startswith("Measures under letter f are deductible up to")
    assert "is not deductible" in said(d.consequence) and said(d.rule).startswith("Measures under letter f")
    assert said(productivity_note(2026)).startswith("Performance bonuses 2026: substitute tax of")
    over = tax_treatment(MeasureAmounts(TaxCategory.FRINGE, Decimal(5000), None, False), 2026)
    assert not over.exempt and said(over.warnings[0]).split(" exceeds the fringe-benefit threshold of ")[1]
    assert said(tax_treatment(MeasureAmounts(TaxCategory.HEALTH_FUND, Decimal(100), None, False), 2026).rule
                ).startswith("Contributions excluded from income up to")


def test_the_home_pages_network_reminders_in_english(db, tmp_path, english):
    from datetime import UTC, date, datetime

    from equilibri_desktop.domain.clock import FixedClock, use_clock
    from equilibri_desktop.services.network import agreements, reminders, signatures
    from equilibri_desktop.ui.service_messages import said
    from tests.network_helpers import agreement_input, make_body

    bodies = [make_body(db, i) for i in range(2)]
    with use_clock(FixedClock(datetime(2026, 1, 10, 9, tzinfo=UTC))):
        pending = agreements.create_agreement(db, agreement_input(bodies, title="In attesa"))
        agreements.send_for_signature(db, pending.uuid, pending.version)
        draft = agreements.create_agreement(db, agreement_input(bodies, title="Si rinnova", end_date=date(2026, 3, 20),
                                                                tacit_renewal=True))
        sent = agreements.send_for_signature(db, draft.uuid, draft.version)
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF scan")
        signatures.record_paper_signatures(db, sent.uuid, [p.uuid for p in sent.parties], scan)
    with use_clock(FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))):
        found = reminders.network_reminders(db, pending_days=15)
    worded = sorted(said(r.text).split(": ", 1)[1] for r in found)
    assert worded[0].startswith("renews tacitly on 20/03/2026")
    assert [w.endswith("awaited for 51 days") for w in worded[1:]] == [True, True]
    assert all("attesa da 51 giorni" in r.text for r in found if r.kind == "firma")  # the service's own words
