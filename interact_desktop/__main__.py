"""Allows ``python -m interact_desktop``."""

from interact_desktop.cli import main

raise SystemExit(main())
