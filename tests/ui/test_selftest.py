"""`--self-test` checks an installation and says so in a report a windowed build can leave behind."""

from __future__ import annotations

from equilibri_desktop.ui import selftest


def test_self_test_passes_and_writes_report(qapp, tmp_path):
    report = tmp_path / "esito.txt"
    assert selftest.run_self_test(str(report)) == 0
    text = report.read_text(encoding="utf-8")
    for check in ("moduli", "database", "documenti", "identificativi", "orario", "traduzioni", "portatili da campo"):
        assert f"OK   {check}" in text
    assert text.rstrip().endswith("self-test: superato")


def test_self_test_fails_when_a_form_is_missing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr("equilibri_desktop.ui.forms.forms_dir", lambda: tmp_path / "nessuna-cartella")
    assert selftest.run_self_test(str(tmp_path / "esito.txt")) == 1
    assert "FAIL moduli" in (tmp_path / "esito.txt").read_text(encoding="utf-8")
