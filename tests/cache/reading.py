"""What the page cache says of an answer (its ``X-Page-Cache`` header)."""


def hit(response):
    """Served from the cache."""
    return response.get("X-Page-Cache") == "hit"


def stored(response):
    """Made now and stored for the next reader."""
    return response.get("X-Page-Cache") == "miss"
