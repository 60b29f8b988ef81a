"""Evaluation: gold files, scoring, run files, comparison and HTML reports."""
