"""Which grant documents can be generated for a record now, and why not: the "Genera" buttons of the
documents panel follow this, so a clerk never meets a button that can only fail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus, DocumentKind, RankingKind
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.document_common import (
    FUNDED,
    latest_document,
    load_ranking,
    ranking_entries,
    require_final,
)
from equilibri_desktop.services.grants.letter_data import (
    EXCLUSION_STATUSES,
    funding_entry,
    latest_revocation,
)
from equilibri_desktop.services.grants.procedure_document_data import latest_notice
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantCriterion,
)

BATCH_COMMUNICATIONS = "concessioni"  # all the grant communications of a ranking


@dataclass(frozen=True)
class DocumentAction:
    key: str  # a DocumentKind value, or BATCH_COMMUNICATIONS
    available: bool
    reason: str = ""  # why it is not available, in Italian


def _ranking_actions(session, record_uuid: uuid.UUID) -> list[DocumentAction]:
    ranking = load_ranking(session, record_uuid)
    if ranking.kind == RankingKind.PROVVISORIA.value:  # approved by its own act; the grant comes later
        return [DocumentAction(DocumentKind.GRADUATORIA_PROVVISORIA.value, True)]
    try:
        require_final(ranking)
        final = ""
    except DomainError as error:
        final = str(error)
    funded = sum(1 for e in ranking_entries(session, ranking) if e.outcome in FUNDED)
    decided = latest_document(session, DocumentKind.DETERMINAZIONE, "grant_ranking", ranking.uuid) is not None
    decision_reason = final or ("" if funded else "La graduatoria non finanzia alcuna domanda.")
    later = decision_reason or ("" if decided else "Genera prima la determinazione di concessione.")
    return [DocumentAction(DocumentKind.DETERMINAZIONE.value, not decision_reason, decision_reason),
            DocumentAction(DocumentKind.ALLEGATO_A.value, not later, later),
            DocumentAction(DocumentKind.ALLEGATO_B.value, not later, later),
            DocumentAction(BATCH_COMMUNICATIONS, not later, later)]


def _application_actions(session, record_uuid: uuid.UUID) -> list[DocumentAction]:
    application = session.scalar(select(GrantApplication).where(GrantApplication.uuid == record_uuid))
    if application is None:
        return []
    exclusion = "" if application.status in EXCLUSION_STATUSES else (
        "Solo per le domande in preavviso di rigetto o non ammissibili.")
    funded = funding_entry(session, application)
    grant = "" if funded else "La domanda non è finanziata nella graduatoria definitiva."
    if funded and latest_document(session, DocumentKind.DETERMINAZIONE, "grant_ranking", funded[0].uuid) is None:
        grant = "Genera prima la determinazione di concessione della graduatoria."
    revocation = grant or ("" if latest_revocation(session, application) else "Nessuna revoca registrata.")
    integration = "" if application.status == ApplicationStatus.INTEGRAZIONE_RICHIESTA.value else (
        "Solo per le domande in stato «Integrazione richiesta».")
    notice = grant or ("" if latest_notice(session, application) else "Registra prima l'avvio del procedimento di "
                                                                        "revoca.")
    return [DocumentAction(DocumentKind.SOCCORSO_ISTRUTTORIO.value, not integration, integration),
            DocumentAction(DocumentKind.ESCLUSIONE.value, not exclusion, exclusion),
            DocumentAction(DocumentKind.CONCESSIONE.value, not grant, grant),
            DocumentAction(DocumentKind.ACCETTAZIONE.value, not grant, grant),
            DocumentAction(DocumentKind.AVVIO_REVOCA.value, not notice, notice),
            DocumentAction(DocumentKind.REVOCA.value, not revocation, revocation)]


def _call_actions(session, record_uuid: uuid.UUID) -> list[DocumentAction]:
    call = session.scalar(select(GrantCall).where(GrantCall.uuid == record_uuid))
    if call is None:
        return []
    members = session.scalar(select(GrantCommissionMember.id).where(GrantCommissionMember.call_id == call.id).limit(1))
    reason = "" if members else "Il bando non ha ancora una commissione."
    restricted = session.scalar(select(GrantCriterion.id).where(GrantCriterion.call_id == call.id,
                                                                GrantCriterion.restricted.is_(True)).limit(1))
    annex = reason or ("" if restricted else "Nessun criterio del bando è riservato.")
    return [DocumentAction(DocumentKind.INFORMATIVA.value, True),
            DocumentAction(DocumentKind.NOMINA_COMMISSIONE.value, not reason, reason),
            DocumentAction(DocumentKind.VERBALE.value, not reason, reason),
            DocumentAction(DocumentKind.VERBALE_RISERVATO.value, not annex, annex)]


_ACTIONS = {"grant_ranking": _ranking_actions, "grant_application": _application_actions,
            "grant_call": _call_actions}


def document_actions(db: Database, record_type: str, record_uuid: uuid.UUID) -> tuple[DocumentAction, ...]:
    """The documents of `record_type` and whether each can be generated now. Empty for those who may not
    generate documents (GRANTS_DECIDE) and for record types without documents."""
    if record_type not in _ACTIONS or not db.actor.can(Permission.GRANTS_DECIDE):
        return ()
    with db.unit_of_work() as session:
        return tuple(_ACTIONS[record_type](session, record_uuid))
