"""Agreement templates as numbered versions: a saved text is the next drafts' start, an agreement keeps the text
and the version it was drafted from (so its print can be reproduced), a draft may take the newest text on
request; bad templates are refused next to the field; the preview fills an example; migration 0017 keeps the
office's text of 0011 as version 1 and gives it back on the way down."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import text

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.templates import DEFAULT_PREMISES, default_articles
from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.network import agreements, documents, templates
from equilibri_desktop.storage import migrate
from tests.network_helpers import agreement_input, make_body

KIND = AgreementKind.PARTENARIATO
NEW_ARTICLES = default_articles(KIND).replace("## Controversie", "## Clausola di riservatezza\nLe parti mantengono "
                                              "riservate le informazioni del progetto «{titolo}».\n\n## Controversie")


@pytest.fixture
def clock():
    with use_clock(FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))):
        yield


def test_versions_and_agreements_that_keep_theirs(db, clock, tmp_path):
    bodies = [make_body(db, i) for i in range(2)]
    before = agreements.create_agreement(db, agreement_input(bodies))
    assert before.template_label == "testo predefinito" and not before.template_outdated
    assert templates.save_template(db, KIND, DEFAULT_PREMISES[KIND], NEW_ARTICLES, "Clausola di riservatezza") == 1
    after = agreements.create_agreement(db, agreement_input(bodies))
    assert "## Clausola di riservatezza" in after.articles_text
    assert after.template_label == "modello versione 1 del 02/03/2026"
    # The draft made before keeps its text: printing it again gives the same articles.
    kept = agreements.get_agreement(db, before.uuid)
    assert "riservatezza" not in kept.articles_text and kept.template_outdated
    versions = templates.list_template_versions(db, KIND)
    assert [(v.number, v.used_by, v.note) for v in versions] == [
        (1, 1, "Clausola di riservatezza"), (0, 1, "Testo predefinito del programma")]
    assert versions[0].saved_by == "operatore.test" and versions[0].saved_on == date(2026, 3, 2)
    # On request a draft takes the newest text; once sent for signature it cannot.
    updated = agreements.use_current_template(db, kept.uuid, kept.version)
    assert "riservatezza" in updated.articles_text and not updated.template_outdated
    sent = agreements.send_for_signature(db, updated.uuid, updated.version)
    templates.save_template(db, KIND, DEFAULT_PREMISES[KIND], NEW_ARTICLES + "\nUltima riga.")
    with pytest.raises(DomainError):
        agreements.use_current_template(db, sent.uuid, sent.version)
    assert agreements.get_agreement(db, sent.uuid).template_label.startswith("modello versione 1")
    pdf = documents.generate_agreement_document(db, sent.uuid)
    assert pdf.title.startswith("Accordo ")


def test_bad_templates_are_refused_next_to_the_field(db, clock):
    with pytest.raises(ValidationError) as err:
        templates.save_template(db, KIND, "premessa {capofilla}", "## Oggetto\nnessun impegno")
    assert "{capofilla}" in err.value.for_field("premises_text")
    assert "{impegni}" in err.value.for_field("articles_text")
    with pytest.raises(ValidationError) as err:
        templates.save_template(db, KIND, DEFAULT_PREMISES[KIND], "senza titoli {impegni}")
    assert "## Titolo" in err.value.for_field("articles_text")
    with pytest.raises(ValidationError) as err:
        templates.save_template(db, KIND, DEFAULT_PREMISES[KIND], default_articles(KIND))
    assert "nessuna nuova versione" in err.value.for_field("articles_text")
    assert templates.list_template_versions(db, KIND)[0].number == 0


def test_preview_fills_an_example_and_renders_a_pdf(db, clock, tmp_path):
    preview = templates.preview_template(db, KIND, DEFAULT_PREMISES[KIND], NEW_ARTICLES)
    titles = [title for title, _body in preview.articles]
    assert "Clausola di riservatezza" in titles and titles[0] == "Premesse"
    body = dict(preview.articles)["Clausola di riservatezza"]
    assert "«Alleanza locale di conciliazione Sud Est Milano»" in body and "{titolo}" not in body
    assert any("capofila" in line for line in preview.premises)
    pdf = templates.render_template_preview(db, KIND, DEFAULT_PREMISES[KIND], NEW_ARTICLES, tmp_path / "p.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def _downgrade(db, revision: str) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_migration_keeps_the_offices_text(config, clock):
    db = prepare_database(config)
    try:
        templates.save_template(db, KIND, "Prima premessa di {capofila}.", NEW_ARTICLES)
        _downgrade(db, "0013")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT premises_text FROM network_template")).scalar() == \
                "Prima premessa di {capofila}."
        migrate.upgrade(db.engine)
        versions = templates.list_template_versions(db, KIND)
        assert [(v.number, v.premises_text) for v in versions][0] == (1, "Prima premessa di {capofila}.")
    finally:
        db.dispose()
