"""/api/docs: the OpenAPI description rendered as a plain page (no CDN scripts)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..context import ContextDep

router = APIRouter(tags=["documentation"])


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": spec.get("summary", ""),
                    "description": spec.get("description", ""),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "where": p.get("in"),
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                        }
                        for p in spec.get("parameters", [])
                    ],
                }
            )
    return operations


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(context: ContextDep, request: Request) -> HTMLResponse:
    """Every endpoint with its parameters; the machine-readable schema is /api/openapi.json."""
    schema = request.app.openapi()
    return context.templates.TemplateResponse(
        request, "api_docs.html", {"operations": _operations(schema), "info": schema["info"]}
    )
