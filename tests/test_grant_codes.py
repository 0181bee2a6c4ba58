import pytest

from equilibri_desktop.domain.grants import codes

# Width of the column each code is stored in (see storage/models/grant_*.py).
WIDTHS = {codes.ApplicationStatus: 30, codes.EligibilityRule: 40, codes.TrancheCondition: 30,
          codes.PaymentCheckKind: 30, codes.RankingOutcome: 30, codes.DocumentKind: 40}
ENUMS = [obj for obj in vars(codes).values()
         if isinstance(obj, type) and issubclass(obj, codes._Labelled) and obj is not codes._Labelled]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_an_italian_label_and_fits_its_column(enum):
    for member in enum:
        assert member.label and member.label[0].isupper()
        assert len(member.value) <= WIDTHS.get(enum, 20)
