"""Eventi: the events list and, per event, its form, participants, attendance, certificates, feedback and
indicators."""
