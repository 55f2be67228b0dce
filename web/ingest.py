"""Ingest over HTTP: an upload form and POST /api/articles, both guarded by the update_token setting.

A request is all or nothing: every article is read and extracted first, and only when all of
them succeed is anything written (one atomic graph per article).
"""
from __future__ import annotations

import json
import re
import tempfile
from datetime import datetime
from pathlib import Path

from flask import Blueprint, jsonify, render_template, request
from werkzeug.utils import secure_filename

from kb import pipeline
from kb.errors import DkbError, InputError
from kb.iris import Minter
from web import backend, get_store, settings
from web.auth import check_form_token, check_write, form_token

bp = Blueprint("ingest", __name__)
_UPLOAD_DIR = re.compile(r"\S*dkb-upload-[^/\s]+/")
ACCEPTED = (".txt", ".text", ".html", ".htm", ".json", ".jsonl")


@bp.route("/ingest", methods=["GET"])
def form():
    return render_template("ingest.html", results=None, read_only=not settings()["update_token"],
                           csrf_token=form_token())


@bp.route("/ingest", methods=["POST"])
def form_post():
    check_write()
    check_form_token(request.form.get("csrf_token"))
    results, ok = ingest_request()
    status = 200 if ok else 422
    return render_template("ingest.html", results=results, ok=ok, read_only=False, csrf_token=form_token()), status


@bp.route("/api/articles", methods=["POST"])
def api_post():
    """Ingest files (multipart) or JSON records; answer with one result per article."""
    check_write()
    results, ok = ingest_request()
    if ok:
        return jsonify({"ok": True, "stored": len(results), "results": results})
    failed = [r for r in results if r["error"]]
    return jsonify({"ok": False, "status": 422, "results": results,
                    "error": f"{len(failed)} of {len(results)} articles failed; nothing was stored"}), 422


def ingest_request() -> tuple[list[dict], bool]:
    published = _published(request.values.get("published"))
    with tempfile.TemporaryDirectory(prefix="dkb-upload-") as folder:
        paths = _save_inputs(Path(folder))
        if not paths:
            raise InputError("nothing to ingest: upload files, paste text or send JSON records", code="E120")
        return _extract_then_store(paths, published)


def _published(value: str | None) -> datetime | None:
    if not value or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"published {value!r} is not an ISO date such as 2008-04-07", code="E121") from None


def _save_inputs(folder: Path) -> list[Path]:
    """Write the request's articles to files the pipeline's readers understand."""
    paths = []
    for n, upload in enumerate(request.files.getlist("files") + request.files.getlist("file")):
        if not upload.filename:
            continue
        name = secure_filename(upload.filename) or f"upload-{n}.txt"
        if not name.lower().endswith(ACCEPTED):
            raise InputError(f"{upload.filename}: unsupported file type; use {', '.join(ACCEPTED)}", code="E122")
        path = folder / f"{n:03d}-{name}"
        upload.save(path)
        paths.append(path)
    records = _records()
    if records:
        path = folder / "records.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _records() -> list:
    """JSON records from a JSON body ({"articles": [...]}, a list or one record) or the paste form."""
    if request.is_json:
        body = request.get_json(silent=True)
        if body is None:
            raise InputError("the request body is not valid JSON", code="E123")
        body = body.get("articles", body) if isinstance(body, dict) else body
        return body if isinstance(body, list) else [body]
    text = request.form.get("text", "")
    if text.strip():
        record = {"text": text, "title": request.form.get("title") or None, "url": request.form.get("url") or None}
        return [{k: v for k, v in record.items() if v}]
    return []


def _extract_then_store(paths: list[Path], published: datetime | None) -> tuple[list[dict], bool]:
    config = settings()
    done = list(pipeline.iter_extractions(paths, published=published, model=str(config["spacy_model"]),
                                          max_bytes=int(config["max_input_bytes"])))
    results = [{"source": _public(source), "article": None, "events": 0,
                "error": _public(str(result)) if isinstance(result, DkbError) else None}
               for source, result in done]
    if any(r["error"] for r in results):
        return results, False
    minter = Minter(str(config["base_iri"]))
    store = get_store()
    try:
        for result, (_, extraction) in zip(results, done):
            pipeline.store_extraction(store, extraction, minter)
            result["article"] = str(minter.article(extraction.article.article.id))
            result["events"] = len(extraction.events)
    finally:   # articles stored before a failure (or with IndexRepairPending) are in the store
        backend().changed()
    return results, True


def _public(text: str) -> str:
    """Hide the server's temporary folder from messages: clients know their files by name."""
    return _UPLOAD_DIR.sub("", text)
