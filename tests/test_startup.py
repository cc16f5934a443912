"""Start-up stays light: importing the package, --help and validate load no document
libraries.

Time itself is measured with hyperfine (docs/development.md), never asserted here; what can
be asserted is which modules a command loads.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLES

# Document libraries, and what typer 0.29+ (pydantic) or rich's help renderer would bring in.
HEAVY = ("docxtpl", "docx", "pypdf", "pyhanko", "pypdfium2", "pydantic", "rich")

SCRIPT = """
import json, sys
from typer.testing import CliRunner
from crec_assemble.cli.app import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == 0, result.output
print(json.dumps(sorted(m for m in {heavy} if m in sys.modules)))
"""


def _loaded(*args: str) -> list[str]:
    output = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(heavy=HEAVY), *args],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    modules: list[str] = json.loads(output.splitlines()[-1])
    return modules


def it_loads_no_document_library_for_help() -> None:
    assert _loaded("--help") == []


def it_loads_no_document_library_to_validate() -> None:
    assert _loaded("validate", *map(str, EXAMPLES)) == []


def it_loads_no_document_library_on_import_of_the_package() -> None:
    script = (
        "import json, sys, crec_assemble; crec_assemble.BuildOptions; crec_assemble.CrecError;"
        f"print(json.dumps(sorted(m for m in {HEAVY} if m in sys.modules)))"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                            text=True).stdout  # fmt: skip
    assert json.loads(output) == []
