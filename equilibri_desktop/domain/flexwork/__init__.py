"""Flexible work in firms and public bodies: pathway stages, the aggregate assessment, the company regulation's
choices, individual agile-work agreements and their legal checks (L. 81/2017), the Ministry of Labour's
communication and its deadline, coworking spaces and placements, the monitoring questionnaires."""
