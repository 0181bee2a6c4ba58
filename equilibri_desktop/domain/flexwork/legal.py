"""The figures of the law on agile work, as dated entries with their source (looked up with `in_force`)."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.domain.welfare.dated import Dated, in_force

# Art. 19 c. 2 L. 81/2017: an open-ended agreement is withdrawn with at least 30 days' notice.
WITHDRAWAL_NOTICE_DAYS = (
    Dated(date(2017, 6, 14), 30, "art. 19 c. 2 L. 81/2017"),
)
# Same comma: the employer's notice to a disabled worker (art. 1 L. 68/1999) is at least 90 days.
WITHDRAWAL_NOTICE_DISABLED_EMPLOYER_DAYS = (
    Dated(date(2017, 6, 14), 90, "art. 19 c. 2 L. 81/2017 (lavoratori disabili, art. 1 L. 68/1999)"),
)
# Daily rest of 11 consecutive hours (D.Lgs. 66/2003 art. 7), which the disconnection band must respect
# (art. 19 c. 1 L. 81/2017; Protocollo nazionale sul lavoro agile 7/12/2021, art. 3).
DAILY_REST_HOURS = (
    Dated(date(2003, 4, 29), 11, "art. 7 D.Lgs. 66/2003; art. 3 Protocollo nazionale 7/12/2021"),
)
# Days to notify the Ministry of Labour from the start, change or end of the agile period.
COMMUNICATION_DAYS = (
    Dated(date(2022, 9, 1), 5, "art. 23 c. 1 L. 81/2017 (DL 73/2022 art. 41-bis); DM 149/2022"),
    Dated(date(2025, 1, 12), 5, "art. 23 c. 1 L. 81/2017 come modificato dall'art. 14 L. 203/2024"),
)
# Public employers notify by the 20th of the month after (art. 14 L. 203/2024, for public administrations).
PUBLIC_COMMUNICATION_DAY_OF_NEXT_MONTH = (
    Dated(date(2025, 1, 12), 20, "art. 14 L. 203/2024 (pubbliche amministrazioni: entro il 20 del mese successivo)"),
)
# The employer keeps the agreement for 5 years from signature (DM 149/2022): the office may set longer.
RETENTION_YEARS = (
    Dated(date(2022, 9, 1), 5, "DM 149/2022"),
)
# Priority to agile work requests (art. 18 c. 3-bis L. 81/2017, added by D.Lgs. 105/2022).
PRIORITY_CHILD_AGE = (
    Dated(date(2022, 8, 13), 12, "art. 18 c. 3-bis L. 81/2017 (D.Lgs. 105/2022)"),
)


def figure(table: tuple[Dated[int], ...], on: date) -> int:
    return in_force(table, on).value


def source(table: tuple[Dated[int], ...], on: date) -> str:
    return in_force(table, on).source
