"""GET /download/TOKEN/FILE: an access or portability export behind an expiring link, no log-in (fulfil.links)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from intake import db
from intake.fulfil import links
from intake.settings import Settings

ANSWERS = {
    "": "No such download. Check that the whole link was copied.",
    "expired": "This download link has expired. Write to us again if you still need the files.",
    "used_up": "This download link has been used as often as it may be. Write to us again if you still need the files.",
}


def _fetch(settings: Settings, token: str, name: str, count: bool) -> tuple[int, str, bytes]:
    with db.session(settings.database_url) as session:
        return links.fetch(session, settings, token, name, count=count)


async def download(request: Request) -> Response:
    settings: Settings = request.app.state.web.settings
    token, name = request.path_params["token"], request.path_params["name"]
    # A HEAD (a mail scanner, a chat's link preview) is answered without serving, counting or auditing a download.
    count = request.method != "HEAD"
    status, kind, data = await run_in_threadpool(_fetch, settings, token, name, count)
    # SecurityHeaders adds Cache-Control: no-store (no proxy keeps the data) and Referrer-Policy: no-referrer.
    if status != 200:
        return PlainTextResponse(ANSWERS[kind if status == 410 else ""], status_code=status)
    return Response(data, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})


ROUTES = [("/download/{token}/{name}", download)]
