"""Start-up grants (Azione 1): calls, applications and their protocol, eligibility, the commission's evaluation,
rankings, documents, payments, expenses, revocation and transparency. `*_dto` modules hold the frozen DTOs,
`*_records` build them from rows inside a session, `*_queries`/`*_search` hold the list SQL."""
