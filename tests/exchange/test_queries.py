"""The list and a thread cost the same number of queries whatever their
size. A change of these numbers must be deliberate."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exchange import posting
from tests.exchange.conftest import PDF, signed_in, start_thread, thread_url, upload

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def thread_with(author, others, replies):
    thread = start_thread(author, files=[upload("a.pdf", PDF)])
    for number in range(replies):
        files = [upload(f"r{number}.pdf", PDF)] if number % 3 == 0 else []
        posting.reply(others[number % len(others)], thread, body=f"Reply {number}", files=files)
    return thread


def test_a_thread_page_costs_the_same_with_3_or_30_posts(
    exchange_page, member, other_member, settings
):
    settings.EXCHANGE_POST_LIMIT = (1000, 600)
    small = thread_with(member, [member, other_member], 2)
    large = thread_with(member, [member, other_member], 29)
    client = signed_in(member)
    # Warm the shared caches (site, locales, each address's route).
    client.get(thread_url(exchange_page, small))
    client.get(thread_url(exchange_page, large))
    assert queries(client, thread_url(exchange_page, small)) == queries(
        client, thread_url(exchange_page, large)
    )


def test_the_list_costs_the_same_with_3_or_30_threads(
    exchange_page, member, other_member, settings
):
    settings.EXCHANGE_POST_LIMIT = (1000, 600)
    client = signed_in(member)
    for _number in range(3):
        start_thread(other_member)
    client.get(exchange_page.url)
    few = queries(client, exchange_page.url)
    for _number in range(27):
        start_thread(other_member)
    assert queries(client, exchange_page.url) == few
