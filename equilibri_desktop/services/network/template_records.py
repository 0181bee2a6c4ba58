"""Templates inside a session: the newest version of a kind's text (else the built-in one), giving it to an
agreement while remembering the version, and how an agreement's text came about."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.templates import default_articles, default_premises
from equilibri_desktop.storage.models import NetworkAgreement, NetworkTemplateVersion


def newest_template(session: Session, kind: AgreementKind) -> NetworkTemplateVersion | None:
    return session.scalar(select(NetworkTemplateVersion).where(NetworkTemplateVersion.kind == kind.value)
                          .order_by(NetworkTemplateVersion.number.desc()).limit(1))


def template_texts(session: Session, kind: AgreementKind) -> tuple[str, str]:
    """(premises, articles) of the newest version of the office's template, else the built-in text."""
    stored = newest_template(session, kind)
    if stored is not None:
        return stored.premises_text, stored.articles_text
    return default_premises(kind), default_articles(kind)


def use_newest_template(session: Session, agreement: NetworkAgreement) -> None:
    """Give the agreement the text of the newest template of its kind, and remember which version it was."""
    stored = newest_template(session, AgreementKind(agreement.kind))
    agreement.premises_text, agreement.articles_text = template_texts(session, AgreementKind(agreement.kind))
    agreement.template_version_id = stored.id if stored is not None else None


def template_facts(session: Session, agreement: NetworkAgreement) -> tuple[str, bool]:
    """How the agreement's text came about, and whether its kind's template has a newer version since."""
    newest = newest_template(session, AgreementKind(agreement.kind))
    if agreement.template_version_id is None:
        return "testo predefinito", newest is not None
    used = session.get(NetworkTemplateVersion, agreement.template_version_id)
    return (f"modello versione {used.number} del {used.saved_on:%d/%m/%Y}",
            newest is not None and newest.number > used.number)
