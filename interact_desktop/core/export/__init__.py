"""PDF export with reportlab: the handbook, a chapter or a section, and checklists."""
