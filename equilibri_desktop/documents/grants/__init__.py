"""Start-up grant documents: decisions, ranking annexes, letters, minutes (DTO in, PDF/A out)."""
