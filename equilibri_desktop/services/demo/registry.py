"""Demo links between registry records: privacy acknowledgements, consents, protection, legal representatives."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from equilibri_desktop.domain.organisation_rules import AllianceRole
from equilibri_desktop.domain.person_kinds import ConsentKind, PrivacyChannel
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
)

NOTICE_VERSIONS = ((date(2017, 3, 1), "2017-03"), (date(2018, 5, 25), "2018-05 GDPR"), (date(2023, 1, 9), "2023-01"))
ACK_SHARE = 0.85  # the rest came from old spreadsheets: the list marks them
NEWSLETTER_SHARE = 0.3
PHOTO_SHARE = 0.1
PROTECTED_SHARE = 0.002  # benchmark volumes; the small demo gets exactly two
PROTECTION_BODIES = ("Centro antiviolenza «Donne al centro» – Melegnano", "Servizio sociale professionale – ASSEMI")
LAST_DAY = date(2025, 12, 31)  # fixed: same seed, same data in any year
CONTACT_ROLES = ("Referente conciliazione", "Responsabile del personale", "Ufficio servizi sociali", "Segreteria")


def _day(rng: random.Random, start: date) -> date:
    return start + timedelta(days=rng.randrange((LAST_DAY - start).days + 1))


def privacy_values(rng: random.Random, person_id: int) -> tuple[list[dict], list[dict]]:
    """Acknowledgement and consent column values for one person (possibly none)."""
    acks, consents = [], []
    if rng.random() < ACK_SHARE:
        since, version = rng.choice(NOTICE_VERSIONS)
        channel = rng.choices(list(PrivacyChannel), weights=(70, 20, 10))[0]
        acks.append({"person_id": person_id, "notice_version": version, "acknowledged_on": _day(rng, since),
                     "channel": channel.value})
        for kind, share in ((ConsentKind.NEWSLETTER, NEWSLETTER_SHARE), (ConsentKind.FOTO, PHOTO_SHARE)):
            if rng.random() < share:
                given = _day(rng, since)
                withdrawn = _day(rng, given) if rng.random() < 0.15 else None
                consents.append({"person_id": person_id, "kind": kind.value, "given_on": given,
                                 "withdrawn_on": withdrawn})
    return acks, consents


def protection_values(rng: random.Random) -> dict:
    return {"protected": True, "protection_body": rng.choice(PROTECTION_BODIES),
            "protection_date": _day(rng, date(2022, 1, 1))}


def bulk_privacy(session: Session, rng: random.Random, person_ids: list[int], stamps: dict) -> None:
    """Bulk rows (no flush hooks): identity and stamps filled here."""
    acks, consents = [], []
    for person_id in person_ids:
        new_acks, new_consents = privacy_values(rng, person_id)
        acks += new_acks
        consents += new_consents
    for model, rows in ((PrivacyAcknowledgement, acks), (Consent, consents)):
        if rows:
            session.execute(insert(model), [{"uuid": uuid.uuid4(), **stamps, **row} for row in rows])


def link_demo_records(session: Session, rng: random.Random, people: list[Person],
                      organisations: list[Organisation]) -> None:
    """Privacy records for the people, two protected people, representatives and contacts for the bodies."""
    for person in people:
        acks, consents = privacy_values(rng, person.id)
        session.add_all([PrivacyAcknowledgement(**a) for a in acks] + [Consent(**c) for c in consents])
    for person in rng.sample([p for p in people if p.sex == "F"], 2):
        for name, value in protection_values(rng).items():
            setattr(person, name, value)
    adults = [p for p in people if not p.protected and p.birth_date and p.birth_date.year < 1995]
    for organisation in organisations:
        if organisation.kind != OrganisationKind.COMUNE.value and rng.random() < 0.7:
            organisation.legal_representative_id = rng.choice(adults).id
        for contact in rng.sample(adults, rng.choice((0, 1, 1, 2))):
            session.add(OrganisationContact(organisation_id=organisation.id, person_id=contact.id,
                                            role=rng.choice(CONTACT_ROLES)))
        if organisation.kind == OrganisationKind.COMUNE.value and organisation.name.startswith("Comune di "):
            organisation.alliance_role = AllianceRole.PARTNER.value
            organisation.partner_since = date(2017, 3, 1)
        elif rng.random() < 0.25:
            organisation.alliance_role = AllianceRole.ADERENTE.value
            organisation.partner_since = _day(rng, date(2017, 3, 1))
