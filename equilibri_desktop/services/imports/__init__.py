"""Imports of people and organisations from old spreadsheets: reading and matching (engine, fill), one module per
kind of record (people, organisations), the outcome of each row (outcomes) and the report (report)."""
