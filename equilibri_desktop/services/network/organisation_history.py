"""A firm's history with the network for its registry card (issue 14): the agreements it is or was party to,
the network agent's contacts, its good practices and the welfare consulting it received. Paged and sorted in
SQL like the registry lists; the people it sent to courses come from services.events.history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
    ContactKind,
    ContactTopic,
    PartyRole,
    SignatureStatus,
)
from equilibri_desktop.domain.welfare.engagement import Stage
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.card_pages import CardPage, sorted_slice
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    NetworkAgreement,
    NetworkContact,
    NetworkParty,
    NetworkPractice,
    Organisation,
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
)


@dataclass(frozen=True)
class AgreementLink:
    uuid: uuid.UUID  # the agreement
    code: str
    title: str
    kind_label: str
    status_label: str
    role_label: str
    signature_label: str  # this party's signature
    start_date: date | None
    end_date: date | None
    withdrawn_on: date | None  # the firm withdrew on that day


@dataclass(frozen=True)
class ContactLink:
    uuid: uuid.UUID
    contact_on: date
    agent: str
    kind_label: str
    topic_labels: tuple[str, ...]
    summary: str
    outcome: str
    next_step: str
    next_step_due: date | None
    next_step_done: bool


@dataclass(frozen=True)
class PracticeLink:
    uuid: uuid.UUID
    recorded_on: date
    measure: str
    description: str
    results: str


@dataclass(frozen=True)
class WelfareLink:
    uuid: uuid.UUID  # the engagement
    title: str
    network_name: str  # "" for a single firm
    stage_label: str
    started_on: date
    consultant: str
    hours: Decimal  # of the meetings held so far


def _by_label(column, enum):
    return case({item.value: item.label for item in enum}, value=column, else_=column)


def _label(enum, code: str) -> str:
    try:
        return enum(code).label
    except ValueError:
        return code


def _organisation_id(session, organisation_uuid: uuid.UUID) -> int:
    return find_by_uuid(session, Organisation, organisation_uuid).id


def organisation_agreements(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "start_date",
                            descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[AgreementLink]:
    """Every agreement and amendment the organisation is or was party to (withdrawals included)."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        org_id = _organisation_id(session, organisation_uuid)
        query = (select(NetworkAgreement, NetworkParty)
                 .join(NetworkParty, NetworkParty.agreement_id == NetworkAgreement.id)
                 .where(NetworkParty.organisation_id == org_id))
        sorts = {"start_date": NetworkAgreement.start_date, "code": NetworkAgreement.code,
                 "title": func.lower(NetworkAgreement.title),
                 "kind_label": _by_label(NetworkAgreement.kind, AgreementKind),
                 "status_label": _by_label(NetworkAgreement.status, AgreementStatus),
                 "role_label": _by_label(NetworkParty.role, PartyRole),
                 "signature_label": _by_label(NetworkParty.signature_status, SignatureStatus),
                 "end_date": NetworkAgreement.end_date}
        total, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, NetworkParty.id)
        return CardPage(tuple(
            AgreementLink(a.uuid, a.code, a.title, _label(AgreementKind, a.kind), _label(AgreementStatus, a.status),
                          _label(PartyRole, p.role), _label(SignatureStatus, p.signature_status), a.start_date,
                          a.end_date, p.withdrawn_on) for a, p in rows), total)


def organisation_contacts(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "contact_on",
                          descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[ContactLink]:
    """The network agent's contacts with the firm, newest first unless sorted otherwise."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        org_id = _organisation_id(session, organisation_uuid)
        query = select(NetworkContact).where(NetworkContact.organisation_id == org_id)
        sorts = {"contact_on": NetworkContact.contact_on, "agent": NetworkContact.agent,
                 "kind_label": _by_label(NetworkContact.kind, ContactKind),
                 "outcome": func.lower(NetworkContact.outcome), "next_step_due": NetworkContact.next_step_due}
        total, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, NetworkContact.id)
        return CardPage(tuple(
            ContactLink(c.uuid, c.contact_on, c.agent, _label(ContactKind, c.kind),
                        tuple(_label(ContactTopic, t) for t in c.topics.split(",") if t), c.summary, c.outcome,
                        c.next_step, c.next_step_due, c.next_step_done) for (c,) in rows), total)


def organisation_practices(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "recorded_on",
                           descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[PracticeLink]:
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        org_id = _organisation_id(session, organisation_uuid)
        query = select(NetworkPractice).where(NetworkPractice.organisation_id == org_id)
        sorts = {"recorded_on": NetworkPractice.recorded_on, "measure": func.lower(NetworkPractice.measure)}
        total, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, NetworkPractice.id)
        return CardPage(tuple(PracticeLink(p.uuid, p.recorded_on, p.measure, p.description, p.results)
                              for (p,) in rows), total)


def organisation_welfare(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "started_on",
                         descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[WelfareLink]:
    """The welfare consulting engagements the firm took part in, alone or in a network of firms."""
    db.require(Permission.WELFARE_READ)
    with db.unit_of_work() as session:
        org_id = _organisation_id(session, organisation_uuid)
        hours = (select(func.coalesce(func.sum(WelfareMeeting.hours), 0))
                 .where(WelfareMeeting.engagement_id == WelfareEngagement.id)
                 .correlate(WelfareEngagement).scalar_subquery().label("hours"))
        query = (select(WelfareEngagement, hours)
                 .join(WelfareEngagementFirm, WelfareEngagementFirm.engagement_id == WelfareEngagement.id)
                 .where(WelfareEngagementFirm.organisation_id == org_id))
        sorts = {"started_on": WelfareEngagement.started_on, "title": func.lower(WelfareEngagement.title),
                 "stage_label": case({s.value: i for i, s in enumerate(Stage)}, value=WelfareEngagement.stage),
                 "consultant": WelfareEngagement.consultant,
                 "hours": hours}
        total, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, WelfareEngagement.id)
        return CardPage(tuple(WelfareLink(e.uuid, e.title, e.network_name, _label(Stage, e.stage), e.started_on,
                                          e.consultant, Decimal(str(h or 0))) for e, h in rows), total)
