"""One order per concept: a drug by its route, or a procedure, is ordered once.

Required pathway orders, the working diagnosis' protocol and the must-not-miss
work-ups are written separately; each deduplicates by its own name only, so the same
drug can arrive twice with two doses (IV magnesium from the torsades pathway and from
a low measured magnesium) and the same procedure twice (controlled oxygen and NIV from
hypercapnic respiratory failure and from COPD). Two orders for one drug by one route
are one prescription with two doses, a medication error (ISMP 2020 targeted medication
safety best practices: duplicate therapy; Joint Commission NPSG.03.06.01 medication
reconciliation); an emergency physician signs one.

:func:`deduplicate` keeps, of orders sharing every concept, the most specific: an
order whose concepts include another's replaces it (``albuterol/ipratropium`` over
``albuterol``); of orders with the same concepts the first is kept (required pathway
orders come first, then the working diagnosis' protocol) unless a later one carries a
dose or target the first lacks. Conditional clauses ("intubate if it fails") and stop
orders ("stop every QT-prolonging drug") name no concept. Research software, not for
clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents.schemas import Order
from cases.rx import word_start

__all__ = ["CONCEPTS", "antimicrobial", "concepts", "deduplicate"]

_rx = word_start

CONCEPTS: Final[dict[str, re.Pattern[str]]] = {
    # drugs (the route is read separately)
    "magnesium sulfate": _rx(r"magnesium sul(?:ph|f)ate|(?:iv|intravenous) magnesium"),
    "aspirin": _rx(r"aspirin\b|asa\b"),
    "parenteral anticoagulant": _rx(
        r"(?<!of )(?<!units of )heparin\b|enoxaparin|dalteparin|fondaparinux|"
        r"bivalirudin"
    ),
    "nitroglycerin": _rx(r"nitroglycerin|ntg\b|glyceryl trinitrate|gtn\b"),
    "epinephrine": _rx(r"epinephrine|adrenaline"),
    "salbutamol": _rx(r"albuterol|salbutamol"),
    "ipratropium": _rx(r"ipratropium"),
    "systemic corticosteroid": _rx(
        r"prednisone|prednisolone|methylprednisolone|hydrocortisone|dexamethasone|"
        r"corticosteroids?\b"
    ),
    "calcium salt": _rx(r"calcium (?:gluconate|chloride)"),
    "naloxone": _rx(r"naloxone"),
    "acetaminophen": _rx(r"acetaminophen|paracetamol"),
    "opioid analgesic": _rx(r"morphine|fentanyl|hydromorphone"),
    "ondansetron": _rx(r"ondansetron"),
    "thrombolytic": _rx(r"alteplase|tenecteplase|reteplase"),
    "tranexamic acid": _rx(r"tranexamic|txa\b"),
    "vitamin K": _rx(r"vitamin k\b|phytomenadione|phytonadione"),
    "prothrombin complex concentrate": _rx(
        r"prothrombin complex|\d?-?factor pcc|pcc\b"
    ),
    "thiamine": _rx(r"thiamine|pabrinex"),
    # tox28: ethylene glycol's cofactor, dosed ("doxylamine-pyridoxine" is an
    # antiemetic); with thiamine it is more than thiamine alone
    "pyridoxine": _rx(r"pyridoxine \d"),
    # orders35: a protocol's generic "potassium replacement (oral if ...; IV if ...)"
    # is the potassium order the specific one supersedes: one potassium prescription
    # (ISMP 2020 duplicate therapy; Kardalas E et al. Endocr Connect 2018;7:R135)
    "potassium chloride": _rx(
        r"potassium chloride|kcl\b|potassium (?:replacement|supplementation)\b"
    ),
    "proton pump inhibitor": _rx(r"pantoprazole|omeprazole|esomeprazole|proton pump"),
    # medgi55 (medgi54's leftover): the dextrose a sulfonylurea's octreotide is given
    # with, or after, is part of the one order (Glatstein M et al. 2012): the
    # hypoglycaemia protocol's and the poisoning's octreotide were both signed
    "octreotide": _rx(r"octreotide(?:[^;]*?(?:dextrose|glucose)[^;(]*)?"),
    # lead29: one anti-D dose whichever name (ACOG PB 181 2017: Rh(D) immune globulin)
    "anti-D immunoglobulin": _rx(
        r"anti-?d (?:immun\w*|ig)|rh(?:o?\(?d\)?)? immune globulin|rhig\b|rhogam"
    ),
    "acetylcysteine": _rx(r"acetylcysteine|\bnac\b"),
    "activated charcoal": _rx(r"(?:activated )?charcoal"),
    "ceftriaxone": _rx(r"ceftriaxone"),
    "vancomycin": _rx(r"vancomycin"),
    "benzodiazepine": _rx(r"lorazepam|diazepam|midazolam"),
    "labetalol": _rx(r"labetalol"),
    "hydralazine": _rx(r"hydralazine"),
    "nicardipine": _rx(r"nicardipine"),
    # procedures (no route)
    "oxygen": _rx(r"(?<!hyperbaric )oxygen\b|o2\b"),
    # 100 % oxygen whatever the SpO2 (carbon monoxide, smoke) is more than oxygen
    # titrated to a saturation target: it stands for it, not the reverse (Weaver LK.
    # NEJM 2009;360:1217; BTS 2017 emergency oxygen: CO is the exception to targets)
    "100 % oxygen": _rx(r"100 ?% oxygen|oxygen (?:at )?100 ?%"),
    "non-invasive ventilation": _rx(
        r"non-?invasive (?:positive pressure )?ventilation|niv\b|bilevel|bi-?pap\b|"
        r"cpap\b"
    ),
    "intravenous access": _rx(r"large-?bore|(?:iv|intravenous) access"),
    # medgi55 (medgi54's leftover): one 30 mL/kg resuscitation line, its condition
    # part of it ("if hypotensive or lactate >= 4" names no further test): the sepsis
    # bundle's and the cholangitis's were both signed (SSC 2021: one initial 30 mL/kg)
    "crystalloid 30 mL/kg": _rx(
        r"(?:iv )?crystalloid 30 ?ml/kg(?: (?:if|for) [^;(]*)?|"
        r"30 ?ml/kg (?:iv )?crystalloid(?: (?:if|for) [^;(]*)?"
    ),
    "continuous monitoring": _rx(
        r"continuous (?:cardiac )?monitoring|cardiac monitoring"
    ),
    "defibrillator pads": _rx(r"defibrillat\w* pads|pads on"),
    # orders35: one cardioversion: the protocol's "synchronized cardioversion if
    # unstable" is the unstable patient's "synchronised cardioversion now" (Panchal AR
    # et al. AHA 2020 ACLS tachycardia with a pulse; Soar J et al. ERC 2021 ALS)
    "synchronised cardioversion": _rx(
        r"(?:synchroni[sz]\w* (?:dc )?|(?:dc|electrical|direct[- ]current) )"
        r"cardiover\w*"
    ),
    # peds32: one resuscitation fluid order, by whichever protocol (NICE NG240 2024 and
    # SSC children 2020 both write the child's 10 mL/kg boluses, reassessed after each)
    "crystalloid bolus": _rx(
        r"(?:crystalloid|saline|fluid) bolus|bolus (?:of )?(?:isotonic )?"
        r"(?:crystalloid|saline|fluid)"
    ),
    # consultations (a specialty is called once)
    "cardiology": _rx(r"cardiology|cardiologist"),
    "obstetrics": _rx(r"obstetric\w*|ob/?gyn\b|o&g\b"),
    "orthopaedics": _rx(r"orthop(?:a)?edic\w*"),
    "neurosurgery": _rx(r"neurosurg\w*"),
    "critical care": _rx(r"critical care|intensive care|\bicu\b"),
    # tests
    "12-lead ECG": _rx(r"(?:12-?lead )?ecg\b(?! monitor)|electrocardiogram"),
    "troponin": _rx(r"troponins?\b|\bhs-?tn"),
    "serial troponins": _rx(r"(?:serial|repeat) troponins?"),
    "blood cultures": _rx(r"blood cultures?"),
    "lactate": _rx(r"lactate\b"),
    # orders33: one head CT, whichever pathway writes it (a shunt's CT compared with
    # the last scan is the head CT of the headache work-up: ISMP duplicate orders;
    # ACR Appropriateness Criteria: one study answers both)
    "non-contrast CT head": _rx(
        r"(?:non-?contrast |plain |unenhanced )?ct (?:of the )?(?:head|brain)\b"
        r"(?! (?:and neck )?angio)|(?:head|brain) ct\b"
    ),
}
"""Order concepts (drug or procedure) -> the words that name them in an order."""

_ROUTELESS: Final = frozenset(
    {
        "oxygen",
        "100 % oxygen",
        "non-invasive ventilation",
        "intravenous access",
        "crystalloid 30 mL/kg",
        "continuous monitoring",
        "defibrillator pads",
        "synchronised cardioversion",
        "crystalloid bolus",
        "cardiology",
        "obstetrics",
        "orthopaedics",
        "neurosurgery",
        "critical care",
        "12-lead ECG",
        "troponin",
        "serial troponins",
        "blood cultures",
        "lactate",
        "non-contrast CT head",
    }
)
_ROUTES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("IV", _rx(r"iv\b|intravenous\w*|infusion|drip\b|io\b|intraosseous")),
    ("IM", _rx(r"im\b|intramuscular\w*")),
    ("inhaled", _rx(r"neb\w*|inhal\w*|mdi\b|spacer")),
    ("PO", _rx(r"po\b|oral(?:ly)?\b|by mouth|chewed|tablets?\b")),
    ("SL", _rx(r"sl\b|sublingual\w*")),
    ("SC", _rx(r"sc\b|subcut\w*|subcutaneous\w*")),
    ("PR", _rx(r"pr\b|rectal\w*")),
)
_KINDS: Final = frozenset(
    {"medication", "procedure", "monitoring", "diagnostic", "consult"}
)
_CONSULT_DETAIL: Final = _rx(
    r"emergent\w*|urgent\w*|activat\w*|cath\w* lab|now\b|stat\b|immediate\w*"
)
"""What makes one call of a specialty more specific than another."""
_OPERATION_CALLED: Final = _rx(
    r"ca?esarean|c-section|laparotom\w*|theatre|operating room"
)
"""An operation a consultation decides on (not merged into a plainer call)."""
_STOP: Final = re.compile(
    r"(?i)\s*(?:stop|hold|withhold|discontinue|avoid|no|do not)\b"
)
_CONDITIONAL: Final = re.compile(
    r"(?i)\b(?:if|unless|when|until|once|after|before|following|instead of|"
    r"rather than|not|no|avoid|with each|alongside|together with|added to)\b[^;,]*"
)
_ASIDE: Final = re.compile(r"\([^()]*\)")
_CLAUSES: Final = re.compile(r";|,\s*then\b")
_DETAIL: Final = re.compile(r"\d")


_FILLER: Final = frozenset(
    {
        "and", "the", "within", "minutes", "min", "now", "stat", "before", "after",
        "antibiotics", "two", "sets", "repeat", "serial", "hours", "at", "of", "for",
        "with", "a", "an", "in", "on", "arrival", "lead", "one", "three", "four",
        "from", "separate", "different", "sites", "venepunctures", "venepuncture",
        "venipunctures", "peripheral", "bottles",
    }
)  # fmt: skip
"""Words of a test order that name no further test (timing, count, sites)."""
_TIMES: Final = re.compile(r"(?i)^x\d+$")
"""A count written 'x2': how many, not a further test."""
_SETS: Final = re.compile(
    r"(?i)\bx\s*(\d)\b|\b(\d|one|two|three|four)\s+(?:sets?|bottles?|pairs?)\b"
)
_NUMBER: Final = {"one": 1, "two": 2, "three": 3, "four": 4}
_WORD: Final = re.compile(r"[a-z][a-z0-9-]*")
_OTHER_ACTION: Final = _rx(
    r"\w*(?:cillin|cephalospor\w*|macrolide|mycin|floxacin|penem|cycline)|cef\w+|"
    r"antibiotic\w*|antimicrob\w*|antiviral\w*|antifungal\w*|crystalloid|saline|"
    r"ringer|fluids?\b|transfus\w*|blood\b|plasma|platelets|ultrasound|"
    r"x-?ray|radiograph|ct\b|cta\b|mri\b|cultures?\b|cbc\b|panel|gas\b|"
    r"echo\w*|spirometry|intubat\w*|consult\w*|catheter|tube\b|splint|cast\b|"
    r"immobili\w*|antihistamine\w*|antiemetic\w*|insulin|dextrose|glucose|"
    r"potassium|bicarbonate|vasopressor\w*|norepinephrine|noradrenaline|inotrope\w*|"
    r"dobutamine|surgery|surgical|drain\w*|decompress\w*"
)
"""Words of a further action in a treatment order (an antibiotic, fluids, a test, a
procedure): such an order is kept even when one of its concepts is ordered elsewhere
("acute chest syndrome: IV cephalosporin plus a macrolide, oxygen ..." beside an
oxygen order)."""


@dataclass(frozen=True)
class _Read:
    concepts: frozenset[str]
    route: str | None
    more: bool = False
    """The order names actions beyond its concepts (a panel, a bundle): kept."""
    family: str = "treat"
    """Tests cover tests, consultations consultations, treatments treatments."""


def _route(text: str) -> str | None:
    return next((name for name, rx in _ROUTES if rx.search(text)), None)


def _read(order: Order) -> _Read:
    return _read_named(order.kind, order.name)


@functools.lru_cache(maxsize=4096)
def _read_named(kind: str, name: str) -> _Read:
    """``_read`` of an order of ``kind`` named ``name``.

    Memoised: the stages and floors read the same knowledge-base order names again
    and again.
    """
    if kind not in _KINDS or _STOP.match(name):
        return _Read(frozenset(), None)
    text = _ASIDE.sub(" ", name)
    head, _colon, body = text.rpartition(": ")
    if head and not _CONDITIONAL.search(head):
        body = f"{head}; {body}"  # a heading that does something ("pads on: ...")
    clauses = _CLAUSES.split(body if head else text)
    # The first clause is what the order does now (less its conditional span); a
    # later clause counts only when unconditional ("intubate if it fails" does not).
    said = [_CONDITIONAL.sub(" ", clauses[0])] + [
        c for c in clauses[1:] if not _CONDITIONAL.search(c)
    ]
    joined = " ; ".join(said)
    found = frozenset(c for c, rx in CONCEPTS.items() if rx.search(joined))
    rest = text.lower()
    for c in found:
        rest = CONCEPTS[c].sub(" ", rest)
    other = any(rx.search(rest) for rx in CONCEPTS.values())
    if kind == "diagnostic":
        family = "test"
        more = any(
            w not in _FILLER and not w[0].isdigit() and not _TIMES.match(w)
            for w in _WORD.findall(rest)
        )
    elif kind == "consult":
        # peds51: a call that names the operation decided on ("obstetrics, anaesthesia
        # and neonatology emergently: category-1 caesarean section" for a cord prolapse,
        # RCOG GTG 50) says more than another call of the specialty ("obstetrics
        # emergently: labour ward"): it is never merged into it
        family, more = "consult", other or _OPERATION_CALLED.search(rest) is not None
    else:  # a further action, now or conditional ("CPAP if hypoxaemic on oxygen")
        family, more = "treat", other or _OTHER_ACTION.search(rest) is not None
    route = _route(joined) if found - _ROUTELESS else None
    return _Read(found, route, more, family)


def concepts(order: Order) -> frozenset[str]:
    """Return the order concepts an order performs now (empty for stop orders)."""
    return _read(order).concepts


def _covers(big: _Read, small: _Read) -> bool:
    """Whether ``big`` performs every concept of ``small`` by a compatible route."""
    if small.family != big.family or small.more or not small.concepts:
        return False
    if not small.concepts <= big.concepts:
        return False
    drugs = small.concepts - _ROUTELESS
    return not drugs or big.route is None or small.route in (None, big.route)


def deduplicate(
    orders: Sequence[Order],
) -> tuple[list[Order], list[tuple[Order, Order]]]:
    """Keep one order per concept.

    Args:
        orders: Orders in priority order (required pathway orders first).

    Returns:
        The kept orders (in their order) and ``(dropped, kept instead)`` pairs.
    """
    reads = [_read(o) for o in orders]

    def rank(k: int) -> tuple[int, int, int, int]:
        specific = _CONSULT_DETAIL if reads[k].family == "consult" else _DETAIL
        detail = specific.search(orders[k].name) is not None
        return (0 if reads[k].more else 1, -_sets(orders[k]), 0 if detail else 1, k)

    dropped: dict[int, int] = {}
    for i, small in enumerate(reads):
        for j, big in enumerate(reads):
            if i == j or not _covers(big, small):
                continue
            if big.concepts == small.concepts and rank(j) > rank(i):
                continue  # same concepts: a fuller order, then a dose, then the first
            dropped[i] = j
            break
    for i, j in _within_panels(orders, reads).items():
        dropped.setdefault(i, j)
    timed = list(orders)
    for i, j in _generic_antibiotics(orders, reads).items():
        if i in dropped:
            continue
        dropped[i] = j
        when = _WITHIN.search(orders[i].name)
        if when and not _WITHIN.search(timed[j].name):  # keep the bundle's clock
            timed[j] = timed[j].model_copy(
                update={"name": f"{timed[j].name} ({when[0]})"}
            )
    kept = [o for i, o in enumerate(timed) if i not in dropped]
    return kept, [(orders[i], timed[j]) for i, j in dropped.items()]


def _sets(order: Order) -> int:
    """How many sets a test order asks for ('x2', 'three sets'); 0 when unsaid."""
    counts = [
        int(word) if word.isdigit() else _NUMBER[word.lower()]
        for m in _SETS.finditer(order.name)
        for word in (m[1] or m[2],)
    ]
    return max(counts, default=0)


_PANEL_SPLIT: Final = re.compile(r"(?i)\s*(?:,|;|\+|\band\b|\bplus\b)\s*")


def _components(order: Order) -> frozenset[str]:
    """The tests a diagnostic order lists ('CBC and BUN and INR' -> 3)."""
    text = _ASIDE.sub(" ", order.name).lower()
    parts = (" ".join(p.split()) for p in _PANEL_SPLIT.split(text))
    return frozenset(p for p in parts if p)


def _within_panels(orders: Sequence[Order], reads: Sequence[_Read]) -> dict[int, int]:
    """Test orders every test of which another test order already lists.

    'CBC and type and screen' beside 'CBC and BUN and INR and type and screen' is
    the same blood drawn twice (ISMP 2020 duplicate orders); conditional orders
    ('CT if ...') are left alone.
    """
    tests = [
        (k, _components(o))
        for k, o in enumerate(orders)
        if reads[k].family == "test" and not _CONDITIONAL.search(o.name)
    ]
    out: dict[int, int] = {}
    for i, small in tests:
        for j, big in tests:
            if (
                i != j
                and j not in out
                and small
                and (small < big or (small == big and j < i))
            ):
                out[i] = j
                break
    return out


_ANTIBIOTIC_DRUG: Final = _rx(
    r"\w*(?:cillin|mycin|micin|floxacin|penem|cycline|bactam)\b|cef\w+|cephal\w+|"
    r"vancomycin|metronidazole|linezolid|aztreonam|clindamycin|co-?trimoxazole|"
    r"trimethoprim|nitrofurantoin|azithromycin|clarithromycin"
)


def antimicrobial(name: str) -> bool:
    """Whether an order name gives an antibiotic (named, or 'IV antibiotics')."""
    return bool(_ANTIBIOTIC_DRUG.search(name) or _GENERIC_ANTIBIOTIC.search(name))


_WITHIN: Final = re.compile(r"(?i)\bwithin (?:1|one) (?:h|hour)\b")
"""The sepsis bundle's clock (SSC 2021: antibiotics within 1 h of recognising septic
shock or probable sepsis), carried onto the named regimen that replaces it."""
_TIED_TO: Final = re.compile(
    r"(?i)\b(?:with|before|after|alongside|prior to|until|if|when)\b"
)
"""Words that make 'antibiotic' a timing of another order ('dexamethasone with the
first antibiotic dose'), not the antibiotic order itself."""
_NOT_NOW: Final = re.compile(r"(?i)^\s*(?:if|consider|unless|when)\b")
_GENERIC_ANTIBIOTIC: Final = _rx(
    r"(?:broad[- ]spectrum |empiric(?:al)? )?(?:(?:iv|intravenous) )?"
    r"(?:antibiotics?|antimicrobials?)\b"
)


def _generic_antibiotics(
    orders: Sequence[Order], reads: Sequence[_Read]
) -> dict[int, int]:
    """A generic 'broad-spectrum IV antibiotics' order beside a named IV regimen.

    The sepsis bundle's antibiotic is the source's empirical regimen once the source
    has one (Surviving Sepsis Campaign 2021: empirical therapy for the likely
    source); one patient gets one antibiotic order, the named one, by the same
    route (an oral course does not stand for IV antibiotics in sepsis).
    """
    generic = [
        k
        for k, o in enumerate(orders)
        if reads[k].family == "treat"
        and not reads[k].concepts  # the antibiotic is what it orders, not a timing
        and (m := _GENERIC_ANTIBIOTIC.search(o.name)) is not None
        and not _TIED_TO.search(o.name[: m.start()])
        and not _ANTIBIOTIC_DRUG.search(o.name)
    ]
    out: dict[int, int] = {}
    for i in generic:
        route = _route(orders[i].name)
        for j, o in enumerate(orders):
            if (
                j not in generic
                and reads[j].family == "treat"
                and orders[j].kind == "medication"
                and not _NOT_NOW.match(o.name)
                and _ANTIBIOTIC_DRUG.search(_ASIDE.sub(" ", o.name))
                and _route(o.name) == route
            ):
                out[i] = j
                break
    return out
