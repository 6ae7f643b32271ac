"""Table-top exercises run from the scenarios: timed injects, decisions, a debrief.

Everything here is fictional training data, kept in its own folder and never in the case notebook.
"""
