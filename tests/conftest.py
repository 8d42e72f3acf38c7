"""Shared fixtures: the model site of baolangson.vn over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site import ModelSite


@pytest.fixture(scope="session")
def model_site() -> Iterator[ModelSite]:
    """The model site in its first state, shared by the session: do not change its content."""
    with ModelSite() as site:
        yield site


@pytest.fixture
def fresh_model_site() -> Iterator[ModelSite]:
    """A model site of its own for a test that changes `site.content`."""
    with ModelSite() as site:
        yield site
