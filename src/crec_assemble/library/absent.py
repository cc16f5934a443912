"""Optional blocks of the issuer file, as a clause sees them when the file leaves one out.

Issuer files written for edition 2026-07 have no ``privacy`` block, and must
still build the documents of that edition. A clause of a later edition that
prints ``issuer.privacy.email`` cannot be filled from such a file: it stops
the build with one line naming the file, the block and the clause, never an
empty blank in a contract.
"""

from __future__ import annotations

from dataclasses import fields
from types import SimpleNamespace
from typing import Any, NoReturn

from jinja2 import TemplateError

from ..model import IssuerPrivacy

__all__ = ["AbsentBlock", "MissingIssuerField", "fields_of"]

# Why a clause needs each field, said in the error so the board knows what to supply.
_BLOCKS: dict[str, type] = {"privacy": IssuerPrivacy}
_WHY = {
    ("privacy", "email"): "the monitored e-mail address contractors give breach notice to",
    ("privacy", "phone"): "the telephone number for urgent notice of a breach",
    ("privacy", "posting_page"): "the web page where notices and executed contracts are posted",
}


class MissingIssuerField(TemplateError):
    """A clause prints a block of the issuer file that this issuer file leaves out."""

    def __init__(self, source: str, block: str, field: str) -> None:
        super().__init__(f"{source}: {block}: missing")
        self.source, self.block, self.field = source, block, field

    def explain(self, clause_ref: str) -> str:
        """The one line a person reads: the file, the block, the clause, and what to add.

        ``clauses/issuer.yaml: privacy: missing; clause breach-notification@2.0.0
        prints issuer.privacy.email, the monitored e-mail address …: add …``
        """
        used = ".".join(part for part in ("issuer", self.block, self.field) if part)
        why = _WHY.get((self.block, self.field))
        needed = ", ".join(field.name for field in fields(_BLOCKS[self.block]))
        return (
            f"{self.source}: {self.block}: missing; clause {clause_ref} prints {used}"
            f"{', ' + why if why else ''}: add a {self.block} block ({needed}) to the issuer file"
        )


class AbsentBlock:
    """Stands in a clause's context for a block the issuer file leaves out.

    Any use of it — a field, a test, printing it — raises :class:`MissingIssuerField`,
    which ``render_clause`` turns into the one-line input error.
    """

    __slots__ = ("_block", "_source")

    def __init__(self, source: str, block: str) -> None:
        self._source, self._block = source, block

    def _fail(self, field: str = "") -> NoReturn:
        raise MissingIssuerField(self._source, self._block, field)

    def __getattr__(self, name: str) -> NoReturn:
        if name.startswith("_"):  # Python's own probes (copy, pickle) are not a clause's use
            raise AttributeError(name)
        self._fail(name)

    def __getitem__(self, name: object) -> NoReturn:
        self._fail(name if isinstance(name, str) else "")

    def __bool__(self) -> NoReturn:
        self._fail()

    def __str__(self) -> NoReturn:
        self._fail()

    def __iter__(self) -> NoReturn:
        self._fail()

    def __len__(self) -> NoReturn:
        self._fail()


def fields_of(value: Any) -> Any:
    """What an absent block would hold (its fields, blank), so ``clauses lint`` can tell
    ``issuer.privacy.email`` from a misspelt field without the block; any other value as is."""
    if isinstance(value, AbsentBlock):
        return SimpleNamespace(**{field.name: "" for field in fields(_BLOCKS[value._block])})
    return value
