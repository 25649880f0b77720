"""The multi-user web app: filling with live scoring, reviewing, history (Django + htmx)."""
