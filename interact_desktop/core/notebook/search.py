"""Search inside the encrypted notebook: the FTS5 index of notes, timeline entries and checklist
answers, and the queries over it.

The index holds text analysed by the app (folded words and their stems, the same analysis as the
handbook search), never the text itself, and it lives inside the encrypted database: no plaintext
index ever reaches the disk. The parts that write text call ``index`` and ``forget`` in their own
transactions, so a row and its index entry change together.
"""

from __future__ import annotations

from interact_desktop.core.forms.text import answers_text
from interact_desktop.core.notebook.database import Database
from interact_desktop.core.notebook.records import SearchHit
from interact_desktop.core.search.analysis import stemmer, words


def terms(text: str, lang: str = "en") -> str:
    """Folded words and their stems: what FTS5 sees instead of the text itself."""
    stem = stemmer(lang)
    found = []
    for word, _, _ in words(text, lang):
        found.append(word)
        stemmed = stem(word)
        if stemmed != word:
            found.append(stemmed)
    return " ".join(found)


def match_query(query_words: list[str], lang: str) -> str:
    """Each word, as the start of a word or by its stem: "σταθμός" finds "ΣΤΑΘΜΟ"."""
    stem = stemmer(lang)
    clauses = []
    for word in query_words:
        forms = dict.fromkeys(f for f in (word, stem(word)) if f.isalnum())
        if forms:
            clauses.append("(" + " OR ".join(f'"{f}"*' for f in forms) + ")")
    return " AND ".join(clauses)


class Search:
    """The notebook's full-text index: kept up to date by the other parts, queried by the view."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def index(self, kind: str, ref: int | str, case_id: int | None, text: str, lang: str) -> None:
        """Add the analysed terms of ``text`` for the row ``ref`` of ``kind``."""
        self._db.execute(
            "INSERT INTO search (terms, kind, ref, case_id) VALUES (?,?,?,?)",
            (terms(text, lang), kind, ref, case_id),
        )

    def forget(self, kind: str, ref: int | str) -> None:
        """Remove the index entry of one row (before it is rewritten or deleted)."""
        self._db.execute("DELETE FROM search WHERE kind = ? AND ref = ?", (kind, ref))

    def forget_case(self, case_id: int) -> None:
        """Remove every index entry of a case; the rows themselves go by cascade."""
        self._db.execute("DELETE FROM search WHERE case_id = ?", (case_id,))

    def optimize(self) -> None:
        """Merge the index's segments, so the pages of deleted entries are rewritten."""
        self._db.execute("INSERT INTO search(search) VALUES ('optimize')")

    def find(
        self, text: str, lang: str = "en", case_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Notes, timeline entries and checklist answers, best first, each with a snippet whose
        matching words are marked (the same folding and stems as the handbook search)."""
        from interact_desktop.core.search.highlight import Matcher, snippet

        query_words = list(dict.fromkeys(word for word, _, _ in words(text, lang)))
        query = match_query(query_words, lang)
        if not query:
            return []
        where, args = ("AND case_id = ?", (case_id,)) if case_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT kind, ref, case_id FROM search WHERE search MATCH ? {where} "
            "ORDER BY rank LIMIT ?",
            (query, *args, limit),
        ).fetchall()
        matcher = Matcher(query_words, lang)
        hits = []
        for kind, ref, hit_case in rows:
            found = self._text_of(kind, ref)
            if found is not None:
                hits.append(SearchHit(kind, ref, hit_case, found, tuple(snippet(found, matcher))))
        return hits

    def _text_of(self, kind: str, ref: int | str) -> str | None:
        """The text a hit shows: read from its own table, since the index holds only terms."""
        if kind == "checklist":
            row = self._db.execute(
                "SELECT body FROM checklists WHERE id = ?", (str(ref),)
            ).fetchone()
            return answers_text(row[0]) if row else None
        table, column = ("notes", "body") if kind == "note" else ("timeline", "text")
        found = self._db.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ref,)).fetchone()
        return found[0] if found else None
