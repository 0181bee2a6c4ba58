"""Screens of «Rete e accordi»: agreements with parties, signatures and documents, the network at a glance, the
network agent's contacts with firms and good practices, and the agreement templates with the reminders' settings."""
