"""Issue 13 point 7: attachments are stored under names that are safe on Windows."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.file_names import UnsafeFileError, is_executable, safe_file_name
from equilibri_desktop.services.grants import attachments as grant_attachments
from tests.grant_helpers import add_woman, make_application, make_call

RESERVED = ["CON", "NUL.pdf", "com1.txt", "AUX.docx", "LPT1", "prn.tar.gz", "Con .pdf", "COM¹.pdf"]
EXECUTABLE = ["virus.exe", "fattura.pdf.exe", "avvio.BAT", "script.cmd", "x.js", "y.vbs", "salvaschermo.scr",
              "collegamento.lnk", "installa.msi", "comando.ps1", "pagina.hta", "fattura\u202efdp.exe"]


@pytest.mark.parametrize("name", RESERVED)
def test_device_names_are_renamed(name):
    stored = safe_file_name(name)
    assert stored.startswith("_") and stored.lstrip("_").split(".")[0].strip().lower() == \
        name.split(".")[0].strip().lower()


@pytest.mark.parametrize("name", EXECUTABLE)
def test_programs_and_scripts_are_recognised(name):
    assert is_executable(name)


def test_bidi_and_forbidden_characters_are_removed():
    assert safe_file_name("fattura\u202efdp.exe") == "fatturafdp.exe"
    assert safe_file_name('a<b>c:d"e|f?g*.pdf. ') == "a_b_c_d_e_f_g_.pdf"
    assert safe_file_name("relazione finale.pdf") == "relazione finale.pdf"
    assert not is_executable("relazione.pdf") and not is_executable("foto.jpeg")


def test_attachments_refuse_programs_and_store_device_names_safely(db, tmp_path):
    application = make_application(db, make_call(db), add_woman(db))
    for name in EXECUTABLE[:3] + [EXECUTABLE[-1]]:
        source = tmp_path / name
        source.write_bytes(b"MZ")
        with pytest.raises(UnsafeFileError, match="programma"):
            grant_attachments.add_attachment(db, application.uuid, source, "Documento")
    for name in ("NUL.pdf", "com1.txt", "ricevuta\u202egpj.pdf"):
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.7 " + name.encode())
        entry = grant_attachments.add_attachment(db, application.uuid, source, "Documento")
        stored = entry.stored_path.rsplit("/", 1)[-1]
        assert stored == safe_file_name(name) and "\u202e" not in stored
        assert stored.split(".")[0].lower() not in ("nul", "com1")
