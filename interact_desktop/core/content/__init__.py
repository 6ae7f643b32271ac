"""The handbook as data: loading ``content/`` into a typed model, checking it, rendering it.

Import the modules themselves (``handbook``, ``check``, ``render``): this package imports nothing,
so start-up loads only what it uses.
"""
