"""The laptop in field mode: its database is encrypted at rest, the codice fiscale is checked when given and
recognises the office's registrations without carrying them, and nothing is deleted before the office's receipt
covers every confirmed record."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.field.errors import ReceiptRefusedError, SchemaMismatchError, WrongPassphraseError
from equilibri_desktop.services.events import participants
from equilibri_desktop.services.field import capture, local_db, merge, package, returns
from equilibri_desktop.services.field.dto import Outcome
from tests.field_helpers import PASSPHRASE, field_person, make_kit, newcomer, office_event, open_laptop, register_field
from tests.registry_helpers import cf


def test_the_laptop_database_reveals_nothing_without_the_passphrase(db, tmp_path):
    event = office_event(db, registered=2)
    kit = make_kit(db, event.uuid, tmp_path)
    assert b"UfficioA" not in kit.path.read_bytes()
    laptop, info = open_laptop(kit.path, tmp_path / "portatile")
    register_field(laptop, info.event_uuid, field_person("Sconosciuta", born=date(1991, 2, 3), with_code=True))
    laptop.dispose()
    path = local_db.database_path(tmp_path / "portatile", str(info.kit_uuid))
    raw = path.read_bytes() + b"".join(p.read_bytes() for p in path.parent.glob("*-wal"))
    assert b"SQLite format 3" not in raw and b"Sconosciuta" not in raw and b"UfficioA" not in raw
    with pytest.raises(WrongPassphraseError):
        local_db.open_local(tmp_path / "portatile", str(info.kit_uuid), "un'altra frase lunga", "x")
    with pytest.raises(WrongPassphraseError):
        open_laptop_with(kit.path, tmp_path / "portatile", "un'altra frase lunga")


def open_laptop_with(kit_path, folder, passphrase):
    from equilibri_desktop.services.field import laptop

    return laptop.open_kit(kit_path, passphrase, folder)


def test_the_codice_fiscale_is_optional_but_checked_and_recognises_office_registrations(db, tmp_path):
    event = office_event(db, registered=2)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    with pytest.raises(ValidationError) as refused:
        register_field(laptop, info.event_uuid, field_person("Errata", born=date(1990, 1, 1)).__class__(
            surname="Errata", first_name="Anna", fiscal_code="RSSMRA80A01F205A"))
    assert refused.value.for_field("fiscal_code")
    decoded = register_field(laptop, info.event_uuid, field_person("Senzadata", "Anna").__class__(
        surname="Senzadata", first_name="Anna", fiscal_code=cf("Senzadata", "Anna", "F", date(1984, 7, 9))))
    assert decoded.participant.birth_date == date(1984, 7, 9)  # filled from the code
    office_code = cf("UfficioA", "Laura", "F", date(1970, 1, 10))
    again = register_field(laptop, info.event_uuid, field_person("Ufficio A", "Laura").__class__(
        surname="UfficioA", first_name="Laura", fiscal_code=office_code))
    assert again.merged and again.participant.fiscal_code == ""  # the office's code never reached the laptop
    assert len(participants.list_participants(laptop, info.event_uuid)) == 3
    laptop.dispose()


def test_the_receipt_waits_for_every_record_and_a_second_package_can_be_made(db, tmp_path):
    event = office_event(db, registered=0)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    with pytest.raises(ReceiptRefusedError, match="nessun pacchetto"):
        returns.confirm_receipt(laptop, "AAAAA-AAAAA")
    first = register_field(laptop, info.event_uuid, newcomer(0))
    path = returns.prepare_return(laptop, tmp_path / "r1.eqr", PASSPHRASE).path
    done = merge.merge_package(db, package.open_package(db, path, PASSPHRASE))
    capture.add_note(laptop, first.participant.uuid, "Arrivata dopo il primo pacchetto")
    assert returns.field_status(laptop).changed_since_package > 0
    with pytest.raises(ReceiptRefusedError, match="nuovo pacchetto"):
        returns.confirm_receipt(laptop, done.receipt_code)
    second = returns.prepare_return(laptop, tmp_path / "r2.eqr", PASSPHRASE).path
    with pytest.raises(ReceiptRefusedError, match="non corrisponde"):
        returns.confirm_receipt(laptop, done.receipt_code)  # the first package's code no longer covers it
    result = merge.merge_package(db, package.open_package(db, second, PASSPHRASE))
    assert [i.outcome for i in result.items] == [Outcome.SKIPPED, Outcome.NEW]  # the person again, the new note
    assert returns.field_status(laptop).changed_since_package == 0
    returns.forget_field_data(laptop, result.receipt_code)
    assert not list((tmp_path / "portatile" / local_db.FOLDER).iterdir())


def test_a_kit_from_another_schema_is_refused_on_the_laptop(db, tmp_path, monkeypatch):
    event = office_event(db, registered=0)
    kit = make_kit(db, event.uuid, tmp_path)
    from equilibri_desktop.services.field import laptop

    monkeypatch.setattr(laptop, "schema_revision", lambda: "9999")
    with pytest.raises(SchemaMismatchError, match="precedente"):
        laptop.open_kit(kit.path, PASSPHRASE, tmp_path / "portatile")
    assert not (tmp_path / "portatile" / local_db.FOLDER).exists()


def test_two_laptops_give_the_same_result_in_either_order(migrated_sqlite_copy, tmp_path):
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin.maintenance import prepare_database

    first_office = resolve_config(tmp_path / "ufficio1")
    migrated_sqlite_copy(first_office.database_path)
    db = prepare_database(first_office, user="operatore.test")
    event = office_event(db, registered=2)
    kit = make_kit(db, event.uuid, tmp_path)
    db.dispose()
    second_office = resolve_config(tmp_path / "ufficio2")
    second_office.data_dir.mkdir(parents=True)
    shutil.copyfile(first_office.database_path, second_office.database_path)
    packages = []
    for name, people in (("a", (0, 2, 4, 5)), ("b", (2, 4, 6, 8))):
        laptop, info = open_laptop(kit.path, tmp_path / name)
        office = participants.list_participants(laptop, info.event_uuid)[0]
        participants.record_consents(laptop, office.uuid, participants.Consents("2026.1", photos=name == "a"))
        for index in people:
            register_field(laptop, info.event_uuid, newcomer(index), photos=name == "b")
        packages.append(returns.prepare_return(laptop, tmp_path / f"{name}.eqr", PASSPHRASE).path)
        laptop.dispose()
    outcomes = []
    for config, order in ((first_office, packages), (second_office, packages[::-1])):
        office_db = prepare_database(config, user="operatore.test")
        for path in order:
            merge.merge_package(office_db, package.open_package(office_db, path, PASSPHRASE))
        outcomes.append(sorted((p.name, p.fiscal_code, p.birth_date, p.status, p.privacy_notice_version)
                               for p in participants.list_participants(office_db, event.uuid)))
        office_db.dispose()
    assert outcomes[0] == outcomes[1] and len(outcomes[0]) == 2 + 6


def test_a_presence_changed_on_the_laptop_after_a_merge_updates_the_office(db, tmp_path):
    from equilibri_desktop.services.events import attendance
    from equilibri_desktop.services.events.events import get_event

    event = office_event(db, registered=0)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    row = register_field(laptop, info.event_uuid, newcomer(0))
    session_uuid = get_event(laptop, info.event_uuid).sessions[0].uuid
    attendance.mark_attendance(laptop, session_uuid, row.participant.uuid, True)
    first = returns.prepare_return(laptop, tmp_path / "r1.eqr", PASSPHRASE).path
    merge.merge_package(db, package.open_package(db, first, PASSPHRASE))
    attendance.mark_attendance(laptop, session_uuid, row.participant.uuid, False)  # marked by mistake
    second = returns.prepare_return(laptop, tmp_path / "r2.eqr", PASSPHRASE).path
    result = merge.merge_package(db, package.open_package(db, second, PASSPHRASE))
    assert [i.outcome for i in result.items if i.kind == "presenza"] == [Outcome.UPDATED]
    office = attendance.session_attendance(db, session_uuid)
    assert [r.present for r in office] == [False]
    laptop.dispose()


def test_the_kit_carries_the_field_users_own_account_and_nothing_else(db, tmp_path):
    from equilibri_desktop.domain.access import Permission, Role
    from equilibri_desktop.domain.users import LoginError
    from equilibri_desktop.services.access import user_admin, users

    user_admin.create_user(db, "giulia.campo", "Giulia Campo", [Role.OPERATORE], password="Campo-2026-sicura!",
                           must_change_password=False)
    user_admin.create_user(db, "altro.collega", "Altro Collega", [Role.OPERATORE], password="Altra-2026-sicura!",
                           must_change_password=False)
    event = office_event(db, registered=0)
    from equilibri_desktop.services.field import kit as field_kit

    made = field_kit.make_kit(db, event.uuid, tmp_path / "kit.eqk", PASSPHRASE, field_username="giulia.campo")
    laptop, info = open_laptop(made.path, tmp_path / "portatile")
    assert info.username == "giulia.campo" and laptop.actor.can(Permission.EVENTS_WRITE)
    assert [u.username for u in users_on(laptop)] == ["giulia.campo"]
    login = users.authenticate(laptop, "giulia.campo", "Campo-2026-sicura!")
    assert login.actor.username == "giulia.campo"
    with pytest.raises(LoginError):
        users.authenticate(laptop, "altro.collega", "Altra-2026-sicura!")
    row = register_field(laptop, info.event_uuid, newcomer(1))
    path = returns.prepare_return(laptop, tmp_path / "r.eqr", PASSPHRASE).path
    merge.merge_package(db, package.open_package(db, path, PASSPHRASE))
    from sqlalchemy import select

    from equilibri_desktop.storage.models import EventParticipant

    with db.unit_of_work() as s:
        author = s.scalar(select(EventParticipant.created_by).where(EventParticipant.uuid == row.participant.uuid))
    assert author == "giulia.campo"  # the field's author, not the clerk who merged
    laptop.dispose()


def users_on(laptop):
    """The accounts of the laptop database, read by an administrator without changing who types."""
    from equilibri_desktop.domain.access import unrestricted_actor
    from equilibri_desktop.services.access import user_admin

    typing, laptop.actor = laptop.actor, unrestricted_actor("verifica")
    try:
        return user_admin.list_users(laptop)
    finally:
        laptop.actor = typing
