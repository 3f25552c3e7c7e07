"""The chief complaint read as the CEDIS presenting-complaint list names it.

Sources: the CEDIS presenting-complaint list v2 (Grafstein E et al. CJEM 2008;10:151;
used by CTAS 2016, Bullard MJ et al. CJEM 2017, and KTAS): tremor, altered level of
consciousness, stridor, vomiting blood and diarrhoea are presenting complaints of their
own, and a foreign body of the nose is not one of the oesophagus. Movement Disorder
Society criteria (Postuma RB et al. Mov Disord 2015): a resting tremor with cogwheel
rigidity is parkinsonism, not a seizure. Sepsis-3 (Singer M et al. JAMA 2016): fever
with new confusion is infection until shown otherwise, not a faint. British and
American spellings and a double space name the same complaint.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (diagnosis families, level agreement, recognition), not
strings.
"""

from __future__ import annotations

import pytest

from graph.state import ReasoningOutput
from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._orders import disposition, proposes
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput):  # type: ignore[no-untyped-def]
    rec = next(r for r in out.trace if r.stage == "triage")
    assert rec.output is not None
    return rec.output


def test_resting_tremor_is_not_worked_up_as_a_seizure(reason: Reason) -> None:
    # A slowly progressive resting tremor with cogwheel rigidity (parkinsonism): not a
    # convulsion, and the limb's rigidity is no surgical abdomen.
    out = reason(
        make_case(
            "TREMOR",
            age=68,
            sex="M",
            vitals=vitals(78, 142, 84, 16, 97, 36.7),
            ed_note="68-year-old man with a resting tremor of the right hand for three "
            "months, slowly worse. No loss of consciousness, no tongue biting. Alert. "
            "Pill-rolling tremor of the right hand with cogwheel rigidity; strength "
            "and speech normal. Abdomen soft, non-tender.",
            case_id="complaint29-tremor",
        )
    )
    code = out.final.icd10 or ""
    assert not code.startswith(("G40", "R56"))
    assert disposition(out).disposition not in ("OR Admit",)
    assert disposition(out).admit_level != "icu"


def test_double_spaced_complaint_reads_as_single_spaced(reason: Reason) -> None:
    # The same complaint typed with two spaces: the same triage criteria and levels
    # (new weakness of both legs is cord or cauda equina compression until imaged).
    def run(cc: str, cid: str) -> ReasoningOutput:
        return ktas_walk_in(
            reason, cc, vitals(88, 138, 82, 18, 97, 36.9), age=62, case_id=cid
        )

    one = run("both leg motor weakness", "complaint29-legs-1")
    two = run("both leg  motor weakness", "complaint29-legs-2")
    assert list(_triage(two).red_flags) == list(_triage(one).red_flags)
    assert two.final.esi == one.final.esi
    assert two.final.site_level == one.final.site_level


@pytest.mark.parametrize(
    ("british", "american"),
    [("HAEMATEMESIS", "HEMATEMESIS"), ("DIARRHOEA", "DIARRHEA")],
)
def test_british_spelling_is_the_same_complaint(
    reason: Reason, british: str, american: str
) -> None:
    # CEDIS and CTAS are Canadian, KTAS and NHS triage British in spelling.
    def run(cc: str) -> ReasoningOutput:
        return reason(
            make_case(
                cc,
                age=45,
                sex="F",
                vitals=vitals(90, 124, 78, 16, 98, 36.9),
                case_id=f"complaint29-{cc.lower()}",
            )
        )

    uk, us = run(british), run(american)
    assert _triage(uk).expected_resources is not None
    assert _triage(uk).expected_resources == _triage(us).expected_resources
    assert uk.final.esi == us.final.esi


def test_altered_level_of_consciousness_with_fever_is_not_a_faint(
    reason: Reason,
) -> None:
    # CEDIS "altered level of consciousness": an older woman drowsy and confused for
    # two days with fever and a urinary source is sepsis until shown otherwise.
    out = reason(
        make_case(
            "ALTERED LEVEL OF CONSCIOUSNESS",
            age=74,
            sex="F",
            vitals=vitals(104, 102, 60, 22, 93, 38.6),
            ed_note="74-year-old woman brought by family for two days of increasing "
            "drowsiness and confusion, poor oral intake and foul-smelling urine. "
            "GCS 13 (E3V4M6). Febrile and tachycardic.",
            case_id="complaint29-aloc",
        )
    )
    assert not (out.final.icd10 or "").startswith("R55")
    assert out.final.esi is not None and out.final.esi <= 2


def test_bead_in_the_nose_is_not_a_swallowed_foreign_body(reason: Reason) -> None:
    # A well child with a bead visible in one nostril: no oesophageal or gastric
    # foreign body on the differential (CEDIS separates the nose from the gullet).
    out = reason(
        make_case(
            "FOREIGN BODY IN NOSE",
            age=4,
            sex="F",
            vitals=vitals(110, 98, 60, 22, 99, 36.8),
            ed_note="4-year-old girl pushed a plastic bead up her right nostril an "
            "hour ago. Breathing comfortably, no drooling, no distress. Bead "
            "visible in the right nostril.",
            case_id="complaint29-nose-fb",
        )
    )
    assert not proposes(out, "esophag", "stomach")
    assert disposition(out).disposition not in ("Admit", "OR Admit")


def test_stridor_is_a_recognised_respiratory_complaint(reason: Reason) -> None:
    # CEDIS "stridor" (respiratory): a known complaint with its resources, and an
    # airway threat at ESI 2 or more urgent.
    out = reason(
        make_case(
            "STRIDOR",
            age=3,
            sex="M",
            vitals=vitals(140, 100, 60, 36, 94, 38.4),
            case_id="complaint29-stridor",
        )
    )
    assert _triage(out).expected_resources is not None
    assert out.final.esi is not None and out.final.esi <= 2
