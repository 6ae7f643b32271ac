"""Full-text search of the handbook (Whoosh), and the text analysis the notebook's search shares."""
