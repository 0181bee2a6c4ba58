"""Accounts and accountability: users and their logins (users), their administration (user_admin), the
hash-chained activity log and its reports (audit, audit_reports), and the drafts a form keeps while typing."""
