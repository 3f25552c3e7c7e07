"""The lead's session-21 review: units, slow hearts, flanks, chest walls, soft tissue.

Written from: Blatchford O et al. Lancet 2000 (the Glasgow-Blatchford score counts
urea in mmol/L and haemoglobin in g/dL; SI reports give urea in mmol/L and Hb in g/L);
ACS TQIP massive transfusion guideline 2014 and Nates JL et al. SCCM 2016 (a massive
transfusion is intensive care); AHA 2020 ACLS adult bradycardia algorithm and
Kusumoto FM et al. 2018 ACC/AHA/HRS bradycardia guideline (identify the cause, monitor,
12-lead ECG, be ready to pace); Moore CL et al. BMJ 2014 (acute flank pain: a ureteric
stone in about half; the urinalysis first); ACEP clinical policy NSTE-ACS 2018 (the
ACS work-up is for chest pain or its equivalents, not a painless chest-wall anomaly);
Wong CH et al. J Bone Joint Surg Am 2003 and Stevens DL et al. IDSA 2014 (hard signs
of a necrotising soft-tissue infection: pain out of proportion, tense oedema beyond
the erythema, dusky skin, bullae, crepitus).
"""

from __future__ import annotations

from agents.offline.rules.findings import extract_measurements
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_si_units_count_in_the_glasgow_blatchford_score() -> None:
    """'Hb 68 g/L' is 6.8 g/dL and 'urea 18 mmol/L' is a BUN of ~50 mg/dL: both
    score 6 in the Glasgow-Blatchford score, not 0."""
    got = extract_measurements("Bloods: Hb 68 g/L, urea 18 mmol/L, INR 1.1.")
    assert 6.0 <= got["hemoglobin"] <= 7.0, got
    assert got["bun"] >= 45, got


def test_melaena_with_a_high_shock_index_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Melaena and fresh haematemesis, HR 124 and SBP 96 (shock index 1.3), Hb 64
    g/L and urea 24 mmol/L: blood now and an ICU bed, not a ward."""
    out = reason(
        make_case(
            "black stools and vomiting blood",
            age=81,
            sex="F",
            vitals=vitals(124, 96, 58, 22, 95),
            ed_note=(
                "81F on apixaban, passing black tarry stools since yesterday and "
                "vomited fresh blood twice this morning, light-headed. Cool and "
                "clammy. Bloods: Hb 64 g/L, urea 24 mmol/L, INR 1.3."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu", d


def test_a_heart_rate_in_the_thirties_gets_pads_and_a_cause(reason: Reason) -> None:
    """HR 34 with a normal pressure in a breathless older man: the ACLS algorithm's
    stable branch: monitor, 12-lead ECG for AV block, pads and atropine ready, and the
    causes (potassium, rate-slowing drugs)."""
    out = reason(
        make_case(
            "short of breath",
            age=77,
            sex="M",
            vitals=vitals(34, 146, 78, 20, 96),
        )
    )
    assert O.ordered(out, "pacing pads", "atropine"), O.orders(out)


def test_acute_flank_pain_is_worked_up_as_urinary(reason: Reason) -> None:
    """Left flank pain in a young woman with normal vitals: urinalysis and a pregnancy
    test, not a mechanical back-pain plan."""
    out = reason(
        make_case("L FLANK PAIN", age=36, sex="F", vitals=vitals(88, 128, 80, 16, 99))
    )
    assert O.ordered(out, "urinalysis"), O.orders(out)
    assert not O.ordered(out, "no imaging without red flags"), O.orders(out)


def test_a_painless_chest_wall_anomaly_is_not_an_acs_workup(reason: Reason) -> None:
    """A congenital absence of the pectoral muscle, no pain: no troponins, no
    observation for NSTEMI."""
    out = reason(
        make_case(
            "Underdeveloped left chest wall since childhood",
            age=19,
            sex="M",
            vitals=vitals(70, 122, 74, 14, 99),
            ed_note=(
                "19M flat left chest since childhood, no pain, no breathlessness. "
                "Absent left pectoralis major on examination, otherwise normal."
            ),
        )
    )
    assert not O.ordered(out, "troponin"), O.orders(out)


def test_hard_signs_make_necrotising_infection_the_diagnosis(reason: Reason) -> None:
    """Arm pain out of proportion to the examination after a cut, tense oedema beyond
    the erythema, dusky discolouration: necrotising fasciitis leads the final
    diagnosis, and no joint is aspirated without a joint finding."""
    out = reason(
        make_case(
            "ARM PAIN",
            age=49,
            sex="F",
            vitals=vitals(118, 98, 60, 22, 96, 38.6),
            ed_note=(
                "49F cut her forearm on a fish hook 3 days ago, now excruciating "
                "forearm pain, out of proportion to the examination, tense oedema "
                "beyond the erythema and dusky discolouration of the skin. Diabetic. "
                "WBC 21, sodium 131, glucose 16."
            ),
        )
    )
    top = out.final.summary.top_diagnoses[0].diagnosis.lower()
    assert "necrotizing" in top, out.final.summary.top_diagnoses
    assert not O.ordered(out, "arthrocentesis"), O.orders(out)


def test_a_resulted_appendix_ultrasound_is_not_ordered_again(reason: Reason) -> None:
    """Right iliac fossa pain with a graded-compression ultrasound already showing a
    non-compressible 8 mm appendix: the surgeon and antibiotics, not another scan
    (Puylaert 1986; WSES Jerusalem 2020)."""
    out = reason(
        make_case(
            "RLQ PAIN",
            age=17,
            sex="F",
            vitals=vitals(98, 116, 70, 18, 99, 37.8),
            ed_note=(
                "17F periumbilical pain since last night now in the right iliac fossa, "
                "off her food, tender with guarding in the RIF. Urine hCG negative. "
                "Sonography of the RLQ: non-compressible appendix 8 mm, free fluid."
            ),
        )
    )
    assert not O.ordered(out, "ultrasound"), O.orders(out)
    assert O.ordered(out, "surgery"), O.orders(out)


def test_definite_endocarditis_by_duke_major_criteria_is_the_diagnosis(
    reason: Reason,
) -> None:
    """Two Duke-ISCVID 2023 major criteria (a typical organism in separate blood
    cultures, Granulicatella being one since 2023; a vegetation on echocardiography)
    make endocarditis definite: it is the final diagnosis, also when a stroke is its
    complication (Fowler VG et al. Clin Infect Dis 2023)."""
    out = reason(
        make_case(
            "left arm weakness and fevers",
            age=58,
            sex="F",
            vitals=vitals(104, 128, 70, 18, 96, 38.4),
            ed_note=(
                "58F with a bioprosthetic aortic valve, 3 weeks of night sweats and "
                "fevers, today new weakness of the left arm. Blood cultures x2 from "
                "separate sites grew Granulicatella adiacens. TOE: 7 mm vegetations on "
                "the prosthetic aortic valve. CT head: small right frontal infarct."
            ),
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert "endocarditis" in name, out.final.diagnosis_name
