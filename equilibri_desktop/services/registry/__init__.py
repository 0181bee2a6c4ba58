"""The registry (anagrafiche) of people and organisations: saving (people, organisations), reading (records,
*_records), searching and exporting (search, *_queries, export), duplicates and merges, privacy notices and
consents, and the reference municipalities."""
