"""The app's logic without any Qt: content, search, forms, notebook, export.

Nothing in this package may import PySide6 (a test enforces it), so every piece runs headless,
from the command line and in tests.
"""
