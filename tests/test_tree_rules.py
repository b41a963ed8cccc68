from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from practices.models import ExpertIndexPage, ExpertPage, PracticeIndexPage, PracticePage
from programme.models import SessionIndexPage, SessionPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_of_each_language(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, PracticeIndexPage, ExpertIndexPage, SessionIndexPage}
        )

    def test_practices_live_only_in_the_practice_library(self):
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})

    def test_experts_live_only_in_the_expert_directory(self):
        self.assertAllowedParentPageTypes(ExpertPage, {ExpertIndexPage})
        self.assertAllowedSubpageTypes(ExpertIndexPage, {ExpertPage})

    def test_sessions_live_only_in_the_session_programme(self):
        self.assertAllowedParentPageTypes(SessionPage, {SessionIndexPage})
        self.assertAllowedSubpageTypes(SessionIndexPage, {SessionPage})

    def test_records_are_leaves(self):
        for model in (PracticePage, ExpertPage, SessionPage):
            self.assertAllowedSubpageTypes(model, set())

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_a_second_practice_library_cannot_be_created_in_a_language(self):
        home = HomePage.objects.get(locale__language_code="en")
        self.assertFalse(PracticeIndexPage.can_create_at(home))
        self.assertTrue(StandardPage.can_create_at(home))
