"""Who a person registered in the field is in the office: the keyed hash that lets a laptop recognise an
office registration without carrying the codice fiscale, and the fuzzy score of a registry candidate.

Rules (issue #16): an exact codice fiscale is the same person; otherwise name, birth date and municipality
make a *likely* match that the clerk confirms or rejects — never linked without her.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from equilibri_desktop.domain.search_keys import person_name_key

# Below this a candidate is not shown at all; at or above it she is offered to the clerk. Typing slips in
# a field form ("Marco Rosi" for "Marco Rossi") score 90–97 with token_sort_ratio; different people born the
# same day in the same municipality rarely pass 80.
LIKELY_SCORE = 85.0
MUNICIPALITY_BONUS = 5.0  # same municipality: the third leg of the rule
MUNICIPALITY_MALUS = 15.0  # two different municipalities: most likely two people


def fiscal_code_hash(key: bytes, fiscal_code: str) -> str:
    """HMAC-SHA256 under the kit's own key: the laptop can compare codes typed at the event with the office's
    registrations, but a kit holds no codice fiscale and two kits' hashes cannot be linked."""
    code = "".join(fiscal_code.split()).upper()
    return hmac.new(key, code.encode("ascii", "ignore"), hashlib.sha256).hexdigest() if code else ""


@dataclass(frozen=True)
class Candidate:
    """A registry person sharing the birth date of the field registration (one indexed lookup found her)."""

    person_uuid: object
    surname: str
    first_name: str
    birth_date: date | None
    municipality_id: int | None
    fiscal_code: str
    name_key: str = ""  # person_name_key(surname, first_name), computed once when she is read for many records

    @property
    def key(self) -> str:
        return self.name_key or person_name_key(self.surname, self.first_name)


def name_score(surname: str, first_name: str, other_surname: str, other_first: str) -> float:
    return fuzz.token_sort_ratio(person_name_key(surname, first_name), person_name_key(other_surname, other_first))


def _with_municipality(score: float, municipality_id: int | None, candidate: Candidate) -> float:
    if municipality_id is not None and candidate.municipality_id is not None:
        score += MUNICIPALITY_BONUS if municipality_id == candidate.municipality_id else -MUNICIPALITY_MALUS
    return min(score, 100.0)


def candidate_score(surname: str, first_name: str, municipality_id: int | None, candidate: Candidate) -> float:
    score = fuzz.token_sort_ratio(person_name_key(surname, first_name), candidate.key)
    return _with_municipality(score, municipality_id, candidate)


def likely_matches(surname: str, first_name: str, municipality_id: int | None,
                   candidates: list[Candidate]) -> list[tuple[Candidate, float]]:
    """The candidates worth showing, best first."""
    if not candidates:
        return []
    # One rapidfuzz pass in C over the names; the municipality can add at most the bonus, so names below
    # LIKELY_SCORE - MUNICIPALITY_BONUS can never be shown and are cut inside the pass.
    found = process.extract(person_name_key(surname, first_name), [c.key for c in candidates],
                            scorer=fuzz.token_sort_ratio, processor=None, limit=None,
                            score_cutoff=LIKELY_SCORE - MUNICIPALITY_BONUS)
    scored = [(candidates[index], _with_municipality(score, municipality_id, candidates[index]))
              for _, score, index in found]
    return sorted([(c, s) for c, s in scored if s >= LIKELY_SCORE], key=lambda pair: -pair[1])


def receipt_code(package_uuid: str, content_hash: str, office_id: str) -> str:
    """The code the office reads out after merging a package; the laptop computes the same one from the package
    it made, so a mistyped or wrong code (another package, another office) is refused before anything is deleted."""
    digest = hashlib.sha256(f"{package_uuid}|{content_hash}|{office_id}".encode()).digest()
    letters = base64.b32encode(digest).decode()[:10].replace("0", "8").replace("1", "9")
    return f"{letters[:5]}-{letters[5:]}"


def normalise_receipt(text: str) -> str:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{letters[:5]}-{letters[5:]}" if len(letters) == 10 else letters
