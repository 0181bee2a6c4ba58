"""Revocation of a grant, in full or in part, with the order to repay what was paid in excess."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import RevocationData
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile


def build_revocation_pdf(data: RevocationData, profile: OrganisationProfile, path: Path) -> str:
    """Revoke a grant (in full or in part) and order repayment of what was paid in excess; return SHA-256."""
    if data.partial and data.revoked_cents is None:
        raise DomainError("Indica l'importo revocato: la revoca è parziale.")
    extent = "parziale" if data.partial else "totale"
    story: list[Flowable] = [
        c.letter_heading(data.header, data.recipient),
        # An act of the organ that granted the money (a determinazione), not a letter of the procedure officer.
        c.act_title("Determinazione di revoca", data.header),
        c.subject(
            f"Avviso {c.call_title(data.call.title)} – domanda prot. n. {escape(data.application_protocol)} "
            f"(codice {escape(data.public_code)}) – revoca {extent} del contributo",
            data.header.cup or data.call.cup,
        ),
        Paragraph(
            f"Richiamata la {c.act_citation(data.decision)}, con cui è stato concesso il contributo di "
            f"{escape(c.euro_words(data.granted_cents))};",
            st.BODY,
        ),
    ]
    if data.notice_text.strip():
        story.append(Paragraph(f"vista la {escape(data.notice_text)}, con la quale è stato comunicato l'avvio del "
                               "procedimento di revoca ai sensi degli artt. 7 e 8 della L. 241/1990, assegnando un "
                               "termine per presentare memorie e controdeduzioni;", st.BODY))
        if data.counter_arguments.strip():
            story.append(Paragraph(f"esaminate le controdeduzioni presentate ({c.text(data.counter_arguments)}) e "
                                   f"ritenuto che {c.text(data.answer)};", st.BODY))
        else:
            story.append(Paragraph("preso atto che nel termine assegnato non sono pervenute controdeduzioni;",
                                   st.BODY))
    story.append(Paragraph(f"accertato che {c.text(data.reason)};", st.BODY))
    if data.legal_basis.strip():
        story.append(Paragraph(f"visti {c.text(data.legal_basis)};", st.BODY))
    story += [c.gap(1), _summary(data), c.gap(2)]
    story += c.section("DETERMINA", by=data.signatory.role or "Il Responsabile del Servizio")
    story += c.numbered(_revocation_points(data))
    story += c.officer(data.procedure_officer, "")
    appeal = Paragraph(escape(data.appeal_notice.strip() or c.APPEAL_NOTICE), st.BODY)
    story.append(c.signature(data.signatory, [appeal]))
    return c.build_grant_document(
        path, profile, data.header, story,
        title=f"Revoca {extent} del contributo – prot. {data.application_protocol}",
        subject_text=f"Revoca del contributo – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("revoca", data.call.title),
    )


def _revocation_points(data: RevocationData) -> list[str]:
    if data.partial:
        first = (
            f"la revoca parziale del contributo, che è rideterminato in {escape(c.euro_words(data.kept_cents))};"
        )
    else:
        first = "la revoca totale del contributo concesso;"
    points = [first]
    if data.amount_to_recover_cents > 0:
        deadline = f" entro il <b>{c.day(data.repayment_deadline)}</b>" if data.repayment_deadline else ""
        how = ""
        if data.payment_instructions.strip():
            how = f", con le seguenti modalità: {c.text(data.payment_instructions)}"
        if data.principal_cents is not None:
            until = f" al {c.day(data.interest_until)}" if data.interest_until else ""
            points.append(
                f"la restituzione della somma di <b>{escape(c.euro_words(data.amount_to_recover_cents))}</b>, "
                f"pari a {escape(c.euro(data.principal_cents))} di capitale e {escape(c.euro(data.interest_cents))} "
                f"di interessi legali calcolati{until} (art. 1284 c.c.), oltre agli interessi che matureranno fino "
                f"all'effettivo rimborso{deadline}{how};"
            )
        else:
            points.append(
                f"la restituzione della somma di <b>{escape(c.euro_words(data.amount_to_recover_cents))}</b>, "
                f"maggiorata degli interessi legali dalla data di erogazione{deadline}{how};"
            )
        points.append("che, in mancanza di restituzione nel termine, si proceda al recupero coattivo delle somme.")
    else:
        points.append("che, non essendo state erogate somme eccedenti, non vi è alcun importo da restituire.")
    return points


def _summary(data: RevocationData) -> Flowable:
    rows = [
        ("Contributo concesso", escape(c.euro(data.granted_cents))),
        ("Somme già erogate", escape(c.euro(data.paid_cents))),
        ("Contributo revocato", escape(c.euro(data.revoked_total_cents))),
    ]
    if data.principal_cents is not None:
        rows += [("Capitale da restituire", escape(c.euro(data.principal_cents))),
                 ("Interessi legali", escape(c.euro(data.interest_cents)))]
        rows += [("– periodo", escape(line)) for line in data.interest_lines]
    rows.append(("Importo da restituire", f"<b>{escape(c.euro(data.amount_to_recover_cents))}</b>"))
    return c.key_values(rows, label_share=0.6)
