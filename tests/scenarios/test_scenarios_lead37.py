"""lead37 (issue 10): presentations a physician's review found mishandled.

Written from the sources named in each docstring, never from rows of the shared data:

- Cuker A et al. ASH 2018 guidelines for heparin-induced thrombocytopenia (Blood Adv
  2018;2:3360); Lo GK et al. the 4Ts score (J Thromb Haemost 2006;4:759);
- WHO guidelines for malaria 2023; Lalloo DG et al. UK malaria treatment guidelines
  2016; Warrell DA et al. dexamethasone in cerebral malaria (NEJM 1982;306:313);
- Tarasconi A et al. WSES 2020 perforated peptic ulcer (World J Emerg Surg 2020;15:3);
- NICE NG158 2020 venous thromboembolic diseases (a proximal DVT on ultrasound).

Each target scenario failed on main 42d1e0a before its fix; each guard passes on both.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HEPARIN = re.compile(
    r"(?i)(?<!non-)(?<!stop all )heparin|enoxaparin|dalteparin|tinzaparin|\blmwh\b"
)


def _heparin_given(out: object) -> list[str]:
    return [o.name for o in O.medications(out) if _HEPARIN.search(o.name)]  # type: ignore[arg-type]


def test_a_platelet_fall_with_thrombosis_on_heparin_stops_the_heparin(
    reason: Reason,
) -> None:
    """ASH 2018 (Cuker): a platelet count halved a week into heparin with a new
    thrombosis is HIT until the PF4 assay says not: stop all heparin, a non-heparin
    anticoagulant, haematology; never more heparin, never home."""
    out = reason(
        make_case(
            "leg swelling",
            age=72,
            sex="M",
            vitals=vitals(88, 142, 84, 16, 97, 37.0),
            one_liner="72M day 7 after knee replacement on dalteparin, swollen leg",
            ed_note="72-year-old, 7 days after a total knee replacement, on dalteparin "
            "prophylaxis. New painful swelling of the right calf. Duplex ultrasound "
            "shows a proximal DVT in the popliteal vein. Platelets 260 before "
            "surgery, now 95.",
        )
    )
    assert O.proposes(out, "heparin-induced"), sorted(O.diagnoses_proposed(out))
    assert O.ordered(out, "stop all heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "haematology", "hematology")
    assert not _heparin_given(out), _heparin_given(out)
    assert O.medication_ordered(
        out, "argatroban", "fondaparinux", "apixaban", "rivaroxaban"
    )
    assert O.disposition(out).disposition != "Discharge"


def test_a_normal_platelet_count_on_heparin_raises_no_hit(reason: Reason) -> None:
    """Guard (4Ts: no thrombocytopenia scores 0): a DVT on enoxaparin prophylaxis with
    a normal count is a DVT, treated as one; no HIT work-up."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="F",
            vitals=vitals(84, 136, 80, 16, 98, 36.9),
            one_liner="66F swollen calf 6 days after hip surgery on enoxaparin",
            ed_note="66-year-old, 6 days after a hip replacement, on enoxaparin "
            "prophylaxis. Swollen left calf. Ultrasound shows a proximal DVT. "
            "Platelets 240.",
        )
    )
    assert not O.ordered(out, "stop all heparin"), [o.name for o in O.orders(out)]
    assert not any(
        "heparin-induced" in d.lower() for d in out.final.summary.open_must_not_miss
    )
    assert O.medication_ordered(out, "apixaban", "rivaroxaban")


def test_falciparum_on_the_film_is_malaria_without_dexamethasone(
    reason: Reason,
) -> None:
    """WHO 2023 / Lalloo 2016: parasites on the film are the diagnosis: falciparum
    malaria, IV artesunate; a confused patient's meningitis cover carries no
    dexamethasone (harmful in cerebral malaria: Warrell 1982)."""
    out = reason(
        make_case(
            "fever",
            age=41,
            sex="F",
            vitals=vitals(118, 102, 60, 24, 96, 39.4),
            one_liner="41F fever and drowsiness a week after returning from Ghana",
            ed_note="41-year-old back from Ghana 8 days ago, no prophylaxis. Fevers "
            "and rigors for 4 days, now drowsy and confused. Thick and thin films: "
            "P. falciparum, parasitaemia 6 %. Platelets 45.",
        )
    )
    assert (out.final.icd10 or "").startswith("B50"), (
        out.final.icd10,
        out.final.diagnosis_name,
    )
    assert O.ordered(out, "artesunate"), [o.name for o in O.orders(out)]
    given = [
        o.name
        for o in O.medications(out)
        if re.search(r"(?i)(?<!no )dexamethasone", o.name)
    ]
    assert not given, given


