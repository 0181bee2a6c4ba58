"""Start-up grants screens: calls, applications, evaluation, rankings, documents, payments."""
