"""Make a personal API token for a person and print its key (shown once).

    python manage.py create_api_token alice --name "Intranet sync"

The key is the only thing written to standard output, so that a script can
capture it; revoke the token on the person's tokens page
(/<lang>/account/tokens/) or with Wagtail's ``manage.py api_tokens revoke``.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from network import tokens


class Command(BaseCommand):
    help = "Create a personal API token for a person and print its key (shown only once)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The person's username.")
        parser.add_argument(
            "--name",
            default="Command line",
            help="What the token is for (shown on the person's tokens page).",
        )

    def handle(self, *args, username, name, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No person has the username {username!r}.") from None
        if not user.is_active:
            raise CommandError(f"The account {username!r} is deactivated: a token would not work.")
        if not name.strip():
            raise CommandError("Give the token a name (--name).")
        token, key = tokens.create(user, name)
        self.stderr.write(
            f"Token {token.name!r} created for {username}. Keep the key below secret: "
            "it is shown only this once."
        )
        self.stdout.write(key)
