"""What the home page reminds about the network: signatures pending for more than N days, agreements expiring
within 60 days (both figures are the office's settings), tacit renewals coming due, and the agent's follow-ups
that are due. The office date is applied first (lifecycle.apply_dates), so the program's start brings stated
dates, expiries and renewals up to date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.network.codes import AgreementStatus, SignatureStatus
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.lifecycle import apply_dates
from equilibri_desktop.services.network.settings import PENDING_SIGNATURE_DAYS, read_settings
from equilibri_desktop.storage.models import (
    NetworkAgreement,
    NetworkContact,
    NetworkParty,
    Organisation,
)

__all__ = ["PENDING_SIGNATURE_DAYS", "Reminder", "network_reminders"]
IN_FORCE = (AgreementStatus.IN_VIGORE.value, AgreementStatus.RINNOVATO.value)


@dataclass(frozen=True)
class Reminder:
    kind: str  # firma, scadenza, rinnovo, ricontatto
    record_kind: str  # for the navigator: network_agreement or organisation
    record_uuid: uuid.UUID
    text: str
    due: date | None


def network_reminders(db: Database, pending_days: int | None = None, expiry_days: int | None = None,
                      agent: str | None = None) -> tuple[Reminder, ...]:
    """Reminders the actor may see, most urgent first. The day counts default to the office's settings; `agent`
    limits follow-ups to one agent's (default: the user's own)."""
    today = office_today()
    found: list[Reminder] = []
    if db.actor.can(Permission.NETWORK_READ):
        apply_dates(db)
    with db.unit_of_work() as session:
        settings = read_settings(session)
        pending_days = settings.pending_signature_days if pending_days is None else pending_days
        expiry_days = settings.expiry_warning_days if expiry_days is None else expiry_days
        if db.actor.can(Permission.NETWORK_READ):
            found += _signatures(session, today, pending_days)
            found += _expiring(session, today, expiry_days)
        if db.actor.can(Permission.NETWORK_CONTACTS):
            found += _follow_ups(session, today, agent or db.actor.username)
    return tuple(sorted(found, key=lambda r: (r.due or today, r.kind)))


def _signatures(session, today: date, pending_days: int) -> list[Reminder]:
    limit = today - timedelta(days=pending_days)
    rows = session.execute(
        select(NetworkAgreement.uuid, NetworkAgreement.code, Organisation.name, NetworkParty.sent_on,
               NetworkAgreement.sent_on)
        .join(NetworkParty, NetworkParty.agreement_id == NetworkAgreement.id)
        .join(Organisation, Organisation.id == NetworkParty.organisation_id)
        .where(NetworkAgreement.status == AgreementStatus.IN_FIRMA.value,
               NetworkParty.signature_status.in_((SignatureStatus.DA_INVIARE.value, SignatureStatus.INVIATO.value)))
    ).all()
    out = []
    for agreement_uuid, code, name, party_sent, agreement_sent in rows:
        since = party_sent or agreement_sent
        if since is not None and since <= limit:
            out.append(Reminder("firma", "network_agreement", agreement_uuid,
                                CodedText("network.reminders.signature_pending", agreement_code=code, name=name,
                                          days=(today - since).days), since))
    return out


def _expiring(session, today: date, expiry_days: int) -> list[Reminder]:
    horizon = today + timedelta(days=expiry_days)
    rows = session.execute(select(NetworkAgreement).where(
        NetworkAgreement.status.in_(IN_FORCE), NetworkAgreement.end_date.is_not(None),
        NetworkAgreement.end_date <= horizon)).scalars()
    out = []
    for a in rows:
        if a.tacit_renewal:
            text = CodedText("network.reminders.tacit_renewal", agreement_code=a.code, day=a.end_date)
            out.append(Reminder("rinnovo", "network_agreement", a.uuid, text, a.end_date))
        else:
            text = CodedText("network.reminders.expired" if a.end_date < today else "network.reminders.expires",
                             agreement_code=a.code, day=a.end_date)
            out.append(Reminder("scadenza", "network_agreement", a.uuid, text, a.end_date))
    return out


def _follow_ups(session, today: date, agent: str) -> list[Reminder]:
    rows = session.execute(
        select(NetworkContact, Organisation.uuid, Organisation.name)
        .join(Organisation, Organisation.id == NetworkContact.organisation_id)
        .where(NetworkContact.agent == agent, NetworkContact.next_step_done.is_(False),
               NetworkContact.next_step_due.is_not(None),
               NetworkContact.next_step_due <= today + timedelta(days=7))).all()
    return [Reminder("ricontatto", "organisation", org_uuid,
                     CodedText("network.reminders.follow_up", name=name, step=c.next_step, day=c.next_step_due),
                     c.next_step_due) for c, org_uuid, name in rows]
