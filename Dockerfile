# The application's image: gunicorn with the production settings
# (docs/deployment.md, "Containers"). docker-compose.yml runs it twice: the
# web application and the task worker.

# Build stage: the Python dependencies in a virtual environment, copied alone
# into the final image (no pip cache, no build leftovers).
FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN /opt/venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.12-slim
# Pango renders the certificates of attendance (WeasyPrint), with a font.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
# The application runs as a user of its own, which owns only the uploaded files.
RUN groupadd --system --gid 10001 liaise \
    && useradd --system --uid 10001 --gid liaise --no-create-home --shell /usr/sbin/nologin liaise

COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/data/media \
    PRIVATE_MEDIA_ROOT=/data/private \
    GUNICORN_BIND=0.0.0.0:8000
WORKDIR /app
COPY . .

# Catalogues and static files belong to the image, built once here (owned by
# root, read-only for the application). The application writes only the
# uploaded files and var/search (the search's facet index snapshot, a cache). The production settings want a
# secret key and a host even to collect files: throwaway values that exist
# for this step only, never in the image's environment.
RUN export SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=localhost \
    && python manage.py compile_catalogues \
    && python manage.py collectstatic --no-input --verbosity 0 \
    && python -m compileall -q /app \
    && mkdir -p /data/media /data/private /app/var/search \
    && chown liaise:liaise /data/media /data/private /app/var/search

USER liaise
EXPOSE 8000
VOLUME ["/data/media", "/data/private"]
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "cms.wsgi"]
