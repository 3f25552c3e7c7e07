"""compose.yaml and the Dockerfile run what the deployment test starts.

No Docker engine runs here, so the files cannot be run; this checks that their
commands and settings are the ones tests/integration/test_deployment.py starts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
API_CMD = ["python", "-m", "api", "--host", "0.0.0.0", "--port", "8000"]


def _compose() -> dict:
    return yaml.safe_load((REPO / "compose.yaml").read_text())


def test_compose_services_match_the_deployment_test():
    services = _compose()["services"]
    assert set(services) == {"api-1", "api-2", "chroma", "postgres"}
    for name in ("api-1", "api-2"):
        api = services[name]
        assert api["command"] == API_CMD
        env = api["environment"]
        assert env["REASONER_CHROMA_URL"] == "http://chroma:8000"
        assert env["REASONER_CHECKPOINT_URL"].startswith("postgresql://")
        assert set(api["depends_on"]) == {"chroma", "postgres"}
    assert services["chroma"]["command"][:2] == ["chroma", "run"]
    assert services["postgres"]["image"] == "postgres:15"  # Debian 12's server
    test = (REPO / "tests/integration/test_deployment.py").read_text()
    for pattern in (
        r'"-m",\s*"api"',
        r'cli,\s*"run"',
        "REASONER_CHROMA_URL",
        "REASONER_CHECKPOINT_URL",
    ):
        assert re.search(pattern, test), pattern


def test_dockerfile_serves_with_the_tested_command():
    text = (REPO / "Dockerfile").read_text()
    cmd = re.search(r"^CMD (\[.*\])$", text, re.M)
    assert cmd and json.loads(cmd.group(1)) == API_CMD
    assert "pip install -e ." in text  # the install step CI runs
    assert "/readyz" in text  # health = readiness (after the warm-up)
