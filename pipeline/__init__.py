"""Deductive qualitative coding pipeline: ingest -> gloss -> code -> review -> aggregate -> export."""

__version__ = "0.1.0"
