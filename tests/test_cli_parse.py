"""The command line: the reader's options are read without building the subcommands, and
anything else (a command, a typo, help) gets the whole parser and its messages."""

from __future__ import annotations

import pytest

from interact_desktop.cli import COMMANDS, build_parser, parse


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


def test_a_commands_own_option_is_not_taken_for_the_readers():
    args = parse(["search", "--lang", "all", "SIRENE"])
    assert (args.command, args.search_lang) == ("search", "all")


def test_the_list_of_commands_is_the_parsers(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["no-such-command"])
    offered = capsys.readouterr().err.split("choose from ", 1)[1]
    assert tuple(name.strip(" '\n)") for name in offered.split(",")) == COMMANDS
