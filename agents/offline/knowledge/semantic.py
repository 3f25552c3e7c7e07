"""Chief complaints matched by meaning with the offline MiniLM embedder.

A complaint written freely ("L side weakness", "chin pain", an ESI-handbook narrative)
is matched to the knowledge base's complaints by cosine similarity between its
sentence embedding and the embeddings of every complaint alias, instead of by the
first alias that happens to appear in it ("denies chest pain" is not a chest pain
complaint). Alias embeddings are computed once per knowledge base and process; query
results are cached per text, so a repeated complaint costs a dictionary look-up.

A narrative is read by its presenting problem (the text after "presents with",
"brought in because", "complains of"); without one, clause by clause, skipping
clauses with a negation, history or baseline cue. The nearest complaint must clear a
similarity floor and, unless clearly close, beat the runner-up complaint by a margin;
otherwise the complaint is unknown (the generic ESI path), never the nearest wrong
protocol. Body sites must agree, alias by alias: an alias naming only sites the text
does not name is out of the match (the anatomical lexicon ``body_sites.yaml``: "right
upper quadrant pain" is near "FLANK PAIN" in meaning, but names the upper abdomen;
an alias naming no site, "HEMATEMESIS", agrees with any text). The floor and margin
were calibrated on CEDIS / ICD-10 chief-complaint paraphrases and complaints outside
the knowledge base (``tests/unit/test_complaint_matcher.py``), not on shared-data
rows.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import numpy as np

from agents.offline.knowledge.spelling import british_variant
from cases.memo import HashMemo, digest
from retrieval.embeddings import (
    Embedder,
    FloatArray,
    SentenceTransformerEmbedder,
    default_model_path,
    encode_cached,
    encode_stored,
)

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from agents.offline.knowledge.models import ComplaintSpec, KnowledgeBase

MIN_SIMILARITY: Final = 0.5
"""Cosine similarity below which no complaint is close enough (MiniLM, unit vectors)."""
CLEAR_SIMILARITY: Final = 0.6
"""At or above this a short complaint stands on its own ("chin pain" ~ jaw pain)."""
MIN_MARGIN: Final = 0.03
"""Below ``CLEAR_SIMILARITY`` the nearest complaint must beat every other complaint's
nearest alias by this much: a near tie between unrelated complaints ("alopecia":
syncope 0.504, scalp laceration 0.502) means the text matches neither."""
NARRATIVE_MIN_SIMILARITY: Final = 0.55
"""Floor for a narrative clause outside its presenting problem; any part of a
narrative needs the margin at any similarity."""
NARRATIVE_CHARS: Final = 80
"""Longer texts are narratives, read by their presenting problem or clause by clause."""
MAX_CLAUSES: Final = 8
"""Narrative clauses embedded at most (the presenting problem comes first)."""

UNLISTED: Final = "unlisted"
"""The id the meaning match gives a CEDIS complaint the knowledge base has none of."""
UNLISTED_CEDIS: Final = (
    # ktas36: 'tremor' is a complaint now (complaints.yaml: tremor; its work-up from
    # Bhatia KP et al. MDS consensus on tremor classification, Mov Disord 2018)
    "frostbite",
    "cold injury",
    "hypothermia",
    # lead51: heat exhaustion, heat stroke and hyperthermia are a complaint now
    # (heat_illness: WMS 2019 heat stroke and its mimics)
    # peds36: "jaundice" is a complaint now (a newborn's work-up by age, NICE CG98)
    "hiccoughs",
    # peds47: "spontaneous bruising" is a complaint now (NICE NG12, CG89; ASH 2019)
    "exposure to communicable disease",
    "tb exposure",
    "measles exposure",
    "chickenpox exposure",
    # trauma31: foreign bodies of the nose and skin are complaints now (CEDIS;
    # ``complaints.yaml``: nasal_foreign_body, skin_foreign_body)
    "foreign body in vagina",
    # medgi52: "foreign body in rectum" is a complaint now
    # (rectal_foreign_body_complaint: Cologne KG, Ault GT. Clin Colon Rectal Surg
    # 2012;25:214)
    "neck swelling",
    "facial pain",
    # classic33: "labial swelling" is a complaint now (vulvar_swelling)
    "breast redness and tenderness",
    "post-operative complication",
    # ktas33: bleeding after an operation is CEDIS 'post-operative complication'
    # (a wound, a body cavity or an airway: not GI bleeding, which it was matched to)
    "post-operative bleeding",
    "electrical injury",
    "hair loss",
    "minor complaint",
    "imaging test",
    "direct referral for consultation",
    "social problem",
    "floppy infant",
    "apneic spells",
    "cyanosis",
    "gait disturbance",
    # esi35: a fungal nail is no ingrowing toenail (NICE CKS fungal nail infection
    # 2023: oral or topical antifungal, no procedure); the KB has no entry for it
    "fungal nail infection",
)
"""Presenting complaints of the CEDIS v2 list (CTAS 2016 / KTAS) that name no complaint
of the knowledge base. Matching by meaning is nearest-neighbour: without them, such a
complaint is pulled to the nearest known one by a shared word ("tremor" -> seizure,
"heat stroke" -> stroke, "neonatal jaundice" -> crying infant, "foreign body in nose" ->
swallowed foreign body, "labial swelling" -> leg swelling). Listed as complaints of
their own, they win their own neighbourhood and the text matches nothing (the
unrecognised-complaint path, never a wrong protocol). An entry that is also an alias
of a knowledge-base complaint is left out."""
RARE_WORD_PIECES: Final = 3
"""A one-word complaint that MiniLM's WordPiece vocabulary splits into this many
pieces or more ("arthralgia": art ##hra ##l ##gia) has no learned representation of
its own: its embedding is composed from fragments, so its nearest alias is a word
spelled alike, not one meaning alike ("arthralgia" ~ "dysarthria" 0.56, "dyspareunia" ~
"dysphasia" 0.74, "hemorrhoids" ~ "hematemesis" 0.60). Rare words are the known weak
spot of BERT-style embeddings (Schick T, Schuetze H. Rare words: a major problem for
contextualized embedding models. AAAI 2020). Such a word is matched by an exact alias
only; otherwise the complaint is unknown (the generic path), never a wrong protocol."""
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_MODIFIERS: Final = frozenset(
    [
        "heavy",
        "heavily",
        "severe",
        "bad",
        "terrible",
        "sudden",
        "acute",
        "chronic",
        "mild",
        "worsening",
        "worse",
        "persistent",
        "ongoing",
        "new",
        "recurrent",
        "lots",
        "lot",
        "of",
        "a",
        "the",
        "some",
        "much",
        "very",
    ]
)
"""Severity and time words that name no site or organ ("heavy bleeding" is still a
bleed of no stated site)."""
_TOKENIZER: list[Tokenizer] = []


def _word_pieces(word: str) -> int:
    """WordPiece count of one word under the offline MiniLM tokenizer."""
    with _LOCK:
        if not _TOKENIZER:
            from tokenizers import Tokenizer as _Tok

            tok = _Tok.from_file(str(default_model_path() / "tokenizer.json"))
            tok.no_padding()
            tok.no_truncation()
            _TOKENIZER.append(tok)
        tok = _TOKENIZER[0]
    return len(tok.encode(word, add_special_tokens=False).ids)


def rare_word(text: str) -> bool:
    """Whether ``text`` is one word the embedder knows only as fragments."""
    word = text.strip().lower()
    return bool(_WORD.fullmatch(word)) and _word_pieces(word) >= RARE_WORD_PIECES


_CLAUSE = re.compile(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+")
"""A clause: up to a sentence stop (a decimal point, "98.9", is none)."""
_SKIP = re.compile(
    r"(?i)(?<![a-z])(?:history of|hx of|h/o|"
    r"prior|previous|(?:years?|yrs?|months?|mos?) ago|in the past"
    r"|family (?:history|hx)|fhx?|"
    r"allergies|allergic to|medications?|takes|vital signs?|baseline|"
    r"past medical|pmh|nkda|allergy|allergic(?! reactions?)"
    r"|(?:since|after|following|from) (?:a|an|his|her|their) (?:\w+ )?(?:stroke|cva)"
    # esi34: a deficit stated as the usual one ("his weakness is the same as always")
    r"|(?:the )?same as (?:always|usual|before)|as (?:always|usual))"
    r"(?![a-z])"
)
"""Clauses of history, medication, allergy list ("PCN allergy", "penicillin
allergic", "NKDA"), vital signs or baseline ("bedbound since a stroke"): background,
not the presenting problem (an "allergic reaction" is one)."""
_NEGATED = re.compile(
    r"(?i)(?<![a-z])(?:no|not|denies|denied|denying|without|negative for)(?![a-z])"
    r"[^;.!?\n]*?(?=[;.!?\n]|$|\s(?:but|has|have|had|is|was|presents?|presenting|"
    r"reports?|complains?|c/o|now|with(?!out)|after|since|and (?:has|is|was|now))\b"
    # a list item that is the subject of its own verb opens a new clause ("no
    # fever, the pain started at noon"), as the triage reader's ConText scope
    r"|,\s*(?:(?!(?:and|or|nor)\s)[a-z'-]+\s+){0,3}(?:started|starts|began|begins"
    r"|worsened|worsens|radiates|developed|came|comes|appeared|is|was|are|were"
    r"|has|have|had|says|states|reports)\b)"
)
"""A negation and its reach (NegEx; Chapman WW et al. J Biomed Inform 2001): over a
list ("no headache, chest pain or shortness of breath") to the next clause's verb
("without chest pain has a swollen ankle"; "no fever, the cough started today")."""
NORMAL_BREATHING: Final = (
    r"breathing (?:comfortably|easily|normally|fine|well|without (?:any )?(?:difficulty"
    r"|trouble))|(?:normal|unlabou?red|easy|comfortable|quiet) (?:breathing"
    r"|respirations?|work of breathing)|(?:speaking|talking) (?:in )?(?:full"
    r"|complete) sentences"
)
"""Breathing stated normal ("breathing fine", "speaking in full sentences"): the
absence of a breathing problem, not its mention (read by the triage clauses too)."""
_NORMAL_STATE = re.compile(
    rf"(?i)(?<![a-z])(?:{NORMAL_BREATHING}|"
    r"in no (?:acute |apparent |obvious )?distress|well[- ]appearing|"
    r"alert(?: and oriented(?: x ?\d)?)?|(?:looks|appears) (?:well|comfortable)|"
    r"feels? (?:otherwise )?(?:well|fine)|otherwise (?:well|healthy)|"
    r"vital signs (?:are )?(?:normal|stable|within normal limits)|"
    # esi34: a normal bedside check names no problem either ("face symmetrical when
    # she smiles, arms and legs strong" resembled stroke symptoms; "playful,
    # drinking" intoxication; "passing urine normally" urinary symptoms)
    r"(?:face|smile) (?:is |looks )?symmetr\w*(?: when (?:he|she|they) smiles?)?|"
    r"symmetr\w* (?:face|smile)|(?:arms and legs|arms|legs|limbs) (?:are )?"
    r"(?:strong|moving normally|normal)|"
    r"(?:(?:eating|feeding) and |playful(?:,| and) )drinking(?: (?:well|normally|fine"
    r"|fluids|juice|milk|water))?|drinking (?:fluids|juice|milk|water|well|normally)"
    r"(?: well| normally)?|"
    r"(?:passing urine|passing water|urinating|peeing|voiding|wetting (?:nappies"
    r"|diapers))(?: [a-z]+)? (?:normally|well|fine|as usual)|"
    # esi35: a normal gait names no limp ("walks normally", "walking without a limp")
    r"(?:walks?|walking|weight[- ]bearing|bearing weight|mobili[sz]ing) (?:normally"
    r"|fine|well|without (?:a )?(?:limp|difficulty|problems?)))(?![a-z])"
)
"""A normal state (ESI handbook vignettes: "breathing comfortably", "in no distress")
names no presenting problem: matched to nothing (it resembled shortness of breath)."""
_NOT_A_FALL = re.compile(
    r"(?i)(?<![a-z])(?:fell|falls?|falling|fallen) (?:asleep|ill|sick|pregnant)"
    r"(?![a-z])"
)
"""Idioms of "fall" that name no fall ("fell asleep at the beach", "fell ill"): the
circumstance of the problem, not a fall complaint."""
_MEASURED = re.compile(
    r"(?i)(?<![a-z])(?:t|temp(?:erature)?|hr|heart rate|pulse|bp|blood pressure|rr|"
    r"resp(?:iratory)? rate|spo2|sao2|o2 sat(?:uration)?s?|sats?|gcs|pain(?: score)?)"
    r"\s*(?:of|is|was|:|=)?\s*\d[\d./]*\s*(?:°\s*[fc]?|%|/10|mmhg|bpm)?"
)
"""A vital sign or score with its value is a measurement, not a presenting problem
("T 98.9°F, HR 80" matched the fever complaint): triage reads the vitals itself."""
_PRESENTING = re.compile(
    r"(?i)(?<![a-z])(?:"
    r"complain(?:s|ing|ed)? of|c/o|chief complaint(?: is| of)?\s*:?|"
    r"present(?:s|ing|ed)?(?: to [a-z ]{1,40}?)? (?:with|for|after|because(?: of)?)|"
    r"(?:brought|sent|comes?|came|is here|here|arrives?)(?: in)?(?: to [a-z ]{1,40}?)?"
    r"(?: by [a-z ]{1,40}?)? (?:with|for|after|because(?: of)?)|"
    r"(?:worried|concerned) about|request(?:s|ing)|asks? for"
    r")\s+(?P<problem>[^.;!?\n]+)"
)
"""The presenting-problem clause of a narrative: the text after "presents with",
"complains of", "brought in because", "chief complaint:" (ESI handbook style)."""
_ABBREVIATIONS: Final = (
    (r"n\s*/\s*v\s*/\s*d", "nausea, vomiting and diarrhea"),
    (r"n\s*/\s*v|n\s*&\s*v", "nausea and vomiting"),
    (r"sob|s\.o\.b\.?", "shortness of breath"),
    (r"doe", "dyspnea on exertion"),
    (r"(?-i:HA)", "headache"),
    (r"ams", "altered mental status"),
    (r"loc", "loss of consciousness"),
    (r"abd|abdo", "abdominal"),
    (r"rif", "right iliac fossa"),
    (r"lif", "left iliac fossa"),
    (r"pv(?=\s+(?:bleed|bleeding|blood|discharge|loss|spotting))", "vaginal"),
    (r"rlq", "right lower quadrant"),
    (r"llq", "left lower quadrant"),
    (r"ruq", "right upper quadrant"),
    (r"luq", "left upper quadrant"),
    (r"etoh", "alcohol"),
    (r"mvc|mva", "motor vehicle collision"),
    (r"(?-i:R?TA|RTC)", "road traffic accident"),
    (r"gsw", "gunshot wound"),
    (r"brbpr", "bright red blood per rectum"),
    (r"(?-i:L)(?=\s+(?:arm|leg|hand|foot|side|eye|ear|knee|ankle))", "left"),
    (r"(?-i:R)(?=\s+(?:arm|leg|hand|foot|side|eye|ear|knee|ankle))", "right"),
)
"""Triage abbreviations written out before matching, in the text and in the aliases
alike (so "RLQ PAIN" and "right lower quadrant pain" are one phrase): the embedder
knows the words, not the letters ("SOB climbing stairs" was nearest to a fall).
Standard clinical abbreviations (e.g. Davis's Pocket Guide to Medical Abbreviations);
ambiguous ones are left alone ("CP": chest pain or cerebral palsy; "SI"; "CVA").
"TA"/"RTA"/"RTC" (road traffic accident or collision, in capitals only) was nearest
to a stroke complaint by its letters (TIA)."""
_ABBREVIATION_RX: Final = tuple(
    (re.compile(rf"(?i)(?<![A-Za-z0-9/&])(?:{rx})(?![A-Za-z0-9/&])"), full)
    for rx, full in _ABBREVIATIONS
)
_CIRCUMSTANCE: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:while|when|on|with)\s+)?(?:climbing|going|walking|running"
    r"|coming|jogging|hiking|stepping)(?:\s+(?:up|down|upstairs|downstairs))?"
    r"(?:\s+(?:the|a|some|\d+|one|two|three)?\s*(?:flights? of\s+)?(?:stairs|steps"
    r"|hills?|incline|slope)|\s+(?:to|around|across)\s+(?:the\s+)?"
    r"(?!(?:toilet|bathroom|loo|lavatory|restroom|wc)(?![a-z]))[a-z]+"
    r"|\s+upstairs|\s+downstairs)(?![a-z])"
)
"""The activity during which a symptom comes ("SOB climbing stairs", "chest pain
walking up stairs", "knee pain going down stairs") is its circumstance, exertion,
not an event: read as "on exertion" (a fall names a fall: "fell down the stairs").
"Going to the toilet" is passing urine or stool, not exertion."""


def spelled(aliases: Iterable[str]) -> list[str]:
    """Each alias, then its British spelling where it has one.

    "HEMATEMESIS", then "HAEMATEMESIS": CEDIS and CTAS are Canadian, KTAS and NHS
    triage British in spelling (``knowledge.spelling``). For the exact alias index
    only: embedded as extra aliases, the British forms moved the narrative margin of
    other complaints (an ESI vignette lost its complaint), so the meaning match keeps
    the US aliases.
    """
    out: list[str] = []
    for alias in aliases:
        out.append(alias)
        british = british_variant(alias)
        if british is not None:
            out.append(british)
    return out


def expand(text: str) -> str:
    """A complaint with triage abbreviations written out and activities as exertion.

    Args:
        text: A chief complaint or complaint alias.

    Returns:
        The text to embed and to read body sites from.
    """
    for rx, full in _ABBREVIATION_RX:
        text = rx.sub(full, text)
    return _CIRCUMSTANCE.sub("on exertion", text)


_LOCK = threading.Lock()
_EMBEDDER: list[Embedder] = []


def default_embedder() -> Embedder:
    """The process-wide MiniLM embedder (the model loads on first use, offline)."""
    with _LOCK:
        if not _EMBEDDER:
            _EMBEDDER.append(SentenceTransformerEmbedder())
        return _EMBEDDER[0]


class ComplaintMatcher:
    """Nearest knowledge-base complaint to a free-text chief complaint."""

    def __init__(self, kb: KnowledgeBase, embedder: Embedder | None = None) -> None:
        """Prepare the alias list; embeddings are computed on the first match.

        Args:
            kb: The knowledge base whose complaints are matched.
            embedder: Sentence embedder (default: the offline MiniLM model).
        """
        self._kb = kb
        self._embedder = embedder
        self._ids: list[str] = []
        self._aliases: list[str] = []
        starts: list[int] = []
        for spec in kb.complaints.values():
            if not spec.aliases:
                continue  # matched by its exact aliases only (lead48: arm swelling)
            starts.append(len(self._aliases))
            self._ids.append(spec.id)
            self._aliases.extend(
                dict.fromkeys(
                    [
                        spec.id.replace("_", " "),
                        *(expand(a).lower() for a in spec.aliases),
                    ]
                )
            )
        known = set(self._aliases)
        unlisted = [a for a in UNLISTED_CEDIS if expand(a).lower() not in known]
        if unlisted:
            starts.append(len(self._aliases))
            self._ids.append(UNLISTED)
            self._aliases.extend(expand(a).lower() for a in unlisted)
        self._starts = np.asarray(starts, dtype=np.intp)
        sites = sorted(kb.body_sites)
        self._site_col = {sid: k for k, sid in enumerate(sites)}
        self._alias_sites = np.zeros((len(self._aliases), len(sites)), dtype=bool)
        for j, alias in enumerate(self._aliases):
            for sid in kb.sites_named(alias):
                self._alias_sites[j, self._site_col[sid]] = True
        self._sited = self._alias_sites.any(axis=1)
        """Alias x body-site incidence (regions expanded), and aliases naming a site."""
        self._alias_words = [frozenset(_WORD.findall(a)) for a in self._aliases]
        self._lexicon = {
            syn.lower(): concept
            for concept, syns in kb.concepts.items()
            for syn in syns
            if " " not in syn.strip()
        }
        self._matrix: FloatArray | None = None
        self._lock = threading.Lock()
        # Memoised under a SHA-256 of the text (cases.memo): no complaint is kept.
        self._memo: HashMemo[tuple[str, float] | None] = HashMemo(4096)

    @property
    def embedder(self) -> Embedder:
        """The embedder in use."""
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def _alias_matrix(self) -> FloatArray:
        with self._lock:
            if self._matrix is None:
                self._matrix = encode_stored(
                    self.embedder, self._aliases, "complaint-aliases"
                )
            return self._matrix

    def match(self, text: str) -> tuple[str, float] | None:
        """Return (complaint id, similarity) of the nearest complaint, or None.

        See ``_match``; triage abbreviations are written out first (``expand``);
        repeated texts are answered from a bounded memo.
        """
        return self._memo.get_or_compute(
            digest((text,)), lambda: self._match(expand(text))
        )

    def _match(self, text: str) -> tuple[str, float] | None:
        """Return (complaint id, similarity) of the nearest complaint, or None.

        The nearest complaint must reach the similarity floor and, unless a short
        complaint is clearly close, beat the runner-up complaint by ``MIN_MARGIN``;
        otherwise the text matches no complaint (an unknown complaint, not a wrong one).
        """
        if rare_word(text):
            # Read through the knowledge base's own vocabulary ("otalgia" is the
            # finding ear_pain): its concept name is matched instead, if the
            # embedder knows it.
            concept = self._lexicon.get(text.strip().lower())
            plain = None if concept is None else concept.replace("_", " ")
            if plain is None or rare_word(plain) or plain == text.strip().lower():
                return None
            return self._match(plain)
        # A short complaint or a narrative's presenting problem is the complaint
        # itself; a bare narrative clause needs the higher floor. A narrative part
        # nearest to an unlisted complaint names no known one: the next tier is read.
        narrative = len(text) > NARRATIVE_CHARS
        for tier, clauses in enumerate(_tiers(text)):
            floor = NARRATIVE_MIN_SIMILARITY if narrative and tier else MIN_SIMILARITY
            found = self._nearest_of(clauses, floor, clear_alone=not narrative)
            if found is not None and not (narrative and found[0] == UNLISTED):
                return found
        return None

    def _nearest_of(
        self, clauses: list[str], floor: float, *, clear_alone: bool
    ) -> tuple[str, float] | None:
        # Through the process-wide vector cache: the retrieval query of the same
        # complaint then costs no second model call.
        sims = encode_cached(self.embedder, clauses) @ self._alias_matrix().T
        for i, clause in enumerate(clauses):
            # Body-site agreement, alias by alias: an alias naming only other sites
            # is no match ("RUQ pain" is not "FLANK PAIN"; "RECTAL BLEEDING" is off
            # for epigastric pain while "HEMATEMESIS", naming no site, stays).
            named = [self._site_col[s] for s in self._kb.sites_named(clause)]
            if named:
                sims[i, self._sited & ~self._alias_sites[:, named].any(axis=1)] = -1.0
        per_complaint = np.maximum.reduceat(sims, self._starts, axis=1)
        row, col = np.unravel_index(int(np.argmax(per_complaint)), per_complaint.shape)
        scores = np.sort(per_complaint[row])
        best, runner_up = float(scores[-1]), float(scores[-2])
        if best < floor or self._qualifier_missing(clauses[row], sims[row]):
            return None
        clear = clear_alone and best >= CLEAR_SIMILARITY
        if not clear and best - runner_up < MIN_MARGIN:
            return None
        return self._ids[int(col)], round(best, 3)

    def _qualifier_missing(self, clause: str, sims: FloatArray) -> bool:
        """Whether the nearest alias is the clause plus a word the clause never said.

        A bare symptom naming no body site ("pain", "bleed", "lump", "injury") is
        nearest to the same word with its site or organ ("anal pain", "gi bleed",
        "anal lump", "back injury"): the qualifier that makes the complaint is
        exactly what the text lacks, so the complaint is unknown (the generic path,
        the note read for the problem), never the protocol of a site not named
        (CEDIS v2 codes a complaint by its site and system).
        """
        words = frozenset(_WORD.findall(clause.lower())) - _MODIFIERS
        if not words or self._kb.sites_named(clause):
            return False
        return words < self._alias_words[int(np.argmax(sims))]

    def nearest(self, text: str | None) -> ComplaintSpec | None:
        """Return the complaint nearest in meaning to ``text``, or None."""
        if not text or not text.strip():
            return None
        found = self.match(text.strip())
        if found is None or found[0] == UNLISTED:
            return None
        return self._kb.complaints[found[0]]

    def unlisted(self, text: str) -> bool:
        """Whether ``text`` is nearest to a CEDIS complaint the KB has none of."""
        found = self.match(text.strip()) if text.strip() else None
        return found is not None and found[0] == UNLISTED


def focus(text: str) -> list[str]:
    """Return the parts of a chief complaint that state the presenting problem.

    A short complaint is itself. A narrative (ESI-handbook vignette) is read by its
    presenting-problem clauses ("presents with ...", "brought in because ..."), then
    by its clauses without a negation, history, medication, vital-sign or baseline
    cue (at most ``MAX_CLAUSES``), in that order.

    Args:
        text: The chief complaint or triage narrative.

    Returns:
        The texts to match, most telling first; possibly empty.
    """
    return list(dict.fromkeys(c for tier in _tiers(text) for c in tier))


_DANGLING = re.compile(r"(?i)(?:\s*(?:,|\band\b|\bwith\b|\bis\b)(?=\s*(?:,|$)))+\s*,?")
"""Connectives left without their phrase by ``_stated`` ("8-year-old, , , with")."""
_WORDS = re.compile(r"[A-Za-z]{3,}.*[A-Za-z]{3,}|[A-Za-z]{4,}")
"""What is left must still say something (a word of four letters, or two words)."""


_SETTLED_BLEEDING: Final = re.compile(
    r"(?i)^\s*(?:the )?bleeding (?:is |was |has been |now )?(?:controlled|stopped"
    r"|settled)(?: with [a-z ]+)?\s*$"
)
"""A clause that only says a wound's bleeding is controlled ("Bleeding controlled."):
the wound's state, no bleeding complaint (it was matched to GI bleeding, esi34)."""


def _stated(clause: str) -> str:
    """The clause without its negated and normal-state parts, spaces collapsed."""
    for rx in (_SETTLED_BLEEDING, _NEGATED, _NORMAL_STATE, _MEASURED, _NOT_A_FALL):
        clause = rx.sub(" ", clause)
    clause = _DANGLING.sub(",", " ".join(clause.split()))
    return clause.strip(" ,")


def _tiers(text: str) -> list[list[str]]:
    text = text.strip()
    if len(text) <= NARRATIVE_CHARS:
        return [[text]] if text else []
    presenting = [
        p
        for p in (_stated(m.group("problem")) for m in _PRESENTING.finditer(text))
        if _WORDS.search(p)
    ]
    kept = [
        c
        for m in _CLAUSE.finditer(text)
        for c in _around_background(_stated(m.group(0)))
        if _WORDS.search(c) and not _SKIP.search(c)
    ]
    return [t[:MAX_CLAUSES] for t in (presenting, kept) if t]


def _around_background(clause: str) -> list[str]:
    """The clause's problem before its background and the predicate after it.

    ``_before_background``, then (esi34) the text after the last background cue when
    a predicate follows it: "a man with a left foot drop since a knee operation two
    years ago tripped and twisted his ankle" states the ankle after the aside (ConText
    scope ends at the clause's own verb, Harkema 2009); a leading "with ..." phrase of
    the aside is dropped up to its comma.
    """
    before = _before_background(clause)
    cues = list(_SKIP.finditer(clause))
    if not cues:
        return [before]
    after = _ASIDE_TAIL.sub("", clause[cues[-1].end() :], count=1).strip(" ,")
    if _PREDICATE.match(after):
        return [before, after]
    # triage38: the aside is a noun phrase ("with a history of asthma has had a cough
    # for 2 days", "with previous kidney stones has left flank pain"): its scope ends
    # at the clause's own verb (ConText, Harkema 2009), where the problem follows
    verb = _VERB_AFTER_ASIDE.match(after)
    return [before, after[verb.end() :]] if verb else [before]


_ASIDE_TAIL: Final = re.compile(
    r"(?i)^\s*(?:(?:in|of|on) (?:19|20)\d\d\s*)?(?:with [^,]*,)?"
)
"""What still belongs to the aside after its cue: a year, a "with ..." phrase."""
_PREDICATE: Final = re.compile(
    r"(?i)^(?:and |but |now |today |then )?(?:has|had|have|is|was|presents?|comes?"
    r"|came|[a-z]+ed)(?![a-z])"
)
"""The clause's own verb after a background aside (a present-tense "has" or a past
tense): the presenting problem follows."""
_VERB_AFTER_ASIDE: Final = re.compile(
    r"(?i)^(?:[a-z0-9'/-]+ ){1,5}?(?=(?:has|have|had|is|was|reports?|reported"
    r"|developed|woke|awoke|fell|tripped|slipped|twisted|noticed|started|began)"
    r"(?![a-z']))"
)
"""The few words of a background noun phrase ("asthma", "kidney stones", "type 2
diabetes") up to the clause's own verb (a restricted list: a past participle inside
the aside, "untreated", is no verb; "presents with", "complains of" are read as the
presenting problem already, ``_PRESENTING``)."""


def _before_background(clause: str) -> str:
    """The clause up to the comma before its first background cue (``_SKIP``).

    "G-tube dislodged in a nursing-home resident, unresponsive at baseline since a
    stroke" keeps its problem and drops the baseline; a clause that opens with the cue
    ("history of asthma, ...") or has no comma before it is left whole (then skipped).
    """
    m = _SKIP.search(clause)
    if m is None:
        return clause
    cut = clause.rfind(",", 0, m.start())
    return clause[:cut].strip() if cut > 0 else clause
