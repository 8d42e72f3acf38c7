"""A writer SIGKILLed mid-write loses nothing it reported as written, and repair() finishes."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lso_crawler.warc.files import WarcFileWriter, WarcPointer
from lso_crawler.warc.reader import read_record
from lso_crawler.warc.repair import repair
from lso_crawler.warc.verify import verify_archive
from tests.warc.conftest import INFO
from tests.warc.samples import capture

ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(
    directory: Path,
    *,
    pause_at: int = 0,
    split: str = "none",
    max_size: int = 1_000_000_000,
    body_size: int = 50_000,
    kill_after: int | None = None,
) -> list[WarcPointer]:
    """Run the child until it pauses (or reports ``kill_after`` pointers), SIGKILL it."""
    command = [sys.executable, "-m", "tests.warc.crash_child", str(directory)]
    command += [str(pause_at), split, str(max_size), str(body_size)]
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    pointers = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PTR "):
                pointers.append(WarcPointer(**json.loads(line[4:])))
                if kill_after is not None and len(pointers) == kill_after:
                    time.sleep(0.003 * kill_after)  # somewhere inside a later write
                    break
            elif line.strip() == "PAUSED":
                break
        else:
            pytest.fail(f"child ended early with {child.wait()}")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return pointers


def assert_intact(directory: Path, pointers: list[WarcPointer]) -> None:
    """Every reported capture reads back, every file passes gzip -t and verify()."""
    assert not list(directory.glob("*.open"))
    for pointer in pointers:
        record = read_record(directory, pointer)
        record.raw_stream.read()
        assert record.digest_checker.passed is True
    for path in directory.glob("*.warc.gz"):
        with gzip.open(path) as stream:  # every member, CRC and length checked
            while stream.read(1 << 20):
                pass
        if shutil.which("gzip"):
            subprocess.run(["gzip", "-t", str(path)], check=True)
    report = verify_archive(directory)
    assert report.ok, report.problems


# (write to pause at, how much of it gets written, records kept, bytes cut?)
# Write 1 is the warcinfo, write 2 the first capture, write 3 the second.
CASES = {
    "between captures": (3, "none", 1 + 2, False),
    "inside a response": (3, "half-first", 1 + 2, True),
    "after a response": (3, "boundary", 1 + 2 + 1, False),
    "inside a request": (3, "half-second", 1 + 2 + 1, True),
    "before the sync": (3, "all", 1 + 2 + 2, False),
    "inside the first warcinfo": (1, "half-first", 0, True),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_kill_mid_write_then_repair(tmp_path: Path, case: str) -> None:
    pause_at, split, kept, cut = CASES[case]
    pointers = run_and_kill(tmp_path, pause_at=pause_at, split=split)
    assert len(pointers) == max(pause_at - 2, 0)
    [open_file] = tmp_path.glob("*.open")
    [report] = repair(tmp_path)
    assert report.open_path == open_file
    assert report.records_kept == kept
    assert (report.bytes_cut > 0) == cut
    assert (report.cut_reason is not None) == cut
    if kept:
        assert report.repaired == tmp_path / open_file.name.removesuffix(".open")
        assert report.repaired.stat().st_size == report.bytes_kept
    else:
        assert report.repaired is None and not list(tmp_path.iterdir())
    assert_intact(tmp_path, pointers)


def test_kill_while_opening_the_next_file(tmp_path: Path) -> None:
    # 60 KB bodies, 150 KB files: two captures per file, so write 4 is file 2's warcinfo.
    pointers = run_and_kill(
        tmp_path, pause_at=4, split="half-first", max_size=150_000, body_size=60_000
    )
    assert len(pointers) == 2
    [report] = repair(tmp_path)
    assert report.repaired is None and report.records_kept == 0
    assert len(list(tmp_path.glob("*.warc.gz"))) == 1
    assert_intact(tmp_path, pointers)


@pytest.mark.parametrize("kill_after", [1, 4, 9])
def test_kill_at_full_speed(tmp_path: Path, kill_after: int) -> None:
    pointers = run_and_kill(tmp_path, kill_after=kill_after, max_size=1_500_000, body_size=300_000)
    reports = repair(tmp_path)
    assert len(reports) <= 1  # none when killed between closing a file and opening the next
    assert_intact(tmp_path, pointers)


def test_repair_leaves_a_live_writer_alone(tmp_path: Path) -> None:
    with WarcFileWriter(tmp_path, INFO, fsync=False) as writer:
        writer.write_capture(capture(1))
        before = writer.path.stat().st_size
        assert repair(tmp_path) == []
        assert writer.path.exists() and writer.path.stat().st_size == before
    assert repair(tmp_path) == []
    assert os.listdir(tmp_path) == [writer.finished[0].name]
