"""Checklists filled in by a practitioner: answers, their checks and their storage."""
