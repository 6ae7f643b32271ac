"""The handbook as data: loading ``content/`` into a typed model, checking it, rendering it."""

from interact_desktop.core.content.check import Report, check_handbook
from interact_desktop.core.content.handbook import Handbook, load_handbook
from interact_desktop.core.content.problems import Problem

__all__ = ["Handbook", "Problem", "Report", "check_handbook", "load_handbook"]
