"""Drempelkompas: a barrier compass for innovation collaborations across boundaries."""

__version__ = "0.1.0"
