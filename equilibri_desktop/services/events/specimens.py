"""Specimens of the event documents (a sign-in sheet and a certificate) from fictitious data, for
`equilibri-admin specimens`: the database is never read or written."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.domain.organisation import OrganisationProfile

_NAMES = ("Bassi Anna", "Colombo Giulia", "Conti Marta", "Ferrari Elena", "Galli Sara", "Lodi Chiara",
          "Moretti Paola", "Riva Francesca", "Sartori Laura", "Villa Irene", "Zanetti Marco", "Brambilla Luca")


def render_event_specimens(profile: OrganisationProfile, outdir: Path, today: date) -> list[Path]:
    from equilibri_desktop.documents.events.certificate import build_certificate_pdf
    from equilibri_desktop.documents.events.data import (
        CertificateData,
        SignInRow,
        SignInSheetData,
    )
    from equilibri_desktop.documents.events.sign_in import build_sign_in_sheet_pdf

    first = today - timedelta(days=28)
    sheet = SignInSheetData(
        f"1/{today.year}", "Conciliare vita e lavoro: strumenti per la rete", "Corso di formazione",
        "Sala consiliare, Melegnano", 2, 4, first + timedelta(days=7), time(9, 0), time(13, 0), format_hours(240),
        "Laura Bianchi (esempio)", "Il welfare aziendale",
        tuple(SignInRow(n, "Comune di Melegnano" if i % 2 else "Cooperativa sociale Il Melo") for i, n in
              enumerate(_NAMES)))
    certificate = CertificateData(
        f"1/{today.year}", "Attestato di frequenza", "Riva Francesca", "F", date(1984, 5, 17), "Lodi",
        "RVIFNC84E57E648B", sheet.event_title, sheet.event_kind_label, profile.body_name, sheet.place, first,
        first + timedelta(days=21), format_hours(840), format_hours(960), "87,5",
        ("Il lavoro agile (L. 81/2017)", "Il welfare aziendale", "Gli accordi di rete tra enti e imprese"),
        ("Laura Bianchi (esempio)",), profile.signatory_name, profile.signatory_role, "Melegnano", today)
    paths = [outdir / "22-foglio-firme.pdf", outdir / "23-attestato-di-frequenza.pdf"]
    build_sign_in_sheet_pdf(sheet, profile, paths[0])
    build_certificate_pdf(certificate, profile, paths[1])
    return paths
