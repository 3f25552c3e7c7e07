"""PNG plots for the report (matplotlib, Agg backend, imported lazily)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def pyplot() -> Any:
    """Return ``matplotlib.pyplot`` on the Agg backend (imported on first use)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _confusion(plt: Any, conf: dict[str, Any], title: str, path: Path) -> None:
    import numpy as np

    mat = np.array(conf["matrix"], dtype=float)
    fig, ax = plt.subplots(figsize=(1.1 * len(conf["columns"]) + 2, 0.6 * len(mat) + 2))
    ax.imshow(mat, cmap="Blues")
    ax.set_xticks(range(len(conf["columns"])), conf["columns"], rotation=45, ha="right")
    ax.set_yticks(range(len(conf["labels"])), conf["labels"])
    for i in range(mat.shape[0]):
        for j in range(mat.shape[1]):
            if mat[i, j]:
                color = "white" if mat[i, j] > mat.max() / 2 else "black"
                ax.text(j, i, int(mat[i, j]), ha="center", va="center", color=color)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _recall_bars(plt: Any, per_mode: dict[str, Any], stage: str, path: Path) -> None:
    fig, ax = plt.subplots(figsize=(8, 3.5))
    width = 0.4
    labels: list[str] = []
    for mode in per_mode:
        labels += list(per_mode[mode]["classification"]["per_class_recall"])
    labels = list(dict.fromkeys(labels))
    for k, (mode, data) in enumerate(per_mode.items()):
        rec = data["classification"]["per_class_recall"]
        ys = [rec.get(lab, {}).get("rate", 0.0) for lab in labels]
        ax.bar([i + k * width for i in range(len(labels))], ys, width, label=mode)
    ax.set_xticks([i + width / 2 for i in range(len(labels))], labels, rotation=30)
    ax.set_ylim(0, 1)
    ax.set_ylabel("recall")
    ax.set_title(f"{stage}: per-class recall")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _reliability(plt: Any, cal: dict[str, Any], path: Path) -> None:
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], "k--", lw=1)
    for stage, data in cal.items():
        bins = data.get("bins", [])
        if bins:
            ax.plot(
                [b["confidence"] for b in bins],
                [b["accuracy"] for b in bins],
                "o-",
                label=f"{stage} (ECE {data['ece']:.3f})",
            )
    ax.set_xlabel("confidence (top label)")
    ax.set_ylabel("accuracy")
    ax.set_title("reliability")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _costs(plt: Any, costs: dict[str, Any], path: Path) -> None:
    per = costs["per_stage"]
    stages = list(per)
    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.5))
    a.bar(stages, [per[s]["latency_ms_mean"] for s in stages])
    a.set_ylabel("mean latency (ms)")
    b.bar(stages, [per[s]["prompt_tokens_mean"] for s in stages], label="prompt")
    b.bar(
        stages,
        [per[s]["completion_tokens_mean"] for s in stages],
        bottom=[per[s]["prompt_tokens_mean"] for s in stages],
        label="completion",
    )
    b.set_ylabel("tokens per case")
    b.legend()
    for ax in (a, b):
        ax.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_plots(metrics: dict[str, Any], out: Path) -> list[str]:
    """Write every plot the metrics support; return the file names."""
    plt = pyplot()
    names: list[str] = []
    modes = metrics["modes"]
    for stage in ("triage", "disposition"):
        if stage not in modes.get("corrected", {}):
            continue
        for mode in modes:
            name = f"confusion_{stage}_{mode}.png"
            _confusion(
                plt, modes[mode][stage]["confusion"], f"{stage} ({mode})", out / name
            )
            names.append(name)
        name = f"recall_{stage}.png"
        _recall_bars(plt, {mo: modes[mo][stage] for mo in modes}, stage, out / name)
        names.append(name)
    cal = metrics.get("calibration", {})
    if any(c.get("n") for c in cal.values()):
        _reliability(plt, cal, out / "reliability.png")
        names.append("reliability.png")
    if metrics["costs"]["per_stage"]:
        _costs(plt, metrics["costs"], out / "latency_tokens.png")
        names.append("latency_tokens.png")
    return names
