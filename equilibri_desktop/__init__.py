"""Equilibri Desktop: the office tool of the "Governare gli equilibri" work-life-balance network."""

__version__ = "0.1.0"
APP_NAME = "Equilibri Desktop"
APP_ID = "EquilibriDesktop"
ORG_NAME = "Governare gli equilibri"
