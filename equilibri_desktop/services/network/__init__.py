"""The network line of work: agreements with their parties, signatures (paper and digital, checked), amendments
and lifecycle (moved on by the office date: lifecycle.py); templates kept as versions; annexes; the network per
organisation and municipality, and an organisation's whole history (history.py); the network agent's contacts
with firms and good practices; the home page's reminders and their settings. Each function owns its transaction
and checks the NETWORK_* permissions."""
