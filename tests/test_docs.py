"""The README stays true: every setting documented, the two set-up commands present, scripts exist."""
from __future__ import annotations

import re
from pathlib import Path

from kb.settings import SETTINGS, load_settings

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_default():
    text = _readme()
    for name, default, _help in SETTINGS:
        row = re.search(rf"^\|\s*`{name}`\s*\|\s*`DKB_{name.upper()}`\s*\|\s*`?([^|`]*)`?\s*\|", text, re.M)
        assert row, f"setting {name} is not in the README's settings table"
        assert row.group(1).strip() == str(default), f"README shows a stale default for {name}"


def test_readme_names_exactly_two_setup_commands_that_exist():
    text = _readme()
    commands = re.findall(r"^\s*(bash scripts/\S+\.sh)\s*$", text, re.M)
    assert sorted(set(commands)) == ["bash scripts/run.sh", "bash scripts/test.sh"]
    for command in commands:
        assert (README.parent / command.split()[1]).exists()


def test_ci_calls_the_readme_test_command():
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


def test_environment_overrides_defaults_and_unknown_names_fail():
    settings = load_settings(environ={"DKB_ROW_CAP": "7", "DKB_STORE": "memory:"})
    assert settings["row_cap"] == 7 and settings["store"] == "memory:"
    import pytest
    from kb.errors import ConfigError
    with pytest.raises(ConfigError):
        load_settings(environ={}, no_such_setting="x")
    with pytest.raises(ConfigError):
        load_settings(environ={"DKB_ROW_CAP": "many"})
