"""INTERACT Desktop: offline guidance for professionals who protect children in migration."""

__version__ = "0.1.0"
