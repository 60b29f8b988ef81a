"""Paths of the repository's test data."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
