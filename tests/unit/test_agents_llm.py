"""Model factory, settings without secrets, data-use-safe mode and pricing."""

from __future__ import annotations

import json

import pytest
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from agents.llm import (
    DataUseError,
    LLMSettings,
    check_endpoint_allowed,
    endpoint_host,
    make_chat_model,
    sampling_models,
)
from agents.llm.local_server import bundled_model_path
from agents.llm.pricing import cost_usd, load_prices, usage


def test_public_settings_hide_the_key():
    s = LLMSettings(model="openai:gpt-4o-mini", api_key=SecretStr("sk-SECRET-123"))
    pub = s.public()
    assert "api_key" not in pub and pub["api_key_set"] is True
    assert "sk-SECRET-123" not in json.dumps(pub, default=str)
    assert "sk-SECRET-123" not in repr(s)
    assert LLMSettings().public()["api_key_set"] is False


def test_factory_openai_compatible_base_url():
    s = LLMSettings(
        base_url="http://127.0.0.1:8080/v1",
        model="local",
        temperature=0.1,
        seed=7,
        max_tokens=64,
        timeout_s=5,
        max_retries=3,
    )
    m = make_chat_model(s)
    assert isinstance(m, ChatOpenAI)
    assert m.openai_api_base == "http://127.0.0.1:8080/v1"
    assert m.model_name == "local"
    assert (m.temperature, m.seed, m.max_tokens) == (0.1, 7, 64)
    assert (m.request_timeout, m.max_retries) == (5, 3)
    assert m.openai_api_key.get_secret_value() == "not-needed"


def test_factory_provider_string_uses_init_chat_model():
    s = LLMSettings(model="openai:gpt-4o-mini", api_key=SecretStr("sk-test"))
    m = make_chat_model(s)
    assert isinstance(m, ChatOpenAI) and m.model_name == "gpt-4o-mini"
    assert m.openai_api_key.get_secret_value() == "sk-test"


def test_factory_needs_a_model():
    with pytest.raises(ValueError, match="model"):
        make_chat_model(LLMSettings())


def test_sampling_models_vary_the_seed_for_openai_compatible():
    s = LLMSettings(base_url="http://127.0.0.1:1/v1", seed=10)
    variants = sampling_models(make_chat_model(s), s, 3)
    assert [v.kwargs["seed"] for v in variants] == [10, 11, 12]


@pytest.mark.parametrize(
    "settings",
    [
        LLMSettings(base_url="http://127.0.0.1:8080/v1"),
        LLMSettings(base_url="http://localhost:11434/v1"),
        LLMSettings(base_url="http://[::1]:8000/v1"),
        LLMSettings(
            base_url="http://gpu-box.lan:8000/v1", allowed_hosts=("gpu-box.lan",)
        ),
        LLMSettings(model="openai:gpt-4o", allow_remote_with_credentialed_data=True),
        LLMSettings(),
    ],
)
def test_data_use_safe_allows_loopback_allowlist_and_opt_in(settings):
    check_endpoint_allowed(settings, credentialed=True)


@pytest.mark.parametrize(
    ("settings", "host"),
    [
        (LLMSettings(base_url="http://10.0.0.5:8000/v1"), "10.0.0.5"),
        (LLMSettings(model="openai:gpt-4o-mini"), "api.openai.com"),
        (
            LLMSettings(base_url="https://vllm.example.org/v1", allowed_hosts=("x",)),
            "vllm.example.org",
        ),
    ],
)
def test_data_use_safe_refuses_remote_with_credentialed_data(settings, host):
    assert endpoint_host(settings) == host
    check_endpoint_allowed(settings, credentialed=False)
    with pytest.raises(DataUseError, match="data-use agreement") as err:
        check_endpoint_allowed(settings, credentialed=True)
    assert host in str(err.value) and "allowed_hosts" in str(err.value)


def test_bundled_prices_and_longest_prefix():
    table = load_prices()
    assert cost_usd("openai:gpt-4o-mini", 1_000_000, 0, table) == pytest.approx(0.15)
    assert cost_usd("gpt-4o-2024-08-06", 0, 1_000_000, table) == pytest.approx(10.0)
    assert cost_usd("local", 5000, 5000, table) == 0.0
    assert cost_usd("someprovider:unknown-model", 10, 10, table) is None
    assert usage("unknown", 3, 4, table).cost_usd is None


def test_user_price_table_overrides(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"models": {"my-model": {"input": 1, "output": 2}}}))
    table = load_prices(str(path))
    assert cost_usd("vllm:my-model-7b", 1_000_000, 1_000_000, table) == 3.0
    assert cost_usd("gpt-4o-mini", 1, 1, table) is None


def test_bundled_gguf_ships_in_the_package():
    path = bundled_model_path()
    assert path.suffix == ".gguf" and path.stat().st_size > 50_000_000
