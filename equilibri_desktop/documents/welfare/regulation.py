"""A draft company welfare regulation from a template, filled with the plan: a starting text for the firm
and the unions to discuss, never a finished act."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.welfare import common as c
from equilibri_desktop.documents.welfare.data import PlanData
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Bozza di regolamento di welfare aziendale"
BULLET = st.make_style("welfare_bullet", parent=st.BODY_LEFT, leftIndent=12, spaceAfter=2)
DRAFT_NOTE = ("BOZZA da discutere con l'impresa e, dove presenti, con le rappresentanze sindacali: va adattata e "
              "approvata prima dell'uso.")


def _articles(data: PlanData) -> list[tuple[str, str]]:
    firm = escape(data.header.firm_name)
    binding = ("Il presente regolamento vincola l'impresa per tutto il periodo di validità e non può essere "
               "revocato unilateralmente prima della scadenza: le somme sono quindi interamente deducibili come "
               "costo del lavoro (art. 95 TUIR).")
    return [
        ("Oggetto", (f"Il regolamento disciplina il piano di welfare aziendale di {firm} per l'anno {data.year}, "
                    "offerto alla generalità dei dipendenti o a categorie omogenee di essi, ai sensi degli "
                    "artt. 51 e 100 del TUIR (D.P.R. 917/1986).")),
        ("Destinatari", ("Sono destinatari i lavoratori dipendenti in forza nel periodo di validità, a tempo "
                        "indeterminato e determinato, a tempo pieno e parziale, secondo le categorie indicate "
                        "nell'allegato.")),
        ("Misure", "Il piano comprende le misure seguenti; importi e condizioni sono riportati nel piano allegato."),
        ("Modalità di fruizione", ("Le misure sono fruite come beni e servizi o come rimborso di spese "
                                  "documentate dove la legge lo consente; non sono convertibili in denaro.")),
        ("Limiti fiscali", ("Le misure soggette a soglia (fringe benefit, buoni pasto, fondi) rispettano i limiti "
                           f"in vigore per il {data.year}; l'impresa informa i lavoratori del superamento.")),
        ("Durata e natura", binding),
        ("Informazione e privacy", ("I dati necessari sono trattati per la sola gestione del piano (GDPR art. 6 "
                                   "par. 1 lett. b e c); l'informativa è consegnata a ogni lavoratore.")),
        ("Rinvio", ("Per quanto non previsto si applicano la legge e il contratto collettivo "
                   f"{escape(data.header.collective_agreement) or 'applicato'}.")),
    ]


def build_regulation_pdf(data: PlanData, profile: OrganisationProfile, path: Path) -> str:
    story: list[Flowable] = [*c.title_block(KIND, data.header), Paragraph(DRAFT_NOTE, st.NOTE)]
    closing: list[Flowable] = []
    for number, (title, text) in enumerate(_articles(data), 1):
        closing = [c.heading(f"Art. {number} – {title}"), Paragraph(text, st.BODY)]
        if title == "Misure":
            closing += [Paragraph(f"• {escape(m.label)} – {escape(m.category)}", BULLET) for m in data.measures]
        story += closing
    del story[-len(closing):]  # the last article goes with the signature, on its page
    story.append(st.signature_block("Per l'impresa", "Il legale rappresentante", digitally_signed=False,
                                    keep_with=closing))
    return c.build(path, profile, story, f"{KIND} {data.year} – {data.header.firm_name}")
