"""Demo data for `make run` and `init --demo`: users, people, organisations and a grant call with applications,
seeded by `seed.seed_demo`; never run on a database that holds real records."""
