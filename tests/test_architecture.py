"""The shape of the house: each stage imports only itself, the stages below it and the foundation; no circles."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "intake"

# Lowest first. A module may import its own unit and the units above it in this list, never one below.
# The order is the data flow (docs/architecture.md); where two units do not touch, the order still says which
# may come to need the other.
ORDER = [
    # the foundation every stage stands on
    "errors",
    "logs",
    "models",
    "reference",
    "workdays",  # public holidays per country and business days; [deadline] checks its country with it
    "delivery",  # the [fulfilment] keys of a download link, checked by sections when settings load
    "sections",
    "organisations",  # the [[organisation]] tables of a deployment serving several; settings makes one Settings each
    "settings",
    "db",
    "audit",
    "lease",  # how long a process holds a row it works on (worker claims, deliveries)
    # the stages, in the order a message meets them
    "store",
    "sources",
    "understand",
    "identity",
    "migrations",  # Alembic's scripts: they import the tables of models and identity/records
    "policy",
    "fulfil",  # what an approval carries out in the records, and retention; the letters say what it did
    "outbox",  # letters queue into it; it moves a case to `sent` (policy.lifecycle) and files a copy over IMAP
    "letters",
    "cases",
    "confirmation",  # the round trip to the address on record: asks through letters and outbox, reads replies
    "pipeline",
    "byhand",  # a case opened by hand (post, phone, in person), started on the pipeline's path
    "review",
    "notes",  # who handles a case and the team's internal notes on it (web and `intake assign` / `intake note`)
    "search",  # finding cases by text and filters, for the cases page and `intake cases`
    "reading",  # one stored message as the DPO reads it, HTML made safe (web and `intake message`)
    "report",  # the figures of the register, for `intake report` and the dashboard, with their SVG charts
    # the faces and the processes
    "web",
    "run",  # starts the web face in a thread
    "cli",
    "__main__",
]


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (intake.understand.extract, intake.cli for cli/__init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """The intake modules a file imports, anywhere in it (inside functions and TYPE_CHECKING blocks too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names if alias.name.startswith("intake")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("intake") and not node.level:
            for alias in node.names:
                # `from intake.understand import body` names a module; `from intake.understand import Extraction`
                # names something the package itself defines or hands on.
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in MODULES else node.module)
    return {name for name in out if name in MODULES}


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "intake"


def test_every_unit_of_the_package_has_its_place_in_the_order() -> None:
    units = {_unit(m) for m in MODULES} - {"intake"}
    assert sorted(units - set(ORDER)) == [], "add the new module or package to ORDER in tests/test_architecture.py"
    assert sorted(set(ORDER) - units) == [], "a unit in ORDER no longer exists"


def test_modules_import_only_their_own_stage_and_lower_ones() -> None:
    upward = sorted(
        f"{module} ({_unit(module)}) imports {name} ({_unit(name)})"
        for module, path in MODULES.items()
        if module != "intake"
        for name in _imports(path)
        if _unit(name) != "intake" and ORDER.index(_unit(name)) > ORDER.index(_unit(module))
    )
    assert upward == [], "imports from a higher stage:\n" + "\n".join(upward)


def test_no_module_imports_itself_back_through_others() -> None:
    graph = {module: _imports(path) - {module} for module, path in MODULES.items()}
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert circles == [], "import circles: " + "; ".join(" -> ".join(c) for c in circles)


def test_every_module_says_its_job_in_a_one_line_docstring() -> None:
    silent = [
        str(path.relative_to(PACKAGE.parent))
        for module, path in MODULES.items()
        if not module.startswith("intake.migrations.versions")  # Alembic writes their headers
        and not (ast.get_docstring(ast.parse(path.read_text())) or "").strip()
    ]
    assert silent == [], "start these with a one-line docstring saying their job: " + ", ".join(silent)
