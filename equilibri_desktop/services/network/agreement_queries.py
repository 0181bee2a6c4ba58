"""The agreements list in SQL: a filter by text, kind, status, municipality and sector of a party turned into
conditions shared by the page, the count and the export; sorting by any column and paging."""

from __future__ import annotations

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.network.codes import SignatureStatus
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.dto import AgreementFilter, AgreementRow
from equilibri_desktop.services.registry.dto import Page
from equilibri_desktop.storage.models import NetworkAgreement, NetworkParty, Organisation


def _filtered(query: Select, criteria: AgreementFilter) -> Select:
    if criteria.kind:
        query = query.where(NetworkAgreement.kind == criteria.kind)
    if criteria.status:
        query = query.where(NetworkAgreement.status == criteria.status)
    if criteria.text.strip():
        needle = f"%{criteria.text.strip().lower()}%"
        query = query.where(or_(func.lower(NetworkAgreement.title).like(needle),
                                func.lower(NetworkAgreement.code).like(needle)))
    party, org = aliased(NetworkParty), aliased(Organisation)
    conditions = []
    if criteria.municipality_id:
        conditions.append(org.municipality_id == criteria.municipality_id)
    if criteria.sector:
        conditions.append(org.kind == criteria.sector)
    if criteria.organisation_uuid:
        conditions.append(org.uuid == criteria.organisation_uuid)
    if conditions:
        query = query.where(exists(select(party.id).join(org, org.id == party.organisation_id)
                                   .where(party.agreement_id == NetworkAgreement.id, and_(*conditions))))
    return query


def search_agreements(db: Database, criteria: AgreementFilter | None = None, offset: int = 0,
                      limit: int = 200, sort: str | None = None, descending: bool = False) -> Page[AgreementRow]:
    """A page of the list, filtered and sorted in SQL (`sort`: one of AGREEMENT_SORT_KEYS; by code otherwise)."""
    db.require(Permission.NETWORK_READ)
    criteria = criteria or AgreementFilter()
    parties = select(func.count(NetworkParty.id)).where(NetworkParty.agreement_id == NetworkAgreement.id) \
        .scalar_subquery()
    signed = select(func.count(NetworkParty.id)).where(
        NetworkParty.agreement_id == NetworkAgreement.id,
        NetworkParty.signature_status == SignatureStatus.FIRMATO.value).scalar_subquery()
    query = _filtered(select(NetworkAgreement, Organisation.name, parties, signed)
                      .outerjoin(Organisation, Organisation.id == NetworkAgreement.lead_organisation_id), criteria)
    columns = {"code": NetworkAgreement.code, "kind": NetworkAgreement.kind,
               "title": func.lower(NetworkAgreement.title),
               "status": NetworkAgreement.status, "lead_name": func.lower(Organisation.name), "signed": signed,
               "start_date": NetworkAgreement.start_date, "end_date": NetworkAgreement.end_date}
    key = columns.get(sort or "code", NetworkAgreement.code)
    order = [key.desc() if descending else key.asc(), NetworkAgreement.code]
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(*order).offset(offset).limit(limit + 1)).all()
        items = tuple(AgreementRow(a.uuid, a.code, a.kind, a.title, a.status, lead or "", n or 0, s or 0,
                                   a.start_date, a.end_date) for a, lead, n, s in rows[:limit])
    return Page(items=items, offset=offset, limit=limit, has_more=len(rows) > limit)


def count_agreements(db: Database, criteria: AgreementFilter | None = None) -> int:
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        return session.scalar(_filtered(select(func.count()).select_from(NetworkAgreement),
                                        criteria or AgreementFilter())) or 0
