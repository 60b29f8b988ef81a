"""Alembic migrations of the store, shipped in the package so an installed store can be upgraded.

``extractor.store`` runs them when it opens a store (``Store.__init__``) and ``extractor store migrate`` runs
them on demand; ``env.py`` takes the connection from the caller (``config.attributes["connection"]``).
"""
