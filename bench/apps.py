from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Development only: the benchmark and its synthetic network generator
    (``generate_network``). Installed by the dev and test settings, never by
    production's, so the generator (which writes Wagtail's tables in bulk)
    cannot run against a live site."""

    name = "bench"
    verbose_name = "Benchmark (development only)"
