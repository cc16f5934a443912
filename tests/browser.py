"""The browser in the tests: Debian's headless Chromium, driven through Selenium, running axe-core.

The one adapter for that process, as LibreOffice has its converter: the public site's tests
and the staff web app's use it. ``./run test`` installs what it
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
    """A running headless Chromium: load a page, fill and submit its forms as a person would,
    run axe-core on it, and keep what it downloads."""

    def __init__(self, driver: Any, axe_source: str, downloads: Path) -> None:
        self._driver = driver
        self._axe = axe_source
        self.downloads = downloads

    @property
    def url(self) -> str:
        return str(self._driver.current_url)

    def find(self, css: str) -> Any:
        """The first element ``css`` selects (Selenium raises when there is none)."""
        return self._driver.find_element("css selector", css)

    def find_all(self, css: str) -> list[Any]:
        return list(self._driver.find_elements("css selector", css))

    def fill(self, css: str, text: str) -> None:
        """Type ``text`` into a field, replacing what it held."""
        field = self.find(css)
        field.clear()
        field.send_keys(text)

    def click(self, css: str) -> None:
        self.find(css).click()

    def attach(self, css: str, path: Path) -> None:
        """Choose ``path`` in a file input."""
        self.find(css).send_keys(str(path))

    def wait_for(self, css: str, seconds: float = 60) -> Any:
        """Wait until an element ``css`` selects is on the page (after a post or an htmx swap)."""
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self._driver, seconds).until(
            lambda driver: (driver.find_elements("css selector", css) or [None])[0]
        )

    def download(self, name: str, seconds: float = 30) -> Path:
        """Wait for a file the browser downloads to finish; its path."""
        from selenium.webdriver.support.ui import WebDriverWait

        target = self.downloads / name
        WebDriverWait(self._driver, seconds).until(
            lambda _: target.is_file() and not target.with_name(name + ".crdownload").exists()
        )
        return target

    def screenshot(self, path: Path) -> None:
        """A PNG of the whole page as it is now."""
        height = self._driver.execute_script("return document.body.scrollHeight")
        self._driver.set_window_size(1280, max(900, int(height) + 40))
        self._driver.save_screenshot(str(path))
        self._driver.set_window_size(1280, 900)

    def page_violations(self, tags: Sequence[str] = WCAG_21_AA) -> list[Violation]:
        """The axe-core violations of the page as it is now (after a form was sent, say).

        Raises:
            RuntimeError: when axe-core itself fails on the page.
        """
        self._driver.execute_script(self._axe)
        found = self._driver.execute_async_script(_RUN_AXE, list(tags))
        if isinstance(found, dict):
            raise RuntimeError(f"axe-core failed on {self.url}: {found['error']}")
        return [Violation(v["id"], str(v["impact"]), v["help"], tuple(v["targets"])) for v in found]

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
        return self.page_violations(tags)


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
        downloads = Path(profile) / "downloads"
        downloads.mkdir()
        options = webdriver.ChromeOptions()
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
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
            yield Browser(driver, AXE.read_text(encoding="utf-8"), downloads)
        finally:
            driver.quit()
