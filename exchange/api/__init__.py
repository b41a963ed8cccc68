"""The members' routers of the project API (``cms.project_api``): the member
directory (``/api/directory/``, ``exchange.api.directory``), the exchange
(``/api/exchange/``, ``exchange.api.threads``) and the exchange's
notification settings of the person asking (``/api/me/notifications/``,
``exchange.api.notifications``); what they share is in
``exchange.api.common``.

The same rule as the site, asked in the same places: ``exchange.access``
(which builds on ``network.access``) decides who enters and which threads
and posts they read; ``exchange.directory`` and ``exchange.filters`` list
and filter the organisations as the directory's pages do;
``exchange.posting`` and ``exchange.moderation`` write, sanitise, limit and
report. Nothing here decides access by itself.

Answers: no credentials, 401; a person who is not a member (or whose
organisation's membership ended), 403; a thread or post they may not read,
404, as if it did not exist; posting too much, 429 with ``Retry-After``;
a value refused, 400 naming each field or parameter at fault.

The operations keep the ids they had when this package was one module
(``exchange_api_<function>``): clients generated from the schema use them.
"""

from exchange.api.directory import directory_router
from exchange.api.notifications import notifications_router
from exchange.api.threads import exchange_router

__all__ = ["directory_router", "exchange_router", "notifications_router"]
