"""Leadpipe's stored CSV exports of a completed run, and their signed download URLs.

Asking for an export of a run that has one reuses it, with a fresh signed URL ("Stored CSV
export already exists; fresh signed URL returned"); a new one is completed at once, as the
guide's example shows one, its file the run's CSV (``export.csv``'s bytes). Both answer 200,
the spec's code (no other is documented).
A run that has not completed cannot be exported (409, inferred, as a failed or cancelled
one). Every answer signs a fresh URL, valid ``URL_SECONDS`` (inferred; the documents give
no figure); the stored file is kept ``STORED_DAYS`` (its ``expiresAt``, inferred).

The URL points at the fake itself, outside the vendor's API (Leadpipe's point at its
storage): ``GET /_fake/exports/{export_id}.csv?expires=...&signature=...`` answers the
file without an API key until it expires, then 403, as storage refuses a stale link.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from audiences.testing import _leadpipe_people as people
from audiences.testing._checks import Reject, iso_ms, lab_error
from audiences.testing._leadpipe import completed, ok
from audiences.testing._routes import operation
from audiences.testing._rows import Account, IntentExportRow, IntentRunRow
from audiences.testing._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from audiences.testing._fake import FakeAPIs

URL_SECONDS = 3600
STORED_DAYS = 7
DOWNLOADS = "/_fake/exports/"
_SECRET = secrets.token_bytes(32)  # signs this process's URLs


def _signature(export_id: str, expires: int) -> str:
    return hmac.new(_SECRET, f"{export_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def _origin(req: FakeRequest) -> str:
    """Where the request came in: the fake on loopback, or the vendor's host in process."""
    host = req.headers.get("host", "api.aws53.cloud")
    loopback = host.rsplit(":", 1)[0].strip("[]") in ("127.0.0.1", "localhost", "::1")
    return f"{'http' if loopback else 'https'}://{host}"


def export_json(
    fake: FakeAPIs, account: Account, run: IntentRunRow, stored: IntentExportRow, origin: str
) -> dict[str, Any]:
    """A stored export with a URL signed now."""
    expires = int(fake.now()) + URL_SECONDS
    query = urlencode({"expires": expires, "signature": _signature(stored.id, expires)})
    return {
        "export": {
            "id": stored.id,
            "organizationId": account.organization_id,
            "audienceId": run.audience_id,
            "runId": run.id,
            "exportType": "csv",
            "status": "completed",
            "storageProvider": "fake",
            "contentType": "text/csv",
            "byteSize": stored.byte_size,
            "rowCount": stored.row_count,
            "bucketName": None,
            "fileId": stored.id,
            "fileName": f"{run.id}.csv",
            "contentSha1": stored.sha1,
            "errorCode": None,
            "errorMessage": None,
            "requestedBy": None,
            "completedAt": iso_ms(stored.created),
            "expiresAt": iso_ms(stored.created + STORED_DAYS * 86_400),
            "createdAt": iso_ms(stored.created),
            "updatedAt": iso_ms(stored.created),
        },
        "downloadUrl": f"{origin}{DOWNLOADS}{stored.id}.csv?{query}",
        "downloadUrlExpiresAt": iso_ms(expires),
        "downloadUrlTtlSeconds": URL_SECONDS,
    }


@operation("create_intent_audience_run_export")
def create_intent_audience_run_export(
    fake: FakeAPIs, account: Account, req: FakeRequest, audience_id: str, run_id: str
) -> FakeResponse:
    """The run's stored export with a fresh URL: made now, or the one it has."""
    run, shown = completed(fake, account, audience_id, run_id)
    if shown["status"] != "completed":
        raise Reject(
            lab_error(409, "RUN_NOT_COMPLETED", f"This run is {shown['status']}: not exportable")
        )
    if run.exports:
        return ok(fake, 200, export_json(fake, account, run, run.exports[0], _origin(req)))
    data = people.csv_bytes(run)
    stored = IntentExportRow(
        id=str(uuid.uuid4()),
        created=fake.now(),
        byte_size=len(data),
        row_count=min(people.row_count(run), people.EXPORT_ROW_CAP),
        sha1=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
    )
    run.exports.append(stored)
    fake.record("create_intent_audience_run_export", stored.id, account)
    return ok(fake, 200, export_json(fake, account, run, stored, _origin(req)))


@operation("get_intent_audience_run_export")
def get_intent_audience_run_export(  # noqa: PLR0917 - the router passes each path id
    fake: FakeAPIs,
    account: Account,
    req: FakeRequest,
    audience_id: str,
    run_id: str,
    export_id: str,
) -> FakeResponse:
    """A stored export, with a fresh signed URL."""
    run, _ = completed(fake, account, audience_id, run_id)
    for stored in run.exports:
        if stored.id == export_id:
            return ok(fake, 200, export_json(fake, account, run, stored, _origin(req)))
    raise Reject(lab_error(404, "NOT_FOUND", "Export not found"))


def signed_download(fake: FakeAPIs, req: FakeRequest) -> FakeResponse | None:
    """The file behind a signed URL (``None``: the request is not for one)."""
    if req.method != "GET" or not req.path.startswith(DOWNLOADS):
        return None
    export_id = req.path.removeprefix(DOWNLOADS).removesuffix(".csv")
    try:
        expires = int(req.query.get("expires", ""))
    except ValueError:
        expires = 0
    sent = req.query.get("signature", "")
    if not hmac.compare_digest(sent, _signature(export_id, expires)):
        return _refused("The signature does not match")
    if fake.now() >= expires:
        return _refused("Request has expired")
    for account in fake.accounts.values():
        for audience in account.intent_audiences.values():
            for run in audience.runs:
                if any(stored.id == export_id for stored in run.exports):
                    return FakeResponse(200, people.csv_bytes(run), {"content-type": "text/csv"})
    return FakeResponse.json(404, {"error": {"code": "NOT_FOUND", "message": "No such file"}})


def _refused(why: str) -> FakeResponse:
    return FakeResponse.json(403, {"error": {"code": "FORBIDDEN", "message": why}})
