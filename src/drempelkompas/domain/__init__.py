"""The method and its rules in plain Python: no Qt, no SQL."""
