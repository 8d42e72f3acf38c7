"""A click group that imports a command's module only when that command runs.

`lso --help` lists every command from a static table (`commands.COMMANDS`), so it starts
without importing Scrapy, warcio or sqlite-utils; `lso diff` imports only what `diff` needs.
Usage errors are reported on one line (`Error: ... (try 'lso diff --help')`), exit status 2.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

import click
from click.exceptions import NoArgsIsHelpError


@dataclass(frozen=True)
class Entry:
    """Where a command lives and the first line of its help (shown by `lso --help`)."""

    module: str
    attribute: str
    summary: str


class LazyCommands(MutableMapping[str, click.Command]):
    """The group's `commands` mapping: names come from the table, commands load on lookup."""

    def __init__(self, table: Mapping[str, Entry]) -> None:
        self.table = table
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name in self._loaded:
            return self._loaded[name]
        entry = self.table[name]  # KeyError for an unknown name, as a dict would
        module = importlib.import_module(entry.module)
        # A module may register itself with `@main.command()` while being imported.
        command = self._loaded.get(name) or getattr(module, entry.attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{entry.module}.{entry.attribute} is not a click command")
        self._loaded[name] = command
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        del self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set(self.table) | set(self._loaded)))

    def __len__(self) -> int:
        return len(set(self.table) | set(self._loaded))

    def __contains__(self, name: object) -> bool:
        return name in self.table or name in self._loaded


class OneLineUsageError(click.ClickException):
    """A usage error shown as one line, with where to find help; exit status 2."""

    exit_code = 2


def _one_line(error: click.UsageError) -> OneLineUsageError:
    message = error.format_message()
    if error.ctx is not None:
        message = f"{message} (try '{error.ctx.command_path} --help')"
    return OneLineUsageError(" ".join(message.split()))


class LazyGroup(click.Group):
    """A group whose commands are listed from a table and imported only when invoked."""

    def __init__(
        self, name: str | None = None, *, table: Mapping[str, Entry], **kwargs: Any
    ) -> None:
        super().__init__(name, commands=LazyCommands(table), **kwargs)
        self.table = table

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands from the table, importing none of them."""
        names = [name for name in self.list_commands(ctx) if name in self.table]
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, _shorten(self.table[name].summary, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise _one_line(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise _one_line(error) from None


def _shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to fit `limit` characters, with "..." when cut."""
    if len(text) <= limit:
        return text
    words: list[str] = []
    for word in text.split():
        if len(" ".join([*words, word])) + 3 > limit:
            break
        words.append(word)
    return " ".join(words).rstrip(",;:") + "..."
