"""Normalised keys stored beside names and phones, and how a search box's text becomes prefixes of those keys.

Keys hold only lower-case letters, digits and single spaces, so a prefix search is a plain range scan of an
index on every database ("de luca" and "DELUCA" both become "deluca"; "Nicolò" becomes "nicolo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from equilibri_desktop.domain.names import name_similarity_key

MAX_TOKENS = 4  # "surname first" splits grow with the words typed; nobody types more names than this
SEARCH_TEXT_MAX = 200  # characters of a search box: more is a paste by mistake (the box also stops there)
_PHONE_TEXT = re.compile(r"\+?[\d\s./()-]+")
_CODE_TEXT = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=16384)  # names repeat: a bulk merge or import keys the same surnames thousands of times
def word_key(text: str | None) -> str:
    """Accents, case, spaces and marks dropped: "D'Angelo" → 'dangelo', 'De Luca' → 'deluca'."""
    return name_similarity_key(text, None).partition("|")[0]


def person_name_key(surname: str | None, first_name: str | None) -> str:
    """'surname first': equal for two spellings of the same name (the duplicate rule uses it too)."""
    return f"{word_key(surname)} {word_key(first_name)}"


def person_name_key_reversed(surname: str | None, first_name: str | None) -> str:
    return f"{word_key(first_name)} {word_key(surname)}"


def organisation_name_key(name: str | None) -> str:
    """Each word keyed on its own, spaces kept: 'Coop. L'Aquilone S.r.l.' → 'coop laquilone srl'."""
    return " ".join(key for key in (word_key(word) for word in (name or "").split()) if key)


@lru_cache(maxsize=1_024)  # an import keys each row's phone several times (search column, duplicates)
def phone_key(phone: str | None) -> str:
    """Digits only, without the Italian +39 / 0039 prefix, so '+39 333 1234567' is found by '333 12'."""
    text = (phone or "").strip()
    digits = "".join(c for c in text if c.isdigit() and c.isascii())
    if text.startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0")
        return digits[2:] if digits.startswith("39") else digits
    # Without a '+': 39 followed by a mobile (3…) or landline (0…) number is the country code.
    if len(digits) >= 11 and digits.startswith("39") and digits[2] in "03":
        return digits[2:]
    return digits


@dataclass(frozen=True)
class SearchTerms:
    """What a search box's text may mean; every non-empty part is one indexed prefix to try."""

    name_prefixes: tuple[str, ...] = ()  # prefixes of the 'surname first' key
    reversed_prefixes: tuple[str, ...] = ()  # prefixes of the 'first surname' key
    words: tuple[str, ...] = ()  # keyed words, for names matched anywhere (organisations, places)
    code_prefix: str = ""  # codice fiscale or partita IVA, upper case
    email_prefix: str = ""
    phone_prefix: str = ""


def bounded_search_text(text: str | None) -> str:
    """What is searched of `text`: at most SEARCH_TEXT_MAX characters, white space collapsed. A pasted page
    of text would otherwise become a LIKE pattern the database refuses ("LIKE pattern too complex")."""
    return " ".join((text or "")[:SEARCH_TEXT_MAX].split())


def analyse_search_text(text: str | None) -> SearchTerms | None:
    """None when the text holds nothing to search for."""
    raw = bounded_search_text(text)
    if not raw:
        return None
    words = tuple(key for key in (word_key(w) for w in raw.split(" ")[:MAX_TOKENS]) if key)
    name_prefixes: list[str] = []
    reversed_prefixes: list[str] = []
    if words:
        # Every split of the words into 'surname' + 'first name' (compound names typed with spaces).
        name_prefixes.append("".join(words))
        reversed_prefixes.append("".join(words))
        for cut in range(1, len(words)):
            head, tail = "".join(words[:cut]), "".join(words[cut:])
            name_prefixes.append(f"{head} {tail}")
            reversed_prefixes.append(f"{head} {tail}")
    single = " " not in raw
    code = raw.upper() if single and len(raw) >= 3 and _CODE_TEXT.fullmatch(raw) else ""
    email = raw.lower() if single and len(raw) >= 3 else ""
    phone = ""
    if _PHONE_TEXT.fullmatch(raw):
        digits = phone_key(raw)
        phone = digits if len(digits) >= 3 else ""
    return SearchTerms(tuple(dict.fromkeys(name_prefixes)), tuple(dict.fromkeys(reversed_prefixes)),
                       words, code, email, phone)
