"""The command line: the reader's options are read without building the subcommands, and
anything else (a command, a typo, help) gets the whole parser and its messages."""

from __future__ import annotations

import pytest

from interact_desktop.cli import parse


def test_the_readers_options_alone_open_the_reader():
    args = parse(["--lang", "el", "--open", "response-hotline"])
    assert (args.command, args.lang, args.open) == (None, "el", "response-hotline")


def test_a_command_is_read_with_its_own_options():
    args = parse(["--lang", "fr", "search", "SIRENE", "--kind", "section"])
    assert (args.command, args.query, args.lang, args.kind) == (
        "search",
        ["SIRENE"],
        "fr",
        "section",
    )


def test_a_mistyped_command_names_the_commands_and_exits_1(capsys):
    with pytest.raises(SystemExit) as stop:
        parse(["serch", "SIRENE"])
    assert stop.value.code == 1
    assert "invalid choice: 'serch'" in capsys.readouterr().err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        parse(["--help"])
    assert "check-content" in capsys.readouterr().out
