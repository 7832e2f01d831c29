"""Quotation marks used in Dutch newspapers, as opening → possible closing marks.

Dutch papers use ‘…’ (most common), “…”, „…” (NRC style, closing ” or “), «…», and in text
from web pages or typewriter input the straight '…' and "…". The straight single mark is also an
apostrophe (zo'n, 's avonds), which the quote finder must tell apart by position.
"""

QUOTE_PAIRS: dict[str, str] = {
    "‘": "’",
    "“": "”",
    "„": "”“",
    "«": "»",
    "‹": "›",
    "‚": "’‘",
    "'": "'",
    '"': '"',
}
OPENING_QUOTES: str = "".join(QUOTE_PAIRS)
CLOSING_QUOTES: str = "".join(sorted(set("".join(QUOTE_PAIRS.values()))))
ALL_QUOTES: str = "".join(sorted(set(OPENING_QUOTES + CLOSING_QUOTES)))
