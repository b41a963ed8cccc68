"""Reminders 60 and 14 days before a membership ends, once each."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from network import reminders
from network.factories import (
    AffiliationFactory,
    OrganisationFactory,
    OrganisationMembershipFactory,
    UserFactory,
    days_from_today,
)
from network.models import Membership, MembershipReminder
from network.tasks import send_membership_reminders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_the_tests_memberships_end():
    """The demo's memberships (one ends soon on purpose) run on here, so
    that each test sees only the reminders of what it builds."""
    Membership.objects.update(ends_on=None)


def ending_in(days, **organisation):
    organisation = OrganisationFactory(
        name=organisation.pop("name", "Stadt Essen"),
        contact_name="Office",
        contact_email=organisation.pop("contact_email", "office@essen.example.org"),
        **organisation,
    )
    return OrganisationMembershipFactory(organisation=organisation, ends_on=days_from_today(days))


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """The command, as cron runs it: its e-mails are queued on commit."""

    def run(**options):
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_membership_reminders", stdout=out, stderr=io.StringIO(), **options)
        return out.getvalue()

    return run


def test_sixty_days_before_the_contacts_are_reminded_in_their_language(run):
    membership = ending_in(60)
    person = UserFactory(
        first_name="Lena",
        last_name="Vogel",
        email="lena@essen.example.org",
        preferred_language="de",
    )
    AffiliationFactory(user=person, organisation=membership.organisation, is_contact=True)
    # Not a contact: not reminded.
    AffiliationFactory(organisation=membership.organisation)

    output = run()

    assert "Stadt Essen: 60-day reminder" in output
    assert "Membership reminders: 1 sent." in output
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"lena@essen.example.org", "office@essen.example.org"}
    assert by_address["lena@essen.example.org"].subject.startswith(
        "Ihre Mitgliedschaft bei LIAISE endet am"
    )
    assert "Lena Vogel," in by_address["lena@essen.example.org"].body
    assert (
        "Die Mitgliedschaft von Stadt Essen bei LIAISE" in by_address["lena@essen.example.org"].body
    )
    assert by_address["office@essen.example.org"].subject.startswith(
        "Your LIAISE membership ends on"
    )
    assert "in 60 days" in by_address["office@essen.example.org"].body
    assert MembershipReminder.objects.get(membership=membership).days_before == 60


def test_a_second_run_sends_nothing(run):
    ending_in(45)
    run()
    assert len(mail.outbox) == 1
    output = run()
    assert "Membership reminders: 0 sent." in output
    assert len(mail.outbox) == 1


def test_fourteen_days_before_the_second_reminder_goes(run):
    membership = ending_in(14)
    MembershipReminder.objects.create(
        membership=membership, days_before=60, sent_to="office@essen.example.org"
    )
    run()
    assert [message.to for message in mail.outbox] == [["office@essen.example.org"]]
    assert set(membership.reminders.values_list("days_before", flat=True)) == {60, 14}
    run()
    assert len(mail.outbox) == 1


def test_a_missed_first_reminder_is_not_sent_late(run):
    membership = ending_in(10)
    run()
    assert list(membership.reminders.values_list("days_before", flat=True)) == [14]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("days", [61, 200, -1])
def test_no_reminder_outside_the_window(days, run):
    ending_in(days)
    run()
    assert mail.outbox == []
    assert not MembershipReminder.objects.filter(membership__organisation__name="Stadt Essen")


def test_no_reminder_between_the_steps_once_the_first_is_sent(run):
    membership = ending_in(30)
    run()
    run(date=days_from_today(1).isoformat())
    assert len(mail.outbox) == 1
    # Sixteen days later, fourteen days are left.
    run(date=days_from_today(16).isoformat())
    assert len(mail.outbox) == 2
    assert set(membership.reminders.values_list("days_before", flat=True)) == {60, 14}


def test_a_renewed_membership_is_not_reminded(run):
    membership = ending_in(20)
    OrganisationMembershipFactory(
        organisation=membership.organisation,
        starts_on=days_from_today(21),
        ends_on=days_from_today(21 + 364),
    )
    run()
    assert mail.outbox == []


def test_an_organisation_without_a_contact_is_reported_and_retried(
    run, django_capture_on_commit_callbacks
):
    membership = ending_in(40, contact_email="")
    err = io.StringIO()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_membership_reminders", stdout=out, stderr=err)
    assert "1 without a contact" in out.getvalue()
    assert "Stadt Essen" in err.getvalue()
    assert not membership.reminders.exists()
    membership.organisation.contact_email = "new@essen.example.org"
    membership.organisation.save()
    run()
    assert [message.to for message in mail.outbox] == [["new@essen.example.org"]]


def test_dry_run_sends_nothing(run):
    ending_in(40)
    output = run(dry_run=True)
    assert "Membership reminders: 1 due." in output
    assert mail.outbox == []
    assert not MembershipReminder.objects.exists()


def test_the_task_sends_the_reminders(django_capture_on_commit_callbacks):
    membership = ending_in(5)
    with django_capture_on_commit_callbacks(execute=True):
        result = send_membership_reminders.enqueue()
    assert result.return_value == {
        "sent": [
            {"membership": membership.pk, "days_before": 14, "to": ["office@essen.example.org"]}
        ],
        "without_contact": [],
    }
    assert len(mail.outbox) == 1


def test_steps():
    assert [reminders.step_for(days) for days in (61, 60, 15, 14, 0, -1)] == [
        None,
        60,
        60,
        14,
        14,
        None,
    ]
