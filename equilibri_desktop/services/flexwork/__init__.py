"""Flexible work in firms and public bodies: pathways and their stages, the aggregate assessment, the company
regulation, individual agile-work agreements and their documents, the Ministry of Labour's communications
(export, deadlines, receipts), coworking spaces and placements, monitoring questionnaires and indicators."""
