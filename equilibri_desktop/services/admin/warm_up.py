"""Work done on the opening thread so the clerk's first actions do not pay for it.

SQLAlchemy configures every mapper at the first ORM query and compiles each statement shape the first time it
runs: in a fresh program the home page and the first letter typed in the people search paid 0.1-0.7 s for it on
the UI thread (issue 19, item 7). Run here in the background, they find everything compiled.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import configure_mappers

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.admin import home
from equilibri_desktop.services.admin.database import Database

log = logging.getLogger(__name__)

# One text per shape of the search box's statements (see person_queries.person_search): a letter, two letters
# (with towns), three or more (also codes and e-mails), two words, digits (phones), a fiscal code's start.
SAMPLE_TEXTS = ("r", "ro", "mel", "rossi", "rossi m", "333", "rssmra")


def before_login(db: Database) -> None:
    """Mappers and the home page's statements, while the login dialog waits for the password."""
    configure_mappers()
    home.home_summary(db, limit=1)


def after_login(db: Database) -> None:
    """The list statements of the people and organisations screens for the signed-in user (whose permissions
    shape them), each run once for one row."""
    # Imported here, after the home page is filled: the search's rules load the fiscal-code, IBAN and address
    # libraries (about 0.1 s), which the home page does not need.
    from equilibri_desktop.services.registry import search

    if not db.actor.can(Permission.REGISTRY_READ):
        return
    for text in ("", *SAMPLE_TEXTS):
        people = search.PersonFilter(text=text)
        search.search_people(db, people, search.Sort(), 0, 1)
        search.count_people(db, people, search.COUNT_LIMIT)
        organisations = search.OrganisationFilter(text=text)
        search.search_organisations(db, organisations, search.Sort(), 0, 1)
        search.count_organisations(db, organisations, search.COUNT_LIMIT)
    log.info("list statements compiled for %d search shapes", len(SAMPLE_TEXTS) + 1)
