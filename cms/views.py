import mimetypes

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.visibility import (
    can_view_members_content,
    document_granted,
    document_is_members_only,
    image_is_members_only,
)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """A translated 500 page that needs no database (it may be what failed)."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"request": request}))


def members_only_response(request):
    """Anonymous readers are sent to sign in; signed-in non-members are told
    the content is for members (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render(request, "members_only.html", status=403)


#: Stored file names' first folder -> how to find the record that owns it
#: and the rule that says whether it is members-only.
def _owner(name):
    folder = name.split("/", 1)[0]
    if folder == "documents":
        document = get_document_model().objects.filter(file=name).first()
        return document, document_is_members_only
    if folder == "original_images":
        image = get_image_model().objects.filter(file=name).first()
        return image, image_is_members_only
    if folder == "images":
        rendition = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(file=name)
            .select_related("image")
            .first()
        )
        return (rendition.image if rendition else None), image_is_members_only
    return None, None


@require_safe
def serve_file(request, name):
    """Every uploaded file (documents, images, renditions) is served here, so
    the one visibility rule runs before a byte leaves. ``MEDIA_URL`` points
    here and nothing else serves ``MEDIA_ROOT``. Only names recorded in the
    database are served, so no path outside them can be asked for."""
    if "\x00" in name:  # no stored name holds one (PostgreSQL text cannot)
        raise Http404
    owner, is_members_only = _owner(name)
    if owner is None:
        raise Http404
    members_only = is_members_only(owner)
    if members_only and not can_view_members_content(request.user):
        granted = is_members_only is document_is_members_only and document_granted(
            request.user, owner
        )
        if not granted:
            return members_only_response(request)
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, SuspiciousFileOperation):
        raise Http404 from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    if name.startswith("documents/"):
        response["Content-Disposition"] = "attachment"
    if members_only:
        response["Cache-Control"] = "private, no-store"
    else:
        # Short: a file turns private when the last public page using it does.
        response["Cache-Control"] = "public, max-age=300"
    return response


#: What crawlers may skip: the admin, the APIs (the pages themselves are
#: listed in the sitemap) and the site search, whose facet links would
#: otherwise be crawled in every combination.
ROBOTS_DISALLOW = ["/admin/", "/api/", "/search/", "/*/search/", "/accounts/"]


@require_safe
def robots_txt(request):
    """``/robots.txt``: the paths crawlers skip and where the sitemap is, at
    the site's configured address (``WAGTAILADMIN_BASE_URL``, as the
    sitemap's own URLs)."""
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    sitemap = f"{base}/sitemap.xml" if base else request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {sitemap}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """``/favicon.ico``, which browsers ask for whatever a page links: the
    site's icon (its hashed static address, worked out per request)."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
