"""Four eyes: two different reviewers approve, then the membership exists."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from network import applications
from network.applications import ApplicationError, approve, decline, membership_end
from network.factories import OrganisationFactory, UserFactory
from network.models import Affiliation, Application, ApplicationApproval, Membership, Organisation

from .conftest import application, reviewer

pytestmark = pytest.mark.django_db


def test_one_approval_is_not_enough():
    submitted = application()
    assert approve(submitted, reviewer()) is False
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.SUBMITTED
    assert submitted.approvals.count() == 1
    assert submitted.membership is None
    assert not Organisation.objects.filter(name="Ville de Lyon").exists()


def test_the_same_reviewer_cannot_approve_twice():
    submitted = application()
    first = reviewer()
    approve(submitted, first)
    with pytest.raises(ApplicationError, match="already approved"):
        approve(submitted, first)
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.SUBMITTED
    assert ApplicationApproval.objects.filter(application=submitted).count() == 1
    assert not Membership.objects.filter(organisation__name="Ville de Lyon").exists()


def test_approval_needs_the_whole_checklist():
    submitted = application(checklist=False, check_eligible=True)
    with pytest.raises(ApplicationError, match="checklist"):
        approve(submitted, reviewer())
    assert submitted.approvals.count() == 0


def test_applicants_do_not_approve_their_own_application():
    staff_applicant = reviewer()
    submitted = application(applicant=staff_applicant)
    with pytest.raises(ApplicationError, match="own application"):
        approve(submitted, staff_applicant)


def test_two_reviewers_make_the_organisation_an_associate_partner(
    django_capture_on_commit_callbacks,
):
    person = UserFactory(email="camille.account@lyon.example.org", preferred_language="de")
    submitted = application(applicant=person)
    first, second = reviewer(), reviewer()
    approve(submitted, first)
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(submitted, second) is True

    submitted.refresh_from_db()
    assert submitted.status == Application.Status.APPROVED
    assert submitted.decided_by == second
    organisation = submitted.organisation
    assert organisation.locale.language_code == "en"
    assert organisation.name == "Ville de Lyon"
    assert organisation.slug == "ville-de-lyon"
    assert organisation.role == Organisation.Role.ASSOCIATED
    assert organisation.contact_name == "Camille Martin"
    assert organisation.contact_email == "camille@lyon.example.org"
    assert (organisation.kind, str(organisation.country), organisation.city) == (
        "city",
        "FR",
        "Lyon",
    )
    membership = submitted.membership
    today = timezone.localdate()
    assert membership.organisation == organisation
    assert membership.tier == Membership.Tier.ASSOCIATE
    assert membership.starts_on == today
    assert membership.ends_on == membership_end(today)
    assert membership.yearly_contribution == Application.CONTRIBUTION
    assert membership.paid is False
    assert membership.is_active()
    affiliation = Affiliation.objects.get(user=person, organisation=organisation)
    assert affiliation.status == Affiliation.Status.CONFIRMED
    assert affiliation.is_contact is True
    # The decision goes in the application's language (French), not the
    # account's preferred one.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["camille@lyon.example.org", "camille.account@lyon.example.org"]
    assert message.subject == "Bienvenue dans LIAISE : votre candidature est acceptée"
    assert "est désormais partenaire associé de LIAISE" in message.body


def test_a_reviewer_with_an_old_copy_cannot_approve_a_second_time():
    """What two reviewers approving at once amount to: the second reads the
    application again under its lock and finds it decided."""
    submitted = application()
    approve(submitted, reviewer())
    stale = Application.objects.get(pk=submitted.pk)
    approve(submitted, reviewer())
    assert stale.status == Application.Status.SUBMITTED
    with pytest.raises(ApplicationError, match="already been decided"):
        approve(stale, reviewer())
    assert Membership.objects.filter(organisation__name="Ville de Lyon").count() == 1
    assert ApplicationApproval.objects.filter(application=submitted).count() == 2


def test_approval_uses_the_chosen_directory_organisation():
    organisation = OrganisationFactory(name="Comune di Bari", role=Organisation.Role.NONE)
    translated = OrganisationFactory.translation(organisation, "it", name="Comune di Bari (it)")
    submitted = application(organisation=organisation, organisation_name=organisation.name)
    approve(submitted, reviewer())
    approve(submitted, reviewer())
    organisation.refresh_from_db()
    translated.refresh_from_db()
    assert Organisation.objects.filter(translation_key=organisation.translation_key).count() == 2
    assert organisation.role == translated.role == Organisation.Role.ASSOCIATED
    assert translated.contact_email == "camille@lyon.example.org"
    assert organisation.memberships.get().tier == Membership.Tier.ASSOCIATE


def test_a_new_organisation_gets_a_free_slug():
    OrganisationFactory(name="Ville de Lyon")
    submitted = application()
    approve(submitted, reviewer())
    approve(submitted, reviewer())
    submitted.refresh_from_db()
    assert submitted.organisation.slug == "ville-de-lyon-2"


def test_declining_sends_the_message_in_the_applicants_language(
    django_capture_on_commit_callbacks,
):
    submitted = application(language="es", contact_email="ana@sevilla.example.org")
    with django_capture_on_commit_callbacks(execute=True):
        decline(submitted, reviewer(), "Su organización no trabaja con una autoridad local.")
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.DECLINED
    assert submitted.decision_message == "Su organización no trabaja con una autoridad local."
    assert not Membership.objects.filter(organisation__name="Ville de Lyon").exists()
    message = mail.outbox[0]
    assert message.to == ["ana@sevilla.example.org"]
    assert message.subject == "Su candidatura a LIAISE"
    assert "Su organización no trabaja con una autoridad local." in message.body
    with pytest.raises(ApplicationError):
        approve(submitted, reviewer())


def test_declining_needs_a_message():
    submitted = application()
    with pytest.raises(ApplicationError, match="message"):
        decline(submitted, reviewer(), "  ")
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.SUBMITTED


@pytest.mark.parametrize(
    ("starts_on", "ends_on"),
    [
        (datetime.date(2026, 3, 15), datetime.date(2027, 3, 14)),
        (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)),
        (datetime.date(2028, 2, 29), datetime.date(2029, 2, 27)),
    ],
)
def test_a_membership_lasts_one_year(starts_on, ends_on):
    assert membership_end(starts_on) == ends_on


def test_directory_choices_leave_out_active_members():
    member = Organisation.objects.get(slug="cultures-interactive", locale__language_code="en")
    eastbridge = Organisation.objects.get(slug="eastbridge", locale__language_code="en")
    choices = set(applications.directory_choices())
    assert eastbridge in choices
    assert member not in choices
    assert all(choice.locale.language_code == "en" for choice in choices)
