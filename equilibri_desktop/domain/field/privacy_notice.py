"""The short privacy notice read out or shown to people registered at an outreach event (Reg. UE 2016/679,
art. 13: who processes, why, on what basis, for how long, the rights), as dated versions: the version shown is
stored with each registration, so a later change of wording never rewrites what someone was told."""

from __future__ import annotations

from datetime import date

NOTICES = (
    (date(2026, 1, 1), "2026.1",
     "I dati (nome, contatti, codice fiscale se indicato) sono trattati dall'Ente capofila della rete «Governare "
     "gli equilibri» per iscriverti all'evento, registrare la presenza e rilasciare l'attestato (art. 6.1.e GDPR: "
     "compito di interesse pubblico). Sono conservati per 5 anni dalla fine del progetto, non sono diffusi e "
     "restano nell'Unione europea. Puoi chiederne l'accesso, la rettifica o la limitazione e proporre reclamo al "
     "Garante. Foto/video e comunicazioni sulle iniziative della rete richiedono un consenso a parte, revocabile "
     "in ogni momento."),
)


def notice_on(day: date) -> tuple[str, str]:
    """(version, text) of the notice in force on `day`."""
    in_force = [n for n in NOTICES if n[0] <= day] or [NOTICES[0]]
    _since, version, text = in_force[-1]
    return version, text
