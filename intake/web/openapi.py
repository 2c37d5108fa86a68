"""The OpenAPI 3 document of /api/v1, written by hand and checked against the routes served (tests/test_api.py)."""

from __future__ import annotations

from typing import Any

from intake import __version__, byhand, search
from intake.identity.verify import STATUSES as VERIFICATION_STATUSES
from intake.models import CaseStatus
from intake.understand import RIGHTS


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "The request cannot be used; the error names the field",
        401: "No token, or an unknown or revoked one",
        403: "A viewer token tried to act",
        404: "No such case",
        409: "The case cannot do that in its status",
        413: "The body is too large",
    }
    return {str(c): {"description": text[c], **_content(_ref("Error"))} for c in (401, *codes)}


REF = {"name": "ref", "in": "path", "required": True, "schema": {"type": "string"}, "description": "reference or id"}
_STRING = {"type": "string"}
_FILTERS: list[dict[str, Any]] = [
    {"name": "q", "schema": {"type": "string", "maxLength": 200}},
    {"name": "status", "schema": {"type": "string", "enum": list(CaseStatus)}},
    {"name": "right", "schema": {"type": "string", "enum": list(RIGHTS)}},
    {"name": "language", "schema": _STRING},
    {"name": "flag", "schema": _STRING},
    {"name": "verification", "schema": {"type": "string", "enum": list(VERIFICATION_STATUSES)}},
    {"name": "assigned", "schema": {"type": "string", "maxLength": 128}},
    {"name": "organisation", "schema": {"type": "string", "maxLength": 32}},  # a token bound to one cannot widen it
    {"name": "due", "schema": {"type": "string", "enum": list(search.DUE)}},
    {"name": "sort", "schema": {"type": "string", "enum": list(search.SORTS), "default": "newest"}},
    {"name": "page", "schema": {"type": "integer", "minimum": 1, "default": 1}},
    {"name": "per_page", "schema": {"type": "integer", "minimum": 1, "maximum": search.MAX_PER_PAGE, "default": 50}},
]


def _action(summary: str, body: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "summary": summary,
            "parameters": [REF],
            "requestBody": {"required": False, **_content(body)},
            "responses": {"200": {"description": "Done", **_content(answer)}, **_errors(400, 403, 404, 409, 413)},
        }
    }


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


_WITH_DRAFT = _object({"draft": _ref("Draft"), "case": _ref("Case")})
_REASON = _object({"reason": {"type": "string", "minLength": 1, "maxLength": 2000}}, ["reason"])

DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "intake API",
        "version": __version__,
        "description": "The DPO's cases for other systems: the same functions as `intake` and the web pages. "
        "Send `Authorization: Bearer <token>` (`intake tokens add NAME --role viewer|dpo`); a viewer token reads, "
        'a dpo token also acts. Every error is `{"error": "..."}`.',
    },
    "servers": [{"url": "/api/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/openapi.json": {
            "get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3"}}}
        },
        "/cases": {
            "get": {
                "summary": "List cases, with the search and filters of the cases page",
                "parameters": [{**p, "in": "query", "required": False} for p in _FILTERS],
                "responses": {
                    "200": {"description": "One page of cases", **_content(_ref("CaseList"))},
                    **_errors(400),
                },
            },
            "post": {
                "summary": "Open a case by hand, for a request received by post, phone or in person",
                "requestBody": {"required": True, **_content(_ref("NewCase"))},
                "responses": {"201": {"description": "Opened", **_content(_ref("Case"))}, **_errors(400, 403, 413)},
            },
        },
        "/cases/{ref}": {
            "get": {
                "summary": "One case, with what was understood, its verification and decision",
                "parameters": [REF],
                "responses": {"200": {"description": "The case", **_content(_ref("CaseDetail"))}, **_errors(404)},
            }
        },
        "/cases/{ref}/messages": {
            "get": {
                "summary": "The case's stored messages, as the DPO reads them",
                "parameters": [REF],
                "responses": {
                    "200": {"description": "Messages", **_content(_object({"messages": {"type": "array"}}))},
                    **_errors(404),
                },
            }
        },
        "/cases/{ref}/drafts": {
            "get": {
                "summary": "The case's drafts, waiting, approved and discarded",
                "parameters": [REF],
                "responses": {
                    "200": {
                        "description": "Drafts",
                        **_content(_object({"drafts": {"type": "array", "items": _ref("Draft")}})),
                    },
                    **_errors(404),
                },
            }
        },
        "/cases/{ref}/approve": _action(
            "Approve the waiting drafts (or one) into the outbox",
            _object({"draft_id": {"type": "integer"}, "override_check": {"type": "string"}}),
            _object({"approved": {"type": "array", "items": {"type": "integer"}}, "case": _ref("Case")}),
        ),
        "/cases/{ref}/reject": _action("Draft a refusal with reasons", _REASON, _WITH_DRAFT),
        "/cases/{ref}/extend": _action("Extend the deadline and draft the notice", _REASON, _WITH_DRAFT),
        "/cases/{ref}/close": _action(
            "Close the case",
            _object({"status": {"type": "string", "enum": ["closed", "withdrawn", "spam"], "default": "closed"}}),
            _object({"case": _ref("Case")}),
        ),
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": _object({"error": _STRING}, ["error"]),
            "Case": _object(
                {
                    "id": {"type": "integer"},
                    "reference": _STRING,
                    "status": {"type": "string", "enum": list(CaseStatus)},
                    "requester": _STRING,
                    "requester_name": {"type": "string", "nullable": True},
                    "language": {"type": "string", "nullable": True},
                    "jurisdiction": {"type": "string", "nullable": True},
                    "rights": {"type": "array", "items": _STRING},
                    "flags": {"type": "array", "items": _STRING},
                    "verification": {"type": "string", "nullable": True},
                    "received": {"type": "string", "format": "date-time"},
                    "due": {"type": "string", "format": "date", "nullable": True},
                    "assigned_to": {"type": "string", "nullable": True},
                }
            ),
            "CaseDetail": {"allOf": [_ref("Case"), _object({"due_explanation": _STRING, "extraction": {}})]},
            "CaseList": _object(
                {
                    "cases": {"type": "array", "items": _ref("Case")},
                    "total": {"type": "integer"},
                    "page": {"type": "integer"},
                    "pages": {"type": "integer"},
                }
            ),
            "Draft": _object(
                {
                    "id": {"type": "integer"},
                    "template": _STRING,
                    "language": _STRING,
                    "to": _STRING,
                    "subject": _STRING,
                    "body": _STRING,
                    "status": _STRING,
                }
            ),
            "NewCase": _object(
                {
                    "name": {"type": "string", "maxLength": 200},
                    "rights": {"type": "array", "items": {"type": "string", "enum": list(RIGHTS)}, "minItems": 1},
                    "address": {"type": "string", "format": "email"},
                    "employer": _STRING,
                    "language": _STRING,
                    "received": {"type": "string", "format": "date"},
                    "via": {"type": "string", "enum": list(byhand.VIA), "default": "post"},
                    "note": {"type": "string", "maxLength": 2000},
                },
                ["name", "rights"],
            ),
        },
    },
}
