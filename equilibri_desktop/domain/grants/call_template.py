"""What a new call starts from: the example grid of the project (100 points, admission at 60) and a
50/50 tranche plan; the clerk changes whatever the call's approving act says otherwise."""

from __future__ import annotations

from decimal import Decimal

from equilibri_desktop.domain.grants.call_rules import (
    CallInput,
    CriterionInput,
    TrancheInput,
)
from equilibri_desktop.domain.grants.codes import TrancheCondition

EXAMPLE_GRID = (
    CriterionInput("C1", "Rispondenza ai bisogni di conciliazione del territorio", Decimal(25)),
    CriterionInput("C2", "Innovatività del servizio", Decimal(15)),
    CriterionInput("C3", "Sostenibilità economica", Decimal(20)),
    CriterionInput("C4", "Competenze della compagine", Decimal(15)),
    CriterionInput("C5", "Impatto sul territorio", Decimal(15)),
    CriterionInput("C6", "Priorità sociali", Decimal(10)),
)
FIFTY_FIFTY = (
    TrancheInput("Anticipo", Decimal(50), TrancheCondition.IMPRESA_COSTITUITA.value),
    TrancheInput("Saldo", Decimal(50), TrancheCondition.RENDICONTO_FINALE.value),
)


def new_call_template(cup: str = "", municipality_ids: tuple[int, ...] = ()) -> CallInput:
    return CallInput(cup=cup, min_age=18, admission_threshold=Decimal(60), criteria=EXAMPLE_GRID,
                     tranches=FIFTY_FIFTY, municipality_ids=municipality_ids)
