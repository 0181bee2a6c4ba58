"""Entry script of the frozen build: PyInstaller needs a file, the app's entry point is a function."""

from equilibri_desktop.app import main

main()
