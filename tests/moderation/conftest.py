"""Threads written by members of the test's own organisations, the
exchange's page and clients signed in as them."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from exchange import moderation, posting
from exchange.models import ExchangePage, Sensitivity
from network.factories import MembershipFactory


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def exchange_page(db):
    """The English exchange page (the demo places one; a test database
    without it gets one)."""
    page = ExchangePage.objects.filter(locale__language_code="en").first()
    if page is None:
        from home.models import HomePage
        from tests.helpers import publish

        home = HomePage.objects.get(locale__language_code="en")
        page = ExchangePage(title="Exchange", slug="exchange")
        home.add_child(instance=page)
        publish(page)
    return page


@pytest.fixture
def members(db):
    """Five members, each of their own organisation."""
    return [MembershipFactory().user for _number in range(5)]


@pytest.fixture
def editor(db):
    return get_user_model().objects.get(username="editor")


@pytest.fixture
def thread(exchange_page, members):
    """A thread by the first member with replies by the second and third."""
    author, second, third = members[:3]
    thread = posting.create_thread(
        author,
        title="Working with families after a referral",
        body="How do your cities work with families after a referral?",
        language="en",
        sensitivity=Sensitivity.MEMBERS,
    )
    posting.reply(second, thread, body="We meet the family within a week: zanzibarcanary.")
    posting.reply(third, thread, body="Our social workers call first.")
    thread.refresh_from_db()
    return thread


def reply_of(thread, author):
    return thread.posts.get(author=author, is_opening=False)


def url_of(thread):
    return moderation.thread_url(thread)
