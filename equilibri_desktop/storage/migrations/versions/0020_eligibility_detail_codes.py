"""Eligibility details as codes with parameters, so the interface can word them in its language; the Italian
text stays beside them for the documents. Existing lines get their code by matching the Italian text against
the templates they were written from (frozen here as they were at this revision); a text no template matches
keeps an empty code and is shown as written.

Revision ID: 0020
Revises: 0018
Create Date: 2026-12-07
"""
import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0018"
branch_labels = None
depends_on = None

# The Italian templates of domain/grants/eligibility_details.py at this revision (a migration is a snapshot).
TEMPLATES = {
    "sex_cf_female": "Sesso femminile dal codice fiscale.",
    "sex_cf_male": "Sesso maschile dal codice fiscale.",
    "sex_registry_female_no_cf": "Sesso femminile dall'anagrafica (codice fiscale assente).",
    "sex_registry_male_no_cf": "Sesso maschile dall'anagrafica (codice fiscale assente).",
    "sex_registry_female_bad_cf": "Sesso femminile dall'anagrafica (codice fiscale non valido).",
    "sex_registry_male_bad_cf": "Sesso maschile dall'anagrafica (codice fiscale non valido).",
    "sex_unknown": "Né il codice fiscale né l'anagrafica indicano il sesso della richiedente.",
    "age_no_limits": "Il bando non pone limiti di età.",
    "age_no_submission": "La domanda non ha ancora la data di presentazione, alla quale il bando misura l'età.",
    "age_no_closing": "Il bando non ha ancora una data di chiusura.",
    "age_no_birth_date": "Data di nascita mancante.",
    "age_between": "{age} anni al {day} (richiesti almeno {min_age} e non più di {max_age}).",
    "age_at_least": "{age} anni al {day} (richiesti almeno {min_age}).",
    "age_at_most": "{age} anni al {day} (richiesti non più di {max_age}).",
    "residence_no_municipalities": "Il bando non indica ancora i comuni ammessi.",
    "residence_missing": "Comune di residenza mancante.",
    "residence_allowed": "Residente in un comune ammesso.",
    "residence_allowed_in": "Residente in un comune ammesso ({municipality}).",
    "residence_not_allowed": "Residente in un comune non ammesso.",
    "residence_not_allowed_in": "Residente in un comune non ammesso ({municipality}).",
    "occupation_missing": "Condizione occupazionale non indicata.",
    "occupation_to_verify": "Condizione «{status}»: verificare se rientra tra quelle ammesse dal bando.",
    "occupation_not_allowed": "Condizione «{status}» non ammessa dal bando.",
    "occupation_allowed": "Condizione «{status}» ammessa.",
    "occupation_no_did": "Disoccupata: manca la data della DID.",
    "occupation_did_late": "DID del {day}, successiva alla chiusura del bando.",
    "occupation_did": "Disoccupata con DID del {day}.",
    "deadline_no_receipt": "Data e ora di ricezione mancanti.",
    "deadline_no_dates": "Il bando non ha ancora date di apertura e chiusura.",
    "deadline_early": "Ricevuta il {received}, prima dell'apertura ({opens}).",
    "deadline_late": "Ricevuta il {received}, dopo la chiusura ({closes}).",
    "deadline_in_time": "Ricevuta il {received}, entro la chiusura ({closes}).",
    "cofinancing_no_costs": "Il piano dei costi è vuoto.",
    "cofinancing_share": "{own}, pari al {share} dei costi (minimo {minimum}).",
    "company_individual": "Impresa individuale della richiedente.",
    "company_shares_missing": "Mancano le quote o la composizione dell'organo amministrativo.",
    "company_shares": "Donne: {quota} delle quote, {board} dell'organo amministrativo (oltre il {above}).",
    "declarations_none": "Nessuna dichiarazione registrata.",
    "declarations_all": "Rese tutte le {count} dichiarazioni.",
    "declarations_missing": "Mancano: {missing}",
}


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    text = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"^{text}$", re.DOTALL)


PATTERNS = [(code, _pattern(template)) for code, template in TEMPLATES.items()]


def coded(detail: str) -> tuple[str, dict[str, str]]:
    """(code, params) of a stored Italian detail, or ("", {}) when no template matches it."""
    for code, pattern in PATTERNS:
        found = pattern.match(detail)
        if found:
            return f"eligibility.{code}", found.groupdict()
    return "", {}


def upgrade() -> None:
    op.add_column("grant_eligibility_check",
                  sa.Column("detail_code", sa.String(60), nullable=False, server_default=""))
    op.add_column("grant_eligibility_check",
                  sa.Column("detail_params", sa.Text(), nullable=False, server_default="{}"))
    checks = sa.table("grant_eligibility_check", sa.column("id", sa.Integer), sa.column("detail", sa.String),
                      sa.column("detail_code", sa.String), sa.column("detail_params", sa.Text))
    bind = op.get_bind()
    for row_id, detail in bind.execute(sa.select(checks.c.id, checks.c.detail)).all():
        code, params = coded(detail or "")
        if code:
            bind.execute(checks.update().where(checks.c.id == row_id)
                         .values(detail_code=code, detail_params=json.dumps(params, ensure_ascii=False)))


def downgrade() -> None:
    # Dropped in place, as 0006 does: the Italian `detail` was kept all along.
    op.drop_column("grant_eligibility_check", "detail_params")
    op.drop_column("grant_eligibility_check", "detail_code")
