"""Reading the offices' spreadsheets and mapping their columns (no database, no Qt)."""
