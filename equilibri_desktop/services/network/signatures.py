"""Signatures party by party: to send → sent → signed / refused. Paper: a scan per party or one for all (never
for an art. 15 agreement). Digital: the signed file is checked first (signature_check) and only the parties
whose signatory signed it are marked signed; a refused file records nothing. The last signature puts the
agreement in force (or from its stated date) and retires the version it amends."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.file_names import refuse_executable
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    AgreementStatus,
    SignatureMethod,
)
from equilibri_desktop.domain.network.codes import SignatureStatus as Sig
from equilibri_desktop.domain.network.rules import (
    SIGNATURE_MOVES,
    paper_signature_refusal,
)
from equilibri_desktop.domain.office_time import office_time
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.files import stage_copy
from equilibri_desktop.services.network import agreement_records as records
from equilibri_desktop.services.network.dto import AgreementDetail
from equilibri_desktop.services.network.signature_check import (
    SignatureCheckError,
    SignedFileReport,
    inspect_signed_file,
    signer_matches,
)
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    NetworkAgreement,
    NetworkAttachment,
    NetworkParty,
)

FOLDER = Path("allegati") / "accordi"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # CMS times are UTC


def _signing(session: Session, agreement_uuid: uuid.UUID) -> NetworkAgreement:
    agreement = find_by_uuid(session, NetworkAgreement, agreement_uuid)
    if agreement.status != AgreementStatus.IN_FIRMA.value:
        raise DomainError(code="network.signatures.not_in_signature", params={"agreement_code": agreement.code,
                          "status": AgreementStatus(agreement.status).label})
    return agreement


def _party(session: Session, agreement: NetworkAgreement, party_uuid: uuid.UUID) -> NetworkParty:
    party = find_by_uuid(session, NetworkParty, party_uuid)
    if party.agreement_id != agreement.id:
        raise DomainError(code="network.signatures.party_elsewhere")
    return party


def _move(party: NetworkParty, target: Sig, name: str) -> None:
    if target not in SIGNATURE_MOVES[Sig(party.signature_status)]:
        raise DomainError(code="network.signatures.move_refused", params={"name": name,
                          "status": Sig(party.signature_status).label, "target_label": target.label})
    party.signature_status = target.value


def mark_sent(db: Database, agreement_uuid: uuid.UUID, party_uuid: uuid.UUID,
              on: date | None = None) -> AgreementDetail:
    db.require(Permission.NETWORK_WRITE)
    with db.unit_of_work() as session:
        agreement = _signing(session, agreement_uuid)
        party = _party(session, agreement, party_uuid)
        _move(party, Sig.INVIATO, "questa parte")
        party.sent_on, party.refused_on, party.refusal_reason = on or office_today(), None, ""
        session.flush()
        return records.detail(session, agreement, office_today())


def record_refusal(db: Database, agreement_uuid: uuid.UUID, party_uuid: uuid.UUID, reason: str,
                   on: date | None = None) -> AgreementDetail:
    db.require(Permission.NETWORK_WRITE)
    if not reason.strip():
        raise ValidationError.coded("refusal_reason", "network.signatures.refusal_reason")
    with db.unit_of_work() as session:
        agreement = _signing(session, agreement_uuid)
        party = _party(session, agreement, party_uuid)
        _move(party, Sig.RIFIUTATO, "questa parte")
        party.refused_on, party.refusal_reason = on or office_today(), reason.strip()[:300]
        session.flush()
        return records.detail(session, agreement, office_today())


def _store(db: Database, agreement: NetworkAgreement, source: Path) -> tuple[str, str, object]:
    folder = db.config.data_dir / FOLDER / str(agreement.uuid)
    staged = stage_copy(source, folder / _UNSAFE.sub("_", source.name)[-80:])
    staged.target = folder / f"{staged.sha256[:12]}_{staged.target.name}"
    return (FOLDER / str(agreement.uuid) / staged.target.name).as_posix(), staged.sha256, staged


def _sign(session: Session, agreement: NetworkAgreement, party: NetworkParty, method: SignatureMethod,
          on: date, file_path: str, sha256: str) -> None:
    _move(party, Sig.FIRMATO, "questa parte")
    party.signature_method, party.signed_on = method.value, on
    party.signed_file_path, party.signed_file_sha256 = file_path, sha256


def record_paper_signatures(db: Database, agreement_uuid: uuid.UUID, party_uuids: Sequence[uuid.UUID],
                            scan: Path, signed_on: date | None = None) -> AgreementDetail:
    """A scan signed by hand by the given parties (one party, or all on one copy)."""
    db.require(Permission.NETWORK_WRITE)
    today = office_today()
    signed_on = signed_on or today
    scan = Path(scan)
    if not party_uuids:
        raise ValidationError.coded("parties", "network.signatures.parties_missing")
    with db.unit_of_work() as session:
        agreement = _signing(session, agreement_uuid)
        refusal = paper_signature_refusal(AgreementKind(agreement.kind), signed_on)
        if refusal:
            raise DomainError(code=refusal.code, params=refusal.params)
        if not scan.is_file() or scan.stat().st_size == 0:
            raise ValidationError.coded("scan", "network.signatures.scan", scan_name=scan.name)
        refuse_executable(scan.name)  # a double click in the data folder must never run a program
        if signed_on > today:
            raise ValidationError.coded("signed_on", "network.signatures.signed_on")
        path, sha256, staged = _store(db, agreement, scan)
        parties = [_party(session, agreement, u) for u in party_uuids]
        for party in parties:
            _sign(session, agreement, party, SignatureMethod.CARTA, signed_on, path, sha256)
        session.add(NetworkAttachment(agreement_id=agreement.id, party_id=parties[0].id if len(parties) == 1 else None,
                                      kind="scansione", description=f"Scansione firmata ({len(parties)} parti)",
                                      file_path=path, sha256=sha256))
        records.bring_into_force(session, agreement, today)
        session.flush()
        staged.place()
        return records.detail(session, agreement, today)


def _link_to_register(db: Database, agreement_uuid: uuid.UUID, signed_file: Path, report: SignedFileReport) -> None:
    """A signed file whose first revision (PAdES) or content (CAdES) is a registered PDF of this agreement
    becomes that document's signed copy in the register, with its own SHA-256."""
    for ref in register.list_documents(db, "network_agreement", agreement_uuid):
        original = db.config.data_dir / ref.file_path
        if original.is_file() and report.content.startswith(original.read_bytes()):
            register.attach_signed_copy(db, ref.uuid, signed_file)
            return


