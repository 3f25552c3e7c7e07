"""One SYNTHETIC ``POST /reason`` through the whole app before the server listens.

The reasoner's warm-up (``graph._warmup``) runs a case without prior notes through
the graph and no HTTP layer. A worker's first real requests still paid, once, what
only a request with prior notes or one through the HTTP stack loads (api35, measured
in process on a cold worker: its first two requests cost ~60-135 ms of CPU more than
the same rows as new patients on a warm worker; FastAPI's per-route state alone ~24
ms on the first request): FastAPI's route state and dependency analysis, the
request and response models' validators and serialisers, the reasoning thread's
hand-off, the scoped note index (chunking, token counts, BM25, the note vectors'
batch), and the prior-note readers and their patterns. :func:`warm_request` pays it
at start-up instead, by sending one request in process (no socket) with a SYNTHETIC
case that carries one short note of each of ER-Reason's seven prior-note types.

Nothing is written: with ``persist_request_notes`` on, the case goes without its
notes (they would enter the shared index). The request carries the id ``warm-up``
(the access log shows it). Research software, not for clinical use.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Final

from starlette.types import ASGIApp, Message

logger = logging.getLogger(__name__)

WARM_UP_PATIENT: Final = "warm-up-notes"
"""The SYNTHETIC patient id of the warm-up request (not a patient)."""
WARM_UP_NOTES: Final[dict[str, str]] = {
    "discharge_summary": (
        "Discharge Summary\nAdmission diagnosis: community-acquired pneumonia.\n"
        "Hospital course: treated with ceftriaxone and azithromycin, improved.\n"
        "Discharge medications: amoxicillin.\nFollow-up with primary care in 1 week."
    ),
    "progress_note": (
        "Progress Note\nSubjective: feels better, less short of breath.\n"
        "Objective: T 37.2 HR 88 BP 128/76 SpO2 95% on room air.\n"
        "Assessment and Plan: pneumonia improving; continue antibiotics."
    ),
    "hp_note": (
        "History and Physical\nHPI: 70-year-old with cough and fever for 3 days.\n"
        "PMH: hypertension, type 2 diabetes.\nMedications: metformin, lisinopril.\n"
        "Allergies: NKDA.\nExam: crackles at the right base."
    ),
    "echo": (
        "Echocardiogram\nLeft ventricular ejection fraction 55%. No regional wall "
        "motion abnormality. Mild mitral regurgitation."
    ),
    "imaging": (
        "CT head without contrast\nImpression: no acute intracranial abnormality.\n"
        "Chest X-ray: right lower lobe consolidation."
    ),
    "consult": (
        "Cardiology consult\nReason: atrial fibrillation with rapid ventricular "
        "response.\nRecommendations: rate control with metoprolol, anticoagulation "
        "with apixaban."
    ),
    "ecg": "ECG: sinus rhythm, rate 78. Normal axis. No acute ST changes. QTc 430 ms.",
}
"""SYNTHETIC prior notes, one per ER-Reason note type (written for the warm-up)."""


def warm_case(with_notes: bool = True) -> dict[str, Any]:
    """The SYNTHETIC warm-up case as a ``/reason`` ``case`` body."""
    notes = [
        {
            "note_key": f"warm-up-{kind}",
            "note_type": kind,
            "patient_id": WARM_UP_PATIENT,
            "text": text,
            "year": 2023,
        }
        for kind, text in WARM_UP_NOTES.items()
    ]
    return {
        "patient_id": WARM_UP_PATIENT,
        "encounter_id": WARM_UP_PATIENT,
        "demographics": {"age": 70, "sex": "Female"},
        "chief_complaint": "COUGH",
        "arrival": {"year": 2024},
        "vitals": {
            "heart_rate": 96,
            "systolic_bp": 132,
            "diastolic_bp": 80,
            "spo2": 95,
        },
        "one_liner": "70 y.o. female with cough and fever.",
        "ed_note": (
            "HPI: 70 y.o. female with 3 days of cough and fever.\n"
            "Physical Exam\nLungs: crackles at the right base.\n"
            "Medical Decision Making\nChest X-ray ordered.\n"
        ),
        "prior_notes": notes if with_notes else [],
        "source": "warm-up",
    }


async def warm_request(
    app: ASGIApp, *, api_key: str | None = None, with_notes: bool = True
) -> dict[str, float | int]:
    """Send the warm-up case to ``POST /reason`` in process; return status and time.

    Args:
        app: The FastAPI app, its lifespan state already set.
        api_key: The configured key, sent as ``X-API-Key`` when set.
        with_notes: Send the SYNTHETIC prior notes (false when notes are persisted).

    Returns:
        ``request_status`` (the HTTP status) and ``request_s`` (wall seconds).
    """
    body = json.dumps({"case": warm_case(with_notes)}).encode()
    headers = [
        (b"host", b"warm-up"),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-request-id", b"warm-up"),
    ]
    if api_key is not None:
        headers.append((b"x-api-key", api_key.encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/reason",
        "raw_path": b"/reason",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 0),
    }
    pending = [{"type": "http.request", "body": body, "more_body": False}]
    status = [0]
    answered = asyncio.Event()

    async def receive() -> Message:
        if pending:
            return pending.pop()
        await answered.wait()  # the client stays until its answer is complete
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            status[0] = int(message["status"])
        elif message["type"] == "http.response.body" and not message.get("more_body"):
            answered.set()

    started = time.perf_counter()
    await app(scope, receive, send)
    took = round(time.perf_counter() - started, 2)
    if status[0] != 200:
        logger.warning("warm-up request answered %d", status[0])
    return {"request_status": status[0], "request_s": took}
