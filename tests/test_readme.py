"""Docs as tests: every code block of the README runs or is checked against the real program (issue 13).

Python blocks are executed (against a real llama.cpp server for the LLM call). Bash blocks: every
``extractor`` command must name real subcommands and flags (checked against ``--help``), and the
cheap offline ones are run; the local-server recipe is run as written, then with a context too small
to see the documented error. The ``extractor --help`` block must be the real help, and the front
matter example must parse as documented.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.articles import parse_article
from extractor.cli import app
from extractor.testing.llama_server import free_port

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```", README, flags=re.M | re.S)
SUBCOMMANDS = {
    "extract",
    "ingest",
    "brief",
    "eval",
    "compare",
    "report",
    "cache",
    "stats",
    "clear",
    "schema",
    "export",
    "serve",
    "store",
    "check",
    "migrate",
}
PLACEHOLDER = re.compile(r"\b(PATH|FILE|DIR|RUN_[AB]|RUN|YYYY-MM-DD|N)\b|\.\.\.|\|")


def blocks(kind: str) -> list[str]:
    return [body for lang, body in BLOCKS if lang == kind]


def commands(block: str) -> list[str]:
    """One string per command of a bash block: continuation lines joined, comments dropped."""
    out: list[str] = []
    for raw in block.replace("\\\n", " ").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).rstrip()
        if not line.strip():
            continue
        if raw[:1].isspace() and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return out


def help_text(path: list[str]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="extractor", terminal_width=80)
    assert result.exit_code == 0, (path, result.output)
    return result.output


def extractor_commands() -> list[tuple[str, list[str], list[str], bool]]:
    """(command, subcommand path, flags, needs an LLM endpoint) of every ``extractor`` command in the
    README's bash blocks, including those chained with ``&&`` after a setup step."""
    found = []
    for block in blocks("bash"):
        llm = "EXTRACTOR_BASE_URL" in block or "llama_cpp.server" in block
        for line in commands(block):
            for command in line.split(" && "):
                words = command.split()
                if not words or not words[0].endswith("extractor"):
                    continue
                tokens = command.replace("[", " ").replace("]", " ").split()[1:]
                path = [t for t in tokens if t in SUBCOMMANDS][:2]
                if path[:1] == ["cache"]:
                    path = ["cache", "stats"]
                flags = [f.split("=")[0] for t in tokens if t.startswith("-") and t != "-" for f in t.split("/")]
                found.append((command, path, flags, llm))
    return found


def test_the_readme_has_the_blocks_these_tests_read() -> None:
    assert len(blocks("python")) == 1 and len(blocks("bash")) >= 4 and len(extractor_commands()) >= 10
    assert any(c.startswith(".venv/bin/extractor extract evals/") for c, *_ in extractor_commands())  # quick start


@pytest.mark.parametrize(
    "command, path, flags", [c[:3] for c in extractor_commands()], ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_extractor_command_in_the_readme_uses_real_subcommands_and_flags(
    command: str, path: list[str], flags: list[str]
) -> None:
    text = help_text(path)
    for flag in flags:
        assert re.search(rf"(^|[\s,/]){re.escape(flag)}([\s,/=]|$)", text, re.M), f"{flag} not in `{path} --help`"


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [c for c, _, _, llm in extractor_commands() if not llm and not PLACEHOLDER.search(c)]
)
def test_the_readme_offline_commands_run(command: str, tmp_path: Path) -> None:
    """Commands that need no endpoint and name no placeholder run as written (from the repository)."""
    words = shlex.split(command)
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "EXTRACTOR_DB": str(tmp_path / "s.db")}
    for var in ("EXTRACTOR_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "EXTRACTOR_ENGINE"):
        env.pop(var, None)
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", *words[1:]], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, command + "\n" + proc.stdout[-2000:] + proc.stderr[-2000:]


def test_the_help_shown_in_the_readme_is_the_real_help() -> None:
    shown = next(b for b in blocks("text") if b.startswith("Usage: extractor"))
    assert help_text([]) == shown


def test_the_front_matter_example_parses_as_documented() -> None:
    example = next(b for b in blocks("text") if b.startswith("---"))
    article = parse_article(example)
    assert (article.title, article.outlet, str(article.published)) == (
        "Source: US strikes kill 20 in Somalia",
        "Reuters",
        "2019-03-14",
    )
    assert article.text.startswith("The US military said") and set(article.field_sources.values()) >= {"front_matter"}


@pytest.mark.slow
def test_the_python_block_runs(llama_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as a user would, from a folder holding the repository's evals and a store made with `ingest`."""
    (tmp_path / "evals").symlink_to(REPO / "evals")
    monkeypatch.chdir(tmp_path)
    ingest = subprocess.run(
        [sys.executable, "-m", "extractor", "ingest", "evals/articles", "--db", "extractor.db", "--engine", "offline"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ},
    )
    assert ingest.returncode == 0, ingest.stderr
    (code,) = blocks("python")
    assert "http://127.0.0.1:8080/v1" in code
    namespace: dict[str, object] = {}
    exec(compile(code.replace("http://127.0.0.1:8080/v1", llama_server), "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["result"].metadata.engine == "llm"  # type: ignore[attr-defined]
    assert namespace["today"].counts.articles >= 1  # type: ignore[attr-defined]
    assert (tmp_path / "results.jsonl").is_file()


def _recipe() -> tuple[list[str], list[str]]:
    """The README's llama.cpp server command and the extract command after it, as argument lists."""
    block = next(b for b in blocks("bash") if "llama_cpp.server" in b)
    server, extract = commands(block)
    return shlex.split(server), shlex.split(extract)


def _start(server: list[str], port: int, log: Path, n_ctx: str | None = None) -> subprocess.Popen[bytes]:
    from extractor.testing.llama_server import gemma_model_path

    args = [sys.executable if w == "python" else w for w in server]
    args[args.index("--model") + 1] = str(gemma_model_path())  # what "$(python -c ...)" prints
    args[args.index("--port") + 1] = str(port)
    if n_ctx is not None:
        args[args.index("--n_ctx") + 1] = n_ctx
    process = subprocess.Popen(args, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")[-2000:]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise AssertionError("the llama.cpp server of the README recipe did not come up")


def _run_extract(extract: list[str], port: int, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    args = [w.replace("127.0.0.1:8080", f"127.0.0.1:{port}") for w in extract[1:]]
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args, "-f", "json", "--no-cache"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_the_local_server_recipe_works_as_written_and_a_small_context_is_a_clear_error(tmp_path: Path) -> None:
    import json

    server, extract = _recipe()
    assert server[:3] == ["python", "-m", "llama_cpp.server"] and "--concurrency" in extract
    port = free_port()
    process = _start(server, port, tmp_path / "server.log")
    try:
        proc = _run_extract(extract, port, tmp_path)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert proc.returncode == 0, proc.stderr
    (result,) = json.loads(proc.stdout)
    assert result["metadata"]["served_model"] == "gemma-3-270m" and result["article"]["text"]

    port = free_port()
    process = _start(server, port, tmp_path / "small.log", n_ctx="512")
    try:
        proc = _run_extract(extract, port, tmp_path)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert proc.returncode == 1
    assert "does not fit the model's context window" in proc.stderr and "--n_ctx" in proc.stderr
    assert "EXTRACTOR_CHUNK_CHARS" in proc.stderr
