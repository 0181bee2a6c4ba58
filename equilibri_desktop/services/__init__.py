"""Use cases: each function owns its transaction and returns plain frozen DTOs."""
