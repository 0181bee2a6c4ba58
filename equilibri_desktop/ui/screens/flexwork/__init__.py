"""Flexible work screens: pathways per organisation (assessment, regulation, agreements, Ministry
communications, questionnaires, documents), the coworking register and the indicators with charts."""
