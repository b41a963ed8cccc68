"""People, an exchange page and threads for the notification tests, built
here with the factories and the posting service (nothing taken from the
demo's threads)."""

import pytest
from django.core import mail

from exchange import posting
from exchange.models import ExchangePage, Sensitivity
from network.factories import AffiliationFactory, MembershipFactory


@pytest.fixture
def exchange_page(db):
    """The English exchange page (the demo's, or one made here)."""
    page = ExchangePage.objects.filter(locale__language_code="en", alias_of__isnull=True).first()
    if page is None:
        from home.models import HomePage
        from tests.helpers import publish

        home = HomePage.objects.get(locale__language_code="en")
        page = ExchangePage(title="Exchange", slug="exchange")
        home.add_child(instance=page)
        publish(page)
    return page


def member(language="en", frequency="each", organisation=None, ended=False, **fields):
    """A member (or, ``ended=True``, a person whose organisation's membership
    ended yesterday), with a preferred language and an e-mail frequency."""
    fields = {f"user__{name}": value for name, value in fields.items()}
    if organisation is not None:
        person = AffiliationFactory(organisation=organisation, **fields).user
    else:
        person = MembershipFactory(ended=ended, **fields).user
    person.preferred_language = language
    person.email_frequency = frequency
    person.save()
    return person


def organisation_of(person):
    return person.affiliations.get().organisation


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


def sent_to(outbox, person):
    return [message for message in outbox if person.email in message.to]


def start_thread(
    author, capture, title="Families after a referral", body="How do you work?", **fields
):
    fields.setdefault("language", "en")
    fields.setdefault("sensitivity", Sensitivity.MEMBERS)
    with capture(execute=True):
        return posting.create_thread(author, title=title, body=body, **fields)


def reply(author, thread, capture, body="We meet the family within a week."):
    with capture(execute=True):
        return posting.reply(author, thread, body=body)
