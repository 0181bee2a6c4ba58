"""What the services of events and training (sessions, participants, attendance, feedback) say,
under stable codes with named parameters: the interface words them in its own language
(ui/events_catalogue.py, kept equal by tests/test_service_messages.py); the services' errors keep the
Italian."""

from __future__ import annotations

EVENTS_MESSAGES: dict[str, str] = {
    "events.attendance.no_certificate": "Nessun attestato per {name}: {reason}.",
    "events.rules.session_date_missing": "Sessione {number}: manca la data.",
    "events.rules.session_times_missing": "Sessione {number}: indica l'ora di inizio e di fine.",
    "events.rules.title": "Indica il titolo dell'evento.",
    "events.rules.min_attendance_pct": "La frequenza minima è una percentuale tra 0 e 100.",
    "events.rules.surname": "Indica il cognome.",
    "events.rules.first_name": "Indica il nome.",
    "events.rules.fiscal_code": "Il codice fiscale di una persona ha 16 caratteri.",
    "events.rules.sex": "Sesso: F, M o vuoto.",
    "events.rules.participant_kind": "Scegli un valore dall'elenco.",
    "events.rules.session_ends_early": "Sessione {number}: finisce ({ends:%H:%M}) prima di cominciare "
                                       "({starts:%H:%M}).",
    "events.rules.choice_unknown": "Scegli un valore dall'elenco.",
    "events.rules.capacity": "I posti devono essere almeno 1 (lascia vuoto se illimitati).",
    "events.rules.capacity_below_registered": "Ci sono già {registered} iscritte/i: i posti non possono scendere a "
                                              "{capacity}.",
    "events.statuses.move_refused": "Una partecipante «{old_label}» non può passare a «{new_label}».",
    "events.statuses.attendance_refused": "Non si registra la presenza di un'iscrizione «{status_label}»: riattivala "
                                          "prima, se la persona è davvero presente.",
    "events.attendance.not_registered": "La persona non è iscritta all'evento di questa sessione.",
    "events.documents.participant_gone": "L'iscrizione non esiste più: forse è stata unita a un'altra.",
    "events.duplicates.same": "Scegli due iscrizioni diverse da unire.",
    "events.duplicates.other_event": "Si uniscono solo iscrizioni dello stesso evento.",
    "events.feedback.scores": "Servono {length} punteggi (vuoto se non risposto).",
    "events.feedback.score": "«{item}»: un punteggio da 1 a 5.",
    "events.participants.closed": "Le iscrizioni a questo evento sono chiuse: riaprile nella scheda dell'evento.",
    "events.participants.full": "Non ci sono posti liberi ({capacity} su {capacity}): aumenta i posti o lascia la "
                                "persona in attesa.",
    "events.records.event_gone": "L'evento non esiste più: forse è stato eliminato da un collega.",
    "events.records.session_gone": "La sessione non esiste più: forse l'evento è stato modificato da un collega.",
    "events.records.participant_gone": "L'iscrizione non esiste più: forse è stata unita a un'altra.",
    "events.records.record_gone": "Il record non esiste più.",
    "events.attendance.cancelled": "iscrizione annullata/o",
    "events.attendance.waiting": "iscrizione in attesa",
    "events.attendance.no_sessions": "l'evento non ha sessioni",
    "events.attendance.no_attendance": "nessuna presenza registrata",
    "events.attendance.below_minimum": "frequenza {percent}% ({attended} su {total}), sotto il minimo del {minimum}%",
}
