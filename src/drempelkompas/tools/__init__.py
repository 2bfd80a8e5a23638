"""Tools for translators and the build: refresh, compile and check the translation files."""
