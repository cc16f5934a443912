"""The converter thread of a batch is stopped however its start ends.

A SIGTERM handler raises in the main thread wherever it is, even inside ``Thread.start()``
while it waits for the thread to run; by then the thread may be making LibreOffice's profile,
which only its own clean-up removes (an end-to-end run of this, with LibreOffice, is
``tests/test_batch.py::it_leaves_no_libreoffice_running_when_terminated``, which can meet
that narrow window only now and then, under load)."""

from __future__ import annotations

from typing import cast

import pytest

from crec_assemble.pipeline.batch import _converting
from crec_assemble.pipeline.conversion_queue import ConversionQueue


class _Thread:
    """A stand-in for the converter thread that records what the batch asks of it."""

    def __init__(self, *, runs: bool) -> None:
        self.ident: int | None = None
        self.calls: list[str] = []
        self._runs = runs

    def start(self) -> None:
        self.calls.append("start")
        if self._runs:
            self.ident = 1  # the thread runs: the signal comes while start() still waits
        raise SystemExit(143)

    def stop(self) -> None:
        self.calls.append("stop")

    def join(self, timeout: float | None = None) -> None:
        self.calls.append("join")


def it_stops_and_waits_for_a_thread_whose_start_a_signal_cut_short() -> None:
    thread = _Thread(runs=True)
    with pytest.raises(SystemExit), _converting(cast(ConversionQueue, thread)):
        pass
    assert thread.calls == ["start", "stop", "join"]


def it_does_not_wait_for_a_thread_that_never_ran() -> None:
    thread = _Thread(runs=False)
    with pytest.raises(SystemExit), _converting(cast(ConversionQueue, thread)):
        pass
    assert thread.calls == ["start", "stop"]
