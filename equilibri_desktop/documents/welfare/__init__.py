"""Company welfare documents: survey report with charts, welfare plan, draft regulation, activity report."""
