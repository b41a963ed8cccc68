"""People and organisations for the account tests, built with the network's
factories (nothing taken from the demo's people but the editors, who are
told of affiliation requests)."""

import pytest
from django.core import mail

from network.factories import MembershipFactory, OrganisationFactory, UserFactory

PASSWORD = "a long test password"  # noqa: S105 (UserFactory's)


@pytest.fixture
def harbour():
    """An organisation of the directory, named differently in French."""
    organisation = OrganisationFactory(name="Harbour Town Council", slug="harbour-town-council")
    OrganisationFactory.translation(organisation, "fr", name="Mairie de Port-la-Ville")
    return organisation


@pytest.fixture
def person(db):
    return UserFactory(first_name="Ada", last_name="Harbour", preferred_language="en")


@pytest.fixture
def member(db):
    """A member (person + organisation + active membership); the affiliation."""
    return MembershipFactory(user__first_name="Mia", user__last_name="Quay")


@pytest.fixture
def outbox(django_capture_on_commit_callbacks):
    """Run the commit callbacks (cms.mail queues e-mail after the commit) of
    whatever runs inside ``with outbox():``; the messages land in mail.outbox."""

    def capture():
        mail.outbox.clear()
        return django_capture_on_commit_callbacks(execute=True)

    return capture
