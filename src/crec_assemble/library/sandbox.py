"""Jinja, sandboxed and bounded: a clause or a Word template cannot hang or swamp a build.

Counsel writes the clause bodies and staff edit the Word template; either may
come from elsewhere. Jinja's own sandbox stops them running code, and caps
``range()``; it does not stop ``{% for %}`` loops nested three deep, a string
repeated a billion times or a macro that calls itself. Every render here runs
against a budget: a wall-clock limit, a number of steps (loop iterations,
calls, filters, output pieces) and a number of characters. Operators and
methods that multiply sizes (``*``, ``**``, ``%``, ``center``, a format
width) are checked before they run, so memory cannot blow up between two
checks of the clock. Past a limit the render stops with :class:`RenderLimit`.

A template's own faults — ``{{ 1 + "a" }}``, ``{{ 2.0 ** 5000 }}``, a macro
that never returns — surface as the Python errors in :data:`TEMPLATE_FAULTS`;
callers turn them into an input error naming the template.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Template, TemplateError, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from ..errors import shortened

__all__ = [
    "MAX_OUTPUT",
    "MAX_SECONDS",
    "MAX_STEPS",
    "TEMPLATE_FAULTS",
    "BoundedEnvironment",
    "RenderLimit",
    "describe_fault",
]

MAX_SECONDS = 5.0
"""Wall-clock time one template may render for."""
MAX_STEPS = 2_000_000
"""Loop iterations, calls, filters and output pieces one render may take."""
MAX_OUTPUT = 1_000_000
"""Characters one render (a clause) may produce, and the largest value it may build."""

TEMPLATE_FAULTS: tuple[type[BaseException], ...] = (
    TemplateError,  # RenderLimit and SecurityError among them
    TypeError,
    ValueError,
    ArithmeticError,  # OverflowError, ZeroDivisionError
    LookupError,
    RecursionError,
)
"""What a faulty template raises while it renders: its author's mistake, not the tool's."""


class RenderLimit(TemplateError):
    """A template went past one of the render limits."""


@dataclass
class _Budget:
    max_output: int
    deadline: float = field(default_factory=lambda: time.monotonic() + MAX_SECONDS)
    steps: int = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimit(f"rendering took more than {MAX_STEPS:,} steps (the limit)")
        if time.monotonic() > self.deadline:
            raise RenderLimit(f"rendering took longer than {MAX_SECONDS:g} s (the limit)")

    def size(self, value: Any) -> Any:
        if isinstance(value, str | bytes | list | tuple | dict) and len(value) > self.max_output:
            raise RenderLimit(
                f"a value of {len(value):,} characters or items, over the limit of "
                f"{self.max_output:,}"
            )
        return value


_BUDGET: ContextVar[_Budget | None] = ContextVar("crec_render_budget", default=None)


def _budget() -> _Budget:
    """The running render's budget (one render at a time per thread)."""
    return _BUDGET.get() or _Budget(MAX_OUTPUT)


class _BoundedTemplate(Template):
    """Renders piece by piece, counting characters and steps as it goes."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        limit = getattr(self.environment, "max_output", MAX_OUTPUT)
        budget = _Budget(limit)
        token = _BUDGET.set(budget)
        try:
            pieces: list[str] = []
            length = 0
            for piece in self.generate(*args, **kwargs):
                budget.step()
                length += len(piece)
                if length > limit:
                    raise RenderLimit(f"renders more than {limit:,} characters (the limit)")
                pieces.append(piece)
            return "".join(pieces)
        finally:
            _BUDGET.reset(token)


class _CountingCodeGenerator(CodeGenerator):
    """Every ``{% for %}`` iterates through ``environment.bounded_iter``, one step per item."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        wrapped = nodes.Call(
            nodes.EnvironmentAttribute("bounded_iter"), [node.iter], [], None, None,
            lineno=node.lineno,
        )  # fmt: skip
        node.iter = wrapped
        super().visit_For(node, frame)


_WIDTHS = re.compile(r"\d+")
_SIZED_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "batch", "slice")


def _check_width(*values: Any) -> None:
    for value in values:
        if isinstance(value, int) and value > MAX_OUTPUT:
            raise RenderLimit(f"a width of {value:,}, over the limit of {MAX_OUTPUT:,}")


def _check_format(text: Any) -> None:
    """``"%999999999d"``, ``"{:>999999999}"``: a width in a format string, or one given later."""
    if not isinstance(text, str):
        return
    _check_width(*(int(run) for run in _WIDTHS.findall(text) if len(run) < 20))
    if any(len(run) >= 20 for run in _WIDTHS.findall(text)) or "%*" in text or ":{" in text:
        raise RenderLimit("a format string whose width is not a plain small number")


class BoundedEnvironment(SandboxedEnvironment):
    """Jinja's sandbox with a time, step and size budget for every render."""

    template_class = _BoundedTemplate
    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})
    max_output = MAX_OUTPUT

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {name: _counted(name, job) for name, job in self.filters.items()}

    def bounded_iter(self, items: Iterable[Any]) -> Iterator[Any]:
        budget = _budget()
        for item in items:
            budget.step()
            yield item

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.step()
        target = getattr(__obj, "__wrapped__", __obj)
        if isinstance(getattr(target, "__self__", None), str):
            name = getattr(target, "__name__", "")
            if name in _SIZED_METHODS:
                _check_width(*args, *kwargs.values())
            elif name in ("format", "format_map"):
                _check_format(target.__self__)
        return budget.size(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = _budget()
        budget.step()
        if operator == "*":
            _check_repeat(left, right, budget.max_output)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%":
            _check_format(left)
        return budget.size(super().call_binop(context, operator, left, right))


def _check_repeat(left: Any, right: Any, limit: int) -> None:
    for sequence, times in ((left, right), (right, left)):
        if (
            hasattr(sequence, "__len__")
            and isinstance(times, int)
            and len(sequence) * times > limit
        ):
            raise RenderLimit(f"a value repeated {times:,} times, over the limit of {limit:,}")


def _check_power(base: Any, exponent: Any) -> None:
    sized = isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1
    if sized and base.bit_length() * exponent > MAX_OUTPUT:
        raise RenderLimit(f"a power with exponent {exponent:,}, too large to compute")


def _counted(name: str, job: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that takes a step, checks its width-like arguments and the size it returns."""
    sized = name in _SIZED_FILTERS

    def filter_(*args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.step()
        values = args[1:] if hasattr(job, "jinja_pass_arg") else args  # after the context
        if sized:
            _check_width(*values[1:], *kwargs.values())
        elif name == "format" and values:
            _check_format(values[0])
        elif name == "replace" and len(values) >= 3:
            _check_repeat(str(values[2]), len(str(values[0])) + 1, budget.max_output)
        return budget.size(job(*args, **kwargs))

    if hasattr(job, "jinja_pass_arg"):  # pass_context, pass_environment, pass_eval_context
        filter_.jinja_pass_arg = job.jinja_pass_arg  # type: ignore[attr-defined]
    return filter_


def describe_fault(error: BaseException, limit: int = 120) -> str:
    """One short line for a template's fault: a Jinja message as it is, a Python error named."""
    text = str(error) if isinstance(error, TemplateError) else f"{type(error).__name__}: {error}"
    return shortened(" ".join(text.split()), limit)
