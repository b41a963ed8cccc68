from django.db import models


class Notice(models.Model):
    """A plain model, as a thread of the members' exchange will be."""

    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    language = models.CharField(max_length=8, default="en")
    topic = models.SlugField(blank=True)
    members_only = models.BooleanField(default=True)
    #: Not public and not members': a draft is not found by anyone.
    draft = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title
