"""Minutes of the evaluation commission: members, conflict declarations, points per member per criterion, totals."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import REGULAR
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import (
    MemberScores,
    MinutesApplication,
    ScoringMinutesData,
    Signatory,
    SittingLine,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Verbale della commissione di valutazione"


RESERVED = "ris."  # a restricted criterion's points, printed only in the restricted annex


def _member_code(index: int) -> str:
    # "M" for member: criteria are coded C1, C2… and the two must never be read one for the other.
    return f"M{index + 1}"


def _sittings(data: ScoringMinutesData) -> tuple[SittingLine, ...]:
    if data.sittings:
        return data.sittings
    days = data.meeting_dates or (data.header.issued_on,)
    return tuple(SittingLine(d, place=data.place) for d in days)


def _time(value) -> str:
    return f"{value:%H:%M}" if value else "__:__"


def _dates(data: ScoringMinutesData) -> str:
    days = [c.day(s.held_on) for s in _sittings(data)]
    if len(days) == 1:
        return f"in data {days[0]}"
    return "nelle sedute del " + ", ".join(days[:-1]) + f" e del {days[-1]}"


def _sitting_table(data: ScoringMinutesData) -> Flowable:
    rows = [[c.day(s.held_on), _time(s.starts_at), _time(s.ends_at), s.place or data.place or "____"]
            for s in _sittings(data)]
    return st.data_table(["Seduta del", "Inizio", "Fine", "Luogo"], rows, widths=(1.8, 1.1, 1.1, 4.5))


def _opening(data: ScoringMinutesData) -> list[Flowable]:
    appointed = f", nominata con {escape(data.appointing_act)}," if data.appointing_act else ""
    secretary = (f" Svolge le funzioni di segretario verbalizzante, senza diritto di voto, {escape(data.secretary)}."
                 if data.secretary else "")
    composition = [[_member_code(i), m.name, m.role] for i, m in enumerate(data.members)]
    if data.secretary:
        composition.append(["—", data.secretary, "Segretario verbalizzante (senza diritto di voto)"])
    return [
        Paragraph(
            f"{_dates(data).capitalize()} si è riunita la commissione di valutazione{appointed} per l’esame "
            f"di merito delle domande ammesse sull’avviso {c.call_citation(data.call)}, secondo i criteri e i "
            f"punteggi massimi dell’avviso.{secretary} La soglia di ammissione è di "
            f"{c.points(data.admission_threshold)} punti. Il punteggio di ogni criterio è la media dei punteggi "
            "attribuiti dai componenti che hanno valutato la domanda; il punteggio della domanda è la somma dei "
            "criteri.",
            st.BODY,
        ),
        Paragraph("Sedute", c.HEADING),
        _sitting_table(data),
        Paragraph("Composizione della commissione", c.HEADING),
        st.data_table(["Sigla", "Nome", "Ruolo"], composition, widths=(0.8, 4.5, 3)),
        Paragraph("Criteri di valutazione", c.HEADING),
        st.data_table(
            ["Codice", "Criterio", "Punti max"],
            [[cr.code, cr.label + (" (punteggi nell’allegato riservato)" if cr.restricted else ""),
              c.points(cr.max_points)] for cr in data.criteria],
            widths=(1.1, 6, 1.4),
            right_columns={2},
        ),
    ]


def _conflicts(data: ScoringMinutesData) -> list[Flowable]:
    clear: dict[str, list[str]] = defaultdict(list)
    conflicts: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, set] = defaultdict(set)
    for d in data.conflicts:
        (conflicts if d.has_conflict else clear)[d.member_name].append(d.public_code)
        dates[d.member_name].add(d.declared_on)
        if d.has_conflict and d.note:
            conflicts[d.member_name][-1] += f" ({d.note})"
    rows = []
    for i, member in enumerate(data.members):
        declared = sorted(dates.get(member.name, ()))
        rows.append([
            _member_code(i),
            c.plural(len(clear[member.name]), "domanda", "domande") if clear.get(member.name) else "—",
            "; ".join(conflicts.get(member.name, [])) or "Nessuno",
            ", ".join(c.day(x) for x in declared) or "non resa",
        ])
    return [
        Paragraph("Dichiarazioni sul conflitto di interessi", c.HEADING),
        Paragraph(
            "All’insediamento ciascun componente e il segretario hanno dichiarato di non aver riportato condanne, "
            "anche con sentenza non passata in giudicato, per i reati previsti nel capo I del titolo II del libro "
            "secondo del codice penale (art. 35-bis D.Lgs. 165/2001). Prima di valutare ciascuna domanda ogni "
            "componente ha dichiarato l’assenza di conflitti di interesse, anche potenziali (art. 6-bis L. "
            "241/1990; art. 7 D.P.R. 62/2013); in caso di conflitto il componente si è astenuto.",
            st.BODY,
        ),
        st.data_table(
            ["Sigla", "Senza conflitto", "Conflitto dichiarato e astensione", "Data"],
            rows,
            widths=(0.8, 1.8, 4.2, 1.7),
        ),
    ]


def _application_block(
    data: ScoringMinutesData, app: MinutesApplication, abstained: set[tuple[str, str]]
) -> list[Flowable]:
    # Every member keeps a column, so the tables line up: "ast." marks a member who declared a conflict.
    by_member = {s.member_name: s for s in app.member_scores}
    rows = []
    for k, criterion in enumerate(data.criteria):
        if criterion.restricted:
            rows.append([f"{criterion.code} – {criterion.label}", c.points(criterion.max_points),
                         *[RESERVED] * len(data.members), Paragraph(f"<b>{RESERVED}</b>", st.CELL_RIGHT)])
            continue
        marks = [_mark(by_member.get(m.name), k, (m.name, app.public_code) in abstained) for m in data.members]
        average = app.criterion_scores[k] if k < len(app.criterion_scores) else None
        rows.append([
            f"{criterion.code} – {criterion.label}", c.points(criterion.max_points), *marks,
            Paragraph(f"<b>{c.points(average)}</b>", st.CELL_RIGHT),
        ])
    # A member's total would let a reader subtract the restricted criteria back out: only the averages' sum.
    hide = bool(data.restricted_criteria)
    totals = ["" if hide else _member_total(by_member.get(m.name), len(data.criteria)) for m in data.members]
    total_max = sum((cr.max_points for cr in data.criteria), Decimal(0))
    rows.append([
        Paragraph("<b>Totale</b>", st.CELL), c.points(total_max), *totals,
        Paragraph(f"<b>{c.points(app.total)}</b>", st.CELL_RIGHT),
    ])
    count = len(data.members)
    member_width = 1.0 if count <= 4 else 0.8
    table = st.data_table(
        ["Criterio", "Max", *[_member_code(i) for i in range(count)], "Media"], rows,
        widths=(4.2, 0.9, *[member_width] * count, 1.1), right_columns=range(1, count + 3),
    )
    state = "" if app.complete else " – <font color='#a33333'>valutazione incompleta</font>"
    outcome = f" – {escape(app.outcome_label)}" if app.outcome_label else ""
    title = Paragraph(
        f"Domanda prot. n. {escape(app.protocol)} – codice {escape(app.public_code)}{outcome}{state}", c.HEADING
    )
    return [title, table]


def _mark(scores: MemberScores | None, k: int, abstained: bool) -> str:
    if abstained:
        return "ast."
    if scores is None or k >= len(scores.points):
        return "—"
    return c.points(scores.points[k])


def _member_total(scores: MemberScores | None, criteria: int) -> str:
    if scores is None or len(scores.points) < criteria or any(p is None for p in scores.points):
        return ""
    return c.points(sum(scores.points, Decimal(0)))


def _scores(data: ScoringMinutesData, abstained: set[tuple[str, str]]) -> list[Flowable]:
    """One block per application, each kept whole; the section heading stays with the first block."""
    intro = [
        Paragraph("Punteggi attribuiti", c.HEADING),
        Paragraph(
            "Per ciascuna domanda sono riportati i punti attribuiti da ogni componente (per sigla) e la media "
            "per criterio; il trattino indica un punteggio non attribuito, «ast.» l’astensione per conflitto "
            "di interessi"
            + (", «ris.» un criterio i cui punteggi, che possono rivelare situazioni di disagio, sono riportati "
               "solo nell’allegato riservato (art. 26 c. 4 D.Lgs. 33/2013)." if data.restricted_criteria else "."),
            st.BODY,
        ),
    ]
    blocks = [_application_block(data, a, abstained) for a in data.applications]
    if not blocks:
        return [*intro, Paragraph("Nessuna domanda valutata.", st.BODY)]
    return [KeepTogether([*intro, *blocks[0]]), *[KeepTogether(b) for b in blocks[1:]]]


def _pending(app: MinutesApplication) -> str:
    return "—" if app.complete else "valutazione incompleta"


def _summary(data: ScoringMinutesData) -> list[Flowable]:
    rows = [
        [a.public_code, a.protocol, c.points(a.total), a.outcome_label or _pending(a)]
        for a in data.applications
    ]
    return [
        Paragraph("Riepilogo dei punteggi", c.HEADING),
        st.data_table(
            ["Codice domanda", "Protocollo", "Punteggio", "Esito"], rows, widths=(2, 2.6, 1.4, 2.6), right_columns={2}
        ),
    ]


def _signatures(data: ScoringMinutesData) -> Flowable:
    signers = data.signatories or tuple(Signatory(m.role, m.name) for m in data.members)
    if data.secretary and not data.signatories:
        signers += (Signatory("Il segretario verbalizzante", data.secretary),)
    if not signers:
        raise DomainError("Il verbale deve indicare i componenti della commissione.")
    half = st.CONTENT_WIDTH / 2
    cells: list[Flowable | str] = [_signature_cell(s, half - 16 * mm) for s in signers]
    if len(cells) % 2:
        cells.append("")
    grid = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    table = Table(grid, colWidths=[half, half])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    closing = Paragraph(
        "Il presente verbale, letto e approvato, è sottoscritto dai componenti della commissione"
        + (" e dal segretario verbalizzante." if data.secretary else "."), st.BODY
    )
    return KeepTogether([c.gap(4), closing, c.gap(4), table])


def _signature_cell(signer: Signatory, width: float) -> Table:
    """Role and name over a signature line of its own, so neighbouring lines never join."""
    centred = st.make_style("minutes_sig", parent=st.CELL, alignment=1)
    cell = Table(
        [[Paragraph(f"{escape(signer.role)}<br/><b>{escape(signer.name)}</b>", centred)], [Spacer(1, 12 * mm)]],
        colWidths=[width],
    )
    cell.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.INK)])
    return cell


def build_scoring_minutes_pdf(data: ScoringMinutesData, profile: OrganisationProfile, path: Path) -> str:
    """Write the commission's minutes as PDF/A-2b at `path`; return its SHA-256."""
    abstained = {(d.member_name, d.public_code) for d in data.conflicts if d.has_conflict}
    story: list[Flowable] = [
        c.act_title("Verbale", data.header),
        Paragraph("Commissione di valutazione delle domande", c.SECTION),
        c.subject(
            f"Avviso {c.call_citation(data.call)} – valutazione di merito delle domande",
            data.header.cup or data.call.cup,
        ),
        *_opening(data),
        *_conflicts(data),
        *_scores(data, abstained),
        *_summary(data),
    ]
    if data.notes.strip():
        story += [Paragraph("Note", c.HEADING), *[Paragraph(b, st.BODY) for b in c.blocks(data.notes)]]
    story.append(_signatures(data))
    return c.build_grant_document(
        path, profile, data.header, story,
        title=f"{KIND} n. {data.header.number_label}",
        subject_text=f"Valutazione delle domande – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("verbale", "commissione", data.call.title),
    )