def _report_text(report: SignedFileReport, matched: list[str]) -> str:
    lines = [f"Formato {report.format}: {len(report.signatures)} firme."]
    for sig in report.signatures:
        when = f"{office_time(_aware(sig.signing_time)):%d/%m/%Y %H:%M}" if sig.signing_time else "ora non dichiarata"
        lines.append(f"- {sig.name or '?'} ({sig.fiscal_code or 'CF non presente'}), firmato il {when}: integra.")
    lines.append("Parti segnate come firmate: " + ", ".join(matched) + ".")
    lines.append(report.trust_note)
    return "\n".join(lines)


def attach_digitally_signed(db: Database, agreement_uuid: uuid.UUID, signed_file: Path) -> AgreementDetail:
    """Check `signed_file` and mark as signed every party whose signatory's signature is in it. Refused with
    the reason (and nothing recorded) when any signature is broken, or signed by someone not expected."""
    db.require(Permission.NETWORK_WRITE)
    signed_file = Path(signed_file)
    if not signed_file.is_file():
        raise ValidationError.coded("signed_file", "network.signatures.signed_file", signed_file_name=signed_file.name)
    report = inspect_signed_file(signed_file)
    for sig in report.signatures:
        if sig.problem:
            raise SignatureCheckError(code="network.signatures.signature_refused",
                                      params={"signer": sig.name or "firmatario sconosciuto", "problem": sig.problem})
    today = office_today()
    with db.unit_of_work() as session:
        agreement = _signing(session, agreement_uuid)
        parties = records.parties_of(session, agreement.id)
        matched: dict[int, tuple[NetworkParty, date]] = {}
        for sig in report.signatures:
            hit = next((p for p, _o, person, _m in parties
                        if signer_matches(sig, records.person_name(person), person.fiscal_code or "")), None)
            if hit is None:
                raise SignatureCheckError(code="network.signatures.signer_not_party", params={"signer": sig.name or "?",
                                          "signer_fiscal_code": sig.fiscal_code or "senza codice fiscale",
                                          "agreement_code": agreement.code})
            when = office_time(_aware(sig.signing_time)).date() if sig.signing_time else today
            matched[hit.id] = (hit, when)
        path, sha256, staged = _store(db, agreement, signed_file)
        names = []
        for party, when in matched.values():
            if party.signature_status != Sig.FIRMATO.value:  # signed already: the new file only adds others
                _sign(session, agreement, party, SignatureMethod.DIGITALE, when, path, sha256)
            names.append(next(o.name for p, o, _x, _m in parties if p.id == party.id))
        session.add(NetworkAttachment(agreement_id=agreement.id, kind="firmato_digitale",
                                      description=f"Documento firmato digitalmente ({report.format})",
                                      file_path=path, sha256=sha256, check_report=_report_text(report, names)))
        records.bring_into_force(session, agreement, today)
        session.flush()
        staged.place()
        detail = records.detail(session, agreement, today)
    _link_to_register(db, agreement_uuid, signed_file, report)
    return detail
