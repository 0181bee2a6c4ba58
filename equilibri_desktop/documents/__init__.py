"""PDF documents of the office (ReportLab, PDF/A-2b): plain data in, archival file and its hash out.

No Qt and no database here: services pass DTOs and an `OrganisationProfile`.
"""
