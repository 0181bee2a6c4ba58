"""The office's editable text of premises and articles per kind of agreement (the defaults of
domain/network/templates.py until the office saves its own); new drafts start from it."""

from __future__ import annotations

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.templates import FIELDS, OBLIGATIONS_MARK, split_articles, unknown_fields
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.agreement_records import template_texts
from equilibri_desktop.storage.models import NetworkTemplate


def get_template(db: Database, kind: AgreementKind) -> tuple[str, str]:
    """(premises, articles) the next draft of `kind` starts from."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        return template_texts(session, kind)


def save_template(db: Database, kind: AgreementKind, premises: str, articles: str) -> None:
    db.require(Permission.NETWORK_WRITE)
    errors = []
    for field, text in (("premises_text", premises), ("articles_text", articles)):
        unknown = unknown_fields(text)
        if unknown:
            errors.append(FieldError(field, "Campi sconosciuti: " + ", ".join(f"{{{u}}}" for u in unknown)
                                     + ". Quelli disponibili: " + ", ".join(f"{{{f}}}" for f in FIELDS) + "."))
    if not split_articles(articles):
        errors.append(FieldError("articles_text", "Ogni articolo inizia con una riga «## Titolo»."))
    elif OBLIGATIONS_MARK not in articles:
        errors.append(FieldError("articles_text", f"Manca la riga {OBLIGATIONS_MARK}: gli impegni delle parti non "
                                                  "comparirebbero nell'accordo."))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        row = session.scalar(select(NetworkTemplate).where(NetworkTemplate.kind == kind.value))
        if row is None:
            session.add(NetworkTemplate(kind=kind.value, premises_text=premises.strip(),
                                        articles_text=articles.strip()))
        else:
            row.premises_text, row.articles_text = premises.strip(), articles.strip()