def test_a_travellers_meningitis_with_negative_films_keeps_dexamethasone(
    reason: Reason,
) -> None:
    """Guard (ESCMID 2016; the test named negative): malaria films negative x3 state
    the films negative, not malaria present; pneumococcal meningitis keeps its
    dexamethasone."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="M",
            vitals=vitals(112, 118, 70, 22, 97, 39.2),
            one_liner="36M fever, headache and neck stiffness after a trip to Kenya",
            ed_note="36-year-old back from Kenya 2 weeks ago. Fever, severe headache, "
            "neck stiffness and photophobia. Malaria films negative x3. Lumbar "
            "puncture: turbid CSF, WBC 1,800 neutrophils, Gram-positive diplococci.",
        )
    )
    assert not (out.final.icd10 or "").startswith(("B50", "B54")), out.final.icd10
    assert O.medication_ordered(out, "dexamethasone"), [o.name for o in O.orders(out)]


def test_free_gas_under_the_diaphragm_is_a_perforation(reason: Reason) -> None:
    """WSES 2020 (Tarasconi): free intraperitoneal gas on an erect film with an acute
    abdomen is a perforated viscus: that is the diagnosis, surgery, no NSAID."""
    out = reason(
        make_case(
            "abdominal pain",
            age=63,
            sex="F",
            vitals=vitals(108, 112, 70, 22, 97, 37.4),
            one_liner="63F sudden severe epigastric pain, rigid abdomen",
            ed_note="63-year-old on naproxen for arthritis. Sudden severe epigastric "
            "pain 2 hours ago, now generalised, with guarding. Erect chest x-ray: "
            "free gas under the right hemidiaphragm.",
        )
    )
    assert (out.final.icd10 or "")[:3] in {"K63", "K25", "K26", "K27"}, (
        out.final.icd10,
        out.final.diagnosis_name,
    )
    assert O.ordered(out, "surgery"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.disposition(out).disposition != "Discharge"


def test_a_seizure_minutes_after_a_nerve_block_is_treated_as_last(
    reason: Reason,
) -> None:
    """ASRA 2020 LAST checklist (Neal): seizures and bradycardic hypotension minutes
    after a bupivacaine block are local anaesthetic toxicity: lipid emulsion, a
    benzodiazepine, no further local anaesthetic or vasopressin."""
    out = reason(
        make_case(
            "seizure",
            age=58,
            sex="M",
            vitals=vitals(44, 82, 46, 12, 94, 36.7),
            one_liner="58M seizure after an interscalene block for shoulder surgery",
            ed_note="58-year-old, 10 minutes after an interscalene block with 30 mL "
            "of 0.5 % bupivacaine, reported a metallic taste, then a generalised "
            "seizure; now drowsy, HR 44, BP 82/46.",
        )
    )
    assert O.medication_ordered(out, "lipid emulsion"), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "midazolam", "lorazepam", "diazepam")
    assert not O.medication_ordered(out, "lidocaine", "vasopressin", "procainamide")
    assert (out.final.icd10 or "").startswith("T41.3"), out.final.icd10


def test_a_known_epileptic_seizure_raises_no_last(reason: Reason) -> None:
    """Guard (ASRA 2020: the exposure defines LAST): a breakthrough seizure in known
    epilepsy with no block or injection is no local anaesthetic toxicity."""
    out = reason(
        make_case(
            "seizure",
            age=30,
            sex="F",
            vitals=vitals(96, 128, 78, 16, 98, 36.8),
            one_liner="30F known epilepsy, missed levetiracetam, one seizure",
            ed_note="30-year-old with epilepsy, missed two doses of levetiracetam, one "
            "generalised tonic-clonic seizure at home, now back to baseline.",
        )
    )
    assert not O.medication_ordered(out, "lipid emulsion")
    assert not (out.final.icd10 or "").startswith("T41.3"), out.final.icd10


def test_criteria_met_otitis_externa_is_named_not_its_symptom(reason: Reason) -> None:
    """Cohen & Friedman 1987 / Carfrae 2008: otitis externa with granulation tissue
    and a facial palsy in a diabetic is necrotising otitis externa; a disease whose
    criteria hold is the ED diagnosis, not 'otalgia' (ICD-10-CM guidelines IV.D)."""
    out = reason(
        make_case(
            "ear pain",
            age=78,
            sex="M",
            vitals=vitals(88, 146, 82, 16, 97, 37.8),
            one_liner="78M diabetic, weeks of severe ear pain, discharge, facial droop",
            ed_note="78-year-old with diabetes. 6 weeks of severe right ear pain, "
            "worse at night, and discharge despite antibiotic drops. Granulation "
            "tissue in the floor of the canal. New right lower-motor-neurone facial "
            "weakness. CRP 64.",
        )
    )
    assert (out.final.icd10 or "").startswith("H60.2"), (
        out.final.icd10,
        out.final.diagnosis_name,
    )
    assert O.disposition(out).disposition != "Discharge"


def test_plain_otitis_externa_in_a_healthy_adult_stays_plain(reason: Reason) -> None:
    """Guard (NICE CKS otitis externa): a swimmer's itchy, painful canal without
    diabetes, granulation or palsy is otitis externa treated with drops at home."""
    out = reason(
        make_case(
            "ear pain",
            age=24,
            sex="M",
            vitals=vitals(76, 124, 76, 14, 99, 36.8),
            one_liner="24M swimmer, itchy painful right ear canal for 3 days",
            ed_note="24-year-old swimmer, 3 days of right ear pain and itch, tender "
            "tragus, swollen canal with debris, drum normal. No diabetes.",
        )
    )
    assert not (out.final.icd10 or "").startswith("H60.2"), out.final.icd10
    assert O.disposition(out).disposition == "Discharge"
