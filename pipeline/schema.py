"""Column contracts of the tables that flow between stages.

Every stage takes and returns pandas DataFrames with (at least) these columns, so that
stages can be tested, cached and swapped independently. SPEC.md fixes the public ones.
"""

SEGMENT_COLUMNS = [
    "segment_id",    # stable while the turn's text is unchanged: "<document stem>-<hash>"
    "document",      # file name relative to the batch folder
    "informant",     # informant code (front matter, else the speaker label)
    "speaker",       # the label as written ("P", "A1", ...)
    "speaker_role",  # "interviewer", "informant", "unknown" (UNKNOWN_SPEAKER) or "note" (NOTE)
    "start",         # character offsets into the decoded source text: source[start:end] == text
    "end",
    "time_start",    # subtitle files: when the turn starts and ends in the recording, HH:MM:SS.mmm; else ""
    "time_end",
    "line",          # 1-based line of the text the reader built where the segment starts (a Word or CSV
                     # file's text is one line per paragraph or row, so `place` names it for the user)
    "place",         # where the turn starts as its author finds it: "line 12", "row 3" (a CSV file, the
                     # header being row 1), "paragraph 14" or "table 1, row 4" (a Word file)
    "language",      # "xmm", "ind" or "mixed"
    "text",          # verbatim
    "gloss",         # interlinear, word by word
    "translation",   # free Indonesian
]
# optional segment column, present when a batch's documents hold tables: True for a table row,
# which is coded like a list item under the paragraph before its table (coding/context.py)
TABLE_ROW = "table_row"
# optional segment column beside it when a document holds a markdown table: a row's table header
# line ("No | Strategi | Waktu"), so its quotation reads "No: 1; Strategi: ..." like a Word row's
TABLE_HEADER = "table_header"
# optional segment column, present when a batch holds quotation files (each segment an informant's
# quote its author placed under a code, ingest/documents.py): True for such a segment
QUOTATION = "quotation"
# optional segment and quotation column of an English run: a grader's English translation of the turn
# (translations_en.csv), which the appendix of a paper in English prints
ENGLISH_TRANSLATION = "translation_en"
# optional segment column, present when a batch holds ELAN files with a translation tier: the
# transcriber's own translation of the turn, which the run shows in place of the glosser's
OWN_TRANSLATION = "own_translation"

CODING_COLUMNS = [
    "segment_id",
    "informant",
    "theme",         # codebook labels, verbatim
    "category",
    "code",
    "code_id",
    "source",        # "rule", "model" or "review"
    "confidence",    # 0..1
    "evidence",      # the words that triggered the code
    "evidence_in",   # "text" or "translation": where `evidence` was found; CARRIED_EVIDENCE: a grader's decision
    "review",        # "", "accepted", "rejected" or "added"
]

# an optional column of the applied codings (review/apply.py): the grader whose accept or add is in force, else ""
# (the REFI-QDA project credits that coding to her, so hand coding imported from QualCoder goes back as hers)
DECIDED_BY = "decided_by"

INFORMANT_COLUMNS = ["informant", "role"]  # further columns are informant attributes
INFORMANT_COUNTS = ["turns", "words", "documents"]   # what the output Tabel 1 adds: no attributes
INFORMANT_DOCUMENTS = "documents"   # the batch's files an informant speaks in (0: listed, no transcript)

# `evidence_in` of a model row that carries a grader's decision on a near-identical turn
# (pipeline.coding.carry_over): its evidence names that turn and the similarity
CARRIED_EVIDENCE = "review"

REVIEW_COLUMNS = ["segment_id", "code", "decision", "reviewer", "timestamp", "note"]
OMISSION = "[...]"   # where a quotation leaves sentences of its turn out (aggregate/excerpts.py)
NOTHING_TO_CODE = "none"   # a turn's mark, its `code` left empty: reviewed, no code is missing here
REVIEW_DECISIONS = ("accept", "reject", "add", NOTHING_TO_CODE)

# the values of `speaker_role`
INTERVIEWER = "interviewer"
INFORMANT = "informant"
UNKNOWN_SPEAKER = "unknown"   # a turn of someone neither interviewer nor informant: not coded, not quoted
# no one's words: the text before a transcript's first speaker label, a session heading: not coded, not quoted
NOTE = "note"
INTERVIEWER_LABELS = frozenset({"p", "peneliti", "pewawancara", "i", "interviewer", "moderator", "q"})
# what informants.csv's header (and a Word transcript's table of facts) may call the informant's code and role
INFORMANT_ALIASES = ("informant", "kode", "kode informan", "code", "id", "informan", "responden", "narasumber")
ROLE_ALIASES = ("role", "keterangan", "peran", "description", "jabatan", "pekerjaan")
ROLE_EN = "role_en"   # an informant's role in English, for a --lang en Tabel 1
SITE_ALIASES = ("site", "lokasi", "desa", "tempat")
