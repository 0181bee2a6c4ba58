"""`python -m equilibri_desktop` starts the desktop app."""

from equilibri_desktop.app import main

# Guarded: the document batch's worker processes import this module again and must not start a window.
if __name__ == "__main__":
    main()
