"""The line's indicators: organisations by stage and with a regulation, workers with agreements by sex and
priority category, agile days, commuting saved (from the questionnaires, small groups withheld), the Ministry
communications and the coworking placements; exported to .xlsx for the funder's report."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.codes import Priority, Stage
from equilibri_desktop.domain.flexwork.monitoring import MIN_GROUP, summarise
from equilibri_desktop.domain.money import from_cents
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.flexwork.dto import Indicators
from equilibri_desktop.services.flexwork.monitoring import stored_answers
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkCommunication,
    FlexworkPathway,
    FlexworkPlacement,
    FlexworkRegulation,
    Person,
)

SEX_LABELS = {"F": "Donne", "M": "Uomini"}
WITHHELD = "Gruppi con meno di 5 persone (non mostrati)"


def _small_groups_withheld(pairs: Counter) -> tuple[tuple[str, int], ...]:
    """Counts of workers under MIN_GROUP are folded into one line, so no small group can be singled out."""
    shown = [(label, n) for label, n in sorted(pairs.items()) if n >= MIN_GROUP]
    hidden = sum(n for n in pairs.values() if n < MIN_GROUP)
    return tuple(shown + ([(WITHHELD, hidden)] if hidden else []))


def indicators(db: Database) -> Indicators:
    db.require(Permission.FLEXWORK_READ)
    today = office_today()
    with db.unit_of_work() as session:
        stages = Counter(session.scalars(select(FlexworkPathway.stage)))
        with_regulation = session.scalar(select(func.count()).select_from(FlexworkRegulation)
                                         .where(FlexworkRegulation.adopted_on.is_not(None))) or 0
        in_force = session.execute(
            select(FlexworkAgreement.remote_days, FlexworkAgreement.priority, Person.sex)
            .join(Person, Person.id == FlexworkAgreement.person_id)
            .where(FlexworkAgreement.start_on <= today, FlexworkAgreement.withdrawn_on.is_(None),
                   (FlexworkAgreement.end_on.is_(None)) | (FlexworkAgreement.end_on >= today))).all()
        agreements = session.scalar(select(func.count()).select_from(FlexworkAgreement)) or 0
        pending = session.scalar(select(func.count()).select_from(FlexworkCommunication)
                                 .where(FlexworkCommunication.sent_on.is_(None))) or 0
        late = session.scalar(select(func.count()).select_from(FlexworkCommunication).where(
            ((FlexworkCommunication.sent_on.is_(None)) & (FlexworkCommunication.due_on < today))
            | (FlexworkCommunication.sent_on > FlexworkCommunication.due_on))) or 0
        placements, cents = session.execute(select(func.count(), func.coalesce(func.sum(
            FlexworkPlacement.amount_cents), 0))).one()
        results = summarise(stored_answers(session))
    by_sex = Counter(SEX_LABELS.get(sex, "Non indicato") for _d, _p, sex in in_force)
    by_priority = Counter(Priority(p).label for _d, p, _s in in_force)
    return Indicators(
        pathways=sum(stages.values()), by_stage=tuple((s.label, stages.get(s.value, 0)) for s in Stage),
        with_regulation=with_regulation, agreements=agreements,
        agreements_by_sex=_small_groups_withheld(by_sex), agreements_by_priority=_small_groups_withheld(by_priority),
        remote_days_week=sum(days for days, _p, _s in in_force), monitoring=results,
        commute_hours_saved_week=results.after.commute_hours_saved_week,
        commute_km_saved_week=results.after.commute_km_saved_week, communications_pending=pending,
        communications_late=late, placements=placements, placements_amount=from_cents(int(cents)))


def indicator_rows(data: Indicators) -> list[tuple[str, str, object]]:
    rows: list[tuple[str, str, object]] = [
        ("Totali", "Organizzazioni in percorso", data.pathways),
        ("Totali", "Organizzazioni con regolamento adottato", data.with_regulation),
        ("Totali", "Accordi individuali registrati", data.agreements),
        ("Totali", "Giornate agili a settimana (accordi in corso)", data.remote_days_week),
        ("Totali", "Ore di pendolarismo risparmiate a settimana", _or_withheld(data.commute_hours_saved_week)),
        ("Totali", "Km di pendolarismo risparmiati a settimana", _or_withheld(data.commute_km_saved_week)),
        ("Totali", "Comunicazioni al Ministero da inviare", data.communications_pending),
        ("Totali", "Comunicazioni al Ministero in ritardo", data.communications_late),
        ("Totali", "Postazioni e voucher di coworking", data.placements),
        ("Totali", "Importo di postazioni e voucher (euro)", data.placements_amount)]
    rows += [("Fase del percorso", label, n) for label, n in data.by_stage]
    rows += [("Lavoratori con accordo in corso, per sesso", label, n) for label, n in data.agreements_by_sex]
    rows += [("Lavoratori con accordo in corso, per priorità", label, n) for label, n in data.agreements_by_priority]
    m = data.monitoring
    for g in (m.before, m.after, *m.by_sex, *m.by_priority):
        for name, value in (("Benessere (1–5)", g.wellbeing), ("Equilibrio vita-lavoro (1–5)", g.balance),
                            ("Organizzazione del lavoro (1–5)", g.organisation)):
            rows.append((f"Questionari – {g.label}", name, _or_withheld(value)))
    return rows


def _or_withheld(value: Decimal | None) -> object:
    return value if value is not None else "non mostrato (meno di 5 risposte)"


def export_indicators(db: Database, path: str | Path) -> Path:
    from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook

    data = indicators(db)
    path = Path(path)
    write_workbook(path, [SheetSpec(title="Lavoro flessibile", headers=("Gruppo", "Indicatore", "Valore"),
                                    rows=indicator_rows(data), widths=(44, 48, 20))])
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.EXPORT, table_name="flexwork_pathway",
                     detail=f"indicatori lavoro flessibile: {path.name}")
    return path
