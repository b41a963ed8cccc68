"""Signals of the exchange.

``post_published(sender=Post, post=post, notify=True)`` is sent once for
every new post (an opening post or a reply), after the transaction that
wrote it has committed: receivers (notifications) may read it from the
database, and a receiver's failure cannot undo the post. ``notify`` is
False for a post written while e-mail was suppressed (``cms.mail.suppressed``:
the demo's), whose watchers are not to be told.
"""

from django.dispatch import Signal

post_published = Signal()
