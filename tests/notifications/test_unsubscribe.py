"""The unsubscribe link of every e-mail works without signing in: GET
shows what it stops, POST stops it (also the one-click POST mail programs
send); a changed token does nothing."""

import pytest
from django.test import Client

from exchange import notifications
from exchange.models import Sensitivity, Subscription
from practices.models import Topic

from .conftest import member, start_thread

pytestmark = pytest.mark.django_db

Level = Subscription.Level
Scope = notifications.Scope


def link(person, scope, target=None, language="en"):
    url = notifications.unsubscribe_url(person.pk, scope, target, language)
    return url.removeprefix("http://testserver")


def test_the_link_asks_before_it_mutes_the_thread(
    exchange_page, django_capture_on_commit_callbacks
):
    person = member()
    thread = start_thread(person, django_capture_on_commit_callbacks, title="Sport clubs")
    url = link(person, Scope.THREAD, thread.pk)
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(url)

    assert page.status_code == 200
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    # A members thread is not named on a page anybody with the link opens.
    assert "Sport clubs" not in page.content.decode()
    assert Subscription.objects.get(user=person, thread=thread).level == Level.WATCHING

    done = anonymous.post(url)

    assert done.status_code == 200
    assert "muted this thread" in done.content.decode()
    assert Subscription.objects.get(user=person, thread=thread).level == Level.MUTED


def test_a_public_safe_thread_is_named(exchange_page, django_capture_on_commit_callbacks):
    person = member()
    thread = start_thread(
        person,
        django_capture_on_commit_callbacks,
        title="Sport clubs",
        sensitivity=Sensitivity.PUBLIC_SAFE,
    )
    page = Client().get(link(person, Scope.THREAD, thread.pk))
    assert "Sport clubs" in page.content.decode()


def test_one_click_post_from_a_mail_program(exchange_page):
    person = member(language="fr")
    topic = Topic.objects.filter(locale__language_code="en").first()
    notifications.set_level(person, level=Level.WATCHING, topic=topic)

    response = Client(enforce_csrf_checks=True).post(
        link(person, Scope.TOPIC, topic.pk, language="fr"),
        {"List-Unsubscribe": "One-Click"},
    )

    assert response.status_code == 200
    assert Subscription.objects.get(user=person, topic=topic).level == Level.MUTED


def test_all_exchange_e_mail_turns_the_frequency_off(exchange_page):
    person = member(frequency="daily")

    Client().post(link(person, Scope.ALL))

    person.refresh_from_db()
    assert person.email_frequency == "off"


@pytest.mark.parametrize("change", ["tamper", "other_person", "other_salt"])
def test_a_changed_token_does_nothing(exchange_page, change):
    from django.core import signing

    person = member(frequency="daily")
    victim = member(frequency="daily")
    token = notifications.unsubscribe_token(person.pk, Scope.ALL)
    if change == "tamper":
        token = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    elif change == "other_person":
        # The payload of another person with the first one's signature.
        forged = notifications.unsubscribe_token(victim.pk, Scope.ALL)
        token = forged.rsplit(":", 1)[0] + ":" + token.rsplit(":", 1)[1]
    else:
        token = signing.dumps([victim.pk, Scope.ALL, None], salt="something else", compress=True)

    client = Client()
    page = client.get(f"/en/exchange/unsubscribe/{token}/")
    done = client.post(f"/en/exchange/unsubscribe/{token}/")

    assert page.status_code == 400
    assert done.status_code == 400
    assert "not valid" in done.content.decode()
    person.refresh_from_db()
    victim.refresh_from_db()
    assert person.email_frequency == "daily"
    assert victim.email_frequency == "daily"
