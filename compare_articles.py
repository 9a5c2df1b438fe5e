"""Compare two news articles about the same event, sentence by sentence.

Tells a reader what both articles report, what each one leaves out, and where they
disagree: quotations (the wording and who said it), claims, numbers and dates.

Contents, in the order data flows:

    Load        read_article()       a file, stdin, a saved web page or an http(s) address
                                     (fetch(), web_article()) -> text, with clear errors
    Clean       fold(), printable()  a normalised copy for matching; text made safe to print
    Split       split_sentences()    sentences with character offsets into the original text
    Set aside   mark_boilerplate()   breadcrumbs, captions, credits, bylines, labels ...
    Quotes      find_quotes()        direct quotations, the speaker as named and as resolved
                parse_article()      split + set aside + quotes: the article the stages read
    Similarity  profile(), similarity()  what the aligner reads of a sentence; the score,
                                     0..1, explainable (keys, negation, lexicon, conflicts)
    Differ      differences()        words, numbers, dates, quotations, speakers that differ
    Align       align()              pairs of sentences that report the same quote or claim
    Collate     collate()            three or more articles: groups carried by several sources
    Compare     compare()            the one public entry: two articles or many
    Report      to_dict()            the documented JSON document (schema_version 1)
    Render      render()             the side-by-side terminal report (rich)
    Share       to_markdown(), to_html()  the report as Markdown or one self-contained page
    Batch       run_batch()          corpora of story clusters (compare-articles batch)
    CLI         cli(), batch_cli()   compare-articles [--format F] DIR | A B | URL ...

Example:

    >>> a = parse_article("A", "Police arrested 12 people on Monday, officials said.")
    >>> b = parse_article("B", "Officials said 21 people were arrested on Monday.")
    >>> result = compare(a, b)
    >>> [(m.a, m.b, m.kind) for m in result.matches]
    [((0,), (0,), 'claim')]
    >>> result.matches[0].differences.numbers
    Sides(a=('12',), b=('21',))

Offsets are Python ``str`` indices into the text as decoded (byte-order mark dropped,
line ends kept as they are), so ``text[start:end]`` is always the sentence or quotation.
"""

from __future__ import annotations

import _sre
import bisect
import codecs
import contextlib
import functools
import gc
import heapq
import marshal
import math
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

import click
from rapidfuzz import fuzz, process

__all__ = [
    "DEFAULT_THRESHOLD",
    "SCHEMA_VERSION",
    "Article",
    "ArticleError",
    "Collation",
    "Comparison",
    "Differences",
    "Group",
    "Link",
    "Match",
    "Quote",
    "QuoteChange",
    "Sentence",
    "Sides",
    "Tuning",
    "align",
    "batch_cluster",
    "batch_inputs",
    "collate",
    "compare",
    "differences",
    "fetch",
    "find_quotes",
    "fold",
    "load_articles",
    "main",
    "mark_boilerplate",
    "parse_article",
    "printable",
    "read_article",
    "render",
    "run_batch",
    "select_sections",
    "similarity",
    "split_sentences",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
    "web_article",
]

__version__ = "1.13.0"

# ---------------------------------------------------------------------------
# Tunables: thresholds, weights and limits (the word tables are last)
# ---------------------------------------------------------------------------

SCHEMA_VERSION = 1

#: Pairs scoring at or above this (0..1, the scale of ``similarity``) are shared items.
DEFAULT_THRESHOLD = 0.27

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Saved web pages: the article is extracted with trafilatura (the optional ``web`` extra).
WEB_SUFFIXES = (".html", ".htm")
WEB_EXTRA = 'pip install "compare-articles[web]"'
#: Content types an http(s) address may answer with; anything else is refused.
WEB_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
#: Seconds a fetch may take in all (connecting, waiting, reading); one try, no retries.
FETCH_TIMEOUT = 20.0

#: Files above this are refused rather than read (``--max-size`` raises it up to
#: HARD_MAX_MIB). A news article is some kilobytes and a book under one MiB; a 4 MiB
#: text of short sentences takes seconds, and the time grows with it.
MAX_FILE_MIB = 4
HARD_MAX_MIB = 64

#: A "sentence" longer than this (a pasted table, a run-on line with no punctuation)
#: is cut at spaces so that no later stage sees an unbounded string.
MAX_SENTENCE_CHARS = 1000
#: The word before a full stop is looked for this far back: an abbreviation or an initial
#: is short, and a longer "word" (a pasted token) is no abbreviation.
WORD_BEFORE_CHARS = 40

#: Page furniture is a short line; a longer one is article text run together, whose
#: sentences are judged one by one (a scraped page may have no line breaks at all).
FURNITURE_LINE_CHARS = 400

#: An article with no headline is named by its file and this many of its first words.
UNTITLED_WORDS = 8
#: An article with no headline found offers this many first sentences to the other's headline.
LEAD_SENTENCES = 2
#: A line below the headline of at most this many words and no closing mark is a subheading.
SUBHEADING_WORDS = 6
#: A page's section label or kicker above the headline ("Italy earthquake") is this short.
SECTION_LABEL_WORDS = 3

#: How many candidate partners each sentence keeps, and the share of sentences a word
#: may occur in before it stops proposing candidates; both bound the pairing work on
#: long texts. Seed-sized inputs are scored exhaustively.
CANDIDATES_PER_SENTENCE = 24
EXHAUSTIVE_LIMIT = 250_000
COMMON_WORD_SHARE = 0.05

#: Two long articles report their progress every this many candidate pairs scored.
PROGRESS_EVERY = 20_000
#: What is read once an article (its word vector, the things its figures count) is kept
#: for this many articles: at least MAX_ARTICLES, so a whole collation reads each once.
ARTICLE_CACHE = 64
#: Three or more articles: at most this many are compared at once (each pair is aligned).
MAX_ARTICLES = 40
#: The narrowest and widest the terminal report is laid out (columns): COLUMNS=0 printed
#: nothing at all, and COLUMNS=100000 padded the seeds' report to 9 MB.
REPORT_WIDTHS = (40, 400)
#: Two groups of sentences join only when at least this share of the sentence pairs
#: across them were paired directly: a chain of weak links does not make one claim.
GROUP_LINK_SHARE = 0.5
#: A sentence pair across them counts as linked too when it scores this much: nearly a
#: pair (the aligner pairs each sentence once, so five leads telling one fact are rarely
#: all paired with each other).
GROUP_NEAR = 0.25
#: A sentence an article gives twice (standfirst and lead) is one sentence to its groups
#: when the two copies share this many words or more, in order, all of them.
REPEAT_MIN_WORDS = 8
#: Two groups that hold the same sentence of all but one of the smaller's articles, and of
#: at least this many, are one fact told twice (_one_fact_once).
DUPLICATE_MIN_SHARED = 3

#: Score added to a borderline pair whose neighbours on both sides are paired too.
CONTEXT_BONUS = 0.06
CONTEXT_BAND = 0.12

#: A quotation counts as the same when this share of the shorter one is found in the other.
QUOTE_CONTAINMENT = 0.8
QUOTE_MIN_WORDS = 4
#: Share of a quotation's words, in order, that another must have to be it reworded.
REWORDED_SHARE = 0.5
#: Word-sequence ratio (difflib's) at which a quotation reworded is one saying, whose
#: speakers are compared; below it, two quotations sharing a phrase (BASIL: 12 speaker flags
#: at 0, most of them two sayings; 0.6 keeps those that are one).
SAME_SAYING_RATIO = 0.6

#: A sentence of a quotation over several pairs with a quotation of the other side that
#: holds this share of its words, in order, when it has this many words (_piece_pairs).
PIECE_SHARE = 0.7
PIECE_MIN_WORDS = 6

#: Two quotations of a pair, one a side, are one saying told in other words (a translation)
#: when each has this many words and their similarity reaches this.
RETOLD_MIN_WORDS = 12
RETOLD_SIMILARITY = 0.5

#: A sentence folds in a neighbour of its partner when adding it lifts coverage this much.
FOLD_GAIN = 0.12
#: A sentence already paired pairs again, with another sentence, from this score on.
SECOND_PAIR_THRESHOLD = 0.5
#: At most this many such second pairs for one sentence.
SECOND_PAIRS_MAX = 3
#: A thing counted with a different figure on each side pairs the two sentences when it is
#: at least this specific (_specificity): aftershocks, passengers; not people, years.
SPECIFIC_UNIT = 0.8
#: A possible pair (POSSIBLE_THRESHOLD up to the threshold) is a pair when the two share at
#: least RARE_SHARED_WORDS words that are rare in English (_specificity >= RARE_WORD) and
#: that no other sentence of the two articles has: "a lengthy criminal history that includes
#: felony theft" / "a history of arrests, including for felony grand theft". Chosen on the
#: dev groups (F1 0.704 -> 0.718, dev pairs unchanged; 1 word: pairs F1 0.866 -> 0.847) and
#: read on BASIL's unannotated pairs: 8 new pairs, 6 of them one fact.
RARE_SHARED_WORDS = 2
RARE_WORD = 0.85
#: So is a possible pair whose two sentences share a figure above this that no other
#: sentence of the two articles gives (no year, no age): "about 7,000 troops will be
#: withdrawn" / "withdraw half its troops -- some 7,000 soldiers". The figures up to ten
#: are shared by chance ("two people", "three days"). Dev pairs unchanged, dev groups
#: F1 0.718 -> 0.719; on BASIL's unannotated pairs 15 new pairs, 12 of them one fact.
#: When that figure counts one same thing on both sides ("149 passengers"), the pair is
#: one fact from any score (a long lead of many facts covers little of the other):
#: dev pairs recall 0.840 -> 0.849, BASIL one more pair (one fact).
RARE_FIGURE_ABOVE = 10
#: Two quantities in two units of one measure are one when they differ by at most this
#: share of the larger (news rounds conversions: 10 km is "6 miles", 9.7 km).
CONVERSION_TOLERANCE = 0.15
#: A figure at most this many words after a measure ("the death toll has passed 1,100")
#: counts what the measure counts.
MEASURE_REACH = 5
# A bound ("more than 26 billion", "nearly 50") holds for a figure this close beyond it, as
# news writes a rounder bound for a figure another outlet gives exactly (not "more than
# 2,000" for 6,000, which tells another toll).
BOUND_NEAR = 0.1
# Two figures this many times apart are two amounts, not one the outlets disagree on (a
# deal's value and its price a share; news misreports by a digit or a zero, not by three).
MAGNITUDE_APART = 1000
#: Two percentages within this share of the larger may be one share told two ways, rounded
#: or counted later (50.2% / 50.21 percent, 50.25 with 98% counted); further apart they are
#: shares of two things (turnout 37% / 50.2% of the vote; a "47 percent" remark / a poll's
#: 46 percent). At 0.2, BASIL's unannotated pairs gained 2 pairs, both such; at 0.02, none.
SHARE_NEAR = 0.02
#: Pairs from this score up to the threshold are reported as possible, not shared.
POSSIBLE_THRESHOLD = 0.15
#: Two sentences that quote the same short phrase pair when they score this much: the
#: quoted words are the speaker's, so two outlets giving them tell one statement.
SHARED_PHRASE_FLOOR = 0.2
#: ... unless one side quotes the phrase more often than this: then it is no one statement.
SHARED_PHRASE_MAX_TIMES = 3
FOLD_MIN_SCORE = 0.25

#: Weights of a token by what it is: names, numbers and dates anchor a claim.
WEIGHT = {"word": 1.0, "name": 1.6, "number": 1.6, "date": 1.4, "weak": 0.35}
SYNONYM_CREDIT = 0.85
# Readers rate "2 killed" and "14 killed" as different facts, yet it is the same claim
# with a number that differs: such a pair keeps part of its score and is flagged.
NUMBER_MISMATCH_CREDIT = 0.25
NUMBER_MISMATCH_FACTOR = 0.75
# Two sentences that date what they tell differently (Monday / Friday, March / May) may still
# report one event (outlets writing on different days date it differently), so they still
# pair and are flagged, but they are not a sure pair: their score is capped.
DATE_CONFLICT_CAP = 0.5
# Likewise two sentences that each name a country (or continent) the other does not
# ("Germany welcomes the deal" / "Syria welcomes the deal"): the actors or places differ, so
# they may be two claims; they still pair at the default threshold, but are at most this.
PLACE_CONFLICT_CAP = 0.4
FUZZY_CUTOFF = 84  # rapidfuzz ratio at or above which two word forms are one
# A prefix variant at the widest length ratio allowed (5:8, credit 0.5) has ratio 76.9:
# nothing below this can earn variant credit, so the search for variants stops here.
VARIANT_FLOOR = 76
# From this many distinct words, variants are found in one matrix (numpy); rows per block
# bound its memory.
VARIANT_MATRIX_WORDS = 3000
VARIANT_MATRIX_ROWS = 1024
#: A compound sentence packs two claims (", and ...", "; ...", " -- but ..."); the other
#: article may carry only one of them. A pair then scores at least CLAUSE_FACTOR times the
#: best score of one clause (of CLAUSE_MIN_WORDS words or more) with the other sentence,
#: looked at from CLAUSE_FLOOR up (and, in the aligner, only where it could reach the threshold).
CLAUSE_BREAK = re.compile(r", (?:and|but|while|whereas|though|although) |; | [\u2014\u2013] (?:but |and )?| -- ")
CLAUSE_MIN_WORDS = 4
CLAUSE_FACTOR = 0.9
CLAUSE_FLOOR = 0.2
#: A hyphenated word is read as its parts when each has at least this many letters
#: (or is a capital alias: "US-led"); a shorter part is a prefix ("e-mail", "re-open").
HYPHEN_PART_MIN = 3
NEGATION_FACTOR = 0.85
ANTONYM_FACTOR = 0.7  # one says "rose" where the other says "fell"
# Sentences that share nothing but names (the event's protagonists) are not one claim.
NAMES_ONLY_FACTOR = 0.35
LOCAL_WEIGHT_FLOOR = 0.25
# How much a word tells in the document similarity, by how rare it is in English
# (_specificity): (SPECIFICITY_TOP - its Zipf frequency) / SPECIFICITY_SPAN, floor to 1.
SPECIFICITY_TOP = 7.5
SPECIFICITY_SPAN = 4.0
SPECIFICITY_FLOOR = 0.3
# A negation reaches this many content words after its cue, within its clause: "did not
# vote for the deal" negates vote and deal, not what the sentence says after a comma, nor
# the words further on ("cannot be tolerated from the perspective of the constitution"
# negates no constitution; at 4 words, 3 of the dev pairs' 5 polarity flags were such).
NEGATION_SCOPE = 2
#: News style puts titles (films, books, shows), nicknames and scare-quoted terms in
#: quotation marks. A quoted span shorter than this with no speaker is one of those.
MIN_QUOTE_WORDS_UNATTRIBUTED = 5
#: A sentence of action ("Ruiz shook her head.") attributes the quotation after it in its
#: paragraph when it has at most this many words: a longer one tells more than who speaks.
ACTING_INTRO_WORDS = 15
#: The compiled patterns the command line keeps between runs (_PatternStore) are the
#: module's, some 130; a file with more than this keeps only the patterns its run used.
PATTERN_STORE_MAX = 1000


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

class _Lazy:
    """A regular expression compiled the first time it is used: a run needs only some of
    the rules (a web page's, Markdown's, the furniture rules past the first that matches),
    and compiling all at start-up cost more than the comparison of the seeds. Its
    ``pattern`` is there before; its methods, once compiled, are the compiled ones."""

    def __init__(self, pattern, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):
        compiled = PATTERNS.compile(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groups",
                       "groupindex"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)



class _PatternStore:
    """Compiled regular expressions kept between runs, as Python keeps bytecode: compiling
    this module's patterns is most of a short run's time (the seeds' report: about 80 ms of
    the rules it needs), and ``re`` compiles them afresh in every process.

    Empty and unused until ``load()``: the library compiles as ``re`` does. The command
    line (``main()``) loads the store from its file, compiles through it, and saves it when
    it learnt a pattern. An entry is what ``re``'s own compiler hands ``_sre.compile`` (the
    pattern's code, flags and groups), computed by the same functions ``re.compile`` calls;
    it is taken only from a file made by this Python (its cache tag and ``_sre.MAGIC`` in
    the file name), and ``_sre`` validates the code it is given. Anything amiss, a file
    that does not read, an entry ``_sre`` refuses, a Python whose ``re`` is built otherwise,
    falls back to ``re.compile``: the store makes runs faster, never different. It holds
    the module's own patterns only (``_Lazy``: none is built from an article's text, and
    none from a set's order, which changes with each process's hash seed: a test checks),
    so its file stops growing once each has been used; past PATTERN_STORE_MAX entries it
    keeps only the run's own."""

    def __init__(self):
        self.entries: dict[tuple[str | bytes, int], tuple] = {}
        self.used: set[tuple[str | bytes, int]] = set()  # this run's: the file keeps these when full
        self.active = False
        self.learnt = False

    def compile(self, pattern: str | bytes, flags: int = 0) -> re.Pattern:
        if not self.active:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        parts = self.entries.get(key)
        if parts is not None:
            try:
                return _sre.compile(pattern, *parts)
            except Exception:  # noqa: BLE001 (an entry this build refuses: compile it afresh)
                del self.entries[key]
        try:
            from re import _compiler, _parser
            parsed = _parser.parse(pattern, flags)
            code = [int(c) for c in _compiler._code(parsed, flags)]
            names = parsed.state.groupdict
            index: list[str | None] = [None] * parsed.state.groups
            for name, k in names.items():
                index[k] = name
            parts = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(names), tuple(index))
            compiled = _sre.compile(pattern, *parts)
        except Exception:  # noqa: BLE001 (a Python whose re is built otherwise)
            return re.compile(pattern, flags)
        self.entries[key] = parts
        self.learnt = True
        return compiled

    @staticmethod
    def path() -> Path | None:
        """Its file: under $COMPARE_ARTICLES_CACHE (empty: no store), else
        $XDG_CACHE_HOME/compare-articles, else ~/.cache/compare-articles; one file per
        version of this module and build of Python."""
        where = os.environ.get("COMPARE_ARTICLES_CACHE")
        if where is None:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            where = os.path.join(base, "compare-articles")
        if not where:
            return None
        tag = sys.implementation.cache_tag or "python"
        return Path(where) / f"patterns-{__version__}-{tag}-{_sre.MAGIC}.marshal"

    def load(self) -> None:
        """Use the store from now on, with what its file holds (nothing when it does not read)."""
        self.active = True
        path = self.path()
        if path is None:
            return
        try:
            entries = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(entries, dict):
            self.entries.update(entries)

    def save(self) -> None:
        """Write the store when it learnt a pattern: whole or not at all (a temporary file,
        then renamed over the old), and never an error (a read-only home is no failure)."""
        path = self.path() if self.learnt else None
        if path is None:
            return
        import tempfile  # (only a run that learnt a pattern pays for it)
        if len(self.entries) > PATTERN_STORE_MAX:  # (a pattern that changed from run to run)
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        tmp = None
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(self.entries))
            os.replace(tmp, path)
            tmp = None
            self.learnt = False
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


PATTERNS = _PatternStore()


@dataclass(frozen=True)
class Tuning:
    """The limits a comparison may be run with other than the defaults (the tunables of
    the same names): tests and evaluations pass one to ``compare()`` instead of changing
    module constants. The results never depend on the two size limits, only the speed."""

    clause_factor: float = CLAUSE_FACTOR
    exhaustive_limit: int = EXHAUSTIVE_LIMIT
    variant_matrix_words: int = VARIANT_MATRIX_WORDS
    variant_matrix_rows: int = VARIANT_MATRIX_ROWS


DEFAULT_TUNING = Tuning()


class ArticleError(ValueError):
    """An input that cannot be compared; ``str()`` is one line naming the file and the
    problem. ``hint``, when given, says how the command line gets past it ("raise it with
    --max-size"); the library's own message names no option."""

    def __init__(self, path: str, problem: str, hint: str | None = None):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.hint = hint

    def line(self) -> str:
        """The message with its hint, as the command line prints it."""
        return f"{self} ({self.hint})" if self.hint else str(self)


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    line: int
    boilerplate: str | None = None  # why it was set aside, or None


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the words between the marks, ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    sentence: int
    speaker: str | None  # as the text names them nearest the quotation (a pronoun resolved)
    verb: str | None
    speaker_full: str | None = None  # the person as resolved in the article ("John Kirby")
    speaker_role: str | None = None  # the role the article gives ("State Department spokesman")
    continues: int | None = None  # index of the quotation this one continues, or None
    # the speaker only inferred, not named at the quotation: from a pronoun ("he added"), a
    # role ("the spokesman"), a document before, or as the speaker of a quotation continued
    inferred: bool = False

    @property
    def said_by(self) -> tuple[str | None, str | None, str | None]:
        """(speaker, speaker_full, speaker_role): what a quotation said by the same one takes."""
        return self.speaker, self.speaker_full, self.speaker_role


@dataclass(frozen=True)
class Article:
    """One article as the stages read it: its text as decoded, its sentences (with what is
    set aside marked), its quotations and what the page says of itself. ``parse_article``
    and ``read_article`` make one."""

    path: str
    text: str
    title: str
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    headline: int | None = None  # index of the sentence that is the headline, if any
    # A web page's own account of itself (None for a text file, or where the page is silent).
    url: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    # A Markdown article: its text with the markup blanked (same length, so the offsets
    # hold); what the stages read. None for any other article.
    view: str | None = None

    def said(self, i: int) -> str:
        """Sentence i as matching reads it: its text, or the same span of ``view``."""
        s = self.sentences[i]
        return s.text if self.view is None else self.view[s.start:s.end]

    @property
    def content(self) -> tuple[Sentence, ...]:
        """The sentences of the article body: not set aside, not the headline."""
        return tuple(s for s in self.sentences if s.boilerplate is None and s.index != self.headline)


class Sides(NamedTuple):
    """One thing as each of the two articles of a pair has it (a tuple: ``(a, b)``)."""

    a: Any
    b: Any

    def swapped(self) -> Sides:
        return Sides(self.b, self.a)


class QuoteChange(NamedTuple):
    """How one version of a shared quotation differs: ``what`` ("abridged", "shorter",
    "worded differently") and, for the first two, the ``side`` ("a" or "b") whose version it
    is. ``str()`` is the JSON's wording: "shorter in b"."""

    what: str
    side: str | None = None

    def __str__(self) -> str:
        return f"{self.what} in {self.side}" if self.side else self.what

    def swapped(self) -> QuoteChange:
        return self._replace(side={"a": "b", "b": "a"}[self.side]) if self.side else self


_NO_SIDES = Sides((), ())


@dataclass(frozen=True)
class Differences:
    """What differs inside one match, A's side first. ``numbers``, ``dates`` and
    ``quote_words`` hold what each side has that the other does not; ``speaker`` the two
    speakers of one quotation when they are two people; ``polarity`` which side negates;
    ``certainty`` the hedges of the side that hedges what the other states."""

    only_a: tuple[str, ...] = ()
    only_b: tuple[str, ...] = ()
    numbers: Sides = _NO_SIDES
    dates: Sides = _NO_SIDES
    quote: QuoteChange | None = None
    speaker: Sides | None = None
    polarity: Sides | None = None
    # Not a flag: "speaker named differently" or "attribution differs in detail".
    attribution: str | None = None
    # A quotation worded differently: the words each version has that the other does not.
    quote_words: Sides = _NO_SIDES
    # Where ``only_a`` and ``only_b`` are: (start, end) of each, in its article's text,
    # every time the pair's sentences write it; what the renderers mark, by slicing.
    marks: Sides = _NO_SIDES
    # One side hedges what the other states: the hedges ("may", "unlikely") each side writes.
    certainty: Sides | None = None

    def swapped(self) -> Differences:
        """The same differences seen from the other article."""
        return Differences(self.only_b, self.only_a, Sides(*self.numbers).swapped(), Sides(*self.dates).swapped(),
                           self.quote.swapped() if self.quote else None,
                           Sides(*self.speaker).swapped() if self.speaker else None,
                           Sides(*self.polarity).swapped() if self.polarity else None, self.attribution,
                           Sides(*self.quote_words).swapped(), Sides(*self.marks).swapped(),
                           Sides(*self.certainty).swapped() if self.certainty else None)

    @property
    def flags(self) -> tuple[str, ...]:
        out = []
        if self.numbers[0] or self.numbers[1]:
            out.append("numbers differ")
        if self.dates[0] and self.dates[1]:
            out.append("dates differ")
        if self.quote:
            out.append(f"quotation {self.quote}")
            if self.quote.side and (self.quote_words[0] or self.quote_words[1]):
                out.append("quotation worded differently")
        if self.speaker:
            out.append("speaker differs")
        if self.polarity:
            out.append("polarity differs")
        if self.certainty:
            out.append("certainty differs")
        return tuple(out)


@dataclass(frozen=True)
class Match:
    """Sentences of A and B that report the same quotation or claim."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    kind: str  # "quote" or "claim"
    differences: Differences
    anchors: tuple[str, ...]
    parts: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Comparison:
    """Two articles compared: the matches (sentence pairs, each with its Differences),
    the body sentences each has alone (``only_a``, ``only_b``), the pairs just below the
    threshold (``possible``), the two texts' similarity as wholes, and the quotations both
    report. ``align`` and ``compare`` make one; ``to_dict`` and the renderers read it."""

    articles: tuple[Article, Article]
    matches: tuple[Match, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    threshold: float
    possible: tuple[Match, ...] = ()  # pairs below the threshold, down to POSSIBLE_THRESHOLD
    similarity: float = 0.0  # of the two articles as wholes (_document_similarity)
    # (i, j): quotation i of A and quotation j of B are one quotation (one cut from the
    # other, or the same words); what the report's list of quotations reads
    same_quotes: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Link:
    """One pair of sentences of a group, as the pairwise alignment found it."""

    a: tuple[int, int]  # (article, sentence)
    b: tuple[int, int]
    score: float
    differences: Differences
    direct: bool = True  # matched by the pairwise alignment; else two sentences each matched to a third


@dataclass(frozen=True)
class Group:
    """Sentences of several articles that report the same claim or quotation."""

    members: tuple[tuple[int, int], ...]  # (article, sentence), in article order
    kind: str  # "quote", "claim" or "headline"
    links: tuple[Link, ...]  # the pairwise matches inside the group
    differs: tuple[int, ...]  # articles whose version differs from the others'

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({a for a, _ in self.members}))


@dataclass(frozen=True)
class Collation:
    """Three or more articles: the claims and quotations each one carries."""

    articles: tuple[Article, ...]
    groups: tuple[Group, ...]
    only: tuple[tuple[int, ...], ...]  # per article: content sentences in no group
    threshold: float


# ---------------------------------------------------------------------------
# Load: bytes -> text, or one clear error
# ---------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode an article's bytes; UTF-8 (BOM optional) or UTF-16/32 with a BOM by default."""
    if encoding is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                data, encoding = data[len(bom):], name
                break
    else:
        # --encoding names the encoding of the files that are not UTF-8: a valid UTF-8 file
        # beside a cp1252 one stays UTF-8 (cp1252 would read it as mojibake)
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ArticleError(path, f"unknown encoding {encoding!r}") from None
        if data.startswith(b"\xef\xbb\xbf"):
            data, encoding = data[3:], "utf-8"
        else:
            try:
                if "\x00" not in data.decode("utf-8"):
                    encoding = "utf-8"
            except UnicodeDecodeError:
                pass
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise ArticleError(path, "looks like a binary file (it contains NUL bytes), not text")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise ArticleError(path, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise ArticleError(
            path, f"is not valid {encoding}: cannot decode byte 0x{data[err.start]:02x} at byte offset {err.start}",
            "name its encoding with --encoding, e.g. cp1252" if encoding == "utf-8" else None) from None
    if "\x00" in text:
        raise ArticleError(path, "looks like a binary file (it contains NUL characters), not text")
    if not text.strip():
        raise ArticleError(path, "is empty" if not text else "has no text (only white space)")
    return text


def read_article(path: str, encoding: str | None = None, *, stdin=None,
                 max_mib: float = MAX_FILE_MIB, timeout: float = FETCH_TIMEOUT) -> Article:
    """Read and parse one article: a text file, a saved web page (.html/.htm), an
    http(s) address, or ``-`` for standard input. Raises ArticleError."""
    limit = int(max_mib * 2**20)
    too_big = f"is larger than {max_mib:g} MiB, the limit on an article's size"
    if _is_address(path):
        data, kind, final, charset = fetch(path, timeout, limit, too_big)
        if kind == "html":
            return web_article(path, data, final)
        return parse_article(path, decode(data, path, encoding or charset))
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(limit + 1)
        label = "<stdin>"
    else:
        label = path
        p = Path(path)
        if not p.exists():
            raise ArticleError(path, "no such file")
        if p.is_dir():
            raise ArticleError(path, "is a directory, not an article file")
        try:
            if p.stat().st_size > limit:
                raise ArticleError(path, too_big, _SIZE_HINT)
            with open(p, "rb") as fh:
                data = fh.read(limit + 1)
        except OSError as err:
            raise ArticleError(path, f"cannot be read ({err.strerror or err})") from None
    if len(data) > limit:
        raise ArticleError(label, too_big, _SIZE_HINT)
    if Path(path).suffix.lower() in WEB_SUFFIXES or (path == "-" and _HTML_START.match(data[:512])):
        if not data.strip():
            raise ArticleError(label, "is empty")
        return web_article(label, data)
    return parse_article(label, decode(data, label, encoding))


_HTML_START = _Lazy(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def _is_address(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


_SCHEME = _Lazy(r"^[a-z][a-z0-9+.-]{1,15}://", re.I)  # ftp://, file://, s3:// ...
_HOST_PORT = _Lazy(r"^[\w.-]+:\d{1,5}(?:/|$)")  # host:8080/page
_SIZE_HINT = f"raise it with --max-size, up to {HARD_MAX_MIB}"


class Fetched(NamedTuple):
    """What an address answered: the body, "html" or "text", the final address (after
    redirects) and the charset the server named (or None)."""

    data: bytes
    kind: str
    url: str
    charset: str | None


def fetch(url: str, timeout: float = FETCH_TIMEOUT, limit: int = MAX_FILE_MIB * 2**20,
          too_big: str = "is too large") -> Fetched:
    """GET an http(s) address, once: (body, "html" or "text", final address, charset).

    Redirects are followed (at most 10, urllib's rule); the whole fetch must end within
    ``timeout`` seconds and ``limit`` bytes. HTTP errors, refused connections, time-outs
    and content that is neither a web page nor plain text raise ArticleError. No retries:
    a failure is the user's to see."""
    import http.client
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={
            "User-Agent": f"compare-articles/{__version__}",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"})
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            kind = WEB_TYPES.get(ctype)
            if kind is None:
                raise ArticleError(url, f"is not a web page or text (the server sent {ctype})")
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise ArticleError(url, too_big, _SIZE_HINT)
            chunks, size = [], 0
            while size <= limit:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = resp.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            if size > limit:
                raise ArticleError(url, too_big, _SIZE_HINT)
            data = b"".join(chunks)
            final, charset = resp.geturl(), resp.headers.get_content_charset()
    except urllib.error.HTTPError as err:
        if 300 <= err.code < 400:
            raise ArticleError(
                url, f"cannot follow its redirects (HTTP {err.code}: a loop, more than 10, or no target)") from None
        raise ArticleError(url, f"the server answered HTTP {err.code} {' '.join(str(err.reason).split())}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, TimeoutError):
            raise ArticleError(url, f"no answer within {timeout:g} s") from None
        reason = getattr(reason, "strerror", None) or reason
        raise ArticleError(url, f"cannot be fetched ({reason})") from None
    except TimeoutError:
        raise ArticleError(url, f"no answer within {timeout:g} s") from None
    except http.client.InvalidURL as err:
        raise ArticleError(url, f"is not a valid address ({err})") from None
    except (http.client.HTTPException, OSError) as err:
        raise ArticleError(url, f"the connection failed ({type(err).__name__}: {err})") from None
    except ValueError as err:  # urllib's parser: a bad IPv6 bracket, port or host name
        raise ArticleError(url, f"is not a valid address ({err})") from None
    if not data.strip():
        raise ArticleError(url, "is empty (the server sent no content)")
    return Fetched(data, kind, final, charset)


def web_article(path: str, data: bytes, url: str | None = None) -> Article:
    """The article in a web page, extracted with trafilatura, with the page's title, site,
    author and date. Offsets refer to the extracted text: its title on the first line, then
    one paragraph per block of the page's article, separated by blank lines."""
    try:
        import trafilatura
    except ImportError:
        raise ArticleError(path, f"is a web page; reading web pages needs the optional extra: {WEB_EXTRA}") from None
    import logging

    # Its loggers would print extraction chatter on stderr; a failure is reported below.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    def extract(page: bytes) -> tuple[dict, list[str]]:
        try:
            doc = trafilatura.bare_extraction(
                page, url=url, with_metadata=True, include_comments=False, include_tables=False,
                favor_precision=True)
        except Exception as err:  # a third-party parser on arbitrary bytes: any failure is the page's
            raise ArticleError(path, f"could not be read as a web page ({type(err).__name__})") from None
        meta = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
        lines = [" ".join(line.split()) for line in (meta.get("text") or "").splitlines()]
        return meta, [line for line in lines if line]

    meta, body = extract(data)
    markup = data.removeprefix(codecs.BOM_UTF8)
    if not body and markup.lstrip().startswith(b"<") and b"<body" not in markup.lower() and b"\0" not in markup:
        # A fragment (an article's markup saved without its page: "<div><p>...</p></div>"):
        # trafilatura finds no body in it, so it is read as the body of a page.
        meta, body = extract(b"<html><body>" + markup + b"</body></html>")
    if not body:
        raise ArticleError(path, "has no article text that could be found in the page")
    title = " ".join((meta.get("title") or "").split())
    text = "\n\n".join([title, *body] if title and title != body[0] else body) + "\n"
    article = parse_article(path, text)

    def field(key: str) -> str | None:
        value = " ".join(str(meta.get(key) or "").split())
        return printable(value)[:300] or None

    return replace(article, title=printable(title)[:300] or article.title, url=field("url") or url,
                   site=field("sitename"), author=field("author"), date=field("date"))


def load_articles(paths: Sequence[str], encoding: str | None = None, stdin=None,
                  max_mib: float = MAX_FILE_MIB, timeout: float = FETCH_TIMEOUT) -> list[Article]:
    """Read the articles a command line names: one folder, or 2 to MAX_ARTICLES files
    (``-`` once at most)."""
    files: list[str] = []
    folders = []
    for path in paths:
        if path == "-" or _is_address(path):
            files.append(path)
            continue
        if _SCHEME.match(path):
            raise ArticleError(path, "is an address this tool cannot read: only http:// and https:// "
                                     "addresses, files and folders are")
        p = Path(path)
        if p.is_dir():  # a folder stands for its article files, in name order
            folders.append(path)
            found = sorted(str(f) for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found and len(paths) > 1:
                raise ArticleError(path, "is a folder with no article files (.txt, .md, .html or .htm)")
            files.extend(found)
        elif not p.exists():
            hint = " (an address needs http:// or https://)" if _HOST_PORT.match(path) else ""
            raise ArticleError(path, f"no such file or folder{hint}")
        else:
            files.append(path)
    if folders and len(paths) == 1 and not 2 <= len(files) <= MAX_ARTICLES:
        found = ", ".join(Path(f).name for f in files[:5]) or "none"
        more = f" and {len(files) - 5} more" if len(files) > 5 else ""
        raise ArticleError(
            folders[0], f"needs 2 to {MAX_ARTICLES} article files (.txt, .md, .html or .htm), "
                        f"found {len(files)}: {found}{more}")
    if not 2 <= len(files) <= MAX_ARTICLES:
        raise ArticleError(" ".join(files[:5]) or "(no input)",
                           f"needs 2 to {MAX_ARTICLES} articles to compare, got {len(files)}")
    if files.count("-") > 1:
        raise ArticleError("-", "standard input can be only one of the articles")
    with _no_cyclic_gc():
        return [read_article(f, encoding, stdin=stdin, max_mib=max_mib, timeout=timeout) for f in files]


# ---------------------------------------------------------------------------
# Clean: a normalised copy for matching, and text that is safe to print
# ---------------------------------------------------------------------------

def _plain_letters() -> dict[str, str]:
    """A Latin letter with diacritics -> the letter without ("é" -> "e", "ñ" -> "n", "ø" ->
    "o"): outlets write "Mbappé" and "Mbappe", "Peña Nieto" and "Pena Nieto" for one man."""
    table = {"\u00f8": "o", "\u00d8": "O", "\u0111": "d", "\u0110": "D", "\u0142": "l", "\u0141": "L"}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() \
                and all(unicodedata.combining(c) for c in parts[1:]):
            table[ch] = parts[0]
    return table


_FOLD_TABLE = str.maketrans({
    **_plain_letters(),
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2026": "...",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
})


def fold(text: str) -> str:
    """The matching form of a string: compatibility forms, plain quotes and dashes, Latin
    letters without their diacritics, casefolded.

    Only a copy is folded; offsets always refer to the original text.
    """
    if text.isascii():  # NFKC leaves ASCII alone, and of the table only ` is ASCII
        return (text.replace("`", "'") if "`" in text else text).lower()
    return unicodedata.normalize("NFKC", text.translate(_FOLD_TABLE)).translate(
        _FOLD_TABLE).casefold()


def printable(text: str) -> str:
    """Text with terminal control sequences removed, safe to print on any terminal."""
    return _CONTROL.sub("", text)


# ---------------------------------------------------------------------------
# Split: lines, paragraphs and sentences, with offsets
# ---------------------------------------------------------------------------

_LINE = _Lazy(r"[^\r\n]*")
_TERMINAL = ".!?:;\u2026\"'\u201d\u2019)]"
# A possible end of sentence: terminal punctuation, closing quotes or brackets, space.
# Only at the start of a run of marks, taken whole (possessive): a run of 100,000 full
# stops is one search, not one per position.
_BOUNDARY = _Lazy(r"(?<![.!?\u2026])(?:[.!?\u2026]++)[\"'\u201d\u2019)\]]*+(?=\s+\S)"
                       # scraped text whose full stops lost their space: "a relief.Voters went"
                       r"|(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_WORD_BEFORE = _Lazy(r"([^\W\d_](?:[.'\u2019]?[^\W\d_])*\.?|\d+\.?)$")
_NEXT_WORD = _Lazy(r"\s+[\"'\u201c\u2018(\[]*([^\W_]+)")
_LIST_MARKER = _Lazy(r"\s*(?:\d{1,3}[.)]|[-*\u2022\u2023\u25cf\u25aa])\s+")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line end; CRLF, LF and CR all end lines."""
    out, pos, n = [], 0, len(text)
    while pos <= n:
        m = _LINE.match(text, pos)
        out.append((m.start(), m.end()))
        pos = m.end()
        if pos >= n:
            break
        pos += 2 if text.startswith("\r\n", pos) else 1
    return out




def _blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each run of text that no sentence crosses.

    A line ends a block unless the text was hard-wrapped: the line stops mid-sentence
    (no closing punctuation) and the next one goes on in lower case, or ends in a hyphen.
    """
    blocks: list[list[int]] = []
    paragraph, blank_before = 0, True
    for start, end in _lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        lead = start + (len(line) - len(line.lstrip()))
        tail = start + len(line.rstrip())
        if blank_before and blocks and (m := _ENDS_ON_WORD.search(text, max(blocks[-1][0], blocks[-1][1] - 40),
                                                                   blocks[-1][1])) and m.group(1) in _TOLD_FORMS:
            blocks[-1][1] = tail  # '..." said' then 'Andrea Beltrán, 42.': a page split the name out
            blank_before = False
            continue
        if blank_before:
            if blocks:
                paragraph += 1
        elif blocks:
            last = text[blocks[-1][1] - 1]  # the block's last character (not a copy of it)
            first = stripped[0]
            if last == "-" or (last not in _TERMINAL and (first.islower() or first.isdigit())):
                blocks[-1][1] = tail
                continue
        blocks.append([lead, tail, paragraph])
        blank_before = False
    return [(s, e, p) for s, e, p in blocks]


def _is_boundary(block: str, dot: int, end: int) -> bool:
    """Whether the punctuation at block[dot:end] ends a sentence."""
    mark = block[dot:end].rstrip("\"'\u201d\u2019)]")
    nxt = _NEXT_WORD.match(block, end)
    next_word = nxt.group(1) if nxt else ""
    if next_word[:1].islower():
        return False
    if mark != ".":
        return True
    if block[end:end + 2] == " .":
        return False  # inside a spaced ellipsis ". . .": one mark, not sentences
    if dot >= 2 and block[dot - 2:dot] == ". ":
        return True  # its last dot: as after "…", a capital opens the next sentence
    # The word before the mark, looked for in the WORD_BEFORE_CHARS before it only (a search
    # anchored at the mark but started at the block's beginning is quadratic on a long line).
    before = _WORD_BEFORE.search(block, max(0, dot + 1 - WORD_BEFORE_CHARS), dot + 1)
    if not before:
        return True
    word = before.group(1).rstrip(".").lower()
    if word in ("a.m", "p.m"):  # "at 9 a.m. Police said": a time ends a sentence before a capital
        return next_word[:1].isupper() and next_word.lower() not in TIME_FOLLOWERS
    if word.isdigit():
        # "1." opening a line is a list marker; "in 2016." ends a sentence (blocks open
        # with a letter, never with white space).
        return before.start() > 0
    starter = next_word.lower() in SENTENCE_STARTERS
    if word in FINAL_ABBREVIATIONS:
        return starter
    if word in ABBREVIATIONS:
        return False
    if "." in word or (len(word) == 1 and word.isalpha()):
        # Initials (U.S., J. R.) end a sentence only before a typical sentence opener.
        return starter and len(word) > 1
    return True


def _cut_long(start: int, end: int, text: str) -> Iterable[tuple[int, int]]:
    """Cut an over-long run into pieces of at most MAX_SENTENCE_CHARS, at spaces if any."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = limit if cut < 0 else cut
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


_INLINE_ITEM = _Lazy(r"(?<!\S)(\d{1,2}|[a-h])(?:\.\)|\)|\.)(?=\s)")


def _list_items(block: str) -> list[int]:
    """Where the items of a list run into one line begin ("1.) pay 2.) hours", "a. pay
    b. hours"): markers that count on one by one from 1 or a; the first is left alone."""
    out, want = [], None
    for m in _INLINE_ITEM.finditer(block):
        mark = m.group(1)
        if want is None or mark != want:
            want = "2" if mark == "1" else "b" if mark == "a" else None
            continue
        out.append(m.start())
        want = str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)
    return out


class SentenceSpan(NamedTuple):
    """Where a sentence lies: ``text[start:end]``, its paragraph and its line (block)."""

    start: int
    end: int
    paragraph: int
    line: int


def split_sentences(text: str) -> list[SentenceSpan]:
    """(start, end, paragraph, line) of each sentence of ``text``; linear in its length."""
    out = []
    for line_no, (b_start, b_end, paragraph) in enumerate(_blocks(text)):
        block = text[b_start:b_end]
        starts, pos = [], 0
        cuts = sorted({*(m.end() for m in _BOUNDARY.finditer(block) if _is_boundary(block, m.start(), m.end())),
                       *_list_items(block)})
        for cut in cuts:
            if cut > pos:
                end = cut
                while end > pos and block[end - 1].isspace():
                    end -= 1  # a list item's cut falls after the space before the next marker
                starts.append((pos, end))
                pos = cut
                while pos < len(block) and block[pos].isspace():
                    pos += 1
        starts.append((pos, len(block)))
        for s, e in starts:
            if block[s:e].strip():
                for cs, ce in _cut_long(b_start + s, b_start + e, text):
                    out.append(SentenceSpan(cs, ce, paragraph, line_no))
    return out


# ---------------------------------------------------------------------------
# Set aside: what a news page prints that is not the article
# ---------------------------------------------------------------------------


def _line_key(text: str) -> str:
    return " ".join(fold(text).split())


def _is_breadcrumb(line: str) -> bool:
    parts = BREADCRUMB_SEPARATOR.split(line.strip())
    return (len(parts) >= 3 and len(parts[0].split()) <= 3
            and all(0 < len(p.split()) <= 12 for p in parts) and line.rstrip()[-1] not in ".!?")




def _line_reason(line: str) -> str | None:
    stripped = line.strip()
    if _is_breadcrumb(stripped):
        return "breadcrumb"
    if _ANY_BOILERPLATE.search(stripped):
        for name, pattern in BOILERPLATE_PATTERNS:
            if pattern.search(stripped):
                return name
    words = stripped.split()
    if stripped.endswith(":") and len(words) <= 5:
        return "label"
    return None


# A line that is nothing but a picture's credit.
_CREDIT_ONLY = _Lazy(r"(?:pictures?|photos?|images?|credit|photo credit)\s*(?:by\b|:)\s*[^.!?]{1,60}$"
                          r"|(?:[A-Z][\w.'\u2019-]* ){1,3}[A-Z][\w.'\u2019-]*\s*/\s*\w+$", re.I)
#: A caption above a credit line is at most this many words.
CAPTION_WORDS = 30


def mark_boilerplate(text: str, spans: Sequence[tuple[int, int, int, int]]) -> list[str | None]:
    """Why each sentence (by its line) is set aside, or None when it is article text.

    Line rules come from BOILERPLATE_PATTERNS; besides them: a later copy of a line
    already seen (a headline or caption printed again), a line printed twice in a row
    (a caption or link card rendered twice), and everything after a comments header.
    """
    lines: dict[int, tuple[int, int]] = {}
    for s, e, _, line in spans:
        first = lines.get(line, (s, e))
        lines[line] = (min(first[0], s), max(first[1], e))
    # A long line is article text run together (a scraped page with no line breaks): its
    # rules apply to each sentence, so that one caption in it does not set aside the story.
    long_lines = {line for line, (s, e) in lines.items() if e - s > FURNITURE_LINE_CHARS}
    order = sorted(lines)
    keys = {line: _line_key(text[s:e]) for line, (s, e) in lines.items()}
    reasons: dict[int, str | None] = {}
    seen: set[str] = set()
    in_comments = False
    for k, line in enumerate(order):
        s, e = lines[line]
        body = text[s:e]
        key = keys[line]
        reason = None
        if in_comments:
            reason = "comment section"
        elif COMMENTS_HEADER.match(body.strip()):
            reason, in_comments = "comment section", True
        elif key in seen:
            reason = "repeated line"
        elif line in long_lines:
            reason = None  # judged sentence by sentence below
        else:
            reason = _line_reason(body)
            twice = 0 < k < len(order) - 1 and keys[order[k + 1]] == key and len(key.split()) <= 30
            if reason is None and twice:
                reason = "printed twice"
        seen.add(key)
        reasons[line] = reason
        # a credit line ("Picture: PA") credits the line above it: that line is its caption
        if reason == "caption" and k > 0 and _CREDIT_ONLY.match(body.strip()):
            above = order[k - 1]
            if reasons.get(above) is None and len(keys[above].split()) <= CAPTION_WORDS:
                reasons[above] = "caption"
    return [reasons[line] or (_line_reason(text[s:e]) if line in long_lines else None)
            for s, e, _, line in spans]


def _quote_in(text: str) -> bool:
    """Whether a line holds a quotation mark (a straight single one is an apostrophe too)."""
    return any(c in _OPENERS and c != "'" for c in text)


# A line of nothing but a person's name (two to four capitalised words): a byline.
_BYLINE_NAME = _Lazy(r"(?:By )?[A-Z][\w'\u2019-]+(?: [A-Z](?:\.|[\w'\u2019-]+)){1,3}")


def _headline(text: str, sentences: Sequence[Sentence]) -> int | None:
    """The first article line when it reads like a headline: short, a line of its own,
    no closing full stop. A line of at most SECTION_LABEL_WORDS words before another such
    line is the page's section label or kicker ("Italy earthquake", "Speed Reads"), and the
    headline is the line after it."""
    label = None
    for s in sentences:
        if s.boilerplate is None:
            line = s.text.strip()
            own_line = not text[_line_start(text, s.start):s.start].strip() and (
                s.index + 1 == len(sentences) or sentences[s.index + 1].line != s.line)
            if own_line and len(line.split()) <= 25 and line[-1:] not in ".!?:;,\u201d\"":
                if label is None and len(line.split()) <= SECTION_LABEL_WORDS:
                    label = s.index
                    continue
                return s.index
            return label
    return label


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


# ---------------------------------------------------------------------------
# Quotes: direct quotations, their speakers and reporting verbs
# ---------------------------------------------------------------------------

# Opening mark -> the marks that close it: English, German („…“ and »…«), French «…», CJK;
# a double prime (″) closes “ as some publishing systems write it.
_OPENERS = {"\u201c": "\u201d\u2033", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab",
            "\u2018": "\u2019", "\u201a": "\u2019\u2018", '"': '"', "'": "'", "\u300c": "\u300d"}
_DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'  # marks that open or close a quotation, not an apostrophe
# A party and state after a name: "D-Va.", "R-S.C." (an aside, a role's leftover, no name).
_PARTY_STATE = r"[DRI]-[A-Z][\w.]*"
# "In his words," / "in the words of Pope Francis," / "in Ivey's words," in the sentence
# before a quotation.
_IN_WORDS = _Lazy(r"\b(?i:in) (his|her|their)(?: own)? words\b"
                       r"|\b(?i:in) the words of ([A-Z][^,.;:!?\"\u201c\u201d]{0,60}?)(?:,|\s*$)"
                       r"|\b(?i:in) ([A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*){0,3})['\u2019]s(?: own)? words\b")
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}
_OWNER_WORD = _Lazy(r"\b(" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _PRONOUN_OF) + r")\b")  # His, her
# "According to the ministry, ..." before a quotation, or "..., according to Ortiz." after it.
_ACCORDING_TO = _Lazy(r"\b(?i:according to) ((?:the )?(?:[a-z][\w-]*\s+){0,3}[A-Z][^,.;:!?\"\u201c\u201d]{0,60}"
                           r"|(?:a|an|the) [a-z][^,.;:!?\"\u201c\u201d]{0,60}"
                           r"|[a-z][\w-]*(?: [a-z][\w-]*){0,2}(?=[,.;:!?]|\s*$))")  # "according to fire officials"
# "As Diaz put it, ...", "..., as the minister put it.", "as Mr. Smythe pointed out, ..."
_PUT_IT = _Lazy(r"\b(?i:as) ((?:the )?(?:[a-z][\w-]*\s+){0,3}[A-Z][^,;:!?\"\u201c\u201d]{0,60}?|he|she|they"
                     r"|the [a-z][\w-]*(?: [a-z][\w-]*){0,2})"
                     r"(?: (?:has|had|would|once|later|memorably))? (?:(?:put|puts) it|pointed out|points out|noted"
                     r"|notes|observed|observes|explained|explains|wrote|writes|argued|argues)(?=[,.;!?]|\s*$)")
# Between two quotations of one list: "reckless" and "unfair"; a "demagogue" and a "bully".
# Two quotations one attribution follows: '"..." but "...," Wu said', '"...," and "...".'
_JOINED_BY = _Lazy(r"[\"'\u201d\u2019]?,?\s+(?:and|but|or|yet)\s+[\"'\u201c\u2018]")
_LISTED_WITH = _Lazy(r"[\"'\u201d\u2019]?,?\s+(?:and|or|,)?\s*(?:(?:a|an|the)\s+)?[\"'\u201c\u2018]")
# A straight single mark opens a quotation (British style, and headlines in any) only
# before a word that is no elision: 'We will fight,' he said; not '90s, 'em, 'til, 'n'.
_SINGLE_OPENS = _Lazy(r"(?!(?:em|til|cause|n|tis|twas)\b)[^\W\d_]", re.I)
# A name: capitalised words (Kirby, U.S., E., al-Assad, O'Brien), with the particles names
# keep in lower case between them (Charles de Gaulle, Ursula von der Leyen).
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|bin|ibn|al|el|la|le|di|du|dos|das|y)"
#: A name is at most this many words (Ursula von der Leyen, Juan Manuel Santos Calderón):
#: a longer run of capitals (a line of initials, a Title Case headline) is cut into names.
NAME_MAX_WORDS = 8
_DETERMINER = _Lazy(r"^(?:the|a|an|his|her|its|their|our)\s+", re.I)
_QUANTIFIER = _Lazy(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|another"
                         r"|other|both|most|all|\d+)(?: of the)?\s+", re.I)
_POSSESSIVE = _Lazy(r"['\u2019]s?$")
# Words before a verb form that make it a noun: "the report said", "his claims".
_NOUN_MARKERS = frozenset("the a an his her its their our this that these those any every each another".split())
_ARTICLES_AND_OWNERS = frozenset("the a an his her its their our".split())
_OWNERS = frozenset("his her its their our my".split())
# Verb forms that are also plural nouns: "his recent claims", "her latest remarks".
_PLURAL_NOUN_FORMS = frozenset("claims remarks reports tweets posts notes calls promises pledges vows quips "
                               "demands answers replies statements warnings denials".split())
_RELATIVE_WORDS = frozenset("that which who whose where".split())
_LY_NOUNS = frozenset("family ally assembly".split())  # nouns that end like an adverb
# Words that open what was said after a verb ("said that ...", "asked whether ..."), or stand for it.
_CLAUSE_OPENERS = frozenset("that whether if how what why when who it this".split())
_DETERMINER_BEFORE = _Lazy(r"\b(?:the|a|an)[ \t]+(?:former[ \t]+|then[ \t-]+)?$", re.I)
_PARENTHESIS = _Lazy(r"\s*\([^()]{0,40}\)")
_OPEN_PARENTHESIS = _Lazy(r"\s*\([^()]{0,40}$")
_QUOTE_PLACEHOLDER = "\u2026Q\u2026"
# Where an attribution after a verb ends: "said Kirby in a statement", "said Kirby on Monday".
# Words that open a sentence before its subject: "In a statement, the ministry said ...".
_INTRODUCTORY = frozenset("""
in on at after before during speaking asked earlier later meanwhile but and yet however still
then also since while when addressing writing responding for from with amid despite as if
although though because once until by under following instead now today yesterday
unlike like besides beyond without against unless whether
pressed questioned quizzed reached contacted interviewed confronted challenged approached told
""".split())
#: How many words may stand between a reporting verb and the quotation it introduces
#: ("told reporters on Monday that ..."); a verb further away reports something else.
ATTRIBUTION_REACH = 9
#: A verb that reports what was said in a clause of its own ("said that ...", "told
#: reporters that ...") reaches this far: the quotation inside the clause is still what was said.
REPORTED_REACH = 18
#: Naming verbs ("called it a ...") reach only this far.
NAMING_REACH = 10
#: A sentence that only attributes the quotation after it ("Trump wrote on Twitter on
#: Wednesday.") has at most this many words after its verb.
ALONE_AFTER_WORDS = 8
#: A sentence holding more quotations than this is a list of quoted terms or a pasted
#: table, not prose: its quotations are not attributed from their context (which would
#: cost the square of their number).
QUOTES_PER_SENTENCE = 12
#: A one-word speaker the article names in no longer form is no person when it is an
#: English word this common (Zipf scale: "was" 6.8, "close" 5.4; "Trump" 4.9, "Kirby" 3.7).
COMMON_WORD_ZIPF = 5.0
#: A pronoun refers to a person named at most this many sentences before it.
PRONOUN_REACH = 6
#: A paragraph with no quotation marks after one that ends "..., saying:" is a quotation whose
#: marks the page lost (an embedded post, a block quotation) when it is at most this long.
BLOCK_QUOTE_CHARS = 600


class _Speaker(NamedTuple):
    name: str          # as the text names them here: "Kirby", "Mr. Santorum", "ministry"
    role: str | None   # "U.S. State Department spokesman", or None
    person: bool       # a named person, not an institution or a role alone
    pronoun: bool = False  # he, she, they ... or a definite description ("the 71-year-old")


_LOWER_NEXT_WORD = _Lazy(r" ([a-z]+)\b")


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """Whether the mark at i is a plural's possessive ("the players' decision"), not the
    close of a single-quoted passage: after a word in lower case ending in s, before one in
    lower case that is no pronoun or reporting verb ("... the rules,' he said")."""
    word = i - 1
    while word > 0 and text[word - 1].isalpha():
        word -= 1
    if text[i - 1:i] != "s" or not text[word:i].islower():  # ("'Jugones' last week": a title's close)
        return False
    m = _LOWER_NEXT_WORD.match(text, i + 1, end)
    return m is not None and m.group(1) not in PRONOUNS and m.group(1) not in _VERB_BASE \
        and m.group(1) not in ("and", "or", "but", "as", "after", "before", "when", "while")


def _scan_quotes(text: str, start: int, end: int, carried: bool = False,
                 resumed: str | None = None) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of the words inside each pair of quotation marks in text[start:end],
    and whether a quotation is left open at the end (news style: it goes on in the next
    paragraph, which opens with a mark again).

    One pass; an opening mark left unclosed is kept to the paragraph's end when it opened
    the paragraph or a sentence (a curly mark), when it follows "said:" or "said,", or when
    ``carried`` (the next paragraph opens with a mark). ``resumed``: the mark of a quotation
    the paragraph before left open, when this paragraph does not open with a mark; a closing
    mark before any opening one ends it here (the opening mark of the paragraph lost, as
    scraped pages lose it).
    """
    out = []
    opener, open_at, closers = None, -1, ""
    outer, skip = -1, -1  # an opening mark left open by a second of its kind; a mark taken already
    pending = resumed is not None  # inside the quotation resumed, until it closes
    if pending:
        opener, open_at, closers = resumed, start - 1, _OPENERS[resumed]
    for i in range(start, end):
        if i == skip:
            continue
        c = text[i]
        if pending and ((c in _OPENERS and c not in closers)  # a new one opens: the old one ended unmarked
                        or (c == '"' and (i == start or text[i - 1].isspace()))):  # a straight mark opens here
            opener, pending = None, False
        if opener is None:
            if c in _OPENERS:
                prev = text[i - 1] if i > start else " "
                glued = c == '"' and prev in ".?!" and text[i + 1:i + 2].isupper()  # 'Center."It's': a
                # paragraph run into the one before it, as extracted pages often are: it opens
                if c in "\"'\u2018\u201a" and not (prev.isspace() or prev in "([{\u2014\u2013-/:" or glued):
                    continue  # a straight quote after a letter closes nothing; ’ is an apostrophe
                if c == "'" and not _SINGLE_OPENS.match(text, i + 1, end):
                    continue  # '90s, 'em, rock 'n' roll: an apostrophe
                opener, open_at, closers = c, i, _OPENERS[c]
        elif (twice := opener in '"\u201c' and c == "'" and _close_width(text, i) == 2) or c in closers \
                or (opener == "\u201c" and c == '"') or (opener == '"' and c == "\u201d"):
            nxt = text[i + 1] if i + 1 < end else " "
            if opener in "\u2018\u201a'" and (nxt.isalpha() or (c == "'" and text[i - 1].isspace())
                                               or _plural_possessive(text, i, end)):
                continue  # don't, it's, the players' decision: an apostrophe inside a single-quoted passage
            if outer >= 0 and i + 1 < end and text[i + 1] in closers:
                # "... for using the “f bomb.””": one quotation nested in another with the
                # same marks, both closed at once: the outer one is the quotation
                out.append((outer + 1, i + 1))
                skip = i + 1
            elif any(ch.isalnum() for ch in text[open_at + 1:i]):
                out.append((open_at + 1, i))
            if twice:
                skip = i + 1
            opener, pending, outer = None, False, -1
        elif c in "\u201c\u00ab\u201e" and opener not in "\u2018\u201a":
            outer = open_at if c == opener else -1
            opener, open_at, closers = c, i, _OPENERS[c]  # unbalanced: start again here
    left_open = False
    before = text[start:open_at].rstrip()[-1:] if open_at > start else ""
    # after "X said:" or "X said,", or a curly mark opening a sentence ('... Bloomberg said.
    # “Trump says he wants ...? God help us.' and the paragraph ends): the page lost its close
    introduced = before in ":," or (before in ".?!" and opener is not None and opener in "\u201c\u201e\u00ab")
    if opener is not None and not pending and opener not in "\u2018'" and (open_at == start or carried or introduced):
        stop = len(text[start:end].rstrip()) + start
        if any(ch.isalnum() for ch in text[open_at + 1:stop]):
            out.append((open_at + 1, stop))
            left_open = True
    return out, left_open


def _split_name(words: list[str]) -> tuple[str, str | None]:
    """A capitalised run as (name, role): office titles and institution words before the
    name are the role ("White House Press Secretary" | "Josh Earnest"); courtesy titles stay
    with the name ("Sen. Ted Cruz"); an owner before the name is the role too ("Amnesty
    International's" | "Agnes Callamard")."""
    owner = max((k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "\u2019s"))), default=None)
    if owner is not None:
        name, role = _split_name(words[owner + 1:])
        return name, " ".join([*words[:owner + 1], *([role] if role else [])])
    k = len(words)
    while k > 0:
        w = words[k - 1].lower().strip(".")
        if w in COURTESY_TITLES:  # "Lt Col", "Maj. Gen.": a rank of two titles stays whole
            k -= 1
            while k > 0 and words[k - 1].lower().strip(".") in COURTESY_TITLES:
                k -= 1
            break
        if w in OFFICE_TITLES or w in INSTITUTION_WORDS or w in PORTFOLIOS or _key_is_place(w):
            break
        k -= 1
    name_words = words[k:]
    if not name_words or all(w.lower().strip(".,") in _TITLE_OR_SUFFIX for w in name_words):
        return " ".join(words), None  # "Sen.", "Martin Luther King Jr.": no office before a name
    role = words[:k]
    if not any(w.lower().strip(".") in OFFICE_TITLES or w.lower().strip(".") in INSTITUTION_WORDS
               or w.lower() in PORTFOLIOS or _key_is_place(w.lower()) for w in role):
        role = []  # "Enter Ms. Lauten", "Today Sen. Cruz": a capital before the name, no office
    return " ".join(name_words), (" ".join(role) or None)


def _key_is_place(word: str) -> bool:
    return word in DEMONYMS or word in _PLACES


def _parse_speaker(phrase: str) -> _Speaker | None:
    """Who a phrase names: a person (with the role the phrase gives), an institution, a role
    alone ("a spokeswoman for the ministry"), or a pronoun; None if it names nobody."""
    phrase = _THEN_OFFICE.sub("", _PARENTHESIS.sub("", " ".join(phrase.split())))  # "then-Secretary of State"
    phrase = _OPEN_PARENTHESIS.sub("", phrase).strip(" ,;:-\u2014\u2013")  # "Reid's office (D-Nev"
    if not phrase or _QUOTE_PLACEHOLDER in phrase:
        return None
    last_word = phrase.rsplit(" ", 1)[-1]
    if last_word.endswith(".") and len(last_word) > 2 and "." not in last_word[:-1] \
            and last_word[:-1].lower() not in _TITLE_OR_SUFFIX:
        phrase = phrase[:-1]  # the full stop after "Jane Doe.", not the initial of "Robert E."
    phrase = _OPENING_CONJUNCTION.sub("", phrase)  # "But Richard Ben-Veniste", "and Oler": the name
    if _NO_NAME.fullmatch(phrase) or _AGO.fullmatch(phrase):  # "Obama-era", "R-Ky.", "a month ago":
        return None  # words that modify a noun, a party and state tag, a time; no one who speaks
    if phrase.lower() in PRONOUNS or phrase.lower() == "it":  # "it said", "It added:": a body named before
        return _Speaker(phrase.lower(), None, False, True)
    if _AND_OTHERS.fullmatch(phrase):
        return _Speaker(phrase, None, False)
    kin = _AND_KIN.fullmatch(phrase)
    if kin is not None:  # "Aziz and his wife, Mina", "Ruiz and her lawyer, Tom Reed": both speak
        return _Speaker(f"{kin.group(1)} and {kin.group(2)}", None, False)
    pair = _TWO_NAMES.fullmatch(phrase.split(",", 1)[0].strip())
    if pair is not None:  # "Ortiz and Reed", "both Ortiz and Reed, who ...": two people, no one person
        # ("Majority Leader Jeff McCabe and Assistant Majority Leader Sara Gideon": their names)
        one, two = (_split_name(side.split())[0] for side in pair.group(1).split(" and ", 1))
        return _Speaker(f"{one} and {two}", None, False)
    owned = _OWNED_DOCUMENT.fullmatch(phrase)
    if owned and (owned.group("doc") or owned.group("doc2") or owned.group("doc3")) in _SPEAKS_FOR:
        # "Reed's statement", "a statement from Reed's office", "his letter", "the White
        # House report": its author
        owner = owned.group("own") or owned.group("by") or owned.group("own3")
        if owner:
            spk = _parse_speaker(owner)
            if spk is not None:
                return spk
        elif owned.group("pro"):
            return _Speaker(_PRONOUN_OF[owned.group("pro").lower()], None, False, True)
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) > 1 and _NO_NAME.fullmatch(parts[-1]):
        parts = parts[:-1]  # "Mitch McConnell, R-Ky.": the name, not the party and state tag after it
    if len(parts) > 3:
        return None
    if parts[-1].lower() in PRONOUNS:  # "speaking through an interpreter, he"
        return _Speaker(parts[-1].lower(), None, False, True)
    if len(parts) == 1 and phrase[:4].lower() == "the " and fold(phrase[4:]) in DEMONYMS \
            and not phrase.endswith("s"):
        return _Speaker(phrase[4:], None, False, True)  # "the Spaniard": one so described, named before
    if len(parts) == 1 and phrase[:4].lower() == "the " and phrase.rsplit(" ", 1)[-1].lower() in PARTY_MEMBERS \
            and len(phrase.split()) <= 4 and all(w[:1].isupper() for w in phrase.split()[1:]):
        return _Speaker(phrase[4:], None, False, True)  # "the Ohio Republican": one so described, named before
    named = [p for p in parts if (_NAME_RUN.fullmatch(_DETERMINER.sub("", p)) or _name_tail(p))
             and not _SPEAKS_FOR_NAME.match(p)]
    if named:
        not_places = [p for p in named if not _key_is_place(fold(p.rsplit(" ", 1)[-1]))]
        # "Ripple's chief in Brazil, Luiz Sacco": the person, not the place before; "a
        # spokeswoman for the Red Cross, Linda Park": the bare name, not the one in the role
        bare = [p for p in not_places if _NAME_RUN.fullmatch(p)
                and getattr(_parse_speaker(p), "person", False)] if len(parts) > 1 else []
        main = named[-1] if len(parts) == 1 else (bare or not_places or named)[0]
        roles = [_DETERMINER.sub("", p) for p in parts if p is not main and not _AGE.fullmatch(p)]  # not "23"
        name, role = _name_tail(main) or (main, None)
        if _NO_NAME.fullmatch(name):
            return None  # "the Obama-era program", "McConnell, R-Ky.,": no name of anyone
        role = role or (roles[0] if roles else None)
        words = name.split()
        once = _unrepeated(words)
        if once is not words:
            words, name = once, " ".join(once)
        if len(words) > 6 or name.lower() in WEEKDAYS or (
                len(words) > 1 and words[-2].endswith(("'s", "\u2019s")) and words[-1].lower() in HOLIDAY_WORDS):
            # (a month may be a name: "May said"; "New Year's Day" is a day)
            return None
        if any(_POSSESSIVE.sub("", w).lower() in WEEKDAYS for w in words) or (len(words) == 1 and (
                words[0].lower() in _GROUP_WORDS or (words[0].endswith("s") and _DETERMINER.match(main)))):
            return _Speaker(name, None, False)  # "the Convention Wednesday", "Republicans", "the Bulldogs": no person
        if all(w.lower().strip(".") in OFFICE_TITLES for w in words) or (
                # "the Prime Minister", "The PDP National Publicity Secretary": a role
                words[-1].lower() in OFFICE_TITLES and _DETERMINER.match(main)):
            return _Speaker(name, None, False, phrase[:4].lower() == "the ")
        tail = _POSSESSIVE.sub("", words[-1].lower()).rstrip(".")
        institution = tail in INSTITUTION_WORDS or _key_is_place(tail) or (len(words) > 1 and tail in PLACE_NOUNS)
        if words[-1].endswith(("'s", "\u2019s")) or all(w.isupper() and len(w) > 3 for w in words):
            return None  # "Mitt Romney's ...", a dateline in capitals: not who speaks
        if institution and role is None:
            return _Speaker(_DETERMINER.sub("", name), None, False)
        if institution:
            return _Speaker(_DETERMINER.sub("", main), None, False)
        return _Speaker(name, role, True)
    if len(parts) > 1 and (_DETERMINER.match(parts[0]) or _QUANTIFIER.match(parts[0])) \
            and parts[0].rsplit(" ", 1)[-1].lower() not in TIME_NOUNS \
            and all(_APPOSED.match(p) for p in parts[1:]):
        parts = parts[:1]  # "the witness, a 34-year-old nurse", "the official, who asked not to be
        # named", "the report, released Tuesday by the agency": the head speaks; the rest describes it
    last = _DETERMINER.sub("", _QUANTIFIER.sub("", parts[-1]))  # "one official", "two senior diplomats"
    words = last.split()
    if not 0 < len(words) <= (9 if parts[-1] != last else 6):  # "a source with knowledge of the team's thinking"
        return None
    if len(words) >= 2 and words[-1].lower() in OBJECT_PRONOUNS and words[-2].lower() not in TITLE_SMALL_WORDS \
            and words[-2].lower() not in ("about", "around", "near", "behind", "beside", "close"):
        return None  # "Diaz, who lost "everything," said the city failed her": a clause, no one who speaks
    if parts[-1] != last:  # "the ministry", "a spokeswoman for the ministry", "the 71-year-old"
        head = re.split(r" (?:for|of|at|to|in|with|from|on|who|that|which)\b", last, maxsplit=1)[0].split()
        while len(head) > 1 and head[-1].endswith(("ed", "ing")):
            head.pop()  # "the officers involved in the shooting": the noun, not its participle
        definite = parts[-1][:4].lower() == "the " and words[-1].lower() not in INSTITUTION_WORDS \
            and words[-1].lower() not in DOCUMENT_WORDS and words[-1].lower() not in _GROUP_WORDS \
            and not (head[-1].endswith("s") and not head[-1].endswith("ss")) \
            and not (words[-1].endswith("s") and not words[-1].endswith("ss"))
        # "the spokesman", "the Liverpool boss" are someone named before; "the family", "the
        # officers involved in the shooting" are not
        return _Speaker(last, None, False, definite)
    if 2 <= len(words) <= 4 and words[0].endswith(("'s", "\u2019s")) and words[0][:1].isupper() and all(
            w.isalpha() and w.islower() and w not in _VERB_BASE and w not in AUXILIARIES and w not in STOPWORDS
            for w in words[1:]):
        return _Speaker(last, None, False)  # "Bittinger's mother": someone not named
    if 3 <= len(words) <= 7 and words[0].lower() in _GROUP_WORDS and words[1] in ("of", "at", "from", "with") \
            and not any(w in _VERB_BASE or w in AUXILIARIES for w in words[2:]):
        # "families of the victims", "relatives of the missing crew", "Analysts at Morgan Stanley"
        return _Speaker(last, None, False)
    if words[-1].lower() in INSTITUTION_WORDS or (len(words) == 1 and last.lower() in _GROUP_WORDS) or (
            # "fire officials", "federal prosecutors": a group with what it is of
            len(words) <= 3 and words[-1] in _GROUP_WORDS and all(w.isalpha() and w.islower() for w in words)
            and not any(w in _VERB_BASE or w in AUXILIARIES or w in STOPWORDS for w in words)) or (
            # "Russia's foreign ministry", "LIGO scientists", "officials"
            len(words) <= 4 and words[0][:1].isupper() and words[-1].islower() and words[-1].endswith("s")
            and words[-1] not in AUXILIARIES and words[-1] not in _VERB_BASE):  # not "Ortiz's message was"
        return _Speaker(last, None, False)
    return None


def _unrepeated(words: list[str]) -> list[str]:
    """A name written twice in a row once: "Joe Root Joe Root" (a headline run into its lead)."""
    half = len(words) // 2
    return words[:half] if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:] else words


def _name_tail(part: str) -> tuple[str, str | None] | None:
    """The name at the end of a phrase and the role before it: "U.S. State Department
    spokesman John Kirby" -> ("John Kirby", "U.S. State Department spokesman"); "a tearful
    Diaz", "an emotional Ana Diaz": the words before a name after "a" that name no office
    describe the moment, no role."""
    described = part[:2].lower() in ("a ", "an")
    part = _DETERMINER.sub("", part)
    runs = list(_NAME_RUN.finditer(part))
    if not runs or runs[-1].end() != len(part):
        return None
    m = runs[-1]
    if len(runs) > 1 and part[runs[-2].end():m.start()] in (" of ", " of the "):
        # "Senator Chuck Schumer of New York": the person, then where from (not "Bank of America")
        # ("U.S. Secretary of State Antony Blinken": an office, then what it is of, then the name)
        person = _name_tail(part[:runs[-2].end()])
        last = fold(person[0].rsplit(" ", 1)[-1]).strip(".") if person is not None else ""
        if person is not None and " " in person[0] and last not in INSTITUTION_WORDS and last not in OFFICE_TITLES:
            return person
    if len(runs) > 1 and runs[-2].end() + 1 == m.start():
        # a run of capitals longer than a name, cut at NAME_MAX_WORDS: "Indian Army Public
        # Relations Officer Lt Col Devender Anand" is an office, then the name
        name, role = _split_name(f"{runs[-2].group()} {m.group()}".split())
        if role and len(name.split()) <= NAME_MAX_WORDS // 2:
            before = part[:runs[-2].start()].strip()
            return name, f"{before} {role}" if before else role
    before = part[:m.start()].strip()
    # before an office ("advanced threat researcher") a word in -ed is an adjective of it
    titled = before.rsplit(" ", 1)[-1].lower() in OFFICE_TITLES
    verb = before.rsplit(" ", 1)[-1]
    if verb.islower() and (verb in IRREGULAR_VERBS or verb.endswith("ed")) and not titled and len(runs) > 1 \
            and runs[-2].end() + len(verb) + 2 == m.start() and len(runs[-2].group().split()) >= 2:
        return None  # "Ann Cole met Luis Ponce": a name, a verb in the past, a name
    if before and (len(before.split()) > 6 or not all(
            w[:1].isupper() or w.lower() in OFFICE_TITLES or w.lower() in INSTITUTION_WORDS
            or w.endswith(("'s", "\u2019s")) or w.lower() in ("of", "for", "the", "and")
            or (w.isalpha() and w.islower() and w not in _VERB_BASE and w not in AUXILIARIES
                and w not in STOPWORDS and not w.endswith("ly") and (titled or not w.endswith("ed")))
            # "defence lawyer", "acting"; not "formally endorsed" (President Obama formally endorsed Hillary Clinton)
            for w in before.split())):
        return None
    name, role = _split_name(m.group().split())
    if described and before and not role and len(before.split()) <= 2 and all(
            w.islower() and w not in OFFICE_TITLES and w not in INSTITUTION_WORDS and w not in STOPWORDS
            for w in before.split()):
        before = ""
    while before and not role and before.rsplit(" ", 1)[-1] in NAME_PARTICLES:
        # "von der Leyen said", "bin Salman said": the particles open the family name
        particle = before.rsplit(" ", 1)[-1]
        name, before = f"{particle} {name}", before[:-len(particle)].rstrip()
    first, _, rest = before.partition(" ")
    if first.lower() in _OPENING_WORDS:  # "After reporter Michael Scotto asked": no part of the role
        before = rest
    if before:
        role = f"{before} {role}" if role else before
    return name, role


def _last_name_run(text: str) -> re.Match | None:
    """The last capitalised run in ``text``."""
    m = None
    for m in _NAME_RUN.finditer(text):  # noqa: B007 (the loop keeps the last)
        pass
    return m


def _subject(sentence: str) -> _Speaker | None:
    """The subject of a sentence, as a speaker: the phrase that opens it, past an opening
    phrase ("In a statement, the ministry said ...")."""
    text = sentence.replace(_QUOTE_PLACEHOLDER, " ").lstrip(" \t\"'\u201c\u2018(\u2014-,")
    label, colon, rest = text.partition(": ")
    if colon and " " not in label:  # "Updated: Rick Santorum said ...": a label, then the sentence
        text = rest.lstrip()
    first, _, after = text.partition(" ")
    first, after = first.lower().strip(","), after.split(" ", 1)[0]
    participle = first.endswith("ing") and after.islower() and after not in _VERB_BASE \
        and (after == "to" or after not in AUXILIARIES)  # "Manning was", "Manning said": a name
    if first in ("and", "but", "yet") and not text.split(" ", 1)[0].endswith(","):
        text = text.split(" ", 1)[-1]  # "And Trump himself lashed out, saying": the subject after it
    elif (first in _INTRODUCTORY or participle) and "," in text[:200]:  # "Reacting to the vote, ..."
        text = text[text.index(",", 0, 200) + 1:].lstrip()
        words = text.split(" ")
        # "Asked about it, coach Paulo Reis smiled", "..., police spokeswoman Kim Alvarez said":
        # a role in lower case, as the clause before it leaves it, then the name
        k = next((n for n, w in enumerate(words[:4]) if w not in OFFICE_TITLES and w not in INSTITUTION_WORDS), 0)
        if k and words[k - 1] in OFFICE_TITLES and words[k][:1].isupper():
            spk = _subject(" ".join(words[k:]))
            if spk is not None and spk.person:
                return spk._replace(role=spk.role or " ".join(words[:k]))
    r = _ROLE_THEN_NAME.match(text)
    if r:  # "The mayor, Sarah Kim, said ..."; "A spokeswoman for the Red Cross, Linda Park, ..."
        spk = _parse_speaker(r.group().rstrip(","))
        if spk is not None and spk.person:
            return spk
    d = _DETERMINED_SUBJECT.match(text) if _SPEAKS_FOR_NAME.match(text) else None
    if d:  # "A spokesman for Ruiz said ...": the one who speaks for the name, as after a quotation
        spk = _parse_speaker(d.group())
        if spk is not None:
            return spk
    m = _ROLE_NAME.match(text)
    if m is None or _name_tail(m.group()) is None:
        m = _TITLED_NAME.match(text)
    if m and not m.group().endswith(("'s", "\u2019s")) and _MODIFIER_AFTER.match(text, m.end()):
        m = None  # "The England captain has ...": a role, the capitals modify it (not "Russia's ministry")
    aside = _PRONOUN_ASIDE.match(text, m.end()) if m else None
    if aside and aside.group(2) in _TOLD_FORMS:  # "Progressivism, he told the conference, is a cancer":
        return _Speaker(aside.group(1).lower(), None, False, True)  # the pronoun speaks, of it
    if m:
        phrase = _with_apposition(text, m)  # "Lis Smith, a spokeswoman for the campaign, said"
        words = m.group().split()
        if not (len(words) == 1 and (words[0].lower() in _OPENING_WORDS or words[0].endswith("ly"))):
            owner = _POSSESSOR.match(text)
            if owner:  # "Russia's foreign ministry responded ..."
                words = owner.group().split()
                for k in range(len(words), 1, -1):
                    spk = _parse_speaker(" ".join(words[:k]))
                    if spk:
                        return spk
            return _parse_speaker(phrase)
    word = text.split(" ", 1)[0].lower().strip(",")
    if word in PRONOUNS:
        return _Speaker(word, None, False, True)
    d = _SUBJECT_THEN_ASIDE.match(text)  # "the congressman, speaking in a whisper, said"
    if d:
        return _parse_speaker(d.group(1))
    d = _DETERMINED_SUBJECT.match(text)
    if d:
        return _parse_speaker(d.group())
    return None


def _persons_named(text: str) -> list[tuple[str, _Speaker]]:
    """The persons a stretch of text names, in order, each with the words that name it; a
    word opening the stretch ("When Omar Vance ...", "It") is no part of a name."""
    text = text.replace(_QUOTE_PLACEHOLDER, " \u2026 ")  # not a word: no name runs across it
    out = []
    for m in _TITLED_NAME.finditer(text):
        name = m.group()
        if _MODIFIER_AFTER.match(text, m.end()) or _DETERMINER_BEFORE.search(text, 0, m.start()):
            continue  # "the former New York mayor", "a Fox News host": a name used as an adjective
        if not text[:m.start()].strip():
            first, _, rest = name.partition(" ")
            if first.lower() in _OPENING_WORDS:
                name = rest
        p = _parse_speaker(name) if name else None
        if p is not None and p.person:
            out.append((name, p))
    return out


def _with_apposition(text: str, m: re.Match) -> str:
    """A name matched in ``text``, with the apposition after it: "Lis Smith, a spokeswoman
    for the campaign"."""
    tail = _APPOSITION.match(text, m.end())
    return m.group() + (", " + tail.group(1) if tail else "")


def _words_between(text: str) -> int:
    """Words between a verb and its quotation, an aside between dashes left out ("said
    that the plan \u2014 endorsed by the governor \u2014 would ...")."""
    text = _COMMA_ASIDE.sub(" ", text)  # 'said to Ryan, after waiting a beat to let it sink in, "...'
    return len(_DASH_ASIDE.sub(" ", text.replace(_QUOTE_PLACEHOLDER, " ")).split())


# After a name, its age or a clause about the person: ", 17, who works at ...", ", who ...".
_AGE_OR_CLAUSE = _Lazy(r",\s+(?:\d{1,3},\s+)?(?:who|whose)\s|,\s+\d{1,3},")
# Putting out a document: "released a statement", "issued a brief written statement".
_ISSUED = _Lazy(r"\b(?:issued|released|posted|published|sent|shared|put out)\s+(?:a|an|the|his|her|their|its)\s+"
                     r"(?:[\w-]+\s+){0,2}?([a-z]+)\b")
# A role ending in a lower-case noun, then the name: "the city's recycling manager, Jo Park."
_ROLE_COMMA_NAME = _Lazy(r"((?:[^\s,.;:!?\"\u201c\u201d]+ ){0,6}[a-z][\w-]*), ([A-Z][\w'\u2019.-]*"
                              r"(?: [A-Z][\w'\u2019.-]*){1,3})(?=[,;]|\.?\s*$)")
# What a quotation is, then who said it: "is how Ortiz described it", "that was the promise
# Ortiz made".
_HOW_SAID = _Lazy(
    r"(?:[Tt]hat |[Tt]his )?(?:is|was) how ((?:the )?[A-Z][^,.;:!?\"\u201c\u201d]{0,50}?|he|she|they) (?:described|put"
    r"|called|summed up|characteri[sz]ed|explained|saw)\b"
    r"|(?:[Tt]hat|[Tt]his) (?:is|was) (?:the|a|his|her) (?:[a-z-]+ ){0,2}(?:promise|pledge|message|warning|vow|verdict"
    r"|advice|assessment) (?:that )?((?:the )?[A-Z][^,.;:!?\"\u201c\u201d]{0,50}?) (?:made|gave|delivered|offered"
    r"|sent|issued)\b"
    # '"We need help." That was the message from Governor Ana Ruiz on Monday.'
    r"|(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese) (?:is|was|are|were) (?:the|a) (?:[a-z-]+ ){0,2}(?:message|verdict|view"
    r"|words|warning|assessment|plea|reaction|response) (?:from|of)"
    r" ((?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})"
    # '"I have not decided." That was Ortiz's answer when asked ...'
    r"|(?:[Tt]hat|[Tt]his) (?:is|was) ([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['\u2019]s (?:[a-z-]+ )?(?:answer"
    r"|response|reply|message|verdict|reaction|view|assessment|warning|plea)\b")
# A name in capitals before the verb, and nothing else: '," ORTIZ said.'
_CAPITALS_SAID = _Lazy(r"((?:[A-Z][A-Z'\u2019-]+ ){0,2}[A-Z][A-Z'\u2019-]+) (said|says|added|told)\b")
# A part between commas after a name that is no apposition to parse: a relative clause, a
# party and state ("R-N.Y."), a state after a town ("Ill.").
_ASIDE_PART = _Lazy(rf"(?:who|whose|which)\b|{_PARTY_STATE}$|[A-Z][a-z]{{1,4}}\.$"
                   r"|(?:in|on|at|during|after|before|via|through|from)\s")  # ", in a statement on Sunday,"
# An office held before, as a prefix: "then-President", "ex-Prime Minister" (read as the office).
_THEN_OFFICE = _Lazy(r"(?<![\w-])(?:[Tt]hen|[Ee]x)-(?=[A-Z])")
_AGE = _Lazy(r"\d{1,3}")
# The one quoted, then by whom: "Peskov was quoted by the TASS news agency as saying".
_QUOTED_BY = _Lazy(r"((?:[A-Z][\w.'\u2019-]*\s+){1,4}?)(?:was|were|is|has been|had been)\s+quoted\s+by\s+"
                   r"[^,.;:!?\"\u201c\u201d]{1,60}?\s+as\s+(saying|telling|writing)\b")
_OWNED_ROLE = _Lazy(r"\w['\u2019]s\s")  # "the church's minister"
# What may follow a role named without a name, describing it: an indefinite apposition, a
# relative clause, a participle, an age ("the witness, a nurse"; "the report, released Tuesday").
_APPOSED = _Lazy(r"(?:a|an)\s|(?:who|whose|which)\b|[a-z]{3,}(?:ed|ing)\b|\d{1,3}$")
# A sentence that only attributes the quotation before it: "Obama wrote in a letter delivered
# Tuesday.", "Ortiz said." (a name, a verb of _TOLD_FORMS, then where or when, or nothing).
_SAID_WHERE = _Lazy(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}?([a-z]+)"
                         r"(?:\s+(?:in|on|at|during|after|before|from|via|to reporters)\b"
                         r"[^.!?;:\"\u201c]{0,60})?\.\s*$")
# What opens the clause a verb reports: "said that", "told reporters that", "said Monday that".
_REPORTED_THAT = _Lazy(r"(?:\s+[\w'\u2019.-]+){0,10}?\s+that\s")
# A passive reporting verb's agent: "is described by Variety as", "was called by critics".
_BY_AGENT = _Lazy(r"\s+by\s+([^,.;:!?\"\u201c\u201d]{1,60}?)(?:\s+as\b|,|\.?\s*$)")
_BE_FORMS = frozenset("is was were are been being be".split())
_SHOWN = frozenset("shown seen heard caught filmed recorded".split())  # "is shown saying"
# Roles that speak for others: "the spokesman" is never just the last person named.
_SPEAKING_ROLES = frozenset("spokesman spokeswoman spokesperson representative".split())
# Adverbs between a subject and its verb, or a verb and its participle: "is most often called".
_ADVERBS = frozenset("most more often also sometimes still now once long widely then never".split())
# Words after a quotation that open a clause of their own: what follows is not its attribution.
_NEW_CLAUSE = _Lazy(r"[\"'\u201d\u2019]?,?\s+(?:and|but|while|whereas)\s", re.I)
class _WordsOf:
    """A regular expression's ``finditer`` and ``search`` for the words of one table: each
    lower-case word, looked up (compiling an alternation of every verb form cost more at
    each start than reading the words does). An entry of two words ("shot back") is found
    as its first word, then the second after one space."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        self.pairs: dict[str, frozenset[str]] = {}
        for w in self.words:
            first, _, second = w.partition(" ")
            if second:
                self.pairs[first] = self.pairs.get(first, frozenset()) | {second}

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        for m in _LOWER_WORD_RUN.finditer(text, pos, endpos):
            word = m.group()
            if word in self.pairs:
                pair = _LOWER_WORD_PAIR.match(text, m.start(), endpos)
                if pair and pair.group(2) in self.pairs[word]:
                    yield pair
                    continue
            if word in self.words:
                yield m

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)


# A lower-case word standing alone: not part of a longer word or a hyphenated one.
_LOWER_WORD_RUN = _Lazy(r"(?<![\w\-])[a-z]+(?![\w\-])")
_LOWER_WORD_PAIR = _Lazy(r"([a-z]+) ([a-z]+)(?![\w\-])")
# The words of a quotation, as _telling_sentence counts them.
_WORD_RUN = _Lazy(r"\w+")
# A social-media account named as the speaker: "tweeted @mlopez".
_HANDLE = _Lazy(r"@\w{1,30}\b")
# A quotation signed with a dash, the name (and a role) all that follows it.
_SIGNED = _Lazy(r"[,.]?\s*(?:\u2014|\u2013|--?)\s*([A-Z][^.;:!?\"\u201c\u201d]{1,60}?)\.?\s*$")
_COMMA_ASIDE = _Lazy(r",\s+(?:after|before|while|when|as|during|pausing|smiling|laughing|waiting|speaking)\b"
                          r"[^,\"\u201c]{0,80},\s*$")
_DASH_ASIDE = _Lazy(r"\s[\u2014\u2013][^\u2014\u2013]{1,120}[\u2014\u2013]\s|\s--\s.{1,120}?\s--\s")


def _after_attribution(after: str) -> tuple[_Speaker, str] | None:
    """The speaker and verb in the words after a quotation: ``," said Kirby``,
    ``," Kirby said``, ``," John Smith, a spokesman for the ministry, said``."""
    text = after.lstrip(" \t,;:\u2014\u2013-")
    signed = _SIGNED.match(after)
    if signed:  # a pull quote signed with a dash: '"We will rebuild" \u2014 Helen Ortiz, mayor'
        spk = _parse_speaker(signed.group(1))
        if spk is not None and spk.person:
            return spk, None
    if text[:12].lower() == "according to" or text[:3].lower() == "as ":
        found = _according_to(text[:120])  # "..., according to Ortiz.", "..., as Diaz put it."
        if found:
            return found
        if text[:3].lower() == "as ":  # "..., as Obama's campaign claims.", "..., as Ortiz said":
            text = text[3:]  # the attribution after "as"
    quoted_as = _QUOTED_AS.search(text, 0, 120)
    if quoted_as and len(text[:quoted_as.start()].split()) <= 4 and "," not in text[:quoted_as.start()]:
        # '"...," state media quoted Ruiz as saying': the one quoted
        spk = _parse_speaker(_NAME_RUN.search(quoted_as.group(), 7).group())
        if spk is not None:
            return spk, quoted_as.group().rsplit(None, 1)[-1]
    quoted = _QUOTED_BY.match(text)
    if quoted:  # '"...," Peskov was quoted by the TASS news agency as saying': who was quoted
        spk = _parse_speaker(quoted.group(1))
        if spk is not None:
            return spk, quoted.group(2)
    how = _HOW_SAID.match(text)
    if how:  # '"...," is how Ortiz described it'; '"..." - that was the promise Ortiz made'
        spk = _parse_speaker(next(g for g in how.groups() if g))
        if spk is not None:
            return spk, None
    for k, m in enumerate(_VERB.finditer(text)):
        head = text[:m.start()].strip()
        if k == 0 and _VERB_BASE[m.group()] in NAMING_VERBS and m.group().endswith("s") \
                and _NAME_RUN.fullmatch(head) and len(head.split()) <= 3:
            spk = _parse_speaker(head)  # a headline's "'Jail!' Trump slams ...": the one named speaks
            return (spk, m.group()) if spk is not None and spk.person else None
        if k == 3 or _VERB_BASE[m.group()] in NAMING_VERBS:
            return None
        if not head:  # verb first: "said John Smith, a spokesman"
            if _VERB_BASE[m.group()] == "tell":
                return None  # '," told HuffPost': who was told, not who spoke
            rest = text[m.end():].lstrip()
            if _SPEAKER_END.match(" " + rest):
                return None  # '," said in a statement': no one after the verb
            handle = _HANDLE.match(rest)
            if handle:  # "tweeted @mlopez": an account speaks as its holder
                return _Speaker(handle.group(), None, True), m.group()
            name = _ROLE_NAME.match(rest[:200])  # "said SPCA branch manager Candace Buchamer"
            tail = _name_tail(name.group()) if name else None
            if tail is None or (any(w in STOPWORDS for w in name.group().split())
                                and not name.group().endswith(tail[0])):
                # not "Rep. Jo Ruiz of Texas" (but "Secretary of Homeland Security Ana Ruiz")
                name = _TITLED_NAME.match(_DETERMINER.sub("", rest[:200]))
            kin = _AND_KIN.match(rest)
            if kin is not None:  # "said Ruiz and her lawyer, Tom Reed": both
                phrase = kin.group()
            elif name and rest[:1].isupper() and not name.group().endswith(("'s", "\u2019s")):
                phrase = _with_apposition(rest, name)
            else:
                stop = _SPEAKER_END.search(rest)
                phrase = rest[:stop.start()] if stop else rest
                if stop and stop.group().strip() == "from" and phrase.rsplit(" ", 1)[-1].lower() in _SPEAKS_FOR:
                    stop = _SPEAKER_END.search(rest, stop.end())  # "said a statement from Reed's office"
                    phrase = rest[:stop.start()] if stop else rest
                elif stop and stop.group().strip() in _SOURCE_LINKS and phrase.rsplit(" ", 1)[-1].lower() in (
                        "familiar", "close", "briefed", "knowledgeable"):
                    # "said a person familiar with the matter": the source, with what it knows
                    stop = _SPEAKER_END.search(rest, stop.end())
                    phrase = rest[:stop.start()] if stop else rest.rstrip(" .")
            spk = _parse_speaker(phrase)
            if spk is None and "," in phrase:  # "said the U.N. refugee agency, UNHCR"
                spk = _parse_speaker(phrase.split(",", 1)[0])
            words = phrase.split()
            if spk is None and 0 < len(words) <= 3 and words[-1] in OFFICE_TITLES \
                    and all(w.isalpha() and w.islower() and w not in STOPWORDS for w in words):
                # a headline's "'We will rebuild,' says mayor": an office with its article left
                # out, one so described
                spk = _Speaker(phrase, None, False, True)
            lead = _ROLE_WORDS.match(rest)
            if (spk is None or not spk.person) and lead:  # "said pastor and celebrant Father Francis Cole"
                name = _TITLED_NAME.match(rest, lead.end())
                role = _parse_speaker(rest[:name.end()]) if name else None
                spk = role if role is not None and role.person else spk
            appos = _ROLE_COMMA_NAME.match(rest) if kin is None else None
            if appos and appos.group(1).split()[-1] not in STOPWORDS:
                # "says Gisborne's Check Clean Dry advocate, Teegan Maxwell": the name after the role
                named = _parse_speaker(appos.group(2))
                if named is not None and named.person and " " in named.name and not (
                        spk is not None and spk.name == named.name):
                    spk = _Speaker(named.name, _DETERMINER.sub("", appos.group(1)), True)
            if spk:
                return spk, m.group()
            continue
        # speaker first: the words before the verb, less its auxiliaries ("he had said")
        agent = _BY_AGENT.match(text, m.end())
        if agent and head.split()[-1].lower() in _BE_FORMS:
            spk = _parse_speaker(agent.group(1))  # '"...," Reed was told by Ortiz': the agent
            if spk is not None:
                return spk, m.group()
        words = _strip_auxiliaries(head.split())
        aside = [k for k in range(1, len(words)) if words[k] == "as" and words[k - 1].endswith(",")]
        if aside:  # '"end" it, as Obama's campaign claims.': the attribution after "as", that ends
            if len(re.split(r"[,.;:!?]", text[m.end():], maxsplit=1)[0].split()) > 3:
                continue  # the clause (not ", as the director was told her services would end")
            words = words[aside[-1] + 1:]
        if words and words[-1] in _RELATIVE_WORDS:  # (lower case: "the WHO said" is the body)
            continue  # '"...," the official, who asked not to be named, said': the clause's verb
        if len(words) > 2 and [w.lower() for w in words[-2:]] == ["quoted", "as"]:
            words = _strip_auxiliaries(words[:-2])  # "he was quoted as saying"
        elif len(words) > 2 and words[-1].lower() in _SHOWN and words[-2].lower() in _BE_FORMS:
            words = _strip_auxiliaries(words[:-1])  # "Mr. Netanyahu is shown saying", "was heard telling"
        if _a_noun(words, m.group()):
            continue  # "the report said", "in the state": a noun, the verb comes later
        bare = _PARENTHESIS.sub("", " ".join(words)).split() if len(words) > 14 else words
        if len(words) > 14 and _TWO_NAMES.fullmatch(" ".join(bare)):
            words = bare  # two people with their offices (and parties in brackets)
        elif len(words) > 14:  # "Jane Doe, the former mayor and founder of ... empire, said"
            name = _TITLED_NAME.match(head)
            if name is None or not (_APPOSITION.match(head, name.end()) or _AGE_OR_CLAUSE.match(head, name.end())) \
                    or not head.rstrip().endswith(","):
                return None  # ("T.J. Simons, 17, who works at the station ..., said")
            words = name.group().split()
        if not words:
            return None
        spk = _parse_speaker(" ".join(words))
        if spk:
            return spk, m.group()
    capitals = _CAPITALS_SAID.match(text)
    if capitals:  # '"...," ORTIZ said': a name in capitals, as some pages print it (read as no
        spk = _parse_speaker(capitals.group(1).title())  # dateline: it follows the quotation)
        if spk is not None and spk.person:
            return spk._replace(name=capitals.group(1)), capitals.group(2)
    return None


def _a_noun(words: list[str], form: str) -> bool:
    """Whether a reporting verb's form after ``words`` is a noun: after a determiner ("the
    claims"), or a bare form after a determiner or an owner and up to three words that are
    no plural subject ("a defiant note", "his final Twitter post", "Trump's latest post")."""
    if words and words[-1].lower() in _NOUN_MARKERS:
        return True
    if form in _PLURAL_NOUN_FORMS and any(
            len(words) >= k and words[-k].lower() in _OWNERS
            and all(w.islower() or w.isdigit() for w in words[-k + 1:]) for k in (2, 3, 4)):
        return True  # "his recent claims that", "his 2016 campaign promises" (not "his lawyer says")
    if form != _VERB_BASE[form] or form in _TOLD_FORMS:  # "the publisher read": a past tense
        return False
    for k in range(2, min(len(words), 4) + 1):
        w = words[-k]
        if w.lower() in _ARTICLES_AND_OWNERS or w.endswith(("'s", "\u2019s")):  # "the president's chief demand"
            # not "A statement from Ortiz read"; "a progress report" (-ss is no plural)
            return all((not x.endswith("s") or x.endswith("ss")) and (x.islower() or k > 2)
                       and x.lower() not in STOPWORDS for x in words[-k + 1:])
    return False


def _attribution_alone(sentence: str) -> tuple[_Speaker, str] | None:
    """The speaker and verb of a short sentence of attribution, said of the quotation that
    opens the next: "Trump noted in a tweet on Wednesday.", "She told reporters.", "Ruiz
    says he sees a bigger issue."; not one that says what was said at length ("Smith said
    that ...", "He denied it.")."""
    if _QUOTE_PLACEHOLDER in sentence or not sentence.rstrip().endswith("."):
        return None
    verbs = [m for m in _VERB.finditer(sentence) if not _a_noun(sentence[:m.start()].split(), m.group())]
    issued = _ISSUED.search(sentence) if not verbs else None
    if issued and issued.group(1) in DOCUMENT_WORDS:  # "Jackson released a statement through the team."
        words = _strip_auxiliaries(sentence[:issued.start()].split())
        spk = _parse_speaker(" ".join(words)) if 0 < len(words) <= 8 else None
        return (spk, None) if spk is not None and (spk.person or spk.pronoun) else None
    if len(verbs) != 1 or _VERB_BASE[verbs[0].group()] in NAMING_VERBS:  # not "in a tweet"
        return None
    m = verbs[0]
    after = sentence[m.end():].rstrip().rstrip(".").split()
    if len(after) > ALONE_AFTER_WORDS or _CLAUSE_OPENERS.intersection(w.lower().strip(",") for w in after):
        return None
    words = _strip_auxiliaries(sentence[:m.start()].split())
    spk = _parse_speaker(" ".join(words)) if 0 < len(words) <= 8 else None
    if spk is None or not (spk.person or spk.name in PRONOUNS) or _passive(sentence[:m.start()], m.group()):
        return None
    return spk, m.group()


def _has_marks(sentence: str) -> bool:
    """Whether a sentence holds a double quotation mark (one left unpaired is a quotation all
    the same)."""
    return any(mark in sentence for mark in _DOUBLE_MARKS)


def _reported_intro(sentence: str) -> tuple[_Speaker, str] | None:
    """The speaker and verb of a sentence of reported speech, said of the quotation that
    opens the next sentence: 'Ann Cole, the police chief, said the search would go on.
    "We will not stop until we find them."' The sentence's subject (a person, a pronoun, a
    body; not "it") speaks with its first verb; it quotes no one itself."""
    if _QUOTE_PLACEHOLDER in sentence or _has_marks(sentence) or not sentence.rstrip().endswith("."):
        return None  # (a mark left unpaired: a quotation all the same)
    spk = _subject(sentence)  # a person, "he", "the ministry", "police", "the minister"
    if spk is None or spk.name == "it":
        return None
    verb = _VERB.search(sentence)
    if verb is None or _VERB_BASE[verb.group()] in NAMING_VERBS:
        return None
    head = sentence[:verb.start()]
    at = head.lower().find(spk.name.lower())
    # between the subject and its verb only an apposition and auxiliaries ("Ann Cole, 52, the
    # police chief, has said"), not another clause ("Smith was arrested after police said")
    between = head[at + len(spk.name):].rsplit(",", 1)[-1].split() if at >= 0 else ["?"]
    if _strip_auxiliaries(between):
        return None
    if _passive(head, verb.group()):
        return None
    return spk, verb.group()


def _passive(before: str, verb: str) -> bool:
    """Whether a reporting verb is in the passive voice, its subject told of, not telling:
    "Ruiz has been charged with fraud.", "Reed was told to leave." (not "Ruiz was asked about
    it.", after which the one asked answers)."""
    words = before.split()
    return bool(words) and words[-1].lower() in _BEING and verb.lower().endswith(("ed", "en", "ld")) \
        and _VERB_BASE.get(verb) != "ask"


# A quotation that speaks of someone in the third person ("She would never do this."): not
# the words of the one the sentence before it is about.
_THIRD_PERSON = _Lazy(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers)\b")


def _acting_intro(sentence: str) -> tuple[_Speaker, None] | None:
    """The person a short sentence of action is about, said of a quotation that follows it
    alone in its paragraph: 'Ruiz shook her head. "We were never told."' (news leaves the
    attribution to the sentence before: the one who acts speaks). Its subject is a person or
    "he"/"she", in the active voice ("Ruiz was arrested on Monday." is not: another may
    speak of it), in at most ACTING_INTRO_WORDS words that quote no one."""
    if _QUOTE_PLACEHOLDER in sentence or _has_marks(sentence) or not sentence.rstrip().endswith((".", ":")) \
            or len(sentence.split()) > ACTING_INTRO_WORDS:
        return None
    spk = _subject(sentence)
    if spk is None or not (spk.person or spk.name in ("he", "she")):
        return None
    at = sentence.find(spk.name)
    rest = [w.strip(",").lower() for w in sentence[at + len(spk.name):].split()] if at >= 0 else []
    rest = [w for w in rest if w and not w.isdigit()]  # "Ruiz, 34, shook her head"
    if not rest or rest[0] in _BEING or rest[:2] in (["has", "been"], ["had", "been"]):
        return None  # "Ruiz was arrested.", "Ruiz is a mother of three.": told of, not acting
    return spk, None


def _strip_auxiliaries(words: list[str]) -> list[str]:
    while words and (words[-1].lower() in AUXILIARIES or words[-1].lower() in _ADVERBS or (
            words[-1].lower().endswith("ly") and words[-1].lower() not in _LY_NOUNS)):  # not "the family said"
        words = words[:-1]
    if len(words) > 2 and words[-2].lower() == "on" and words[-1].lower() in WEEKDAYS:
        words = _strip_auxiliaries(words[:-2])  # "Trump on Saturday accused ..."
    return words


def _before_attribution(before: str, sentence: str) -> tuple[_Speaker, str] | None:
    """The speaker and verb in the words before a quotation: ``Kirby said: "``, ``Kirby
    told reporters that "``, ``..., saying "``, ``Biden was quick to retort: "``."""
    tail = _PARENTHESIS.sub("", before.rsplit(_QUOTE_PLACEHOLDER, 1)[-1])  # "Ortiz (who spoke first) said"
    m = _QUOTED_AS.search(tail)
    if m:  # "Another lawyer quoted Delgado as telling his team: ..."
        spk = _parse_speaker(_NAME_RUN.search(m.group(), 7).group())
        if spk:
            return spk, "quoted"
    m = _IN_WORDS.search(tail)
    if m:  # "In his words, ...", "in the words of Pope Francis, ...": whatever the verb
        spk = _parse_speaker(_PRONOUN_OF[m.group(1).lower()] if m.group(1) else m.group(2) or m.group(3))
        if spk is not None:
            return spk, None
    found = list(_VERB.finditer(tail))
    for m in reversed(found):
        base = _VERB_BASE[m.group()]
        lead = tail[:m.start()].split()
        if _a_noun(lead, m.group()):
            continue  # "a progress report": a noun
        if " ".join([*lead[-3:], m.group()]).lower().endswith(SAYING_IDIOMS):
            continue  # '"Needless to say, ...': a way of speaking, no one reported
        if m.group().endswith("ed") and tail[m.end():].split()[:1] == ["by"] and lead and lead[-1].isalpha() \
                and lead[-1].islower() and lead[-1].lower() not in _BE_FORMS:
            agent = _BY_AGENT.match(tail, m.end()) if base in NAMING_VERBS else None
            spk = _parse_speaker(agent.group(1)) if agent and agent.group().endswith("as") else None
            if spk is not None:  # "the man described by the Times as": the one who names him so
                return spk, m.group()
            continue  # "the deal announced by Obama this week": a noun's participle, not who speaks
        reach = NAMING_REACH if base in NAMING_VERBS else ATTRIBUTION_REACH
        if base not in NAMING_VERBS and _REPORTED_THAT.match(tail, m.end()) and not any(
                _RELATIVE_WORDS.intersection(w.lower() for w in tail[:v.start()].split()[-2:])
                for v in _VERB.finditer(tail, m.end())):  # not over "the part of the code that says:"
            reach = REPORTED_REACH  # "Summers said that he doesn't think Congress would take a step that"
        if _words_between(tail[m.end():]) > reach:
            break
        if m.group() in _PARTICIPLES:
            lead = tail[:m.start()].rstrip()
            named = _last_name_run(lead)
            if named is not None and named.end() == len(lead) and \
                    lead[:named.start()].split()[-1:] and lead[:named.start()].split()[-1].lower() in HEARING_VERBS:
                heard = _parse_speaker(named.group())  # "Reed recalled Ortiz saying": the one heard speaks
                if heard is not None and heard.person:
                    return heard, m.group()
            with_at = lead.rfind(" with ")
            if named is not None and named.end() == len(lead) and with_at >= 0 and len(lead[with_at:].split()) <= 8:
                spk = _parse_speaker(lead[with_at + 6:])  # "..., with Chairman Trey Gowdy saying": the one
                if spk is not None and spk.person:  # the "with" names speaks
                    return spk, m.group()
            spk = _subject(sentence)  # "..., saying": the sentence's subject speaks
            if spk is None:  # "It came after Boehner chided Obama, accusing him of ...": the
                # first person the clause before the participle names
                spk = next((p for _, p in _persons_named(tail[:m.start()])), None)
            if spk:
                return spk, m.group()
            continue
        agent = _BY_AGENT.match(tail, m.end())
        prior = [w for w in tail[:m.start()].split()
                 if not w.lower().endswith("ly") and w.lower() not in _ADVERBS][-1:]
        if prior and prior[0].lower() in _BE_FORMS:  # a passive
            spk = _parse_speaker(agent.group(1)) if agent else None
            if spk is not None:  # "the deal is described by Variety as": the agent
                return spk, m.group()
            if base in NAMING_VERBS:  # "is most commonly referred to as": a name, no one's words
                continue
        before_verb = tail[:m.start()].split()[-1:]
        if base in NAMES_FOR and m.group() != base and not tail[m.end():].strip() and before_verb \
                and before_verb[0].islower() and before_verb[0] not in PRONOUNS and not before_verb[0].endswith("s"):
            continue  # "a movie called 'X'", "so called 'the Ring of Fire'": what it is named (not "aides called")
        words = _strip_auxiliaries(tail[:m.start()].split())
        if _a_noun(words, m.group()):
            continue  # "rejected the claims that", "struck a defiant note": a noun
        if len(words) >= 2 and words[-2].lower() in ("which", "that", "whom") \
                and (spk := _parse_speaker(words[-1])) is not None:
            return spk, m.group()  # "the fire, which police have said they are treating as": the police
        if words and words[-1].lower() in ("who", "which"):  # "said Bloomberg, who added"
            words = [*words[:-2], words[-2].rstrip(",")] if len(words) > 1 else []
        head = " ".join(words)
        parts = head.rstrip(",").rsplit(",", 2)
        while len(parts) > 1 and head.endswith(",") and _ASIDE_PART.match(parts[-1].strip()):
            parts = parts[:-1]  # "Rep. Peter King, R-N.Y., who opposes the project, said": the name
            head = ",".join(parts) + ("," if len(parts) > 1 else "")
        whole_name = _name_tail(parts[-1].strip()) if not head.endswith(",") else None
        if whole_name and whole_name[1] and whole_name[1].rsplit(" ", 1)[-1].lower() not in STOPWORDS:
            # "By way of declining ..., team president Stan Kasten said" (not "director for the Office of")
            spk = _parse_speaker(parts[-1])
        elif len(parts) == 3 and not head.endswith(",") and _OFFICE_ONLY.fullmatch(parts[1].strip()):
            spk = _parse_speaker(head)  # "Ben Stephenson, Controller, BBC Drama Commissioning says": the person
        elif len(parts) == 3 and head.endswith(",") and _AGE.fullmatch(parts[1].strip()):
            spk = _parse_speaker(f"{_trailing_phrase(parts[0])}, {parts[2]}")  # "Ann Cole, 52, the police chief,"
        elif len(parts) >= 2 and head.endswith(",") and not parts[-1].strip().isupper() \
                and not _key_is_place(fold(parts[-1].strip())) \
                and _ROLE_THEN_NAME.fullmatch(f"{parts[-2].strip()}, {parts[-1].strip()},"):
            # "The Minister of Information, Lai Musa, said" (not "the mayor of Washington, DC,")
            spk = _parse_speaker(f"{parts[-2]}, {parts[-1]}")
        elif len(parts) >= 2 and (head.endswith(",") or _BARE_ROLE.match(parts[-1])):
            # "Lis Smith, a spokeswoman for the campaign, said"; "Eric Boles, director for
            # the city said" (a role with no article, and no comma before the verb)
            spk = _parse_speaker(f"{_trailing_phrase(parts[-2])}, {parts[-1]}")
        else:
            spk = _parse_speaker(_trailing_phrase(parts[-1])) or _bare_group(parts[-1])
        if spk is None:
            spk = _subject(sentence)
            head = fold(spk.name.rsplit(" ", 1)[-1]) if spk is not None else ""
            if spk is not None and spk.pronoun and spk.name not in PRONOUNS \
                    and _role_head(spk.name) not in OFFICE_TITLES \
                    and not (head in INSTITUTION_WORDS or head in _GROUP_WORDS or head in ORGANIZATION_NOUNS):
                spk = None  # "The calls grew ..., when ... suggested": a thing, no one who speaks
        if spk:
            return spk, m.group()
    words = tail.split()
    if 2 <= len(words) <= 5 and words[0][:1].isupper() and words[0].lower() in _VERB_BASE:
        spk = _parse_speaker(" ".join(words[1:]).rstrip(":,"))  # "Said Martin: ..."
        if spk is not None and spk.person:
            return spk, words[0].lower()
    if tail.rstrip().endswith(":"):  # "... spokesman, Col. Turki Malki: ..."; "Trump: 'I will win'"
        phrase = _trailing_phrase(tail.rstrip().rstrip(":"))
        # "Hollywood Rings in the New Year Hating Trump: '...'": in Title Case a name cannot
        # be told from the words before it (nor a subject); only a headline's "Trump: '...'"
        headline = _title_case(tail) and len(phrase.split()) < len(tail.split())
        spk = None if headline else _parse_speaker(phrase)
        if spk is not None and spk.person:
            return spk, None
        clause = tail.split()
        owned = _OWNED_DOCUMENT.fullmatch(" ".join(clause).rstrip(":")) if len(clause) <= 4 else None
        spk = _parse_speaker(owned.group()) if owned else None
        if spk is not None and (spk.person or spk.pronoun):
            return spk, None  # "Ortiz's verdict: ...", "His reply: ..."
        spk = _subject(sentence) if _QUOTE_PLACEHOLDER not in tail and 2 < len(clause) <= 24 \
            and clause[-2].lower() not in _RELATIVE_WORDS and not headline else None  # not "the code that says:"
        if spk is not None and (spk.person or spk.name in PRONOUNS or (not spk.pronoun and (
                spk.name[:1].isupper() or any(w.strip(",.:").lower() in DOCUMENT_WORDS for w in clause)))):
            # "The New York Times also chimed in:"; "The family issued a short statement:"
            return spk, None  # "The mayor, Sarah Kim, struck a defiant note: ...": the subject's
    return _according_to(before)


def _according_to(text: str) -> tuple[_Speaker, str] | None:
    """The source an attribution without a reporting verb names: "according to the
    ministry", "as Diaz put it"."""
    for pattern, verb in ((_ACCORDING_TO, "according to"), (_PUT_IT, "put")):
        m = pattern.search(text)
        spk = _parse_speaker(m.group(1)) if m else None
        if spk:
            return spk, verb
    return None


def _trailing_phrase(text: str) -> str:
    """The noun phrase that ends ``text``: a name with its role, a pronoun, or a phrase
    opened by a determiner."""
    text = text.strip()
    m = _last_name_run(text)
    if m is not None and m.end() == len(text):
        pair = _TWO_NAMES.search(text)
        if pair is not None and pair.end() == len(text):
            return pair.group()  # "Both Ortiz and Reed": the two speak
        lead = text[:m.start() - 4] if text[:m.start()].endswith(" of ") else ""
        before = _last_name_run(lead) if lead else None
        if before is not None and before.end() == len(lead) and len(before.group().split()) >= 2 \
                and len(m.group().split()) <= 2 and before.group().rsplit(" ", 1)[-1].lower() not in (
                    INSTITUTION_WORDS | OFFICE_TITLES):
            m = before  # "Representative Kurt Schrader of Oregon": the person, not the place
            text = lead
        lead = text[:m.start()].split()
        if len(lead) >= 2 and lead[-1] in ("at", "from", "with") and lead[-2].lower() in _GROUP_WORDS \
                and (len(lead) == 2 or lead[-3].lower() in _DETERMINERS):
            return " ".join([*lead[-3 if len(lead) > 2 else -2:], m.group()])  # "Analysts at Morgan Stanley"
        if lead and lead[-1] in ("for", "to"):  # "a spokesperson for Ruiz", "an aide to Ruiz": who speaks for
            opens = [k for k in range(max(0, len(lead) - 5), len(lead) - 1) if lead[k].lower() in ("a", "an", "the")]
            if opens and _SPEAKS_FOR_NAME.fullmatch(" ".join([*lead[opens[-1]:], m.group()[:1]])):
                return " ".join([*lead[opens[-1]:], m.group()])
        start = m.start()
        prefix = text[:start].split()
        while prefix and (prefix[-1].lower() in OFFICE_TITLES or prefix[-1].lower() in INSTITUTION_WORDS
                          or prefix[-1].endswith(("'s", "\u2019s"))):
            prefix.pop()
        return " ".join([*text[:start].split()[len(prefix):], m.group()])
    words = text.split()
    if words and words[-1].lower() in PRONOUNS:
        return words[-1]
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        w = words[k].lower()
        if w in _DETERMINERS or (w != "all" and _QUANTIFIER.match(w + " ")):  # "another elderly man"
            if k >= 2 and words[k - 1].lower() in _SOURCE_LINKS and words[k - 2].isalpha() \
                    and words[k - 2].islower() and words[k - 2] not in _VERB_BASE:
                continue  # "two people familiar with the matter", "a source close to the talks": the source
            if k >= 2 and words[k - 1] in ("of", "in", "at", "from") and words[k - 2].lower() in _GROUP_WORDS:
                if k >= 3 and words[k - 3].lower() in _DETERMINERS:
                    continue  # "the relatives of the victims": the phrase the determiner opens
                return " ".join(words[k - 2:])  # "Relatives of the victims", "Officials in the office": the group
            return " ".join(words[k:]) if k < len(words) - 1 else ""
        if (w in _VERB_BASE or w in AUXILIARIES or w in STOPWORDS) and w not in ("of", "for", *_SOURCE_LINKS) \
                and not (k and words[k - 1].lower() in _DETERMINERS and w in _VERB_BASE):
            return ""  # a determiner phrase holds no verb: "The ministry responded by" ("the report": a noun)
    return ""


def _plural_body(name: str) -> bool:
    """Whether a body's name is a plural ("Police", "prosecutors", "the authorities"): one
    "they" stands for, not "it"."""
    head = fold(name.rsplit(" ", 1)[-1])
    return head in _GROUP_WORDS or head in PLURAL_BODIES or (head.endswith("s") and not head.endswith("ss"))


def _bare_group(text: str) -> _Speaker | None:
    """A group named without a determiner at the end of ``text``: "In the complaint,
    prosecutors", "federal prosecutors"; not part of a larger subject ("Mr. Trump's adoring fans")."""
    words = text.split()
    group = words[-3:]
    while group and not (group[0].isalpha() and group[0].islower()):
        group = group[1:]
    before = words[:len(words) - len(group)][-1:]
    if not group or group[-1] not in _GROUP_WORDS or (before and before[0][:1].isupper()):
        return None
    return _parse_speaker(" ".join(group))


# The word between a source and what it knows of: "familiar with the matter", "close to the talks".
_SOURCE_LINKS = frozenset("with to".split())


_DETERMINERS = frozenset("the a an his her its their".split())


def _gender_fits(name: str, pronoun: str) -> bool:
    """Whether a pronoun may stand for a name, as far as a courtesy title or a given name
    that is almost always one gender's tells ("Mrs. Ruiz", "Tom Reed"; not "Jordan Lee")."""
    if pronoun not in ("he", "she"):
        return True
    words = name.lower().replace(".", "").split()
    if not words:
        return True
    gender = _TITLE_GENDER.get(words[0])
    if gender is None and len(words) > 1:
        gender = _GIVEN_NAME_GENDER.get(words[0])
    return gender is None or gender == pronoun


class _People:
    """The people an article names, so that a speaker given as "Kirby", "he" or "the
    spokesman" is resolved to one person (the fullest name the article gives, and the role)."""

    def __init__(self, text: str):
        """``text``: the article with its quotations masked; a name someone says ("I'm a New
        Yorker") is not one of the people the story is about."""
        self.full: dict[str, str] = {}   # last name (folded) -> fullest name seen
        self.also: dict[str, str] = {}   # another word of a name (Lee of Lee Jung-mi) -> that name
        self.roles: dict[str, str] = {}  # fullest name -> first role seen
        self.offices: dict[str, str] = {}  # fullest name -> the office its title gives (Sen., Rep.)
        for m in _TITLED_NAME.finditer(text):
            words = _THEN_OFFICE.sub("", m.group()).split()
            owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), None)
            if owner is not None:  # "Mitt Romney's Medicare plan": the name ends at its owner
                words = [*words[:owner], _POSSESSIVE.sub("", words[owner])]
            words = _unrepeated(words)
            if len(words) > 1:
                name, role = _name_tail(" ".join(words)) or _split_name(words)
                appos = _APPOSITION.match(text, m.end()) if role is None and owner is None else None
                if appos and text[appos.end(1):appos.end(1) + 1] == "," and _role_head(appos.group(1)) in OFFICE_TITLES:
                    # "Tom Reyes, a police spokesman, ...": "the spokesman" later (the apposition whole)
                    role = _DETERMINER.sub("", appos.group(1))
                if " " in name:
                    self.add(name, role)

    def add(self, name: str, role: str | None) -> str:
        words = [w for w in name.split() if w.lower().strip(".") not in COURTESY_TITLES]
        while len(words) > 1 and (words[0].lower() in _OPENING_WORDS or words[0].lower() in _VERB_BASE):
            words = words[1:]  # "When Omar Vance", "Said Martin": a sentence's first word is no name
        if not words:
            return name
        key = fold(words[-1]).strip(".'\u2019s")
        known = self.full.get(key)
        if known is None or len(words) > len(known.split()):
            if known is not None and known in self.roles and not role:
                role = self.roles[known]
            self.full[key] = " ".join(words)
        full = self.full[key]
        for w in words[:-1]:
            self.also.setdefault(fold(w), full)
        if role and full not in self.roles:
            self.roles[full] = role
        title = name.split(" ", 1)[0].lower().rstrip(".")
        if title in COURTESY_TITLES and PHRASES.get(title + ".") in OFFICE_TITLES:
            self.offices.setdefault(full, PHRASES[title + "."])  # "Rep. Blake Farenthold": a representative
        return full

    def resolve(self, name: str) -> tuple[str, str | None]:
        words = [w for w in name.split() if w.lower().strip(".") not in COURTESY_TITLES]
        if not words:
            return name, None
        full = self.full.get(fold(words[-1]).strip(".'\u2019s")) or name
        longer = self.also.get(fold(words[-1])) if len(words) == 1 else None
        if longer and len(full.split()) <= 1 and self._a_person(longer):
            full = longer  # "Lee said" after "Chief Justice Lee Jung-mi", "Tesfaye" after "Tesfaye Alemu
            # Ghebreyesus": a name's first word (the family name, where it comes first), not "Lee" alone
        if len(full.split()) <= len(words):
            return name, self.roles.get(full)
        return full, self.roles.get(full)

    def _a_person(self, full: str) -> bool:
        """Whether a name the article gives whole is a person's: the fullest name it holds for
        its last word, two to four capitalised words, none in capitals, a common English word
        or a body's, a company's or an office's ("Lee Jung-mi", "Tesfaye Alemu Bekele";
        not "Fox News", "Microsoft Corp", "Obama Administration", a headline's "Mobile Confirms")."""
        words = full.split()
        return 2 <= len(words) <= 4 and self.full.get(fold(words[-1]).strip(".'\u2019s")) == full and all(
            w[:1].isupper() and not w.isupper() and fold(w).strip(".") not in INSTITUTION_WORDS
            and fold(w).strip(".") not in COMPANY_SUFFIXES and fold(w).strip(".") not in OFFICE_TITLES
            and fold(w).strip(".") not in ORGANIZATION_NOUNS and _zipf_table().get(w.lower(), 0.0) < COMMON_WORD_ZIPF
            for w in words)

    def may_be(self, name: str) -> bool:
        """Whether a name may be a person's: more than one word, a word the article uses in
        a longer name, or one that is no common English word ("Was", "Close", "Nearly") and
        no participle opening a sentence ("Reacting to the news, ...")."""
        if " " in name.strip():
            return True
        if name.lower() in INDEFINITE_PRONOUNS:  # "Nobody has the right to ..."
            return False
        key = fold(name).strip(".'\u2019s")
        return key in self.full or fold(name) in self.also or (
            _zipf_table().get(name.lower(), 0.0) < COMMON_WORD_ZIPF and not name.lower().endswith("ing"))

    def by_role(self, role: str) -> str | None:
        """The person last given a role with the same head noun ("the spokesman")."""
        head = _role_head(role)
        hits = [full for full, r in [*self.offices.items(), *self.roles.items()] if head and _role_head(r) == head]
        return hits[-1] if hits else None


def _another_role(known: str | None, description: str) -> bool:
    """Whether a person the article describes by what they are ("the striker", "a nurse")
    is no one an office describes ("the coach", "the mayor"): an office is another person's
    unless it is theirs (offices between themselves are left alone: "the leader" may be the
    president)."""
    if not known:
        return False
    head, theirs = _role_head(description), _role_head(known)
    return head != theirs and head in OFFICE_TITLES and theirs not in OFFICE_TITLES


def _role_head(role: str) -> str:
    """The noun a role is about: "spokeswoman for the ministry" -> "spokeswoman"; one word
    for the words of one office (ROLE_NAMES: "the four-term congressman" is "Rep. Smith")."""
    words = re.split(r" (?:for|of|at|to|in|with)\b", role.lower(), maxsplit=1)[0].split()
    head = words[-1].strip(".") if words else ""
    return _ROLE_NAME_OF.get(head, head)


def _introduces_block(sentence: str) -> bool:
    """Whether a paragraph's last sentence introduces a quotation after it: it ends on a colon
    and reports speech ("And Trump lashed out on Twitter, saying:", "Reed wrote:") or names
    what is quoted ("Read her full statement below:", "The letter reads:")."""
    if not sentence.rstrip().endswith(":") or _has_marks(sentence):
        return False
    return _VERB.search(sentence) is not None or _names_document(sentence)


def _names_document(sentence: str) -> bool:
    """Whether a line before a colon names a document last, owned or made definite: "the
    following statement on the arrest:", "Read her full letter below:", "the Academy's
    official release:" (not "news in brief:", "TF Metals Report:", "an article by ...
    provoked a debate:")."""
    words = sentence.rstrip(" :").split()
    for k in range(max(1, len(words) - 5), len(words)):
        if words[k].lower().strip(",.") in DOCUMENT_WORDS and len(" ".join(words[k + 1:])) <= 30:
            lead = [w.lower() for w in words[max(0, k - 3):k]]
            return any(w in ("the", "her", "his", "their", "its") or w.endswith(("'s", "\u2019s")) for w in lead)
    return False


def find_quotes(text: str, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every direct quotation in the article text, with its speaker where the text names one.

    The speaker is looked for around the quotation in its sentence (``"...," Kirby said``,
    ``said Kirby``, ``Kirby said: "..."``, ``John Smith, a spokesman, said``, ``..., saying``,
    ``according to``), then in the next sentence when the quotation ends its own with ? or !
    (``"Why now?" Collins asked.``). A pronoun is the person last named before it; a name is
    resolved to the fullest the article gives ("Kirby" -> "John Kirby"), with the role.
    A quotation that goes on in the next paragraph, or after ``X said,``, ``continues`` the
    one before; an unattributed quotation that opens its sentence continues its speaker.
    """
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.line, []).append(s)
    blocks = [g for g in paragraphs.values() if g[0].boilerplate is None]
    spans: list[tuple[int, int]] = []
    carried_from: dict[int, int] = {}  # span start -> start of the span it continues
    open_span: tuple[int, int] | None = None
    open_mark: str | None = None
    after_text: set[int] = set()  # sentences that open a paragraph right after one of article text
    blocks_quoted: set[int] = set()  # starts of paragraphs quoted whole, their marks lost
    for k, group in enumerate(blocks):
        if k and blocks[k - 1][-1].index == group[0].index - 1:
            after_text.add(group[0].index)
        nxt = blocks[k + 1][0].text.lstrip()[:1] if k + 1 < len(blocks) else ""
        lead = group[0].text.lstrip()[:1]
        resumed = open_mark if open_span is not None and lead not in _OPENERS else None
        found, left_open = _scan_quotes(text, group[0].start, group[-1].end, carried=nxt in _OPENERS,
                                        resumed=resumed)
        if open_span is not None and found and found[0][0] in (group[0].start + 1 + (
                len(group[0].text) - len(group[0].text.lstrip())), group[0].start if resumed else -1):
            carried_from[found[0][0]] = open_span[0]
        intro = sentences[group[0].index - 1] if group[0].index else None
        if intro is not None and intro.line != group[0].line and lead not in _OPENERS \
                and group[-1].end - group[0].start <= BLOCK_QUOTE_CHARS \
                and all(text[s - 1] in "'\u2018" for s, _ in found) and (
                    (intro.boilerplate is None and _introduces_block(intro.text))
                    or (intro.boilerplate == "label" and intro.text.rstrip().endswith(":")
                        and _names_document(intro.text))):
            # 'Trump lashed out on Twitter, saying:' or 'Read her full statement below:' (a line
            # set aside as a label) then a paragraph with no marks (but the single ones of a
            # quotation inside it): the post itself, its marks lost as a page's embedded posts
            # and block quotations lose them
            found = [(group[0].start, len(text[:group[-1].end].rstrip()))]
            blocks_quoted.add(group[0].start)
        open_span = found[-1] if left_open else None
        open_mark = text[open_span[0] - 1] if open_span is not None else None
        if open_mark not in _OPENERS:
            open_span = open_mark = None
        spans.extend(found)
    spans.sort()
    title_words: set[tuple[str, ...]] = set()  # the titles' words, as the copy holds them
    if titles := [(s, e) for s, e in spans if _names_a_work(text, s, e)]:
        # on NBC's "Meet the Press"; his memoir, "On Call": a title, no quotation; the
        # attribution is read from a copy that holds it in lower case, no name to take
        titled = set(titles)
        spans = [span for span in spans if span not in titled]
        pieces, pos = [], 0
        for s, e in titles:  # (the marks, at s - 1 and e, as spaces: the offsets hold)
            pieces += [text[pos:s - 1], " ", text[s:e].lower(), " "]
            title_words.add(_plain_words(text[s:e].lower()))
            pos = e + 1
        text = "".join(pieces) + text[pos:]
    ends = [e for _, e in spans]
    pieces, pos = [], 0
    for s in sentences:  # "Vicente Fox Slams Pena Nieto For Meeting Trump": no names to read there
        if s.boilerplate is None and _title_case(s.text):
            pieces += [text[pos:s.start], " " * (s.end - s.start)]  # blanked: the offsets hold
            pos = s.end
    people = _People(_mask_quotes("".join(pieces) + text[pos:], 0, len(text), spans, ends))
    seen: dict[int, tuple[_Speaker | None, _Speaker | None, _Speaker | None, _Speaker | None]] = {}
    # sentence -> its attribution, if it is only one; who speaks, if it reports speech
    alone: dict[int, tuple[tuple[_Speaker, str] | None, tuple[_Speaker, str] | None]] = {}
    said_at_end: dict[int, _Speaker | None] = {}  # sentence -> who its closing ", officials said." names

    def persons(k: int) -> tuple[_Speaker | None, _Speaker | None]:
        """Sentence k's subject and the last person it names (each a person, or None)."""
        return read(k)[:2]

    def closing(j: int) -> _Speaker | None:
        """Who sentence j's closing attribution names: "Two soldiers were killed, officials
        said.", "..., President Salva Kiir said." (each sentence read once)."""
        if j not in said_at_end:
            masked = _mask_quotes(text, sentences[j].start, sentences[j].end, spans, ends)
            said = _after_attribution(masked[masked.rindex(",") + 1:]) if _SAID_AT_END.search(masked) else None
            said_at_end[j] = said[0] if said is not None else None
        return said_at_end[j]

    def body(k: int, pronoun: str) -> tuple[int, str] | None:
        """The nearest sentence before k whose subject is a body, not a person ("The
        ministry said ...", "Prosecutors said ..."), and that body: what "it" and "they"
        stand for when no quotation before is nearer ("it" no body named in the plural:
        "Police arrived ... It described" is not the police)."""
        for j in range(k - 1, max(-1, k - PRONOUN_REACH - 1), -1):
            for spk in (closing(j), read(j)[2]):
                if spk is not None and not spk.person and not spk.pronoun \
                        and not (pronoun == "it" and _plural_body(spk.name)):
                    return j, spk.name
        return None

    def read(k: int) -> tuple[_Speaker | None, _Speaker | None, _Speaker | None, _Speaker | None]:
        """Sentence k's subject if a person, the last person it names, its subject, and the
        person its closing attribution names (", President Salva Kiir said.")."""
        if k not in seen:
            s = sentences[k]
            masked = _mask_quotes(text, s.start, s.end, spans, ends) if s.boilerplate is None else ""
            subject = _subject(masked) if masked else None
            if subject is not None and k == 0 and " " not in subject.name and fold(subject.name) not in people.full \
                    and not s.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
                subject = None  # a headline's "Flood hits town": a word in capitals, no one the story names
            head = subject.name.rsplit(" ", 1)[-1].lower() if subject is not None else ""
            if subject is not None and not people.may_be(subject.name) and not (
                    subject.pronoun and head in OFFICE_TITLES) and not (
                    not subject.person and not subject.pronoun and (head in INSTITUTION_WORDS or head in _GROUP_WORDS)):
                subject = None  # "Was supposed to leave ...": a capital that opens a sentence (not
                # "The president ...", a role the pronouns after it may stand for; not "The union
                # rejected ...", "Police arrived ...": a body "it" or "they" stands for)
            # "Whatever Khartoum says is baseless, President Salva Kiir said.": his sentence
            said = closing(k) if masked else None
            said = said if said is not None and said.person and people.may_be(said.name) else None
            named = next((p for name, p in reversed(_persons_named(masked))  # a full name, or a given
                          if " " in name or fold(name) in GIVEN_NAMES_HE or fold(name) in GIVEN_NAMES_SHE), None)
            # one alone ("her husband, Tom,")
            seen[k] = (subject if subject is not None and subject.person else None, named, subject, said)
        return seen[k]

    def referent(k: int, pronoun: str) -> str | None:
        """The person a pronoun or a definite description in sentence k stands for: the
        subject of the nearest sentence before it that names a person, else the last person
        that sentence names; or the last person quoted, if nearer; or, when that sentence's
        subject is a role ("The president ..."), the person so described."""
        for j in range(k - 1, max(-1, k - PRONOUN_REACH - 1), -1):
            if last_person and last_person[0] >= j and _gender_fits(last_person[1], pronoun):
                return last_person[1]
            subject, named, raw, closer = read(j)
            for p in (closer or subject, named):
                # (as named here, "Ms. Mendes", and as the article names them whole: "Reed" is
                # Tom Reed, no "she")
                if p is not None and _gender_fits(p.name, pronoun) \
                        and _gender_fits(people.resolve(p.name)[0], pronoun):
                    return people.add(p.name, p.role)
            # "The president stepped in on Friday. The next day, he clarified ...": the one so
            # described (when the article gave someone that role), not someone named further back
            if pronoun in PRONOUNS and raw is not None and raw.pronoun and raw.name not in PRONOUNS \
                    and raw.name.rsplit(" ", 1)[-1].lower() in OFFICE_TITLES \
                    and (who := people.by_role(raw.name)) is not None:
                return who
        return last_person[1] if last_person and k - last_person[0] <= PRONOUN_REACH else None

    quotes: list[Quote] = []
    by_start: dict[int, int] = {}
    last_person: tuple[int, str] | None = None  # (sentence, name) of the last person quoted
    span_starts = [s for s, _ in spans]
    for q_start, q_end in spans:
        first = max(0, bisect.bisect_right(starts, q_start) - 1)
        last = max(0, bisect.bisect_right(starts, max(q_start, q_end - 1)) - 1)
        s_start, s_end = sentences[first].start, sentences[last].end
        block = q_start in blocks_quoted  # attributed by the paragraph before it only
        crowded = block or (bisect.bisect_left(span_starts, s_end) - bisect.bisect_left(span_starts, s_start)
                            > QUOTES_PER_SENTENCE)
        before = "" if crowded else _mask_quotes(text, s_start, q_start - 1, spans, ends)
        after = "" if crowded else _mask_quotes(text, min(q_end + _close_width(text, q_end), s_end), s_end, spans, ends)
        whole = "" if crowded else _mask_quotes(text, s_start, s_end, spans, ends)
        found = None
        if not crowded:
            after_first = after.split(_QUOTE_PLACEHOLDER, 1)[0]
            if _NEW_CLAUSE.match(after_first):  # '... would "rebuild," and Reed agreed': the verb before
                found = _before_attribution(before, whole) or _after_attribution(after_first)
            else:
                found = _after_attribution(after_first) or _before_attribution(before, whole)
            if found is None and _QUOTE_PLACEHOLDER in after and not _VERB.search(after_first):
                # '"...," James Swanson, co-author of "Bettie Page," said': a title in the apposition
                found = _after_attribution(after.replace(_QUOTE_PLACEHOLDER, "it", 1).split(_QUOTE_PLACEHOLDER, 1)[0])
                found = (found[0]._replace(role=None), found[1]) if found else None  # the role quotes a title
        end_mark = text[q_end - 1:q_end]
        if found is None and not block and end_mark in "?!.\u2026" and not after.strip(" \t\"'\u201d\u2019)") \
                and last + 1 < len(sentences) and sentences[last + 1].boilerplate is None:
            # the quotation ends its sentence; the next may attribute it ('"...?" Collins asked';
            # a quotation trailing off, '"If only ..." Hale said', as a question does)
            if end_mark != "." or text.endswith("...", 0, q_end):
                nxt = sentences[last + 1].text
                clause = nxt.split(",", 1)[0]  # '"Why now?" Collins asked.'; '"...?" Mr. Trump was quoted as
                if len(nxt.split()) <= 12 or len(clause.split()) <= 8:  # saying, playing peacemaker ...'
                    found = _after_attribution(nxt if len(nxt.split()) <= 12 else clause)
            elif sentences[last + 1].line == sentences[last].line:
                # '"...in foreign courts." Obama wrote in a letter delivered Tuesday.': a full stop
                # for the comma, then the attribution alone (a name, its verb, where or when only)
                nxt = _mask_quotes(text, sentences[last + 1].start, sentences[last + 1].end, spans, ends)
                alone_after = _SAID_WHERE.match(nxt)
                if (alone_after and alone_after.group(1) in _TOLD_FORMS) or _SIGNED.match(nxt) \
                        or _HOW_SAID.match(nxt.lstrip()):  # ('"..." That was the message from Ana Ruiz.')
                    found = _after_attribution(nxt)  # ('"The water rose too fast." \u2014 Dana Hill, resident')
        if found is None and not block and end_mark == "," and not after.strip(" \t\"'\u201d\u2019)") \
                and last + 1 < len(sentences) and sentences[last + 1].boilerplate is None:
            # '"The water rose too fast,"' then, in the next paragraph, 'Benson said.': a comma
            # ends a quotation only where its attribution follows (a page that broke the line)
            nxt = _mask_quotes(text, sentences[last + 1].start, sentences[last + 1].end, spans, ends)
            alone_after = _SAID_WHERE.match(nxt)
            if alone_after and alone_after.group(1) in _TOLD_FORMS:
                found = _after_attribution(nxt)
        if found is None and not crowded:
            m = _PARTICIPLE_AFTER.match(("," if text[q_end - 1:q_end] == "," else "") + after)
            m = m if m and m.group(1) in _PARTICIPLES else None
            spk = _subject(whole) if m else None
            if spk is not None and spk.person:  # 'Smith defended his "plain talk," saying ...'
                found = (spk, m.group(1))
        if found is None and not before.strip(" \t\"'\u201c\u2018") and (first in after_text or (
                first and sentences[first - 1].line == sentences[first].line
                and sentences[first - 1].boilerplate is None
                and not (quotes and quotes[-1].end > sentences[first - 1].start))):
            intro = sentences[first - 1]  # 'Trump responded in a statement:' then the quotation;
            # '..., spokesman Tom Reed said. "..."' in one paragraph or the next
            masked = _mask_quotes(text, intro.start, intro.end, spans, ends)
            spk = _subject(masked) if masked.rstrip().endswith(":") else None
            verb_in = list(_VERB.finditer(masked)) if spk is not None else []
            if spk is not None:
                found = (spk, verb_in[-1].group() if verb_in else None)
            elif _SAID_AT_END.search(masked):  # "..., officials said." then a quotation: theirs
                comma = len(masked)  # the words after the last comma, else after the one before
                # (", the mayor, Ann Ruiz, told the Gazette."), when no quotation there speaks
                for _ in range(1 if quotes and quotes[-1].end > intro.start else 3):
                    comma = masked.rfind(",", 0, comma)
                    if comma < 0:
                        break
                    spoke = _after_attribution(masked[comma + 1:])
                    found = found if spoke is None or (found and not spoke[0].person) else spoke
                    if found is not None and found[0].person:  # not the role of "Bob Hugin, a
                        break  # candidate for Senate, said": the person
        if found is None and first and not crowded and not before.strip(" \t\"'\u201c\u2018") \
                and sentences[first - 1].boilerplate is None:
            # 'Trump noted in a tweet on Wednesday.' then the quotation (each sentence read once);
            # 'Cole said the search would go on.' then one with no attribution of its own after it
            if first - 1 not in alone:
                intro = sentences[first - 1]
                masked = _mask_quotes(text, intro.start, intro.end, spans, ends)
                alone[first - 1] = (_attribution_alone(masked), _reported_intro(masked))
            short, reported = alone[first - 1]
            found = short or (reported if not _VERB.search(after) else None)
            if found is None and sentences[first - 1].line == sentences[first].line \
                    and not after.strip(" \t\"'\u201d\u2019)") \
                    and not (quotes and quotes[-1].end > paragraphs[sentences[first].line][0].start):
                # 'Ruiz shook her head. "We were never told."': the one who acts, in its paragraph
                # (after a quotation in the paragraph, its speaker goes on: one paragraph, one voice)
                found = _acting_intro(_mask_quotes(text, sentences[first - 1].start, sentences[first - 1].end,
                                                   spans, ends))
                if found is not None and _THIRD_PERSON.search(text, q_start, q_end):
                    found = None  # '"She would never do this."': someone speaking of them
        if found is None and block and (owner := _OWNER_WORD.search(sentences[first - 1].text)):
            # "Read her full letter below:": the one "her" stands for
            found = (_Speaker(_PRONOUN_OF[owner.group(1).lower()], None, False, True), None)
        if found and found[0].person and not people.may_be(found[0].name) \
                and not (found[0].name in " ".join(after.split()[:3]) and found[0].name[:1].isupper()):
            # (a common word as a name right after the quotation is one: '"...," Park said')
            # "Close to three dozen Democrats signed a letter from Peter Welch ..., calling":
            # a participle's speaker is then the first person the words before it name
            other = next((p for _, p in _persons_named(before) if people.may_be(p.name)), None) \
                if found[1] in _PARTICIPLES else None
            found = (other, found[1]) if other else None
        speaker = verb = full = role = None
        inferred = False
        if found:
            spk, verb = found
            inferred = spk.pronoun
            if spk.pronoun and spk.name in ("they", "we", "it"):
                said = body(first, spk.name)  # "The ministry said ... '...,' it said"; "Prosecutors ... they wrote"
                prev = quotes[-1] if quotes and quotes[-1].speaker else None
                if prev is not None and spk.name == "it" and not (_a_body(prev.speaker) or (
                        said is None and " " not in prev.speaker and not prev.inferred)):
                    # "it" is no person: a body's quotation ("'...,' the Navy Seal unit said. It
                    # added:"), or, no body named, a one-word name's ("TallGrass issued a statement")
                    prev = None
                if prev and (said is None or prev.sentence >= said[0]):  # the last speaker, often a body
                    speaker, full, role = prev.said_by
                elif said:
                    speaker = full = said[1]
            elif spk.pronoun:  # he, she, I, "the 71-year-old": the person last named
                who = people.by_role(spk.name) if spk.name not in PRONOUNS else None
                subject = persons(first)[0] if spk.name in PRONOUNS else None
                if who is None and subject is not None and _gender_fits(subject.name, spk.name):
                    who = people.add(subject.name, subject.role)  # "Ryan hammered Obama for what he called"
                if who is None and (spk.name in PRONOUNS or (_role_head(spk.name) not in _SPEAKING_ROLES
                                                             and not _OWNED_ROLE.search(spk.name))):
                    # "the spokesman" is one so described, or no one named; "the church's minister",
                    # a role of someone's, is no one named before unless so described
                    who = referent(first, spk.name)
                    if who and spk.name not in PRONOUNS and _another_role(people.resolve(who)[1], spk.name):
                        who = None  # "The striker, Leo Mensah, ... the coach said": not the striker
                if who:
                    full, role = people.resolve(who)
                    speaker = full
                    if spk.name not in PRONOUNS:
                        role = spk.name
                elif spk.name not in PRONOUNS:  # "the president", with no one named before
                    speaker = spk.name
            elif spk.person:
                people.add(spk.name, spk.role)
                speaker = spk.name
                full, role = people.resolve(spk.name)
                role = spk.role or role
            elif (head := spk.name.rsplit(" ", 1)[-1]).lower() in DOCUMENT_WORDS and quotes \
                    and quotes[-1].speaker_full and first - bisect.bisect_right(starts, quotes[-1].end - 1) <= 1 \
                    and re.search(rf"\b{re.escape(head)}\b", text[quotes[-1].end:q_start], re.I):
                # "Trump said in a statement. ... the statement continued": the one who issued it
                speaker, full, role = quotes[-1].said_by
                inferred = True
            elif head.lower() in DOCUMENT_WORDS and " " not in spk.name \
                    and re.search(rf"\b(?:the|this|that) {re.escape(head)}\b", whole, re.I) \
                    and first and (issuer := read(first - 1)[2]) is not None and not issuer.pronoun \
                    and (not issuer.person or re.search(rf"\b{re.escape(head)}\b", sentences[first - 1].text, re.I)):
                # "The ministry said the strike hit a depot. '...,' the statement said": the ministry's;
                # a person's only when that sentence names the document ("Trump issued a statement.")
                speaker = full = issuer.name
                inferred = True
                if issuer.person:
                    people.add(issuer.name, issuer.role)
                    full, role = people.resolve(issuer.name)
            elif head.lower() in DOCUMENT_WORDS and " " not in spk.name \
                    and re.search(rf"\b(?:his|her|their|(?:deleted|removed|posted|sent|wrote|published|issued"
                                  rf"|retracted|withdrew) the) {re.escape(head)}, (?:which|that)\b", whole, re.I) \
                    and (owner := read(first)[2]) is not None and owner.person:
                # "Reyes later deleted the tweet, which had said ...", "her letter, which said": the
                # subject's own document (not "Reyes criticized the report, which said")
                people.add(owner.name, owner.role)
                speaker = owner.name
                full, role = people.resolve(owner.name)
                inferred = True
            else:  # an institution, or a role newly introduced ("a senior police chief")
                speaker = spk.name
                said = body(first, spk.name) if spk.name.islower() and " " not in spk.name else None
                if said is not None and _stands_for(spk.name, said[1]):
                    full = said[1]  # "Acme Corp said ... '...,' the company said": Acme Corp
        continues = None
        if q_start in carried_from and carried_from[q_start] in by_start:
            continues = by_start[carried_from[q_start]]
        elif quotes and quotes[-1].sentence == first and (speaker or quotes[-1].speaker) and \
                _words_between(text[quotes[-1].end + 1:q_start - 1]) <= 8 and \
                _VERB.search(text[quotes[-1].end + 1:q_start - 1]):
            continues = len(quotes) - 1  # "...," Kirby said, "..."
        if speaker is None and quotes:
            prev = quotes[-1]
            opens = not before.strip(" \t\"'\u201c\u2018(\u2014-")
            prev_last = max(0, bisect.bisect_right(starts, max(prev.start, prev.end - 1)) - 1)
            if prev.speaker and (continues is not None or (opens and first - prev_last <= 2)):
                (speaker, full, role), verb, inferred = prev.said_by, None, True
        if speaker is None and quotes and quotes[-1].speaker and quotes[-1].sentence == first and (
                _LISTED_WITH.fullmatch(text, quotes[-1].end, q_start) or (
                    found is None and not _VERB.search(text, quotes[-1].end, q_start)
                    and not _persons_named(text[quotes[-1].end + 1:q_start - 1]))):
            # called it "reckless" and "unfair"; said that they were "..." because their
            # parents "...": one attribution, in one sentence, for what no one else says
            (speaker, full, role), verb, inferred = quotes[-1].said_by, quotes[-1].verb, quotes[-1].inferred
        if speaker is None and continues is None and found is None and _title_or_term(text[q_start:q_end]):
            continue
        role = _clean_role(role)  # as every quotation it is given to holds it
        if title_words and _holds_a_title(f"{speaker} {role}", title_words):
            # ("Jo Ruiz, co-author of "Bettie: A Life," said"; "argued a "White Paper" produced
            # for ...": a role, or a speaker, that quotes a title is left unsaid)
            role = None
            if speaker and _holds_a_title(speaker, title_words):
                speaker = full = None
        if continues is not None and speaker and quotes[continues].speaker is None:
            c = quotes[continues]  # the attribution came after the second part
            quotes[continues] = replace(c, speaker=speaker, speaker_full=full, speaker_role=role, inferred=inferred)
        elif found and speaker and quotes and quotes[-1].sentence == first and quotes[-1].speaker is None \
                and _JOINED_BY.fullmatch(text, quotes[-1].end, q_start):
            # '"It was a hard year" but "we are ready," Wu said': one attribution for both
            quotes[-1] = replace(quotes[-1], speaker=speaker, verb=verb, speaker_full=full, speaker_role=role,
                                 inferred=inferred)
        if full and (" " in full or (found and (found[0].person or found[0].pronoun))):
            last_person = (last, full)  # the sentence the quotation (and so its attribution) ends in
        by_start[q_start] = len(quotes)
        quotes.append(Quote(q_start, q_end, text[q_start:q_end], first, speaker, verb,
                            full or speaker, role, continues, inferred))
    return quotes


_PARTY_TAG = _Lazy(rf"{_PARTY_STATE}|(?:[A-Z][a-z]?\.){{1,3}}")  # "D-Va.", "R-S.C.", "N.Y."
# The conjunction that opens a sentence, before a name or a role: "But Cornyn said".
_OPENING_CONJUNCTION = _Lazy(r"^(?:[Bb]ut|[Aa]nd|[Oo]r|[Yy]et) (?=\S)")
# A time, no one who speaks: "a month ago", "the week ahead".
_AGO = _Lazy(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|\d+) )?(?:[a-z]+ )?(?:day|days|week|weeks|month|months"
             r"|year|years)(?: ago| later| earlier| before| after)?(?: [a-z]+){0,2}")
# A compound that modifies a noun ("Obama-era", "Republican-led", "Post-Iraq") or a party and
# state tag: never a speaker's name.
_NO_NAME = _Lazy(r"(?:[\w'\u2019.]+ )?[\w'\u2019.]+-(?i:era|led|based|backed|style|born|owned|run|linked|allied|funded"
                 r"|made|inspired|controlled|dominated|affiliated|aligned|sponsored|supported|friendly|leaning)"
                 r"|(?i:post|pre|anti|pro|non|mid)-[\w'\u2019.-]+|" + _PARTY_STATE)


def _clean_role(role: str | None) -> str | None:
    """A role as the JSON gives it: not a party and state tag ("D-Va."), a place
    ("Afghanistan"), or a time ("Sunday night") that the words around a name left there, nor
    the conjunction that opened its sentence ("But Colorado Attorney General")."""
    role = _OPENING_CONJUNCTION.sub("", (role or "").strip(" ,;:"))
    role = _RELATIVE_TAIL.sub("", role)  # "vocal supporter of reform who has sponsored ...": the supporter
    if not role or _PARTY_TAG.fullmatch(role) or fold(role) in _PLACES or role.split()[0].lower() in WEEKDAYS \
            or _CIRCUMSTANCE.match(role) or role.lower() in LINKING_ADVERBIALS \
            or role.split()[0] in ("who", "whose", "which", "that"):  # (not "WHO chief")
        return None  # ("Berg, for his part, said"; "Berg, who is running again, said")
    return role


# A relative clause that ends a role: what they did, not who they are.
_RELATIVE_TAIL = _Lazy(r",? (?:who|whose|which) .*$")
# A participle and the words it governs: how someone spoke, not who they are ("Patel,
# speaking from Geneva, said"; "reached by phone"; "asked whether ..."), unlike "acting
# director" or "retired general", where a noun follows.
_CIRCUMSTANCE = _Lazy(r"[a-z]+(?:ed|ing) (?:about|after|alongside|at|before|beside|by|during|for|from|if|in|near"
                      r"|on|outside|over|to|via|whether|while|with)\b")


def _a_body(name: str) -> bool:
    """Whether a speaker's name is a body's, not a person's: it ends in a common noun or an
    institution's word ("the Thai Navy Seal unit", "Interior Ministry")."""
    last = name.rsplit(" ", 1)[-1]
    return last.islower() or fold(last) in INSTITUTION_WORDS


def _stands_for(noun: str, body: str) -> bool:
    """Whether "the <noun>" may stand for the body an article named before it: the body's
    own words hold the noun ("the ministry": "Russia's foreign ministry"), or the noun is an
    organisation's (ORGANIZATION_NOUNS: "the company") and the body has a name of its own
    ("Acme Corp", "Boeing"), not a government's ("the Interior Ministry")."""
    words = [fold(w).strip(".'\u2019") for w in body.split()]
    if noun in words:
        return True
    return noun in ORGANIZATION_NOUNS and body[:1].isupper() and (
        words[-1] in ORGANIZATION_NOUNS or words[-1] in COMPANY_SUFFIXES or words[-1] not in INSTITUTION_WORDS)


def _title_or_term(quoted: str) -> bool:
    """A title or a term in quotation marks ("Parasite", "Once Upon a Time in Hollywood",
    a scare-quoted "reform"), not a quotation: short, or every word capitalised."""
    words = quoted.strip(" ,.;:!?").split()
    if len(words) < MIN_QUOTE_WORDS_UNATTRIBUTED:
        return True
    return len(words) <= 12 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS
                                    for w in words)


# A word of four letters or more that opens in lower case: then a line is no Title Case (a
# fast test, exact: a word opening in another script's lower case is left to the full one).
_LOWER_WORD = _Lazy(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]{3}")


def _names_a_work(text: str, start: int, end: int) -> bool:
    """A title in quotation marks inside reporting (said on NBC's "Meet the Press"; his memoir,
    "On Call"; the "Defeat ISIS" coalition): two to twelve words, two or more of them
    capitalised and the rest small words, right after a possessive or a word of TITLE_BEFORE.
    Spoken words that happen to be capitalised follow a verb or a colon, or open the sentence."""
    words = text[start:end].strip(" ,.;:!?").split()
    if not 2 <= len(words) <= 12 or sum(w[:1].isupper() for w in words) < 2 \
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    before = text[max(0, start - 40):start].rstrip(" \"'\u201c\u2018").rstrip(",")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return last.endswith(("'s", "\u2019s")) or last.lower() in TITLE_BEFORE


def _plain_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in (w.strip(" ,.;:!?\"'") for w in text.split()) if w)


def _holds_a_title(phrase: str, titles: set[tuple[str, ...]]) -> bool:
    """Whether a phrase holds the words of one of the titles, in order: each run of two to
    twelve of its words looked up (not each title searched for: a page of a thousand titles
    costs what its phrases do)."""
    words = _plain_words(phrase)
    return any(words[i:j] in titles for i in range(len(words)) for j in range(i + 2, min(len(words), i + 12) + 1))


def _title_case(line: str) -> bool:
    """Whether a line is written in Title Case (a headline): four or more words, and every
    word of four letters or more capitalised."""
    if _LOWER_WORD.search(line):
        return False  # most lines: a word of four letters in lower case
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 4 and len(long) >= 2 and all(w[0].isupper() for w in long)


def _close_width(text: str, at: int) -> int:
    """The characters of the mark that closes a quotation at ``at``: one, or the two
    apostrophes typewritten copy closes a double mark with ('... connection'' to')."""
    return 2 if text.startswith("''", at) else 1


def _mask_quotes(text: str, start: int, end: int, spans: Sequence[tuple[int, int]],
                 ends: Sequence[int] | None = None) -> str:
    """text[start:end] with every quotation in it replaced by a placeholder. The spans do
    not overlap, so their ends are sorted too: only those inside are visited."""
    if end <= start:
        return ""
    out, pos = [], start
    k = bisect.bisect_left(ends if ends is not None else [e for _, e in spans], start)
    while k < len(spans) and spans[k][0] <= end:
        s, e = spans[k]
        k += 1
        if s - 1 > pos:
            out.append(text[pos:s - 1])
        out.append(_QUOTE_PLACEHOLDER)
        pos = max(pos, e + _close_width(text, e))
    if pos < end:
        out.append(text[pos:end])
    return "".join(out)


_SURROGATE = _Lazy("[\ud800-\udfff]")


def parse_article(path: str, text: str) -> Article:
    """Split, set aside boilerplate and find quotations: the article as the aligner sees it.

    A Markdown file (.md) is read through a copy with its markup blanked (_markdown_view):
    headings, emphasis, links and images read as their text, offsets still into ``text``."""
    if _SURROGATE.search(text):
        raise ArticleError(path, "contains lone surrogate code points, which are not text")
    view = _markdown_view(text) if Path(path).suffix.lower() == ".md" else None
    read = text if view is None else view
    spans = split_sentences(read)
    if not spans:
        raise ArticleError(path, "has no sentences")
    reasons = mark_boilerplate(read, spans)
    sentences = tuple(
        Sentence(i, s, e, read[s:e], p, line, reason)
        for i, ((s, e, p, line), reason) in enumerate(zip(spans, reasons)))
    head = _headline(read, sentences)
    if head is not None:  # a section label before the headline is page furniture, a name after it the byline
        sentences = tuple(replace(s, boilerplate="section label")
                          if s.index < head and s.boilerplate is None else s for s in sentences)
        after = next((s for s in sentences[head + 1:] if s.boilerplate is None), None)
        if after is not None and _BYLINE_NAME.fullmatch(after.text.strip()):
            sentences = tuple(replace(s, boilerplate="byline") if s is after else s for s in sentences)
    # Below the headline, a line of a few words with no closing mark, standing alone, is a
    # subheading, a caption or a label ("Longest-serving prime minister", "Berlin police
    # inspect scene"): article text ends its sentences.
    alone = {line for line, count in Counter(s.line for s in sentences).items() if count == 1}
    sentences = tuple(
        replace(s, boilerplate="subheading")
        if s.boilerplate is None and s.index > (head if head is not None else 0) and s.line in alone
        and len(s.text.split()) <= SUBHEADING_WORDS and s.text.rstrip()[-1:] not in _TERMINAL + ",\u2014-"
        and not _quote_in(s.text) and not _LIST_MARKER.match(s.text) else s
        for s in sentences)
    quotes = tuple(find_quotes(read, sentences))
    if head is not None:
        title = " ".join(sentences[head].text.split())
    else:  # no headline: the file's name and the article's first words
        first = next((s.text for s in sentences if s.boilerplate is None), "")
        words = first.split()
        opening = " ".join(words[:UNTITLED_WORDS]) + ("\u2026" if len(words) > UNTITLED_WORDS else "")
        name = Path(path).stem if path not in ("-", "<stdin>") else path
        title = f"{name}: {opening}" if opening else name
    if view is not None:  # the items keep the source's own text
        sentences = tuple(replace(s, text=text[s.start:s.end]) for s in sentences)
        quotes = tuple(replace(q, text=text[q.start:q.end]) for q in quotes)
    return Article(path, text, title, sentences, quotes, head, view=view)


# Markdown markup, blanked to spaces of the same length by _markdown_view: the groups
# named "m" are markup, the rest is text.
_MD_MARKUP = _Lazy(
    r"(?m)^(?P<m1>[ \t]{0,3}#{1,6}[ \t]+)"            # a heading's hashes
    r"|(?P<m2>[ \t]+#+[ \t]*)$"                       # closing hashes
    r"|^(?P<m3>[ \t]{0,3}>[ \t]?)"                     # a block quote's mark
    r"|^(?P<m4>[ \t]{0,3}(?:[-*_][ \t]*){3,})$"        # a rule
    r"|(?P<m9>!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\))"  # an image, its alt text too: a caption
    r"|(?P<m5>\[)(?=[^\]\n]{0,300}\]\()"                # a link's opening bracket (text bounded:
    r"|(?P<m6>\]\([^)\n]{0,2000}\))"                     # and its address; else '[[[...' is quadratic)
    r"|(?P<m7>\*\*|__|~~|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])|`+)"  # emphasis, code
    r"|(?P<m8><[a-zA-Z/][^>\n]{0,200}>)")                # an inline HTML tag


def _markdown_view(text: str) -> str:
    """``text`` with its Markdown markup replaced by spaces, every offset kept."""
    return _MD_MARKUP.sub(lambda m: " " * (m.end() - m.start()), text)


# ---------------------------------------------------------------------------
# Similarity: what an editor would call the same fact
# ---------------------------------------------------------------------------

class Token(NamedTuple):
    """A word of a sentence: offsets relative to the sentence, and its matching key.

    A named tuple, not a dataclass: a long text makes millions of them.
    """

    start: int
    end: int
    key: str
    kind: str  # word, name, number, date, weak, stop


Span = tuple[int, int, str, str]  # a Token as a plain tuple: (start, end, key, kind)


class _cached:
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read:
    a profile is read once or twice, and the similarity makes one for every new sentence."""

    def __init__(self, func):
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True, eq=False)
class Profile:
    """What the similarity reads of one sentence (compared by identity: it is a cache key).

    Its tokens are kept as plain tuples, which Python's garbage collector stops tracking
    once they have survived a collection; named tuples it tracks for good, and a cache of
    profiles made every full collection walk them all. ``content`` makes Tokens when read.
    """

    tokens: tuple[Span, ...]  # every token, as a plain tuple
    negated: bool  # it has a negation cue
    units: tuple[tuple[str, str], ...] = ()  # (number, the word it counts) e.g. ("20", "peopl")
    poles: frozenset[tuple[int, int]] = frozenset()  # (ANTONYMS row, side) of its words
    when: frozenset[str] = frozenset()  # the weekdays, months and days of the month it names
    negates: frozenset[str] = frozenset()  # the content keys a negation reaches
    lowered: tuple[str, ...] = ()  # the keys of words it writes in lower case (a tuple: small)

    @_cached
    def spans(self) -> tuple[Span, ...]:
        """Its tokens that carry content (not function words), as plain tuples."""
        return tuple([t for t in self.tokens if t[3] != "stop" and t[2]])

    @_cached
    def content(self) -> tuple[Token, ...]:
        """Its content tokens as Tokens."""
        return tuple(map(Token._make, self.spans))

    @_cached
    def claims(self) -> bool:
        """Whether it says anything besides names ("Who is Jihadi John?" does not)."""
        return any(kind not in _NAME_KINDS for _, _, _, kind in self.spans)

    @_cached
    def kinds(self) -> dict[str, str]:
        """Content keys and their kind, in order of appearance (the last kind seen wins)."""
        return {key: kind for _, _, key, kind in self.spans}

    @_cached
    def figures(self) -> _Figures:
        """Its numbers' keys, with the roundings of its decimals (_Figures)."""
        return _Figures(k for k, kind in self.kinds.items() if kind == "number")

    @_cached
    def places(self) -> frozenset[str]:
        """The countries and continents it names (keys of DEMONYMS' countries)."""
        if _COUNTRY_KEYS.isdisjoint(self.kinds):
            return _NO_PLACES  # shared: most sentences name none
        return _COUNTRY_KEYS.intersection(self.kinds)

    @_cached
    def durations(self) -> frozenset[tuple[str, str, str]]:
        """(figure, unit, what) of each span of time it gives of a thing: "25 years in
        prison", "prison for up to 29 years", "four years of negotiations" (DURATION_NOUNS).
        "Years" alone counts too common a thing to say two figures tell one fact; years of
        one named thing do."""
        toks = self.tokens
        if _DURATION_KEYS.isdisjoint(self.kinds):
            return _NO_DURATIONS
        out = set()
        for k, (_, _, key, kind) in enumerate(toks[:-1]):
            if kind != "number" or toks[k + 1][2] not in _DURATION_KEYS:
                continue
            what, at = "", k + 2  # "25 years in prison", "four years of the talks"
            if at < len(toks) and toks[at][2] in _DURATION_OF:
                at += 1 + (at + 1 < len(toks) and toks[at + 1][2] in _ARTICLE_KEYS)
                if at < len(toks) and toks[at][3] == "word":
                    what = toks[at][2]
            back = k - 1  # "prison for up to 29 years"
            while back > 0 and k - back <= 3 and toks[back][2] in _BOUND_KEYS:
                back -= 1
            if not what and back > 0 and toks[back][2] == "for" and toks[back - 1][3] == "word":
                what = toks[back - 1][2]
            if what:
                out.add((key, toks[k + 1][2], what))
        return frozenset(out) or _NO_DURATIONS

    @_cached
    def counts(self) -> dict[str, frozenset[tuple[str, bool]]]:
        """What its figures count, each with its figures, marked whether ordinal: the word
        of ``units`` ("aftershock") or a span of time of a thing ("year prison")."""
        out: dict[str, set[tuple[str, bool]]] = {}
        for n, thing in (*self.units, *((n, f"{u} {w}") for n, u, w in self.durations)):
            if thing:
                out.setdefault(thing, set()).add((n, bool(_ORDINAL.fullmatch(n))))
        return {thing: frozenset(ns) for thing, ns in out.items()}

    @_cached
    def spellable(self) -> tuple[str, ...]:
        """Its keys that may be spelling variants of another's (not numbers or dates)."""
        return tuple([k for k, kind in self.kinds.items() if len(k) >= 3 and kind not in _FIXED_KINDS])


_NAME_KINDS = frozenset(["name", "weak"])
_NO_PLACES: frozenset[str] = frozenset()
_NO_DURATIONS: frozenset[tuple[str, str, str]] = frozenset()


# -- keys: a word as matching reads it (folded, stemmed, aliased) ---------

_TOKEN = _Lazy(
    r"\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th)?"           # 17,000  5.25%  9/11  1st
    r"|(?:[^\W\d_]\.){2,}"                           # U.S.  U.N.
    r"|[^\W\d_]+(?:[-\u2010\u2011'\u2019][^\W\d_]+)*"  # words, cease-fire, Russia's
)
_CAMEL = _Lazy(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")
_STEMMER = None


def _stem(word: str) -> str:
    global _STEMMER
    if _STEMMER is None:
        import Stemmer  # PyStemmer; imported on first use (the tables below use it at import, so in practice at once)

        _STEMMER = Stemmer.Stemmer("english")
    return _STEMMER.stemWord(word)


_NO_POLES: frozenset[tuple[int, int]] = frozenset()
_NO_KEYS: frozenset[str] = frozenset()
_FAIL_KEYS = frozenset(["fail", "failur"])  # a negation only as "failed to", "failure to"
_DAY_OF_MONTH = _Lazy(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _any_of(phrases: Iterable[str]) -> str:
    """A pattern for any of ``phrases``, the longest that fits first, spelt as a trie: the
    regex engine tries a flat list of alternatives one by one at every position of a text."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def spell(node: dict) -> str:
        branches = [re.escape(ch) + spell(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:  # a phrase may end here, or go on (greedy: the longer first)
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return spell(trie)






def _american(word: str) -> str:
    """``word`` with a British spelling respelt the American way ("defence" -> "defense")."""
    for pattern, spelling in BRITISH_SPELLINGS:
        m = re.match(pattern, word)  # compiled on first use, and cached by re
        if m:
            if pattern is _ISE_RULE and m.group(1) in ISE_BOTH:
                return word
            return m.expand(spelling) + word[m.end():]
    return word


@functools.lru_cache(maxsize=65536)
def _word_key(surface: str) -> tuple[str, str]:
    """(key, kind) of one word as matching sees it."""
    w = fold(surface)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if w[:1].isdigit():
        return w.replace(",", ""), "number"
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w], "number"
    if w in MONTHS and (w not in MONTHS_ALSO_WORDS or surface[:1].isupper()):
        return f"month{MONTHS[w]}", "date"
    if w in _WEEKDAY_KEYS:
        return w, "weak"
    if w in ALIASES:
        return ALIASES[w], "name"
    if w in DEMONYMS:
        return _word_key(DEMONYMS[w])[0], "word"  # "word": a capital still makes it a name
    if w in IRREGULAR_VERBS:
        return _word_key(IRREGULAR_VERBS[w])
    if w in UNMARKED_NEGATIONS:
        return w[:-2] + "n't", "stop"  # "cant" typed for "can't": the same word
    if w in STOPWORDS or w.endswith("n't"):
        return w, "stop"
    w = w.replace("-", "").replace(".", "")
    if _BRITISH.match(w):
        w = _american(w)
    if w in WEAK_WORDS:
        return _stem(w), "weak"
    stem = _stem(w)
    if stem in WEAK_WORDS:
        return stem, "weak"
    return stem, "word"




@functools.lru_cache(maxsize=65536)
def _pieces(surface: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """How one matched word reads: (start, end, key, kind, capitalised) of each piece.

    Usually one piece; two or more for the parts of a compound ("asylum-seekers",
    "US-Russia") and for words run together ("rebel-heldAleppo").
    """
    if surface in CAPITAL_ALIASES:  # US, UN: a name, and no vote on Title Case
        return ((0, len(surface), CAPITAL_ALIASES[surface], "name", False),)
    if surface[-1:] == "%" and len(surface) > 1:  # "5%" is "5 percent": the figure, and the word
        end = len(surface) - 1
        return ((0, end, *_word_key(surface[:end]), False), (end, end + 1, *_word_key("percent"), False))
    if (article := _ARABIC_ARTICLE.match(surface)) and len(surface) > article.end() + 1:
        cut = article.end()  # al-Assad is Assad: outlets write the name with or without al-
        return tuple((cut + s, cut + e, key, kind, capital) for s, e, key, kind, capital in _pieces(surface[cut:]))
    if _HYPHEN.search(surface) and (figure := _spelled(_HYPHEN_PART.findall(fold(surface)))):
        return ((0, len(surface), figure, "number", _capitalised(surface)),)  # "twenty-five" is 25
    if _HYPHEN.search(surface) and _compound(surface):
        return tuple((m.start() + s, m.start() + e, key, kind, capital)
                     for m in _HYPHEN_PART.finditer(surface)
                     for s, e, key, kind, capital in _pieces(m.group()))
    cuts = [0, len(surface)]
    # Only a word with a capital after its third letter can be two run together.
    if not surface[3:].islower() and _CAMEL.search(surface):
        cuts = [0] + [c.start() for c in _CAMEL.finditer(surface)] + [len(surface)]
    out = []
    for s, e in zip(cuts, cuts[1:]):
        word = surface[s:e]
        key, kind = _word_key(word)
        out.append((s, e, key, kind, kind in ("word", "number") and _capitalised(word)))
    return tuple(out)


_HYPHEN = _Lazy(r"[-\u2010\u2011]")
_ARABIC_ARTICLE = _Lazy(r"(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh|[Aa]th)[-\u2010\u2011](?=[A-Z])")
_HYPHEN_PART = _Lazy(r"[^-\u2010\u2011]+")


def _compound(surface: str) -> bool:
    """Whether a hyphenated word is read as its parts, each a word of its own, so that
    "asylum-seekers" meets "asylum seekers" and "US-led" meets "U.S.".

    Not when a part is a bare prefix ("e-mail", "re-elect") or a number word
    ("first-degree", "two-thirds"), nor when the whole is a word the tables know
    ("cease-fire" is a ceasefire)."""
    parts = _HYPHEN_PART.findall(surface)
    return (all((len(p) >= HYPHEN_PART_MIN or p in CAPITAL_ALIASES) and fold(p) not in NUMBER_WORDS
                for p in parts)
            and _word_key(surface)[0] not in _SYNONYM_OF)


def _scale(word: str, sign: str, after: str = "") -> str | None:
    """The scale a word run into a figure stands for ("bn" in "\u00a32bn"), if it is one; a bare
    m, b or k only when a currency ``sign`` stands before the figure, or when what it counts
    follows (``after``, the text after it; COUNTED_BY_SCALE: "7m people", "1.2m barrels";
    "100m sprint", "10m deep" are metres)."""
    scale = SCALES.get(word.lower())
    return scale if scale and (len(word) > 1 or (sign and sign in CURRENCY_SIGNS)
                               or _COUNTED_BY_SCALE.match(after)) else None


_NUMBER_SIGN = _Lazy(r"(?<![\w.])no\.(?=\s?\d)")
_NOT = _Lazy(r"n't(?!\w)")  # didn't, can't: the contracted not, on the folded copy


@functools.lru_cache(maxsize=16384)
def profile(sentence: str) -> Profile:
    """Tokens of a sentence with their matching keys: names, numbers, dates, words."""
    tokens: list[Span] = []
    folded = fold(sentence)
    # Multi-word aliases are found on the folded copy, whose offsets match the original
    # wherever folding kept lengths; otherwise they are simply not merged.
    aliased: dict[int, tuple[int, str, str, bool]] = {}  # start -> (end, key, kind, capital)
    if len(folded) == len(sentence):
        for m in _ALIAS_RE.finditer(folded):
            phrase, at = m.group(), m.start()
            if phrase in ALIASES:
                aliased[at] = (m.end(), ALIASES[phrase], "name", False)
            else:  # a phrase read as a word is a name when capitalised, as that word would be
                aliased[at] = (m.end(), *_word_key(PHRASES[phrase]), sentence[at].isupper())
        if "no." in folded:  # "No. 1" is a number, not a negation
            for m in _NUMBER_SIGN.finditer(folded):
                aliased[m.start()] = (m.end(), *_word_key("number"), False)
    pos = 0
    capitals: list[int] = []  # token positions that would be names, unless the line is Title Case
    named_numbers: list[int] = []  # number words written with a capital inside the sentence
    lower_words = upper_words = 0
    lowered: list[str] = []  # keys of the words written in lower case: common words, not names
    months = False
    spelled = 0  # numbers written as words
    figure = (-1, -1)  # (start, end) of the last number: a scale may be run into it ("$53m")
    for m in _TOKEN.finditer(sentence):
        start = m.start()
        if start < pos:
            continue
        if aliased and start in aliased:
            pos, key, kind, capital = aliased[start]
            pieces = ((0, pos - start, key, kind, kind == "word" and capital),)
        elif start == figure[1] and (scale := _scale(m.group(), sentence[figure[0] - 1:figure[0]],
                                                     sentence[m.end():m.end() + 40])):
            pieces = ((0, m.end() - start, *_word_key(scale), False),)
        else:
            pieces = _pieces(m.group())
        for s, e, key, kind, capital in pieces:
            if kind == "word":
                if capital:
                    upper_words += 1
                    if start + s > 0:
                        capitals.append(len(tokens))
                else:
                    lower_words += 1
                    lowered.append(key)
            elif kind == "date":
                months = True
            elif kind == "number":
                if sentence[start + s].isalpha():
                    spelled += 1
                    if capital and start + s > 0:
                        named_numbers.append(len(tokens))  # "Ground Zero", "the First Family"
                figure = (start + s, start + e)
            tokens.append((start + s, start + e, key, kind))
    if "one" in folded or "first" in folded:
        for k, (start, end, key, kind) in enumerate(tokens):
            if kind != "number":
                continue
            if key == "1" and folded[start:end] == "one" and (
                    (k and tokens[k - 1][2] in _ONE_AFTER)
                    or (k + 1 < len(tokens) and tokens[k + 1][2] in _ONE_BEFORE)):
                tokens[k] = (start, end, "", "stop")  # "the one with the cap", "one of the boys": a pronoun
            elif key == "1st" and folded[start:end] == "first" and (
                    (k + 1 < len(tokens) and folded[tokens[k + 1][0]:tokens[k + 1][1]].endswith("ed"))
                    or (k and tokens[k - 1][2] in _FIRST_AFTER)):
                tokens[k] = (start, end, "", "stop")  # "first posted online", "at first": no ordinal
    # In a Title Case headline capitals say nothing about names.
    if lower_words or upper_words < 3:
        for k in capitals:
            tokens[k] = (*tokens[k][:3], "name")
        for k in named_numbers:
            at, end = tokens[k][:2]
            tokens[k] = (at, end, fold(sentence[at:end]), "name")
    if spelled > 1:  # (after the passes that keep token positions)
        tokens = _spelled_runs(tokens, folded)  # "four dozen" is 48, "two hundred and fifty" 250
    counted = figure[0] >= 0  # a number was seen
    if (counted or "half" in folded or "quarter" in folded) \
            and not _POWERS.keys().isdisjoint([t[2] for t in tokens]):  # "1.5 million", "half a million"
        tokens = _quantities(tokens)
        counted = counted or any(t[3] == "number" for t in tokens)  # "half a million": one after all
    # A day of the month next to a month is part of a date (Sept. 9, 9 September), not a
    # count; a year is left a number.
    if months:
        def month(k: int) -> bool:
            return 0 <= k < len(tokens) and tokens[k][3] == "date" and tokens[k][2].startswith("month")

        tokens = [(start, end, key, "date") if kind == "number" and (
                      month(k - 1) or month(k + 1)) and _DAY_OF_MONTH.fullmatch(key) else (start, end, key, kind)
                  for k, (start, end, key, kind) in enumerate(tokens)]
    keys = {key for _, _, key, _ in tokens}
    negated = not _negation_keys().isdisjoint(keys) or ("n't" in folded and bool(_NOT.search(folded)))
    units = []
    if counted:  # what does each number count?
        content = [t for t in tokens if t[3] != "stop" and t[2]]
        measure = -MEASURE_REACH - 1  # where the last MEASURE_NOUNS word was: "the toll rose to 40"
        for k, (start, end, key, kind) in enumerate(content):
            if key in _MEASURE_KEYS:
                measure = k
            if kind == "number":
                money = start > 0 and sentence[start - 1] in CURRENCY_SIGNS
                if not money and _IDENTIFIER.fullmatch(key):
                    continue  # "story/4962603002", "call 3342400185": an identifier counts nothing
                nxt = content[k + 1] if k + 1 < len(content) else None
                near = (nxt is not None and nxt[0] - end <= 12 and nxt[3] not in ("number", "date")
                        and nxt[2] not in _WEEKDAY_KEYS)  # "6,301 on Monday": a date says when, not what
                unit = _UNIT_OF.get(nxt[2]) or _SYNONYM_OF.get(nxt[2], nxt[2]) if near else ""
                if _YEAR.fullmatch(key) and k - measure > MEASURE_REACH \
                        and not (near and _PLURAL.search(sentence, nxt[0], nxt[1])):
                    continue  # "founded in 1970", "the 1988 debate": a year says when (Differ's dates)
                if money:
                    unit = "money"  # "$3.2 billion", "\u00a3500m": money, whatever follows
                elif k - measure <= MEASURE_REACH and unit != _PERCENT_KEY:
                    unit = content[measure][2]  # "the toll rose to 40 people": the toll ("turnout was 37%": a share)
                elif near and nxt[2] in _YEAR_KEYS and k + 2 < len(content) and content[k + 2][2] in _OLD_KEYS:
                    unit = "age"  # "a 25-year-old coach", "25 years old": an age, no span of time
                elif k and content[k - 1][3] == "name" and _AGE_AFTER_NAME.fullmatch(
                        sentence, content[k - 1][1], content[k][0]) and _AGE_ENDS.match(sentence, content[k][1]):
                    unit = f"age of {content[k - 1][2]}"  # "Prince Frederik, 51,": his age, not another's
                elif k and content[k - 1][2] in _AGE_KEYS:
                    unit = "age"  # "at the age of 77", "aged 77"
                rate = _RATE.match(sentence, nxt[1] if near and unit == nxt[2] else end)
                if rate and (rate.group(1) or rate.group(2) in RATE_NOUNS):
                    unit = f"{unit} per {_word_key(rate.group(2))[0]}"  # "$88 per share": not the $14.3 billion
                units.append((key, unit))
    poles = frozenset([_POLE_OF[k] for k in keys & _POLE_OF.keys()]) if not keys.isdisjoint(_POLE_OF) else _NO_POLES
    when = (_WEEKDAY_KEYS & keys) or _NO_KEYS
    if months:
        when = when | {key for _, _, key, kind in tokens if kind == "date"}
    negates = _negated_keys(sentence, tokens) if negated else _NO_KEYS
    return Profile(tuple(tokens), negated, tuple(units), poles, when, negates,
                   # all in lower case, a line says nothing of what is a name
                   tuple(dict.fromkeys(lowered)) if not sentence.islower() else ())


def _spelled(words: Sequence[str]) -> str | None:
    """The value of a number spelt out in words ("twenty-five", "four dozen", "three hundred
    and fifty"), as a figure; None unless the words compose one (not "one two", "twenty
    twenty", nor a single word: NUMBER_WORDS reads those)."""
    value, last = 0, ""
    for w in words:
        v = _CARDINALS.get(w)
        if w == "and":
            if last != "hundred":
                return None
        elif w == "hundred":
            if not 0 <= value < 100 or last in ("hundred", "and"):
                return None
            value = (value or 1) * 100  # "a hundred and ten"
        elif w == "dozen":
            if not 0 < value < 100:
                return None
            value *= 12
        elif v is None or (last and last not in ("hundred", "and") and not (_CARDINALS.get(last, 0) >= 20 > v > 0)):
            return None  # a unit only after a ten ("twenty-five"); anything after a hundred
        else:
            value += v
        last = w
    return str(value) if len(words) > 1 and last != "and" else None


def _spelled_runs(tokens: list[Span], folded: str) -> list[Span]:
    """Runs of number words (apart only by a space, or "and" after "hundred") read as the
    one number they spell: one span, its key the figure."""
    out: list[Span] = []
    k = 0
    while k < len(tokens):
        m = k
        while m + 1 < len(tokens) and _spelling(tokens[m], folded) and _spelling(tokens[m + 1], folded) \
                and not folded[tokens[m][1]:tokens[m + 1][0]].strip():
            m += 1
        while m > k and folded[tokens[m][0]:tokens[m][1]] == "and":
            m -= 1
        figure = _spelled([folded[t[0]:t[1]] for t in tokens[k:m + 1]]) if m > k else None
        if figure is not None:
            out.append((tokens[k][0], tokens[m][1], figure, "number"))
            k = m + 1
        else:
            out.append(tokens[k])
            k += 1
    return out


def _spelling(token: Span, folded: str) -> bool:
    """Whether a token may be a word of a number spelt out: a number word, or "and"."""
    word = folded[token[0]:token[1]]
    return (token[3] == "number" or word == "and") and word in _SPELLING


def _quantities(tokens: list[Span]) -> list[Span]:
    """A figure with its scale read as one number: "1.5 million" is 1500000, as "1,500,000"
    is; "two billion", "$26.2bn", "half a million" (500000), "a quarter million". The scale
    word stays a word of its own, as outlets share it ("7 million" / "6.9 million")."""
    out = list(tokens)
    for k, (start, end, key, kind) in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        power = _POWERS.get(nxt[2]) if nxt is not None and nxt[0] - end <= 1 else None
        if kind == "number" and power and _DECIMAL.fullmatch(key):
            out[k] = (start, end, _times(key, power), "number")
            continue
        part = _PARTS.get(key) if kind == "word" else None
        if part is None or nxt is None:
            continue
        if nxt[2] == "a" and k + 2 < len(tokens) and tokens[k + 2][2] in _POWERS \
                and tokens[k + 2][0] - nxt[1] <= 1:  # "half a million"
            out[k] = (start, end, _times(part, _POWERS[tokens[k + 2][2]]), "number")
        elif k and tokens[k - 1][2] == "a" and nxt[2] in _POWERS and nxt[0] - end <= 1:  # "a quarter million"
            out[k] = (start, end, _times(part, _POWERS[nxt[2]]), "number")
    return out


def _times(figure: str, power: int) -> str:
    """A decimal figure times ten to ``power``, written as matching keys numbers."""
    import decimal

    value = decimal.Decimal(figure) * (decimal.Decimal(10) ** power)
    return str(value.quantize(1)) if value == value.to_integral_value() else format(value.normalize(), "f")


_POWERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_PARTS = {"half": "0.5", "quarter": "0.25"}
_DECIMAL = _Lazy(r"\d+(?:\.\d+)?")


# -- negation: what a negation cue reaches --------------------------------

_CLAUSE_MARK = _Lazy(r"[,;:()\u2014\u2013]| -+ ")


def _negated_keys(sentence: str, tokens: Sequence[Span]) -> frozenset[str]:
    """The content keys a negation reaches: up to NEGATION_SCOPE after each cue, within its
    clause; none after "not only" or "nothing but", or when the negation is of the telling
    ("would not say")."""
    cues, (untold, passed) = _negation_keys(), _scope_keys()
    not_negating, short, stopping = _keys_of(NOT_NEGATING), _keys_of(SHORT_NEGATIONS), _keys_of(STOPPING_VERBS)
    out: set[str] = set()
    for k, (cue_start, _, cue, _) in enumerate(tokens):
        if not (cue in cues or cue.endswith("n't")):
            continue
        if cue == "no" and _no_as_side(sentence, cue_start, tokens[k - 1][2] if k else ""):
            continue  # the "no" camp, the No side, a no vote: a side of a vote, not a negation
        after = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if after in not_negating or (cue in _FAIL_KEYS and after != "to"):
            continue  # "not only", "nothing but", "no doubt"; "failed bid", "heart failure"
        got = 0
        scope = 1 if cue in short else NEGATION_SCOPE
        for _, _, key, kind in _rest_of_clause(sentence, tokens, k):
            if kind == "stop" or key in passed:
                continue
            if not got and key in untold:
                break
            out.add(key)
            got += 1
            if got == scope or (got == 1 and key in stopping):
                break
    return frozenset(out)


def _rest_of_clause(sentence: str, tokens: Sequence[Span], k: int) -> Iterator[Span]:
    """The tokens after ``tokens[k]`` up to the end of its clause (a clause mark, "but"):
    what a negation or a hedge at k may reach."""
    end = tokens[k][1]
    for token in tokens[k + 1:]:
        if token[2] == "but" or _CLAUSE_MARK.search(sentence, end, token[0]):
            return
        end = token[1]
        yield token


def _no_as_side(sentence: str, at: int, before: str) -> bool:
    """Whether the "no" at ``at`` names a side (of a referendum, a vote): quoted ("the
    'no' camp"), capitalised inside the sentence ("the No side won"), or after an article
    ("a no vote", "the no campaign")."""
    if before in ("the", "a", "an"):
        return True
    if at and sentence[at - 1] in "\"'\u201c\u2018":
        return True
    if sentence[at] != "N":
        return False
    head = sentence[:at].rstrip(" \t\"'\u201c\u2018(")
    # not where a clause opens ("Republicans: No legislation ..."), nor in a Title Case headline
    return bool(head) and head[-1] not in ":;-\u2014\u2013" and not _title_case(sentence)


@functools.cache
def _keys_of(words: frozenset[str]) -> frozenset[str]:
    """A table of plain words as the keys they fold to, and the words themselves."""
    return frozenset(_word_key(w)[0] for w in words) | words


@functools.cache
def _negation_keys() -> frozenset[str]:
    return frozenset(_word_key(w)[0] for w in (*NEGATIONS, *UNMARKED_NEGATIONS)) | NEGATIONS


@functools.cache
def _scope_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of UNTOLD and of PASSED_OVER."""
    return (frozenset(_word_key(w)[0] for w in UNTOLD), frozenset(_word_key(w)[0] for w in PASSED_OVER))


# -- lexicon: the words of one pair and the variants between them ---------

def _capitalised(word: str) -> bool:
    """Russia, al-Assad: a capital at the start of the word or of a hyphenated part."""
    return word[:1].isupper() or ("-" in word and any(p[:1].isupper() for p in word.split("-")))


def _variant_credit(key: str, other: str, ratio: float) -> float:
    """Credit for ``other`` as a variant of ``key``: a close spelling, or a prefix shared by
    two long forms (russia/russian)."""
    if ratio >= FUZZY_CUTOFF:
        return (ratio - 60) / 40
    if len(other) >= 4 and (key.startswith(other) or other.startswith(key)):
        credit = 0.8 * min(len(key), len(other)) / max(len(key), len(other))
        return credit if credit >= 0.5 else 0.0
    return 0.0


class _Weights(dict):
    """Word weights of one comparison, computed on first use; a missing rule means 1."""

    def __init__(self, rule=None):
        super().__init__()
        self.rule = rule

    def __missing__(self, key: str) -> float:
        if self.rule is None:
            return 1.0
        w = self[key] = self.rule(key)
        return w


def _fixed(key: str) -> bool:
    """Numbers and dates match exactly or not at all: 12 is no spelling of 21."""
    return key[:1].isdigit() or (key[:5] == "month" and key[5:].isdigit())


_FIXED_KINDS = frozenset(["number", "date"])  # their keys are _fixed


class _Sketch(NamedTuple):
    items: tuple[tuple[str, str, float], ...]  # (key, kind, weight) in order of appearance
    total: float
    reach: dict[str, list[tuple[int, int, float]]]  # other key -> (position, rank, credit)
    numbers: tuple[int, ...]  # positions of numbers


class _Lexicon:
    """What one comparison knows of its words: their weight, and which other words stand
    in for each (synonyms, then spelling variants, best first), found once per word.

    A small vocabulary is searched word by word as needed; a large one (a book-length
    text) in one ``process.cdist`` matrix, which pays for importing numpy. Both give the
    same answers.
    """

    def __init__(self, keys: Iterable[str], weights: _Weights | None = None, *,
                 matrix_words: int = VARIANT_MATRIX_WORDS, matrix_rows: int = VARIANT_MATRIX_ROWS):
        self.keys = sorted({k for k in keys if len(k) >= 3 and not _fixed(k)})
        self.weights = _Weights() if weights is None else weights
        self._loose: dict[str, tuple[tuple[str, float], ...]] = {}
        self.sketches: dict[Profile, _Sketch] = {}
        self._variants: dict[str, dict[str, float]] | None = None
        self._rows = matrix_rows
        if len(self.keys) >= matrix_words:
            self._variants = self._matrix()

    @classmethod
    def of_pair(cls, pa: Profile, pb: Profile) -> _Lexicon:
        """The lexicon of one pair of sentences on their own: a word's stand-ins are looked
        for in the other sentence only, and only when the other lacks the word itself."""
        lex = cls(())
        for ours, theirs in ((pa, pb), (pb, pa)):
            for key in ours.kinds:
                if key not in lex._loose:
                    lex._loose[key] = () if key in theirs.kinds else lex._find(key, theirs.spellable)
        return lex

    def credit(self, key: str, other: dict[str, str]) -> float:
        """How well ``key`` is carried by a sentence with the keys ``other``: 1 exact, less when loose."""
        if key in other:
            return 1.0
        for near, credit in self.loose(key):
            if near in other:
                return credit
        return 0.0

    def sketch(self, p: Profile) -> _Sketch:
        """A sentence's weighted words, and the words of another sentence that would earn
        each of them credit (itself first, then its stand-ins in order)."""
        sk = self.sketches.get(p)
        if sk is not None:
            return sk
        weights, plain, known = self.weights, self.weights.rule is None, self._loose
        items: list[tuple[str, str, float]] = []
        reach: dict[str, list[tuple[int, int, float]]] = {}
        numbers: list[int] = []
        total = 0.0
        for pos, (key, kind) in enumerate(p.kinds.items()):
            w = WEIGHT[kind] if plain else WEIGHT[kind] * weights[key]
            items.append((key, kind, w))
            total += w
            if kind == "number":
                numbers.append(pos)
            reach.setdefault(key, []).append((pos, 0, 1.0))
            loose = known.get(key)
            for rank, (near, credit) in enumerate(self.loose(key) if loose is None else loose, 1):
                reach.setdefault(near, []).append((pos, rank, credit))
        sk = self.sketches[p] = _Sketch(tuple(items), total, reach, tuple(numbers))
        return sk

    def loose(self, key: str) -> tuple[tuple[str, float], ...]:
        """The words that stand in for ``key``, with their credit, best first."""
        loose = self._loose.get(key)
        if loose is None:
            loose = self._loose[key] = self._find(key)
        return loose

    def _find(self, key: str, vocab: Sequence[str] | None = None) -> tuple[tuple[str, float], ...]:
        """Synonyms of ``key``, then its spelling variants among ``vocab`` (default: the
        lexicon's words), best first."""
        members = _SYNONYM_MEMBERS.get(_SYNONYM_OF.get(key, ""))
        out = [(m, SYNONYM_CREDIT) for m in members if m != key] if members else []
        if len(key) >= 4 and not _fixed(key):
            if self._variants is not None:
                variants = self._variants.get(key)
            else:
                variants = {}
                for other, ratio, _ in process.extract(key, self.keys if vocab is None else vocab,
                                                       scorer=fuzz.ratio, score_cutoff=VARIANT_FLOOR,
                                                       limit=None):
                    credit = _variant_credit(key, other, ratio) if other != key else 0.0
                    if credit:
                        variants[other] = credit
            if variants:
                out += sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))
        return tuple(out) if out else ()

    def _matrix(self) -> dict[str, dict[str, float]]:
        import numpy as np

        keys, found = self.keys, {}
        # The ratio is symmetric: each block of rows is scored against itself and the
        # words after it only, and every hit is entered both ways.
        for lo in range(0, len(keys), self._rows):
            block = process.cdist(keys[lo:lo + self._rows], keys[lo:], scorer=fuzz.ratio,
                                  score_cutoff=VARIANT_FLOOR, dtype=np.uint8, workers=-1)
            for r, c in zip(*np.nonzero(block)):
                r, c = int(r), int(c)
                if c <= r:
                    continue
                key, other = keys[lo + r], keys[lo + c]
                ratio = fuzz.ratio(key, other)
                for x, y in ((key, other), (other, key)):
                    credit = _variant_credit(x, y, ratio)
                    if credit:
                        found.setdefault(x, {})[y] = credit
        return found


# -- score: the weighted coverage of each sentence by the other -----------

class _Overlap(NamedTuple):
    cov_a: float
    cov_b: float
    anchors: tuple[str, ...]
    numbers_differ: bool
    shares_claim: bool = False  # something besides names is shared


def _coverage(pa: Profile, pb: Profile, lex: _Lexicon) -> _Overlap:
    """Share of each sentence's weight that the other carries, and the shared anchors."""
    if not pa.kinds or not pb.kinds:
        return _Overlap(0.0, 0.0, (), False)
    loose_numbers = _numbers_differ(pa, pb)
    sketches = lex.sketches
    cov_a, anchors, claim_a = _carried(sketches.get(pa) or lex.sketch(pa), pa, pb, loose_numbers)
    cov_b, _, claim_b = _carried(sketches.get(pb) or lex.sketch(pb), pb, pa, loose_numbers)
    # A shared claim needs a shared word that is more than a name (_no_name), seen from both sides.
    return _Overlap(cov_a, cov_b, tuple(anchors), loose_numbers, claim_a and claim_b)


def _carried(sk: _Sketch, ours: Profile, theirs: Profile, loose_numbers: bool) -> tuple[float, list[str], bool]:
    """How much of one sentence (``ours``, and its sketch) the other carries: the share of
    its weight, its words carried as anchors, and whether one of them is more than a name.

    Only the words the two share, exactly or loosely, are visited: the sketch says which
    of the other's words would credit which of its own."""
    reach, other = sk.reach, theirs.kinds
    best: dict[int, tuple[int, float]] = {}
    for near in reach.keys() & other.keys():
        for pos, rank, credit in reach[near]:
            seen = best.get(pos)
            if seen is None or rank < seen[0]:
                best[pos] = (rank, credit)
    if sk.numbers:
        figures = theirs.figures
        rounding = bool(figures) and (figures.decimals or ours.figures.decimals)
        for pos in sk.numbers if rounding or loose_numbers else ():
            if pos in best:
                continue
            if rounding and _figure_in(sk.items[pos][0], figures):
                best[pos] = (0, 1.0)  # 50.21 told as 50.2: one figure
            elif loose_numbers:
                best[pos] = (-1, NUMBER_MISMATCH_CREDIT)
    got = 0.0
    anchors = []
    claim = False
    items = sk.items
    for pos in sorted(best):
        key, kind, w = items[pos]
        c = best[pos][1]
        got += w * c
        if c >= SYNONYM_CREDIT and kind != "weak":
            claim = claim or _no_name(key, kind, ours, theirs)
            anchors.append(key)
    return (got / sk.total if sk.total else 0.0), anchors, claim


def _no_name(key: str, kind: str, ours: Profile, theirs: Profile) -> bool:
    """Whether a shared word is more than a name: one of the two writes it in lower case
    ("the east coast"), or neither writes it as a name. A capital at the start of a
    sentence says nothing, but the other sentence may ("Assad met Putin" / "Putin says
    Assad ...": both are names)."""
    return (key in ours.lowered or key in theirs.lowered
            or (kind != "name" and theirs.kinds.get(key) != "name"))


def _numbers_differ(pa: Profile, pb: Profile, texts: tuple[str, str] | None = None) -> bool:
    """Whether the two give different numbers for the same thing ("12 people", "21 people");
    numbers of different things ("two weeks", "20 people") do not conflict. With the two
    sentences' ``texts`` (the flag, not the score) a rank and a count are different things
    too ("the third straight defeat" / "3-0"), and a name's figure is none ("Boeing 767"):
    the score still takes any two figures as a doubt."""
    if not pa.units or not pb.units:
        return False
    keys_a, keys_b = pa.figures, pb.figures
    rounding = keys_a.decimals or keys_b.decimals  # a figure may be another rounded only then
    # a name's figure ("Boeing 767", "Flight KQ 417") counts nothing: the flag leaves it to
    # _beside_differ (the score still reads what follows it, as for any figure)
    names_a, names_b = (_designations(pa, texts[0]), _designations(pb, texts[1])) if texts else ((), ())
    only_a = [(n, u) for n, u in pa.units if n not in keys_b and not (rounding and _figure_in(n, keys_b))
              and not _converted_in(n, u, pb.units) and n not in names_a]
    only_b = [(n, u) for n, u in pb.units if n not in keys_a and not (rounding and _figure_in(n, keys_a))
              and not _converted_in(n, u, pa.units) and n not in names_b]
    bounds_a, bounds_b = (_bounds(pa, texts[0]), _bounds(pb, texts[1])) if texts else ({}, {})
    # spans of time of two things are two facts: "a 52-year war" / "six years of negotiations"
    of_a, of_b = (_spans_of(pa, texts[0]), _spans_of(pb, texts[1])) if texts else ({}, {})
    # a rank is no count: "the second consecutive season" / "four consecutive games"; a bound
    # no other value for a figure it holds ("north of $14 billion" / "$14.3 billion")
    return any((ua == ub or not ua or not ub or _same_measure(ua, ub))
               and (not texts or (_ORDINAL.fullmatch(na) is None) == (_ORDINAL.fullmatch(nb) is None))
               and not _holds(na, bounds_a.get(na), nb) and not _holds(nb, bounds_b.get(nb), na)
               and not (texts and _magnitudes_apart(na, nb))
               and not (na in of_a and nb in of_b and of_a[na] != of_b[nb])
               for nb, ub in only_b for na, ua in only_a)


def _spans_of(p: Profile, text: str) -> dict[str, str]:
    """Figure -> the thing a span of time is of: the profile's durations ("six years of
    negotiations"), and a span written as an adjective ("a 52-year war", "the 10-year
    sentence"; not "a 25-year-old", an age)."""
    out = {n: w for n, _, w in p.durations}
    if "-" in text:
        for m in _SPAN_ADJECTIVE.finditer(text):
            what = _word_key(m.group(3))[0]
            if what not in _OLD_KEYS:
                out.setdefault(_word_key(m.group(1))[0], what)
    return out


def _bounds(p: Profile, text: str) -> dict[str, str]:
    """The figures of ``text`` written as a bound, each with its words ("more than", "nearly")."""
    out = {}
    for t in p.content:
        if t.kind == "number":
            m = _BOUND_BEFORE.search(text, max(0, t.start - 24), t.start)
            if m:
                out[t.key] = m.group(1).lower()
    return out


def _magnitudes_apart(a: str, b: str) -> bool:
    """Whether two figures are too far apart to be one amount told two ways: "$14.3
    billion" and "a share price of $88" are two amounts of money, not a disagreement."""
    try:
        low, high = sorted((abs(float(a)), abs(float(b))))
    except ValueError:
        return False
    return low > 0 and high / low > MAGNITUDE_APART


def _holds(figure: str, bound: str | None, other: str) -> bool:
    """Whether ``other`` is a value the bound on ``figure`` allows, within BOUND_NEAR of it."""
    if bound is None:
        return False
    try:
        low, value = float(figure), float(other)
    except ValueError:
        return False
    if bound in LOWER_BOUNDS:
        return low < value <= low * (1 + BOUND_NEAR)
    return low * (1 - BOUND_NEAR) <= value < low


def _designations(p: Profile, text: str) -> frozenset[str]:
    """The figures of ``text`` written one space after a name: "Boeing 767", "Flight KQ 417"
    (a name's number; "Banda's 47-year-old", "Frederik, 51," are not)."""
    words = [t for t in p.content if t.kind != "weak"]
    return frozenset(t.key for prev, t in zip(words, words[1:])
                     if t.kind == "number" and prev.kind == "name" and t.start - prev.end == 1
                     and text[prev.end - 2:prev.end] not in ("'s", "\u2019s"))


def _beside_differ(pa: Profile, pb: Profile) -> bool:
    """Whether each gives a figure the other does not, next to one same name: the figure of
    a name ("the 737-800 MAX" / "the 737 Max 8", "Flight 302" / "Flight 320"), which counts
    nothing (so _numbers_differ, by what figures count, does not see it)."""
    def beside(p: Profile, other: Profile) -> set[str]:
        words = [t for t in p.content if t.kind != "weak"]
        ages = {n for n, u in p.units if u.startswith("age")}  # "Frederik, 51, and Queen ...": his age
        out = set()
        for k, t in enumerate(words):
            if t.kind == "number" and not _YEAR.fullmatch(t.key) and t.key not in other.figures and t.key not in ages \
                    and not _ORDINAL.fullmatch(t.key):  # "Okada with third straight win": a rank, no name's
                # written next to the name ("Flight 417", "767 Max"), not a word away ("Quillbook for $88")
                out.update(w.key for w in (words[k - 1] if k else None, words[k + 1] if k + 1 < len(words) else None)
                           if w is not None and w.kind == "name" and max(w.start - t.end, t.start - w.end) <= 1)
        return out

    if not pa.figures or not pb.figures:
        return False
    return bool(beside(pa, pb) & beside(pb, pa))


def _same_measure(ua: str, ub: str) -> bool:
    """Whether two units measure one thing (km and miles: a length)."""
    ma, mb = _MEASURE_OF.get(ua), _MEASURE_OF.get(ub)
    return ma is not None and mb is not None and ma[0] == mb[0]


def _converted_in(figure: str, unit: str, others: Sequence[tuple[str, str]]) -> bool:
    """Whether a quantity in one unit is among the other's in another unit of the same
    measure, as news rounds a conversion: 10 km is 6 miles (9.7 km), not 20 miles."""
    mine = _MEASURE_OF.get(unit)
    if mine is None or not _DECIMAL.fullmatch(figure):
        return False
    value = float(figure) * mine[1]
    for n, u in others:
        theirs = _MEASURE_OF.get(u)
        if theirs is not None and theirs[0] == mine[0] and u != unit and _DECIMAL.fullmatch(n):
            other = float(n) * theirs[1]
            if abs(value - other) <= CONVERSION_TOLERANCE * max(value, other):
                return True
    return False


def _figure_in(figure: str, others: _Figures) -> bool:
    """Whether a figure is among ``others``, as written or rounded: 50.2 is 50.21 and 50.25
    told less precisely (and 26.2 is 26.196), so two outlets giving them do not disagree.
    Decimals only (6 and 6.2 are two magnitudes); each figure's roundings are looked up, so
    the cost is the figures' count, not its square."""
    if figure in others:
        return True
    if "." not in figure and not others.decimals:
        return False  # whole numbers only: as written, or not at all
    return figure in others.rounded or any(r in others for r in _roundings(figure))


class _Figures(frozenset):
    """A set of figures, with every rounding of its decimals (``rounded``)."""

    def __init__(self, figures=()):
        self.decimals = any("." in f for f in self)

    @functools.cached_property
    def rounded(self) -> frozenset[str]:
        return frozenset(r for f in self if "." in f for r in _roundings(f))


@functools.lru_cache(maxsize=4096)
def _roundings(figure: str) -> tuple[str, ...]:
    """A decimal figure rounded to each coarser number of decimals, half up and half down
    (outlets round both ways): 50.25 -> 50.3, 50.2; none for a whole number."""
    import decimal

    whole, _, frac = figure.partition(".")
    if not frac or len(frac) > 6 or not _DECIMAL.fullmatch(figure):
        return ()
    value = decimal.Decimal(figure)
    return tuple(dict.fromkeys(str(value.quantize(decimal.Decimal(1).scaleb(-d), rounding=r))
                               for d in range(len(frac) - 1, 0, -1)
                               for r in (decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN)))


def _combine(o: _Overlap, pa: Profile, pb: Profile) -> float:
    if o.cov_a + o.cov_b == 0:
        return 0.0
    # The harmonic mean: a short sentence wholly inside a long one is not the same fact.
    score = 2 * o.cov_a * o.cov_b / (o.cov_a + o.cov_b)
    if o.numbers_differ:
        score *= NUMBER_MISMATCH_FACTOR
    if not o.shares_claim and (pa.claims or pb.claims):
        score *= NAMES_ONLY_FACTOR
    if (pa.negates or pb.negates) and _polarity_differs(pa, pb):
        score *= NEGATION_FACTOR
    if pa.poles and pb.poles and _opposed(pa.poles, pb.poles):
        score *= ANTONYM_FACTOR
    if pa.when and pb.when and pa.when != pb.when and _dated_apart(pa.when, pb.when):
        score = min(score, DATE_CONFLICT_CAP)
    if pa.places and pb.places and _placed_apart(pa.places, pb.places):
        score = min(score, PLACE_CONFLICT_CAP)
    return score


# -- conflicts: dates, places, negation and opposites that lower a score --

def _dated_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether each names a weekday (or a month, or a day of the month) and none is shared."""
    def kinds(keys: Iterable[str]) -> set[str]:
        return {"weekday" if k in _WEEKDAY_KEYS else "month" if k.startswith("month") else "day"
                for k in keys}

    return bool(kinds(x) & kinds(y) - kinds(x & y))


def _placed_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether each names a country the other does not."""
    return bool(x - y) and bool(y - x)


def _polarity(pa: Profile, pb: Profile) -> tuple[bool, bool] | None:
    """Which of two sentences negates something both say, when only one does ("voted for" /
    "did not vote for"); None when neither does, or when both negate something, however far
    each negation reaches ("not guilty in state court of the charges" / "acquitted on the
    charges"). A negation of what only one says is none of the other's business, and a
    negative prefix is no negation ("untested" / "not tested" share nothing negated)."""
    if not (pa.negates or pb.negates) or (pa.negates and pb.negates):
        return None  # both negate: "found not guilty of the charges" / "acquitted on the charges"
    shared = pa.kinds.keys() & pb.kinds.keys()
    a, b = not pa.negates.isdisjoint(shared), not pb.negates.isdisjoint(shared)
    if a == b or _said_with_prefix(pa.negates or pb.negates, (pb if pa.negates else pa).kinds):
        return None
    return a, b


def _said_with_prefix(negated: frozenset[str], other: Iterable[str]) -> bool:
    """Whether the other sentence says what a negation says, with a negative prefix:
    "not certain" / "uncertain", "not able" / "unable", "not sure" / "unsure" (keys are
    stems, so "sure" is "unsur" less its prefix, give or take a letter)."""
    for key in other:
        for prefix in NEGATIVE_PREFIXES:
            rest = key[len(prefix):]
            if key.startswith(prefix) and len(rest) >= 3 and any(
                    n == rest or (n.startswith(rest) and len(n) - len(rest) <= 1) for n in negated):
                return True
    return False


def _polarity_differs(pa: Profile, pb: Profile) -> bool:
    return _polarity(pa, pb) is not None


def _certainty(text_a: str, pa: Profile, text_b: str, pb: Profile,
               quoted_a: Sequence[tuple[int, int]] = (), quoted_b: Sequence[tuple[int, int]] = ()) -> Sides | None:
    """The hedges of the one sentence that hedges something both say ("doctors may let the
    boys walk" / "the boys were walking"), as _polarity reads a negation; None when neither
    or both hedge, or a hedge reaches only what one says. ``quoted_a`` and ``quoted_b``:
    where each text's quotations are (a speaker's hedge is not the outlet's)."""
    (ha, cues_a), (hb, cues_b) = _hedged(text_a, pa, quoted_a), _hedged(text_b, pb, quoted_b)
    if bool(ha) == bool(hb):
        return None
    shared = pa.kinds.keys() & pb.kinds.keys()
    if ha.isdisjoint(shared) and hb.isdisjoint(shared):
        return None
    return Sides(cues_a, ()) if ha else Sides((), cues_b)


def _quoted_spans(article: Article, ids: Sequence[int], quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Where ``quotes`` (_quotes_in the sentences ``ids``) lie in those sentences joined by
    one space, as ``differences`` reads them."""
    out, base = [], 0
    for i in ids:
        sent = article.sentences[i]
        out.extend((q.start - sent.start + base, q.end - sent.start + base)
                   for q in quotes if sent.start <= q.start < sent.end)
        base += sent.end - sent.start + 1
    return out


def _inside_quotation(sentence: str, at: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether ``at`` lies in one of the ``quoted`` spans of ``sentence`` or inside its
    quotation marks (more curly openings than closings before it, or an odd number of
    straight double marks): a quotation continued from the paragraph before has none."""
    before = sentence[:at]
    return any(start <= at < end for start, end in quoted) \
        or before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _hedged(sentence: str, p: Profile,
            quoted: Sequence[tuple[int, int]] = ()) -> tuple[frozenset[str], tuple[str, ...]]:
    """The content keys a hedge reaches (HEDGES), up to NEGATION_SCOPE after it within its
    clause, and the hedges as written: the outlet's, not a quoted speaker's. "may" in lower
    case only (May is a month, a name); "likely" and "unlikely" before "to" only ("likely
    voters", "an unlikely hero" hedge nothing)."""
    tokens = p.tokens
    if _HEDGE_KEYS.isdisjoint([t[2] for t in tokens]):
        return _NO_KEYS, ()
    reached: set[str] = set()
    cues: list[str] = []
    for k, (cue_start, cue_end, key, _) in enumerate(tokens):
        word = sentence[cue_start:cue_end]
        if key not in _HEDGE_KEYS or word.lower() not in HEDGES or word in ("May", "MAY"):
            continue
        if word.lower() in HEDGES_BEFORE_TO and (k + 1 >= len(tokens) or tokens[k + 1][2] != "to"):
            continue
        if _inside_quotation(sentence, cue_start, quoted):
            continue  # "anyone I may have offended": the speaker's words, not the outlet's doubt
        got = 0
        for _, _, other, kind in _rest_of_clause(sentence, tokens, k):
            if kind == "stop":
                continue
            reached.add(other)
            got += 1
            if got == NEGATION_SCOPE:
                break
        if word.lower() not in cues:
            cues.append(word.lower())
    return (frozenset(reached), tuple(cues)) if reached else (_NO_KEYS, ())


def _opposed(xs: frozenset[tuple[int, int]], ys: frozenset[tuple[int, int]]) -> bool:
    """One says "rose" where the other says "fell" (and neither says both)."""
    return any((row, 1 - side) in ys and (row, side) not in ys and (row, 1 - side) not in xs
               for row, side in xs)


# -- the score, and the clauses of a compound sentence --------------------

def similarity(a: str, b: str) -> float:
    """How surely two sentences report the same fact, 0..1 (the ``--threshold`` scale).

    A weighted, fuzzy overlap of content words in both directions: stems and aliases
    folded, names, numbers and dates weighted as anchors, reporting verbs weighted down,
    spelling variants matched by rapidfuzz; a different number for the same thing keeps a
    quarter of its weight (NUMBER_MISMATCH_CREDIT), not nothing.

    >>> similarity("12 people were arrested", "21 people were arrested") < 1.0
    True
    """
    pa, pb = profile(a), profile(b)
    o = _pair_overlap(pa, pb)
    return round(_by_clauses(_combine(o, pa, pb), o, pa, pb, a, b, cover=_pair_overlap), 4)


def _by_clauses(score: float, o: _Overlap, pa: Profile, pb: Profile, ta: str, tb: str, *, cover,
                least: float = 0.0, factor: float = CLAUSE_FACTOR) -> float:
    """A pair's score, or CLAUSE_FACTOR times that of a clause with the other sentence
    when that is more.

    A clause is scored only when it could win (and reach ``least``): it carries no more of
    the other sentence than its whole sentence does, which bounds its score."""
    if score < CLAUSE_FLOOR:
        return score
    best = score
    for text, whole, other, c, own in ((ta, pa, pb, o.cov_b, o.cov_a), (tb, pb, pa, o.cov_a, o.cov_b)):
        # Worth a look only when the compound sentence is the less covered of the two:
        # that is the sign of a second claim the other sentence does not tell.
        if own < c and factor * 2 * c / (1 + c) > max(best, least) and CLAUSE_BREAK.search(text):
            for x in _clauses(text):
                pair = (x, other) if whole is pa else (other, x)
                best = max(best, factor * _combine(cover(*pair), *pair))
    return best


@functools.lru_cache(maxsize=16384)
def _clauses(sentence: str) -> tuple[Profile, ...]:
    """The clauses of a compound sentence, or () for a simple one."""
    parts = [p for p in CLAUSE_BREAK.split(sentence) if len(p.split()) >= CLAUSE_MIN_WORDS]
    return tuple(profile(p) for p in parts) if len(parts) > 1 else ()


def _pair_overlap(pa: Profile, pb: Profile) -> _Overlap:
    """``_coverage`` of one pair of sentences on their own: the aligner's score, with a
    lexicon of just the two."""
    if not pa.kinds or not pb.kinds:
        return _Overlap(0.0, 0.0, (), False)
    return _coverage(pa, pb, _Lexicon.of_pair(pa, pb))


# ---------------------------------------------------------------------------
# Differ: what differs inside a pair
# ---------------------------------------------------------------------------



def _dates_apart(dates_a: list[str], dates_b: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The dates each side gives that the other does not, compared kind with kind: a
    weekday with a weekday, a day of a month with a day of a month, a year with a year.
    "Sunday" against "October 2" is no conflict (that day may be that Sunday), unless the
    year is given and the calendar says otherwise."""
    def kind(d: str) -> str:
        key = _date_key(d)
        return "weekday" if key in _WEEKDAY_KEYS else "year" if key.isdigit() and len(key) == 4 else "day"

    def weekday_of(d: str) -> str | None:
        import datetime

        words = _date_key(d).split()
        nums = [w for w in words if w.isdigit()]
        if len(words) == 3 and len(nums) == 3:  # month day year (_date_key's order)
            month, day, year = (int(words[0]), int(words[1]), int(words[2]))
            with contextlib.suppress(ValueError):
                return WEEKDAYS[datetime.date(year, month, day).weekday()]
        return None

    out: list[list[str]] = [[], []]
    for side, (ours, theirs) in enumerate(((dates_a, dates_b), (dates_b, dates_a))):
        keys = {_date_key(d) for d in theirs}
        days = {" ".join(k.split()[:2]): len(k.split()) for k in keys}  # month day -> with a year?
        kinds = {kind(d) for d in theirs}
        for d in ours:
            key = _date_key(d)
            day, with_year = " ".join(key.split()[:2]), len(key.split()) == 3
            if key in keys or (kind(d) == "day" and day in days and (not with_year or days[day] < 3)):
                continue  # "January 1, 2020" / "Jan 1": one day, one of them with its year
            if kind(d) in kinds:
                out[side].append(d)
            elif kind(d) == "weekday":  # a weekday against a full date: the calendar tells
                wrong = [t for t in theirs if (w := weekday_of(t)) and w != _date_key(d)]
                if wrong:
                    out[side].append(d)
                    out[1 - side].extend(wrong)
    return tuple(dict.fromkeys(out[0])), tuple(dict.fromkeys(out[1]))


def _dates(text: str) -> list[str]:
    return [" ".join(m.group().split()) for m in _DATE.finditer(text)]


def _date_key(d: str) -> str:
    """A date as "month day [year]" in numbers ("January 01, 2020" and "1 January 2020": "1 1
    2020"); a weekday or a year alone as itself."""
    words = fold(d).replace(".", "").replace(",", "").split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None or len(words) == 1:
        return " ".join(str(MONTHS.get(w, w)) for w in words)
    nums = [int(n) for w in words if w not in MONTHS and (n := re.sub(r"\D", "", w))]
    day = next((n for n in nums if n <= 31), None)
    year = next((n for n in nums if n > 31), None)
    return " ".join(str(x) for x in (month, day, year) if x is not None)


def _quotes_in(article: Article, ids: Sequence[int]) -> list[Quote]:
    """The quotations inside the sentences ``ids``, each cut to the part of it those
    sentences hold (a quotation of three sentences is compared where it was paired)."""
    quotes, ends = article.quotes, _quote_ends(article)
    out = []
    for i in ids:
        s, e = article.sentences[i].start, article.sentences[i].end
        # the quotations do not overlap, so their ends are sorted too: only those inside are visited
        for k in range(bisect.bisect_right(ends, s), len(quotes)):
            q = quotes[k]
            if q.start >= e:
                break
            part = _quote_part(article, q, article.sentences[i])
            if part is not None:
                out.append(part)
    return sorted(out, key=lambda q: q.start)


def _quote_part(article: Article, q: Quote, s: Sentence) -> Quote | None:
    """The part of a quotation inside one sentence (the quotation itself when it is all
    there), or None when none of its words is."""
    lo, hi = max(q.start, s.start), min(q.end, s.end)
    part = article.text[lo:hi].strip(" \t\r\n\"'\u201c\u201d\u2018\u2019")
    if lo >= hi or not part:
        return None
    return replace(q, start=lo, end=hi, text=part) if (lo, hi) != (q.start, q.end) else q


def _quote_ends(article: Article) -> list[int]:
    """The end offsets of an article's quotations (sorted: they do not overlap)."""
    return _of_article(article, "quote ends", lambda: [q.end for q in article.quotes])


def _speaker_relation(x: Quote, y: Quote) -> str | None:
    """How the speakers of one quotation in two articles compare, as people: "same speaker",
    "speaker named differently" (Kirby / John Kirby), "attribution differs in detail" (the
    State Department / its spokesman John Kirby), "another speaker"; None when one is unknown."""
    if not (x.speaker and y.speaker):
        return None
    fx, fy = x.speaker_full or x.speaker, y.speaker_full or y.speaker
    if fx == fy:
        return "same speaker"
    if _same_speaker(fx, fy) or _same_speaker(x.speaker, y.speaker):
        return "speaker named differently"
    for body, other in ((x, y), (y, x)):
        role = fold(other.speaker_role or "")
        if role and not body.speaker_role and fold(body.speaker) in role:
            return "attribution differs in detail"
        if role and _role_head(role) in SPOKESPERSON_ROLES:
            return "attribution differs in detail"  # "Jim Manley, an aide to Mr. Reid" / Reid's office
    if {fx.rsplit(" ", 1)[-1].lower(), fy.rsplit(" ", 1)[-1].lower()} & DOCUMENT_WORDS:
        return "attribution differs in detail"  # "the letter" / the group that wrote it: no one else
    return "another speaker"


def _same_speaker(x: str, y: str) -> bool:
    for handle, name in ((x, y), (y, x)):
        if handle.startswith("@"):  # "@mlopez" is Maria Lopez's account
            words = [w.lower().strip(".'\u2019") for w in name.split() if w[:1].isupper()]
            return bool(words) and words[-1] in handle.lower()
    wx = {w.lower().strip(".'\u2019") for w in x.split() if w[:1].isupper()}
    wy = {w.lower().strip(".'\u2019") for w in y.split() if w[:1].isupper()}
    names_x = {w.lower() for w in x.split()[-2:]}
    names_y = {w.lower() for w in y.split()[-2:]}
    return bool(names_x & names_y) or (bool(wx) and wx <= wy) or (bool(wy) and wy <= wx)


_ELLIPSIS = _Lazy(r"\u2026|\.\.\.")


def differences(a: Article, b: Article, ids_a: Sequence[int], ids_b: Sequence[int], *,
                words: bool = True) -> Differences:
    """Words, numbers, dates, quotation length, speaker and polarity that differ in a pair;
    without ``words``, only what the flags read (not the words found on one side only)."""
    text_a = " ".join(a.said(i) for i in ids_a)
    text_b = " ".join(b.said(j) for j in ids_b)
    pa, pb = profile(text_a), profile(text_b)
    keys_a, keys_b = pa.kinds, pb.kinds

    def only(p: Profile, text: str, other: dict[str, str]) -> tuple[str, ...]:
        out: list[str] = []
        for t in p.content:
            if t.kind == "weak" or lex.credit(t.key, other) > 0:
                continue
            word = text[t.start:t.end]
            if word not in out:
                out.append(word)
        return tuple(out)

    def numbers(p: Profile, text: str, other: Profile) -> tuple[str, ...]:
        converted = {n for n, u in p.units if _converted_in(n, u, other.units)}  # 10km / 6 miles
        counted = {n for n, _ in p.units}  # a year that counts nothing is a date, compared as one
        return tuple(dict.fromkeys(
            text[t.start:t.end] for t in p.content
            if t.kind == "number" and not _figure_in(t.key, other.figures) and t.key not in converted
            and (t.key in counted or not _YEAR.fullmatch(t.key))))

    # Numbers are reported when the two give different numbers for the same thing.
    nums = (numbers(pa, text_a, pb), numbers(pb, text_b, pa)) \
        if _numbers_differ(pa, pb, (text_a, text_b)) or _beside_differ(pa, pb) else ((), ())

    only_da, only_db = _dates_apart(_dates(text_a), _dates(text_b))

    speaker = attribution = None
    cut: QuoteChange | None = None  # one version abridged or shorter (the last found)
    reworded = None  # the words each version of a reworded one has that the other lacks (the first)
    xs, ys = _quotes_in(a, ids_a), _quotes_in(b, ids_b)
    for x in xs:
        for y in ys:
            c, short, long = _same_quote(x, y)
            if not c:
                changed = _reworded(x, y) if _similar_quote(x, y) else None
                reworded = reworded or changed
                if changed is None or not _one_quote_reworded(x, y):
                    continue  # two quotations: whoever said each, they are not one
            else:
                side = "a" if short is x else "b"
                changed = _reworded(x, y)
                this = QuoteChange("abridged", side) if _ELLIPSIS.search(short.text) \
                    and not _ELLIPSIS.search(long.text) else QuoteChange("shorter", side) \
                    if _said_count(long) - _said_count(short) >= 3 else None
                cut = this or cut
                # cut and reworded too ("until the last minute of my term" against the whole
                # "... the last day of my term because ..."): two flags, when the cut one has
                # words the whole one lacks; words the cut only leaves out are the cut itself
                if changed and (this is None or changed[0 if side == "a" else 1]):
                    reworded = reworded or changed
            # one quotation, the same or reworded: its speaker in each
            relation = _speaker_relation(x, y)
            if relation == "another speaker" and not (x.inferred or y.inferred):
                # an inferred speaker may be wrong, and "another speaker" is a grave thing to say
                speaker = Sides(x.speaker, y.speaker)
            elif relation in ("speaker named differently", "attribution differs in detail"):
                attribution = relation
    # one quotation a side, the same saying in other words (two translations)
    if cut is None and reworded is None and len(xs) == len(ys) == 1 \
            and min(len(_quote_words(xs[0])), len(_quote_words(ys[0]))) >= RETOLD_MIN_WORDS \
            and similarity(xs[0].text, ys[0].text) >= RETOLD_SIMILARITY:
        reworded = _reworded(xs[0], ys[0])
    quote = cut or (QuoteChange("worded differently") if reworded else None)
    quote_words = Sides(*reworded) if reworded else _NO_SIDES
    polarity = _polarity(pa, pb)
    certainty = _certainty(text_a, pa, text_b, pb, _quoted_spans(a, ids_a, xs), _quoted_spans(b, ids_b, ys))
    if not words:
        return Differences((), (), Sides(*nums), Sides(only_da, only_db) if only_da and only_db else _NO_SIDES,
                           quote, speaker, Sides(*polarity) if polarity else None, attribution, quote_words,
                           certainty=certainty)
    lex = _Lexicon([*keys_a, *keys_b])
    only_a, only_b = only(pa, text_a, keys_b), only(pb, text_b, keys_a)
    return Differences(
        only_a, only_b,
        Sides(*nums),
        Sides(only_da, only_db) if only_da and only_db else _NO_SIDES,
        quote, speaker, Sides(*polarity) if polarity else None, attribution, quote_words,
        Sides(_marks(a, ids_a, pa, text_a, only_a), _marks(b, ids_b, pb, text_b, only_b)), certainty=certainty)


def _marks(article: Article, ids: Sequence[int], p: Profile, text: str,
           words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where ``words`` are in ``text`` (the sentences ``ids`` joined by one space, as
    ``differences`` reads them), as (start, end) in the article's own text."""
    if not words:
        return ()
    chosen, starts, at = set(words), [], 0
    for i in ids:
        starts.append(at)
        at += len(article.sentences[i].text) + 1
    out = []
    for t in p.content:
        if text[t.start:t.end] in chosen:
            k = bisect.bisect_right(starts, t.start) - 1
            base = article.sentences[ids[k]].start - starts[k]
            out.append((t.start + base, t.end + base))
    return tuple(out)


def _similar_quote(x: Quote, y: Quote) -> bool:
    """One quotation reworded ("a complete disaster for the region" / "a total
    catastrophe for the region"): at least REWORDED_SHARE of the shorter one's words in
    order in the other, though fewer than make it the same quotation."""
    wx, wy = _quote_words(x), _quote_words(y)
    if min(len(wx), len(wy)) < QUOTE_MIN_WORDS:
        return False
    short, long = (x, y) if len(wx) <= len(wy) else (y, x)
    return _containment(short, long) >= REWORDED_SHARE


# A word of a quotation, a hyphenated one in its parts ("one-in-three" is "1 in 3").
_SPOKEN_WORD = _Lazy(r"[\w'\u2019]+")
# What an editor adds inside a quotation: "[the White House]", "(name of their football
# club)", "(sic)" (speech has no parentheses: a writer put them in).
_EDITORS = _Lazy(r"\[[^\[\]]{1,80}\]|\((?i:sic)!?\)|\([^()]{1,80}\)")


def _spoken_words(text: str) -> tuple[list[str], list[bool]]:
    """A quotation's words, each marked whether an editor put it in square brackets; "(sic)"
    left out: the speaker said neither."""
    words: list[str] = []
    editors: list[bool] = []
    pos = 0
    for m in (*_EDITORS.finditer(text), None):
        end = m.start() if m else len(text)
        for w in _SPOKEN_WORD.findall(text, pos, end):
            words.append(w)
            editors.append(False)
        if m is None:
            break
        if m.group()[0] in "[(" and not m.group().lower().startswith("(sic"):
            for w in _SPOKEN_WORD.findall(m.group()):
                words.append(w)
                editors.append(True)
        pos = m.end()
    return words, editors


def _said_count(q: Quote) -> int:
    """How many words of a quotation the speaker said: an editor's insertions not counted."""
    return _spoken_words(q.text)[1].count(False)


def _one_quote_reworded(x: Quote, y: Quote) -> bool:
    """Whether two quotations, one reworded from the other, are one thing said, close
    enough to compare who said it: of much the same length, most words the same, in
    order ("a very difficult situation" / "a really hard situation"), not two quotations
    that share a phrase."""
    wx, wy = _quote_words(x), _quote_words(y)
    return SequenceMatcher(None, wx, wy, autojunk=False).ratio() >= SAME_SAYING_RATIO


def _reworded(x: Quote, y: Quote) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words each version of one quotation has that the other does not, in order, or
    None when the two say it word for word (an ellipsis or a cut is not a rewording)."""
    (sx, ex), (sy, ey) = _spoken_words(x.text), _spoken_words(y.text)
    (kx, ox), (ky, oy) = _said_keys(sx), _said_keys(sy)
    only_x: list[str] = []
    only_y: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, kx, ky, autojunk=False).get_opcodes():
        if (i1 < i2 and all(ex[n] for n in ox[i1:i2])) or (j1 < j2 and all(ey[n] for n in oy[j1:j2])):
            continue  # "[President Trump]" / "@realDonaldTrump": the editor's words stand for the other's
        if op == "replace" or (op in ("delete", "insert") and 0 < i1 < len(kx) and 0 < j1 < len(ky)):
            only_x.extend(sx[n] for n in dict.fromkeys(ox[i1:i2]))
            only_y.extend(sy[n] for n in dict.fromkeys(oy[j1:j2]))
    return (tuple(only_x), tuple(only_y)) if only_x or only_y else None


_CONTRACTED = _Lazy(r"(\w+?)(n't|'re|'s|'d|'ll|'ve|'m)|(can)(not)")


def _said_keys(words: Sequence[str]) -> tuple[list[str], list[int]]:
    """A quotation's words as its wording is compared, each key with the index of the word
    it comes from: read as the similarity reads them ("characterised" is "characterized"),
    a contraction as its two words ("I'd" is "I would", "won't" "will not"): one
    transcript's "I would" is another's "I'd", not a rewording."""
    keys: list[str] = []
    owner: list[int] = []
    for n, w in enumerate(words):
        for part in _uncontracted(w, possessive=True):
            keys.append(_word_key(part)[0] or fold(part))
            owner.append(n)
    return keys, owner


def _uncontracted(word: str, possessive: bool = False) -> tuple[str, ...]:
    """The words a contraction stands for ("won't": will, not; "I'd": I, would; "cannot":
    can, not), else the word; "'s" as "is" only when ``possessive`` allows it (the wording
    compares both sides alike; a quotation's keys leave a possessive to _word_key)."""
    m = _CONTRACTED.fullmatch(fold(word))
    if m is None or (m[2] == "'s" and not possessive):
        return (word,)
    return (CONTRACTED_STEMS.get(m[1], m[1]), CONTRACTIONS[m[2]]) if m[1] else (m[3], m[4])


# ---------------------------------------------------------------------------
# Align: pairs of sentences that report the same quotation or claim
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Side:
    article: Article
    ids: tuple[int, ...]           # sentence indices of the article's content
    profiles: tuple[Profile, ...]
    texts: tuple[str, ...]


def _side(article: Article) -> _Side:
    ids = tuple(s.index for s in article.content)
    texts = tuple(article.said(i) for i in ids)
    return _Side(article, ids, tuple(profile(t) for t in texts), texts)


@functools.lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """English word frequencies on the Zipf scale (wordfreq's "small" list: the 29,000
    commonest words; 7.7 for "the", 4 for "earthquake"; a word not in it is rarer).

    The list is read straight from wordfreq's data file (its documented cBpack format: a
    header, then one list of words per centibel of frequency), ~5 ms; importing wordfreq
    itself costs ~80 ms (langcodes, ftfy), which a short run would feel. Any other layout
    goes through wordfreq's own reader. No wordfreq at all: every word counts alike."""
    path = _wordfreq_file()
    if path is None:
        return {}
    try:
        import gzip

        import msgpack

        with gzip.open(path) as fh:
            header, *bins = msgpack.load(fh, raw=False)
        if header != {"format": "cB", "version": 1}:
            raise ValueError(header)
        return {w: (900 - cb) / 100 for cb, words in enumerate(bins) for w in words}
    except (OSError, ValueError, ImportError):
        import wordfreq

        return {w: wordfreq.freq_to_zipf(f) for w, f in wordfreq.get_frequency_dict("en", "small").items()}


def _wordfreq_file() -> Path | None:
    """Where wordfreq keeps its small English list, found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0]) / "data" / "small_en.msgpack.gz"


_DIGIT = _Lazy(r"\d")


def _specificity(surface: str) -> float:
    """How much a word tells, by how rare it is in English at large: 1 for a word past
    the commonest 29,000 (a name, a place, a figure), down to SPECIFICITY_FLOOR for the
    commonest. Figures are looked up with their digits as 0 (wordfreq's convention), so
    "2016" is as common as years are."""
    table = _zipf_table()
    if not table:
        return 1.0
    zipf = table.get(_DIGIT.sub("0", surface.lower()), 0.0)
    return max(SPECIFICITY_FLOOR, min(1.0, (SPECIFICITY_TOP - zipf) / SPECIFICITY_SPAN))


def _local_weights(sides: Sequence[_Side]) -> _Weights:
    """Words that many sentences of the two articles share (the event's protagonists)
    weigh less: they join every sentence about the event to every other.

    (Weighing words by their rarity in English as well, _specificity, was measured here and
    lost: dev pairs F1 0.812 -> 0.790 at a floor of 0.6, 0.772 at 0.4. Names and figures
    already weigh more by kind; what else is rare is often the wording, not the fact.)"""
    df: dict[str, int] = {}
    n = 0
    for side in sides:
        for p in side.profiles:
            n += 1
            for key in p.kinds:
                df[key] = df.get(key, 0) + 1
    if n <= 4:
        return _Weights()
    top = math.log((n + 1) / 2)

    def weight(key: str) -> float:
        d = df.get(key, 1)
        return 1.0 if d <= 2 else max(LOCAL_WEIGHT_FLOOR, math.log((n + 1) / d) / top)

    return _Weights(weight)


def _candidates(sa: _Side, sb: _Side, limit: int = EXHAUSTIVE_LIMIT) -> Iterable[tuple[int, int]]:
    """Pairs worth scoring: all of them when ``limit`` or fewer, else those sharing a
    specific word."""
    na, nb = len(sa.profiles), len(sb.profiles)
    if na * nb <= limit:
        for i in range(na):
            for j in range(nb):
                yield i, j
        return
    postings: dict[str, list[int]] = {}
    for j, p in enumerate(sb.profiles):
        for key in _anchor_keys(p):
            postings.setdefault(key, []).append(j)
    cap = max(20, int(COMMON_WORD_SHARE * nb))
    for i, p in enumerate(sa.profiles):
        votes: dict[int, float] = {}
        for key in _anchor_keys(p):
            hits = postings.get(key)
            if hits and len(hits) <= cap:
                w = 1.0 / math.log(2 + len(hits))
                for j in hits:
                    votes[j] = votes.get(j, 0.0) + w
        for _, j in heapq.nsmallest(CANDIDATES_PER_SENTENCE, [(-v, j) for j, v in votes.items()]):
            yield i, j


@functools.lru_cache(maxsize=4096)
def _words_of(text: str) -> tuple[str, ...]:
    """The keys of a quotation's words, in order, a contraction as the words it stands for
    (_uncontracted: "I won't give up" is "I will not give up", however an outlet writes it;
    a word's "'s" is left to _word_key, which reads it as a possessive)."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        for part in _uncontracted(word) if "'" in word or "\u2019" in word else (word,):
            key = _word_key(part)[0]
            if key:
                out.append(key)
    return tuple(out)


def _quote_words(q: Quote) -> tuple[str, ...]:
    return _words_of(q.text)


def _containment(short: Quote, long: Quote) -> float:
    """Share of the shorter quotation's words found, in order, in the longer one.

    Each stretch between ellipses is looked up on its own, so an abridged quotation
    ("a military course ... as demonstrated") still counts as the full one.
    """
    long_words = _quote_words(long)
    total = found = 0
    for piece in re.split(r"\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\]", short.text):
        words = _words_of(piece)
        if not words:
            continue
        sm = SequenceMatcher(None, words, long_words, autojunk=False)
        found += sum(b.size for b in sm.get_matching_blocks())
        total += len(words)
    return found / total if total else 0.0


def _same_quote(x: Quote, y: Quote) -> tuple[float, Quote, Quote]:
    """(containment, shorter, longer): containment is 0 unless both are long enough to
    compare and the shorter is found in the longer."""
    short, long = (x, y) if len(x.text) <= len(y.text) else (y, x)
    if len(_quote_words(x)) < QUOTE_MIN_WORDS or len(_quote_words(y)) < QUOTE_MIN_WORDS:
        return 0.0, short, long
    c = _containment(short, long)
    return (c if c >= QUOTE_CONTAINMENT else 0.0), short, long


def _same_quotes(qa: Sequence[Quote], qb: Sequence[Quote],
                 limit: int = EXHAUSTIVE_LIMIT, share: float | None = None) -> dict[tuple[int, int], float]:
    """(i, j) -> containment for every two quotations, one of each side, that are one (the
    shorter found in the longer, _same_quote). Only quotations sharing QUOTE_MIN_WORDS
    words are compared: an index of B's words proposes them, so the work follows the
    shared words, not |A| x |B|. Words in more than COMMON_WORD_SHARE of a long side's
    quotations propose nothing (they are counted still)."""
    words_b = [set(ws) if len(ws) >= QUOTE_MIN_WORDS else set() for ws in map(_quote_words, qb)]
    index: dict[str, list[int]] = {}
    for j, ws in enumerate(words_b):
        for w in ws:
            index.setdefault(w, []).append(j)
    cap = len(qb) if len(qa) * len(qb) <= limit else max(64, int(COMMON_WORD_SHARE * len(qb)))
    out: dict[tuple[int, int], float] = {}
    for i, x in enumerate(qa):
        wx = set(_quote_words(x))
        if len(wx) < QUOTE_MIN_WORDS:
            continue
        proposed: set[int] = set()
        for w in wx:
            postings = index.get(w, ())
            if len(postings) <= cap:
                proposed.update(postings)
        for j in sorted(proposed):
            if len(wx & words_b[j]) < QUOTE_MIN_WORDS:
                continue  # a cheap test before the in-order comparison
            c = _containment(x, qb[j]) if share is not None else _same_quote(x, qb[j])[0]
            if c and c >= (share or 0.0):
                out[i, j] = c
    return out


def _quote_pairs(sa: _Side, sb: _Side, same: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """(i, j) -> containment for content sentences sharing a quotation, cut short or not."""
    pos_a = {sid: i for i, sid in enumerate(sa.ids)}
    pos_b = {sid: j for j, sid in enumerate(sb.ids)}
    qa, qb = sa.article.quotes, sb.article.quotes
    out: dict[tuple[int, int], float] = {}
    for (i, j), c in same.items():
        x, y = qa[i], qb[j]
        ka, kb = _telling_sentence(sa.article, x, y.text), _telling_sentence(sb.article, y, x.text)
        if ka in pos_a and kb in pos_b:
            key = (pos_a[ka], pos_b[kb])
            out[key] = max(out.get(key, 0.0), c)
    return out


def _same_phrases(sa: _Side, sb: _Side) -> set[tuple[int, int]]:
    """(i, j) of sentences that quote the same short phrase (one to QUOTE_MIN_WORDS - 1 words,
    one of them more than a function word, the same words after folding): a scare-quoted
    word or a phrase two outlets both give in their speaker's words. Found through a table
    of one side's phrases: linear in the quotations (a phrase quoted more than
    SHARED_PHRASE_MAX_TIMES on a side is no one statement, and is passed over)."""
    def phrases(side: _Side) -> dict[tuple[str, ...], list[int]]:
        pos = {sid: i for i, sid in enumerate(side.ids)}
        out: dict[tuple[str, ...], list[int]] = {}
        for q in side.article.quotes:
            words = _quote_words(q)
            if 0 < len(words) < QUOTE_MIN_WORDS and q.sentence in pos \
                    and any(w not in STOPWORDS for w in words):
                out.setdefault(words, []).append(pos[q.sentence])
        return out
    theirs = phrases(sb)
    return {(i, j) for words, ours in phrases(sa).items() if len(ours) <= SHARED_PHRASE_MAX_TIMES
            and len(theirs.get(words, ())) <= SHARED_PHRASE_MAX_TIMES for i in ours for j in theirs.get(words, ())}


def _piece_pairs(sa: _Side, sb: _Side, limit: int) -> dict[tuple[int, int], float]:
    """(i, j) -> containment for a sentence of a quotation that runs over several, found (at
    least PIECE_SHARE of its words, in order) in a quotation of the other side: one outlet
    splits what another prints as one ('"I opened the folder ...," he said. "That's why I
    took such a long look at Mira and at you."' / '"I opened the folder ... - that's why I
    took such a long look at you and Mira Lund"'). Each piece is looked up as the whole
    quotations are (_same_quotes), so the work follows shared words."""
    out: dict[tuple[int, int], float] = {}
    for ours, theirs, flip in ((sa, sb, False), (sb, sa, True)):
        pieces = [p for q in ours.article.quotes for p in _quote_pieces(ours.article, q)]
        if not pieces:
            continue
        pos_ours = {sid: i for i, sid in enumerate(ours.ids)}
        pos_theirs = {sid: j for j, sid in enumerate(theirs.ids)}
        qt = theirs.article.quotes
        for (i, j), c in _same_quotes(pieces, qt, limit, PIECE_SHARE).items():
            piece, other = pieces[i], qt[j]
            k, kt = piece.sentence, _telling_sentence(theirs.article, other, piece.text)
            if k in pos_ours and kt in pos_theirs:
                key = (pos_theirs[kt], pos_ours[k]) if flip else (pos_ours[k], pos_theirs[kt])
                out[key] = max(out.get(key, 0.0), c)
    return out


def _quote_pieces(article: Article, q: Quote) -> list[Quote]:
    """The parts of a quotation that runs over several sentences, one a sentence (none for
    a quotation inside one sentence)."""
    held = _quote_sentences(article, q)
    if len(held) == 1:
        return []
    parts = ((k, _quote_part(article, q, article.sentences[k])) for k in held)
    return [replace(part, sentence=k) for k, part in parts
            if part is not None and len(_words_of(part.text)) >= PIECE_MIN_WORDS]


def _quote_sentences(article: Article, q: Quote) -> range:
    """The sentences a quotation runs over: its own, and those after it starts in."""
    sentences = article.sentences
    last = q.sentence
    while last + 1 < len(sentences) and sentences[last + 1].start < q.end:
        last += 1
    return range(q.sentence, last + 1)


def _telling_sentence(article: Article, q: Quote, other: str) -> int:
    """The sentence of a quotation that carries the other side's words: its first, unless it
    runs over several and a later one shares more words with them ('"That's why I looked.
    I wasn't trying to be funny."' against 'I wasn't trying to be funny')."""
    held = _quote_sentences(article, q)
    if len(held) == 1:
        return q.sentence
    words = set(_WORD_RUN.findall(fold(other)))
    return max(held, key=lambda k: (len(words.intersection(_WORD_RUN.findall(fold(article.sentences[k].text)))), -k))


def _assign(scores: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs that maximise the total score (Hungarian method per connected
    group of candidate pairs; greedy by score where a group is too large)."""
    edges = {k: v for k, v in scores.items() if v >= threshold}
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("a", i))] = find(("b", j))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, j in sorted(edges):
        groups.setdefault(find(("a", i)), []).append((i, j))
    chosen = []
    for pairs in groups.values():
        rows = sorted({i for i, _ in pairs})
        cols = sorted({j for _, j in pairs})
        if len(pairs) == 1:
            chosen.extend(pairs)
        elif len(rows) * len(cols) <= 40_000:
            chosen.extend(_hungarian(rows, cols, {p: edges[p] for p in pairs}))
        else:
            used_a, used_b = set(), set()
            for i, j in sorted(pairs, key=lambda p: (-edges[p], p)):
                if i not in used_a and j not in used_b:
                    used_a.add(i)
                    used_b.add(j)
                    chosen.append((i, j))
    return sorted(chosen)


def _hungarian(rows: list[int], cols: list[int], w: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Maximum-weight assignment on a small dense block (Kuhn-Munkres, O(n^3))."""
    transpose = len(rows) > len(cols)
    if transpose:
        rows, cols = cols, rows
        w = {(j, i): v for (i, j), v in w.items()}
    n, m = len(rows), len(cols)
    scale = 1_000_000
    cost = [[-round(w.get((r, c), 0.0) * scale) for c in cols] for r in rows]
    inf = float("inf")
    u, v = [0] * (n + 1), [0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    out = []
    for j in range(1, m + 1):
        if p[j]:
            pair = (rows[p[j] - 1], cols[j - 1])
            if transpose:
                pair = (pair[1], pair[0])
            if w.get(pair if not transpose else (pair[1], pair[0]), 0.0) > 0:
                out.append(pair)
    return out


def _anchor_keys(p: Profile) -> set[str]:
    """The keys of a sentence's content that are not weak, synonyms as one."""
    return {_SYNONYM_OF.get(key, key) for _, _, key, kind in p.spans if kind != "weak"}


def _merge(profiles: Sequence[Profile]) -> Profile:
    if len(profiles) == 1:
        return profiles[0]
    return Profile(tuple(t for p in profiles for t in p.tokens),
                   any(p.negated for p in profiles), tuple(u for p in profiles for u in p.units),
                   frozenset().union(*(p.poles for p in profiles)),
                   frozenset().union(*(p.when for p in profiles)),
                   frozenset().union(*(p.negates for p in profiles)),
                   tuple(dict.fromkeys(k for p in profiles for k in p.lowered)))


def align(a: Article, b: Article, threshold: float = DEFAULT_THRESHOLD, *, leads: bool = True,
          progress=None, tuning: Tuning = DEFAULT_TUNING) -> Comparison:
    """Pair the sentences of ``a`` and ``b`` that report the same quotation or claim.

    The result depends on the unordered pair: ``align(b, a)`` is the mirror image. With
    ``leads``, the headline of one pairs with the other's lead when the other has none.
    """
    if (b.text, b.path) < (a.text, a.path):
        return _mirror(_align(b, a, threshold, leads=leads, progress=progress, tuning=tuning))
    return _align(a, b, threshold, leads=leads, progress=progress, tuning=tuning)


def _mirror(c: Comparison) -> Comparison:
    def mirrored(matches: Sequence[Match]) -> tuple[Match, ...]:
        return tuple(sorted((Match(m.b, m.a, m.score, m.kind, m.differences.swapped(), m.anchors, m.parts)
                             for m in matches), key=lambda m: (m.a, m.b)))

    return Comparison((c.articles[1], c.articles[0]), mirrored(c.matches), c.only_b, c.only_a, c.threshold,
                      mirrored(c.possible), c.similarity, tuple(sorted((j, i) for i, j in c.same_quotes)))


def _align(a: Article, b: Article, threshold: float, *, leads: bool = True, progress=None,
           tuning: Tuning = DEFAULT_TUNING) -> Comparison:
    sa, sb = _side(a), _side(b)
    lex = _Lexicon((k for side in (sa, sb) for p in side.profiles for k in p.kinds), _local_weights((sa, sb)),
                   matrix_words=tuning.variant_matrix_words, matrix_rows=tuning.variant_matrix_rows)
    floor = max(0.0, min(threshold - CONTEXT_BAND, POSSIBLE_THRESHOLD))
    scores: dict[tuple[int, int], float] = {}
    clause_lift: dict[tuple[int, int], float] = {}
    by_quantity: set[tuple[int, int]] = set()  # one fact by a specific quantity: may be a second pair

    def cover(x: Profile, y: Profile) -> _Overlap:
        return _coverage(x, y, lex)

    na, nb = len(sa.profiles), len(sb.profiles)
    expected = na * nb if na * nb <= tuning.exhaustive_limit else na * CANDIDATES_PER_SENTENCE
    specific = _specific_units(sa) | _specific_units(sb)
    for count, (i, j) in enumerate(_candidates(sa, sb, tuning.exhaustive_limit)):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(min(count, expected), expected)  # two long articles: say so
        pa, pb = sa.profiles[i], sb.profiles[j]
        o = _coverage(pa, pb, lex)
        whole = _combine(o, pa, pb)
        s = _by_clauses(whole, o, pa, pb, sa.texts[i], sb.texts[j], cover=cover, least=threshold,
                        factor=tuning.clause_factor)
        if s > whole:
            clause_lift[i, j] = s
        apart = s < threshold and o.numbers_differ and _counted_apart(pa, pb, specific)
        if apart and not _placed_apart(pa.places, pb.places):
            # "500 aftershocks" / "nearly 1,000 aftershocks": one fact, two figures; not when
            # each counts them in a country the other does not ("25,000 troops in South Korea"
            # / "2,400 soldiers have died in Afghanistan": two facts)
            s = threshold
            if apart != _PERCENT_ONLY:
                by_quantity.add((i, j))  # (two shares may be of two things: turnout, the vote)
        elif s < threshold <= s / NEGATION_FACTOR and (pa.negates or pb.negates) and _polarity_differs(pa, pb):
            s = threshold  # "was not showing vital signs" / "was still displaying vital signs"
        elif POSSIBLE_THRESHOLD <= s < threshold and _rare_words_shared(o, pa, sa.texts[i], lex) >= RARE_SHARED_WORDS:
            s = threshold  # "felony theft" on both sides, and in no other sentence: one record
        elif s < threshold and (rare := _rare_figures(o, pa, pb, lex)) and (
                s >= POSSIBLE_THRESHOLD or _counted_alike(pa, pb, rare)):
            # "about 7,000 troops" / "some 7,000 soldiers", in no third sentence; "carrying 149
            # passengers" in a long lead of many facts / "took off with 149 passengers"
            s = threshold
            by_quantity.add((i, j))
        elif POSSIBLE_THRESHOLD <= s < threshold and pa.durations and not pa.durations.isdisjoint(pb.durations):
            s = threshold  # "up to 25 years in prison" / "five to 25 years in prison": one sentence
            by_quantity.add((i, j))
        elif s >= threshold and (rare := _rare_figures(o, pa, pb, lex)) and _counted_alike(pa, pb, rare):
            by_quantity.add((i, j))  # "90 divers" on both sides: one fact, which may be a second pair
        if s >= floor:
            scores[i, j] = s
    same = _same_quotes(a.quotes, b.quotes, tuning.exhaustive_limit)
    quoted = _quote_pairs(sa, sb, same)
    for key, c in _piece_pairs(sa, sb, tuning.exhaustive_limit).items():
        quoted[key] = max(quoted.get(key, 0.0), c)
    for key, c in quoted.items():
        scores[key] = max(scores.get(key, 0.0), c)
    phrase_lift: dict[tuple[int, int], float] = {}
    for key in _same_phrases(sa, sb):
        # the same few words quoted on both sides ("targeting "criminals" around him"): one
        # statement, told around them in other words
        if SHARED_PHRASE_FLOOR <= scores.get(key, 0.0) < threshold:
            phrase_lift[key] = threshold - scores[key]
            scores[key] = threshold
    # A borderline pair whose neighbours on both sides are pairs too is lifted: news
    # rewrites keep the order of a passage.
    lifted = dict(scores)
    for (i, j), s in scores.items():
        diagonal = max(scores.get((i - 1, j - 1), 0), scores.get((i + 1, j + 1), 0))
        if threshold - CONTEXT_BAND <= s < threshold <= diagonal:
            lifted[i, j] = s + CONTEXT_BONUS
    pairs = _assign(lifted, threshold)
    groups = _fold_neighbours(pairs, sa, sb, lex, lifted)
    # Many-to-many: a sentence also pairs with another sentence of the other article that
    # tells one of its facts surely enough (a second account of it, a fact spread over two
    # sentences that are not neighbours), beyond the one-to-one assignment.
    joined = {(i, j) for ia, jb in groups for i in ia for j in jb}
    second = max(threshold, SECOND_PAIR_THRESHOLD)
    extra: Counter[tuple[str, int]] = Counter()  # second pairs each sentence has taken
    chosen = []
    # (a fact told by one specific quantity, or with two figures, is a second pair too: the
    # disagreement a reader looks for)
    candidates = [(key, s) for key, s in lifted.items()
                  if (s >= second or (key in by_quantity and s >= threshold)) and key not in joined]
    for (i, j), _ in sorted(candidates, key=lambda kv: (-kv[1], kv[0])):
        if extra["a", i] < SECOND_PAIRS_MAX and extra["b", j] < SECOND_PAIRS_MAX:
            # (the strongest first, a few a sentence: one sentence said a hundred times over is
            # not a hundred facts, and its pairs would grow as the square of the sentences)
            chosen.append((i, j))
            extra["a", i] += 1
            extra["b", j] += 1
    groups.extend(((i,), (j,)) for i, j in sorted(chosen))

    def match(ia: tuple[int, ...], jb: tuple[int, ...]) -> Match:
        pa = _merge([sa.profiles[i] for i in ia])
        pb = _merge([sb.profiles[j] for j in jb])
        overlap = _coverage(pa, pb, lex)
        fuzzy_score = _combine(overlap, pa, pb)
        q = max((quoted.get((i, j), 0.0) for i in ia for j in jb), default=0.0)
        best = max(lifted.get((i, j), 0.0) for i in ia for j in jb)
        score = round(max(best, fuzzy_score, q), 4)
        ids_a = tuple(sa.ids[i] for i in ia)
        ids_b = tuple(sb.ids[j] for j in jb)
        return Match(
            ids_a, ids_b, score, "quote" if q else "claim", differences(a, b, ids_a, ids_b),
            tuple(sorted(set(overlap.anchors))),
            (("coverage_a", round(overlap.cov_a, 4)), ("coverage_b", round(overlap.cov_b, 4)),
             ("quote_containment", round(q, 4)),
             ("context", round(max(lifted.get((i, j), 0) - scores.get((i, j), 0)
                                   for i in ia for j in jb), 4)),
             ("clause", round(max(clause_lift.get((i, j), 0.0) for i in ia for j in jb), 4)),
             ("phrase", round(max(phrase_lift.get((i, j), 0.0) for i in ia for j in jb), 4))))

    matches = [match(ia, jb) for ia, jb in groups]
    # Possible pairs: below the threshold, down to POSSIBLE_THRESHOLD, between sentences
    # both paired with nothing (what would else be "only in A" and "only in B"); one-to-one,
    # reported apart, never shared.
    in_a = {i for ia, _ in groups for i in ia}
    in_b = {j for _, jb in groups for j in jb}
    band = {k: s for k, s in lifted.items()
            if POSSIBLE_THRESHOLD <= s < threshold and k[0] not in in_a and k[1] not in in_b}
    possible = tuple(sorted((match((i,), (j,)) for i, j in _assign(band, POSSIBLE_THRESHOLD)),
                            key=lambda m: (m.a, m.b)))
    # Headlines summarise; they are compared with each other, not with the body. An article
    # whose headline was not found (fused with its lead, or missing) offers its first
    # LEAD_SENTENCES instead.
    heads_a = (a.headline,) if a.headline is not None else tuple(s.index for s in a.content[:LEAD_SENTENCES])
    heads_b = (b.headline,) if b.headline is not None else tuple(s.index for s in b.content[:LEAD_SENTENCES])
    if (a.headline is None and b.headline is None) or (not leads and None in (a.headline, b.headline)):
        heads_a = heads_b = ()
    best = None
    for i in heads_a:
        for j in heads_b:
            pa, pb = profile(a.said(i)), profile(b.said(j))
            overlap = _pair_overlap(pa, pb)
            s = _combine(overlap, pa, pb)
            if s >= threshold and (best is None or s > best[0]):
                best = (s, i, j, overlap)
    if best is not None:
        s, i, j, overlap = best
        matches.append(Match(
            (i,), (j,), round(s, 4), "headline", differences(a, b, (i,), (j,)), tuple(sorted(set(overlap.anchors))),
            (("coverage_a", round(overlap.cov_a, 4)), ("coverage_b", round(overlap.cov_b, 4)),
             ("quote_containment", 0.0), ("context", 0.0), ("clause", 0.0))))
    matches.sort(key=lambda m: (m.a, m.b))
    used_a = {i for m in matches for i in m.a}
    used_b = {j for m in matches for j in m.b}
    # The quotations both report: one cut from the other, or the same words however short.
    by_text: dict[str, list[int]] = {}
    for j, y in enumerate(b.quotes):
        by_text.setdefault(fold(y.text).strip(), []).append(j)
    same_quotes = set(same) | {(i, j) for i, x in enumerate(a.quotes) for j in by_text.get(fold(x.text).strip(), ())}
    return Comparison(
        (a, b), tuple(matches),
        tuple(i for i in sa.ids if i not in used_a),
        tuple(j for j in sb.ids if j not in used_b), threshold, possible, _document_similarity(a, b),
        tuple(sorted(same_quotes)))


def _specific_units(side: _Side) -> frozenset[str]:
    """The words that figures count in an article and that are rare in English
    ("aftershocks", "passengers"; not "people", "years"): a count of one of these is a fact.
    Read once an article, however many it is compared with."""
    def find() -> frozenset[str]:
        out = set()
        for p, text in zip(side.profiles, side.texts):
            if p.units:
                counted = {u for _, u in p.units if u}
                for start, end, key, _ in p.spans:
                    # (a time of day counts no thing: "2:30 a.m." / "11:30 a.m."; a share is
                    # one however written, "%" or "percent", when its figures are near: SHARE_NEAR)
                    if key in counted and key not in _NO_THING and (
                            key == _PERCENT_KEY or _specificity(text[start:end]) >= SPECIFIC_UNIT):
                        out.add(key)
        return frozenset(out)

    return _of_article(side.article, "specific units", find)


_ARTICLE_CACHE: dict[int, tuple[Article, dict]] = {}


def _of_article(article: Article, what: str, compute):
    """``compute()`` for one article, kept for the last ARTICLE_CACHE articles seen: a
    collation compares each article with every other, and these do not change. Kept by
    identity (hashing an article would read its whole text)."""
    hit = _ARTICLE_CACHE.get(id(article))
    if hit is None or hit[0] is not article:
        if len(_ARTICLE_CACHE) >= ARTICLE_CACHE:
            _ARTICLE_CACHE.pop(next(iter(_ARTICLE_CACHE)))
        hit = _ARTICLE_CACHE[id(article)] = (article, {})
    if what not in hit[1]:
        hit[1][what] = compute()
    return hit[1][what]


def _rare_words_shared(o: _Overlap, pa: Profile, text: str, lex: _Lexicon) -> int:
    """How many of the words two sentences share (``o``'s anchors, read in ``pa`` and its
    ``text``) are plain words rare in English (RARE_WORD) that no third sentence of the two
    articles has (full local weight): a name or a figure already weighs by its kind."""
    anchors = set(o.anchors)
    return len({key for start, end, key, kind in pa.spans
                if kind == "word" and key in anchors and lex.weights[key] >= 1.0
                and _specificity(text[start:end]) >= RARE_WORD})


def _rare_figures(o: _Overlap, pa: Profile, pb: Profile, lex: _Lexicon) -> list[str]:
    """The figures two sentences share (a number on both sides, not a date's day) that no
    third sentence of the two articles gives (full local weight), above RARE_FIGURE_ABOVE,
    and that are no year and no one's age ("Abe, 67," / "the 67-year-old": a description,
    told beside any fact)."""
    shared = [key for key in o.anchors if pa.kinds.get(key) == "number" and pb.kinds.get(key) == "number"]
    if not shared:
        return shared  # (most pairs: the aligner asks this of every pair under the threshold)
    ages = {n for p in (pa, pb) for n, unit in p.units if unit.startswith("age")}
    out = []
    for key in shared:
        if lex.weights[key] < 1.0 or key in ages or _YEAR.fullmatch(key):
            continue
        with contextlib.suppress(ValueError):
            if float(key) > RARE_FIGURE_ABOVE:
                out.append(key)
    return out


def _counted_alike(pa: Profile, pb: Profile, figures: Iterable[str]) -> bool:
    """Whether one of ``figures`` counts one same thing on both sides ("149 passengers"),
    other than money (a round sum is anyone's: "$1 million" for an ad, for a flight)."""
    xa, xb = pa.counts, pb.counts
    return any((n, False) in xa[t] and (n, False) in xb[t]
               for t in xa.keys() & xb.keys() if t != "money" for n in figures)


def _counted_apart(pa: Profile, pb: Profile, specific: frozenset[str]) -> frozenset[str]:
    """The specific things both count, each with a figure the other does not give: "500
    aftershocks" / "nearly 1,000 aftershocks", and spans of time of one thing ("up to 29
    years in prison" / "five to 25 years in prison"). Empty when there are none."""
    xa, xb = pa.counts, pb.counts
    out = set()
    for thing in xa.keys() & xb.keys():
        if thing not in specific and " " not in thing:  # (a span of time is "year prison")
            continue
        na, nb = xa[thing], xb[thing]
        # figures of one sort: "the first package" / "a dozen packages" are two facts
        if {o for _, o in na - nb} & {o for _, o in nb - na} and (thing != _PERCENT_KEY or _near_share(na, nb)):
            out.add(thing)
    return frozenset(out)


def _near_share(na: frozenset[tuple[str, bool]], nb: frozenset[tuple[str, bool]]) -> bool:
    """Whether two sets of percentages have one on each side within SHARE_NEAR of each
    other: "50.2%" / "50.21 per cent" is one vote share; "37%" turnout / "50.2%" of the vote
    and "1 percent" dilution / shares "surged 47 percent" are shares of two things."""
    ys = _share_values(nb)
    for x in _share_values(na):  # the nearest on the other side, either way (sorted: no pair of all)
        k = bisect.bisect_left(ys, x)
        if any(abs(x - y) <= SHARE_NEAR * max(x, y) for y in ys[max(0, k - 1):k + 1]):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _share_values(ns: frozenset[tuple[str, bool]]) -> list[float]:
    """The values of a sentence's percentages, sorted (a frozenset keeps its hash: one
    sentence against many reads them once)."""
    out = []
    for n, _ in ns:
        with contextlib.suppress(ValueError):
            out.append(abs(float(n)))
    return sorted(out)


def _document_similarity(a: Article, b: Article) -> float:
    """How much two articles are about the same thing, 0..1: the cosine of their word
    vectors, each word weighted by (1 + log of its count) times how rare it is in English
    (_specificity), over the body and the headline (set-aside lines left out). Ranks
    article pairs as people rate "same story" (SemEval 2022, 161 English pairs: 0.82)."""
    (va, na), (vb, nb) = _word_vector(a), _word_vector(b)
    if not na or not nb:
        return 0.0
    return round(min(1.0, sum(x * vb[k] for k, x in va.items() if k in vb) / (na * nb)), 4)


def _word_vector(art: Article) -> tuple[dict[str, float], float]:
    """An article's weighted word vector and its length, read once an article."""
    def vector() -> tuple[dict[str, float], float]:
        counts: dict[str, int] = {}
        spec: dict[str, float] = {}
        for s in art.sentences:
            if s.boilerplate is not None:
                continue
            said = art.said(s.index)
            for start, end, key, _ in profile(said).spans:
                if key:
                    counts[key] = counts.get(key, 0) + 1
                    if key not in spec:
                        spec[key] = _specificity(said[start:end])
        v = {k: (1 + math.log(c)) * spec[k] for k, c in counts.items()}
        return v, math.sqrt(sum(x * x for x in v.values()))

    return _of_article(art, "word vector", vector)


def _fold_neighbours(pairs, sa: _Side, sb: _Side, lex: _Lexicon, scores):
    """Let one sentence take in a neighbour of its partner when it tells both.

    A lead such as "X announced it is suspending talks over Y's failure to do Z" is often
    two sentences on the other side; the neighbour joins when adding it raises the share of
    the sentence that is covered by FOLD_GAIN and the merged pair scores higher than before.
    """
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    groups = []
    for i, j in pairs:
        ga, gb = [i], [j]
        for side, own, other, used in (("b", ga, gb, used_b), ("a", gb, ga, used_a)):
            base_own = own[0]
            for step in (-1, 1):
                nb = other[0] + step if step < 0 else other[-1] + step
                limit = len(sb.profiles) if side == "b" else len(sa.profiles)
                if not 0 <= nb < limit or nb in used:
                    continue
                key = (base_own, nb) if side == "b" else (nb, base_own)
                if scores.get(key, 0.0) < FOLD_MIN_SCORE:
                    continue
                p_own = sa.profiles[base_own] if side == "b" else sb.profiles[base_own]
                prof = sb.profiles if side == "b" else sa.profiles
                before = _coverage(p_own, _merge([prof[k] for k in other]), lex)
                after = _coverage(p_own, _merge([prof[k] for k in sorted(other + [nb])]), lex)
                gained = after.cov_a - before.cov_a >= FOLD_GAIN
                if gained and _combine(after, p_own, p_own) > _combine(before, p_own, p_own):
                    other.append(nb)
                    other.sort()
                    used.add(nb)
        groups.append((tuple(ga), tuple(gb)))
    return groups


# ---------------------------------------------------------------------------
# Collate: three or more articles, groups of sentences that report one thing
# ---------------------------------------------------------------------------

def collate(articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD, progress=None,
            *, pairwise: dict | None = None, tuning: Tuning = DEFAULT_TUNING) -> Collation:
    """Align every pair of articles, then join the pairs into groups, strongest first.

    Two groups join only if they have no article in common (but the sentences one side of
    a single match folds together) and at least GROUP_LINK_SHARE of the sentence pairs
    across them were matched directly or score GROUP_NEAR: average linkage, so that A~B,
    B~C, C~D does not put A and D together when they were never nearly paired. ``pairwise``, when given, receives
    each pair's ``Comparison`` under (i, j).
    """
    n = len(articles)
    total = n * (n - 1) // 2
    links: dict[frozenset, Link] = {}
    kinds: dict[frozenset, str] = {}
    mates: set[frozenset] = set()  # sentences of one article that one match folds together
    first_copy = {(k, y): (k, x) for k, art in enumerate(articles) for x, y in _repeated(art)}
    nearly: dict[tuple[int, int], set[tuple[int, int]]] = {}  # sentence -> those paired or possibly paired
    done = 0
    for i in range(n):
        for j in range(i + 1, n):
            # a headline and another's lead stay apart here: the lead belongs with the leads
            result = align(articles[i], articles[j], threshold, leads=False, tuning=tuning)
            if pairwise is not None:
                pairwise[i, j] = result
            for m in (*result.matches, *result.possible):
                for x in m.a:
                    for y in m.b:
                        nearly.setdefault((i, x), set()).add((j, y))
                        nearly.setdefault((j, y), set()).add((i, x))
            for m in result.matches:
                side_a = [(i, x) for x in m.a]
                side_b = [(j, y) for y in m.b]
                for side in (side_a, side_b):
                    mates.update(frozenset((p, q)) for p in side for q in side if p < q)
                for u in side_a:
                    for v in side_b:
                        links[frozenset((u, v))] = Link(u, v, m.score, m.differences)
                        kinds[frozenset((u, v))] = m.kind
            done += 1
            if progress is not None:
                progress(done, total)

    cluster: dict[tuple[int, int], int] = {}
    members: dict[int, list[tuple[int, int]]] = {}
    scored: dict[frozenset, float] = {}

    def score(u: tuple[int, int], v: tuple[int, int]) -> float:
        key = frozenset((u, v))
        if key not in scored:
            pa, pb = profile(articles[u[0]].said(u[1])), profile(articles[v[0]].said(v[1]))
            scored[key] = _combine(_pair_overlap(pa, pb), pa, pb)
        return scored[key]

    def near(u: tuple[int, int], v: tuple[int, int]) -> bool:
        return score(u, v) >= GROUP_NEAR

    for link in sorted(links.values(), key=lambda k: (-k.score, k.a, k.b)):
        for node in (link.a, link.b):
            if node not in cluster:
                cluster[node] = len(cluster)  # ids are never reused: clusters only merge
                members[cluster[node]] = [node]
        cu, cv = cluster[link.a], cluster[link.b]
        if cu == cv or not _may_join(members[cu], members[cv], links, mates, near, first_copy):
            continue
        members[cu].extend(members[cv])
        for node in members.pop(cv):
            cluster[node] = cu

    told = [sorted(nodes + _also_telling(nodes, nearly, near))
            for nodes in members.values() if len({a for a, _ in nodes}) >= 2]
    holding: dict[tuple[int, int], set[int]] = {}
    for k, nodes in enumerate(told):
        for node in nodes:
            holding.setdefault(node, set()).add(k)
    # (not two sentences that a group already holds together: it took one of them in later)
    told.extend(pair for pair in _second_facts(links, cluster)
                if holding.get(pair[0], set()).isdisjoint(holding.get(pair[1], ())))
    groups = []
    for nodes in _one_fact_once(told, mates, first_copy, score):
        inner = [frozenset((u, v)) for k, u in enumerate(nodes) for v in nodes[k + 1:]]
        inside = [links[key] for key in inner if key in links]
        found = {kinds[key] for key in inner if key in kinds}
        kind = "quote" if "quote" in found else "headline" if found == {"headline"} else "claim"
        implied = _implied(articles, nodes, links, score)
        # the flags decide the version; the words on one side only, for the few flagged
        flagged = [Link(x.a, x.b, x.score, differences(articles[x.a[0]], articles[x.b[0]], [x.a[1]], [x.b[1]]),
                        direct=False) for x in implied if x.differences.flags]
        groups.append(Group(tuple(nodes), kind, tuple(inside + flagged),
                            _differing(nodes, inside + implied, lambda u: _carries(articles[u[0]], u[1]))))
    groups.sort(key=lambda g: g.members[0])
    grouped = {node for g in groups for node in g.members}
    only = tuple(tuple(s.index for s in art.content if (k, s.index) not in grouped)
                 for k, art in enumerate(articles))
    return Collation(tuple(articles), tuple(groups), only, threshold)


def _also_telling(nodes, nearly, near) -> list[tuple[int, int]]:
    """Sentences of the articles a group lacks that tell its fact too, though the pairwise
    alignment gave each to another fact (a lead that tells three): many-to-many, a
    sentence may be in several groups. One per article, paired or possibly paired with a
    member, and near (GROUP_NEAR) at least two members and GROUP_LINK_SHARE of them: the
    test two groups pass to join. The candidates come from the pairwise results, so the
    pass costs what they hold, not sentences times groups."""
    have = {a for a, _ in nodes}
    need = max(2, GROUP_LINK_SHARE * len(nodes))
    best: dict[int, tuple[int, tuple[int, int]]] = {}
    for u in sorted({u for v in nodes for u in nearly.get(v, ()) if u[0] not in have}):
        hits = sum(1 for v in nodes if near(u, v))
        if hits < need or hits <= best.get(u[0], (0, u))[0]:
            continue
        best[u[0]] = (hits, u)
    return [u for _, u in best.values()]


def _second_facts(links: dict[frozenset, Link], cluster: dict[tuple[int, int], int]) -> list[list[tuple[int, int]]]:
    """Facts of a sentence that tells several, as groups of the two sentences that one
    link joins: a sentence the pairwise alignment linked to two sentences of one article
    tells two facts there (a lead with the divers' number and the day the boys were
    trapped; the other article gives each its sentence), but it is in one fact's group,
    and the other sentence in another's (two groups with sentences of one article do not
    join). Each such link the groups left apart is a group of its own, so that the fact it
    joins is found in both articles. Linear in the links."""
    fan: Counter[tuple[tuple[int, int], int]] = Counter()  # (sentence, article) -> its links there
    for link in links.values():
        fan[link.a, link.b[0]] += 1
        fan[link.b, link.a[0]] += 1
    return [sorted([link.a, link.b]) for link in sorted(links.values(), key=lambda k: (-k.score, k.a, k.b))
            if cluster[link.a] != cluster[link.b] and max(fan[link.a, link.b[0]], fan[link.b, link.a[0]]) >= 2]


def _repeated(art: Article) -> list[tuple[int, int]]:
    """Sentences an article gives twice (a page's standfirst, then its lead after a dateline:
    "All 12 boys ... have been rescued." / "CHIANG RAI: All 12 boys ... have been rescued."):
    each later copy with the first, found by their words (a dateline's capitals left out),
    so that one fact's group may hold both."""
    first: dict[tuple[str, ...], int] = {}
    pairs = []
    for s in art.content:
        words = s.text.replace(":", " ").split()
        while words and len(words[0]) > 1 and words[0].isupper():
            words.pop(0)
        key = tuple(fold(w).strip(".,;!?\"'\u201c\u201d\u2018\u2019") for w in words)
        if len(key) < REPEAT_MIN_WORDS:
            continue
        if key in first:
            pairs.append((first[key], s.index))
        else:
            first[key] = s.index
    return pairs


def _may_join(xs, ys, links, mates, near, first_copy=None) -> bool:
    first_copy = first_copy or {}
    for u in xs:
        for v in ys:
            if u[0] == v[0] and frozenset((u, v)) not in mates:
                # a sentence given twice stands with its first copy, and beside the sentences
                # that copy folds with
                fu, fv = first_copy.get(u, u), first_copy.get(v, v)
                if fu != fv and frozenset((fu, fv)) not in mates:
                    return False
    cross = [(u, v) for u in xs for v in ys if u[0] != v[0]]
    linked = sum(1 for u, v in cross if frozenset((u, v)) in links or near(u, v))
    return linked >= GROUP_LINK_SHARE * len(cross)


def _one_fact_once(told: list[list[tuple[int, int]]], mates, first_copy, score) -> list[list[tuple[int, int]]]:
    """The groups, each fact once. A group that took in the sentences of other articles
    that tell its fact (_also_telling) may come to hold what another group holds: the same
    sentence of all but one of the smaller's articles (at least DUPLICATE_MIN_SHARED). The
    two are one fact told twice, and become one group: the shared sentences, the sentences
    of one article beside them that one of the two folds with them, and, of an article the
    two give different sentences of, the one nearer the shared ones. Two facts of one lead
    share its sentence, not all but one of their articles'. Groups are compared only when
    they share a sentence."""
    def beside(u, kept) -> bool:  # folded with a kept sentence of its article, or a copy of one
        return any(c[0] == u[0] and (frozenset((u, c)) in mates or first_copy.get(u, u) == first_copy.get(c, c))
                   for c in kept)

    def nearness(side, common) -> float:
        return sum(score(u, c) for u in side for c in common) / len(side)

    out = [list(nodes) for nodes in told]
    alive = [True] * len(out)
    holding: dict[tuple[int, int], list[int]] = {}
    for k, nodes in enumerate(out):
        for node in nodes:
            holding.setdefault(node, []).append(k)
    for k in range(len(out)):
        for other in sorted({j for node in out[k] for j in holding[node] if j > k}):
            if not (alive[k] and alive[other]):
                continue
            xs, ys = out[k], out[other]
            common = set(xs) & set(ys)
            arts = {a for a, _ in common}
            smaller = min(len({a for a, _ in xs}), len({a for a, _ in ys}))
            if len(arts) < max(DUPLICATE_MIN_SHARED, smaller - 1):
                continue
            merged = set(common)
            for a in sorted({a for a, _ in xs + ys} - arts):
                mine = [u for u in xs if u[0] == a]
                theirs = [u for u in ys if u[0] == a]
                pick = mine or theirs
                if mine and theirs and mine != theirs:
                    pick = mine if nearness(mine, common) >= nearness(theirs, common) else theirs
                merged.update(pick)
            rest = [u for u in xs + ys if u[0] in arts and u not in merged]
            while more := [u for u in rest if u not in merged and beside(u, merged)]:
                merged.update(more)
            out[k] = sorted(merged)
            alive[other] = False
            for node in merged:
                if k not in holding.setdefault(node, []):
                    holding[node].append(k)
    return [nodes for k, nodes in enumerate(out) if alive[k]]


def _implied(articles, nodes, links, score) -> list[Link]:
    """The pairs of a group's sentences the pairwise alignment did not match (each was
    matched to a third), with the flags of what differs between them: the group's majority
    version is read from every pair, not from the matched ones only. Scored as the test of
    GROUP_NEAR scores them (most were scored for it already); the cost is the group's size
    squared, and a group holds one sentence or two of each article."""
    out = []
    for k, u in enumerate(nodes):
        for v in nodes[k + 1:]:
            if u[0] != v[0] and frozenset((u, v)) not in links:
                out.append(Link(u, v, round(score(u, v), 4),
                                differences(articles[u[0]], articles[v[0]], [u[1]], [v[1]], words=False),
                                direct=False))
    return out


def _carries(art: Article, i: int) -> frozenset[str]:
    """What a sentence gives that versions of one fact may differ in: a quotation, numbers,
    dates; every sentence says yes or no (polarity), surely or not (certainty)."""
    text = art.said(i)
    out = {"polarity", "certainty"}
    if _quotes_in(art, [i]):
        out.add("quote")
    if profile(text).figures:
        out.add("numbers")
    if _dates(text):
        out.add("dates")
    return frozenset(out)


def _stake(flag: str) -> str:
    """What a flag is about, as _carries names it."""
    return "quote" if flag.startswith(("quotation", "speaker")) else flag.split()[0]


def _differing(nodes, inside: Sequence[Link], carries=None) -> tuple[int, ...]:
    """Articles whose version differs from the others': the largest set of articles whose
    links to each other carry no flag is the majority version (of two as large, the one
    more articles agree with); an article outside it that is flagged against it differs. A
    cut quotation is flagged against the whole one only: the whole ones agree with each
    other, the cut one differs. Two agree only when both give what the flags are about
    (``carries``: a paraphrase without the quotation vouches for no wording of it). When no
    two agree there is no majority: the one article telling a quotation whole against two
    or more cut versions is the one they differ from, else every article of a flagged link
    differs (of two that disagree, both)."""
    arts = sorted({a for a, _ in nodes})
    agree: dict[int, set[int]] = {a: set() for a in arts}
    against: dict[int, set[int]] = {a: set() for a in arts}
    # what the versions differ in; two sentences agree on it only if both give it (a
    # sentence without the quotation does not vouch for one wording of it)
    stake = {_stake(f) for link in inside for f in link.differences.flags}
    gives = {u: carries(u) for u in nodes} if carries is not None and stake else None
    cut: set[tuple[int, int]] = set()  # (short, whole): a quotation cut in one against the other
    for link in inside:
        x, y = link.a[0], link.b[0]
        if x == y:
            continue
        d = link.differences
        if not d.flags and gives is not None and not stake <= (gives[link.a] & gives[link.b]):
            continue
        if d.quote is not None and d.quote.side:
            cut.add((x, y) if d.quote.side == "a" else (y, x))
        if d.quote is not None and d.quote.side and len(d.flags) == 1:
            # one version cut short: that one differs; the whole one tells the quotation as it was
            short, whole = (x, y) if d.quote.side == "a" else (y, x)
            against[short].add(whole)
            continue
        (against if d.flags else agree)[x].add(y)
        (against if d.flags else agree)[y].add(x)
    for x in arts:  # a pair both agreeing and not (two sentences each) agrees
        against[x] -= agree[x]
    candidates = []
    for a in arts:  # greedy: the article with most agreements, then those agreeing with all so far
        group = {a}
        for b in sorted(agree[a], key=lambda b: (-len(agree[b]), b)):
            if all(b in agree[c] for c in group):
                group.add(b)
        candidates.append(group)
    # the largest; of two as large, the one more articles agree with (the version most tell),
    # then the first
    majority = max(candidates, key=lambda g: (len(g), sum(len(agree[c]) for c in g), [-c for c in sorted(g)]),
                   default=set())
    if len(majority) < 2:
        # no two agree. The one article that tells the quotation whole against two or more
        # cut versions, and is cut against none, is the version the others shortened: they
        # differ from it. Else every article of a flagged link differs (of two, both).
        shorts = {s for s, _ in cut}
        whole = [a for a in arts if a not in shorts and sum(1 for _, w in cut if w == a) >= 2]
        flagged = [a for a in arts if against[a] or any(a in against[c] for c in arts)]
        return tuple(a for a in flagged if a not in whole) if len(whole) == 1 else tuple(flagged)
    return tuple(a for a in arts if a not in majority and against[a] & majority)


# ---------------------------------------------------------------------------
# Compare: the one public entry, two articles or many
# ---------------------------------------------------------------------------

def compare(*articles: Article, threshold: float = DEFAULT_THRESHOLD, progress=None,
            tuning: Tuning = DEFAULT_TUNING):
    """The one public entry. Two articles give a ``Comparison`` (sentence pairs); three or
    more a ``Collation`` (groups across articles). ``progress(done, total)``, when given,
    is called after each pairwise alignment. See ``to_dict`` and ``render``."""
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
    if len(articles) < 2:
        raise ValueError(f"compare needs at least 2 articles, got {len(articles)}")
    with _no_cyclic_gc():
        if len(articles) == 2:
            return align(*articles, threshold, progress=progress, tuning=tuning)
        return collate(articles, threshold, progress, tuning=tuning)


@contextlib.contextmanager
def _no_cyclic_gc():
    """Pause Python's cycle collector: the pipeline makes millions of small objects and no
    cycles, so the collector would walk them again and again for nothing (5,000 x 5,000
    ECB+ sentences: 8 full collections, 0 objects found, 0.7 s of 3.8). Reference counting
    still frees everything."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# ---------------------------------------------------------------------------
# Report: the JSON document
# ---------------------------------------------------------------------------


def _coverage_share(article: Article, used: Iterable[int]) -> float:
    """The share of an article's body text (its ``content``, as ``only_a`` counts it) that
    sentences in ``used`` make up; a paired headline is not body text."""
    used = set(used)
    total = sum(len(s.text) for s in article.content)
    got = sum(len(s.text) for s in article.content if s.index in used)
    return round(got / total, 4) if total else 0.0


def _article_dict(art: Article) -> dict:
    return {
        "path": art.path,
        "title": art.title,
        "url": art.url,
        "site": art.site,
        "author": art.author,
        "date": art.date,
        "characters": len(art.text),
        "text": art.text,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text,
             "paragraph": s.paragraph, "boilerplate": s.boilerplate is not None,
             "boilerplate_reason": s.boilerplate}
            for s in art.sentences],
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text, "sentence": q.sentence,
             "speaker": q.speaker, "speaker_full": q.speaker_full, "speaker_role": q.speaker_role,
             "verb": q.verb, "continues": q.continues}
            for q in art.quotes],
        "boilerplate_count": sum(1 for s in art.sentences if s.boilerplate),
    }


def _document_head(result: Comparison | Collation) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "compare-articles", "version": __version__},
        "threshold": result.threshold,
        "articles": [_article_dict(art) for art in result.articles],
    }


def _differences_dict(d: Differences) -> dict:
    return {
        "only_a": list(d.only_a), "only_b": list(d.only_b),
        "numbers": {"a": list(d.numbers[0]), "b": list(d.numbers[1])},
        "dates": {"a": list(d.dates[0]), "b": list(d.dates[1])},
        "quote": str(d.quote) if d.quote else None,
        "speaker": {"a": d.speaker[0], "b": d.speaker[1]} if d.speaker else None,
        "polarity": {"a_negated": d.polarity[0], "b_negated": d.polarity[1]} if d.polarity else None,
        "certainty": {"a": list(d.certainty[0]), "b": list(d.certainty[1])} if d.certainty else None,
        "attribution": d.attribution,
        "quote_words": {"a": list(d.quote_words[0]), "b": list(d.quote_words[1])},
        "flags": list(d.flags),
    }


def to_dict(result: Comparison | Collation) -> dict:
    """The report as the JSON document documented in the README (schema_version 1)."""
    if isinstance(result, Collation):
        return _collation_dict(result)

    def match_dict(m: Match) -> dict:
        return {
            "a": list(m.a), "b": list(m.b), "score": m.score, "kind": m.kind,
            "differences": _differences_dict(m.differences),
            "evidence": {"anchors": list(m.anchors), "parts": dict(m.parts)},
        }

    return {
        **_document_head(result),
        "matches": [match_dict(m) for m in result.matches],
        "possible": [match_dict(m) for m in result.possible],
        "only_a": list(result.only_a),
        "only_b": list(result.only_b),
        "summary": _summary(result),
    }


def _summary(result: Comparison) -> dict:
    """The counts and shares of a two-article comparison (the document's ``summary``)."""
    a, b = result.articles
    return {
        "shared": len(result.matches),
        "quotes_shared": sum(1 for m in result.matches if m.kind == "quote"),
        "claims_shared": sum(1 for m in result.matches if m.kind == "claim"),
        "headlines_shared": sum(1 for m in result.matches if m.kind == "headline"),
        "only_a": len(result.only_a),
        "only_b": len(result.only_b),
        "a_carried_by_b": _coverage_share(a, (i for m in result.matches for i in m.a)),
        "b_carried_by_a": _coverage_share(b, (j for m in result.matches for j in m.b)),
        "with_differences": sum(1 for m in result.matches if m.differences.flags),
        "possible": len(result.possible),
        "similarity": result.similarity,
    }


def _left_out(result: Collation) -> list[list[int]]:
    """Per article, the claims and quotations that most of the other articles carry and it
    does not (headlines aside: an article without one leaves out nothing)."""
    n = len(result.articles)
    return [[k for k, g in enumerate(result.groups)
             if art not in g.articles and len(g.articles) > (n - 1) / 2 and g.kind != "headline"]
            for art in range(n)]


def _collation_dict(result: Collation) -> dict:
    groups = []
    for k, g in enumerate(result.groups):
        groups.append({
            "id": k,
            "kind": g.kind,
            "members": [list(m) for m in g.members],
            "articles": list(g.articles),
            "differs": list(g.differs),
            # (a group merged from two by _one_fact_once may hold no matched pair: then its others)
            "score": round(min((link.score for link in g.links if link.direct),
                               default=min((link.score for link in g.links), default=0.0)), 4),
            "differences": [
                {"between": [list(link.a), list(link.b)], "matched": link.direct,
                 **_differences_dict(link.differences)}
                for link in g.links if link.differences.flags],
        })
    return {
        **_document_head(result),
        "groups": groups,
        "only": [list(ids) for ids in result.only],
        "summary": _collation_summary(result),
    }


def _collation_summary(result: Collation) -> dict:
    """The counts of a comparison of three or more: the JSON's summary, and what every
    renderer prints (as _summary is for two)."""
    n = len(result.articles)
    return {
        "articles": n,
        "groups": len(result.groups),
        "quotes": sum(1 for g in result.groups if g.kind == "quote"),
        "claims": sum(1 for g in result.groups if g.kind == "claim"),
        "carried_by_all": sum(1 for g in result.groups if len(g.articles) == n),
        "with_differences": sum(1 for g in result.groups if g.differs),
        "only": [len(ids) for ids in result.only],
        "left_out": _left_out(result),
    }


#: The sections a reader may ask for alone (--only), in the order the report prints them.
SECTIONS = ("differences", "shared", "possible", "only")


def select_sections(doc: dict, only: Iterable[str] | None) -> dict:
    """The document with only the ``only`` sections' lists filled (every key stays, the
    others empty; the summary still counts the whole comparison): "differences" keeps the
    flagged matches (groups with a differing source), "shared" every match (group),
    "possible" the possible pairs, "only" what each article alone reports."""
    if not only:
        return doc
    only = set(only)
    doc = dict(doc)
    if "groups" in doc:
        keep = [g for g in doc["groups"] if "shared" in only or ("differences" in only and g["differs"])]
        doc["groups"] = keep
        if "only" not in only:
            doc["only"] = [[] for _ in doc["only"]]
        return doc
    doc["matches"] = [m for m in doc["matches"]
                      if "shared" in only or ("differences" in only and m["differences"]["flags"])]
    if "possible" not in only:
        doc["possible"] = []
    if "only" not in only:
        doc["only_a"], doc["only_b"] = [], []
    return doc


def to_json(result: Comparison | Collation, only: Iterable[str] | None = None) -> str:
    import json

    return json.dumps(select_sections(to_dict(result), only), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# ---------------------------------------------------------------------------
# Render: the terminal report
# ---------------------------------------------------------------------------

SIDE_STYLE = {"a": "cyan", "b": "magenta"}
ONLY_STYLE = "bold yellow"


def _pieces_marked(sentence: Sentence, marks: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The sentence as printed (spaces collapsed, made printable) in pieces, each marked
    when Differences.marks puts a word found only on its side there; shared by every
    output format. Only slices: the words were found by ``differences``."""
    plain, where = _printed(sentence.text)
    out, pos = [], 0
    for s, e in marks:
        if sentence.start <= s and e <= sentence.end:
            lo, hi = where[s - sentence.start], where[e - sentence.start]
            if pos <= lo < hi:
                out.extend([(plain[pos:lo], False), (plain[lo:hi], True)])
                pos = hi
    out.append((plain[pos:], False))
    # one mark for a run of marked words: "[-White House spokesman-]", one <mark> in HTML
    merged: list[tuple[str, bool]] = []
    for piece, mark in out:
        if not piece:
            continue
        if merged and mark and merged[-1][1]:
            merged[-1] = (merged[-1][0] + piece, True)
        elif len(merged) >= 2 and mark and merged[-2][1] and not merged[-1][0].strip():
            merged[-2:] = [(merged[-2][0] + merged[-1][0] + piece, True)]
        else:
            merged.append((piece, mark))
    return merged


def _printed(raw: str) -> tuple[str, list[int]]:
    """A sentence as the reports print it, white space collapsed and control sequences
    removed (``printable``), with where each offset of ``raw`` lands in it."""
    squashed, where, at = [], [0] * (len(raw) + 1), 0
    for m in re.finditer(r"\S+", raw):
        if squashed:
            at += 1  # the one space between words
        for k in range(m.start(), m.end()):
            where[k] = at + k - m.start()
        at += m.end() - m.start()
        squashed.append(m.group())
        for k in range(m.end(), len(raw) + 1):  # the white space after it: its end
            if k < len(raw) and not raw[k].isspace():
                break
            where[k] = at
    line = " ".join(squashed)
    cut = [0] * (len(line) + 1)  # offset in ``line`` -> offset once control sequences are gone
    removed, last = 0, 0
    for m in _CONTROL.finditer(line):
        for k in range(last, m.start()):
            cut[k] = k - removed
        for k in range(m.start(), m.end()):
            cut[k] = m.start() - removed
        removed += m.end() - m.start()
        last = m.end()
    for k in range(last, len(line) + 1):
        cut[k] = k - removed
    return _CONTROL.sub("", line), [cut[w] for w in where]


#: Without colour (piped, NO_COLOR, a file) the words on one side only are marked in
#: text as wdiff and ``git diff --word-diff=plain`` mark them: [-A's-] and {+B's+}.
PLAIN_MARKS = {"a": ("[-", "-]"), "b": ("{+", "+}")}
MARKS_KEY = "[-word-] only in A's sentence, {+word+} only in B's"


def _highlight(sentence: Sentence, marks: Sequence[tuple[int, int]], side: str = "a", plain: bool = False):
    """The sentence as rich Text (never markup) with words found only on its side marked:
    in colour, or with PLAIN_MARKS when ``plain``."""
    from rich.text import Text

    text = Text()
    opener, closer = PLAIN_MARKS[side]
    for piece, mark in _pieces_marked(sentence, marks):
        if mark and plain:
            text.append(f"{opener}{piece}{closer}")
        else:
            text.append(piece, style=ONLY_STYLE if mark else None)
    return text


def render(result: Comparison | Collation, console=None, only: Iterable[str] | None = None) -> None:
    """Print the report with rich: side by side for two articles, a coverage matrix for
    more. Article text is always plain Text, never markup. ``only``: just those SECTIONS."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    show = _shown(only)
    if isinstance(result, Collation):
        _render_collation(result, console, show)
        return
    r = _share_rows(result, only)  # what every format shows
    d = r["summary"]

    head = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True)
    head.add_column("", style="bold", no_wrap=True)
    head.add_column("source")
    head.add_column("sentences", justify="right")
    head.add_column("quotes", justify="right")
    head.add_column("set aside", justify="right")
    for (name, title, byline, path), counts in zip(r["sources"], r["counts"]):
        src = Text(printable(title), style="bold")
        if byline:
            src.append("\n" + byline)
        src.append("\n" + printable(path), style="dim")
        head.add_row(Text(name, style=SIDE_STYLE[name.lower()]), src, *map(str, counts))
    console.print(head)

    summary = Text()
    summary.append(f"{d['shared']} shared", style="bold green")
    summary.append(f" ({_kinds(d)})  ")
    summary.append(f"{d['only_a']} only in A", style=SIDE_STYLE["a"])
    summary.append("  ")
    summary.append(f"{d['only_b']} only in B", style=SIDE_STYLE["b"])
    summary.append(f"  {_differ(d['with_differences'])}\n")
    summary.append(f"B carries {d['a_carried_by_b']:.0%} of A's text; "
                   f"A carries {d['b_carried_by_a']:.0%} of B's text.")
    if note := _note(result):
        summary.append(f"\nnote: {note}", style="bold")
    console.print(summary)
    console.print()
    plain = console.no_color or console.color_system is None

    if r["differ"]:
        t = Table(title="Where they differ", box=box.SIMPLE, expand=True, show_header=False,
                  title_justify="left", title_style="bold")
        t.add_column("sentences", no_wrap=True, style="dim")
        t.add_column("what differs", ratio=1)
        for where, flags, lead in r["differ"]:
            what = Text("\n").join(Text(printable(f), style="bold bright_red") for f in flags)
            what.append("\n" + _clip(printable(lead), 90), style="dim")
            t.add_row(where, what)
        console.print(t)

    for title, rows in (("Reported by both", r["shared"]), ("Possibly both (below the threshold)", r["possible"])):
        if not rows:
            continue
        table = Table(title=title, box=box.SIMPLE, expand=True, show_lines=True,
                      title_justify="left", title_style="bold")
        table.add_column("A", ratio=1)
        table.add_column("B", ratio=1)
        for left_side, right_side, score, flags in rows:
            left = Text("\n").join(_highlight(sentence, marks, "a", plain) for sentence, marks in left_side)
            right = Text("\n").join(_highlight(sentence, marks, "b", plain) for sentence, marks in right_side)
            note = Text(score, style="dim")
            for flag in flags:
                note.append("\n")
                note.append(printable(flag), style="bold bright_red")
            left.append("\n")
            left.append_text(note)
            table.add_row(left, right)
        console.print(table)
        if plain:
            console.print(Text(f"  {MARKS_KEY}", style="dim"))
        else:
            console.print(Text.assemble("  ", ("highlighted", ONLY_STYLE), " words are only in that sentence",
                                        style="dim"))

    for side, sentences in r["only"]:
        if not sentences:
            continue
        rows = [(str(i), " ".join(t.split())) for i, t in sentences]
        style = f"bold {SIDE_STYLE[side.lower()]}"
        if len(rows) > LONG_LIST_ROWS:
            _print_long_list(console, f"Only in {side}", style, rows)
            continue
        t = Table(title=f"Only in {side}", box=box.SIMPLE, expand=True,
                  show_header=False, title_justify="left", title_style=style)
        t.add_column("#", justify="right", style="dim", no_wrap=True)
        t.add_column("sentence", ratio=1)
        for i, sentence in rows:
            t.add_row(i, Text(printable(sentence)))
        console.print(t)

    quotes = r["quotes"]
    if len(quotes) > LONG_LIST_ROWS:
        _print_long_list(console, "Quotations", "bold",
                         [(where, f"{speaker or '(not named)'}: {text}") for speaker, text, where in quotes])
    elif quotes:
        t = Table(title="Quotations", box=box.SIMPLE, expand=True, title_justify="left",
                  title_style="bold")
        t.add_column("speaker", ratio=1)
        t.add_column("quotation", ratio=3)
        t.add_column("in", no_wrap=True)
        for speaker, text, where in quotes:
            t.add_row(Text(printable(speaker or "(not named)")), Text(printable(text)), where)
        console.print(t)

    if r["aside"]:
        console.print(Text("Set aside as page furniture: " + "".join(f"{x}  " for x in r["aside"]),
                           style="dim"))


#: A list longer than this is printed as wrapped lines, not a table: rich lays out a table
#: row by row at ~0.1 ms a row, which a 4 MiB text of short sentences would feel for a minute.
LONG_LIST_ROWS = 500


def _print_long_list(console, title: str, style: str, rows: Sequence[tuple[str, str]]) -> None:
    """A titled list of (label, text) rows as plain wrapped lines with a hanging indent,
    made printable; linear in its length."""
    import textwrap

    from rich.text import Text

    label_width = max(len(label) for label, _ in rows)
    width = max(20, console.width - label_width - 5)
    pad = " " * (label_width + 5)
    lines = [textwrap.fill(printable(body), width, break_on_hyphens=False).replace("\n", "\n" + pad)
             for _, body in rows]
    out = "\n".join(f"  {label:>{label_width}}   {line}" for (label, _), line in zip(rows, lines))
    console.print(Text(title, style=style))
    console.print(Text(out), soft_wrap=True)
    console.print()


MARK_CARRIES, MARK_DIFFERS, MARK_ABSENT = "\u25cf", "\u25d0", "\u00b7"  # ● ◐ ·
#: The matrix's key, one wording for the terminal, Markdown and HTML.
MATRIX_KEY = f"{MARK_CARRIES} carries   {MARK_DIFFERS} carries, told differently (see below)   {MARK_ABSENT} absent"
#: Where the terminal cuts a source's name, byline and path in a report of many.
SOURCE_LINE_WIDTH = 70
MARK_STYLE = {MARK_CARRIES: "green", MARK_DIFFERS: "bold red", MARK_ABSENT: "dim"}
COMPACT_MARK_STYLE = {**MARK_STYLE, MARK_DIFFERS: "bold bright_red"}


def _byline(art: Article) -> str:
    """A web page's site, author and date, as one line ("" for a text file)."""
    return printable(" \u00b7 ".join(v for v in (art.site, art.author, art.date) if v))


def _render_collation(result: Collation, console, show: set[str]) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    r = _share_rows(result, show)
    summary = r["summary"]
    n = len(r["sources"])
    head = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True)
    head.add_column("", style="bold", no_wrap=True, justify="right")
    head.add_column("source", ratio=1)
    head.add_column("sentences", justify="right")
    head.add_column("carries", justify="right")
    head.add_column("alone", justify="right")
    head.add_column("leaves out", justify="right")
    for (label, _, byline, path), name, counts in zip(r["sources"], r["names"], r["counts"]):
        src = Text(_clip(printable(name), SOURCE_LINE_WIDTH), style="bold")
        if byline:
            src.append("\n" + _clip(byline, SOURCE_LINE_WIDTH))
        src.append("\n" + _clip(printable(path), SOURCE_LINE_WIDTH), style="dim")
        head.add_row(label, src, *map(str, counts))
    console.print(head)
    line = Text()
    line.append(f"{_n(summary['groups'], 'item')} carried by two or more sources", style="bold green")
    line.append(f" ({_n(summary['quotes'], 'quotation')}, {_n(summary['claims'], 'claim')}); "
                f"{summary['carried_by_all']} carried by all {n}; "
                f"{summary['with_differences']} told differently somewhere.")
    console.print(line)
    console.print()

    if r["matrix"] and n > WIDE_MATRIX_SOURCES:
        _print_compact_matrix(console, r["matrix"], n)
    elif r["matrix"]:
        matrix = Table(title="Who carries what", box=box.SIMPLE, expand=True, title_justify="left",
                       title_style="bold", caption=MATRIX_KEY,
                       caption_justify="left")
        matrix.add_column("#", justify="right", style="dim", no_wrap=True)
        matrix.add_column("claim or quotation (as the first source to carry it puts it)", ratio=1)
        for k in range(n):
            matrix.add_column(str(k + 1), justify="center", no_wrap=True, width=max(2, len(str(k + 1))))
        for row, claim, kind, marks in r["matrix"]:
            text = Text(_clip(printable(claim), 140))
            if kind != "claim":
                text.append(f"  {kind}", style="dim")
            matrix.add_row(row, text, *(Text(mark, style=MARK_STYLE[mark]) for mark in marks))
        console.print(matrix)
    if r["told"]:
        t = Table(title=f"Told differently ({MARK_DIFFERS})", box=box.SIMPLE, expand=True, show_header=False,
                  title_justify="left", title_style="bold")
        t.add_column("row, source", no_wrap=True, style="dim")
        t.add_column("what differs", ratio=1)
        for row, k, lines in r["told"]:
            t.add_row(f"#{row}, {k}", Text("\n".join(printable(x) for x in lines) or "-", style="bold bright_red"))
        console.print(t)

    for k, (_, alone, missing) in enumerate(r["per_source"]):
        if not alone and not missing:
            continue
        # the title is an article's words: a Text, never read as markup
        title = Text(f"{k + 1}. {_clip(printable(r['names'][k]), SOURCE_LINE_WIDTH)}")
        t = Table(title=title, box=box.SIMPLE, expand=True, show_header=False, title_justify="left",
                  title_style="bold")
        t.add_column("", style="dim", no_wrap=True)
        t.add_column("sentence", ratio=1)
        for sentence in alone:
            t.add_row("alone", Text(_clip(printable(sentence), 240)))
        for row, sentence in missing:
            t.add_row(f"leaves out #{row}", Text(_clip(printable(sentence), 240)))
        console.print(t)


#: From this many sources on, the coverage matrix is printed compact: one character a
#: source, the claim after the marks, so that 40 sources fit 80 columns.
WIDE_MATRIX_SOURCES = 8


def _print_compact_matrix(console, rows: Sequence[tuple[str, str, str, list[str]]], n: int) -> None:
    """The coverage matrix for many sources: a row is the item's number, one mark per
    source (numbered above in two lines: tens, then ones) and the claim, wrapped under itself."""
    import textwrap

    from rich.text import Text

    num_width = len(str(len(rows)))
    lead = num_width + 2
    tens = "".join(str((k + 1) // 10) if k + 1 >= 10 else " " for k in range(n))
    ones = "".join(str((k + 1) % 10) for k in range(n))
    out = Text()
    out.append("Who carries what\n", style="bold")
    if n >= 10:
        out.append(" " * lead + tens + "\n", style="dim")
    out.append(" " * lead + ones + "\n", style="dim")
    width = max(20, console.width - lead - n - 2)
    for row, claim, kind, marks in rows:
        claim = printable(" ".join(claim.split()))
        if kind != "claim":
            claim += f"  ({kind})"
        lines = textwrap.wrap(claim, width, break_long_words=True) or [""]
        out.append(f"{row:>{num_width}}  ", style="dim")
        for mark in marks:
            out.append(mark, style=COMPACT_MARK_STYLE[mark])
        out.append("  " + lines[0] + "\n")
        for line in lines[1:]:
            out.append(" " * (lead + n + 2) + line + "\n")
    out.append(MATRIX_KEY, style="dim")
    console.print(out, soft_wrap=True)


def _told_differently(result: Collation) -> list[tuple[int, int, list[str]]]:
    """Every ◐ of the matrix explained: (row, source, what differs), the differing source's
    flagged links to the others of its group in words."""
    out = []
    for g_id, g in enumerate(result.groups):
        for k in g.differs:
            lines: list[str] = []
            for link in g.links:
                if link.differences.flags and k in (link.a[0], link.b[0]):
                    names = (f"source {link.a[0] + 1}", f"source {link.b[0] + 1}")
                    lines.extend(x for x in _flag_lines(link.differences, names) if x not in lines)
            out.append((g_id + 1, k + 1, lines))
    return out


def _where(m: Match) -> str:
    """A pair's sentences by index: "A4 B17", "A2,3 B5"."""
    return f"A{','.join(map(str, m.a))} B{','.join(map(str, m.b))}"


def _note(result: Comparison) -> str | None:
    """A one-line note on a pair a reader may not have meant to compare."""
    a, b = result.articles
    if a.text == b.text:
        return "the two texts are the same"
    if not result.matches and not result.possible:
        return "the two articles share nothing this tool can find: they may not be about the same event"
    return None


def _kinds(summary: dict) -> str:
    """The shared items by kind, in counts that add up: "3 quotations, 3 claims, 1 headline"."""
    parts = [_n(summary["quotes_shared"], "quotation"), _n(summary["claims_shared"], "claim")]
    if summary["headlines_shared"]:
        parts.append(_n(summary["headlines_shared"], "headline"))
    return ", ".join(parts)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _differ(count: int) -> str:
    return f"{_n(count, 'shared item')} " + ("differs" if count == 1 else "differ")


def _flag_lines(d: Differences, names: tuple[str, str] = ("A", "B")) -> list[str]:
    """What differs in a pair, in words, the two sides called by ``names``."""
    a, b = names
    side = {"a": a, "b": b}
    out = []
    if d.numbers[0] or d.numbers[1]:
        out.append(f"numbers: {a} {', '.join(d.numbers[0]) or '-'} / {b} {', '.join(d.numbers[1]) or '-'}")
    if d.dates[0] and d.dates[1]:
        out.append(f"dates: {a} {', '.join(d.dates[0])} / {b} {', '.join(d.dates[1])}")
    if d.quote and d.quote.side:
        out.append(f"quotation {d.quote.what} in {side[d.quote.side]}")
    if d.quote and (d.quote.side is None or d.quote_words[0] or d.quote_words[1]):
        out.append(f"quotation worded differently: \"{' '.join(d.quote_words[0]) or '-'}\" / "
                   f"\"{' '.join(d.quote_words[1]) or '-'}\"")
    if d.speaker:
        out.append(f"speaker: {a} {d.speaker[0]} / {b} {d.speaker[1]}")
    if d.polarity:
        out.append(f"polarity: only {a if d.polarity[0] else b} negates")
    if d.certainty:
        hedging = 0 if d.certainty[0] else 1
        out.append(f"certainty: only {(a, b)[hedging]} hedges ({', '.join(d.certainty[hedging])})")
    return out


def _quote_rows(result: Comparison) -> list[tuple[str | None, str, str]]:
    """(speaker, quotation, where) for the list of quotations: A's, then B's alone."""
    a, b = result.articles
    shared_a = {i for i, _ in result.same_quotes}
    shared_b = {j for _, j in result.same_quotes}
    rows = [(x.speaker, x.text, "A+B" if i in shared_a else "A") for i, x in enumerate(a.quotes)]
    rows.extend((y.speaker, y.text, "B") for k, y in enumerate(b.quotes) if k not in shared_b)
    return rows


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


# ---------------------------------------------------------------------------
# Share: the report as Markdown or as one self-contained HTML page
# ---------------------------------------------------------------------------

_MD_SPECIAL = _Lazy(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    """Article text as inert Markdown: every character Markdown could read is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", printable(" ".join(text.split())))


def _md_marked(sentence: Sentence, marks: Sequence[tuple[int, int]]) -> str:
    def esc(piece: str) -> str:  # pieces are printable and squashed already; keep their spaces
        return _MD_SPECIAL.sub(r"\\\1", piece)

    return "".join(f"**{esc(p)}**" if mark else esc(p) for p, mark in _pieces_marked(sentence, marks))


def _share_rows(result: Comparison | Collation, only: Iterable[str] | None = None):
    """What both shareable formats show, as plain data: (title, rows) sections; with
    ``only``, the other sections empty."""
    show = _shown(only)
    rows = _share_rows_all(result)
    for key, section in _SECTION_OF_ROWS.items():
        if key in rows and section not in show:
            rows[key] = []
    return rows


# The section of the report each list of _share_rows_all belongs to.
_SECTION_OF_ROWS = {"matrix": "shared", "told": "differences", "per_source": "only", "differ": "differences",
                    "shared": "shared", "possible": "possible", "only": "only", "quotes": "quotes",
                    "aside": "aside"}


def _shown(only: Iterable[str] | None) -> set[str]:
    """The sections a report prints: those asked for with --only, else every one (and the
    quotations and what was set aside)."""
    return set(only) if only else {*SECTIONS, "quotes", "aside"}


def _share_rows_all(result: Comparison | Collation):
    """Every section of the shareable formats, as plain data."""
    if isinstance(result, Collation):
        arts = result.articles
        summary = _collation_summary(result)
        head = [f"{len(arts)} sources; {_n(summary['groups'], 'item')} carried by two or more "
                f"({_n(summary['quotes'], 'quotation')}, {_n(summary['claims'], 'claim')}); "
                f"{summary['carried_by_all']} carried by all; {summary['with_differences']} told differently."]
        sources = [(str(k + 1), art.title, _byline(art), art.path) for k, art in enumerate(arts)]
        matrix = []
        for g_id, g in enumerate(result.groups):
            a, i = g.members[0]
            marks = [MARK_ABSENT if k not in g.articles else MARK_DIFFERS if k in g.differs
                     else MARK_CARRIES for k in range(len(arts))]
            matrix.append((str(g_id + 1), arts[a].sentences[i].text, g.kind, marks))
        per_source = [(f"{k + 1}. {art.title}", [art.sentences[i].text for i in result.only[k]],
                       [(g_id + 1, arts[result.groups[g_id].members[0][0]].sentences[
                           result.groups[g_id].members[0][1]].text) for g_id in summary["left_out"][k]])
                      for k, art in enumerate(arts)]
        # per source: its sentences, the items it carries, those only it has, those it leaves out
        counts = [(len(art.content), sum(1 for g in result.groups if k in g.articles), len(result.only[k]),
                   len(summary["left_out"][k])) for k, art in enumerate(arts)]
        return {"head": head, "sources": sources, "matrix": matrix, "told": _told_differently(result),
                "per_source": per_source, "aside": _aside(arts), "counts": counts, "summary": summary,
                "names": [art.title or Path(art.path).name for art in arts]}
    a, b = result.articles
    d = _summary(result)
    head = [f"{d['shared']} shared ({_kinds(d)}); "
            f"{d['only_a']} only in A; {d['only_b']} only in B; {_differ(d['with_differences'])}.",
            f"B carries {d['a_carried_by_b']:.0%} of A's text; A carries {d['b_carried_by_a']:.0%} of B's text."]
    if note := _note(result):
        head.append(f"Note: {note}.")
    def rows(matches: Sequence[Match]) -> list:
        return [([(a.sentences[i], m.differences.marks.a) for i in m.a],
                 [(b.sentences[j], m.differences.marks.b) for j in m.b],
                 f"{m.kind} \u00b7 {m.score:.2f}", _flag_lines(m.differences)) for m in matches]

    # (where, what differs, the first of A's sentences): the terminal shows that sentence too
    differ = [(_where(m), _flag_lines(m.differences), " ".join(a.sentences[m.a[0]].text.split()))
              for m in result.matches if m.differences.flags]
    return {"head": head, "shared": rows(result.matches), "possible": rows(result.possible), "differ": differ,
            "sources": [("A", a.title, _byline(a), a.path), ("B", b.title, _byline(b), b.path)],
            "counts": [(len(art.content), len(art.quotes), sum(1 for s in art.sentences if s.boilerplate))
                       for art in (a, b)],
            "only": [("A", [(i, a.sentences[i].text) for i in result.only_a]),
                     ("B", [(j, b.sentences[j].text) for j in result.only_b])],
            "quotes": _quote_rows(result), "aside": _aside((a, b)), "summary": d}


def _aside(arts: Sequence[Article]) -> list[str]:
    """Per article, what was set aside as page furniture, counted by reason."""
    out = []
    for k, art in enumerate(arts):
        reasons = Counter(s.boilerplate for s in art.sentences if s.boilerplate)
        detail = ", ".join(f"{n} {r}" for r, n in sorted(reasons.items())) or "none"
        label = "AB"[k] if len(arts) == 2 else str(k + 1)
        out.append(f"{label}: {sum(reasons.values())} ({detail})")
    return out


def _md_code(text: str) -> str:
    """A file name in a Markdown code span: shown as written (no backslashes), its
    backticks and line breaks left out."""
    return "`" + printable(text).replace("`", "'").replace("\n", " ") + "`"


def to_markdown(result: Comparison | Collation, only: Iterable[str] | None = None) -> str:
    """The report as GitHub-flavoured Markdown; article text is escaped, never markup."""
    r = _share_rows(result, only)
    out = ["# compare-articles report", ""]
    out += [f"- **{k}**: {_md(title)}{f' ({_md(by)})' if by else ''} ({_md_code(path)})"
            for k, title, by, path in r["sources"]]
    out += [""] + [_md(line) + "  " for line in r["head"]] + [""]
    if "matrix" in r:
        n = len(r["sources"])
        if r["matrix"]:
            out += ["## Who carries what", "",
                    MATRIX_KEY, "",
                    "| # | claim or quotation | " + " | ".join(str(k + 1) for k in range(n)) + " |",
                    "|---:|---|" + "|".join(":-:" for _ in range(n)) + "|"]
        for num, text, kind, marks in r["matrix"]:
            label = _md(text) + ("" if kind == "claim" else f" *({kind})*")
            out.append(f"| {num} | {label} | " + " | ".join(marks) + " |")
        if r["told"]:
            out += ["", f"## Told differently ({MARK_DIFFERS})", ""]
            out += [f"- #{row}, source {k}: " + "; ".join(f"**{_md(x)}**" for x in lines)
                    for row, k, lines in r["told"]]
        for title, alone, missing in r["per_source"]:
            if alone or missing:
                out += ["", f"## {_md(title)}", ""]
                out += [f"- alone: {_md(t)}" for t in alone]
                out += [f"- leaves out #{row}: {_md(t)}" for row, t in missing]
        if r["aside"]:
            out += ["", "## Set aside as page furniture", ""] + [f"- {_md(x)}" for x in r["aside"]]
        return "\n".join(out) + "\n"
    if r["differ"]:
        out += ["## Where they differ", ""]
        out += [f"- {where}: " + "; ".join(f"**{_md(f)}**" for f in flags) for where, flags, _ in r["differ"]]
        out.append("")
    for title, key in (("Reported by both", "shared"), ("Possibly both (below the threshold)", "possible")):
        if not r[key]:
            continue
        out += [f"## {title}", "", "| A | B | notes |", "|---|---|---|"]
        for left, right, score, flags in r[key]:
            cell = lambda side: "<br>".join(_md_marked(t, w) for t, w in side)  # noqa: E731
            notes = "<br>".join([_md(score), *(f"**{_md(f)}**" for f in flags)])
            out.append(f"| {cell(left)} | {cell(right)} | {notes} |")
        out += ["", "*Highlighted* words are only in that sentence.", ""]
    for side, sentences in r["only"]:
        if sentences:
            out += [f"## Only in {side}", ""] + [f"- {_md(t)}" for _, t in sentences] + [""]
    if r["quotes"]:
        out += ["## Quotations", "", "| speaker | quotation | in |", "|---|---|---|"]
        out += [f"| {_md(sp or '(not named)')} | {_md(q)} | {where} |" for sp, q, where in r["quotes"]]
        out.append("")
    if r["aside"]:
        out += ["## Set aside as page furniture", ""] + [f"- {_md(x)}" for x in r["aside"]] + [""]
    return "\n".join(out)


_HTML_STYLE = """
body{font:16px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:72rem;
padding:1rem;color:#1b1b1b;background:#fff}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
.sources li{margin:.2rem 0}.path{color:#666;font-size:.85em}.byline{color:#333;font-size:.9em}.pair{display:grid;
grid-template-columns:1fr 1fr;gap:.5rem 1.5rem;border-top:1px solid #ddd;padding:.6rem 0}
.notes{grid-column:1/-1;color:#555;font-size:.85em}.flag{color:#a40000;font-weight:600}
mark{background:#fff2a8;padding:0 .1em}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem .4rem;vertical-align:top;text-align:left}
td.mark{text-align:center;white-space:nowrap}.side{font-weight:600;color:#555}
@media (max-width:700px){.pair{grid-template-columns:1fr}}
@media print{body{max-width:none}.pair{break-inside:avoid}mark{outline:1px solid #999}}
"""


def to_html(result: Comparison | Collation, only: Iterable[str] | None = None) -> str:
    """The report as one self-contained page: inline CSS, no scripts, no external assets.
    Every piece of article text is escaped."""
    from html import escape

    def text(t: str) -> str:
        return escape(printable(" ".join(t.split())))

    def marked(sentence: Sentence, marks: Sequence[tuple[int, int]]) -> str:
        return "".join(f"<mark>{escape(p)}</mark>" if m else escape(p) for p, m in _pieces_marked(sentence, marks))

    r = _share_rows(result, only)
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{text(' vs '.join(title for _, title, _, _ in r['sources']))} \u2014 compare-articles</title>",
           f"<style>{_HTML_STYLE}</style></head><body>",
           "<h1>compare-articles report</h1>", '<ul class="sources">']
    out += [f'<li><span class="side">{escape(k)}</span> {text(title)}'
            + (f' <span class="byline">{text(by)}</span>' if by else "")
            + f' <span class="path">{text(path)}</span></li>' for k, title, by, path in r["sources"]]
    out += ["</ul>", '<p class="summary">' + "<br>".join(escape(line) for line in r["head"]) + "</p>"]
    if "matrix" in r:
        n = len(r["sources"])
        if r["matrix"]:
            out += ["<h2>Who carries what</h2>",
                    f"<p>{escape(MATRIX_KEY)}</p>",
                    "<table><thead><tr><th>#</th><th>claim or quotation</th>"
                    + "".join(f"<th>{k + 1}</th>" for k in range(n)) + "</tr></thead><tbody>"]
            for num, t, kind, marks in r["matrix"]:
                label = text(t) + ("" if kind == "claim" else f" <em>({escape(kind)})</em>")
                out.append(f"<tr><td>{num}</td><td>{label}</td>"
                           + "".join(f'<td class="mark">{m}</td>' for m in marks) + "</tr>")
            out.append("</tbody></table>")
        if r["told"]:
            out.append(f'<h2>Told differently ({MARK_DIFFERS})</h2><ul class="differ">')
            out += [f"<li>#{row}, source {k}: " + "; ".join(f'<span class="flag">{text(x)}</span>' for x in lines)
                    + "</li>" for row, k, lines in r["told"]]
            out.append("</ul>")
        for title, alone, missing in r["per_source"]:
            if alone or missing:
                out.append(f"<h2>{text(title)}</h2><ul>" + "".join(f"<li>alone: {text(t)}</li>" for t in alone)
                           + "".join(f"<li>leaves out #{row}: {text(t)}</li>" for row, t in missing) + "</ul>")
    else:
        if r["differ"]:
            out.append('<h2>Where they differ</h2><ul class="differ">')
            out += [f"<li>{escape(where)}: " + "; ".join(f'<span class="flag">{escape(f)}</span>' for f in flags)
                    + "</li>" for where, flags, _ in r["differ"]]
            out.append("</ul>")
        for title, key in (("Reported by both", "shared"), ("Possibly both (below the threshold)", "possible")):
            if not r[key]:
                continue
            out.append(f'<h2>{escape(title)}</h2><section class="shared">')
            for left, right, score, flags in r[key]:
                cell = lambda side: "<br>".join(marked(t, w) for t, w in side)  # noqa: E731
                notes = " \u00b7 ".join([escape(score), *(f'<span class="flag">{escape(f)}</span>' for f in flags)])
                out.append(f'<div class="pair"><div><span class="side">A</span> {cell(left)}</div>'
                           f'<div><span class="side">B</span> {cell(right)}</div>'
                           f'<div class="notes">{notes}</div></div>')
            out.append("</section>")
            out.append('<p class="legend"><mark>Highlighted</mark> words are only in that sentence.</p>')
        for side, sentences in r["only"]:
            if sentences:
                out.append(f"<h2>Only in {side}</h2><ul>" + "".join(f"<li>{text(t)}</li>" for _, t in sentences)
                           + "</ul>")
        if r["quotes"]:
            out.append("<h2>Quotations</h2><table><thead><tr><th>speaker</th><th>quotation</th><th>in</th></tr>"
                       "</thead><tbody>")
            out += [f"<tr><td>{text(sp or '(not named)')}</td><td>{text(q)}</td><td>{escape(w)}</td></tr>"
                    for sp, q, w in r["quotes"]]
            out.append("</tbody></table>")
    if r["aside"]:
        out.append("<h2>Set aside as page furniture</h2><ul>" + "".join(f"<li>{text(x)}</li>" for x in r["aside"])
                   + "</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Batch: whole corpora of story clusters (compare-articles batch)
# ---------------------------------------------------------------------------

#: Clusters are spread over this many parts by a stable hash of their key; a part is the
#: unit of work written, resumed and held in memory at once.
BATCH_PARTS = 64
#: Parts whose clusters are under way at once (the driver holds at most these in memory).
BATCH_WINDOW = 4
#: Two articles each carrying at least this share of the other are wire copy.
SYNDICATED_SHARE = 0.9
PAIRS_COLUMNS = ("cluster", "a", "b", "sources", "shared", "quotes_shared", "a_carried_by_b", "b_carried_by_a",
                 "similarity", "flags_numbers", "flags_dates", "flags_speaker", "flags_polarity",
                 "flags_quotation", "syndicated", "flags_certainty")


class BatchInputError(ValueError):
    """An input line that cannot be read: ``str()`` names the file and the line."""


def _part_of(cluster: str, parts: int = BATCH_PARTS) -> int:
    import zlib

    return zlib.crc32(cluster.encode("utf-8")) % parts


def _open_bytes(path: Path):
    """A binary stream of a file, decompressing .gz and .bz2."""
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")
    if path.suffix == ".bz2":
        import bz2

        return bz2.open(path, "rb")
    return open(path, "rb")


def batch_inputs(patterns: Sequence[str]) -> list[Path]:
    """The files and cluster folders named (globs expanded), in a stable order."""
    import glob

    out: list[Path] = []
    for pattern in patterns:
        hits = sorted(glob.glob(pattern)) if any(c in pattern for c in "*?[") else [pattern]
        if not hits:
            raise ArticleError(pattern, "matches no file")
        for hit in hits:
            p = Path(hit)
            if not p.exists():
                raise ArticleError(hit, "no such file or folder")
            out.append(p)
    return out


def _records(path: Path, group_field: str, strict: bool, warn) -> Iterable[tuple[str, list[dict]]]:
    """(cluster, [article records]) from one input: JSON Lines (one article a line, or one
    pre-grouped cluster a line) or a folder of cluster folders. Flat articles come one by
    one, as (cluster, [record]); malformed lines are reported by ``warn`` and skipped."""
    if path.is_dir():  # a folder of folders: each one cluster of article files
        for sub in sorted(p for p in path.iterdir() if p.is_dir()):
            arts = []
            for f in sorted(x for x in sub.iterdir() if x.is_file() and x.suffix.lower() in ARTICLE_SUFFIXES):
                arts.append({"id": f.name, "path": str(f), "source": f.stem})
            yield sub.name, arts
        return
    if path.suffix.lower() == ".parquet":
        rows = enumerate(_parquet_rows(path), 1)
    else:
        rows = ((number, line) for number, line in enumerate(_lines_of(path), 1) if line.strip())
    for number, row in rows:
        try:
            rec = _json_line(_utf8_line(row)) if isinstance(row, bytes) else row
            if not isinstance(rec, dict):
                raise ValueError("not a JSON object")
            if "articles" in rec:
                if "cluster" not in rec or not isinstance(rec["articles"], list):
                    raise ValueError("a grouped line needs 'cluster' and a list 'articles'")
                arts = rec["articles"]
                for a in arts:
                    _check_record(a)
                yield str(rec["cluster"]), arts
                continue
            _check_record(rec)
            if group_field not in rec:
                raise ValueError(f"no {group_field!r} field")
            yield str(rec[group_field]), [rec]
        except (ValueError, TypeError) as err:
            problem = f"{path}:{number}: {err}"  # a Parquet input: the row number
            if strict:
                raise BatchInputError(problem) from None
            warn(problem)


def _lines_of(path: Path) -> Iterable[bytes]:
    """The lines of a JSON Lines input, undecoded (a line that is not UTF-8 is one bad
    line, not a bad file); a damaged or truncated archive is a BatchInputError."""
    import zlib

    number = 0
    try:
        with _open_bytes(path) as fh:
            for number, line in enumerate(fh, 1):  # noqa: B007 (read in the except clause)
                yield line
    except (EOFError, OSError, zlib.error) as err:
        where = f"after line {number}" if number else "at its start"
        raise BatchInputError(f"{path}: cannot be read {where} ({_problem_text(err)})") from None


def _utf8_line(line: bytes) -> str:
    try:
        return line.decode("utf-8-sig")  # a BOM on the first line is no error
    except UnicodeDecodeError as err:
        raise ValueError(f"is not valid UTF-8 (byte 0x{line[err.start]:02x} at column {err.start + 1})") from None


_SURROGATE_ESCAPE = _Lazy(r"\\u[dD][89a-fA-F]")


def _json_line(line: str):
    """One JSON Lines record; what the json module cannot turn into text is a bad line,
    said in words: nesting too deep for its recursion, an integer past Python's limit on
    digits, a lone surrogate escape ("\\ud800", no character, which no output can write)."""
    import json

    try:
        rec = json.loads(line)
    except RecursionError:
        raise ValueError("is nested too deeply to read") from None
    except ValueError as err:
        if "integer string conversion" in str(err):
            raise ValueError(f"holds a number too long to read (over {sys.get_int_max_str_digits()} digits)") from None
        raise
    if _SURROGATE_ESCAPE.search(line):
        try:
            json.dumps(rec, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as err:
            raise ValueError(f"holds a lone surrogate ({err.object[err.start]!a}), which is no character") from None
    return rec


def _problem_text(err: BaseException) -> str:
    if isinstance(err, EOFError):
        return "the compressed file ends early: truncated?"
    return str(getattr(err, "strerror", None) or err) or type(err).__name__


#: Rows read from a Parquet input at a time (the file is streamed, not loaded whole).
PARQUET_BATCH_ROWS = 1024


def _parquet_rows(path: Path) -> Iterable[dict]:
    """The rows of a Parquet input as records (the JSON Lines columns), streamed in
    batches; dates and other typed values as text. Needs pyarrow (the batch extra)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ArticleError(str(path), "is Parquet, which needs pyarrow",
                           'pip install "compare-articles[batch]"') from None
    try:
        reader = pq.ParquetFile(path)
        for batch in reader.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                yield {k: _plain(v) for k, v in row.items() if v is not None}
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        raise ArticleError(str(path), f"cannot be read as Parquet ({str(err).splitlines()[0]})") from None


def _plain(value):
    """A Parquet value as JSON writes it: text for dates, times and other typed values."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _check_record(rec) -> None:
    if not isinstance(rec, dict):
        raise ValueError("an article must be a JSON object")
    if "id" not in rec or not isinstance(rec.get("text"), str):
        raise ValueError("an article needs 'id' and a string 'text'")


def _record_article(rec: dict, max_mib: float) -> Article:
    """An article of a batch record: its text (or its file), title and outlet."""
    name = str(rec["id"])
    if "path" in rec:  # from a cluster folder
        return read_article(rec["path"], max_mib=max_mib)
    text = rec["text"]
    if len(text.encode("utf-8")) > max_mib * 2**20:
        raise ArticleError(name, f"is larger than {max_mib:g} MiB, the limit on an article's size")
    if not text.strip():
        raise ArticleError(name, "is empty")
    art = parse_article(name, text)
    site = rec.get("source") or rec.get("series")
    return replace(art, title=str(rec["title"]) if rec.get("title") else art.title,
                   url=rec.get("url"), site=str(site) if site is not None else None,
                   date=str(rec["date"]) if rec.get("date") is not None else None)


def batch_cluster(cluster: str, records: Sequence[dict], options: dict) -> tuple[dict, list[tuple]]:
    """Compare one cluster: its output line and its rows of the pairs table. Pure: the same
    cluster and options give the same line, whatever the engine."""
    ids = [str(r.get("id")) for r in records]
    line = {"schema_version": SCHEMA_VERSION, "cluster": cluster, "status": "ok", "error": None,
            "articles": ids, "result": None}
    if options.get("skip_same_series"):
        seen: set = set()
        kept = []
        for r in records:
            outlet = r.get("source") or r.get("series")
            if outlet is None or outlet not in seen:
                kept.append(r)
            seen.add(outlet)
        records = kept
        ids = line["articles"] = [str(r.get("id")) for r in records]
    if len(records) < 2:
        line["status"] = "skipped"
        line["error"] = "fewer than 2 articles"
        return line, []
    if len(records) > MAX_ARTICLES:
        line["status"] = "error"
        line["error"] = f"{len(records)} articles, more than the {MAX_ARTICLES} one comparison takes"
        return line, []
    try:
        with _no_cyclic_gc():
            arts = [_record_article(r, options["max_mib"]) for r in records]
            pairwise: dict = {}
            if len(arts) == 2:
                result = align(arts[0], arts[1], options["threshold"])
                pairwise[0, 1] = result
            else:
                result = collate(arts, options["threshold"], pairwise=pairwise)
    except ArticleError as err:
        line["status"] = "error"
        line["error"] = err.line()
        return line, []
    doc = to_dict(result)
    if options.get("no_text"):
        for art in doc["articles"]:
            art.pop("text", None)
    line["result"] = doc
    rows = []
    for (i, j), c in sorted(pairwise.items()):
        x, y = c.articles  # align may have put them in either order
        ia, ib = (i, j) if x is arts[i] else (j, i)
        d = _summary(c)
        flags = Counter(f.split()[0] for m in c.matches for f in m.differences.flags)
        rows.append((cluster, ids[ia], ids[ib], f"{x.site or ''}|{y.site or ''}", d["shared"], d["quotes_shared"],
                     d["a_carried_by_b"], d["b_carried_by_a"], d["similarity"], flags["numbers"],
                     flags["dates"], flags["speaker"], flags["polarity"], flags["quotation"],
                     d["a_carried_by_b"] >= SYNDICATED_SHARE and d["b_carried_by_a"] >= SYNDICATED_SHARE,
                     flags["certainty"]))
    return line, rows


def _batch_task(args):
    return batch_cluster(*args)


def _batch_part(tasks):
    """All the clusters of one part, on one worker (a Dask task: one transfer a part)."""
    return [batch_cluster(*t) for t in tasks]


def run_batch(inputs: Sequence[Path], out: Path, options: dict, *, workers: int = 1, client=None,
              force: bool = False, strict: bool = False, warn=None, progress=None) -> dict:
    """Compare every cluster of the inputs into ``out``: part-NNNNN.jsonl (a line a cluster,
    sorted by cluster), pairs.csv, _manifest.json, then _SUCCESS. Resumable: a part already
    written is kept. Returns the counts of ok, skipped and error clusters."""
    import csv
    import hashlib
    import io
    import json
    import shutil

    warn = warn or (lambda line: None)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"tool": {"name": "compare-articles", "version": __version__}, "schema_version": SCHEMA_VERSION,
                "options": dict(sorted(options.items())), "parts": BATCH_PARTS, "inputs": []}
    for p in inputs:
        if p.is_dir():
            digest = hashlib.sha256("\n".join(sorted(str(f.relative_to(p)) + ":" + str(f.stat().st_size)
                                                     for f in p.rglob("*") if f.is_file())).encode()).hexdigest()
            manifest["inputs"].append({"path": str(p), "size": None, "sha256": digest})
        else:
            h = hashlib.sha256()
            with open(p, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            manifest["inputs"].append({"path": str(p), "size": p.stat().st_size, "sha256": h.hexdigest()})
    mpath = out / "_manifest.json"
    if mpath.exists():
        old = json.loads(mpath.read_text(encoding="utf-8"))
        if old != manifest:
            if not force:
                raise ArticleError(str(out), "holds a run with other options or other input "
                                             "(--force starts it again)")
            for f in out.iterdir():
                if f.is_file() and (f.name.startswith(("part-", "pairs", "_")) or f.name.startswith(".")):
                    f.unlink()
    _write_atomic(mpath, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    (out / "_SUCCESS").unlink(missing_ok=True)

    # Spill: every cluster's records to the shard of its part (bounded memory: a part at once).
    spill = out / ".spill"
    shutil.rmtree(spill, ignore_errors=True)
    spill.mkdir()
    handles: dict[int, object] = {}
    with contextlib.ExitStack() as files:
        for p in inputs:
            for cluster, recs in _records(p, options["group_field"], strict, warn):
                k = _part_of(cluster)
                fh = handles.get(k)
                if fh is None:
                    fh = handles[k] = files.enter_context(open(spill / f"{k:05d}.jsonl", "a", encoding="utf-8"))
                fh.write(json.dumps([cluster, recs], ensure_ascii=False) + "\n")

    counts = {"ok": 0, "skipped": 0, "error": 0}
    parts = sorted(handles)
    total = len(parts)
    pool = None
    if client is None and workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers)

    # Dask: one task a part, enough parts in flight to keep every worker busy.
    dask_window = 2 * max(1, len(client.scheduler_info()["workers"])) if client is not None else 0

    def submit(task):
        if pool is not None:
            return pool.submit(_batch_task, task)
        return _batch_task(task)  # serial: the result itself

    def finish(k: int, futures: list) -> None:
        if client is not None:  # one future for the whole part
            results = futures[0].result()
        else:
            results = [f if isinstance(f, tuple) else f.result() for f in futures]
        results.sort(key=lambda r: r[0]["cluster"])
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        for line, rows in results:
            counts[line["status"]] += 1
            writer.writerows(rows)
        _write_atomic(out / f"part-{k:05d}.pairs.csv", buf.getvalue())
        _write_atomic(out / f"part-{k:05d}.jsonl", "".join(json.dumps(line, ensure_ascii=False) + "\n"
                                                           for line, _ in results))

    # A few parts in flight at once: the workers never wait at the end of a part, and the
    # driver holds no more than BATCH_WINDOW parts. Parts are written in order, each whole.
    in_flight: list[tuple[int, list]] = []
    done = 0
    try:
        for k in parts:
            target, rows_path = out / f"part-{k:05d}.jsonl", out / f"part-{k:05d}.pairs.csv"
            if target.exists() and rows_path.exists():  # written by an earlier run: resume
                for line in target.read_text(encoding="utf-8").splitlines():
                    counts[json.loads(line)["status"]] += 1
                done += 1
                if progress:
                    progress(done, total)
                continue
            clusters: dict[str, list[dict]] = {}
            with open(spill / f"{k:05d}.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    cluster, recs = json.loads(line)
                    clusters.setdefault(cluster, []).extend(recs)
            # the largest first, so that no worker is left with the longest at the end
            tasks = [(c, recs, options) for c, recs in sorted(clusters.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
            if client is not None:  # a part a task: the scheduler holds a few parts, not every cluster
                in_flight.append((k, [client.submit(_batch_part, tasks, pure=False)]))
            else:
                in_flight.append((k, [submit(t) for t in tasks]))
            del clusters, tasks
            while len(in_flight) > (dask_window if client is not None else BATCH_WINDOW if pool else 0):
                finish(*in_flight.pop(0))
                done += 1
                if progress:
                    progress(done, total)
        while in_flight:
            finish(*in_flight.pop(0))
            done += 1
            if progress:
                progress(done, total)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(PAIRS_COLUMNS)
    body = "".join((out / f"part-{k:05d}.pairs.csv").read_text(encoding="utf-8") for k in parts)
    _write_atomic(out / "pairs.csv", header.getvalue() + body)
    _write_pairs_parquet(out)
    shutil.rmtree(spill, ignore_errors=True)
    _write_atomic(out / "_SUCCESS", json.dumps(counts, sort_keys=True) + "\n")
    return counts


def _write_pairs_parquet(out: Path) -> None:
    """pairs.parquet beside pairs.csv, the same rows with their types, when pyarrow is
    installed (the batch extra); written to a temporary name, then renamed."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pcsv
        import pyarrow.parquet as pq
    except ImportError:
        return
    types = {c: pa.string() for c in ("cluster", "a", "b", "sources")}
    types.update({c: pa.int64() for c in PAIRS_COLUMNS if c in ("shared", "quotes_shared") or c.startswith("flags_")})
    types.update({c: pa.float64() for c in ("a_carried_by_b", "b_carried_by_a", "similarity")})
    types["syndicated"] = pa.bool_()
    table = pcsv.read_csv(out / "pairs.csv", convert_options=pcsv.ConvertOptions(
        column_types=types, true_values=["True"], false_values=["False"]))
    tmp = out / ".pairs.parquet.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, out / "pairs.parquet")


def _write_atomic(path: Path, text: str) -> None:
    """Write a whole file or none: a temporary file beside it, then a rename; the file gets
    an ordinary new file's permissions. Raises OSError."""
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=".compare-articles-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # as an ordinary new file, not mkstemp's private 0600
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


class InputProblem(click.ClickException):
    """Bad input: one line on stderr, exit code 2 like a usage error."""

    exit_code = 2


class OutputProblem(click.ClickException):
    """An output file that cannot be written: one line on stderr, exit code 2."""

    exit_code = 2


class _Range(click.FloatRange):
    """A number within bounds, and a number: click's FloatRange lets "nan" through (no
    comparison with it is true), which then failed deep inside as a traceback."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not a number.", param, ctx)
        return number


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON document instead of the report.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html"]), default=None,
              help="Output format: text (the terminal report, default), json, markdown, or html "
                   "(one self-contained page). --json is the same as --format json.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default=None,
              help="Also write the report as one self-contained HTML page to this file ('-': standard "
                   "output, in place of the report).")
@click.option("--threshold", type=_Range(0.0, 1.0), default=DEFAULT_THRESHOLD,
              show_default=True, help="Lowest score (0..1) at which two sentences are a shared item.")
@click.option("--encoding", default=None,
              help="Encoding of the input files that are not valid UTF-8 (e.g. cp1252); UTF-8 files and "
                   "files with a BOM are read as such.")
@click.option("--max-size", "max_mib", type=_Range(0.001, HARD_MAX_MIB), default=MAX_FILE_MIB,
              show_default=True, help="Largest article file accepted, in MiB.")
@click.option("--timeout", type=_Range(0.1, 600), default=FETCH_TIMEOUT, show_default=True,
              help="Seconds allowed to fetch an http(s) address (one try, no retries).")
@click.option("--no-pager", "pager", is_flag=True, flag_value=False, default=True,
              help="Print a long report on a terminal straight out, not through $PAGER (less -FRX).")
@click.option("--only", "only", type=click.Choice(SECTIONS), multiple=True,
              help="Print just this section (repeat for more), in every format: differences, shared, "
                   "possible, only. The summary still counts the whole comparison.")
@click.version_option(__version__, prog_name="compare-articles")
def cli(paths, as_json, fmt, html_path, threshold, encoding, max_mib, timeout, pager, only):
    """Compare news articles about the same event, sentence by sentence.

    PATHS are folders of articles (.txt, .md, or saved web pages .html/.htm), article
    files, or http(s) addresses, mixed as you like; '-' reads one of them from standard
    input. Web pages need the optional extra: pip install "compare-articles[web]". Two
    articles give a side-by-side report; three or more a coverage matrix of which article
    carries which claim and quotation.

    \b
    Examples:
      compare-articles seeds/
      compare-articles a.txt b.md --format markdown > report.md
      compare-articles reports/ --json | jq '.groups[] | select(.differs != [])'
      compare-articles a.txt https://example.org/story --html report.html

    \b
    The report: "Where they differ" lists every flagged pair (numbers, dates,
    a quotation abridged, cut or worded differently, another speaker, a polarity
    flip, a hedge); "Reported by both" the shared items side by side; "Possibly both" pairs
    below the threshold; then what only each reports, the quotations, what was set
    aside. Words on one side only are highlighted, or marked [-A's-] / {+B's+}
    without colour. With 3+ sources: ● carries, ◐ told differently (each explained
    under "Told differently"), · absent.

    \b
    Exit codes: 0 a report; 2 a usage or input error (one line on stderr);
    130 interrupted. Environment: NO_COLOR, FORCE_COLOR, COLUMNS, LINES, TERM,
    PAGER (a report longer than the terminal goes through it; --no-pager),
    COMPARE_ARTICLES_CACHE (where compiled patterns are kept between runs; empty:
    nowhere; default $XDG_CACHE_HOME or ~/.cache, under compare-articles).
    """
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} ask for two different outputs; give one")
    if html_path == "-" and (as_json or fmt not in (None, "html")):
        raise click.UsageError("--html - writes the page to standard output; it cannot go with --json or --format")
    addresses = [p for p in paths if _is_address(p)]
    try:
        with _Waiting(f"fetching {addresses[0]}" if len(addresses) == 1 else f"fetching {len(addresses)} addresses",
                      show=bool(addresses)):
            articles = load_articles(paths, encoding, max_mib=max_mib, timeout=timeout)
    except ArticleError as err:
        raise InputProblem(err.line()) from None
    with _Progress() as progress:
        result = compare(*articles, threshold=threshold, progress=progress)
    if html_path == "-":
        fmt = "html"
    elif html_path:
        _write_file(html_path, to_html(result, only))
    if as_json or fmt == "json":
        _write(to_json(result, only))
    elif fmt == "markdown":
        _write(to_markdown(result, only))
    elif fmt == "html":
        _write(to_html(result, only))
    else:
        from rich.console import Console

        console = Console(highlight=False)
        console.width = min(max(console.width or 80, REPORT_WIDTHS[0]), REPORT_WIDTHS[1])
        try:
            with console.capture() as cap:  # rich flushes standard output as the capture ends
                render(result, console, only)
        except OSError as err:
            _write_failed(err)
        report = cap.get()
        if pager and sys.stdout.isatty() and report.count("\n") >= console.height:
            _page(report)
        else:
            _write(report)


class _Progress:
    """A progress bar on stderr for a many-article run, shown once it has taken a moment
    and only on a terminal; it is gone when the run ends."""

    DELAY = 0.5  # seconds

    def __init__(self, label: str = "aligning article pairs"):
        self.label = label

    def __enter__(self):
        import time

        self._clock, self._start, self._bar = time.monotonic, time.monotonic(), None
        return self

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if self._clock() - self._start < self.DELAY or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=total)
        self._bar.update(self._task, completed=done)

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.stop()


class _Waiting:
    """A spinner on stderr while something with no steps to count takes a while (fetching
    an address): shown after _Progress.DELAY seconds, on a terminal only, gone at the end."""

    def __init__(self, label: str, show: bool = True):
        self.label, self.show, self._status, self._timer = label, show, None, None

    def _start(self) -> None:
        from rich.console import Console

        self._status = Console(stderr=True).status(printable(self.label))
        self._status.start()

    def __enter__(self):
        if self.show and sys.stderr.isatty():
            import threading

            self._timer = threading.Timer(_Progress.DELAY, self._start)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc):
        if self._timer is not None:
            self._timer.cancel()
            self._timer.join()
        if self._status is not None:
            self._status.stop()


def _write_file(path: str, out: str) -> None:
    """Write a whole report file or none (_write_atomic), or one line saying why not. What
    is not a file (/dev/stdout, a named pipe, a device) is written to as it is: a rename
    would put a file in its place. A link to a file keeps the link; the file is replaced."""
    import stat

    try:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            mode = stat.S_IFREG
        if stat.S_ISREG(mode):
            _write_atomic(Path(os.path.realpath(path)), out)
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(out)
    except OSError as err:
        raise OutputProblem(f"{path}: cannot be written ({err.strerror or err})") from None


def _page(out: str) -> None:
    """Show a report longer than the screen through a pager, as git does: $PAGER, else
    ``less -FRX`` (quit at once if it fits, keep colours, leave the screen as it was)."""
    import shlex
    import subprocess

    command = os.environ.get("PAGER") or "less -FRX"
    try:
        subprocess.run(shlex.split(command), input=out.encode("utf-8"), check=False)
    except (OSError, ValueError):  # no such pager: print it
        _write(out)


def _write(out: str) -> None:
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        _stdout_to_devnull()
        sys.exit(0)
    except OSError as err:
        _write_failed(err)


def _write_failed(err: OSError) -> NoReturn:
    """Standard output refused the report (a full disk, a device): one line saying so."""
    _stdout_to_devnull()
    raise OutputProblem(f"standard output: cannot be written ({err.strerror or err})") from None


def _stdout_to_devnull() -> None:
    """Point standard output at the null device: what is still buffered for it cannot be
    written, and Python's flush at exit would fail on it again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--group-field", default="cluster", show_default=True, help="The field that names an article's cluster.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Processes to compare clusters in (default: the machine's cores).")
@click.option("--dask", "use_dask", is_flag=True, help="Run on Dask distributed (the batch extra): a local cluster, "
              "or the one --scheduler names.")
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler (implies --dask).")
@click.option("--no-text", is_flag=True, help="Leave the article texts out of each result.")
@click.option("--skip-same-series", is_flag=True, help="Compare only articles of different outlets (source/series).")
@click.option("--strict", is_flag=True, help="Stop at the first malformed input line instead of skipping it.")
@click.option("--force", is_flag=True, help="Start again in a folder that holds a run with other options or input.")
@click.option("--threshold", type=_Range(0.0, 1.0), default=DEFAULT_THRESHOLD, show_default=True,
              help="Lowest score (0..1) at which two sentences are a shared item.")
@click.option("--max-size", "max_mib", type=_Range(0.001, HARD_MAX_MIB), default=MAX_FILE_MIB,
              show_default=True, help="Largest article accepted, in MiB.")
def batch_cli(inputs, out_dir, group_field, workers, use_dask, scheduler, no_text, skip_same_series, strict,
              force, threshold, max_mib):
    """Compare every story cluster of a corpus: compare-articles batch INPUT... --out DIR.

    \b
    INPUT: JSON Lines (.jsonl, .gz, .bz2; globs), one article a line
    ({"id", "text", "cluster", "title", "url", "date", "source"}) or one cluster a
    line ({"cluster", "articles": [...]}); or a folder of cluster folders.
    DIR gets part-NNNNN.jsonl (a line a cluster), pairs.csv, _manifest.json and
    _SUCCESS. A rerun into DIR resumes. Exit 0: every cluster ok or skipped; 1: some
    clusters errored; 2: a usage error or unreadable input.
    """
    import time

    options = {"threshold": threshold, "max_mib": max_mib, "group_field": group_field, "no_text": no_text,
               "skip_same_series": skip_same_series}
    start = time.monotonic()
    try:
        paths = batch_inputs(inputs)
    except ArticleError as err:
        raise InputProblem(err.line()) from None
    client = None
    if use_dask or scheduler:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise InputProblem('--dask needs the batch extra: pip install "compare-articles[batch]"') from None
        client = Client(scheduler) if scheduler else Client(LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None))
    warned = []

    def warn(line: str) -> None:
        warned.append(line)
        click.echo(f"skipped: {line}", err=True)

    try:
        with _Progress("comparing clusters") as progress:
            counts = run_batch(paths, Path(out_dir), options, workers=workers or os.cpu_count() or 1,
                               client=client, force=force, strict=strict, warn=warn, progress=progress)
    except ArticleError as err:
        raise InputProblem(err.line()) from None
    except BatchInputError as err:
        raise InputProblem(str(err)) from None
    finally:
        if client is not None:
            client.close()
    click.echo(f"{counts['ok']} ok, {counts['skipped']} skipped, {counts['error']} errors, "
               f"{len(warned)} input lines skipped in {time.monotonic() - start:.1f} s", err=True)
    sys.exit(1 if counts["error"] else 0)


def main() -> None:
    """The entry point: click's errors as click prints them, Ctrl-C as exit 130 with one
    line and no traceback (a report file being written is left whole or not at all).
    ``compare-articles batch ...`` runs the corpus command; anything else is a comparison."""
    command = batch_cli if sys.argv[1:2] == ["batch"] else cli
    args = sys.argv[2:] if command is batch_cli else sys.argv[1:]
    PATTERNS.load()  # compiled patterns kept between runs (_PatternStore)
    try:
        code = command.main(args, prog_name="compare-articles" + (" batch" if command is batch_cli else ""),
                            standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        sys.stderr.write("\ncompare-articles: interrupted\n")
        sys.exit(130)
    except click.ClickException as err:
        PATTERNS.save()
        err.show()
        sys.exit(err.exit_code)
    PATTERNS.save()
    sys.exit(code if isinstance(code, int) else 0)


# ---------------------------------------------------------------------------
# Word tables: what news writing says the same way (one format: plain words, folded at
# import; a test checks that each gives its own key once)
# ---------------------------------------------------------------------------

# Function words carry no claim of their own.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you
your yours yourself yourselves may might must shall upon yet per via amid among
whilst amongst mr mrs ms
""".split())

# Words every news sentence uses: they count, but weakly.
WEAK_WORDS = frozenset("""
say said says saying told tell tells add added adds according report reported reports
state stated statement announce announced announces official officials new
year years time people make made get got week weeks day days today
monday tuesday wednesday thursday friday saturday sunday later earlier including
""".split())

# Prefixes that negate the word they open, as "not" would ("uncertain", "impossible").
NEGATIVE_PREFIXES = frozenset("un in im ir il dis non".split())
# Negation cues, as folded words: "did not", "failed to", "inability to", "refused".
NEGATIONS = frozenset("""
not no never none nobody nothing neither nor without n't cannot unable inability fail failed
fails failure refuse refused refuses deny denies denied denying acquit acquits acquitted
""".split())
# A contraction's ending and the word it stands for, and the stems a contraction changes
# ("won't" is "will not"): a quotation's "I'd" and "I would" are one wording.
CONTRACTIONS = dict(pair.split(":") for pair in """
n't:not 're:are 's:is 'd:would 'll:will 've:have 'm:am
""".split())
CONTRACTED_STEMS = dict(pair.split(":") for pair in """
wo:will ca:can sha:shall ai:is
""".split())
# Contractions of "not" typed without the apostrophe ("I cant speak for ..."), as web text
# and transcripts often are: negations, and function words, as "can't" is ("wont" is a word).
UNMARKED_NEGATIONS = frozenset("""
dont doesnt didnt isnt wasnt arent werent cant couldnt wouldnt shouldnt havent hasnt hadnt mustnt neednt
""".split())
# Hedges: words that tell a fact as possible, not as so ("doctors may let them walk", "is
# unlikely to attend", "reportedly fled"). Not "could", the past of "can" as often ("could
# hear two bangs", "could have been sentenced to life": 2 of its 3 hedges on the dev pairs).
HEDGES = frozenset("""
may might likely unlikely probably possibly perhaps reportedly allegedly apparently presumably
""".split())
# Of those, the ones that hedge only before "to" ("is likely to resign"; "likely voters").
HEDGES_BEFORE_TO = frozenset("likely unlikely".split())
# Cues that reach only the word they govern ("held without bail pending sentencing").
SHORT_NEGATIONS = frozenset(["without"])
# Words after a cue that make it no negation of the fact: "no doubt it was", "not only".
NOT_NEGATING = frozenset("only but doubt question".split())
# Verbs of stopping and holding in: a negation of one reaches no further ("could not stop
# the tears", "did not prevent the attack": the tears came, the attack happened).
STOPPING_VERBS = frozenset("stop prevent resist hide contain suppress".split())
# Words after which a negation is about the telling, not the fact ("would not say", "did not
# immediately respond"), and adverbs a negation passes over on its way to the verb.
UNTOLD = frozenset("say said tell told comment elaborate specify disclose reveal know respond reply clear".split())
PASSED_OVER = frozenset("immediately yet always even necessarily".split())

# Spelling variants and aliases folded to one form before matching (applied to whole
# phrases of the folded text, longest first).
ALIASES = {
    "united states of america": "unitedstates",
    "united states": "unitedstates",
    "u.s.a.": "unitedstates",
    "u.s.a": "unitedstates",
    "usa": "unitedstates",
    "u.s.": "unitedstates",
    "u.s": "unitedstates",
    "america": "unitedstates",
    "united kingdom": "unitedkingdom",
    "u.k.": "unitedkingdom",
    "britain": "unitedkingdom",
    "great britain": "unitedkingdom",
    "united nations": "unitednations",
    "u.n.": "unitednations",
    "european union": "europeanunion",
    "e.u.": "europeanunion",
}
# Phrases that are one word of another spelling: they match as that word, not as a name.
PHRASES = {
    "cessation of hostilities": "ceasefire",
    "per cent": "percent",
    "no one": "nobody",  # not the count 1
    # an office spelled out and its initials: "Chief Executive Officer" / "CEO"
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief financial officer": "cfo",
    "chief operating officer": "coo",
    "chief technology officer": "cto",
}
# News abbreviations (AP style) read as the words they shorten: "Okla." is Oklahoma, "pct"
# percent, "Sen." senator; headlines drop the dot where nothing else is meant ("Calif man").
# Scales that are also postal codes (MN, TN) are read only run into a figure (SCALES).
# A state is left out where its short form is also a word that may end a sentence (ill.,
# mass., miss., wash., ore.) or stands for something else (Ind., Mo., LA; Del., a delegate).
PHRASES.update(pair.split(":") for pair in """
    pct:percent govt:government gov't:government mln:million bln:billion bn:billion
    intl:international int'l:international natl:national dept:department
    gov.:governor sen.:senator rep.:representative gen.:general lt.:lieutenant sgt.:sergeant
    col.:colonel capt.:captain cmdr.:commander adm.:admiral supt.:superintendent
    ala.:alabama ariz.:arizona ark.:arkansas calif.:california colo.:colorado conn.:connecticut
    fla.:florida ga.:georgia kan.:kansas ky.:kentucky la.:louisiana md.:maryland
    mich.:michigan minn.:minnesota mont.:montana neb.:nebraska nev.:nevada okla.:oklahoma
    pa.:pennsylvania tenn.:tennessee tex.:texas va.:virginia vt.:vermont wis.:wisconsin wyo.:wyoming
    ariz:arizona calif:california colo:colorado fla:florida ky:kentucky mich:michigan
    minn:minnesota neb:nebraska okla:oklahoma tenn:tennessee wyo:wyoming
""".split())
# Phrasal verbs news uses for one plain verb ("stepped down" / "resigned", "pulled out" /
# "withdrew", "called off" / "cancelled", "turned down" / "rejected", "passed away" / "died"),
# as PHRASAL_REPORTING_VERBS are written: the particle, then each form, then the plain verb
# they read as. Only phrases with no second sense in news.
PHRASAL_VERBS = tuple(row.split() for row in """
down step stepped steps stepping resign
out pull pulled pulls pulling withdraw
off call called calls calling cancel
down turn turned turns turning reject
away pass passed passes passing die
down gun gunned guns gunning kill
""".strip().splitlines())
PHRASES.update((f"{form} {row[0]}", row[-1]) for row in PHRASAL_VERBS for form in row[1:-1])
# A sum's scale, or a percent, run into its figure ("$53m", "\u00a32bn", "5.5bn", "0.3pc"): the
# letters alone (m, b, k) only after a currency sign, since "100m" is also a distance.
SCALES = {"m": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion",
          "bln": "billion", "tn": "trillion", "trn": "trillion", "k": "thousand",
          "pc": "percent", "pct": "percent"}
CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5"
# All-capital abbreviations that only mean the country when written in capitals.
CAPITAL_ALIASES = {"US": "unitedstates", "UK": "unitedkingdom", "UN": "unitednations",
                   "EU": "europeanunion"}

# A country and the adjective or people named after it are one anchor ("Turkish police" /
# "police in Turkey"): demonym -> country, folded like any word after that.
DEMONYMS = {d: country for line in """
    afghanistan afghan afghans; albania albanian albanians; algeria algerian algerians;
    america american americans; argentina argentine argentinian argentinians; armenia armenian armenians;
    asia asian asians; australia australian australians; austria austrian austrians;
    azerbaijan azerbaijani azerbaijanis; bahrain bahraini bahrainis; bangladesh bangladeshi bangladeshis;
    belarus belarusian belarusians; belgium belgian belgians; bolivia bolivian bolivians;
    bosnia bosnian bosnians; brazil brazilian brazilians; britain british briton britons;
    bulgaria bulgarian bulgarians; burma burmese; cambodia cambodian cambodians;
    canada canadian canadians; chile chilean chileans; china chinese; colombia colombian colombians;
    croatia croatian croatians croat croats; cuba cuban cubans; cyprus cypriot cypriots;
    denmark danish dane danes; egypt egyptian egyptians; england english; estonia estonian estonians;
    ethiopia ethiopian ethiopians; europe european europeans; africa african africans;
    finland finnish finn finns; france french; georgia georgian georgians; germany german germans;
    ghana ghanaian ghanaians; greece greek greeks; haiti haitian haitians; hungary hungarian hungarians;
    iceland icelandic icelander icelanders; india indian indians; indonesia indonesian indonesians;
    iran iranian iranians; iraq iraqi iraqis; ireland irish; israel israeli israelis;
    italy italian italians; jamaica jamaican jamaicans; japan japanese; jordan jordanian jordanians;
    kazakhstan kazakh kazakhs; kenya kenyan kenyans; korea korean koreans; kuwait kuwaiti kuwaitis;
    latvia latvian latvians; lebanon lebanese; libya libyan libyans; lithuania lithuanian lithuanians;
    malaysia malaysian malaysians; mexico mexican mexicans; mongolia mongolian mongolians;
    morocco moroccan moroccans; nepal nepalese nepali; netherlands dutch; nigeria nigerian nigerians;
    norway norwegian norwegians; oman omani omanis; pakistan pakistani pakistanis;
    palestine palestinian palestinians; peru peruvian peruvians; philippines filipino filipinos philippine;
    poland polish; portugal portuguese; qatar qatari qataris; romania romanian romanians;
    russia russian russians; rwanda rwandan rwandans; scotland scottish scot scots;
    senegal senegalese; serbia serbian serbians serb serbs; singapore singaporean singaporeans;
    slovakia slovak slovaks slovakian; somalia somali somalis; spain spanish spaniard spaniards;
    sudan sudanese; sweden swedish swede swedes; switzerland swiss; syria syrian syrians;
    taiwan taiwanese; thailand thai thais; tunisia tunisian tunisians; turkey turkish turk turks;
    uganda ugandan ugandans; ukraine ukrainian ukrainians; venezuela venezuelan venezuelans;
    vietnam vietnamese; wales welsh; yemen yemeni yemenis; zimbabwe zimbabwean zimbabweans
    """.split(";") for country, *names in [line.split()] for d in names}

# Irregular past forms, which stemming leaves alone ("struck" / "strikes"): past -> base.
# Forms with a common second sense are left out (found, wound, left, fed, lay, bore, rid).
IRREGULAR_VERBS = dict(pair.split(":") for pair in """
    arose:arise awoke:awake beaten:beat began:begin begun:begin bent:bend bled:bleed
    blew:blow blown:blow broke:break broken:break brought:bring built:build burnt:burn bought:buy
    caught:catch chose:choose chosen:choose came:come dealt:deal dug:dig did:do done:do drew:draw
    drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall felt:feel fought:fight
    fled:flee flew:fly flown:fly forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive
    froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go gone:go grew:grow
    grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep knew:know known:know
    led:lead lent:lend lost:lose made:make meant:mean met:meet paid:pay ran:run rang:ring rung:ring
    rose:rise risen:rise rode:ride ridden:ride said:say saw:see seen:see sought:seek sold:sell
    sent:send shook:shake shaken:shake shot:shoot sang:sing sung:sing sank:sink sunk:sink sat:sit
    slept:sleep slew:slay slain:slay slid:slide spoke:speak spoken:speak spent:spend stood:stand
    stole:steal stolen:steal stuck:stick struck:strike stricken:strike swore:swear sworn:swear
    swept:sweep swam:swim swum:swim took:take taken:take taught:teach tore:tear torn:tear told:tell
    thought:think threw:throw thrown:throw understood:understand woke:wake woken:wake wore:wear
    worn:wear won:win withdrew:withdraw withdrawn:withdraw wrote:write written:write
    learnt:learn dreamt:dream leapt:leap
    """.split())

# British spellings read as American ones, so that a British and an American report of one
# event meet ("defence" / "defense", "hospitalised" / "hospitalized"): (pattern, replacement)
# on the folded word, before stemming, the first that matches. The stemmer knows -ize well.
BRITISH_SPELLINGS = (
    (r"^practis(e|ed|es|ing)$", r"practic\1"),                           # practise (the verb)
    (r"^(anal|paral|catal|dial)ys(e|ed|es|ing|er|ers)$", r"\1yz\2"),   # analyse, paralysed
    (r"^(lab|fav|hon|neighb|col|behavi|harb|rum|hum|vig|arm|endeav|savi|flav|val|od|tum"
     r"|parl|splend|clam|ferv|ranc|cand|sav)our", r"\1or"),            # labour, favourite
    (r"^((?:kilo|centi|milli)?met|lit|cent|theat|fib|calib|somb|spect|sab|lust|meag)re(s?)$",
     r"\1er\2"),                                                        # centre, kilometres
    (r"^(defen|offen|licen|preten)ce(s?)$", r"\1se\2"),                 # defence, licence
    (r"^(program|catalog)(?:me|ue)(s?)$", r"\1\2"),                      # programme, catalogue
    (r"^(p|h|an|orthop|encyclop|leuk)ae", r"\1e"),                       # paediatric, haemorrhage
    (r"^foet", "fet"), (r"^oes(?=tr|oph)", "es"), (r"^diarrhoe", "diarrhe"),  # foetus, oestrogen
    (r"^(alumin)ium$", r"\1um"),
    (r"^grey(s?)$", r"gray\1"),
    (r"^sceptic", "skeptic"),
    (r"^([a-z]{4,})is(e|ed|es|ing|ation|ations|er|ers)$", r"\1iz\2"),   # organise, organisation
)
# What comes before -ise in words spelt so on both sides of the Atlantic, whose other forms
# (television, supervisor) must still meet them: these are not respelt.
ISE_BOTH = frozenset("""
    advert appr chast circumc compr comprom conc desp disgu enterpr exerc expert franch improv
    merchand otherw parad prec prem prom superv surm surpr telev treat
""".split())

# Words news writers use interchangeably for the same fact: plain words, one row a
# group, each word read as matching reads it (folded, stemmed) at import.
SYNONYMS = tuple(row.split() for row in """
attack strike assault raid bomb airstrike shell
kill dead die death fatal slay murder
injure wound hurt
talk negotiate discuss dialogue
suspend halt freeze pause
ceasefire truce armistice
arrest detain custody nab apprehend
begin start launch
end finish conclude
buy purchase acquire
rise increase climb jump surge hike soar
fall drop decline plunge slump
big large major
small minor little
president leader
government administration
country nation
help aid assist
accuse blame
agreement deal accord pact
fire blaze
car vehicle
children kid
quake earthquake tremor
sue lawsuit
elect vote poll
win victory
lose defeat
resign quit abdicate
survive escape
attempt try bid
explosion blast
diplomat ambassador envoy
sack dismiss oust
share stock equity
seize capture
troop soldier
police cop
gunman shooter
fight clash battle
court tribunal
protest unrest demonstration
investigation probe inquiry
cut axe slash reduce
vow pledge promise
consider mull
condemn denounce decry slam criticize
praise laud hail
reject rebuff snub nix spurn
approve ok
sign ink
dispute spat feud quarrel
limit curb restrict
lawmaker legislator solon mp mps
prison jail
release freed
kidnap abduct
rebel insurgent
steal theft rob robbery heist loot
global world worldwide
drug narcotic
profit earn
allow permit
lawyer attorney
doctor physician
plane aircraft jet airplane aeroplane
vessel ship
sex sexual
nuclear atomic
warn caution
truck lorry
gasoline petrol
movie film
railroad railway
highway motorway
sidewalk pavement
garbage rubbish trash
mistake error mixup blunder gaffe
stay remain
man male
woman female
rescue save
cry tears weep sob
storm hurricane typhoon cyclone
referendum plebiscite
ban prohibit outlaw
company firm
deport expel
hostage captive
reveal disclose
huge massive enormous
verdict ruling
victim casualty
employee worker staff
resident inhabitant
squad team
fan supporter
missile rocket
retain keep
border frontier
rich wealthy
""".strip().splitlines())

# Units of one measure and what each is in the first row's unit: a quantity given in one
# unit by one outlet and in another by the next is compared converted (CONVERSION_TOLERANCE).
MEASURES = tuple((row.split()[0], float(row.split()[1]), row.split()[2:]) for row in """
length 1 m metre metres meter meters
length 1000 km kilometre kilometres kilometer kilometers
length 1609.344 mile miles mi
length 0.3048 foot feet ft
length 0.0254 inch inches
mass 1 kg kilogram kilograms kilo kilos
mass 0.45359237 lb lbs
mass 1000 tonne tonnes ton tons
area 1 hectare hectares ha
area 0.40468564 acre acres
""".strip().splitlines())
# Nouns that a figure after them measures: "the death toll has passed 1,100", "turnout
# was only 37%" (the figure counts the toll, whatever word follows it).
MEASURE_NOUNS = frozenset("toll tally turnout".split())
# Spans of time a figure gives of a thing ("25 years in prison", "six years of talks"),
# the words that join the thing to them, and the bounds that may stand before the figure.
DURATION_NOUNS = frozenset("hour day week month year decade".split())
DURATION_OF = frozenset("of in behind".split())
DURATION_BOUNDS = frozenset("up to about nearly almost more than over at least some roughly around".split())
# Words for what a number counts that count the same thing ("5,000 people" / "15,000
# residents" disagree): one row a unit, read as matching reads words.
COUNTED_ALIKE = tuple(row.split() for row in """
people person resident inhabitant civilian villager individual
""".strip().splitlines())
# What a scale's bare letter before it counts ("7m people", "1.2m barrels", "300k users"):
# "m" after a figure is else a distance ("100m sprint", "10m deep"). Words as written.
COUNTED_BY_SCALE = frozenset("""
people persons residents inhabitants civilians villagers individuals voters users customers
subscribers viewers listeners readers passengers visitors tourists migrants refugees children
adults workers employees jobs households homes barrels tonnes tons shares votes copies
""".split())

# Opposite directions of the same claim ("stocks rose" / "stocks fell", "polls open" /
# "polls close"): two sentences that differ only by these disagree. Plain words; each side's
# words are folded like any other.
ANTONYMS = (
    ("rise up higher gain soar surge climb jump rally increase raise boost strengthen",
     "fall down lower drop loss slump plunge decline decrease cut reduce slide tumble weaken"),
    ("open reopen", "close shut"),
    ("win victory", "lose defeat"),
    ("lift", "impose extend continue maintain"),
    ("approve accept back support endorse", "reject oppose veto refuse"),
    ("acquit", "convict"),
)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "dozen": "12", "first": "1st", "second": "2nd", "third": "3rd",
    "fourth": "4th", "fifth": "5th", "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th",
    "tenth": "10th", "eleventh": "11th", "twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th",
    "fifteenth": "15th", "sixteenth": "16th", "seventeenth": "17th", "eighteenth": "18th",
    "nineteenth": "19th", "twentieth": "20th", "thirtieth": "30th", "fortieth": "40th", "fiftieth": "50th",
    "hundredth": "100th",
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
# Month names that are also words ("officials may resign", "protesters march", "to mar"):
# months only when capitalised.
MONTHS_ALSO_WORDS = frozenset("may march mar jan feb apr jun jul aug sep sept oct nov dec".split())
#: Roles of those who speak for someone else: one quotation given to one of them in one
#: article and to someone else in another is an attribution that differs in detail.
SPOKESPERSON_ROLES = frozenset("spokesperson adviser advisor aide lawyer attorney counsel secretary".split())
#: Nouns that stand for an organisation named before them: "Acme said ... the company said".
ORGANIZATION_NOUNS = frozenset("""
company firm group organization organisation corporation business airline carrier retailer startup
charity manufacturer maker automaker carmaker insurer broadcaster publisher bank network club team
""".split())
#: What ends a company's name: "Acme Corp", "Widgets Ltd".
COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc ag sa nv gmbh holdings".split())
#: Words that end a phrase of time, not of a speaker: "A day later, a spokesman said".
TIME_NOUNS = frozenset("""
day week month year hour minute moment time night morning afternoon evening weekend later earlier ago
""".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The last word of a day named for someone's ("New Year's Day", "Mother's Day", "Christmas Eve").
HOLIDAY_WORDS = frozenset("day eve night".split())

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gov sen rep gen col lt sgt capt cmdr adm maj st jr sr rev fr hon pres
supt insp det cpl pte pvt cst const no nos vs etc inc corp co ltd llc plc dept univ assn bros mt ft ave blvd rd
jan feb mar apr jun jul aug sep sept oct nov dec approx est fig op vol pp ch e.g i.e a.m
p.m u.s u.k u.n e.u d.c
""".split())
# Words that go on after "a.m." or "p.m." in the same sentence ("9 a.m. Eastern time").
TIME_FOLLOWERS = frozenset([*WEEKDAYS, *"""
eastern pacific central mountain atlantic local gmt utc et est edt ct cst cdt pt pst pdt bst cet
""".split()])
# Abbreviations that often do end a sentence; there the next word decides.
FINAL_ABBREVIATIONS = frozenset("etc inc corp co ltd llc plc jr sr u.s u.k u.n e.u d.c".split())
SENTENCE_STARTERS = frozenset("""
the a an he she it they we i you this that these those there but and or so yet in on at
for if when while after before as his her its their our my no not however meanwhile
indeed needless moreover furthermore nevertheless nonetheless therefore thus hence otherwise
perhaps instead still yes
""".split())

# Reporting verbs, one row a verb: base, past, present, participle. The attribution reads
# every form ("Kirby said", "says Kirby", "..., saying", "had told reporters").
REPORTING_VERBS = tuple(row.split() for row in """
say said says saying
tell told tells telling
add added adds adding
ask asked asks asking
clarify clarified clarifies clarifying
argue argued argues arguing
charge charged charges charging
claim claimed claims claiming
concede conceded concedes conceding
contend contended contends contending
declare declared declares declaring
explain explained explains explaining
insist insisted insists insisting
note noted notes noting
reply replied replies replying
respond responded responds responding
warn warned warns warning
write wrote writes writing
tweet tweeted tweets tweeting
post posted posts posting
state stated states stating
announce announced announces announcing
continue continued continues continuing
recall recalled recalls recalling
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
confirm confirmed confirms confirming
deny denied denies denying
urge urged urges urging
predict predicted predicts predicting
testify testified testifies testifying
stress stressed stresses stressing
emphasize emphasized emphasizes emphasizing
emphasise emphasised emphasises emphasising
complain complained complains complaining
vow vowed vows vowing
promise promised promises promising
suggest suggested suggests suggesting
conclude concluded concludes concluding
remark remarked remarks remarking
observe observed observes observing
quip quipped quips quipping
plead pleaded pleads pleading
assert asserted asserts asserting
maintain maintained maintains maintaining
allege alleged alleges alleging
boast boasted boasts boasting
caution cautioned cautions cautioning
counter countered counters countering
retort retorted retorts retorting
shout shouted shouts shouting
exclaim exclaimed exclaims exclaiming
joke joked jokes joking
lament lamented laments lamenting
report reported reports reporting
reiterate reiterated reiterates reiterating
agree agreed agrees agreeing
accuse accused accuses accusing
call called calls calling
describe described describes describing
dismiss dismissed dismisses dismissing
term termed terms terming
reject rejected rejects rejecting
blast blasted blasts blasting
slam slammed slams slamming
praise praised praises praising
criticize criticized criticizes criticizing
criticise criticised criticises criticising
condemn condemned condemns condemning
demand demanded demands demanding
wonder wondered wonders wondering
recount recounted recounts recounting
reveal revealed reveals revealing
mention mentioned mentions mentioning
refer referred refers referring
express expressed expresses expressing
chant chanted chants chanting
yell yelled yells yelling
scream screamed screams screaming
cry cried cries crying
beg begged begs begging
pledge pledged pledges pledging
muse mused muses musing
snap snapped snaps snapping
fume fumed fumes fuming
scoff scoffed scoffs scoffing
whisper whispered whispers whispering
grumble grumbled grumbles grumbling
interject interjected interjects interjecting
read read reads reading
echo echoed echoes echoing
question questioned questions questioning
answer answered answers answering
laugh laughed laughs laughing
sigh sighed sighs sighing
murmur murmured murmurs murmuring
mumble mumbled mumbles mumbling
stammer stammered stammers stammering
proclaim proclaimed proclaims proclaiming
assure assured assures assuring
advise advised advises advising
inquire inquired inquires inquiring
enquire enquired enquires enquiring
affirm affirmed affirms affirming
confide confided confides confiding
confess confessed confesses confessing
opine opined opines opining
posit posited posits positing
gush gushed gushes gushing
hail hailed hails hailing
brand branded brands branding
dub dubbed dubs dubbing
decry decried decries decrying
denounce denounced denounces denouncing
dispute disputed disputes disputing
tease teased teases teasing
deem deemed deems deeming
""".strip().splitlines())
# Reporting verbs of two words, a verb and its particle (the particle first, then the verb's
# four forms): '"...," Patel shot back.', '"...," she went on.', 'He pointed out: "..."'.
PHRASAL_REPORTING_VERBS = tuple(row.split() for row in """
back shoot shot shoots shooting
back fire fired fires firing
back hit hit hits hitting
in chime chimed chimes chiming
on go went goes going
out point pointed points pointing
up sum summed sums summing
up pipe piped pipes piping
""".strip().splitlines())
# Verbs that name what was said rather than report it; they attribute a quotation only when
# it follows them closely ("called it a 'hoax'"), never from afar.
# Naming verbs that give a name ("a movie called 'X'", "an operation dubbed 'Y'").
NAMES_FOR = frozenset("call dub brand".split())
NAMING_VERBS = frozenset("""
accuse call describe dismiss blast slam praise criticize criticise condemn refer express
hail brand dub decry denounce deem reject term
""".split())
# Verbs of hearing and remembering: after one, a name then a participle is who spoke
# ("Reed recalled Ortiz saying", "witnesses heard the gunman shouting").
HEARING_VERBS = frozenset("""
recall recalled recalls remember remembered remembers hear heard hears overheard quote quoted
quotes cite cited cites
""".split())
# Words a reporting verb may carry before it: "he had said", "Smith would later tell".
AUXILIARIES = frozenset("""
has had have would will could should also later then again once previously earlier further simply just
heard
quickly repeatedly recently since went on to was were is are be been being not
""".split())
# "was" in "Ruiz was arrested", "Ruiz is a mother of three": a subject told of, not acting.
_BEING = frozenset("was were is are been be being got gets get seems seemed appears appeared".split())
# A speaker the text names by pronoun; the person it stands for is found in the story.
PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
# A pronoun as an object: after a verb it ends a clause, not a speaker's name ("the city failed her").
OBJECT_PRONOUNS = frozenset("him her them me us".split())
# Pronouns that stand for no one in particular: never a name, however rare the word.
INDEFINITE_PRONOUNS = frozenset("nobody everyone everybody someone somebody anyone anybody none".split())
# Titles written before a name, kept as part of how the text names a person ("Sen. Ted Cruz").
# Words for one office, as a definite description may name it ("the congressman" after
# "Rep. Blake Farenthold"); the first word of a row stands for the row.
ROLE_NAMES = tuple(row.split() for row in """
representative congressman congresswoman
spokesperson spokesman spokeswoman
chair chairman chairwoman
""".strip().splitlines())

COURTESY_TITLES = frozenset("""
mr mrs ms miss dr sen rep gov gen lt col sgt capt prof rev adm maj pres sir dame lord lady
cpl pte pvt cst alhaji alhaja hajia mallam
""".split())
# Common given names (among the most frequent in English-speaking countries' birth records,
# and some of the most frequent in the Spanish-, Arabic-, Russian- and Hindi-speaking world)
# that are almost always one gender's: a pronoun then skips a person the other pronoun fits
# ("Tom Reed praised Helen Ortiz. '...,' she said."). Names used for both ("Jordan", "Kim",
# "Jean", "Andrea") are left out, and so are the names of particular public figures.
GIVEN_NAMES_SHE = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia christina lauren joan evelyn judith megan
cheryl hannah martha gloria teresa sara madison frances kathryn janice abigail alice judy
sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
brittany charlotte marie kayla lori liz elena
ann anne ana sofia lucia carmen isabel fatima aisha mariam priya olga irina svetlana natalia
""".split())
GIVEN_NAMES_HE = frozenset("""
james robert john michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan bryan joe
billy bruce albert gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny tom tim jim bill bob mike steve dave ted rudy rick fred
harry ben nick tony ron ken doug greg
luis carlos miguel pedro javier jorge antonio francisco ahmed mohammed muhammad omar hassan
ibrahim ivan sergei vladimir dmitry rahul
""".split())
# What follows a name and is part of it: "Martin Luther King Jr.", "Pope John Paul II".
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Things that say, not people: "the advertisement says", "the suit argues", "the report
# said". A definite description with one of these heads speaks for itself; it is no
# stand-in for the person last named.
DOCUMENT_WORDS = frozenset("""
ad advertisement commercial video film suit lawsuit complaint filing motion brief petition
indictment affidavit ruling order opinion verdict letter report statement study survey poll
memo memorandum document release resolution bill law measure proposal plan agreement deal
treaty website tweet message email e-mail editorial article book column transcript notice
audit analysis assessment review guidance warning sign banner rant speech text
amendment constitution charter statute
""".split())
# Office titles before a name: the role, not the name ("President Barack Obama").
OFFICE_TITLES = frozenset("""
president vice prime minister secretary chancellor king queen prince princess pope mayor
governor senator representative congressman congresswoman judge justice chief general
attorney ambassador commissioner director chairman chairwoman chair speaker leader coach
manager captain officer detective inspector sheriff superintendent professor doctor
spokesman spokeswoman spokesperson deputy foreign defense defence interior finance
health state first premier sheikh emir crown colonel sergeant lieutenant
major admiral commander
lawyer activist analyst economist organiser organizer campaigner strategist pollster
researcher scientist historian consultant journalist reporter resident witness teacher
executive founder head editor nominee candidate
actor actress singer rapper comedian author writer producer filmmaker designer musician artist
counsel controller
ceo cfo coo cto prosecutor boss adviser advisor aide
""".split())
# Nouns that make a phrase an institution, not a person ("the State Department").
INSTITUTION_WORDS = frozenset("""
department ministry police party committee council court house senate congress
parliament government office agency association union company inc corp corporation news
times post network institute university coalition campaign organization organisation
service army military force forces board commission bank group foundation administration
authority authorities embassy white kremlin pentagon navy guard federation league
club team fund center centre hospital school church cabinet assembly convention
conference summit unit squad brigade battalion regiment press
magazine weekly daily telegraph tribune herald gazette journal chronicle mail mirror express
guardian observer inquirer
""".split())
#: What an office is of: after "Secretary of", "Minister of", "Director of" the words that
#: are the office's, not the person's ("Secretary of Homeland Security Kristi Noem",
#: "Minister of Foreign Affairs Ana Ruiz"). Not words that are also common surnames.
PORTFOLIOS = frozenset("""
affairs security treasury commerce labor labour energy education transportation transport
agriculture trade intelligence homeland exchequer environment housing development
immigration culture tourism economy industry infrastructure communications information
veterans welfare pensions science technology fisheries
""".split())
#: Bodies named in the plural without an -s: "police said", "they" (not "it") stands for them.
PLURAL_BODIES = frozenset("police military clergy staff personnel".split())
#: What ends the name of a place, not of a person ("Hornby Island", "Cook County"): what
#: "she" cannot stand for. Not words that are also common surnames (Hill, Park, Lake, Bay).
PLACE_NOUNS = frozenset("""
island islands avenue road county province district airport station valley coast peninsula
stadium arena square ocean sea strait canyon desert
""".split())
#: Words a title leaves in lower case ("Once Upon a Time in Hollywood").
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
# Set phrases that hold a reporting verb and report no one ("Needless to say, ...").
#: A figure after these is a bound, not a value: "north of $14 billion" holds for $14.3
#: billion, "nearly 50" for 48 (within BOUND_NEAR), so two outlets giving them agree.
LOWER_BOUNDS = frozenset("""
more than
over
above
north of
at least
upwards of
in excess of
exceeding
topping
passed
topped
surpassed
no fewer than
no less than
""".strip().splitlines())
UPPER_BOUNDS = frozenset("""
less than
fewer than
under
below
up to
nearly
almost
shy of
at most
no more than
close to
""".strip().splitlines())
#: "$88 per share", "$15 an hour", "60 miles a day": a figure of each such thing is a rate,
#: not an amount ("per" takes any noun; "a", "an" and "each" these).
RATE_NOUNS = frozenset("""
share hour day week month year barrel gallon litre liter ton tonne head person night
kilo kilogram pound ounce mile kilometre kilometer unit seat vote
""".split())
SAYING_IDIOMS = tuple("""
needless to say
suffice it to say
suffice to say
that is to say
so to speak
strange to say
sad to say
""".strip().splitlines())
# What links a sentence to the one before, set off by commas after a name ("Berg, for his
# part, said"): no role.
LINKING_ADVERBIALS = frozenset("""
again
also
at the time
besides
by contrast
earlier
for her part
for his part
for its part
for their part
however
in a statement
in an interview
in contrast
in reply
in response
in return
in turn
indeed
instead
later
likewise
meanwhile
moreover
nevertheless
nonetheless
separately
similarly
then
though
too
""".strip().splitlines())
# The word before a title in quotation marks: a preposition, an article, a naming verb, a work.
TITLE_BEFORE = frozenset("""
a an as called dubbed entitled her his in its named of on our the their titled
album book column documentary episode essay film memoir movie novel op-ed play podcast program programme
series show song
""".split())

# Pictographs: miscellaneous symbols, dingbats, stars and arrows, emoji.
_PICTOGRAPHS = "\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
# A date and a place as a photo's caption gives them (the caption row below).
# (a month's shape, not its names: a caption is told by the year and place around it, and a
# short pattern compiles at start-up in a fraction of the time)
_MONTH_NAME = r"(?:[JFMASOND][a-z]{2,8}\.?)"
_WEEKDAY_NAME = r"(?:[MTWFS][a-z]{2,5}day)"
_PLACE_NAME = r"[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|de|del|la))*"
# Where a news page puts what is not the article. Each rule is one line of the page.
BOILERPLATE_PATTERNS = (
    ("caption", _Lazy(
        r"\((?:photo|photograph|picture|image|video|file photo|credit|illustration)\b[^)]{0,80}\)"
        r"|^(?:photo|photograph|picture|image|file photo|credit|illustration|caption)\s*(?:[:/|]|by\b)"
        r"|\b(?:getty images|ap photo|afp photo|afp via getty|reuters/|shutterstock|epa-efe)\b"
        # "... | Photo Credit: AP", "Picture: PA", "Picture by ...", "(Kyodo News via AP)",
        # "View image in full screen ...", "Philimon Bulawayo / Reuters": credits of a picture
        r"|\|\s*(?:photo|image|picture|credit|photo credit)\s*:"
        r"|^(?:pictures?|images?)\s*(?:by\b|:)"
        r"|[.!?]\s+(?:pictures?|photos?|images?|credit)\s*(?::|by\b)\s*[^.!?]{1,60}$"  # "... Street. Picture: PA"
        r"|^\(?[\w .]{0,40}\bvia (?:ap|afp|reuters|getty images)\)?\.?$"
        r"|^view (?:image|photo|gallery) in full screen\b"
        r"|^(?:[A-Z][\w.'\u2019-]* ){1,3}[A-Z][\w.'\u2019-]*\s*/\s*(?:reuters|ap|afp|getty images|epa|bloomberg)$",
        re.I)),
    # A news photo's caption as agencies write it: what it shows, then the day with its year and
    # the place ("... search the rubble Aug. 25, 2016, in Corvaro, Italy."; "... in Sacramento,
    # Calif., Tuesday, Dec. 31, 2019."); a story dates its events without the year, or "on" it
    # (read only in a line that holds a year: most lines pass at their first character; and
    # case-sensitive also where the table's rules are searched at once)
    ("caption", _Lazy(
        rf"^(?=[^\n]*?(?:19|20)\d\d)[^\n]*?(?-i:(?=[JFMASONDTW])(?<!of )(?<!since )(?<!until )(?<!after )"
        rf"(?<!before )(?:{_WEEKDAY_NAME},? )?{_MONTH_NAME} \d{{1,2}},? (?:19|20)\d\d,? in {_PLACE_NAME}"
        rf"(?:, {_PLACE_NAME}){{0,2}}\.?(?:\s|$)"
        rf"|(?<![\w-])in {_PLACE_NAME}(?:, {_PLACE_NAME}){{0,2}}, (?:{_WEEKDAY_NAME},? )?(?:\d{{1,2}} {_MONTH_NAME}"
        rf"|{_MONTH_NAME} \d{{1,2}}),? (?:19|20)\d\d\.?(?:\s|$))")),
    # "PHOTOS: ...", "VIDEO: ...", "MORE: ...", "Source: QNA", "This story is over 5 years old."
    ("label", _Lazy(
        r"^(?:photos?|videos?|watch|more|gallery|live|listen|in pictures|related|breaking)\s*:\s"
        r"|^source\s*:\s*\S[^.!?]{0,40}$"
        r"|^this (?:story|article|report) is (?:over|more than) [\w ]{1,12} years? old\.?$"
        r"|^key points:?$", re.I)),
    # "By Lena Marsh, Harbour Gazette", "By Jane Doe and John Roe": who wrote it; a wire's
    # credits ("Reporting by ...; Editing by ..."), "The Associated Press contributed to this
    # report.", "Posted by Jane Doe on March 4"
    ("byline", _Lazy(r"^By (?:[A-Z][\w.'\u2019-]* ?){1,4}(?:,|$| and | in | for )"
                     r"|^(?i:(?:additional )?(?:reporting|writing|editing) by )"
                     r"(?:(?:[A-Z][\w.'\u2019-]*|and|in)[ ,]*){1,8}(?:;|\.?$)"
                     r"|^[^.!?]{2,60}\bcontributed (?:reporting|to this (?:report|story|article))\b[^.!?]{0,40}\.?$"
                     r"|^(?i:posted by )[A-Z]")),
    # A menu of a page's sections, its items parted by pictographs ("News ⭐ Sport 🏀 Weather")
    ("navigation", _Lazy(rf"^(?:[^{_PICTOGRAPHS}]{{1,40}}[{_PICTOGRAPHS}]\ufe0f?\s*){{2,}}")),
    # "Clint Davis covers entertainment for ...", "Jane Doe is a reporter for ...": a writer's bio
    ("author bio", _Lazy(
        r"^(?:[A-Z][\w.'\u2019-]* ){1,3}(?:covers|writes about|reports on|is an? (?:[\w-]+ ){0,3}"
        r"(?:reporter|correspondent|writer|editor|journalist|columnist|producer)\b)", re.I)),
    ("hat tip", _Lazy(r"^\(?\s*(?:h/t|hat tip|via)\b\s*[:\-]?", re.I)),
    ("share prompt", _Lazy(
        r"^(?:follow|like|share|subscribe|sign up|join|find)\b.{0,60}\b(?:facebook|twitter|"
        r"instagram|youtube|tiktok|linkedin|telegram|whatsapp|newsletter|rss|x)\b"
        r"|\bfollow us on (?:facebook|twitter|instagram|youtube|tiktok|linkedin|x)\b"
        r"|^(?:share|tweet|email|print|pin)(?: (?:this|on \w+|article|story|page|post|link))*$"
        r"|^send this (?:page|article|story|link) to\b|^read or share this (?:story|article)\b", re.I)),
    ("comment form", _Lazy(
        r"please enter your (?:comment|name|e-?mail)|you have entered an incorrect e-?mail"
        r"|save my name,? e-?mail|notify me of (?:follow-up|new) (?:comments|posts)"
        r"|^(?:log ?in|sign in) to (?:comment|reply)", re.I)),
    ("copyright", _Lazy(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)),
    ("reader prompt", _Lazy(
        r"^(?:read|see|watch|listen to) more\b[^.!?]{0,60}[.!?:]?$"
        r"|^(?:submit|send)(?: us)? (?:your|a) (?:letters?|story|stories|news tips?|tips?|photos?|questions?)\b"
        r".{0,80}\b(?:form|here|below|e-?mail)\b"
        r"|^click here\b|^[^.!?]{0,80}\bclick here\b[^.!?]{0,40}[.!?]?$"
        r"|^read the full (?:report|story|article|statement|interview)\b"
        # "Have a news tip? Email us ...", "Download our app ...", "Support our journalism."
        r"|^(?:have|got) a (?:news )?tip\b|^download (?:our|the) (?:free )?(?:[\w-]+ )?app\b"
        r"|^support (?:our|independent|local|quality) journalism\b", re.I)),
    # a page's forms and paywall: "Enter your details below", "TAKE A FREE TRIAL"
    ("sign-up form", _Lazy(
        r"^(?:enter|type|provide) your (?:details|e-?mail|name|password)\b|^e-?mail address\s+first name\b"
        r"|^subscribe now\b|\b(?:(?:a|your) (?:free|full)(?: \d+-day)? trial|registered users can"
        r"|fill in the [\w ]{0,20}form|only accepts? (?:work|business|company) e-?mail|your (?:account|password) must"
        r"|already a subscriber)\b"
        r"|^get (?:the |our )?(?:latest |top |breaking |daily )?(?:news|headlines|stories|updates)\b[^.!?]{0,40}"
        r"\b(?:inbox|e-?mail)\b", re.I)),
    # "This article was originally published on ...", "Contact Clare: clare@example.com"
    ("publication note", _Lazy(
        r"^this (?:article|story|post|piece|report) (?:was |first )(?:originally |first )?(?:published|appeared|ran)\b"
        # "Editor's note: ...", "Correction: An earlier version of this story ..."
        r"|^editor[\'\u2019]?s note\s*:|^(?:correction|clarification)\s*:[^!?]{0,80}\b(?:this|an earlier|a previous)"
        r" (?:version|story|article|report)\b"
        r"|^[\W_]*(?:media )?contacts?\b[^.!?@]{0,40}:\s*[\w.+-]+@[\w-]+\.\w"
        # "Contact Herald reporter Ann Lee at 555-240-0185 or alee@example.com.": how to reach the writer
        r"|^(?:contact|reach|e-?mail) (?:[\w.'\u2019-]+ ){1,5}at [^!?]{0,80}?"
        r"(?:[\w.+-]+@[\w-]+\.\w|\d{3}[-. ]\d{3}[-. ]\d{4})",
        re.I)),
    # A line of nothing but a date and time, with or without "Published"/"Updated" (the
    # day and month names are those of WEEKDAYS and MONTHS).
    ("timestamp", _Lazy(
        r"^(?=.*\d)(?:(?:first|last|published|posted|updated|modified|on|at|"
        + "|".join([*WEEKDAYS, *(d[:3] for d in WEEKDAYS), "tues", "thurs", *MONTHS]) +
        r"|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|edt|est|et|pdt|pst|pt|ist|jst|kst|aest|aedt|sast|eat|wat"
        r"|msk|hkt|sgt|pkt|\d{1,4}(?:st|nd|rd|th)?)(?![a-z\d])"
        r"[\s,.:;|/()+\-\u2013\u2014]*){2,24}$", re.I)),
    ("page furniture", _Lazy(
        r"^(?:advertisement|sponsored(?: content)?|related(?: articles| stories| coverage)?"
        r"|read more|see also|more from [\w ]{1,30}|recommended|trending|most read"
        r"|skip to (?:main )?content|image \d+ of \d+|home|menu|search|watch [\w ]{2,20} news"
        r"|most popular|top stories|latest news|you may also like|loading(?:\.\.\.|\u2026)?)\s*:?$"
        r"|\bwe use cookies\b|^this (?:site|website) uses cookies\b", re.I)),
)
COMMENTS_HEADER = _Lazy(
    r"^(?:\d+\s+)?(?:facebook\s+|reader\s+|user\s+|disqus\s+)?comments?(?:\s*\(\d+\))?:?$"
    r"|^(?:leave a (?:comment|reply)|add (?:a |your )?comment|post a comment|show comments"
    r"|join the (?:conversation|discussion)|comments are closed|what do you think\?)", re.I)
BREADCRUMB_SEPARATOR = _Lazy(r"\s+(?:/|>|»|›|\||::)\s+")

# Terminal control sequences (CSI, OSC, other ESC sequences) and C0/C1 control characters.
_CONTROL = _Lazy(
    r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"    # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"                   # two-character escapes, lone ESC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"    # other controls (tab and newline stay)
    r"|[\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidi overrides: could reorder the report
)


# ---------------------------------------------------------------------------
# Indexes built from the tables
# ---------------------------------------------------------------------------

# A paragraph ending on a quotation and its reporting verb, the speaker cut off by the page
# ('..., to each of us," said' | 'Andrea Beltrán, 42.'): read on into the next one.
# (A word, then a look-up: an alternation of every form would cost its compiling at each start.)
_ENDS_ON_WORD = _Lazy(r"[\"\u201d\u2019],?\s+([a-z]+)$")
_TOLD_FORMS = frozenset({r[1] for r in REPORTING_VERBS} | {r[2] for r in REPORTING_VERBS})  # said, says



def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("^a|b(c|d)" -> "^a", "b(c|d)")."""
    out, depth, start, k = [], 0, 0, 0
    in_class = False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "]":
                k += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*out, pattern[start:]]


# One search tells most lines apart; the table is walked, in order, only on a hit. The
# alternatives anchored at a line's start are tried together once a position, the others
# together: a search tries every alternative at every position, so grouping them halves it.
_ANY_BOILERPLATE = _Lazy(
    "^(?:" + "|".join(a[1:] for _, p in BOILERPLATE_PATTERNS for a in _alternatives(p.pattern) if a.startswith("^"))
    + ")|" + "|".join(f"(?:{a})" for _, p in BOILERPLATE_PATTERNS for a in _alternatives(p.pattern)
                      if not a.startswith("^")), re.I)

# Number words a figure is spelt with ("twenty-five", "three hundred and fifty"): _spelled().
_CARDINALS = {w: int(v) for w, v in NUMBER_WORDS.items() if v.isdigit() and int(v) < 100}
_SPELLING = frozenset([*_CARDINALS, "hundred", "dozen", "and"])

_VERB_BASE = {form: row[0] for row in REPORTING_VERBS for form in row} | {
    f"{form} {row[0]}": f"{row[1]} {row[0]}" for row in PHRASAL_REPORTING_VERBS for form in row[1:]}

_PARTICIPLES = frozenset(row[3] for row in REPORTING_VERBS)

# A participle right after a quotation: the sentence's subject said it ('..., saying').
_PARTICIPLE_AFTER = _Lazy(r"[\"'\u201d\u2019]?\s*[,\u2014\u2013-]\s*([a-z]+)\b")  # the word one of _PARTICIPLES

_VERB = _WordsOf(_VERB_BASE)  # any form of a reporting verb

# A full stop ends a name's word only after an initial, an acronym or a title (E., U.S., Sen.).
_NAME_WORD = (r"(?:[A-Z]\.(?:[A-Z]\.)*|(?:"
              + "|".join(sorted(t.capitalize() for t in COURTESY_TITLES | {"jr", "sr", "st"}))
              + r")\.|(?:(?<![\w\-])(?:a[lnrstdz]|el|ash|ath)[-\u2010\u2011])?[A-Z][\w'\u2019\-]*)")

_TITLE_OR_SUFFIX = COURTESY_TITLES | NAME_SUFFIXES
_TITLE_GENDER = {**dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "madam"), "she"),
                 **dict.fromkeys(("mr", "sir", "lord"), "he")}
_GIVEN_NAME_GENDER = {**dict.fromkeys(GIVEN_NAMES_SHE, "she"), **dict.fromkeys(GIVEN_NAMES_HE, "he")}
# A document, or an office, speaks for the one it is of: "Reed's statement", "a letter from
# Ms. Park", "his office", "a statement issued by the governor's office", "the White House report".
_OWNED_DOCUMENT = _Lazy(
    rf"(?:(?P<own>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})['\u2019]s?|(?P<pro>[Hh]is|[Hh]er))"
    rf" (?:[a-z][\w-]* ){{0,2}}(?P<doc>[a-z]+)"
    rf"|(?:(?:[Tt]he|[Aa]n?) )?(?:[a-z][\w-]* ){{0,2}}?(?P<doc2>[a-z]+),? (?:from|by|issued by|released by) (?P<by>.+)"
    rf"|(?:[Tt]he|[Aa]n?) (?P<own3>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}) (?:[a-z][\w-]* )?(?P<doc3>[a-z]+)")
_SPEAKS_FOR = DOCUMENT_WORDS | frozenset("office response words".split())  # nouns only: not "fans reply"
# Two people named together: "Ortiz and Reed", "both Helen Ortiz and Tom Reed".
_TWO_NAMES = _Lazy(rf"(?:[Bb]oth )?((?:{_NAME_WORD}[ \t]+){{0,5}}{_NAME_WORD}"
                        rf" and (?:{_NAME_WORD}[ \t]+){{0,5}}{_NAME_WORD})")
# A person and others with them: "Moyo and other opposition figures" (a group, no one person).
_AND_OTHERS = _Lazy(rf"(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD} and (?:other|fellow|several) [a-z][a-z -]{{2,40}}")
# A role that speaks for someone: "a spokesman for Ortiz", "an aide to Sen. Cruz" (the role speaks).
_SPEAKS_FOR_NAME = _Lazy(r"(?:[Aa]n?|[Tt]he) (?:[a-z][\w-]* ){0,3}(?:for|to) [A-Z]")

_NAME_RUN = _Lazy(rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,{NAME_MAX_WORDS - 1}}}")
# Two who speak together: "Aziz and his wife, Mina", not one person and a role.
_AND_KIN = _Lazy(rf"({_NAME_RUN.pattern}) and (?:his|her|their) (?:[a-z]+ ){{0,2}}[a-z]+, ({_NAME_RUN.pattern})")

_PLACES = frozenset(DEMONYMS.values())

_OFFICE_WORD = "(?:" + "|".join(sorted(OFFICE_TITLES | INSTITUTION_WORDS)) + ")"

_TITLED_NAME = _Lazy(  # "Union leader Tomas Brenn", "Berlin police chief Klaus Kandt"
    rf"{_NAME_RUN.pattern}(?:[ \t]+{_OFFICE_WORD}(?:[ \t]+{_OFFICE_WORD})*[ \t]+{_NAME_RUN.pattern})?")

_QUOTED_AS = _Lazy(rf"\bquoted[ \t]+(?:{_NAME_RUN.pattern})[ \t]+as[ \t]+(?:saying|telling|writing)")

# Words that open a family name in lower case ("von der Leyen", "bin Salman", "de Gaulle").
NAME_PARTICLES = frozenset("al bin da das de del della den der di dos du el ibn la le ten ter van von".split())
# One of a party, as a story calls a person it named before ("the California Democrat said").
PARTY_MEMBERS = frozenset("democrat republican independent conservative tory liberal socialist".split())

# One capitalised word that names a group of people, not a person ("Republicans said").
_GROUP_WORDS = frozenset([*(d for d in DEMONYMS if d.endswith("s")), *"""
republicans democrats conservatives liberals socialists tories labour greens officials
authorities witnesses residents experts analysts investigators prosecutors sources
critics supporters opponents lawmakers protesters activists voters observers family families
passengers students workers employees doctors scientists researchers teachers parents fans survivors
neighbors neighbours locals villagers eyewitnesses rescuers firefighters soldiers troops diplomats
economists organizers organisers relatives colleagues friends mourners campaigners lawyers attorneys
officers negotiators
""".split()])

_POSSESSOR = _Lazy(rf"{_NAME_RUN.pattern}['\u2019]s(?:[ \t]+[a-z][\w\-]*){{1,3}}")

# A role and a name after a capitalised word: "Republican presidential nominee Mitt Romney".
_ROLE_NAME = _Lazy(rf"{_NAME_RUN.pattern}(?:[ \t]+[a-z][\w'\u2019\-]*){{1,3}}[ \t]+{_NAME_RUN.pattern}")

# A role, then the name between commas: "The mayor, Sarah Kim, ..."
_ROLE_THEN_NAME = _Lazy(rf"(?:[Tt]he|an?|An?) [^,.;:!?\"\u201c\u201d]{{1,60}}, {_NAME_RUN.pattern},")

# A subject opened by a determiner ends before its verb: "The ministry responded ...".
_DETERMINED_SUBJECT = _Lazy(r"(?:the|a|an) (?:[\w'\u2019-]+ ){0,4}?[\w'\u2019-]+(?= (?:"
                                 + "|".join(sorted(AUXILIARIES | {"said", "told", "wrote"}))
                                 + r"|\w+ed|\w+s)\b)", re.I)

# A subject opened by a determiner, then an aside of a participle: "the congressman, speaking
# in a whisper, said", "A young man, dressed in a jacket and tie, approached".
_SUBJECT_THEN_ASIDE = _Lazy(r"((?:[Tt]he|[Aa]n?|[Aa]nother) (?:[\w'\u2019-]+ ){0,3}?[\w'\u2019-]+),"
                                 r" (?:not )?[a-z]+(?:ing|ed|en)\b")
# An apposition written without an article: an office, or a lower-case word then "of"/"for"/"at".
_BARE_ROLE = _Lazy(r"\s*(?!(?:the|a|an)\s)(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(sorted(OFFICE_TITLES)) + r")\b"
                        r"|\s*[a-z][\w-]+\s+(?:of|for|at)\s")

# Where the words naming a speaker after the verb end: a full stop (not an initial's, nor a
# title's: "said the Rev. Al Sharpton"), a mark, or a word that opens what follows.
_SPEAKER_END = _Lazy(r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{t.capitalize()})" for t in sorted(COURTESY_TITLES))
                     + r"\.|[;:!?\"\u201c\u201d]|\s(?:in|on|at|to|of|during|after|before|when|while|"
                       r"as|who|which|that|from|with|about|because|and|but)\s")
# An apposition after a name: ", a spokeswoman for the campaign," (a title's full stop is no
# end: ", a top adviser to Mr. Reid,").
_APPOSITION = _Lazy(r",\s+((?:the|a|an|his|her|its|their) (?:[^,.;:!?\"\u201c\u201d]|"
                    + "|".join(rf"(?<=\b{t.capitalize()})\." for t in sorted(COURTESY_TITLES))
                    + r"){1,60}),?")
# An office alone, capitalised, as a press release sets it between a name and its employer.
_OFFICE_ONLY = _Lazy(r"(?:(?:" + "|".join(sorted(t.capitalize() for t in OFFICE_TITLES)) + r")\s?){1,3}")
# Lower-case role words between a verb and a name: "said pastor and celebrant Father Cole".
_ROLE_WORDS = _Lazy(r"(?:(?:and|[a-z][\w'\u2019-]*)\s+){1,5}(?=[A-Z])")

# A sentence that ends on its attribution: ", officials said." / ", Smith told reporters."
_SAID_AT_END = _Lazy(r",[^,]{1,60}\b(?:" + "|".join(sorted(_TOLD_FORMS))
                          + r")\b[^,]{0,30}[.]\s*$")

# A pronoun and its verb set off by commas after a sentence's first name: what it says is of that.
_PRONOUN_ASIDE = _Lazy(r",\s+(he|she|they)\s+([a-z]+)\b[^,]{0,80},")  # the word one of _TOLD_FORMS

# A capitalised run before a role or an institution, or after an article, modifies a noun.
_MODIFIER_AFTER = _Lazy(r"[ \t]+(?:(?:presidential|vice-presidential|senate|mayoral|party|state|federal|former)"
                        r"[ \t]+)?(?:" + "|".join(sorted(OFFICE_TITLES | INSTITUTION_WORDS)) + r")\b")

# A capitalised word that opens a sentence ("When", "It", "In") is no part of a name.
_OPENING_WORDS = SENTENCE_STARTERS | _INTRODUCTORY

_WEEKDAY_KEYS = frozenset(WEEKDAYS)

_ROLE_NAME_OF = {word: row[0] for row in ROLE_NAMES for word in row}

_ALIAS_RE = _Lazy(r"(?<![\w.])" + _any_of({**ALIASES, **PHRASES}) + r"(?![\w])")

_BRITISH = _Lazy("|".join(f"(?:{p})" for p, _ in BRITISH_SPELLINGS))  # any of them

_ISE_RULE = BRITISH_SPELLINGS[-1][0]

_COUNTRY_KEYS = frozenset([_word_key(country)[0] for country in DEMONYMS.values()])

# A word's key -> the key of its group of synonyms, and each group's keys.
_SYNONYM_OF = {_word_key(w)[0]: _word_key(row[0])[0] for row in SYNONYMS for w in row}
_MEASURE_OF = {_word_key(w)[0]: (measure, factor) for measure, factor, words in MEASURES for w in words}
_PERCENT_KEY = _word_key("percent")[0]
_PERCENT_ONLY = frozenset([_PERCENT_KEY])
_NO_THING = frozenset([_word_key("am")[0], _word_key("pm")[0]])
_YEAR = _Lazy(r"(?:1[89]|20)\d\d")
# Eight digits or more, unseparated: an article's number, a telephone's; no outlet writes a count so.
_IDENTIFIER = _Lazy(r"\d{8,}")
# "one" after these words, or before these, is a pronoun: "the one with", "one of them".
_ONE_AFTER = frozenset(["the", "this", "that", "which", "each", "every", "any", "no", "anoth"])
_ONE_BEFORE = frozenset(["of", "anoth", "by", "who", "that", "which", "with"])
_FIRST_AFTER = frozenset(["at", "he", "she", "it", "they", "we", "i", "who", "which"])  # "at first", "she first"
_PLURAL = _Lazy(r"\w+s\b|people\b")  # what a figure counts, when it counts: "2000 troops"
_COUNTED_BY_SCALE = _Lazy(r"\s+(?:more\s+|other\s+)?(?:" + "|".join(sorted(COUNTED_BY_SCALE)) + r")\b", re.I)
_RATE = _Lazy(r"[ \t]+(?:(per)|an?|each)[ \t]+([a-z]+)\b")
_SPAN_ADJECTIVE = _Lazy(r"\b(\d+|[^\W\d_]+)-(" + "|".join(sorted(DURATION_NOUNS)) + r")(?:-long)?\s+([^\W\d_]+)", re.I)
_BOUND_BEFORE = _Lazy(r"\b(" + "|".join(sorted(LOWER_BOUNDS | UPPER_BOUNDS, key=lambda w: (-len(w), w)))
                      + r")[ \t]+(?:about[ \t]+)?[$\u00a3\u20ac\u00a5]?$", re.I)
_MEASURE_KEYS = frozenset(_word_key(w)[0] for w in MEASURE_NOUNS)
_DURATION_KEYS = frozenset(_word_key(w)[0] for w in DURATION_NOUNS)
_HEDGE_KEYS = frozenset(_word_key(w)[0] for w in HEDGES)
_DURATION_OF = frozenset(_word_key(w)[0] for w in DURATION_OF)
_BOUND_KEYS = frozenset(_word_key(w)[0] for w in DURATION_BOUNDS)
_ARTICLE_KEYS = frozenset(_word_key(w)[0] for w in ("the", "a", "an"))
_ORDINAL = _Lazy(r"\d+(?:st|nd|rd|th)")
_AGE_KEYS = frozenset(_word_key(w)[0] for w in ("age", "aged"))
_YEAR_KEYS = frozenset(_word_key(w)[0] for w in ("year", "years"))
_OLD_KEYS = frozenset([_word_key("old")[0]])
# A person's age in apposition: "Frederik, 51," (the comma after a name, then the figure alone).
_AGE_AFTER_NAME = _Lazy(r",\s")
_AGE_ENDS = _Lazy(r"\s*(?:[,);]|$|\.\s*$)")
_UNIT_OF = {_word_key(w)[0]: _word_key(row[0])[0] for row in COUNTED_ALIKE for w in row}
_SYNONYM_MEMBERS: dict[str, tuple[str, ...]] = {}
for _k, _root in _SYNONYM_OF.items():  # each root -> its members, in the table's order (one pass)
    _SYNONYM_MEMBERS[_root] = (*_SYNONYM_MEMBERS.get(_root, ()), _k)
del _k, _root

# A word's key -> (ANTONYMS row, side).
_POLE_OF = {_word_key(w)[0]: (k, side) for k, pair in enumerate(ANTONYMS)
            for side, words in enumerate(pair) for w in words.split()}

_MONTH_NAMES = sorted({max((k for k in MONTHS if MONTHS[k] == n), key=len) for n in MONTHS.values()},
                      key=MONTHS.get)

_MONTH_SHORT = sorted((k for k in MONTHS if k not in _MONTH_NAMES), key=lambda k: (MONTHS[k], k))

# A date as Differ compares it (the month and day names of MONTHS and WEEKDAYS): "March 7",
# "Oct. 2, 2016", "7 June 2019", a weekday, a year.
_DATE = _Lazy(
    rf"\b(?:(?:{'|'.join(_MONTH_SHORT)})\.?|{'|'.join(_MONTH_NAMES)})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(_MONTH_NAMES)})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{'|'.join(WEEKDAYS)})\b|\b(?:19|20)\d{{2}}\b",
    re.I)


if __name__ == "__main__":
    main()
