"""real31b (issue 10): real31's leftovers on real read-half traces.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke 3.2 (brain imaging for a
  suspected stroke); NICE NG128 1.1 (sudden focal neurological symptoms: the stroke
  pathway); Hand PJ et al. Stroke 2006;37:769 and Merino JG et al. Stroke
  2013;44:1300 (about 70 % of suspected strokes are strokes; seizures are about a
  fifth of the mimics).
- Creamer D et al. UK SJS/TEN guidelines 2016 (skin failure in a burn centre or ICU);
  Harkema H et al. J Biomed Inform 2009;42:839 (ConText historical); Stevens DL et
  al. IDSA SSTI 2014 (a cellulitis course is 5-7 days).
- NICE NG51 1.4-1.6 (moderate-to-high sepsis risk: lactate, senior review);
  Long B et al. J Emerg Med 2024;67:e487 (tachycardia at discharge).
- NICE NG138; BTS CAP 2009; Metlay JP et al. JAMA 1997;278:1440 and Arch Intern Med
  1997;157:1453 (pneumonia's signs, blunted in older adults).

Each scenario asserts safety properties and failed on main 0bde63c before its fix,
unless named a guard.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BRAIN_IMAGING = (r"\bct head\b", r"ct angiograph", r"\bmri\b", r"\bcta\b")


def test_new_numbness_in_an_older_adult_is_imaged_as_a_stroke(reason: Reason) -> None:
    """A new sensory deficit at 73 is a stroke or TIA until imaged (AHA/ASA 2019 3.2;
    NICE NG128): stroke leads and is imaged with the stroke team asked; a first
    seizure, with no seizure described, is not the working diagnosis (Hand 2006:
    seizures are a minority of stroke mimics)."""
    out = reason(
        make_case(
            "numbness",
            age=73,
            sex="F",
            vitals=vitals(76, 171, 80, 16, 97, 36.7),
        )
    )
    assert "seizure" not in O.working(out)
    assert not O.ordered(out, "EEG")
    assert O.ordered(out, *BRAIN_IMAGING)
    assert O.ordered(out, "stroke team", "neurology")


SJS_NOTE = (
    "9-year-old girl. Treated for left arm cellulitis with oral "
    "trimethoprim-sulfamethoxazole 12 days prior. Developed fever, then painful "
    "erythematous macules, blisters and bullae over the trunk, face and lips. Exam: "
    "febrile 40.1, HR 150, positive Nikolsky sign, epidermal detachment over about "
    "40% of body surface area, oral erosions."
)


def _final(out: object) -> DiagnosisResult:
    record = next(r for r in out.trace if r.stage == "diagnosis")  # type: ignore[attr-defined]
    assert isinstance(record.output, DiagnosisResult)
    return record.output


def _sjs_child(reason: Reason) -> object:
    return reason(
        make_case(
            "Fever, blistering rash and skin peeling", age=9, sex="F", ed_note=SJS_NOTE
        )
    )


def test_ruled_in_sjs_ten_is_admitted_to_a_burn_centre_or_icu(reason: Reason) -> None:
    """SJS/TEN is skin failure, managed as a burn in a burn centre or ICU (Creamer D
    et al. UK SJS/TEN guidelines 2016): once the ED has it, the child is admitted at
    that level, not kept on an observation ward."""
    result = O.disposition(_sjs_child(reason))  # type: ignore[arg-type]
    assert result.disposition == "Admit"
    assert result.admit_level == "icu"


def test_a_cellulitis_treated_days_before_is_history_not_the_diagnosis(
    reason: Reason,
) -> None:
    """An episode treated and dated a week or more before the visit is history
    (ConText historical, Harkema 2009; a cellulitis course is 5-7 days, IDSA SSTI
    2014): the drug given for it is the culprit of the SJS/TEN now (Creamer 2016), and
    the old cellulitis is not a leading diagnosis of this visit."""
    final = _final(_sjs_child(reason))
    assert "cellulitis" not in final.name.lower()
    assert all("cellulitis" not in e.diagnosis.lower() for e in final.differential[:2])


def test_abdominal_pain_with_a_pulse_over_120_keeps_sepsis_open(reason: Reason) -> None:
    """Abdominal pain with HR >= 120 is NICE NG51's moderate-to-high sepsis risk (and
    the tachycardia that predicts return after discharge, Long 2024): a lactate is
    taken and sepsis stays open until the tachycardia is explained."""
    out = reason(
        make_case(
            "abdominal pain",
            age=50,
            sex="M",
            vitals=vitals(126, 134, 80, 20, 97, 37.7),
        )
    )
    assert O.ordered(out, "lactate")
    open_ = [d.lower() for d in out.final.summary.open_must_not_miss]
    assert any("sepsis" in d for d in open_)


def test_older_cougher_with_a_systemic_sign_has_a_chest_film(reason: Reason) -> None:
    """From 65 pneumonia's signs are blunted (Metlay 1997): a cough with any systemic
    sign (here a pulse over 100) is suspected pneumonia, confirmed or excluded by a
    chest radiograph in hospital (NICE NG138; BTS CAP 2009)."""
    out = reason(
        make_case("cough", age=80, sex="F", vitals=vitals(106, 130, 72, 18, 96, 37.1))
    )
    assert O.ordered(out, "chest x-ray", "cxr", "chest radiograph")
