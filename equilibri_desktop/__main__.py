"""`python -m equilibri_desktop` starts the desktop app."""

from equilibri_desktop.app import main

main()
