from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

#: URLs outside the language prefixes. Django's middleware would redirect
#: their 404s to /<language>/..., where Wagtail's catch-all route accepts
#: any path, so an API client asking for a missing record got a redirect.
NON_LOCALIZED_PREFIXES = ("/api/", "/documents/", "/admin/", "/sitemap.xml", "/static/", "/media/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(NON_LOCALIZED_PREFIXES):
            return response
        return super().process_response(request, response)
