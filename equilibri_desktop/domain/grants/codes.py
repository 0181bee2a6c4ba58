"""The codes stored for start-up grants, with the Italian labels screens and documents show.

Stored values are the enum values: they never change once written (labels may).
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[type(self)][self]


class CallStatus(_Labelled):
    BOZZA = "bozza"  # being prepared: everything may change
    APERTO = "aperto"  # published: applications are received
    IN_VALUTAZIONE = "in_valutazione"  # closed to applications, checks and scoring under way
    CONCLUSO = "concluso"  # final ranking approved


class TieBreak(_Labelled):
    PROTOCOLLO = "protocollo"  # earlier protocol date-time first
    PIU_GIOVANE = "piu_giovane"  # younger applicant first


class LastGrantRule(_Labelled):
    PARZIALE = "parziale"  # the last application gets what is left of the budget
    NESSUNO = "nessuno"  # an application that cannot be funded in full is not funded


class ServiceKind(_Labelled):
    NIDO = "nido"
    DOPOSCUOLA = "doposcuola"
    ANZIANI = "anziani"
    SALVATEMPO = "salvatempo"
    ALTRO = "altro"


class ApplicantKind(_Labelled):
    SINGOLA = "singola"  # one woman, sole trader to be
    SOCIETA = "societa"  # a company or co-operative to be, with co-applicants


class ApplicationStatus(_Labelled):
    BOZZA = "bozza"
    PRESENTATA = "presentata"
    IN_ISTRUTTORIA = "in_istruttoria"
    INTEGRAZIONE_RICHIESTA = "integrazione_richiesta"
    PREAVVISO_RIGETTO = "preavviso_rigetto"  # reasons notified, the applicant may reply (L. 241/1990 art. 10-bis)
    AMMISSIBILE = "ammissibile"
    NON_AMMISSIBILE = "non_ammissibile"
    VALUTATA = "valutata"
    IN_GRADUATORIA = "in_graduatoria"
    FINANZIATA = "finanziata"
    AMMESSA_NON_FINANZIATA = "ammessa_non_finanziata"
    NON_AMMESSA = "non_ammessa"  # scored below the admission threshold
    IMPRESA_COSTITUITA = "impresa_costituita"
    IN_EROGAZIONE = "in_erogazione"
    RENDICONTATA = "rendicontata"
    CHIUSA = "chiusa"
    REVOCATA = "revocata"
    RINUNCIATA = "rinunciata"


class EligibilityRule(_Labelled):
    SESSO = "sesso"
    ETA = "eta"
    RESIDENZA = "residenza"
    CONDIZIONE_OCCUPAZIONALE = "condizione_occupazionale"
    TERMINE = "termine"
    COFINANZIAMENTO = "cofinanziamento"
    COMPAGINE_FEMMINILE = "compagine_femminile"
    DICHIARAZIONI = "dichiarazioni"


class CheckOutcome(_Labelled):
    OK = "ok"
    KO = "ko"
    NON_VERIFICABILE = "nd"  # data missing: the officer must look


class RankingKind(_Labelled):
    PROVVISORIA = "provvisoria"
    DEFINITIVA = "definitiva"
    SCORRIMENTO = "scorrimento"


class RankingOutcome(_Labelled):
    FINANZIATA = "finanziata"
    FINANZIATA_PARZIALMENTE = "finanziata_parz"
    AMMESSA_NON_FINANZIATA = "ammessa_non_fin"
    NON_AMMESSA = "non_ammessa"  # below the threshold
    RINUNCIATA = "rinunciata"
    REVOCATA = "revocata"


class TrancheCondition(_Labelled):
    IMPRESA_COSTITUITA = "impresa_costituita"
    RENDICONTO_FINALE = "rendiconto_finale"


class TrancheStatus(_Labelled):
    DA_PAGARE = "da_pagare"
    LIQUIDATA = "liquidata"
    PAGATA = "pagata"
    ANNULLATA = "annullata"


class PaymentCheckKind(_Labelled):
    DURC = "durc"
    INADEMPIENZE = "inadempienze"  # tax-arrears check, payments over € 5.000
    DE_MINIMIS = "de_minimis"
    RNA = "rna"  # registration in the national state-aid register
    PUBBLICAZIONE = "pubblicazione"  # D.Lgs. 33/2013 art. 26, before payment when > € 1.000 a year


class RecoveryStatus(_Labelled):
    DA_AVVIARE = "da_avviare"
    IN_CORSO = "in_corso"
    RECUPERATO = "recuperato"
    NON_RECUPERABILE = "non_recuperabile"


class DocumentKind(_Labelled):
    DETERMINAZIONE = "determinazione"
    ALLEGATO_A = "allegato_a"
    ALLEGATO_B = "allegato_b"
    ESCLUSIONE = "esclusione"  # notice of reasons before exclusion / exclusion letter
    CONCESSIONE = "concessione"  # grant communication to the beneficiary
    REVOCA = "revoca"
    VERBALE = "verbale"  # scoring minutes of the commission
    VERBALE_RISERVATO = "verbale_riservato"  # the minutes' restricted annex (criteria revealing vulnerability)
    INFORMATIVA = "informativa"  # privacy notice to applicants (art. 13 GDPR)
    SOCCORSO_ISTRUTTORIO = "soccorso_istruttorio"  # request for missing documents (art. 6 L. 241/1990)
    AVVIO_REVOCA = "avvio_revoca"  # notice opening a revocation (artt. 7-8 L. 241/1990)
    ACCETTAZIONE = "accettazione"  # the beneficiary's acceptance form
    LIQUIDAZIONE = "liquidazione"  # payment act of one tranche
    NOMINA_COMMISSIONE = "nomina_commissione"  # act appointing the commission
    GRADUATORIA_PROVVISORIA = "graduatoria_provvisoria"  # act approving the provisional ranking


# Per kind: codes of different kinds share values ("bozza" is a call and an application status), and
# as plain strings they would collapse into one key.
_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    CallStatus: {
        CallStatus.BOZZA: "In preparazione",
        CallStatus.APERTO: "Aperto",
        CallStatus.IN_VALUTAZIONE: "In valutazione",
        CallStatus.CONCLUSO: "Concluso",
    },
    TieBreak: {
        TieBreak.PROTOCOLLO: "Precedenza di protocollo",
        TieBreak.PIU_GIOVANE: "Richiedente più giovane",
    },
    LastGrantRule: {
        LastGrantRule.PARZIALE: "Finanzia l'ultima domanda con il residuo",
        LastGrantRule.NESSUNO: "Non finanziare domande coperte solo in parte",
    },
    ServiceKind: {
        ServiceKind.NIDO: "Servizi per la prima infanzia",
        ServiceKind.DOPOSCUOLA: "Pre e post scuola, doposcuola",
        ServiceKind.ANZIANI: "Assistenza ad anziani e persone fragili",
        ServiceKind.SALVATEMPO: "Servizi salvatempo",
        ServiceKind.ALTRO: "Altro servizio di conciliazione",
    },
    ApplicantKind: {
        ApplicantKind.SINGOLA: "Impresa individuale",
        ApplicantKind.SOCIETA: "Società o cooperativa",
    },
    ApplicationStatus: {
        ApplicationStatus.BOZZA: "Bozza",
        ApplicationStatus.PRESENTATA: "Presentata",
        ApplicationStatus.IN_ISTRUTTORIA: "In istruttoria",
        ApplicationStatus.INTEGRAZIONE_RICHIESTA: "Integrazione richiesta",
        ApplicationStatus.PREAVVISO_RIGETTO: "Preavviso di rigetto",
        ApplicationStatus.AMMISSIBILE: "Ammissibile",
        ApplicationStatus.NON_AMMISSIBILE: "Non ammissibile",
        ApplicationStatus.VALUTATA: "Valutata",
        ApplicationStatus.IN_GRADUATORIA: "In graduatoria",
        ApplicationStatus.FINANZIATA: "Finanziata",
        ApplicationStatus.AMMESSA_NON_FINANZIATA: "Ammessa non finanziata",
        ApplicationStatus.NON_AMMESSA: "Non ammessa (sotto soglia)",
        ApplicationStatus.IMPRESA_COSTITUITA: "Impresa costituita",
        ApplicationStatus.IN_EROGAZIONE: "In erogazione",
        ApplicationStatus.RENDICONTATA: "Rendicontata",
        ApplicationStatus.CHIUSA: "Chiusa",
        ApplicationStatus.REVOCATA: "Revocata",
        ApplicationStatus.RINUNCIATA: "Rinunciata",
    },
    EligibilityRule: {
        EligibilityRule.SESSO: "Richiedente donna",
        EligibilityRule.ETA: "Età alla scadenza del bando",
        EligibilityRule.RESIDENZA: "Residenza in un comune ammesso",
        EligibilityRule.CONDIZIONE_OCCUPAZIONALE: "Condizione occupazionale",
        EligibilityRule.TERMINE: "Domanda presentata nei termini",
        EligibilityRule.COFINANZIAMENTO: "Cofinanziamento minimo",
        EligibilityRule.COMPAGINE_FEMMINILE: "Compagine a prevalenza femminile",
        EligibilityRule.DICHIARAZIONI: "Dichiarazioni sostitutive rese",
    },
    CheckOutcome: {
        CheckOutcome.OK: "Soddisfatto",
        CheckOutcome.KO: "Non soddisfatto",
        CheckOutcome.NON_VERIFICABILE: "Da verificare",
    },
    RankingKind: {
        RankingKind.PROVVISORIA: "Graduatoria provvisoria",
        RankingKind.DEFINITIVA: "Graduatoria definitiva",
        RankingKind.SCORRIMENTO: "Scorrimento della graduatoria",
    },
    RankingOutcome: {
        RankingOutcome.FINANZIATA: "Finanziata",
        RankingOutcome.FINANZIATA_PARZIALMENTE: "Finanziata in parte",
        RankingOutcome.AMMESSA_NON_FINANZIATA: "Ammessa non finanziata",
        RankingOutcome.NON_AMMESSA: "Non ammessa",
        RankingOutcome.RINUNCIATA: "Rinunciata",
        RankingOutcome.REVOCATA: "Revocata",
    },
    TrancheCondition: {
        TrancheCondition.IMPRESA_COSTITUITA: "Dopo la costituzione dell'impresa",
        TrancheCondition.RENDICONTO_FINALE: "Dopo il rendiconto finale delle spese",
    },
    TrancheStatus: {
        TrancheStatus.DA_PAGARE: "Da pagare",
        TrancheStatus.LIQUIDATA: "Liquidata",
        TrancheStatus.PAGATA: "Pagata",
        TrancheStatus.ANNULLATA: "Annullata",
    },
    PaymentCheckKind: {
        PaymentCheckKind.DURC: "DURC regolare (valido 120 giorni)",
        PaymentCheckKind.INADEMPIENZE: "Verifica inadempienze (pagamenti oltre € 5.000)",
        PaymentCheckKind.DE_MINIMIS: "Capienza de minimis",
        PaymentCheckKind.RNA: "Registrazione nel Registro nazionale aiuti",
        PaymentCheckKind.PUBBLICAZIONE: "Pubblicazione in Amministrazione trasparente",
    },
    RecoveryStatus: {
        RecoveryStatus.DA_AVVIARE: "Da avviare",
        RecoveryStatus.IN_CORSO: "In corso",
        RecoveryStatus.RECUPERATO: "Recuperato",
        RecoveryStatus.NON_RECUPERABILE: "Non recuperabile",
    },
    DocumentKind: {
        DocumentKind.DETERMINAZIONE: "Determinazione di concessione",
        DocumentKind.ALLEGATO_A: "Allegato A - graduatoria pubblicabile",
        DocumentKind.ALLEGATO_B: "Allegato B - graduatoria riservata",
        DocumentKind.ESCLUSIONE: "Comunicazione dei motivi ostativi / esclusione",
        DocumentKind.CONCESSIONE: "Comunicazione di concessione",
        DocumentKind.REVOCA: "Provvedimento di revoca",
        DocumentKind.VERBALE: "Verbale della commissione di valutazione",
        DocumentKind.VERBALE_RISERVATO: "Allegato riservato al verbale della commissione",
        DocumentKind.INFORMATIVA: "Informativa privacy alle richiedenti",
        DocumentKind.SOCCORSO_ISTRUTTORIO: "Richiesta di integrazione (soccorso istruttorio)",
        DocumentKind.AVVIO_REVOCA: "Comunicazione di avvio del procedimento di revoca",
        DocumentKind.ACCETTAZIONE: "Modulo di accettazione del contributo",
        DocumentKind.LIQUIDAZIONE: "Atto di liquidazione",
        DocumentKind.NOMINA_COMMISSIONE: "Nomina della commissione di valutazione",
        DocumentKind.GRADUATORIA_PROVVISORIA: "Approvazione della graduatoria provvisoria",
    },
}
