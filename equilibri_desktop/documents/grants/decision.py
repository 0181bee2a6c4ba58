"""The grant decision (determinazione di concessione): approves the final ranking and grants each beneficiary."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import GrantDecisionData
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Determinazione"
STANDARD_REFERENCES = (
    "la Legge 7 agosto 1990, n. 241, sul procedimento amministrativo e il diritto di accesso;",
    "il D.Lgs. 14 marzo 2013, n. 33, in particolare gli artt. 26 e 27 sulla pubblicazione dei contributi;",
    "il Regolamento (UE) 2016/679 (GDPR) e il D.Lgs. 30 giugno 2003, n. 196, sulla protezione dei dati personali;",
    (
        "il Regolamento (UE) 2023/2831 sugli aiuti «de minimis» e il D.M. 31 maggio 2017, n. 115, sul Registro "
        "nazionale degli aiuti di Stato;"
    ),
    "l’art. 28, comma 2, del D.P.R. 29 settembre 1973, n. 600, sulla ritenuta del 4% sui contributi alle imprese;",
)
STANDARD_PAYMENT_TERMS = (
    "I contributi sono erogati per quote secondo il piano dell’avviso, di norma un anticipo dopo la "
    "costituzione dell’impresa e il saldo dopo la rendicontazione finale delle spese, previa verifica della "
    "regolarità contributiva (DURC), delle inadempienze fiscali per i pagamenti superiori a € 5.000,00, della "
    "capienza «de minimis» e della pubblicazione prevista dal D.Lgs. 33/2013, applicando la ritenuta del 4% "
    "ove dovuta."
)
STANDARD_OBLIGATIONS = (
    "Le beneficiarie sono tenute a costituire l’impresa e ad avviare il servizio nei termini dell’avviso, a "
    "mantenere l’attività e la compagine femminile per il periodo previsto, a rendicontare le spese sostenute, "
    "a conservare la documentazione e a consentire i controlli, a indicare il finanziamento e il CUP in ogni "
    "comunicazione e documento contabile."
)
STANDARD_REVOCATION = (
    "Il contributo è revocato, in tutto o in parte, con recupero delle somme erogate maggiorate degli "
    "interessi legali, se l’impresa non è costituita nei termini, se l’attività cessa prima del periodo "
    "previsto, se la rendicontazione non è presentata o non è regolare, o se le dichiarazioni rese risultano "
    "non veritiere (D.P.R. 445/2000, art. 75)."
)
STANDARD_PUBLICATION = (
    "Il presente atto e l’Allegato A sono pubblicati all’Albo online e nella sezione «Amministrazione "
    "trasparente» ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013; le domande sono indicate con un codice "
    "casuale e non è pubblicato alcun dato da cui si possa desumere una situazione di disagio economico o "
    "sociale degli interessati (art. 26, comma 4). L’Allegato B, contenente i dati identificativi, non è "
    "pubblicato ed è conservato agli atti."
)
STANDARD_EFFICACY = (
    "La pubblicazione prevista dall’art. 26, comma 3, del D.Lgs. 33/2013 è condizione legale di efficacia del "
    "presente provvedimento per i contributi di importo complessivo superiore a € 1.000,00 nell’anno solare, "
    "come la registrazione di ciascun aiuto nel Registro nazionale degli aiuti (art. 52, comma 7, L. 234/2012); "
    "le date di pubblicazione sono annotate a margine."
)
STANDARD_ANNEXES = (
    "Allegato A – Graduatoria (versione pubblicabile, con codici casuali)",
    "Allegato B – Graduatoria con i dati identificativi (riservato, non pubblicato)",
)


def _or_blank(value: str) -> str:
    return escape(value.strip()) if value.strip() else c.BLANK


def _premises(data: GrantDecisionData) -> list[str]:
    budget = f", con una dotazione di {c.euro_words(data.call.budget_cents)}" if data.call.budget_cents else ""
    items = [
        f"con {_or_blank(data.funding_act)} Regione Lombardia ha finanziato il progetto "
        f"“{escape(data.header.project_title) or c.BLANK}”, inserito nel piano territoriale di conciliazione "
        f"{_or_blank(data.territorial_plan)} di ATS della Città Metropolitana di Milano;",
    ]
    if data.premises_text.strip():
        items += c.lines(data.premises_text)  # the call's own account, one premise per line as clerks type it
    else:
        items += [
            f"è stato pubblicato l’avviso {c.call_citation(data.call)}{budget}, per la concessione di contributi "
            "all’avvio di imprese femminili che offrono servizi di conciliazione tra vita e lavoro;",
            "le domande pervenute sono state protocollate e sottoposte all’istruttoria formale di ammissibilità e, "
            "quelle ammesse, alla valutazione di merito della commissione;",
        ]
    items.append(f"la commissione di valutazione è stata nominata con {_or_blank(data.commission_act)};")
    if data.provisional_ranking.strip():
        items.append(f"la {escape(data.provisional_ranking)}, e il termine per le osservazioni è decorso;")
    if data.procedure_officer.strip():
        items.append(f"responsabile del procedimento è {escape(data.procedure_officer)} (artt. 5 e 6 L. 241/1990);")
    return items


def _references(data: GrantDecisionData) -> list[str]:
    own = c.lines(data.legal_references_text) or [escape(r) for r in STANDARD_REFERENCES]
    return [f"l’avviso {c.call_citation(data.call)};", *own]


def _considerations(data: GrantDecisionData) -> list[str]:
    minutes = f" ({escape(data.minutes_reference)})" if data.minutes_reference else ""
    items = [
        (
            f"che la commissione di valutazione ha concluso i propri lavori{minutes} e che i componenti hanno "
            "dichiarato l’assenza di conflitti di interesse rispetto alle domande valutate;"
        ),
        (
            f"che {c.ranking_named(data.ranking.kind_label)} n. {data.ranking.number} del "
            f"{c.day(data.ranking.ranked_on)} ordina le domande ammesse per punteggio, applicando il criterio di "
            "parità previsto dall’avviso;"
        ),
        "che sono state svolte le verifiche sulle dichiarazioni sostitutive rese e sui requisiti di ammissibilità;",
    ]
    if data.call.rna_code:
        items.append(
            f"che la misura è registrata nel Registro nazionale degli aiuti di Stato con codice "
            f"{escape(data.call.rna_code)} e che ogni aiuto vi è stato registrato con il codice COR indicato nel "
            "dispositivo, previa verifica del massimale «de minimis» (D.M. 115/2017, art. 9);"
        )
    items.append(
        "che chi adotta il presente atto non si trova in situazione di conflitto di interessi, "
        "anche potenziale (art. 6-bis L. 241/1990 e art. 7 D.P.R. 62/2013);"
    )
    total = c.euro(data.total_granted_cents)
    budget = ""
    if data.call.budget_cents:
        budget = f" rientra nella dotazione dell’avviso di {c.euro(data.call.budget_cents)} e"
    items.append(f"che la spesa complessiva di {total}{budget} trova copertura nelle risorse del progetto;")
    items += c.blocks(data.considerations_text)
    return items


def _beneficiary_table(data: GrantDecisionData) -> Flowable:
    # The amount in words goes under the name, in the widest column: Italian writes it as one long word.
    # The published act names nobody: every row is a random code (identities are in annex B), so no row
    # stands out as one whose data were withheld (D.Lgs. 33/2013 art. 26 c. 4).
    rows = []
    for b in data.beneficiaries:
        note = "; finanziata in parte con il residuo della dotazione" if b.partial else ""
        rna = f"COR {escape(b.cor_code)}" if b.cor_code else f"COR {c.BLANK}"
        if b.de_minimis_checked_on:
            rna += f"; verifica «de minimis» del {c.day(b.de_minimis_checked_on)}"
        cell = Paragraph(f"{rna}<br/>{_small(escape(c.words(b.amount_cents)) + note)}", st.CELL)
        rows.append([str(b.position), b.public_code, cell, c.euro(b.amount_cents)])
    total = data.total_granted_cents
    rows.append([
        "", "", Paragraph(f"<b>Totale</b><br/>{_small(escape(c.words(total)))}", st.CELL),
        Paragraph(f"<b>{escape(c.euro(total))}</b>", st.CELL_RIGHT),
    ])
    return st.data_table(
        ["Pos.", "Codice", "Registro aiuti e importo in lettere", "Contributo"],
        rows,
        widths=(0.75, 1.3, 5.0, 1.75),
        right_columns={0, 3},
        total_width=st.CONTENT_WIDTH - c.POINT.leftIndent,
    )


def _small(markup: str) -> str:
    return f"<font size=7.5 color='#555555'>{markup}</font>"


def _decision_points(data: GrantDecisionData) -> list[Flowable]:
    ranking = (
        f"di approvare {c.ranking_named(data.ranking.kind_label)} n. {data.ranking.number} del "
        f"{c.day(data.ranking.ranked_on)} dell’avviso, nella versione pubblicabile con codici casuali "
        "(Allegato A) e nella versione con i dati identificativi (Allegato B, riservato), parti integranti "
        "del presente atto;"
    )
    count = len(data.beneficiaries)
    total = escape(c.euro_words(data.total_granted_cents))
    who = "identificata nell’Allegato B dal codice" if count == 1 else "identificate nell’Allegato B dai codici"
    if count == 1:
        grant = f"di concedere alla beneficiaria {who} indicato di seguito il contributo di <b>{total}</b>:"
    else:
        grant = (
            f"di concedere alle {count} beneficiarie {who} indicati di seguito i contributi a fianco di ciascuna, "
            f"per un totale di <b>{total}</b>:"
        )
    points = [
        "di richiamare le premesse quale parte integrante e sostanziale del presente provvedimento;",
        ranking,
        grant,
    ]
    flow: list[Flowable] = [*c.numbered(points[:2]), *c.numbered(points[2:], start=3, style=c.POINT_LEFT)]
    table = _beneficiary_table(data)
    table.hAlign = "RIGHT"
    flow += [table, c.gap(3)]
    later = []
    waiting = data.admitted_not_funded_count
    if waiting:
        one = waiting == 1
        later.append(
            f"di dare atto che {c.plural(waiting, 'domanda ammessa', 'domande ammesse')} non "
            f"{'è finanziata' if one else 'sono finanziate'} per esaurimento della dotazione e "
            f"{'resta' if one else 'restano'} in graduatoria per eventuali scorrimenti;"
        )
    if data.not_admitted_count:
        later.append(
            f"di dare atto che {c.plural(data.not_admitted_count, 'domanda non ha', 'domande non hanno')} raggiunto "
            f"la soglia minima di punteggio e non {'è ammessa' if data.not_admitted_count == 1 else 'sono ammesse'};"
        )
    year = str(data.budget_year) if data.budget_year else c.BLANK
    later += [
        f"di imputare la spesa complessiva di {escape(c.euro(data.total_granted_cents))} al capitolo "
        f"{_or_blank(data.budget_chapter)} del bilancio {year}, impegno n. {_or_blank(data.budget_commitment)};",
        "<b>Modalità di erogazione.</b> " + _joined(data.payment_terms_text, STANDARD_PAYMENT_TERMS),
        "<b>Obblighi delle beneficiarie.</b> " + _joined(data.obligations_text, STANDARD_OBLIGATIONS),
        "<b>Casi di revoca.</b> " + _joined(data.revocation_text, STANDARD_REVOCATION),
        "<b>Pubblicazione.</b> " + _joined(data.publication_text, STANDARD_PUBLICATION),
        "<b>Efficacia.</b> " + escape(STANDARD_EFFICACY),
    ]
    flow += c.numbered(later, start=len(points) + 1)
    return flow


def _appointment(data: GrantDecisionData) -> list[Flowable]:
    if not data.officer_appointment.strip():
        return []
    return [Paragraph(f"(incarico conferito con {escape(data.officer_appointment)})", c.CENTRED_NOTE)]


def _joined(custom: str, standard: str) -> str:
    return " ".join(c.blocks(custom)) if custom.strip() else escape(standard)


def _subject(data: GrantDecisionData) -> str:
    if data.subject.strip():
        return escape(data.subject.strip())
    project = f" – Progetto “{escape(data.header.project_title)}”" if data.header.project_title else ""
    return (
        f"Avviso {c.call_title(data.call.title)} – approvazione {c.ranking_named(data.ranking.kind_label, of=True)} "
        f"e concessione dei contributi{project}"
    )


def build_grant_decision_pdf(data: GrantDecisionData, profile: OrganisationProfile, path: Path) -> str:
    """Write the decision as PDF/A-2b at `path`; return its SHA-256."""
    if not data.beneficiaries:
        raise DomainError("La determinazione di concessione deve indicare almeno una beneficiaria.")
    officer = data.deciding_officer
    story: list[Flowable] = [
        c.act_title(KIND, data.header),
        c.subject(_subject(data), data.header.cup or data.call.cup),
        Paragraph(escape((officer.role or "Il Responsabile del Servizio").upper()), c.SECTION),
        *_appointment(data),
        *c.section("PREMESSO CHE"),
        *c.dashed(_premises(data)),
        *c.section("VISTI"),
        *c.dashed(_references(data)),
        *c.section("CONSIDERATO"),
        *c.dashed(_considerations(data)),
        *c.section("DETERMINA"),
        *_decision_points(data),
    ]
    appeal = Paragraph(escape(data.appeal_notice.strip() or c.APPEAL_NOTICE), st.BODY)
    place = f"{data.header.place}, " if data.header.place else ""
    story.append(
        st.signature_block(
            officer.role, officer.name, place_and_date=f"{place}{c.day(data.header.issued_on)}", keep_with=[appeal]
        )
    )
    annexes = data.annexes or STANDARD_ANNEXES
    story.append(
        KeepTogether([c.gap(6), Paragraph("Allegati:", c.HEADING), *c.dashed([escape(a) for a in annexes])])
    )
    title = f"{KIND} n. {data.header.number_label} del {c.day(data.header.issued_on)}"
    return c.build_grant_document(
        path, profile, data.header, story,
        title=title,
        subject_text=f"Concessione dei contributi – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("determinazione", "concessione contributi", data.call.title),
    )

