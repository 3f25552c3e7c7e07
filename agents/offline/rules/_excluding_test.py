"""Whether a sentence that names a diagnosis absent names a test able to exclude it.

Private to ``agents.offline.rules.findings``. A negative result excludes a diagnosis
only when the test is sensitive enough for it, at the right time: a non-contrast CT
shows neither an aortic dissection nor mesenteric ischaemia (CT angiography does:
Isselbacher EM et al. ACC/AHA 2022 aortic disease; Bala M et al. WSES 2022 acute
mesenteric ischaemia), a head CT excludes subarachnoid haemorrhage only within 6 h of
onset (Perry JJ et al. BMJ 2011;343:d4277, read by ``results.ct_head_negative_early``;
after it an LP or CTA, ACEP 2019 acute headache), and one troponin on arrival does not
exclude myocardial infarction (the ESC 0/1 h or 0/2 h algorithm, or a single very low
value more than 3 h after onset: Byrne RA et al. ESC 2023 ACS). A diagnosis declares
its excluding tests (``DiagnosisSpec.excluded_by``); a sentence stating it absent that
names tests, none of them one of those ("non-contrast CT chest: no dissection",
"first troponin normal, no NSTEMI"), is a reading of another test, not an exclusion.
A sentence naming no test is the clinician's statement and is kept.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from agents.offline.knowledge.models import KnowledgeBase
from cases.rx import guarded

__all__ = ["unfit_exclusion"]

_TEST: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:CTA|CTPA|CT|CAT scan|computed tomography|MRI|MRA|"
        r"x-?rays?|(?-i:XR|CXR|US|TTE|TEE|LP|CSF|UA|VQ|ECG|EKG)|radiographs?|"
        r"chest films?|ultraso\w*|sonogra\w*|POCUS|echo(?:cardiogra\w*)?|doppler|"
        r"duplex|electrocardiogra\w*|troponins?|trops?|d-?dimer|lactate|labs?|"
        r"blood ?work|lumbar puncture|spinal tap|angiogra\w*|scans?|imaging|"
        r"urinalysis|V/Q|hcg|pregnancy test)(?![A-Za-z0-9])"
    )
)
"""A diagnostic test named: imaging, a tracing, a blood or fluid test."""


@functools.lru_cache(maxsize=4)
def _excluders(kb: KnowledgeBase) -> dict[str, re.Pattern[str]]:
    """Each diagnosis that declares excluding tests -> one pattern naming any."""
    return {
        d.id: re.compile(
            r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(d.excluded_by) + r")(?![A-Za-z0-9])"
        )
        for d in kb.diagnoses.values()
        if d.excluded_by
    }


def unfit_exclusion(kb: KnowledgeBase, concept: str, sentence: str) -> bool:
    """Whether ``sentence`` states ``concept`` absent by a test that cannot exclude it.

    True when ``concept`` is a diagnosis with declared excluding tests and the
    sentence names a test but none of those (a negative reading of another test).
    """
    excluders = _excluders(kb).get(concept)
    if excluders is None or _TEST.search(sentence) is None:
        return False
    return excluders.search(sentence) is None
