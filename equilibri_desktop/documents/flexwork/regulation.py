"""The company regulation on agile work from a template filled with the organisation's choices; for public
bodies it refers to the PIAO and tells agile work apart from remote work, as their collective agreement does."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.flexwork import common as c
from equilibri_desktop.documents.flexwork.data import RegulationDocData
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Regolamento aziendale sul lavoro agile"


def _articles(d: RegulationDocData) -> list[tuple[str, str]]:
    e = d.employer
    basis = ("la sezione «Lavoro agile» del Piano integrato di attività e organizzazione (PIAO)"
             + (f" ({d.piao_section})" if d.piao_section else "") + " e il contratto collettivo nazionale del comparto"
             if e.public else "il Protocollo nazionale sul lavoro agile del 7 dicembre 2021 e il contratto "
             f"collettivo applicato ({e.collective_agreement or 'da indicare'})")
    mode = (f"La prestazione si svolge come {d.work_mode.lower()}: il lavoratore resta soggetto all'orario di "
            "servizio e ai suoi vincoli, a domicilio o presso spazi di coworking o centri satellite."
            if d.remote_mode else f"La prestazione si svolge come {d.work_mode.lower()}, senza precisi vincoli di "
            "orario o di luogo, entro i limiti di durata massima dell'orario giornaliero e settimanale.")
    if e.public:
        mode += (" Il contratto collettivo distingue il lavoro agile dal lavoro da remoto, che comporta un vincolo "
                 "di orario: il presente regolamento disciplina la modalità indicata.")
    contact = (f"La fascia di contattabilità è {d.contact_band}." if d.contact_band else
               "Non è prevista una fascia di contattabilità.")
    trial = (f"La prima applicazione ha carattere sperimentale per {d.trial_months} mesi, al termine dei quali "
             "l'organizzazione verifica i risultati con il monitoraggio." if d.trial_months else
             "Il regolamento si applica senza periodo sperimentale.")
    return [
        ("Oggetto e fonti", f"Il presente regolamento disciplina il lavoro agile presso {e.name} ai sensi degli "
         f"artt. 18–23 della L. 81/2017, secondo {basis}."),
        ("Modalità di lavoro", mode),
        ("Accesso e accordo individuale", "Il lavoro agile si attiva con un accordo individuale scritto (art. 19 "
         "L. 81/2017), a tempo determinato o indeterminato. Nelle richieste hanno priorità i genitori di figli "
         "fino a dodici anni o con disabilità, i lavoratori con disabilità grave e i caregiver familiari "
         "(art. 18 c. 3-bis)."),
        ("Giornate di lavoro agile", f"Si possono svolgere fino a {d.days} giornate di lavoro agile {d.period}, "
         "alternate a giornate in sede secondo la programmazione concordata con il responsabile."),
        ("Fasce orarie e disconnessione", f"{contact} La fascia di disconnessione è {d.disconnection_band}: in "
         "essa il lavoratore non è tenuto a rispondere a comunicazioni di lavoro e sono comunque garantite le "
         f"{d.rest_hours} ore consecutive di riposo giornaliero ({d.rest_source})."),
        ("Luoghi", "Il lavoro agile si svolge nei luoghi seguenti, purché idonei e sicuri: "
         + "; ".join(p.lower() for p in d.places) + "."),
        ("Strumenti di lavoro", f"{d.tools}. {d.tools_provider}. Il lavoratore ne ha cura e li usa per sole "
         "ragioni di lavoro, nel rispetto delle istruzioni sulla sicurezza dei dati."),
        ("Salute e sicurezza", f"{d.safety_notice} (art. 22 L. 81/2017). Il lavoratore coopera all'attuazione "
         "delle misure di prevenzione."),
        ("Potere direttivo, controllo e disciplina", "Il datore esercita il potere direttivo e di controllo nel "
         "rispetto dell'art. 4 L. 300/1970; il codice disciplinare individua le condotte sanzionabili (art. 21)."),
        ("Recesso", f"Dall'accordo a tempo indeterminato si recede con preavviso di almeno {d.notice_days} giorni, "
         f"{d.notice_days_disabled} per il recesso del datore da un lavoratore con disabilità ({d.notice_source}); "
         "in presenza di un giustificato motivo anche senza preavviso."),
        ("Sperimentazione e monitoraggio", trial),
        ("Comunicazioni obbligatorie", "Il datore comunica al Ministero del Lavoro l'inizio, le modifiche e la "
         "cessazione di ciascun periodo di lavoro agile nei termini di legge (art. 23 c. 1 L. 81/2017)."),
    ]


def build_regulation_pdf(data: RegulationDocData, profile: OrganisationProfile, path: Path) -> str:
    story: list[Flowable] = [*c.title_block(KIND, data.number_label, data.issued_on, data.employer.name)]
    if data.adopted_on is None:
        story.append(Paragraph("BOZZA da discutere con la direzione e, dove presenti, con le rappresentanze "
                               "sindacali: va adattata e adottata prima dell'uso.", st.NOTE))
    else:
        story.append(Paragraph(f"Adottato il {c.day(data.adopted_on)}.", st.NOTE))
    body = c.articles(_articles(data))
    closing, body = body[-2:], body[:-2]
    story += body
    signer = "Il legale rappresentante" if not data.employer.public else "Il dirigente competente"
    story.append(c.signatures([f"Per <b>{escape(data.employer.name)}</b>", signer], None, closing))
    return c.build(path, profile, story, f"{KIND} – {data.employer.name}")
