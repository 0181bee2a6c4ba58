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


def test_codes_sharing_a_value_keep_their_own_label():
    # "bozza" is both a call and an application status; as strings they are equal, their labels are not.
    assert codes.CallStatus.BOZZA.label == "In preparazione" and codes.ApplicationStatus.BOZZA.label == "Bozza"
    assert codes.ApplicationStatus.IMPRESA_COSTITUITA.label == "Impresa costituita"
    assert codes.TrancheCondition.IMPRESA_COSTITUITA.label == "Dopo la costituzione dell'impresa"
    assert codes.ApplicationStatus.NON_AMMESSA.label.startswith("Non ammessa (")
    assert codes.ApplicationStatus.IMPRESA_COSTITUITA == "impresa_costituita"  # still stored as its value
