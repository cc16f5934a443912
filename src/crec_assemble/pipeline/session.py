"""What every profile of a batch shares, read once when the batch starts.

A batch renders hundreds of profiles against one clause library, one issuer
and one Word template. A :class:`BuildSession` holds them, read from the
files as they are when it is opened, and is handed explicitly to whatever
renders: the batch's thread, or each worker process when its pool starts.
Nothing is kept between batches, so a template or library changed between
two batches in one process is the one the second batch uses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..render.docx import Template, read_template
from ..resources import default_template
from .plan import BuildOptions, Loaded, Order, load_inputs, load_profiles, plan, seal_for
from .produce import Rendered, render

__all__ = ["BuildSession"]


@dataclass(frozen=True)
class BuildSession:
    """The options of a batch and the inputs its profiles share.

    Attributes:
        options: what to build, as for ``build``; its ``seal`` is the one the batch applies
            (the issuer file's, when the options named none).
        inputs: the library, issuer, build date and edition, with no profiles.
        template: the Word template, read once.
    """

    options: BuildOptions
    inputs: Loaded
    template: Template

    @classmethod
    def open(cls, options: BuildOptions) -> BuildSession:
        """Read the template, the library and the issuer, and check the edition.

        Any of these being bad would fail every profile, so it is said once, here.

        Raises:
            InputError: the template, library, issuer, edition or seal key is bad.
        """
        template = read_template(options.template or default_template())
        inputs = load_inputs(
            [], library=options.library, issuer=options.issuer,
            build_date=options.build_date, edition=options.edition,
        )  # fmt: skip
        return cls(replace(options, seal=seal_for(options, inputs.issuer)), inputs, template)

    def render(self, profile: Path) -> list[Rendered]:
        """Validate, assemble, gate and render one profile's documents, in memory.

        Raises:
            InputError: the profile is bad, or the template lost its tags.
            CheckFailed: a document misses a requirement (and ``draft`` is off).
        """
        options = self.options
        inputs = replace(self.inputs, profiles=load_profiles([profile]))
        order = Order(options.formats, options.kind, flowdowns=True)
        planned = plan(inputs, [order], draft=options.draft, esign=options.esign)
        return [render(item, self.template, options.seal) for item in planned]
