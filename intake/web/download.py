"""GET /download/TOKEN/FILE: an access or portability export behind an expiring link, no log-in (fulfil.links)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from intake import db
from intake.fulfil import links
from intake.settings import Settings

ANSWERS = {
    404: "No such download. Check that the whole link was copied.",
    410: "This download link has expired. Write to us again if you still need the files.",
}


def _fetch(settings: Settings, token: str, name: str) -> tuple[int, str, bytes]:
    with db.session(settings.database_url) as session:
        return links.fetch(session, token, name)


async def download(request: Request) -> Response:
    settings: Settings = request.app.state.web.settings
    token, name = request.path_params["token"], request.path_params["name"]
    status, kind, data = await run_in_threadpool(_fetch, settings, token, name)
    # SecurityHeaders adds Cache-Control: no-store (no proxy keeps the data) and Referrer-Policy: no-referrer.
    if status != 200:
        return PlainTextResponse(ANSWERS[status], status_code=status)
    return Response(data, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})


ROUTES = [("/download/{token}/{name}", download)]
