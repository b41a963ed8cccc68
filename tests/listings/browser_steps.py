"""The practice library on a phone and on a desktop, in Debian's Chromium
(never a downloaded browser): steps of ``tests/test_browser.py``'s reader
journeys, which share one live server (it empties the database after each
test, and the demo network takes a minute to load)."""

from practices.models import PracticeIndexPage

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
TOUCH = 44


def the_library_on_a_phone_and_on_a_desktop(live_server, chromium):
    library = live_server.url + PracticeIndexPage.objects.get(locale__language_code="en").url
    phone = chromium.new_page(viewport=PHONE)
    on_a_phone_the_first_result_is_on_the_first_screen(phone, library)
    on_a_phone_every_control_is_a_44_px_touch_target(phone, library)
    desktop = chromium.new_page(viewport=DESKTOP)
    on_a_desktop_the_filters_are_open_beside_the_results(desktop, library)


def on_a_phone_the_first_result_is_on_the_first_screen(page, library):
    page.goto(library + "?topic=family-support")
    first = page.locator(".card-list > li.card").first
    box = first.bounding_box()
    assert box is not None and box["y"] < PHONE["height"], box
    # the filters wait in a closed disclosure that says how many are active
    summary = page.locator("details.filters > summary")
    assert page.locator("details.filters").get_attribute("open") is None
    assert "(1 active)" in summary.inner_text()
    summary.click()
    assert page.locator('input[name="topic"][value="family-support"]').is_checked()


def on_a_phone_every_control_is_a_44_px_touch_target(page, library):
    page.goto(library + "?topic=family-support&topic=school-resilience&sort=title")
    page.locator("details.filters > summary").click()
    controls = page.locator(
        ".results-layout a:visible, .results-layout button:visible, "
        ".results-layout select:visible, .results-layout input[type=search]:visible, "
        ".results-layout summary:visible, .results-layout .choice:visible"
    )
    assert controls.count() > 20
    small = []
    for index in range(controls.count()):
        control = controls.nth(index)
        box = control.bounding_box()
        if box["height"] < TOUCH - 0.5:
            small.append((control.evaluate("node => node.outerHTML.slice(0, 80)"), box["height"]))
    assert small == []


def on_a_desktop_the_filters_are_open_beside_the_results(page, library):
    page.goto(library)
    page.wait_for_function("document.querySelector('details.filters').open")
    filters = page.locator("details.filters").bounding_box()
    first = page.locator(".card-list > li.card").first.bounding_box()
    assert filters["x"] + filters["width"] <= first["x"]  # a column on the left
    assert first["y"] < DESKTOP["height"]
