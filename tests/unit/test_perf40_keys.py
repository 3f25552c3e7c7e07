"""perf40: a view's memo keys hash its note texts by their own digest.

``fired_pathways`` and ``reuse_key`` key a view by its JSON; the ED note (~2/3 of it)
now enters by ``text_digest`` instead of being dumped and hashed again for each key.
The keys must still tell apart exactly the views the whole dump told apart.
"""

from __future__ import annotations

from agents import pathways
from cases.memo import digest
from cases.models import Case
from cases.population import view_population
from cases.views import StageView, build_view

NOTE = (
    "HPI: 34-year-old woman, pain and swelling of the right ankle after a twist "
    "playing netball this afternoon. Able to bear weight in the department.\n\n"
    "Exam: tender lateral ligament, no bony tenderness at the malleoli.\n\n"
    "Medical Decision Making: sprain."
)


def _view(
    note: str, complaint: str = "ankle pain", stage: str = "treatment"
) -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "P-1",
            "encounter_id": "E-1",
            "chief_complaint": complaint,
            "demographics": {"age": 34, "sex": "F"},
            "vitals": {"heart_rate": 84, "systolic_bp": 124, "spo2": 99},
            "one_liner": "34F ankle injury",
            "ed_note": note,
            "source": "scenario",
        }
    )
    return build_view(case, stage)  # type: ignore[arg-type]


def _whole(view: StageView) -> bytes:
    """The former key: a digest of the whole JSON dump."""
    return digest((view.model_dump_json(exclude=pathways._VIEW_KEY_EXCLUDE),))


def _key(view: StageView) -> bytes:
    return digest(pathways.view_key_parts(view, pathways._VIEW_KEY_EXCLUDE))


def _pairs() -> list[tuple[StageView, StageView]]:
    base = _view(NOTE)
    return [
        (base, _view("".join(NOTE))),  # equal content, new string objects
        (base, _view(NOTE + " Ottawa ankle rules negative.")),
        (base, _view(NOTE.replace("right", "left"))),
        (base, _view(NOTE, complaint="ankle swelling")),
        (base, _view(NOTE, stage="disposition")),
        (base, _view("")),
        (_view(""), _view(" ")),
    ]


def test_keys_tell_apart_exactly_what_the_whole_dump_did() -> None:
    for a, b in _pairs():
        assert (_key(a) == _key(b)) == (_whole(a) == _whole(b)), (a.stage, b.stage)


def test_equal_views_in_new_objects_share_both_keys() -> None:
    a, b = _view(NOTE), _view("".join(NOTE))
    assert a.ed_text is not None and a.ed_text == b.ed_text
    assert _key(a) == _key(b)
    pop = view_population(a)
    assert pathways.reuse_key(a, pop) == pathways.reuse_key(b, pop)


def test_the_note_decides_the_reuse_key() -> None:
    a, b = _view(NOTE), _view(NOTE.replace("twist", "fall"))
    assert a.ed_text != b.ed_text
    pop = view_population(a)
    assert pathways.reuse_key(a, pop) != pathways.reuse_key(b, pop)


def test_fired_pathways_equal_with_fresh_memos() -> None:
    view = _view(NOTE)
    pop = view_population(view)
    first = pathways.fired_pathways(view, pop, ())
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()
    assert pathways.fired_pathways(_view("".join(NOTE)), pop, ()) == first
