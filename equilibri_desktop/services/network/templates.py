"""The office's editable text of premises and articles per kind of agreement, kept as numbered versions (the
built-in text of domain/network/templates.py is version 0). New drafts start from the newest version and
remember it; an agreement keeps its own copy of the text, so a later version never changes what was printed.
A preview fills a text with an example agreement before it is saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.templates import (
    FIELDS,
    OBLIGATIONS_MARK,
    default_articles,
    default_premises,
    split_articles,
    unknown_fields,
)
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.template_records import newest_template, template_texts
from equilibri_desktop.storage.models import NetworkAgreement, NetworkTemplateVersion


@dataclass(frozen=True)
class TemplateVersionRow:
    uuid: uuid.UUID | None  # None for the built-in text
    kind: str
    number: int  # 0 = the built-in text
    saved_on: date | None
    saved_by: str
    note: str
    premises_text: str
    articles_text: str
    used_by: int  # agreements drafted from this version


@dataclass(frozen=True)
class TemplatePreview:
    premises: tuple[str, ...]
    articles: tuple[tuple[str, str], ...]  # (title, body) in order; the body's party blocks are summarised


def get_template(db: Database, kind: AgreementKind) -> tuple[str, str]:
    """(premises, articles) the next draft of `kind` starts from."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        return template_texts(session, kind)


def check_template(premises: str, articles: str) -> None:
    """Unknown `{fields}`, articles without a «## Title» line, or no place for the parties' obligations."""
    errors = []
    for field, text in (("premises_text", premises), ("articles_text", articles)):
        unknown = unknown_fields(text)
        if unknown:
            errors.append(FieldError.coded(field, "network.templates.unknown_fields",
                                           unknown=", ".join(f"{{{u}}}" for u in unknown),
                                           available=", ".join(f"{{{f}}}" for f in FIELDS)))
    if not premises.strip():
        errors.append(FieldError.coded("premises_text", "network.templates.premises_text"))
    if not split_articles(articles):
        errors.append(FieldError.coded("articles_text", "network.templates.articles_text"))
    elif OBLIGATIONS_MARK not in articles:
        errors.append(FieldError.coded("articles_text", "network.templates.obligations_missing",
                                       marker=OBLIGATIONS_MARK))
    if errors:
        raise ValidationError(errors)


def save_template(db: Database, kind: AgreementKind, premises: str, articles: str, note: str = "") -> int:
    """Save the text as the kind's next version; returns its number. Drafts already made keep their text."""
    db.require(Permission.NETWORK_WRITE)
    check_template(premises, articles)
    premises, articles = premises.strip(), articles.strip()
    with db.unit_of_work() as session:
        if (premises, articles) == tuple(t.strip() for t in template_texts(session, kind)):
            raise ValidationError.coded("articles_text", "network.templates.unchanged")
        newest = newest_template(session, kind)
        number = (newest.number if newest else 0) + 1
        session.add(NetworkTemplateVersion(kind=kind.value, number=number, premises_text=premises,
                                           articles_text=articles, note=note.strip()[:300], saved_on=office_today()))
        return number


def list_template_versions(db: Database, kind: AgreementKind) -> tuple[TemplateVersionRow, ...]:
    """Every version of the kind's template, newest first, ending with the built-in text (number 0)."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        used = dict(session.execute(
            select(NetworkAgreement.template_version_id, func.count(NetworkAgreement.id))
            .where(NetworkAgreement.kind == kind.value).group_by(NetworkAgreement.template_version_id)).all())
        rows = [TemplateVersionRow(v.uuid, v.kind, v.number, v.saved_on, v.created_by, v.note, v.premises_text,
                                   v.articles_text, used.get(v.id, 0))
                for v in session.scalars(select(NetworkTemplateVersion).where(NetworkTemplateVersion.kind == kind.value)
                                         .order_by(NetworkTemplateVersion.number.desc()))]
    rows.append(TemplateVersionRow(None, kind.value, 0, None, "", "Testo predefinito del programma",
                                   default_premises(kind), default_articles(kind), used.get(None, 0)))
    return tuple(rows)


def _example(kind: AgreementKind, premises: str, articles: str, today: date):
    from dataclasses import replace

    from equilibri_desktop.services.network.specimens import example_agreement

    return replace(example_agreement(kind, 3 if kind != AgreementKind.TRA_PA else 2, today),
                   premises_text=premises, articles_text=articles)


def preview_template(db: Database, kind: AgreementKind, premises: str, articles: str) -> TemplatePreview:
    """The text filled with an example agreement, as its PDF will read (the parties' blocks summarised)."""
    from equilibri_desktop.services.network.document_data import agreement_document_data

    db.require(Permission.NETWORK_READ)
    today = office_today()
    data = agreement_document_data(_example(kind, premises, articles, today), "Progetto di esempio", False, today)
    return TemplatePreview(data.premises, tuple((a.title, a.body) for a in data.articles))


def render_template_preview(db: Database, kind: AgreementKind, premises: str, articles: str, path: Path) -> Path:
    """The PDF an example agreement would print with this text (nothing registered: it is not a document)."""
    from equilibri_desktop.documents.network.agreement import build_agreement_pdf
    from equilibri_desktop.services.network.document_data import agreement_document_data

    db.require(Permission.NETWORK_READ)
    check_template(premises, articles)
    today = office_today()
    profile = office_profile.load_profile(db).normalised()
    data = agreement_document_data(_example(kind, premises, articles, today),
                                   profile.project_title or "Progetto di esempio", False, today)
    build_agreement_pdf(data, profile, Path(path))
    return Path(path)
