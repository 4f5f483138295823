"""xdist scheduling that keeps each sample language's tests on one worker.

Each language's samples are checked in one batch (one `tsc`, one `cargo
build`...) by the first test that needs them, so spreading a language over
both workers would do every batch twice. Tests under `tests/samples/` whose
parameter id names a language (`[plyr/user.logout/go]`, `[go]`) form one
unit of work per language; every other test is a unit of its own, as with
`--dist load`. (xdist's own `--dist loadgroup` marks do not work with pytest 9:
xdist writes the group into a node attribute pytest no longer reads.)

Registered by the root `tests/conftest.py`; used for `-n` runs with the
default `load` distribution, any other `--dist` given is left alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

from tests.samples.toolchains import TOOLCHAINS


def language_scope(nodeid: str) -> str:
    """`samples-<language>` for a samples test of one language, else the test's own id."""
    if "tests/samples/" in nodeid and nodeid.endswith("]"):
        language = nodeid[nodeid.rindex("[") + 1 : -1].rsplit("/", 1)[-1]
        if language in TOOLCHAINS:
            return f"samples-{language}"
    return nodeid


class ByLanguage(LoadScopeScheduling):
    def _split_scope(self, nodeid: str) -> str:
        return language_scope(nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> ByLanguage | None:
    if config.getvalue("dist") != "load":
        return None
    return ByLanguage(config, log)
