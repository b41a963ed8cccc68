"""The programme's admin: each area registers its own hooks in its module."""

from programme import registrations_admin, service_admin  # noqa: F401
