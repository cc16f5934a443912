"""Start-up stays light: importing the package, --help and validate load no document
libraries, and a plain audit loads nothing of the build.

Time itself is measured with hyperfine (docs/development.md), never asserted here; what can
be asserted is which modules a command loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.main import get_group

from crec_assemble.cli.app import app

from conftest import EXAMPLES, ROOT

# Document libraries, and what typer 0.29+ (pydantic) or rich's help renderer would bring in.
HEAVY = ("docxtpl", "docx", "pypdf", "pyhanko", "pypdfium2", "pydantic", "rich")

SCRIPT = """
import json, sys
from typer.testing import CliRunner
from crec_assemble.cli.app import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == {exit_code}, result.output
print(json.dumps(sorted(m for m in sys.modules if m.startswith({heavy}))))
"""

# What a gap addendum needs and an audit alone does not: the build pipeline (but for
# pipeline.files, which writes a report), assembly, the addendum itself, the agreement's
# and the parties' types, and the Word and Markdown templating.
BUILD = (
    "crec_assemble.model.documents",
    "crec_assemble.model.parties",
    "crec_assemble.pipeline.plan",
    "crec_assemble.pipeline.produce",
    "crec_assemble.pipeline.build",
    "crec_assemble.assembly",
    "crec_assemble.audit.addendum",
    "crec_assemble.library.placeholders",
    "jinja2",
    "markdown_it",
)
VENDOR_PAPER = ROOT / "tests" / "corpus" / "partial-dpa.md"  # has gaps: the audit exits 1


def _loaded(*args: str, exit_code: int = 0, among: tuple[str, ...] = HEAVY) -> list[str]:
    """The modules named in ``among`` (or inside them) that the command imported."""
    script = SCRIPT.format(heavy=among, exit_code=exit_code)
    output = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True
    ).stdout
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


def it_loads_nothing_of_the_build_for_a_plain_audit() -> None:
    audit = ("audit", str(VENDOR_PAPER), "--role", "operator")
    assert _loaded(*audit, exit_code=1, among=(*HEAVY, *BUILD, "crec_assemble.pipeline")) == []


def it_loads_nothing_of_the_build_for_an_audit_with_a_web_page_report(tmp_path: Path) -> None:
    audit = ("audit", str(VENDOR_PAPER), "--report", str(tmp_path / "gaps.html"))
    assert _loaded(*audit, exit_code=1, among=HEAVY + BUILD) == []
    assert (tmp_path / "gaps.html").is_file()


def it_loads_the_build_when_an_audit_is_given_an_addendum_profile() -> None:
    """The checks above can fail: with --addendum an audit does load the build (here the
    paper is complete, so no addendum is written and no LibreOffice started)."""
    complete = ROOT / "tests" / "corpus" / "vendor-dpa-complete.md"
    consultant = ROOT / "examples" / "capitol-evaluation.yaml"
    loaded = _loaded("audit", str(complete), "--addendum", str(consultant), among=BUILD)
    assert {"crec_assemble.assembly", "crec_assemble.pipeline.plan"} <= set(loaded)


MAIN = """
import json, sys
from crec_assemble.cli.app import main
sys.argv = ["crec-assemble", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    commands = sorted(m for m in sys.modules if m.startswith("crec_assemble.cli."))
    print(json.dumps([done.code, commands]))
"""


def _run_main(*args: str) -> tuple[int, list[str], str]:
    """The console script's exit code, the modules of cli/ it imported, and its output."""
    output = subprocess.run([sys.executable, "-c", MAIN, *args], check=True,
                            capture_output=True, text=True).stdout  # fmt: skip
    *printed, last = output.splitlines()
    code, modules = json.loads(last)
    return code, modules, "\n".join(printed)


def it_builds_only_the_command_it_runs() -> None:
    """The console script imports no other command's module (each costs typer's reading
    of every signature in it) and runs the one named."""
    code, modules, output = _run_main("audit", str(VENDOR_PAPER), "--role", "operator")
    assert code == 1
    assert "crec_assemble.cli.documents" in modules
    assert not {"crec_assemble.cli.build", "crec_assemble.cli.register"} & set(modules)
    assert "R2    missing" in output


def it_runs_a_group_s_command_alone_too() -> None:
    code, modules, output = _run_main("clauses", "list", "--json")
    assert code == 0
    assert "crec_assemble.cli.counsel" in modules
    assert "crec_assemble.cli.documents" not in modules
    assert json.loads(output)


def it_lists_every_command_in_the_console_script_s_help() -> None:
    code, _, output = _run_main("--help")
    listed = [line.split()[0] for line in output.split("Commands:")[1].splitlines() if line.strip()]
    assert code == 0
    assert listed == [command.name for command in get_group(app).commands.values()]


def it_gives_every_name_of_the_model_when_asked_for() -> None:
    """The model package imports its modules when a name is asked for; every name resolves."""
    script = (
        "import json, sys; from crec_assemble.model import *; import crec_assemble.model as m\n"
        "print(json.dumps([name for name in m.__all__ if name not in globals()]))"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                            text=True).stdout  # fmt: skip
    assert json.loads(output) == []
