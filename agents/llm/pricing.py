"""Token cost from a configurable price table (USD per million tokens).

The bundled table is ``agents/llm/prices.yaml``; a user table (YAML or JSON, same shape)
replaces it when ``LLMSettings.price_table`` is set. Unknown models cost ``None``
(unknown), never a guessed number.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from agents.schemas import TokenUsage

__all__ = ["BUNDLED_PRICES", "Price", "PriceTable", "cost_usd", "load_prices", "usage"]

BUNDLED_PRICES = Path(__file__).with_name("prices.yaml")


class Price(BaseModel):
    """USD per million tokens."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    input: float = Field(ge=0)
    output: float = Field(ge=0)


class PriceTable(BaseModel):
    """Prices keyed by model name (without provider prefix)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    models: dict[str, Price]

    def lookup(self, model_id: str) -> Price | None:
        """Return the price of the longest key that prefixes the model name."""
        name = model_id.split(":", 1)[-1].lower()
        keys = [k for k in self.models if name.startswith(k.lower())]
        return self.models[max(keys, key=len)] if keys else None


@lru_cache(maxsize=8)
def load_prices(path: str | None = None) -> PriceTable:
    """Load a price table from YAML or JSON (the bundled one when ``path`` is None)."""
    source = Path(path) if path else BUNDLED_PRICES
    text = source.read_text(encoding="utf-8")
    data = json.loads(text) if source.suffix == ".json" else yaml.safe_load(text)
    return PriceTable.model_validate(data)


def cost_usd(
    model_id: str, prompt: int, completion: int, table: PriceTable
) -> float | None:
    """Return the cost of one call, or None when the model has no price."""
    price = table.lookup(model_id)
    if price is None:
        return None
    return (prompt * price.input + completion * price.output) / 1_000_000


def usage(model_id: str, prompt: int, completion: int, table: PriceTable) -> TokenUsage:
    """Build a stage's ``TokenUsage`` with its cost."""
    return TokenUsage(
        prompt=prompt,
        completion=completion,
        cost_usd=cost_usd(model_id, prompt, completion, table),
    )