RESTRICTED_KIND = "Allegato riservato al verbale"


def _restricted_table(data: ScoringMinutesData, abstained: set[tuple[str, str]]) -> Flowable:
    """One row per application and restricted criterion: each member's points and the average."""
    indexes = [k for k, cr in enumerate(data.criteria) if cr.restricted]
    rows = []
    for app in data.applications:
        by_member = {s.member_name: s for s in app.member_scores}
        for k in indexes:
            marks = [_mark(by_member.get(m.name), k, (m.name, app.public_code) in abstained) for m in data.members]
            average = app.criterion_scores[k] if k < len(app.criterion_scores) else None
            rows.append([app.public_code, f"{data.criteria[k].code} – {data.criteria[k].label}", *marks,
                         Paragraph(f"<b>{c.points(average)}</b>", st.CELL_RIGHT)])
    count = len(data.members)
    return st.data_table(["Codice domanda", "Criterio", *[_member_code(i) for i in range(count)], "Media"], rows,
                         widths=(1.8, 3.6, *[0.9] * count, 1.1), right_columns=range(2, count + 3))


def build_minutes_restricted_annex_pdf(data: ScoringMinutesData, profile: OrganisationProfile, path: Path) -> str:
    """The points of the criteria that reveal vulnerability, per application and member: for the office and
    the commission only, never published (D.Lgs. 33/2013 art. 26 c. 4). Write PDF/A-2b; return its SHA-256."""
    if not data.restricted_criteria:
        raise DomainError("Nessun criterio del bando è riservato: il verbale riporta già tutti i punteggi.")
    abstained = {(d.member_name, d.public_code) for d in data.conflicts if d.has_conflict}
    story: list[Flowable] = [
        c.act_title(RESTRICTED_KIND, data.header),
        Paragraph("DOCUMENTO RISERVATO – NON PUBBLICARE", c.SECTION),
        c.subject(f"Avviso {c.call_citation(data.call)} – punteggi dei criteri riservati",
                  data.header.cup or data.call.cup),
        Paragraph(
            "Il presente allegato fa parte del verbale della commissione di valutazione e ne riporta i punteggi "
            "dei criteri che possono rivelare situazioni di disagio economico o sociale delle richiedenti: è "
            "escluso dalla pubblicazione (art. 26 c. 4 D.Lgs. 33/2013) e consultabile solo dall’ufficio e dalla "
            "commissione. Le domande sono indicate con il codice del verbale, i componenti con la loro sigla; «ast.» "
            "indica l’astensione per conflitto di interessi.",
            st.BODY,
        ),
        _restricted_table(data, abstained),
        _signatures(data),
    ]
    return c.build_grant_document(
        path, profile, data.header, story,
        title=f"{RESTRICTED_KIND} n. {data.header.number_label}",
        subject_text=f"Criteri riservati – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("verbale", "allegato riservato", data.call.title),
    )
