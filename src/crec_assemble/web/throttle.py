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

    In memory: a restart forgets it, which costs an attacker a restart per few guesses. It
    remembers at most ``capacity`` names and addresses, forgetting the one whose last
    failure is oldest first, so that guessing with ever new names cannot fill the memory.
    """

    free: int = 5
    first_wait: float = 30.0
    longest: float = 900.0
    capacity: int = 10_000
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, _Failures] = field(default_factory=dict)  # oldest failure first
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def attempt(self, name: str, address: str) -> float:
        """Begin a sign-in as ``name`` from ``address``: the seconds it must wait first
        (it is refused, and nothing is counted), or 0, and then it already counts as a
        failure, until :meth:`succeeded` says the password was right.

        Counted before the password is checked, not after: checking takes a while
        (argon2), and attempts sent together would all be let through before the first
        of them had failed.
        """
        now = self.clock()
        keys = _keys(name, address)
        with self._lock:
            waits = [self._failures[k].until - now for k in keys if k in self._failures]
            wait = max([0.0, *waits])
            if wait == 0:
                for key in keys:
                    self._count(key, now)
        return wait

    def succeeded(self, name: str, address: str) -> None:
        """The password was right: the name's count begins again, and the attempt no
        longer counts against the address."""
        name_key, address_key = _keys(name, address)
        with self._lock:
            self._failures.pop(name_key, None)
            failures = self._failures.get(address_key)
            if failures is not None:
                failures.count = max(failures.count - 1, 0)
                if failures.count < self.free:
                    failures.until = 0.0

    def __len__(self) -> int:
        """How many names and addresses it remembers (never more than ``capacity``)."""
        return len(self._failures)

    def _count(self, key: str, now: float) -> None:
        """One more failure for ``key``, which becomes the most recent; the least recent
        are forgotten beyond ``capacity``. The caller holds the lock."""
        failures = self._failures.pop(key, None) or _Failures()
        self._failures[key] = failures
        while len(self._failures) > self.capacity:
            del self._failures[next(iter(self._failures))]
        failures.count += 1
        over = failures.count - self.free
        if over >= 0:
            failures.until = now + min(self.first_wait * 2**over, self.longest)


def _keys(name: str, address: str) -> tuple[str, str]:
    return f"name:{name.casefold()}", f"address:{address}"
