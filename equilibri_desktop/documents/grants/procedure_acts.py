"""The procedure's other acts (determinazioni) adopted by the deciding officer: the appointment of the commission,
the approval of the provisional ranking and the payment of a tranche (atto di liquidazione).

They are published: applications appear by random code only, never by name, fiscal code or IBAN (D.Lgs. 33/2013
art. 26 c. 4), as the privacy clause of every act says.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import DocumentHeader
from equilibri_desktop.documents.grants.procedure_data import (
    ActPremises,
    CommissionAppointmentData,
    LiquidationData,
    ProvisionalRankingActData,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Determinazione"
PRIVACY = ("Nel presente atto le domande sono indicate con il codice casuale attribuito al ricevimento; i dati "
           "identificativi sono conservati agli atti e non sono pubblicati (art. 26, comma 4, D.Lgs. 33/2013; "
           "Reg. UE 2016/679).")
NO_CONFLICT = ("che chi adotta il presente atto non si trova in situazione di conflitto di interessi, anche "
               "potenziale (art. 6-bis L. 241/1990 e art. 7 D.P.R. 62/2013);")


def _blank(value: str) -> str:
    return escape(value.strip()) if value.strip() else c.BLANK


def _act(header: DocumentHeader, premises: ActPremises, subject: str, cup: str,
         sections: Sequence[tuple[str, list[str]]], points: list[str], profile: OrganisationProfile, path: Path, *,
         title: str, keywords: tuple[str, ...]) -> str:
    officer = premises.deciding_officer
    story: list[Flowable] = [
        c.act_title(KIND, header),
        c.subject(subject, cup),
        Paragraph(escape((officer.role or "Il Responsabile del Servizio").upper()), c.SECTION),
    ]
    if premises.officer_appointment.strip():
        story.append(Paragraph(f"(incarico conferito con {escape(premises.officer_appointment)})", c.CENTRED_NOTE))
    for heading, items in sections:
        story += [*c.section(heading), *c.dashed(items)]
    story += [*c.section("DETERMINA"), *c.numbered(points)]
    appeal = Paragraph(escape(c.APPEAL_NOTICE), st.BODY)
    place = f"{header.place}, " if header.place else ""
    story.append(st.signature_block(officer.role, officer.name, place_and_date=f"{place}{c.day(header.issued_on)}",
                                    keep_with=[appeal]))
    return c.build_grant_document(path, profile, header, story, title=title, subject_text=title, keywords=keywords)


def _common_premises(premises: ActPremises, call_citation: str) -> list[str]:
    items = [f"con {_blank(premises.funding_act)} Regione Lombardia ha finanziato il progetto di conciliazione "
             "vita-lavoro di cui l’avviso fa parte;",
             f"è stato pubblicato l’avviso {call_citation};"]
    if premises.procedure_officer.strip():
        items.append(f"responsabile del procedimento è {escape(premises.procedure_officer)} (artt. 5 e 6 L. "
                     "241/1990);")
    return items


# --- appointment of the commission ---------------------------------------------------------------


def build_commission_appointment_pdf(data: CommissionAppointmentData, profile: OrganisationProfile,
                                     path: Path) -> str:
    if not data.members:
        raise DomainError("Indica i componenti della commissione prima di generare l’atto di nomina.")
    closed = f" il {c.day(data.closes_on)}" if data.closes_on else ""
    premises = [*_common_premises(data.premises, c.call_citation(data.call)),
                f"il termine per la presentazione delle domande è scaduto{closed} e sono pervenute "
                f"{c.plural(data.applications_count, 'domanda', 'domande')};",
                "l’avviso prevede che la valutazione di merito sia affidata a una commissione nominata dopo la "
                "scadenza del termine per la presentazione delle domande;"]
    members = [f"{escape(m.name)} – {escape(m.role.lower())}" for m in data.members]
    if data.secretary:
        members.append(f"{escape(data.secretary)} – segretario verbalizzante, senza diritto di voto")
    points = [
        "di nominare la commissione di valutazione delle domande presentate sull’avviso, così composta: "
        + "; ".join(members) + ";",
        "di dare atto che, prima dell’insediamento, ciascun componente e il segretario rendono la dichiarazione di "
        "non aver riportato condanne, anche con sentenza non passata in giudicato, per i reati previsti nel capo I "
        "del titolo II del libro secondo del codice penale (art. 35-bis D.Lgs. 165/2001) e, prima di esaminare "
        "ciascuna domanda, la dichiarazione di assenza di conflitti di interesse, astenendosi in caso contrario "
        "(art. 6-bis L. 241/1990; art. 7 D.P.R. 62/2013);",
        "di stabilire che la commissione valuta le domande secondo i criteri e i punteggi dell’avviso e "
        "documenta i propri lavori in verbali sottoscritti da tutti i componenti e dal segretario;",
        "di pubblicare il presente atto all’Albo online e nella sezione «Amministrazione trasparente» "
        "(D.Lgs. 33/2013);",
    ]
    return _act(data.header, data.premises, f"Avviso {c.call_title(data.call.title)} – nomina della commissione di "
                "valutazione", data.header.cup or data.call.cup,
                [("PREMESSO CHE", premises), ("CONSIDERATO", [NO_CONFLICT])], points, profile, path,
                title=f"Nomina della commissione – avviso {c.call_title(data.call.title, markup=False)}",
                keywords=("nomina commissione", data.call.title))


# --- approval of the provisional ranking ---------------------------------------------------------


def _ranking_table(data: ProvisionalRankingActData) -> Flowable:
    rows = [[str(r.position) if r.position else "—", r.public_code, c.points(r.score), r.outcome_label,
             c.euro(r.amount_cents) if r.amount_cents else "—"] for r in data.rows]
    return st.data_table(["Pos.", "Codice", "Punteggio", "Esito", "Contributo"], rows,
                         widths=(0.8, 1.6, 1.4, 3.2, 1.8), right_columns={0, 2, 4})


def build_provisional_ranking_act_pdf(data: ProvisionalRankingActData, profile: OrganisationProfile,
                                      path: Path) -> str:
    if not data.rows:
        raise DomainError("La graduatoria provvisoria non contiene domande.")
    ranked = sum(1 for r in data.rows if r.position)
    published = (f"dal {c.day(data.published_on)}" if data.published_on else f"dal {c.BLANK}")
    premises = [*_common_premises(data.premises, c.call_citation(data.call)),
                f"la commissione di valutazione, nominata con {_blank(data.commission_act)}, ha concluso la "
                f"valutazione di merito ({_blank(data.minutes_reference)});"]
    points = [
        f"di approvare la graduatoria provvisoria n. {data.ranking.number} del {c.day(data.ranking.ranked_on)}, "
        f"riportata di seguito con i codici delle domande: {c.plural(ranked, 'domanda', 'domande')} in "
        f"graduatoria con almeno {c.points(data.admission_threshold)} punti;",
        f"di pubblicare la graduatoria provvisoria all’Albo online {published} per {data.observation_days} giorni, "
        "entro i quali le interessate possono presentare osservazioni scritte; la pubblicazione vale come "
        "comunicazione dell’esito alle richiedenti;",
        "di dare atto che la graduatoria definitiva e la concessione dei contributi saranno approvate con "
        "successivo atto, dopo l’esame delle osservazioni e le verifiche sulle dichiarazioni rese;",
        escape(PRIVACY),
    ]
    header, premises_block = data.header, data.premises
    subject = f"Avviso {c.call_title(data.call.title)} – approvazione della graduatoria provvisoria"
    officer = premises_block.deciding_officer
    story: list[Flowable] = [
        c.act_title(KIND, header), c.subject(subject, header.cup or data.call.cup),
        Paragraph(escape((officer.role or "Il Responsabile del Servizio").upper()), c.SECTION),
        *c.section("PREMESSO CHE"), *c.dashed(premises),
        *c.section("CONSIDERATO"), *c.dashed([NO_CONFLICT]),
        *c.section("DETERMINA"), *c.numbered(points[:1]), _ranking_table(data), c.gap(3),
        *c.numbered(points[1:], start=2),
    ]
    appeal = Paragraph(escape(c.APPEAL_NOTICE), st.BODY)
    place = f"{header.place}, " if header.place else ""
    story.append(st.signature_block(officer.role, officer.name, place_and_date=f"{place}{c.day(header.issued_on)}",
                                    keep_with=[appeal]))
    title = f"Approvazione della graduatoria provvisoria n. {data.ranking.number}"
    return c.build_grant_document(path, profile, header, story, title=title, subject_text=title,
                                  keywords=("graduatoria provvisoria", data.call.title))


# --- payment of a tranche ------------------------------------------------------------------------


def build_liquidation_pdf(data: LiquidationData, profile: OrganisationProfile, path: Path) -> str:
    if data.gross_cents <= 0:
        raise DomainError("La quota da liquidare deve avere un importo.")
    checks = [f"{escape(k.label)}: {'esito regolare' if k.passed else 'esito NON regolare'}, verifica del "
              f"{c.day(k.checked_on)}{' (' + escape(k.reference) + ')' if k.reference else ''};" for k in data.checks]
    if not checks:
        checks = ["nessuna verifica registrata: la liquidazione non può essere disposta;"]
    base = (f" sulla base di {c.euro(data.withholding_base_cents)} (quota non destinata a beni strumentali)"
            if data.withholding_base_cents is not None and data.withholding_base_cents != data.gross_cents else "")
    withholding = (f"di operare la ritenuta del 4% ai sensi dell’art. 28, comma 2, del D.P.R. 600/1973 per "
                   f"{c.euro(data.withholding_cents)}{base}, da versare all’Erario nei termini di legge;"
                   if data.withholding_cents else
                   "di dare atto che sulla quota non si applica la ritenuta del 4% (art. 28, comma 2, D.P.R. "
                   "600/1973);")
    year = str(data.budget_year) if data.budget_year else c.BLANK
    cor = escape(data.cor_code) if data.cor_code else c.BLANK
    premises = [*_common_premises(data.premises, c.call_citation(data.call)),
                f"con {c.act_citation(data.decision)} è stato concesso alla domanda codice "
                f"{escape(data.public_code)} (prot. n. {escape(data.application_protocol)}) un contributo di "
                f"{c.euro_words(data.granted_cents)}, registrato nel Registro nazionale degli aiuti con codice COR "
                f"{cor};",
                f"sono già stati liquidati {c.euro(data.paid_before_cents)};"]
    considered = [*checks, "che la quota è esigibile secondo il piano di erogazione dell’avviso;", NO_CONFLICT]
    points = [
        f"di liquidare alla beneficiaria della domanda codice {escape(data.public_code)} la quota «"
        f"{escape(data.tranche_label)}» di <b>{c.euro_words(data.gross_cents)}</b>;",
        withholding,
        f"di autorizzare il pagamento netto di <b>{c.euro(data.net_cents)}</b> sul conto indicato dalla "
        "beneficiaria, i cui dati identificativi e le coordinate bancarie sono trasmessi al servizio finanziario "
        "con nota riservata, non soggetta a pubblicazione;",
        f"di imputare la spesa al capitolo {_blank(data.budget_chapter)} del bilancio {year}, impegno n. "
        f"{_blank(data.budget_commitment)}, indicando nel mandato il CUP {escape(data.header.cup or data.call.cup)};",
        escape(PRIVACY),
    ]
    return _act(data.header, data.premises, f"Avviso {c.call_title(data.call.title)} – liquidazione della quota "
                f"«{escape(data.tranche_label)}» – codice {escape(data.public_code)}", data.header.cup or data.call.cup,
                [("PREMESSO CHE", premises), ("CONSIDERATO", considered)], points, profile, path,
                title=f"Atto di liquidazione – codice {data.public_code} – {data.tranche_label}",
                keywords=("liquidazione", data.call.title))
