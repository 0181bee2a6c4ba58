import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.organisation import OrganisationProfile, validate_profile


def test_profile_uses_the_registry_identifier_rules_and_field_names():
    wrong = OrganisationProfile(body_name="Comune di Colturano", vat_number="12345678901", pec="non-una-pec",
                                project_cup="E11H1700012", email="segreteria@comune")
    with pytest.raises(ValidationError) as caught:
        validate_profile(wrong)
    error = caught.value
    assert error.for_field("project_cup") == "Il CUP ha 15 caratteri: ne hai scritti 11."
    assert "partita IVA" in error.for_field("vat_number")
    assert "chiocciola" in error.for_field("pec") and "dopo la @" in error.for_field("email")
    assert error.for_field("cup") is None  # filed under the form's own field names


def test_profile_is_normalised_like_the_registry():
    clean = validate_profile(OrganisationProfile(body_name=" Comune ", vat_number="IT 00488410010",
                                                 fiscal_code="00488410010", pec=" Protocollo@PEC.Comune.IT ",
                                                 project_cup="e11h17000120002"))
    assert (clean.body_name, clean.vat_number, clean.pec, clean.project_cup) == (
        "Comune", "00488410010", "protocollo@pec.comune.it", "E11H17000120002")
