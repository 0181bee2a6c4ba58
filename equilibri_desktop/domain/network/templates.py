"""Editable text templates of agreements: premises and numbered articles per kind, with `{fields}` filled from
the agreement's data. An article starts with a line `## Title`; the line `{impegni}` stands for each party's
obligations and contributions, which the document lays out as a block per party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from equilibri_desktop.domain.network.codes import AgreementKind

OBLIGATIONS_MARK = "{impegni}"
FIELDS = ("codice", "titolo", "oggetto", "capofila", "parti", "decorrenza", "scadenza", "rinnovo", "preavviso",
          "cup", "comitato", "privacy")
_FIELD = re.compile(r"\{([a-z_]+)\}")

_COMMON_ARTICLES = """## Premesse
Le premesse costituiscono parte integrante e sostanziale del presente accordo.

## Oggetto e finalità
Il presente accordo ha per oggetto: {oggetto}.

## Impegni delle parti
Ciascuna parte si impegna a quanto segue, anche con il cofinanziamento indicato, in denaro o in natura.
{impegni}

## Governance
Per il coordinamento delle attività è costituito un comitato di indirizzo composto da: {comitato}. Il comitato si riunisce almeno due volte l'anno su convocazione di {capofila}.

## Durata, rinnovo e recesso
L'accordo decorre dal {decorrenza} e ha scadenza il {scadenza}; {rinnovo}. Ciascuna parte può recedere con preavviso scritto di almeno {preavviso} giorni, senza pregiudizio delle attività in corso.

## Comunicazione
Le parti indicano in ogni comunicazione il finanziamento regionale e il CUP {cup}.

## Trattamento dei dati personali
{privacy}

## Controversie
Le parti si impegnano a risolvere in via amichevole ogni controversia; in mancanza è competente il foro di Milano.

## Registrazione
Il presente accordo è soggetto a registrazione solo in caso d'uso; l'imposta di bollo è assolta secondo le norme vigenti.
"""  # noqa: E501

DEFAULT_PREMISES = {
    AgreementKind.PARTENARIATO: "la Regione Lombardia sostiene le reti territoriali per la conciliazione dei tempi "
    "di vita e di lavoro;\n{capofila} è capofila dell'Alleanza locale di conciliazione del progetto «{titolo}»;\n"
    "le parti intendono collaborare per la realizzazione delle azioni del progetto.",
    AgreementKind.RETE: "le imprese e gli enti del territorio intendono condividere servizi e buone pratiche di "
    "welfare aziendale e territoriale;\n{capofila} coordina la rete nell'ambito del progetto «{titolo}».",
    AgreementKind.PROTOCOLLO: "le parti condividono l'obiettivo di promuovere la conciliazione vita-lavoro sul "
    "territorio;\nil presente protocollo non comporta oneri finanziari diversi da quelli indicati.",
    AgreementKind.TRA_PA: "l'art. 15 della Legge 241/1990 consente alle amministrazioni pubbliche di concludere "
    "accordi per disciplinare lo svolgimento in collaborazione di attività di interesse comune;\nle parti "
    "perseguono con il presente accordo un interesse pubblico comune, senza corrispettivi ma con il solo rimborso "
    "delle spese sostenute;\nai sensi dell'art. 15 c. 2-bis l'accordo è sottoscritto con firma digitale, a pena "
    "di nullità.",
    AgreementKind.COWORKING: "le parti intendono favorire il lavoro agile e da remoto vicino a casa, con postazioni "
    "in spazi di coworking o centri satellite del territorio;\n{capofila} promuove la convenzione nell'ambito del "
    "progetto «{titolo}».",
}


_GENERIC_PREMISES = ("le parti intendono collaborare alle finalità del progetto «{titolo}»;\n{capofila} coordina le "
                     "attività previste dal presente accordo.")


def default_premises(kind: AgreementKind) -> str:
    """The built-in premises of `kind`; a kind added later starts from a generic text until the office saves its
    own version on the templates screen."""
    return DEFAULT_PREMISES.get(kind, _GENERIC_PREMISES)


@dataclass(frozen=True)
class Article:
    title: str
    body: str  # may contain OBLIGATIONS_MARK on its own line


def default_articles(kind: AgreementKind) -> str:
    return _COMMON_ARTICLES


def fill(template: str, values: dict[str, str]) -> str:
    """Replace `{field}` with its value; an unknown field stays as written so the clerk sees it in the PDF."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)) if m.group(0) != OBLIGATIONS_MARK
                      else m.group(0), template)


def unknown_fields(template: str) -> list[str]:
    return sorted({m for m in _FIELD.findall(template) if m not in FIELDS and f"{{{m}}}" != OBLIGATIONS_MARK})


def split_articles(text: str) -> list[Article]:
    """The articles of a filled template, in order."""
    articles: list[Article] = []
    title, body = None, []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith("## "):
            if title is not None:
                articles.append(Article(title, "\n".join(body).strip()))
            title, body = line[3:].strip(), []
        elif title is not None:
            body.append(line)
    if title is not None:
        articles.append(Article(title, "\n".join(body).strip()))
    return articles


def privacy_text(role: str, arrangement: str, processor_name: str = "") -> str:
    """The personal-data article by the parties' roles under the GDPR."""
    extra = f" {arrangement.strip()}" if arrangement.strip() else ""
    if role == "contitolari":
        return ("Le parti sono contitolari del trattamento dei dati personali ai sensi dell'art. 26 del Regolamento "
                "(UE) 2016/679 e definiscono con accordo interno le rispettive responsabilità, in particolare per "
                f"l'informativa e l'esercizio dei diritti degli interessati.{extra} Il contenuto essenziale "
                "dell'accordo interno è messo a disposizione degli interessati.")
    if role == "responsabile":
        who = processor_name or "Il fornitore indicato"
        return (f"{who} tratta i dati personali per conto del titolare quale responsabile del trattamento ai sensi "
                "dell'art. 28 del Regolamento (UE) 2016/679, solo su istruzione documentata del titolare e con "
                f"misure tecniche e organizzative adeguate.{extra}")
    return ("Le parti non condividono dati personali: ciascuna tratta i dati di propria competenza quale "
            f"titolare autonomo, nel rispetto del Regolamento (UE) 2016/679.{extra}")
