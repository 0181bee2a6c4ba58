"""What the services of events say, in the interface's language: the catalogue lupdate reads, worded as
domain/events/messages.py says it (tests/test_service_messages.py keeps both equal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EVENTS_TEXTS: dict[str, str] = {
    "events.attendance.no_certificate": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nessun attestato per {name}: {reason}."),
    "events.rules.session_date_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sessione {number}: manca la data."),
    "events.rules.session_times_missing": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sessione {number}: indica l'ora di inizio e di fine."),
    "events.rules.title": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il titolo dell'evento."),
    "events.rules.min_attendance_pct": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La frequenza minima è una percentuale tra 0 e 100."),
    "events.rules.surname": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il cognome."),
    "events.rules.first_name": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Indica il nome."),
    "events.rules.fiscal_code": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il codice fiscale di una persona ha 16 caratteri."),
    "events.rules.sex": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sesso: F, M o vuoto."),
    "events.rules.participant_kind": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli un valore dall'elenco."),
    "events.rules.session_ends_early": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sessione {number}: finisce ({ends:%H:%M}) prima di cominciare ({starts:%H:%M})."),
    "events.rules.choice_unknown": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli un valore dall'elenco."),
    "events.rules.capacity": QT_TRANSLATE_NOOP(
        "ServiceMessages", "I posti devono essere almeno 1 (lascia vuoto se illimitati)."),
    "events.rules.capacity_below_registered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ci sono già {registered} iscritte/i: i posti non possono scendere a {capacity}."),
    "events.statuses.move_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Una partecipante «{old_label}» non può passare a «{new_label}»."),
    "events.statuses.attendance_refused": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Non si registra la presenza di un'iscrizione «{status_label}»: riattivala prima, se la "
                           "persona è davvero presente."),
    "events.attendance.not_registered": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La persona non è iscritta all'evento di questa sessione."),
    "events.documents.participant_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'iscrizione non esiste più: forse è stata unita a un'altra."),
    "events.duplicates.same": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Scegli due iscrizioni diverse da unire."),
    "events.duplicates.other_event": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Si uniscono solo iscrizioni dello stesso evento."),
    "events.feedback.scores": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Servono {length} punteggi (vuoto se non risposto)."),
    "events.feedback.score": QT_TRANSLATE_NOOP(
        "ServiceMessages", "«{item}»: un punteggio da 1 a 5."),
    "events.participants.closed": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Le iscrizioni a questo evento sono chiuse: riaprile nella scheda dell'evento."),
    "events.participants.full": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Non ci sono posti liberi ({capacity} su {capacity}): aumenta i posti o lascia la persona "
                           "in attesa."),
    "events.records.event_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'evento non esiste più: forse è stato eliminato da un collega."),
    "events.records.session_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "La sessione non esiste più: forse l'evento è stato modificato da un collega."),
    "events.records.participant_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "L'iscrizione non esiste più: forse è stata unita a un'altra."),
    "events.records.record_gone": QT_TRANSLATE_NOOP(
        "ServiceMessages", "Il record non esiste più."),
    "events.attendance.cancelled": QT_TRANSLATE_NOOP(
        "ServiceMessages", "iscrizione annullata/o"),
    "events.attendance.waiting": QT_TRANSLATE_NOOP(
        "ServiceMessages", "iscrizione in attesa"),
    "events.attendance.no_sessions": QT_TRANSLATE_NOOP(
        "ServiceMessages", "l'evento non ha sessioni"),
    "events.attendance.no_attendance": QT_TRANSLATE_NOOP(
        "ServiceMessages", "nessuna presenza registrata"),
    "events.attendance.below_minimum": QT_TRANSLATE_NOOP(
        "ServiceMessages", "frequenza {percent}% ({attended} su {total}), sotto il minimo del {minimum}%"),
}
