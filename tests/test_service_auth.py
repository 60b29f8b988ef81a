"""API keys: required when configured, compared in constant time, never logged; exposure needs keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from service_server import ServiceProcess
from tests_paths import REPO

from extractor.errors import ConfigError
from extractor.service.config import ServiceConfig, is_loopback
from extractor.service.security import match_key

pytestmark = pytest.mark.slow

GOOD = "k-good-0123456789abcdef"
OTHER = "k-other-0123456789abcdef"
WRONG = "k-wrong-fedcba9876543210"


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> ServiceProcess:
    folder = tmp_path_factory.mktemp("keyed")
    proc = ServiceProcess(folder, env={"EXTRACTOR_API_KEYS": f"{GOOD}, {OTHER}"}).start()
    yield proc
    proc.stop()


def _problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()


def test_no_key_is_401(keyed: ServiceProcess) -> None:
    response = httpx.post(f"{keyed.base_url}/v1/extract", json={"text": "Jets struck Idlib."}, timeout=60)
    problem = _problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "API key" in problem["detail"]


def test_wrong_key_is_401_and_not_echoed(keyed: ServiceProcess) -> None:
    for headers in ({"Authorization": f"Bearer {WRONG}"}, {"X-API-Key": WRONG}, {"Authorization": f"Basic {GOOD}"}):
        response = httpx.get(f"{keyed.base_url}/metrics", headers=headers)
        _problem(response, 401)
        assert WRONG not in response.text and GOOD not in response.text


def test_key_in_the_query_string_is_not_accepted(keyed: ServiceProcess) -> None:
    _problem(httpx.get(f"{keyed.base_url}/metrics", params={"api_key": GOOD}), 401)


def test_right_keys_are_accepted_both_ways(keyed: ServiceProcess) -> None:
    bearer = httpx.post(
        f"{keyed.base_url}/v1/extract",
        json={"text": "Jets struck Idlib."},
        headers={"Authorization": f"Bearer {GOOD}"},
        timeout=60,  # the first extraction of a fresh server warms the engine up
    )
    assert bearer.status_code == 200, bearer.text
    header = httpx.get(f"{keyed.base_url}/metrics", headers={"X-API-Key": OTHER})
    assert header.status_code == 200


def test_health_probes_need_no_key(keyed: ServiceProcess) -> None:
    assert httpx.get(f"{keyed.base_url}/healthz").status_code == 200
    assert httpx.get(f"{keyed.base_url}/readyz").status_code == 200


def test_keys_never_reach_the_log(keyed: ServiceProcess) -> None:
    httpx.get(f"{keyed.base_url}/metrics", headers={"X-API-Key": WRONG})
    httpx.get(f"{keyed.base_url}/metrics", headers={"X-API-Key": GOOD})
    httpx.get(f"{keyed.base_url}/metrics?api_key=zz", headers={"Authorization": f"Bearer {GOOD}"})
    log = keyed.output()
    assert "/metrics" in log, "the access log is on, so the check below reads real log lines"
    assert "missing or unknown API key" in log
    for key in (GOOD, OTHER, WRONG):
        assert key not in log


def test_match_key_checks_every_key() -> None:
    keys = (GOOD.encode(), OTHER.encode())
    assert match_key(GOOD, keys) and match_key(OTHER, keys)
    assert not match_key(WRONG, keys) and not match_key("", keys) and not match_key(GOOD[:-1], keys)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_exposed_address_needs_keys_of_decent_length() -> None:
    with pytest.raises(ConfigError, match="EXTRACTOR_API_KEYS"):
        ServiceConfig(host="0.0.0.0").check()
    with pytest.raises(ConfigError, match="shorter than 16"):
        ServiceConfig(host="0.0.0.0", api_keys=("short",)).check()
    ServiceConfig(host="0.0.0.0", api_keys=(GOOD,)).check()
    ServiceConfig().check()


def test_serve_refuses_an_exposed_address_without_keys(tmp_path: Path) -> None:
    """The CLI exits with a one-line error before binding anything."""
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "serve", "--host", "0.0.0.0", "--db", str(tmp_path / "s.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("error: --host 0.0.0.0 accepts connections from other machines")
    assert "Traceback" not in done.stderr
