"""Watch / normal / mute on a thread and a topic, and "My exchange e-mail"."""

import pytest
from django.test import Client

from exchange import notifications
from exchange.models import Sensitivity, Subscription
from practices.models import Topic

from .conftest import member, organisation_of, start_thread

pytestmark = pytest.mark.django_db

Level = Subscription.Level


def signed_in(person):
    client = Client()
    client.force_login(person)
    return client


def test_the_thread_page_shows_the_buttons_and_they_set_the_level(
    exchange_page, django_capture_on_commit_callbacks
):
    opener = member()
    reader = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    client = signed_in(reader)
    url = exchange_page.route_url("thread", thread.pk)

    page = client.get(url).content.decode()
    assert f'action="/en/exchange/subscriptions/threads/{thread.pk}/"' in page
    assert 'aria-pressed="false"' in page

    response = client.post(
        f"/en/exchange/subscriptions/threads/{thread.pk}/", {"level": "watching", "next": url}
    )
    assert response.status_code == 302 and response["Location"] == url
    assert Subscription.objects.get(user=reader, thread=thread).level == Level.WATCHING
    page = client.get(url).content.decode()
    assert "You are watching" in page
    assert 'value="watching" aria-pressed="true"' in page

    client.post(f"/en/exchange/subscriptions/threads/{thread.pk}/", {"level": "muted"})
    assert Subscription.objects.get(user=reader, thread=thread).level == Level.MUTED


def test_an_unknown_level_changes_nothing_and_says_so(
    exchange_page, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    client = signed_in(opener)
    response = client.post(
        f"/en/exchange/subscriptions/threads/{thread.pk}/", {"level": "loud"}, follow=True
    )
    assert "Choose watch, normal or mute." in response.content.decode()
    assert Subscription.objects.get(user=opener, thread=thread).level == Level.WATCHING


def test_a_thread_the_reader_may_not_read_cannot_be_followed(
    exchange_page, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(
        opener,
        django_capture_on_commit_callbacks,
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[organisation_of(opener)],
    )
    url = f"/en/exchange/subscriptions/threads/{thread.pk}/"
    assert signed_in(member()).post(url, {"level": "watching"}).status_code == 404
    assert signed_in(member(ended=True)).post(url, {"level": "watching"}).status_code == 404
    anonymous = Client().post(url, {"level": "watching"})
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert not Subscription.objects.filter(thread=thread).exclude(user=opener).exists()


def test_a_redirect_never_leaves_the_site(exchange_page, django_capture_on_commit_callbacks):
    opener = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    response = signed_in(opener).post(
        f"/en/exchange/subscriptions/threads/{thread.pk}/",
        {"level": "normal", "next": "https://evil.example/"},
    )
    assert response["Location"] == exchange_page.route_url("thread", thread.pk)


def test_a_topic_is_followed_from_the_filtered_index(exchange_page):
    topic = Topic.objects.filter(locale__language_code="en").first()
    reader = member()
    client = signed_in(reader)

    page = client.get(f"{exchange_page.url}?topic={topic.slug}").content.decode()
    assert f'action="/en/exchange/subscriptions/topics/{topic.pk}/"' in page

    client.post(f"/en/exchange/subscriptions/topics/{topic.pk}/", {"level": "watching"})
    assert Subscription.objects.get(user=reader, topic=topic).level == Level.WATCHING
    client.post(f"/en/exchange/subscriptions/topics/{topic.pk}/", {"level": "none"})
    assert not Subscription.objects.filter(user=reader, topic=topic).exists()
    # Not for people outside the exchange.
    outsider = signed_in(member(ended=True))
    response = outsider.post(f"/en/exchange/subscriptions/topics/{topic.pk}/", {"level": "muted"})
    assert response.status_code == 404


def test_my_exchange_e_mail_lists_what_i_follow_and_saves_the_frequency(
    exchange_page, django_capture_on_commit_callbacks
):
    person = member(language="fr")
    start_thread(person, django_capture_on_commit_callbacks, title="Clubs de sport")
    topic = Topic.objects.filter(locale__language_code="en").first()
    notifications.set_level(person, level=Level.MUTED, topic=topic)
    client = signed_in(person)

    response = client.get("/en/exchange/subscriptions/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Clubs de sport" in page
    assert 'name="email_frequency" value="each"' in page and "checked" in page

    saved = client.post("/en/exchange/subscriptions/", {"email_frequency": "weekly"})
    assert saved.status_code == 302
    person.refresh_from_db()
    assert person.email_frequency == "weekly"

    refused = client.post("/en/exchange/subscriptions/", {"email_frequency": "hourly"})
    assert refused.status_code == 400
    assert 'role="alert"' in refused.content.decode()
    person.refresh_from_db()
    assert person.email_frequency == "weekly"


def test_my_exchange_e_mail_hides_threads_i_may_no_longer_read(
    exchange_page, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(
        opener,
        django_capture_on_commit_callbacks,
        title="A restricted matter",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[organisation_of(opener)],
    )
    outsider = member()
    Subscription.objects.create(user=outsider, thread=thread, level=Level.WATCHING)
    assert (
        "A restricted matter"
        not in signed_in(outsider).get("/en/exchange/subscriptions/").content.decode()
    )


def test_my_exchange_e_mail_asks_to_sign_in(db):
    response = Client().get("/fr/exchange/subscriptions/")
    assert response.status_code == 302
    assert "login" in response["Location"]
