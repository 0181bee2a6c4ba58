"""Command-line tools; `admin` is the administrator's `equilibri-admin`."""
