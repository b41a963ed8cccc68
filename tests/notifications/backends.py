"""Mail backends for the queue's tests: a mail server that is away for a
while, and one that refuses an address for good."""

import smtplib

from django.core.mail.backends import locmem


class FlakyBackend(locmem.EmailBackend):
    """Fails the next ``failures`` sends as a mail server that is away does,
    then delivers to ``django.core.mail.outbox``."""

    failures = 0
    attempts = 0

    def send_messages(self, messages):
        FlakyBackend.attempts += 1
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


class RefusingBackend(locmem.EmailBackend):
    """A server that refuses every recipient for good (550)."""

    attempts = 0

    def send_messages(self, messages):
        RefusingBackend.attempts += 1
        recipients = {address: (550, b"5.1.1 No such user") for m in messages for address in m.to}
        raise smtplib.SMTPRecipientsRefused(recipients)
