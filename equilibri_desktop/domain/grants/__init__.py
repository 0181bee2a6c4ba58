"""Rules of the start-up grants (Action 1): calls, eligibility, scoring, ranking, payments."""
