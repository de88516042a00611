"""The store fixtures (SQLite, and PostgreSQL where a server is named) for the corpus tests."""

from tests.store.conftest import make_store, store_url  # noqa: F401
