"""Generate the procedure's other documents into the register (issue 11): privacy notice and appointment of the
commission (per call), approval of the provisional ranking (per ranking), soccorso istruttorio, notice opening a
revocation, acceptance form and atto di liquidazione (per application). Each needs GRANTS_DECIDE, like the
other grant documents, and returns the register's DocumentRef."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.grants.codes import DocumentKind
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.services.grants import procedure_document_data as data
from equilibri_desktop.services.grants.application_records import find_application
from equilibri_desktop.services.grants.document_common import load_ranking
from equilibri_desktop.services.grants.documents import (
    APPLICATION,
    CALL,
    RANKING,
    PreparedDocument,
    application_title,
    generate_prepared,
)
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import GrantApplication, GrantCall, GrantTranche


def _builders():
    # ReportLab loads only when a document is drawn.
    from equilibri_desktop.documents.grants import procedure_acts, procedure_letters

    return {
        DocumentKind.INFORMATIVA: procedure_letters.build_privacy_notice_pdf,
        DocumentKind.SOCCORSO_ISTRUTTORIO: procedure_letters.build_integration_request_pdf,
        DocumentKind.AVVIO_REVOCA: procedure_letters.build_revocation_notice_pdf,
        DocumentKind.ACCETTAZIONE: procedure_letters.build_acceptance_form_pdf,
        DocumentKind.LIQUIDAZIONE: procedure_acts.build_liquidation_pdf,
        DocumentKind.NOMINA_COMMISSIONE: procedure_acts.build_commission_appointment_pdf,
        DocumentKind.GRADUATORIA_PROVVISORIA: procedure_acts.build_provisional_ranking_act_pdf,
    }


def _call(session, call_uuid: uuid.UUID) -> GrantCall:
    call = session.scalar(select(GrantCall).where(GrantCall.uuid == call_uuid))
    if call is None:
        raise NotFoundError("Bando non trovato.")
    return call


def _call_document(kind: DocumentKind, label: str, loader) -> Callable[..., DocumentRef]:
    def generate(db: Database, call_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
        build = _builders()[kind]

        def prepare(session, office, on):
            call = _call(session, call_uuid)
            return PreparedDocument(kind, CALL, call_uuid, f"{label} – {call.title}", loader(session, call, office, on),
                                    build)

        return generate_prepared(db, prepare, issued_on)

    return generate


def _application_document(kind: DocumentKind, label: str, loader) -> Callable[..., DocumentRef]:
    def generate(db: Database, application_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
        build = _builders()[kind]

        def prepare(session, office, on):
            application = find_application(session, application_uuid)
            return PreparedDocument(kind, APPLICATION, application_uuid, application_title(label, application),
                                    loader(session, application, office, on), build)

        return generate_prepared(db, prepare, issued_on)

    return generate


generate_privacy_notice = _call_document(DocumentKind.INFORMATIVA, "Informativa privacy alle richiedenti",
                                         data.privacy_notice_data)
generate_commission_appointment = _call_document(DocumentKind.NOMINA_COMMISSIONE, "Nomina della commissione",
                                                 data.commission_appointment_data)
generate_integration_request = _application_document(
    DocumentKind.SOCCORSO_ISTRUTTORIO, "Richiesta di integrazione", data.integration_request_data)
generate_revocation_notice = _application_document(
    DocumentKind.AVVIO_REVOCA, "Avvio del procedimento di revoca", data.revocation_notice_data)
generate_acceptance_form = _application_document(
    DocumentKind.ACCETTAZIONE, "Modulo di accettazione", data.acceptance_form_data)


def generate_provisional_ranking_act(db: Database, ranking_uuid: uuid.UUID,
                                     issued_on: date | None = None) -> DocumentRef:
    build = _builders()[DocumentKind.GRADUATORIA_PROVVISORIA]

    def prepare(session, office, on):
        ranking = load_ranking(session, ranking_uuid)
        call = session.get(GrantCall, ranking.call_id)
        return PreparedDocument(DocumentKind.GRADUATORIA_PROVVISORIA, RANKING, ranking_uuid,
                                f"Approvazione della graduatoria provvisoria n. {ranking.number} – {call.title}",
                                data.provisional_ranking_act_data(session, ranking, office, on), build)

    return generate_prepared(db, prepare, issued_on)


def generate_liquidation(db: Database, tranche_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
    """The payment act of one tranche, registered on its application."""
    build = _builders()[DocumentKind.LIQUIDAZIONE]

    def prepare(session, office, on):
        tranche = find_by_uuid(session, GrantTranche, tranche_uuid)
        application = session.get(GrantApplication, tranche.application_id)
        return PreparedDocument(DocumentKind.LIQUIDAZIONE, APPLICATION, application.uuid,
                                application_title(f"Atto di liquidazione – {tranche.label}", application),
                                data.liquidation_data(session, tranche, office, on), build)

    return generate_prepared(db, prepare, issued_on)
