"""Password guessing, slowed: failed logins counted by name and by address."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["LoginThrottle"]


@dataclass
class _Failures:
    count: int = 0
    until: float = 0.0


@dataclass
class LoginThrottle:
    """Slows password guessing: after ``free`` failures for one name or from one address,
    each further attempt is refused, without checking the password, for a wait that doubles
    with every failure (up to ``longest`` seconds). A success clears the name's count.

    In memory: a restart forgets it, which costs an attacker a restart per few guesses.
    """

    free: int = 5
    first_wait: float = 30.0
    longest: float = 900.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, _Failures] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, name: str, address: str) -> float:
        """Seconds before ``name`` may try again from ``address`` (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [self._failures[k].until - now for k in _keys(name, address)
                     if k in self._failures]  # fmt: skip
        return max([0.0, *waits])

    def failed(self, name: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key in _keys(name, address):
                failures = self._failures.setdefault(key, _Failures())
                failures.count += 1
                over = failures.count - self.free
                if over >= 0:
                    failures.until = now + min(self.first_wait * 2**over, self.longest)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(f"name:{name.casefold()}", None)


def _keys(name: str, address: str) -> tuple[str, str]:
    return f"name:{name.casefold()}", f"address:{address}"
