"""The 4% withholding of a tranche from the application's cost plan (capital goods are outside the base) and
the firm (a non-commercial body is exempt): the session side of domain/grants/withholding.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.withholding import (
    CostShare,
    Withholding,
    capital_goods_share,
    withholding_on,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCostItem,
    GrantFirm,
    GrantTranche,
)


def tranche_withholding(session: Session, application: GrantApplication, gross_cents: int,
                        on: date | None = None) -> Withholding:
    items = session.scalars(select(GrantCostItem).where(GrantCostItem.application_id == application.id)).all()
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    return withholding_from(items, firm, gross_cents, on)


def withholding_from(items: Sequence[GrantCostItem], firm: GrantFirm | None, gross_cents: int,
                     on: date | None = None) -> Withholding:
    """`tranche_withholding` from the application's cost items and firm already read (a batch reads them at once)."""
    share = capital_goods_share(CostShare(i.amount_cents, i.capital_good, i.eligible) for i in items)
    return withholding_on(gross_cents, on or office_today(), share, bool(firm and firm.non_commercial))


def apply_withholding(tranche: GrantTranche, withholding: Withholding) -> None:
    tranche.gross_cents = withholding.gross_cents
    tranche.withholding_cents = withholding.withholding_cents
    tranche.withholding_base_cents = withholding.base_cents
