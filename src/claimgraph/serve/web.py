"""What every page shares: the template environment, its filters, and small request helpers.

Templates autoescape everything; the only HTML that is not escaped by Jinja is built by
:mod:`.highlight` and :mod:`.chart`, which escape every piece of text themselves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, Undefined, select_autoescape

from claimgraph import __version__
from claimgraph.reconcile.normalize import interval_text, publication
from claimgraph.serve.chart import compact

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

SIDE_LABELS = {
    "ukraine": "Ukraine", "russia": "Russia", "wagner": "Wagner", "west": "West",
    "independent": "independent", "civilians": "civilians", "unknown": "unknown",
}  # fmt: skip


def _number(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else str(x)


def value_text(row: dict[str, Any]) -> str:
    """A claim row's value in a few words: ``1300 persons``, ``russia holds``, ``direct quote``."""
    if row.get("kind") == "quantity":
        v = interval_text(row.get("low"), row.get("high"))
        return f"{v} {row.get('unit') or ''}".strip()
    if row.get("kind") == "control":
        says = "holds" if row.get("polarity") == "affirm" else "does not hold"
        return f"{row.get('holder') or 'someone'} {says} {row.get('place') or ''}".strip()
    return f"{row.get('quote_kind') or ''} quote".strip()


def shown_date(date_text: str | None, name: str = "") -> str:
    """The publication date, or the one in the file name (``2023-03-08_…``), or empty."""
    d, _how = publication(date_text, name)
    return d.isoformat() if d else ""


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = _number
    env.filters["compact"] = compact
    env.filters["value"] = value_text
    env.filters["side"] = lambda s: SIDE_LABELS.get(s or "unknown", s or "unknown")
    env.globals["version"] = __version__
    env.globals["shown_date"] = shown_date
    env.globals["sides"] = SIDE_LABELS
    return env


ENV = make_env()


def with_query(request: Request, **changes: Any) -> str:
    """The current URL's query string with some parameters changed (None removes one)."""
    params = {k: v for k, v in request.query_params.multi_items()}
    for k, v in changes.items():
        if v is None or v == "":
            params.pop(k, None)
        else:
            params[k] = str(v)
    return "?" + urlencode(params) if params else "?"


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from a template; ``request``, the nav state and query helpers are always there."""
    settings = request.app.state.settings
    context.setdefault("title", "")
    ctx = {
        "request": request,
        "path": request.url.path,
        "writable": bool(settings.write_token),
        "qs": lambda **kw: with_query(request, **kw),
        **context,
    }
    html = ENV.get_template(template).render(ctx)
    return HTMLResponse(html, status_code=status_code)


def parse_date(text: str | None) -> str | None:
    """An ISO date from a form field, or None when blank or not a date."""
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return None


def clean(text: str | None, limit: int = 200) -> str | None:
    """A query parameter fit for SQL parameters: no NUL characters, bounded length, None if blank."""
    if text is None:
        return None
    text = text.replace("\x00", "").strip()[:limit]
    return text or None


def get_db(request: Request) -> Any:
    return request.app.state.db
