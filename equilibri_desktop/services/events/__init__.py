"""Events and training: events and sessions, registrations with the waiting list and consents, attendance by
session, sign-in sheets and certificates, feedback and indicators. Reading needs EVENTS_READ, changing
EVENTS_WRITE, certificates EVENTS_CERTIFY. Every function works without any interface (field laptops call
`participants.register_participant` directly)."""
