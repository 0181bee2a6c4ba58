"""The network line of work: agreements with their parties, signatures (paper and digital, checked), amendments
and lifecycle; the network per organisation and municipality; the network agent's contacts with firms and good
practices; the home page's reminders. Each function owns its transaction and checks the NETWORK_* permissions."""
