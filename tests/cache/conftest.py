import pytest
from django.test import Client

from home.models import HomePage, StandardPage


@pytest.fixture
def page(db):
    """A public page of its own under the English home page, published."""
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title="Harbour walks", slug="harbour-walks", summary="Walks")
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def anonymous():
    """A reader with no cookie at all, made anew for each visit."""

    def get(url, method="get"):
        return getattr(Client(), method)(url)

    return get
