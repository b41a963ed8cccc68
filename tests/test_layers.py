"""The apps' layers (``[tool.importlinter]`` in pyproject.toml) hold: a
higher layer may import a lower one, never the reverse."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(*args):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_apps_depend_one_way():
    result = lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_the_cms_page_bases_sit_above_the_services_they_ask(tmp_path):
    """cms.models must not import the services (cms.visibility, cms.i18n)
    that read it: told the reverse order, the contract must fail."""
    config = tmp_path / "cms.ini"
    config.write_text(
        "[importlinter]\nroot_packages =\n    cms\n\n"
        "[importlinter:contract:cms]\nname = cms\ntype = layers\ncontainers = cms\n"
        "layers =\n    models\n    visibility\n"
    )
    result = lint(str(config))
    assert result.returncode != 0
    assert "cms.visibility is not allowed to import cms.models" in result.stdout


def test_a_reversed_dependency_breaks_the_contract(tmp_path):
    """The same check, told that cms sits above home, must fail: the
    contract sees the imports it is about."""
    config = tmp_path / "reversed.ini"
    config.write_text(
        "[importlinter]\nroot_packages =\n    cms\n    home\n\n"
        "[importlinter:contract:reversed]\nname = reversed\ntype = layers\n"
        "layers =\n    cms\n    home\n"
    )
    result = lint(str(config))
    assert result.returncode != 0
    assert "home is not allowed to import cms" in result.stdout


#: The apps the site runs (bench is development only) and the test-only
#: libraries their ``factories`` modules use (requirements-dev.txt).
SITE_PACKAGES = ("cms", "home", "network", "practices", "programme", "search")
DEV_ONLY = ("factory", "wagtail_factories")


def imported_modules(path):
    import ast

    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_only_factories_import_factories():
    """Factories are for tests and development: no module the site runs
    imports one, or factory_boy (not installed in production)."""
    offending = []
    for package in SITE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.name == "factories.py":
                continue
            for module in imported_modules(path):
                top, _dot, _rest = module.partition(".")
                if top in DEV_ONLY or module.endswith(".factories"):
                    offending.append(f"{path.relative_to(ROOT)}: {module}")
    assert offending == []
