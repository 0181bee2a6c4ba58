"""Deterministic fictitious organisations of the alliance (municipalities, firms, third sector) for demo data."""

from __future__ import annotations

import random
import re

from schwifty import IBAN

from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.demo import data as vocab
from equilibri_desktop.services.demo.people import Place, ascii_slug, kinds_for, landline, numeric_code

# First seven digits: firms get 0/1/2 like most real P.IVA; non-commercial bodies have a
# separate numeric CF starting with 8 (public bodies) or 9 (associations).
FIRM_DIGITS = (100_000, 2_999_999)
PUBLIC_BODY_DIGITS = (8_000_000, 8_499_999)
ASSOCIATION_DIGITS = (9_000_000, 9_799_999)
ATECO_BY_KIND = {  # typical activity codes of each kind (ATECO 2007)
    OrganisationKind.IMPRESA: ("49.41", "25.62", "43.21", "62.01", "10.71", "81.21", "56.10", "82.99"),
    OrganisationKind.COOPERATIVA: ("88.91", "88.10", "87.30", "81.21"),
    OrganisationKind.IMPRESA_SOCIALE: ("88.91", "85.10", "88.99"),
}
WOMEN_SHARE = {OrganisationKind.COOPERATIVA: 0.75, OrganisationKind.IMPRESA_SOCIALE: 0.8}
_LEGAL_SUFFIX = re.compile(r"\s+S\.[A-Za-z.]+$")  # "S.r.l.", "S.p.A." … kept out of mail addresses


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{name} ({n})"
    used.add(candidate)
    return candidate


def _short_slug(name: str, limit: int = 40) -> str:
    """Whole words only, so a mail address never ends in half a word."""
    words = ascii_slug(name, "-").split("-")
    kept = [words[0]]
    for word in words[1:]:
        if len("-".join(kept + [word])) > limit:
            break
        kept.append(word)
    return "-".join(kept)


class OrganisationFactory:
    """Builds Organisation column values one at a time, keeping names and codes unique."""

    def __init__(self, rng: random.Random, places: list[Place]):
        self.rng = rng
        self.places = places
        self.sud_est = [p for p in places if p.sud_est]
        others = [p for p in places if not p.sud_est]
        rng.shuffle(others)
        # The district's own municipalities come first: they are the core of the alliance.
        self._town_halls = self.sud_est + others
        self._next_town_hall = 0
        self.names: set[str] = set()
        self.codes: set[str] = set()

    def _place(self) -> Place:
        return self.rng.choice(self.sud_est if self.sud_est and self.rng.random() < 0.6 else self.places)

    def build(self, kind: OrganisationKind) -> dict:
        rng = self.rng
        if kind is OrganisationKind.COMUNE:
            place = self._town_halls[self._next_town_hall % len(self._town_halls)]
            rounds = self._next_town_hall // len(self._town_halls)
            self._next_town_hall += 1
            prefix = "Comune di" if rounds == 0 else "Istituto Comprensivo Statale di"
            name, form = f"{prefix} {place.name}", "Ente locale" if rounds == 0 else "Istituzione scolastica"
            address = rng.choice(vocab.TOWN_HALL_ADDRESSES) if rounds == 0 else self._street()
            employees = rng.randint(25, 320)
        else:
            for _attempt in range(30):  # prefer a fresh name over a numbered duplicate
                place = self._place()
                name, form, employees = self._private(kind, place)
                if name not in self.names:
                    break
            address = self._street()
        name = _unique(name, self.names)
        vat = numeric_code(rng, FIRM_DIGITS, self.codes)
        if kind is OrganisationKind.COMUNE:
            fiscal_code = numeric_code(rng, PUBLIC_BODY_DIGITS, self.codes)
        elif kind in (OrganisationKind.ASSOCIAZIONE, OrganisationKind.SINDACATO):
            fiscal_code = numeric_code(rng, ASSOCIATION_DIGITS, self.codes)
        else:
            fiscal_code = vat  # a company's fiscal code is its P.IVA
        domain = vocab.ORGANISATION_MAIL_DOMAIN
        if name.startswith("Comune di "):
            slug = "comune." + ascii_slug(place.name, "-")
        else:
            slug = _short_slug(_LEGAL_SUFFIX.sub("", name).replace("Cooperativa sociale", "Coop"))
        women = round(employees * min(1.0, max(0.0, rng.gauss(WOMEN_SHARE.get(kind, 0.45), 0.12))))
        codes = ATECO_BY_KIND.get(kind)
        return {
            "name": name,
            "kind": kind.value,
            "legal_form": form,
            "fiscal_code": fiscal_code,
            "vat_number": vat,
            "address": address,
            "municipality_id": place.id,
            "cap": place.cap,
            "pec": f"{slug}@pec.{domain}",
            "email": f"info@{slug}.{domain}",
            "phone": landline(rng),
            "employees": employees,
            "employees_women": women,
            "employees_men": employees - women,
            "ateco": rng.choice(codes) if codes else "",
            "iban": self._iban() if kind is not OrganisationKind.COMUNE else "",
            "notes": "",
        }

    def _iban(self) -> str:
        """A valid Italian IBAN (CIN included) on an invented account at an invented branch."""
        bank = f"0{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999):05d}"
        return str(IBAN.generate("IT", bank_code=bank, account_code=f"{self.rng.randint(1, 10**9):012d}"))

    def _street(self) -> str:
        return f"{self.rng.choice(vocab.STREETS)} {self.rng.randint(1, 90)}"

    def _private(self, kind: OrganisationKind, place: Place) -> tuple[str, str, int]:
        rng = self.rng
        if kind is OrganisationKind.IMPRESA:
            form = rng.choice(vocab.COMPANY_FORMS)
            if form in ("S.n.c.", "S.a.s.") or rng.random() < 0.3:
                name = f"{rng.choice(vocab.SURNAMES)} {rng.choice(vocab.COMPANY_TRADES)} {form}"
            else:
                name = f"{rng.choice(vocab.COMPANY_TRADES)} {rng.choice(vocab.COMPANY_PLACES)} {form}"
            # Mostly small firms: the consulting line targets SMEs.
            employees = rng.randint(2, 15) if rng.random() < 0.7 else rng.randint(16, 250)
            return name, form, employees
        if kind is OrganisationKind.COOPERATIVA:
            name = f"Cooperativa sociale {rng.choice(vocab.COOPERATIVE_NAMES)}"
            return name, "Società cooperativa sociale", rng.randint(8, 120)
        if kind is OrganisationKind.IMPRESA_SOCIALE:
            name = f"{rng.choice(vocab.SOCIAL_ENTERPRISE_NAMES)} Impresa Sociale S.r.l."
            return name, "Impresa sociale (S.r.l.)", rng.randint(3, 40)
        if kind is OrganisationKind.ASSOCIAZIONE:
            pattern, form = rng.choice(vocab.ASSOCIATION_PATTERNS)
            return pattern.format(town=place.name), form, rng.randint(0, 6)
        pattern, form = rng.choice(vocab.UNION_PATTERNS)
        return pattern.format(town=place.name), form, rng.randint(2, 25)


def organisation_rows(rng: random.Random, places: list[Place], count: int) -> list[dict]:
    factory = OrganisationFactory(rng, places)
    return [factory.build(kind) for kind in kinds_for(count)]
