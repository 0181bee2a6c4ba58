"""Letters to applicants: notice of reasons / exclusion and grant communication (revocation: revocation.py)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import (
    ExclusionLetterData,
    GrantCommunicationData,
)
from equilibri_desktop.documents.grants.revocation import build_revocation_pdf
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile

__all__ = [
    "build_exclusion_letter_pdf", "build_grant_communication_pdf", "build_revocation_pdf", "grant_communication_story",
]

STANDARD_GRANT_OBLIGATIONS = (
    "costituire l’impresa e comunicarne i dati (partita IVA, sede, IBAN) entro il termine indicato;\n"
    "avviare il servizio di conciliazione descritto nella domanda e mantenerlo per il periodo previsto "
    "dall’avviso;\n"
    "presentare la rendicontazione finale delle spese con i giustificativi di spesa e di pagamento;\n"
    "indicare il finanziamento e il CUP in ogni comunicazione, fattura e documento contabile;\n"
    "comunicare senza ritardo ogni variazione e consentire i controlli dell’ente."
)


def _reasons(reasons: tuple[str, ...]) -> list[Flowable]:
    if not reasons:
        raise DomainError("Indica almeno un motivo di esclusione prima di generare la lettera.")
    return c.numbered([c.text(r) for r in reasons], label="{})")


# --- exclusion ---------------------------------------------------------------------------------


def build_exclusion_letter_pdf(data: ExclusionLetterData, profile: OrganisationProfile, path: Path) -> str:
    """Notice of reasons (art. 10-bis L. 241/1990) or, when `data.final`, the exclusion; returns SHA-256."""
    if not data.final and data.reply_deadline is None:
        raise DomainError("Indica il termine entro cui la richiedente può presentare osservazioni.")
    what = "esclusione della domanda" if data.final else "comunicazione dei motivi ostativi all’accoglimento"
    story: list[Flowable] = [
        c.letter_heading(data.header, data.recipient),
        c.subject(
            f"Avviso {c.call_title(data.call.title)} – domanda prot. n. {escape(data.application_protocol)} – {what}",
            data.header.cup or data.call.cup,
        ),
    ]
    story.append(Paragraph("Gentile richiedente,", st.BODY_LEFT))
    story += _final_exclusion(data) if data.final else _notice(data)
    story += c.officer(data.procedure_officer, data.office_contact)
    closing = [Paragraph(escape(data.appeal_notice.strip() or c.APPEAL_NOTICE), st.BODY)] if data.final else []
    story.append(c.signature(data.signatory, closing))
    kind = "Esclusione della domanda" if data.final else "Preavviso di rigetto"
    return c.build_grant_document(
        path, profile, data.header, story,
        title=f"{kind} – prot. {data.application_protocol}",
        subject_text=f"{kind} – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("esclusione" if data.final else "preavviso di rigetto", data.call.title),
    )


def _notice(data: ExclusionLetterData) -> list[Flowable]:
    return [
        Paragraph(
            f"con riferimento alla domanda di contributo prot. n. {escape(data.application_protocol)}, presentata "
            f"sull’avviso {c.call_citation(data.call)}, si comunica ai sensi dell’art. 10-bis della Legge "
            "241/1990 che, all’esito dell’istruttoria, la domanda non può essere accolta per i seguenti motivi:",
            st.BODY,
        ),
        *_reasons(data.reasons),
        Paragraph(
            # The days run from receipt: a fixed date printed here could shorten them (the office tracks its
            # own deadline from the recorded receipt). Terms restart ten days after the observations, or from
            # the end of the term without them (art. 10-bis L. 241/1990 as amended by D.L. 76/2020).
            f"Entro <b>{data.reply_days} giorni dal ricevimento</b> della presente può presentare per iscritto "
            "osservazioni, eventualmente corredate da documenti. La presente comunicazione sospende i termini di "
            "conclusione del procedimento, che ricominciano a decorrere dieci giorni dopo la presentazione delle "
            "osservazioni o, in mancanza, dalla scadenza del termine (art. 10-bis L. 241/1990, come modificato "
            "dal D.L. 76/2020).",
            st.BODY,
        ),
        Paragraph(
            "Se entro il termine non perverranno osservazioni, o se queste non consentiranno di superare i motivi "
            "indicati, la domanda sarà esclusa con provvedimento motivato.",
            st.BODY,
        ),
    ]


def _final_exclusion(data: ExclusionLetterData) -> list[Flowable]:
    notice = (
        f"con {c.act_citation(data.notice_reference)}"
        if data.notice_reference else "con precedente comunicazione"
    )
    replies = c.text(data.reply_summary) if data.reply_summary.strip() else (
        "entro il termine assegnato non sono pervenute osservazioni"
    )
    return [
        Paragraph(
            f"con riferimento alla domanda di contributo prot. n. {escape(data.application_protocol)}, presentata "
            f"sull’avviso {c.call_citation(data.call)}, {notice} sono stati comunicati, ai sensi dell’art. "
            "10-bis della Legge 241/1990, i motivi ostativi al suo accoglimento.",
            st.BODY,
        ),
        Paragraph(f"Considerato che {replies},", st.BODY),
        Paragraph("si comunica che la domanda è <b>esclusa</b> dalla procedura per i seguenti motivi:", st.BODY),
        *_reasons(data.reasons),
    ]


# --- grant communication ------------------------------------------------------------------------


def build_grant_communication_pdf(data: GrantCommunicationData, profile: OrganisationProfile, path: Path) -> str:
    """Tell the beneficiary the amount granted, the tranches, deadlines and obligations; return SHA-256."""
    return c.build_grant_document(
        path, profile, data.header, grant_communication_story(data),
        title=f"Comunicazione di concessione – prot. {data.application_protocol}",
        subject_text=f"Concessione del contributo – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("concessione", data.call.title),
    )


def grant_communication_story(data: GrantCommunicationData) -> list[Flowable]:
    """The letter's body (no letterhead): the benchmark lays the same flowables out on a bare page."""
    where = ""
    if data.position is not None:
        where = f", collocata al {data.position}° posto della graduatoria"
        if data.score is not None:
            where += f" con punti {c.points(data.score)}"
    costs = ""
    if data.eligible_cost_cents:
        costs = f", a fronte di spese ammissibili di {escape(c.euro(data.eligible_cost_cents))}"
    story: list[Flowable] = [
        c.letter_heading(data.header, data.recipient),
        c.subject(
            f"Avviso {c.call_title(data.call.title)} – domanda prot. n. {escape(data.application_protocol)} – "
            "comunicazione di concessione del contributo",
            data.header.cup or data.call.cup,
        ),
        Paragraph("Gentile beneficiaria,", st.BODY_LEFT),
        Paragraph(
            f"si comunica che con {c.act_citation(data.decision)} è stata approvata la graduatoria dell’avviso e "
            f"che la domanda prot. n. {escape(data.application_protocol)} (codice {escape(data.public_code)}), "
            f"relativa all’iniziativa {escape(_quoted(data.business_name))}{where}, è ammessa a contributo per "
            f"l’importo di <b>{escape(c.euro_words(data.amount_cents))}</b>{costs}.",
            st.BODY,
        ),
    ]
    if data.partial:
        story.append(Paragraph(
            "Il contributo è concesso <b>in misura parziale</b>, con il residuo della dotazione dell’avviso. Le "
            "chiediamo di confermare per iscritto, con il modulo di accettazione, che potrà realizzare il progetto "
            "con l’importo concesso; in mancanza di conferma nel termine indicato sotto, il contributo sarà "
            "proposto alla domanda successiva in graduatoria.", st.BODY))
    if data.acceptance_days:
        story.append(Paragraph(
            f"Entro <b>{data.acceptance_days} giorni dal ricevimento</b> della presente La preghiamo di comunicare "
            "l’accettazione del contributo o la rinuncia, con il modulo allegato.", st.BODY))
    if data.tranches:
        story += [Paragraph("Erogazione", c.HEADING), _tranche_table(data)]
    if data.max_cost_share_pct is not None:
        share = c.points(data.max_cost_share_pct).removesuffix(",00")
        story += [c.gap(2), Paragraph(
            f"Il contributo non può superare il {share}% delle spese ammissibili effettivamente rendicontate: se "
            "queste risultano inferiori a quelle previste, il saldo è ridotto di conseguenza.", st.BODY)]
    deadlines = [
        (label, c.day(value))
        for label, value in (
            ("Accettazione del contributo entro il", data.acceptance_deadline),
            ("Costituzione dell’impresa entro il", data.constitution_deadline),
            ("Rendicontazione finale entro il", data.report_deadline),
        )
        if value
    ]
    if deadlines:
        story += [Paragraph("Scadenze", c.HEADING), c.key_values(deadlines, label_share=0.6)]
    obligations = c.lines(data.obligations_text) or [escape(x) for x in STANDARD_GRANT_OBLIGATIONS.split("\n")]
    if data.maintenance_months:
        obligations.insert(min(2, len(obligations)),
                           f"mantenere l’attività per almeno {data.maintenance_months} mesi dall’avvio, pena la "
                           "revoca del contributo;")
    story += [Paragraph("Obblighi della beneficiaria", c.HEADING), *c.dashed(obligations)]
    base = ""
    if data.withholding_base_cents is not None:
        base = (f", calcolata sulla parte del contributo non destinata all’acquisto di beni strumentali (base "
                f"imponibile {escape(c.euro(data.withholding_base_cents))})")
    checks = (
        "Prima di ogni pagamento l’ente verifica la regolarità contributiva (DURC) e, per importi superiori a "
        "€ 5.000,00, l’assenza di inadempienze fiscali; sul contributo è applicata, ove dovuta, la ritenuta del "
        f"4% prevista dall’art. 28, comma 2, del D.P.R. 600/1973{base}. Il contributo è concesso in regime "
        "«de minimis» (Reg. UE 2023/2831)"
    )
    if data.cor_code:
        checks += f" ed è registrato nel Registro nazionale degli aiuti con codice COR {escape(data.cor_code)}"
        if data.de_minimis_checked_on:
            checks += f", previa verifica del massimale del {c.day(data.de_minimis_checked_on)}"
    checks += "."
    privacy = Paragraph(
        "I Suoi dati personali sono trattati per le sole finalità del procedimento, secondo l’informativa resa con "
        "la domanda (art. 13 del Regolamento UE 2016/679).", st.BODY)
    # The last paragraphs stay with the closing and the signature: no page holds only the greeting.
    closing = [Paragraph(checks, st.BODY), privacy, *c.officer(data.procedure_officer, data.office_contact),
               Paragraph("Cordiali saluti.", st.BODY)]
    story += [c.gap(2), c.signature(data.signatory, closing)]
    return story


def _quoted(name: str) -> str:
    """The business name in «», or in “” when it holds «» itself (quotes typed by the user never double up)."""
    name = name.strip()
    for left, right in ("«»", "“”", '""'):
        if len(name) > 1 and name[0] == left and name[-1] == right and name.count(left) == 2 - (left != right):
            name = name[1:-1].strip()
    return f"“{name}”" if "«" in name or "»" in name else f"«{name}»"


def _tranche_table(data: GrantCommunicationData) -> Flowable:
    rows = [
        [t.label, f"{c.points(t.percent).removesuffix(',00')}%", c.euro(t.amount_cents), t.condition_label]
        for t in data.tranches
    ]
    total = sum(t.amount_cents for t in data.tranches)
    rows.append(
        [Paragraph("<b>Totale</b>", st.CELL), "", Paragraph(f"<b>{escape(c.euro(total))}</b>", st.CELL_RIGHT), ""]
    )
    return st.data_table(
        ["Quota", "%", "Importo", "Condizione di erogazione"], rows, widths=(1.6, 0.7, 1.5, 3.6), money_columns={2}
    )
