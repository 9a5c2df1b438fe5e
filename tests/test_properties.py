"""Invariants over generated article text (hypothesis).

Run with HYPOTHESIS_PROFILE=thorough for 2,000 examples per property.
"""

import json
import re

from hypothesis import given
from hypothesis import strategies as st

import compare_articles as ca

NEWS = [
    "The government announced on Monday that it would suspend the talks.",
    "Police said 12 people were arrested after the protest in the capital.",
    "\u201cWe have nothing more to discuss,\u201d the spokesman said.",
    "Officials did not confirm the report.",
    "The U.S. and Russia blamed each other for the attack.",
    "Mr. Smith, 45, was hired on Sept. 9 for $17,000 a year.",
    "Home / World / Talks end",
    "Follow us on Facebook and Twitter",
    "(Photo: Reuters)",
    "Comments",
    "\u201cIt is over.",
    "She added: \u201cThe deal \u2026 is dead.\u201d",
]
JUNK = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
PIECE = st.one_of(st.sampled_from(NEWS), JUNK,
                  st.sampled_from(["\n", "\n\n", "\r\n", "\r", " ", "\t", "\u200d", "\u0301",
                                   "\u05e9\u05dc\u05d5\u05dd", "\U0001f600", '"', "\u201c", "\u201d",
                                   "[bold red]x[/]", "\x1b[31m", "...", "\u2026", "\u00a0"]))
ARTICLE = st.lists(PIECE, min_size=1, max_size=14).map(" ".join).filter(lambda t: t.strip())


def parse(text, name):
    try:
        return ca.parse_article(name, text)
    except ca.ArticleError:
        return None


@given(ARTICLE)
def test_offsets_rebuild_the_text(text):
    art = parse(text, "a.txt")
    if art is None:
        return
    last = 0
    for s in art.sentences:
        assert text[s.start:s.end] == s.text and s.text.strip()
        assert s.start >= last
        last = s.end
    for q in art.quotes:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.sentence < len(art.sentences)


@given(ARTICLE, ARTICLE)
def test_compare_invariants(text_a, text_b):
    a, b = parse(text_a, "a.txt"), parse(text_b, "b.txt")
    if a is None or b is None:
        return
    result = ca.compare(a, b)
    content_a = {s.index for s in a.content}
    content_b = {s.index for s in b.content}
    # (a headline may pair with the other's lead, a body sentence, when the other has none)
    paired_a = {i for m in result.matches for i in m.a} & content_a
    paired_b = {j for m in result.matches for j in m.b} & content_b
    # nothing lost: every body sentence is paired or listed as only on its side
    assert paired_a | set(result.only_a) == content_a and not paired_a & set(result.only_a)
    assert paired_b | set(result.only_b) == content_b and not paired_b & set(result.only_b)
    for m in result.matches:
        assert 0.0 <= m.score <= 1.0
        assert m.score >= result.threshold or m.kind == "quote"
        # the marks the renderers slice are the words found on one side only, where they are
        for art, ids, marks, words in ((a, m.a, m.differences.marks.a, m.differences.only_a),
                                       (b, m.b, m.differences.marks.b, m.differences.only_b)):
            assert {art.text[s:e] for s, e in marks} == set(words)
            assert all(any(art.sentences[i].start <= s < e <= art.sentences[i].end for i in ids) for s, e in marks)
    # swapping the inputs mirrors the result
    mirror = ca.to_dict(ca.compare(b, a))
    doc = ca.to_dict(result)
    assert sorted((m["b"], m["a"], m["score"], m["kind"]) for m in doc["matches"]) == sorted(
        (m["a"], m["b"], m["score"], m["kind"]) for m in mirror["matches"])
    assert (doc["only_a"], doc["only_b"]) == (mirror["only_b"], mirror["only_a"])
    # the same input gives the same JSON
    assert ca.to_json(result) == ca.to_json(ca.compare(a, b))
    json.loads(ca.to_json(result))


@given(st.lists(st.one_of(PIECE, st.sampled_from(["\x1b]0;t\x07", "\x1b", "  ", "\u2028"])), max_size=8).map("".join))
def test_printed_sentences_keep_where_each_offset_lands(raw):
    plain, where = ca._printed(raw)
    assert plain == ca.printable(" ".join(raw.split()))
    assert len(where) == len(raw) + 1 and where == sorted(where) and where[-1] == len(plain)
    for m in re.finditer(r"[^\W_]+", raw):  # a word with no control character in it prints as written
        lo, hi = where[m.start()], where[m.end()]
        if "\x1b" not in raw[:m.end()]:
            assert plain[lo:hi] == m.group()


@given(st.text(max_size=80), st.text(max_size=80))
def test_similarity_range_and_symmetry(x, y):
    s = ca.similarity(x, y)
    assert 0.0 <= s <= 1.0 and s == ca.similarity(y, x)


@given(ARTICLE)
def test_render_never_prints_controls_or_reads_markup(text):
    import io

    from rich.console import Console

    art = parse(text, "a.txt")
    if art is None:
        return
    out = io.StringIO()
    ca.render(ca.compare(art, art), Console(file=out, width=1000, color_system=None))
    printed = out.getvalue()
    assert "\x1b" not in printed
    if "[bold red]x[/]" in text and any("[bold red]x[/]" in s.text for s in art.content):
        assert "[bold red]x[/]" in printed


@given(ARTICLE, ARTICLE, ARTICLE)
def test_collation_invariants(text_a, text_b, text_c):
    arts = [parse(t, f"{n}.txt") for t, n in ((text_a, "a"), (text_b, "b"), (text_c, "c"))]
    if any(a is None for a in arts):
        return
    result = ca.compare(*arts)
    seen = set()
    for g in result.groups:
        assert len(g.articles) >= 2 and list(g.members) == sorted(g.members)
        seen |= set(g.members)
    # a sentence may tell several facts (many-to-many), but no fact is listed twice, and a
    # sentence in two groups is the only one of its article in at least one of them
    assert len({g.members for g in result.groups}) == len(result.groups)
    alone = {(g_id, m) for g_id, g in enumerate(result.groups) for m in g.members
             if sum(1 for a, _ in g.members if a == m[0]) == 1}
    for m in seen:
        holding = [g_id for g_id, g in enumerate(result.groups) if m in g.members]
        assert len(holding) == 1 or any((g_id, m) in alone for g_id in holding)
    for g in result.groups:
        assert set(g.differs) <= set(g.articles)
        for link in g.links:
            assert link.a in g.members and link.b in g.members and 0.0 <= link.score <= 1.0
    for k, art in enumerate(arts):
        grouped = {i for a, i in seen if a == k and i != art.headline}
        content = {s.index for s in art.content}
        # nothing lost: every body sentence is in a group or listed as the article's alone
        assert grouped | set(result.only[k]) == content and not grouped & set(result.only[k])
    assert ca.to_json(result) == ca.to_json(ca.compare(*arts))


PHRASE = st.text(alphabet="ab. ", min_size=1, max_size=5)


@given(st.lists(PHRASE, min_size=1, max_size=8, unique=True), st.text(alphabet="ab. x", max_size=30))
def test_phrase_trie_finds_what_a_longest_first_list_finds(phrases, text):
    flat = re.compile("(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w])")
    trie = re.compile(ca._any_of(phrases) + r"(?![\w])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
