"""Casing of people's and places' names as Italian registries write them, and keys to spot duplicates."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’‘`´ʼ′]")
_SEPARATORS = re.compile(r"([-'])")
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
# "D' Angelo" typed with a space after the elision belongs together; "Nicolo' Rossi" does not.
_ELISION_SPACE = re.compile(r"\b(D|L|Dell|Dall|Nell|Sull|All|Sant|Degl)'\s+")

# ISTAT spells prepositions and conjunctions inside place names in lower case ("Reggio nell'Emilia",
# "San Giovanni in Persiceto", "Borgo a Mozzano"); python-codicefiscale's data capitalises every word.
# Articles are left alone: ISTAT itself writes both "Santa Maria la Fossa" and "San Giorgio La Molara".
_PLACE_PARTICLES = frozenset(
    """a ad al all allo alla ai agli alle con d da dal dall dallo dalla dai dagli dalle de' dei
    degli del dell della delle dello di e ed en in l nel nell nella nello nei negli nelle
    sul sull sulla sullo sui sugli sulle""".split()
)
_ACCENTED = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
# Names repeat: a 20,000-row import holds a few thousand surnames and first names. The pure functions below
# are memoised (bounded) so each spelling is cased and keyed once, not once per row.
_NAME_CACHE = 16_384


def collapse_spaces(text: str) -> str:
    """Trim and reduce every run of white space (including non-breaking spaces) to one space."""
    return " ".join(text.split())


def _normalise_apostrophes(text: str) -> str:
    return _APOSTROPHES.sub("'", text)


def _capitalise(part: str) -> str:
    return part[:1].upper() + part[1:].lower()


def _is_deliberately_mixed(word: str) -> bool:
    """'McDonald' or 'DeLuca' were typed with care: leave them; 'mARIA' or 'ROSSI' were not."""
    letters = [c for c in word if c.isalpha()]
    return (
        bool(letters)
        and letters[0].isupper()
        and any(c.islower() for c in letters)
        and any(c.isupper() for c in letters[1:])
    )


def _case_word(word: str) -> str:
    if _is_deliberately_mixed(word):
        return word
    return "".join(_capitalise(part) for part in _SEPARATORS.split(word))


@lru_cache(maxsize=_NAME_CACHE)
def proper_case_name(text: str | None) -> str:
    """'DE LUCA  maria rosa' → 'De Luca Maria Rosa'; "d’angelo" → "D'Angelo".

    Particles keep their capital (De, Di, Dell', Lo, La) as the registry offices write surnames.
    """
    if not text:
        return ""
    words = collapse_spaces(_normalise_apostrophes(text)).split(" ")
    cased = " ".join(_case_word(word) for word in words if word)
    return _ELISION_SPACE.sub(r"\1'", cased)


def _accent_final_apostrophe(word: str) -> str:
    """Old registries write "CITTA'" for 'Città' and "PERU'" for 'Perù'."""
    if word.endswith("'") and len(word) >= 3 and word[-2].lower() in _ACCENTED:
        if word.lower() not in _PLACE_PARTICLES:  # "de'" is an elided "dei", not an accent
            accented = _ACCENTED[word[-2].lower()]
            return word[:-2] + (accented.upper() if word[-2].isupper() else accented)
    return word


def _case_place_segment(segment: str, first: bool) -> str:
    """One hyphen-free chunk of a place name, e.g. "dell'emilia" or "san"."""
    core = segment.rstrip("'")
    if "'" in core:
        head, tail = core.split("'", 1)
        head = head.lower() if not first and head.lower() in _PLACE_PARTICLES else _capitalise(head)
        return f"{head}'{_capitalise(tail)}{segment[len(core):]}"
    if not first and segment.lower() in _PLACE_PARTICLES:
        return segment.lower()
    return _capitalise(segment)


def proper_case_place_name(text: str | None) -> str:
    """Place names as ISTAT writes them: "REGGIO NELL'EMILIA" → "Reggio nell'Emilia"."""
    if not text:
        return ""
    words = collapse_spaces(_normalise_apostrophes(text)).split(" ")
    out: list[str] = []
    for index, word in enumerate(words):
        chunks = word.split("-")
        cased = [
            _case_place_segment(chunk, first=index == 0 and position == 0)
            for position, chunk in enumerate(chunks)
        ]
        out.append(_accent_final_apostrophe("-".join(cased)))
    return " ".join(out)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=_NAME_CACHE)
def _key_part(text: str | None) -> str:
    if not text:
        return ""
    # A trailing apostrophe stands for an accent ("Nicolo'" = "Nicolò"): both become "nicolo".
    plain = strip_accents(_normalise_apostrophes(text)).casefold()
    return _NOT_LETTER_OR_DIGIT.sub("", plain)


def name_similarity_key(surname: str | None, first_name: str | None) -> str:
    """Key equal for 'De Luca, Nicolò' and "DELUCA nicolo'": accents, case, spaces and marks ignored."""
    return f"{_key_part(surname)}|{_key_part(first_name)}"
