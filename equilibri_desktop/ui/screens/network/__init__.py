"""Screens of «Rete e accordi»: agreements with parties and signatures, the network at a glance, the network
agent's contacts with firms and good practices."""
