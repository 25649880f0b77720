"""The JSON API (``/api/v1/``): the same operations as the pages, for budget systems."""
