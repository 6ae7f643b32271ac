"""Qt widgets: thin views over core, one module per screen or panel."""
