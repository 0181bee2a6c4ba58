"""The Qt user interface: screens, dialogs, widgets, table models. The only home of PySide6."""
