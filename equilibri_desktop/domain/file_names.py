"""Names under which files brought in by the user (attachments, receipts, signed copies) are stored.

The stored copy must be safe to open from the data folder on Windows: no device name (`CON`, `NUL.pdf`,
`com1.txt` open a device, not a file), no character Windows refuses, no bidirectional override that makes
`fattura\u202efdp.exe` read as `fatturaexe.pdf`, and no program that a double click would run.
"""

from __future__ import annotations

import re

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.text_safety import clean_text

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# Windows device names, with or without an extension, in any case (and the superscript-digit variants).
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.IGNORECASE)
# What Windows runs (or lets run) on a double click: programs, scripts, shortcuts, installers, links.
EXECUTABLE_SUFFIXES = frozenset({
    "exe", "com", "bat", "cmd", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ws", "scr", "lnk", "pif", "msi", "msp",
    "mst", "ps1", "psm1", "psd1", "hta", "cpl", "jar", "reg", "url", "scf", "inf", "application", "gadget", "msc",
    "vb", "dll", "sys", "appref-ms", "settingcontent-ms", "library-ms", "chm", "ins", "isp", "sct", "shb", "shs",
})
MAX_NAME = 120


class UnsafeFileError(DomainError):
    """The user chose a program or script: it is not a document and is never stored."""


def suffixes(name: str) -> list[str]:
    return [part.lower() for part in name.split(".")[1:]]


def is_executable(name: str) -> bool:
    """Any of the name's extensions is one Windows runs (`fattura.pdf.exe`, `leggimi.exe.pdf` alike)."""
    cleaned = clean_text(name).strip(" .")
    return any(suffix.strip(" ") in EXECUTABLE_SUFFIXES for suffix in suffixes(cleaned))


def refuse_executable(name: str) -> None:
    if is_executable(name):
        raise UnsafeFileError(code="files.executable", params={"name": clean_text(name)})


def safe_file_name(name: str, default: str = "allegato") -> str:
    """A name Windows stores and opens as an ordinary file: see the module's docstring."""
    cleaned = _FORBIDDEN.sub("_", clean_text(name)).strip(" .") or default
    stem, dot, suffix = cleaned.partition(".")
    if _RESERVED.match(stem.rstrip(" ")):
        cleaned = f"_{cleaned}"
    stem, dot, suffix = cleaned.rpartition(".")
    if dot and stem and len(suffix) <= 10:
        return f"{stem[:MAX_NAME - 11]}.{suffix}"
    return cleaned[:MAX_NAME]
