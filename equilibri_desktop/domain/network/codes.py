"""Codes of the network: kinds of agreement, party roles, statuses, signature states, contacts with firms."""

from __future__ import annotations

from enum import StrEnum


class AgreementKind(StrEnum):
    PARTENARIATO = "partenariato"
    RETE = "rete"
    PROTOCOLLO = "protocollo"
    TRA_PA = "tra_pa"  # art. 15 L. 241/1990
    COWORKING = "coworking"  # seats in a coworking space or satellite centre for the district's workers

    @property
    def label(self) -> str:
        return {
            AgreementKind.PARTENARIATO: "Accordo di partenariato",
            AgreementKind.RETE: "Accordo di rete / di collaborazione",
            AgreementKind.PROTOCOLLO: "Protocollo d'intesa",
            AgreementKind.TRA_PA: "Accordo tra pubbliche amministrazioni (art. 15 L. 241/1990)",
            AgreementKind.COWORKING: "Convenzione con spazio di coworking o centro satellite",
        }[self]

    @property
    def code_prefix(self) -> str:
        return {AgreementKind.PARTENARIATO: "AP", AgreementKind.RETE: "AR", AgreementKind.PROTOCOLLO: "PI",
                AgreementKind.TRA_PA: "PA", AgreementKind.COWORKING: "CW"}[self]


class PartyRole(StrEnum):
    CAPOFILA = "capofila"
    PARTNER = "partner"
    ADERENTE = "aderente"
    SOSTENITORE = "sostenitore"

    @property
    def label(self) -> str:
        return {PartyRole.CAPOFILA: "Capofila", PartyRole.PARTNER: "Partner", PartyRole.ADERENTE: "Aderente",
                PartyRole.SOSTENITORE: "Sostenitore"}[self]


class SignatoryCapacity(StrEnum):
    LEGALE_RAPPRESENTANTE = "legale_rappresentante"
    DELEGATO = "delegato"

    @property
    def label(self) -> str:
        return {SignatoryCapacity.LEGALE_RAPPRESENTANTE: "Legale rappresentante",
                SignatoryCapacity.DELEGATO: "Delegato"}[self]


class AgreementStatus(StrEnum):
    BOZZA = "bozza"
    IN_FIRMA = "in_firma"
    IN_VIGORE = "in_vigore"
    SCADUTO = "scaduto"
    RINNOVATO = "rinnovato"
    RECEDUTO = "receduto"
    SOSTITUITO = "sostituito"  # an amendment in force replaced this version

    @property
    def label(self) -> str:
        return {
            AgreementStatus.BOZZA: "Bozza", AgreementStatus.IN_FIRMA: "In firma",
            AgreementStatus.IN_VIGORE: "In vigore", AgreementStatus.SCADUTO: "Scaduto",
            AgreementStatus.RINNOVATO: "Rinnovato", AgreementStatus.RECEDUTO: "Receduto",
            AgreementStatus.SOSTITUITO: "Sostituito da modifica",
        }[self]


class SignatureStatus(StrEnum):
    DA_INVIARE = "da_inviare"
    INVIATO = "inviato"
    FIRMATO = "firmato"
    RIFIUTATO = "rifiutato"

    @property
    def label(self) -> str:
        return {SignatureStatus.DA_INVIARE: "Da inviare", SignatureStatus.INVIATO: "Inviato",
                SignatureStatus.FIRMATO: "Firmato", SignatureStatus.RIFIUTATO: "Rifiutato"}[self]


class SignatureMethod(StrEnum):
    CARTA = "carta"
    DIGITALE = "digitale"

    @property
    def label(self) -> str:
        return {SignatureMethod.CARTA: "Firma autografa (scansione)",
                SignatureMethod.DIGITALE: "Firma digitale"}[self]


class PrivacyRole(StrEnum):
    NESSUNO = "nessuno"
    CONTITOLARI = "contitolari"  # GDPR art. 26
    RESPONSABILE = "responsabile"  # GDPR art. 28

    @property
    def label(self) -> str:
        return {PrivacyRole.NESSUNO: "Nessun trattamento condiviso",
                PrivacyRole.CONTITOLARI: "Contitolari del trattamento (art. 26 GDPR)",
                PrivacyRole.RESPONSABILE: "Responsabile del trattamento (art. 28 GDPR)"}[self]


class ContactKind(StrEnum):
    PRIMO_CONTATTO = "primo_contatto"
    VISITA = "visita"
    TELEFONATA = "telefonata"
    INCONTRO = "incontro"
    EVENTO = "evento"

    @property
    def label(self) -> str:
        return {ContactKind.PRIMO_CONTATTO: "Primo contatto", ContactKind.VISITA: "Visita",
                ContactKind.TELEFONATA: "Telefonata", ContactKind.INCONTRO: "Incontro",
                ContactKind.EVENTO: "Evento"}[self]


class ContactTopic(StrEnum):
    WELFARE = "welfare"
    LAVORO_FLESSIBILE = "lavoro_flessibile"
    SERVIZI_CONCILIAZIONE = "servizi_conciliazione"
    FORMAZIONE = "formazione"
    ACCORDO = "accordo"

    @property
    def label(self) -> str:
        return {ContactTopic.WELFARE: "Welfare aziendale", ContactTopic.LAVORO_FLESSIBILE: "Lavoro flessibile",
                ContactTopic.SERVIZI_CONCILIAZIONE: "Servizi di conciliazione",
                ContactTopic.FORMAZIONE: "Formazione", ContactTopic.ACCORDO: "Accordo"}[self]
