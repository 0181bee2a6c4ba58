"""Builders for the field-laptop tests: an office event with registrations, a kit, a laptop opened on it."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.field import capture, kit, laptop
from tests.event_helpers import make_course
from tests.registry_helpers import cf

PASSPHRASE = "mercato del sabato 2026"


def office_event(db, registered: int = 3):
    """A course with `registered` office registrations (with codice fiscale) already made."""
    from tests.event_helpers import register

    event = make_course(db, sessions=2)
    for i in range(registered):
        born = date(1970 + i, 1 + i, 10)
        register(db, event.uuid, f"Ufficio{chr(65 + i)}", "Laura", birth_date=born,
                 fiscal_code=cf(f"Ufficio{chr(65 + i)}", "Laura", "F", born))
    return event


def make_kit(db, event_uuid, folder, name: str = "kit.eqk"):
    return kit.make_kit(db, event_uuid, folder / name, PASSPHRASE)


def open_laptop(kit_path, data_dir):
    return laptop.open_kit(kit_path, PASSPHRASE, data_dir)


def field_person(surname: str, first_name: str = "Giulia", *, born: date | None = None, municipality_id=None,
                 with_code: bool = False, sex: str = "F") -> ParticipantInput:
    code = cf(surname, first_name, sex, born) if with_code and born else ""
    return ParticipantInput(surname=surname, first_name=first_name, birth_date=born, municipality_id=municipality_id,
                            fiscal_code=code, sex=sex if code else "")


def register_field(field_db, event_uuid, data: ParticipantInput, photos: bool = False):
    return capture.register_in_field(field_db, event_uuid, data,
                                     Consents(privacy_notice_version="2026.1", photos=photos))


SURNAMES = ("Abate", "Barbieri", "Bellini", "Benedetti", "Bernardi", "Bianco", "Bruno", "Caputo", "Carbone",
            "Cattaneo", "Colombo", "Conti", "Costa", "Cristiani", "De Angelis", "Donati", "Esposito", "Fabbri",
            "Farina", "Ferrara", "Fiore", "Fontana", "Galli", "Gallo", "Gatti", "Gentile", "Giordano", "Grassi",
            "Greco", "Guerra", "Leone", "Lombardi", "Longo", "Mancini", "Marchetti", "Mariani", "Martini", "Messina",
            "Monti", "Morelli", "Moretti", "Negri", "Orlando", "Palumbo", "Parisi", "Pellegrini", "Riva", "Rizzi",
            "Romano", "Ruggiero", "Sala", "Sanna", "Santoro", "Serra", "Silvestri", "Testa", "Valentini", "Villa")


def newcomer(index: int) -> ParticipantInput:
    """The index-th person new to the office met at the event (half with a codice fiscale)."""
    born = date(1960 + index % 40, 1 + index % 12, 1 + index % 27)
    return field_person(SURNAMES[index], ("Giulia", "Marco", "Sara", "Paolo")[index % 4], born=born,
                        with_code=index % 2 == 0, sex="M" if index % 4 in (1, 3) else "F")
