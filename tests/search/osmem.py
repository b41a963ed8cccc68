"""Test-only transport node: lets the Elasticsearch 8 client talk to osmem-server.

osmem (an in-memory OpenSearch-compatible server) refuses the client's
``application/vnd.elasticsearch+json; compatible-with=8`` media type and the
client insists on the ``X-Elastic-Product`` header; this node fixes both
without touching the client. Never used against a real cluster.
"""

import dataclasses
import re

from elastic_transport import HttpHeaders, Urllib3HttpNode

# application/vnd.elasticsearch+json; compatible-with=8     -> application/json
# application/vnd.elasticsearch+x-ndjson; compatible-with=8 -> application/x-ndjson (bulk, msearch)
_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([\w.-]+)\s*;\s*compatible-with=\d+")


class OsmemNode(Urllib3HttpNode):
    """Rewrite the compatible-with media types and add the product header the client checks."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        fixed = HttpHeaders()
        for key, value in (headers or {}).items():
            if key.lower() in ("accept", "content-type"):
                value = _COMPAT.sub(r"application/\1", value)
            fixed[key] = value
        resp = super().perform_request(method, target, body=body, headers=fixed, **kwargs)
        resp_headers = HttpHeaders(resp.meta.headers)
        # elasticsearch 8.x raises UnsupportedProductError on a 2xx without this header
        resp_headers.setdefault("X-Elastic-Product", "Elasticsearch")
        return resp._replace(meta=dataclasses.replace(resp.meta, headers=resp_headers))
