"""Consulenza PMI: company welfare engagements (card, meetings, survey, results, plan) and indicators."""
