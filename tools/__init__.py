"""Development tools that are not part of the app: building the bundled app (``tools.bundle``)."""
