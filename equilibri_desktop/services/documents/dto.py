"""What the document register hands to screens: one generated document, its number and its files."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.events.codes import EventDocumentKind
from equilibri_desktop.domain.grants.codes import DocumentKind

# Who may read and who may generate the documents of each kind of record.
RECORD_PERMISSIONS: dict[str, tuple[Permission, Permission]] = {
    "grant_call": (Permission.GRANTS_READ, Permission.GRANTS_DECIDE),
    "grant_ranking": (Permission.GRANTS_READ, Permission.GRANTS_DECIDE),
    "grant_application": (Permission.GRANTS_READ, Permission.GRANTS_DECIDE),
    "network_agreement": (Permission.NETWORK_READ, Permission.NETWORK_WRITE),
    "event_session": (Permission.EVENTS_READ, Permission.EVENTS_WRITE),
    "event_participant": (Permission.EVENTS_READ, Permission.EVENTS_CERTIFY),
    "welfare_engagement": (Permission.WELFARE_READ, Permission.WELFARE_WRITE),
    "flexwork_pathway": (Permission.FLEXWORK_READ, Permission.FLEXWORK_WRITE),
    "flexwork_agreement": (Permission.FLEXWORK_AGREEMENTS, Permission.FLEXWORK_AGREEMENTS),
}
# Labels of document kinds of other areas than grants (DocumentKind holds the grants' ones).
OTHER_KIND_LABELS = {"accordo_rete": "Accordo di rete / partenariato"}
DEFAULT_PERMISSIONS = (Permission.REGISTRY_READ, Permission.REGISTRY_WRITE)


def read_permission(record_type: str) -> Permission:
    return RECORD_PERMISSIONS.get(record_type, DEFAULT_PERMISSIONS)[0]


def write_permission(record_type: str) -> Permission:
    return RECORD_PERMISSIONS.get(record_type, DEFAULT_PERMISSIONS)[1]


def kind_label(kind: str) -> str:
    from equilibri_desktop.domain.flexwork.documents import FlexworkDocumentKind
    from equilibri_desktop.domain.welfare.documents import WelfareDocumentKind

    for kinds in (DocumentKind, EventDocumentKind, WelfareDocumentKind, FlexworkDocumentKind):
        try:
            return kinds(kind).label
        except ValueError:  # a kind of a newer version, or of another area
            continue
    return OTHER_KIND_LABELS.get(kind, kind)


@dataclass(frozen=True)
class DocumentNumber:
    """The number a document is given before it is drawn: builders print it in the heading."""

    kind: str
    year: int
    number: int
    issued_on: date

    @property
    def label(self) -> str:
        return f"{self.number}/{self.year}"


@dataclass(frozen=True)
class DocumentRef:
    uuid: uuid.UUID
    kind: str
    kind_label: str
    year: int
    number: int
    issued_on: date
    title: str
    record_type: str
    record_uuid: uuid.UUID
    file_path: str  # relative to the data folder
    sha256: str
    size_bytes: int
    created_by: str
    created_at: datetime
    signed_copy_path: str
    signed_copy_sha256: str

    @property
    def number_label(self) -> str:
        return f"{self.number}/{self.year}"

    @property
    def has_signed_copy(self) -> bool:
        return bool(self.signed_copy_path)

    @property
    def file_name(self) -> str:
        return self.file_path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class DocumentFilter:
    kind: str | None = None
    year: int | None = None
    record_type: str | None = None
    text: str = ""  # part of the title, or a number like "12" or "12/2026"


class DocumentFileError(DomainError):
    """The stored file is missing or differs from what was registered: never opened silently."""

    def __init__(self, message: str, ref: DocumentRef, problem: str):
        super().__init__(message)
        self.ref = ref
        self.problem = problem  # "missing" or "changed"
