"""The store: Django models of organisations, users, forms, findings and history — the only ORM code."""
