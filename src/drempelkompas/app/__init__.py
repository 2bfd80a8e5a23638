"""The desktop app's start: application object, language, opening the database, the main window."""
