"""The browser in the tests: Debian's headless Chromium, driven through Selenium, running axe-core.

The one adapter for that process, as LibreOffice has its converter: the public site's tests
use it, and the staff web app's (issue 14) are meant to. ``./run test`` installs what it
needs: Debian's ``chromium`` and ``chromium-driver``, and the axe-core npm package into
``.cache/axe-core``. Nothing is downloaded at run time: the driver is Debian's, not one
Selenium Manager would fetch.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["AXE", "WCAG_21_AA", "Browser", "Violation", "headless_chromium"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = Path(__file__).resolve().parent.parent / ".cache/axe-core/node_modules/axe-core/axe.min.js"
# axe-core's tags for the success criteria of WCAG 2.0 and 2.1, levels A and AA.
WCAG_21_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")

_RUN_AXE = """
const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
  .then(result => done(result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(" "))}))))
  .catch(error => done({error: String(error)}));
"""


@dataclass(frozen=True)
class Violation:
    """One axe-core rule a page breaks, and where (CSS selectors of the offending nodes)."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {self.help} at {', '.join(self.targets)}"


class Browser:
    """A running headless Chromium: load a page, run axe-core on it."""

    def __init__(self, driver: Any, axe_source: str) -> None:
        self._driver = driver
        self._axe = axe_source

    def open(self, url: str) -> None:
        """Load ``url`` (``file://`` or ``http://127.0.0.1``) and wait for it to finish."""
        self._driver.get(url)

    def text(self) -> str:
        """The page's visible text, as a reader sees it."""
        return str(self._driver.find_element("tag name", "body").text)

    def violations(self, url: str, tags: Sequence[str] = WCAG_21_AA) -> list[Violation]:
        """The axe-core violations of the page at ``url`` against ``tags``.

        Raises:
            RuntimeError: when axe-core itself fails on the page.
        """
        self.open(url)
        self._driver.execute_script(self._axe)
        found = self._driver.execute_async_script(_RUN_AXE, list(tags))
        if isinstance(found, dict):
            raise RuntimeError(f"axe-core failed on {url}: {found['error']}")
        return [Violation(v["id"], str(v["impact"]), v["help"], tuple(v["targets"])) for v in found]


@contextmanager
def headless_chromium() -> Iterator[Browser]:
    """Start Debian's Chromium, headless, with a profile of its own; stop it after the block.

    Raises:
        FileNotFoundError: naming what ``./run test`` should have installed, when it is missing.
    """
    for needed in (CHROMIUM, CHROMEDRIVER, AXE):
        if not needed.is_file():
            raise FileNotFoundError(f"{needed}: missing; `./run test` installs it")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="crec-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for argument in (
            "--headless=new",
            "--no-sandbox",  # the tests run as root in CI, where Chromium's sandbox refuses
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=1280,900",
            f"--user-data-dir={profile}",
        ):
            options.add_argument(argument)
        driver = webdriver.Chrome(
            options=options, service=Service(executable_path=str(CHROMEDRIVER))
        )
        try:
            driver.set_script_timeout(60)
            yield Browser(driver, AXE.read_text(encoding="utf-8"))
        finally:
            driver.quit()
