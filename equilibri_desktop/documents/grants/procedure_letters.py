"""Documents addressed to applicants and beneficiaries during the procedure: the privacy notice (art. 13 GDPR),
the request for missing documents (soccorso istruttorio), the notice opening a revocation and the acceptance
form. Each is PDF/A-2b on the letterhead with the call's CUP."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.procedure_data import (
    AcceptanceFormData,
    IntegrationRequestData,
    PrivacyNoticeData,
    RevocationNoticeData,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile


def _call_subject(call_title: str, what: str) -> str:
    return f"Avviso {c.call_title(call_title)} – {what}"


# --- privacy notice ------------------------------------------------------------------------------


def build_privacy_notice_pdf(data: PrivacyNoticeData, profile: OrganisationProfile, path: Path) -> str:
    """Information to applicants (art. 13 Reg. UE 2016/679): controller, DPO, purposes and legal basis,
    recipients, publication by code only, retention, rights, complaint to the Garante."""
    body = escape(profile.body_name) or c.BLANK
    contacts = ", ".join(escape(x) for x in (profile.address, f"PEC {profile.pec}" if profile.pec else "") if x)
    dpo = escape(data.dpo_contact) if data.dpo_contact.strip() else c.BLANK
    sections = [
        ("Titolare del trattamento", f"{body}{', ' + contacts if contacts else ''}."),
        ("Responsabile della protezione dei dati (DPO)", f"{dpo}."),
        ("Finalità e base giuridica",
         f"I dati sono trattati per istruire la domanda di contributo sull’avviso {c.call_citation(data.call)}, "
         "valutarla, concedere ed erogare il contributo, eseguire i controlli e l’eventuale revoca. Il "
         "trattamento è necessario per l’esecuzione di un compito di interesse pubblico (art. 6, par. 1, lett. e, "
         "GDPR); i dati relativi a situazioni di vulnerabilità, quando dichiarati, sono trattati per motivi di "
         "interesse pubblico rilevante (art. 9, par. 2, lett. g, GDPR; art. 2-sexies D.Lgs. 196/2003). Il "
         "conferimento è necessario: senza i dati richiesti la domanda non può essere istruita."),
        ("Destinatari",
         "I dati sono trattati dal personale dell’ente e dai componenti della commissione di valutazione, "
         "autorizzati e tenuti alla riservatezza; sono comunicati a Regione Lombardia e agli enti del "
         "partenariato per la rendicontazione del progetto, al Registro nazionale degli aiuti di Stato (D.M. "
         "115/2017), agli enti che rilasciano le verifiche (INPS/INAIL per il DURC, Agenzia delle Entrate "
         "Riscossione) e, su richiesta, all’autorità giudiziaria. Non sono trasferiti fuori dell’Unione europea."),
        ("Pubblicazione",
         "Graduatorie e atti di concessione sono pubblicati all’Albo online e in «Amministrazione trasparente» "
         "(artt. 26 e 27 D.Lgs. 33/2013) indicando ogni domanda con un codice casuale: non sono pubblicati dati "
         "da cui si possa desumere una situazione di disagio economico o sociale (art. 26, comma 4)."),
        ("Conservazione",
         f"I dati sono conservati per {data.retention_years} anni dalla chiusura del progetto, come previsto per "
         "la documentazione dei contributi pubblici, e poi cancellati o scartati secondo il piano di "
         "conservazione dell’ente."),
        ("Diritti dell’interessata",
         "Può chiedere l’accesso ai dati, la rettifica, la cancellazione nei casi previsti, la limitazione e "
         "opporsi al trattamento (artt. 15-21 GDPR) scrivendo al titolare o al DPO; ha diritto di proporre "
         "reclamo al Garante per la protezione dei dati personali (art. 77 GDPR, www.garanteprivacy.it)."),
    ]
    story: list[Flowable] = [
        Paragraph("INFORMATIVA SUL TRATTAMENTO DEI DATI PERSONALI", c.ACT_TITLE),
        Paragraph(f"art. 13 del Regolamento (UE) 2016/679 – versione {escape(data.version) or c.BLANK}",
                  c.CENTRED_NOTE),
        c.subject(_call_subject(data.call.title, "richiedenti il contributo"), data.header.cup or data.call.cup),
    ]
    for title, text in sections:
        story += [Paragraph(escape(title), c.HEADING), Paragraph(text, st.BODY)]
    story += c.officer(data.procedure_officer, data.office_contact)
    story.append(KeepTogether([
        Paragraph("Presa visione", c.HEADING),
        Paragraph(f"La sottoscritta dichiara di aver ricevuto e letto l’informativa (versione "
                  f"{escape(data.version) or c.BLANK}).", st.BODY),
        c.gap(6),
        Paragraph("Luogo e data ______________________ &nbsp;&nbsp;&nbsp; Firma ______________________________",
                  st.BODY_LEFT),
    ]))
    return c.build_grant_document(
        path, profile, data.header, story, title=f"Informativa privacy – versione {data.version}",
        subject_text=f"Informativa art. 13 GDPR – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("informativa", "privacy", data.call.title))


# --- soccorso istruttorio ------------------------------------------------------------------------


def build_integration_request_pdf(data: IntegrationRequestData, profile: OrganisationProfile, path: Path) -> str:
    if not data.missing:
        raise DomainError("Indica che cosa manca alla domanda prima di generare la richiesta di integrazione.")
    story: list[Flowable] = [
        c.letter_heading(data.header, data.recipient),
        c.subject(_call_subject(data.call.title, f"domanda prot. n. {escape(data.application_protocol)} – "
                                                 "richiesta di integrazione (soccorso istruttorio)"),
                  data.header.cup or data.call.cup),
        Paragraph("Gentile richiedente,", st.BODY_LEFT),
        Paragraph(
            f"nell’istruttoria della domanda prot. n. {escape(data.application_protocol)} (codice "
            f"{escape(data.public_code)}) presentata sull’avviso {c.call_citation(data.call)} è emerso che "
            "mancano o sono incompleti i seguenti documenti o dichiarazioni:", st.BODY),
        *c.numbered([c.text(m) for m in data.missing], label="{})"),
        Paragraph(
            f"Ai sensi dell’art. 6, comma 1, lett. b), della Legge 241/1990 e dell’avviso, la invitiamo a "
            f"trasmetterli entro <b>{data.reply_days} giorni dal ricevimento</b> della presente, tramite PEC o "
            "consegna all’ufficio protocollo. L’integrazione non può modificare il contenuto della domanda né "
            "il progetto presentato. In mancanza, la domanda sarà valutata sulla base della documentazione "
            "agli atti e potrà non essere ammessa.", st.BODY),
        Paragraph("I termini del procedimento restano sospesi fino al ricevimento dell’integrazione o alla "
                  "scadenza del termine assegnato.", st.BODY),
    ]
    story += c.officer(data.procedure_officer, data.office_contact)
    story.append(c.signature(data.signatory, []))
    return c.build_grant_document(
        path, profile, data.header, story, title=f"Richiesta di integrazione – prot. {data.application_protocol}",
        subject_text=f"Soccorso istruttorio – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("soccorso istruttorio", data.call.title))


# --- notice opening a revocation -----------------------------------------------------------------


def build_revocation_notice_pdf(data: RevocationNoticeData, profile: OrganisationProfile, path: Path) -> str:
    """Artt. 7-8 L. 241/1990: the procedure, its reason, the officer, the file, the term for counter-arguments."""
    if not data.reason.strip():
        raise DomainError("Indica il motivo per cui si avvia la revoca.")
    to_rep = (f" e, per essa, alla legale rappresentante {escape(data.legal_representative)}"
              if data.legal_representative else "")
    paid = (f" Ad oggi sono stati erogati {c.euro_words(data.paid_cents)}, che la revoca può obbligare a "
            "restituire con gli interessi legali." if data.paid_cents
            else " Ad oggi non è stato erogato alcun importo.")
    story: list[Flowable] = [
        c.letter_heading(data.header, data.recipient),
        c.subject(_call_subject(data.call.title, f"codice {escape(data.public_code)} – comunicazione di avvio del "
                                                 "procedimento di revoca del contributo"),
                  data.header.cup or data.call.cup),
        Paragraph(
            f"Si comunica all’impresa beneficiaria{to_rep}, ai sensi degli artt. 7 e 8 della Legge 241/1990, "
            f"l’avvio del procedimento di revoca del contributo di {c.euro_words(data.granted_cents)} concesso "
            f"con {c.act_citation(data.decision)} sulla domanda prot. n. {escape(data.application_protocol)}, "
            f"per il seguente motivo: {c.text(data.reason)}.{paid}", st.BODY),
        Paragraph(
            f"Entro <b>{data.term_days} giorni dal ricevimento</b> della presente l’impresa può prendere visione "
            "degli atti del procedimento e presentare memorie scritte e documenti (art. 10 L. 241/1990), che "
            "saranno valutati nel provvedimento finale. Il procedimento si concluderà con determinazione del "
            "responsabile del servizio entro i termini previsti dal regolamento dell’ente.", st.BODY),
    ]
    story += c.officer(data.procedure_officer, data.office_contact)
    story.append(c.signature(data.signatory, []))
    return c.build_grant_document(
        path, profile, data.header, story, title=f"Avvio del procedimento di revoca – codice {data.public_code}",
        subject_text=f"Avvio revoca – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("avvio procedimento", "revoca", data.call.title))


# --- acceptance form -----------------------------------------------------------------------------


def build_acceptance_form_pdf(data: AcceptanceFormData, profile: OrganisationProfile, path: Path) -> str:
    """The beneficiary fills it in and returns it within the term: accepts (or renounces) the grant."""
    partial = (" Il contributo copre solo in parte l’importo richiesto: accettandolo dichiaro di poter realizzare "
               "il progetto anche con il contributo ridotto." if data.partial else "")
    maintenance = (f" e di mantenere l’attività per almeno {data.maintenance_months} mesi"
                   if data.maintenance_months else "")
    cor = f" (codice COR {escape(data.cor_code)})" if data.cor_code else ""
    box = "[&nbsp;&nbsp;]"  # a box to tick by hand
    story: list[Flowable] = [
        Paragraph("MODULO DI ACCETTAZIONE DEL CONTRIBUTO", c.ACT_TITLE),
        c.subject(_call_subject(data.call.title, f"domanda prot. n. {escape(data.application_protocol)} – codice "
                                                 f"{escape(data.public_code)}"), data.header.cup or data.call.cup),
        Paragraph(
            f"La sottoscritta <b>{c.text(data.beneficiary_name)}</b>, richiedente per il progetto "
            f"«{c.text(data.business_name) or c.BLANK}», preso atto della concessione del contributo di "
            f"<b>{c.euro_words(data.amount_cents)}</b>{cor} disposta con {c.act_citation(data.decision)},",
            st.BODY),
        Paragraph("DICHIARA (barrare una sola casella)", c.SECTION),
        Paragraph(f"{box} di <b>accettare</b> il contributo alle condizioni dell’avviso e dell’atto di "
                  f"concessione, di impegnarsi a costituire l’impresa e avviare il servizio nei termini previsti"
                  f"{maintenance}.{partial}", c.POINT_LEFT),
        Paragraph(f"{box} di <b>rinunciare</b> al contributo.", c.POINT_LEFT),
        Paragraph(
            f"Il modulo va restituito firmato entro <b>{data.acceptance_days} giorni dal ricevimento</b> della "
            "comunicazione di concessione; in mancanza il contributo si intende rinunciato e l’importo è "
            "assegnato secondo l’ordine della graduatoria.", st.BODY),
        Paragraph("Dichiarazione resa ai sensi degli artt. 46 e 47 del D.P.R. 445/2000, consapevole delle "
                  "sanzioni dell’art. 76 per le dichiarazioni mendaci.", st.BODY),
        c.gap(8),
        KeepTogether([Paragraph("Luogo e data ______________________ &nbsp;&nbsp;&nbsp; Firma "
                                "______________________________", st.BODY_LEFT),
                      c.gap(3), Paragraph("Allegare copia di un documento di identità in corso di validità.",
                                          c.CELL_SMALL)]),
    ]
    return c.build_grant_document(
        path, profile, data.header, story, title=f"Modulo di accettazione – codice {data.public_code}",
        subject_text=f"Accettazione del contributo – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("accettazione", data.call.title))
