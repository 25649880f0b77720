"""The store: Django models of organisations, users, forms, findings, history; the only ORM code."""
