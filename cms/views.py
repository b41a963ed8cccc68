from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """A translated 500 page that needs no database (it may be what failed)."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"request": request}))
