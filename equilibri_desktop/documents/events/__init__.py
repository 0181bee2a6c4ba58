"""Event documents: the sign-in sheet of a session and the attendance certificate (DTO in, PDF/A out)."""
