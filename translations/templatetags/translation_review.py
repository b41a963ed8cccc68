from django import template

from translations.views import review_state

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """``"submit"``, ``"in_review"`` or None (see ``views.review_state``)."""
    return review_state(instance, context["request"].user)
