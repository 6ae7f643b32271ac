"""What can go wrong with the notebook, as errors a person can act on.

They sit apart from the store so that every part of the notebook can raise them without
importing the class that assembles the parts.
"""

from __future__ import annotations


class NotebookError(Exception):
    """A problem a person can act on, with a message to show them."""


class WrongPassphrase(NotebookError):
    """The passphrase does not open the file; nothing was written."""


class NotebookLocked(NotebookError):
    """The notebook was used after it was locked."""
