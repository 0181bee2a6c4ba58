"""One module per screen, grouped by area of work."""
