"""Signals of the exchange.

``post_published(sender=Post, post=post)`` is sent once for every new post
(an opening post or a reply), after the transaction that wrote it has
committed: receivers (notifications) may read it from the database, and a
receiver's failure cannot undo the post.
"""

from django.dispatch import Signal

post_published = Signal()
