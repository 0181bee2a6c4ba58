"""Entry script of the frozen build: PyInstaller needs a file, the app's entry point is a function."""

import multiprocessing

from equilibri_desktop.app import main

if __name__ == "__main__":
    # A worker process of the document batch starts this same executable: it must run the worker, not the app.
    multiprocessing.freeze_support()
    main()
