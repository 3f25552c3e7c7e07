"""cardio56: an allergy to one named antiplatelet withholds that drug, not the class.

Kowalski ML et al. EAACI 2019 NSAID hypersensitivity (aspirin cross-reacts with the
COX-1 inhibitors); Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1 (clopidogrel for
aspirin hypersensitivity, class I).
"""

from __future__ import annotations

from agents.order_safety import allergy_classes


def test_aspirin_allergy_withholds_aspirin_and_nsaids_not_p2y12_inhibitors() -> None:
    classes, _ = allergy_classes(["Allergies: aspirin (anaphylaxis)."])
    assert {"aspirin", "nsaid"} <= classes
    assert "antiplatelet" not in classes


def test_clopidogrel_allergy_withholds_clopidogrel_by_name_not_aspirin() -> None:
    classes, words = allergy_classes(["Allergies: clopidogrel (rash)."])
    assert "antiplatelet" not in classes and "aspirin" not in classes
    assert "clopidogrel" in words


def test_an_unnamed_antiplatelet_allergy_still_withholds_the_class() -> None:
    classes, _ = allergy_classes(["Allergies: antiplatelets (hives)."])
    assert "antiplatelet" in classes
