"""Which status an application may move to from the one it is in, and what a move requires."""

from __future__ import annotations

from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S

# After the award the applicant may renounce and the office may revoke, until the file is closed.
AWARDED = frozenset({S.FINANZIATA, S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA})
FINAL = frozenset({S.NON_AMMISSIBILE, S.NON_AMMESSA, S.CHIUSA, S.REVOCATA, S.RINUNCIATA})

_NEXT: dict[S, frozenset[S]] = {
    S.BOZZA: frozenset({S.PRESENTATA}),
    S.PRESENTATA: frozenset({S.IN_ISTRUTTORIA}),
    S.IN_ISTRUTTORIA: frozenset({S.INTEGRAZIONE_RICHIESTA, S.PREAVVISO_RIGETTO, S.AMMISSIBILE}),
    S.INTEGRAZIONE_RICHIESTA: frozenset({S.IN_ISTRUTTORIA, S.PREAVVISO_RIGETTO}),
    # Exclusion only after the reasons were notified and the time to reply has run (L. 241/1990 art. 10-bis).
    S.PREAVVISO_RIGETTO: frozenset({S.NON_AMMISSIBILE, S.AMMISSIBILE, S.IN_ISTRUTTORIA}),
    S.AMMISSIBILE: frozenset({S.VALUTATA, S.PREAVVISO_RIGETTO}),
    S.VALUTATA: frozenset({S.IN_GRADUATORIA, S.NON_AMMESSA, S.FINANZIATA, S.AMMESSA_NON_FINANZIATA,
                           S.AMMISSIBILE}),
    S.IN_GRADUATORIA: frozenset({S.FINANZIATA, S.AMMESSA_NON_FINANZIATA, S.NON_AMMESSA, S.VALUTATA}),
    S.AMMESSA_NON_FINANZIATA: frozenset({S.FINANZIATA}),  # scorrimento
    S.FINANZIATA: frozenset({S.IMPRESA_COSTITUITA}),
    S.IMPRESA_COSTITUITA: frozenset({S.IN_EROGAZIONE}),
    S.IN_EROGAZIONE: frozenset({S.RENDICONTATA, S.CHIUSA}),
    S.RENDICONTATA: frozenset({S.IN_EROGAZIONE, S.CHIUSA}),
}
# A withdrawal is possible at any time once the application was received.
_RENOUNCEABLE = frozenset(_NEXT) - {S.BOZZA}
# Steps that change the applicant's position: the file must say why.
NEEDS_REASON = frozenset({S.INTEGRAZIONE_RICHIESTA, S.PREAVVISO_RIGETTO, S.NON_AMMISSIBILE, S.REVOCATA,
                          S.RINUNCIATA})


def allowed_next(current: S) -> frozenset[S]:
    moves = set(_NEXT.get(current, frozenset()))
    if current in _RENOUNCEABLE:
        moves.add(S.RINUNCIATA)
    if current in AWARDED:
        moves.add(S.REVOCATA)
    return frozenset(moves)


def check_transition(current: S | str, target: S | str, reason: str = "") -> None:
    """Refuse a move the procedure does not allow, or one that needs a reason without it."""
    current, target = S(current), S(target)
    if target not in allowed_next(current):
        raise DomainError(f"Una domanda «{current.label}» non può passare a «{target.label}».")
    if target in NEEDS_REASON and not reason.strip():
        raise ValidationError.single("reason", f"Scrivi il motivo del passaggio a «{target.label}».")
