"""From an agreement's detail to the data of its PDF: template fields filled, articles split, party blocks."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.documents.network.data import (
    AgreementDocumentData,
    ArticleText,
    PartyBlock,
)
from equilibri_desktop.domain.network.codes import (
    AgreementKind,
    PartyRole,
    SignatoryCapacity,
)
from equilibri_desktop.domain.network.templates import (
    fill,
    privacy_text,
    split_articles,
)
from equilibri_desktop.services.network.dto import AgreementDetail


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def template_values(detail: AgreementDetail) -> dict[str, str]:
    committee = "; ".join(f"{m.name}" + (f" ({m.role})" if m.role else "") for m in detail.committee)
    renewal = (f"alla scadenza si rinnova tacitamente per periodi di {detail.renewal_months} mesi, salvo disdetta "
               "comunicata entro il termine di preavviso" if detail.tacit_renewal else
               "non è previsto il rinnovo tacito: un eventuale rinnovo richiede un nuovo atto")
    return {
        "codice": detail.code, "titolo": detail.title, "oggetto": detail.subject.strip().rstrip(".") or detail.title,
        "capofila": detail.lead_name or "il capofila", "parti": ", ".join(p.organisation_name for p in detail.parties),
        "decorrenza": _day(detail.in_force_from or detail.start_date), "scadenza": _day(detail.end_date),
        "rinnovo": renewal, "preavviso": str(detail.withdrawal_notice_days), "cup": detail.cup or "(non indicato)",
        "comitato": committee or "un rappresentante per ciascuna parte",
        "privacy": privacy_text(detail.privacy_role, detail.privacy_arrangement, detail.processor_name),
    }


def _block(p) -> PartyBlock:
    capacity = SignatoryCapacity(p.capacity).label.lower()
    return PartyBlock(
        PartyRole(p.role).label, p.organisation_name, p.legal_form, p.address, p.municipality, p.fiscal_code,
        p.vat_number, p.pec, p.signatory_name, p.signatory_fiscal_code, capacity, p.delegation_act, p.obligations,
        p.cash, p.in_kind_hours, p.in_kind_rate, p.in_kind_value, p.in_kind_description)


def agreement_document_data(detail: AgreementDetail, project_title: str, digital: bool, issued_on: date,
                            amendment_of: str = "") -> AgreementDocumentData:
    values = template_values(detail)
    premises = tuple(line for line in fill(detail.premises_text, values).splitlines() if line.strip())
    articles = tuple(ArticleText(a.title, a.body) for a in split_articles(fill(detail.articles_text, values)))
    return AgreementDocumentData(
        code=detail.code, kind_label=AgreementKind(detail.kind).label, title=detail.title, cup=detail.cup,
        project_title=project_title, amendment_of=amendment_of, amendment_reason=detail.amendment_reason,
        premises=premises, articles=articles, parties=tuple(_block(p) for p in detail.parties),
        digital=digital or bool(detail.digital_only_reason), issued_on=issued_on)
