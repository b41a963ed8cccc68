"""Search benchmark (``make bench``): our site search against Wagtail's stock
database backend, on generated networks of 20,000 and 100,000 documents.

``bench.run`` prepares scratch databases and runs ``bench.measure`` in a
subprocess per database and size, so that each measurement process sees one
DATABASE_URL only.
"""
