"""What the agreement document needs, already filled in by the service: no database here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class PartyBlock:
    role_label: str
    name: str
    legal_form: str
    address: str
    municipality: str
    fiscal_code: str
    vat_number: str
    pec: str
    signatory_name: str
    signatory_fiscal_code: str
    capacity_label: str  # "legale rappresentante" / "delegato"
    delegation_act: str
    obligations: str  # one obligation per line
    cash: Decimal
    in_kind_hours: Decimal
    in_kind_rate: Decimal
    in_kind_value: Decimal
    in_kind_description: str


@dataclass(frozen=True)
class ArticleText:
    title: str
    body: str  # paragraphs separated by newlines; the line "{impegni}" stands for the parties' obligations


@dataclass(frozen=True)
class AgreementDocumentData:
    code: str
    kind_label: str
    title: str
    cup: str
    project_title: str
    amendment_of: str  # code of the amended version, "" for an original
    amendment_reason: str
    premises: tuple[str, ...]
    articles: tuple[ArticleText, ...]
    parties: tuple[PartyBlock, ...]
    digital: bool  # True: "documento firmato digitalmente" instead of place, date and a line to sign on
    issued_on: date
