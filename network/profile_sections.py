"""Sections other apps add to the person's profile page (their
registrations, their service requests): each registers a template and a
function of the request that returns its context, or ``None`` to show
nothing. Registered from the app's ``AppConfig.ready``, like
``network.personal_data``."""

_sections = []


def register(template, context):
    """Show ``template`` on the profile with ``context(request) -> dict | None``."""
    _sections.append((template, context))
    return context


def render_sections(request):
    """``[(template, context)]`` of the sections that have something to show."""
    shown = []
    for template, context in _sections:
        data = context(request)
        if data is not None:
            shown.append((template, data))
    return shown
