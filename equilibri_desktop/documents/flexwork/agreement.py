"""The individual agile-work agreement (art. 19 L. 81/2017, Protocollo nazionale 7/12/2021): the parties, the
clauses the law asks for, and both signature blocks."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.flexwork import common as c
from equilibri_desktop.documents.flexwork.data import AgreementDocData
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Accordo individuale di lavoro agile"


def _parties(d: AgreementDocData) -> list[Flowable]:
    e = d.employer
    return [
        Paragraph(f"<b>TRA</b> {escape(e.name)}, codice fiscale {escape(e.fiscal_code or '—')}, con sede in "
                  f"{escape(e.address or '—')} (di seguito «il datore di lavoro»)", st.BODY),
        Paragraph(f"<b>E</b> {escape(d.worker_name)}, codice fiscale {escape(d.worker_fiscal_code or '—')}, "
                  f"{escape(d.worker_birth)}, dipendente a {escape(d.employment_type.lower())} dal "
                  f"{c.day(d.employment_start)} (di seguito «il lavoratore»)", st.BODY),
    ]


def _articles(d: AgreementDocData) -> list[tuple[str, str]]:
    period = (f"dal {c.day(d.start_on)} al {c.day(d.end_on)}" if d.end_on else f"dal {c.day(d.start_on)}")
    regulation = (f" e il regolamento aziendale adottato il {c.day(d.regulation_adopted_on)}"
                  if d.regulation_adopted_on else "")
    contact = (f"Nelle giornate di lavoro agile il lavoratore è contattabile nella fascia {d.contact_band}."
               if d.contact_band else "Non è prevista una fascia di contattabilità.")
    notice = (f"Ciascuna parte può recedere con un preavviso di almeno {d.notice_days_worker} giorni se recede il "
              f"lavoratore e di almeno {d.notice_days_employer} giorni se recede il datore di lavoro "
              "(art. 19 c. 2 L. 81/2017)." if d.open_ended else
              "L'accordo cessa alla scadenza; prima di essa si recede solo per giustificato motivo.")
    return [
        ("Oggetto e durata", f"Le parti convengono che la prestazione sia resa anche in modalità agile ai sensi "
         f"degli artt. 18–23 L. 81/2017, del Protocollo nazionale del 7/12/2021{regulation}. L'accordo è "
         f"{d.duration.lower()}, {period}."),
        ("Alternanza tra sede e lavoro agile", f"Il lavoratore svolge {d.remote_days} giornate a settimana in "
         f"modalità agile e {d.office_days} in sede, secondo la programmazione concordata con il responsabile."),
        ("Luoghi di lavoro", "La prestazione agile si svolge nei luoghi seguenti, idonei e sicuri: "
         + "; ".join(p.lower() for p in d.places) + "."),
        ("Strumenti di lavoro", d.tools),
        ("Tempi di riposo, contattabilità e disconnessione", f"{d.rest_times}\n{contact} La fascia di "
         f"disconnessione è {d.disconnection_band}."),
        ("Potere direttivo, di controllo e disciplinare", d.directive_power),
        ("Salute e sicurezza", f"Il datore di lavoro ha consegnato il {c.day(d.safety_notice_on)} l'informativa "
         "scritta sui rischi generali e specifici del lavoro agile, che rinnova almeno ogni anno (art. 22 "
         "L. 81/2017)."),
        ("Recesso", f"{notice}\n{d.justified_cause}"),
        ("Comunicazione al Ministero e conservazione", "Il datore di lavoro comunica l'accordo al Ministero del "
         "Lavoro nei termini di legge (art. 23 c. 1 L. 81/2017) e lo conserva per "
         f"{d.retention_years} anni dalla sottoscrizione ({d.retention_source})."),
        ("Trattamento dei dati", "I dati personali sono trattati per la sola gestione del rapporto di lavoro e "
         "degli obblighi di legge (GDPR art. 6 par. 1 lett. b e c)."),
    ]


def build_agreement_pdf(data: AgreementDocData, profile: OrganisationProfile, path: Path) -> str:
    story: list[Flowable] = [*c.title_block(KIND, data.number_label, data.issued_on, data.worker_name),
                             *_parties(data)]
    if data.priority:
        story.append(Paragraph(f"Il lavoratore rientra tra le categorie con priorità di accesso al lavoro agile "
                               f"(art. 18 c. 3-bis L. 81/2017): {escape(data.priority.lower())}.", st.BODY))
    body = c.articles(_articles(data))
    closing, body = body[-2:], body[:-2]
    story += body
    story.append(c.signatures([f"Per <b>{escape(data.employer.name)}</b>", "Il datore di lavoro"],
                              [f"<b>{escape(data.worker_name)}</b>", "Il lavoratore"], closing))
    story.append(Paragraph(f"Sottoscritto il {c.day(data.signed_on)}.", st.NOTE))
    return c.build(path, profile, story, f"{KIND} – {data.worker_name}")
