"""py3langid's model, kept decompressed in the var folder so that a worker's start does not unpack it each time.

The library ships the model as an LZMA-compressed npz and unpacks it at every load (0.5-1 s of a worker's cold
start, before the first message can be read). The first worker to start writes the unpacked npz once; the next
load reads it with numpy alone. Arrays only, never pickles: the cache is data, not code.
"""

from __future__ import annotations

import logging
import lzma
import os
import secrets
import shutil
from importlib.metadata import version
from pathlib import Path
from typing import Any

log = logging.getLogger("intake.language")


def _library_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def _cached(folder: Path) -> Path:
    """The unpacked model's name: the library's version and the packed file's size, so an upgrade unpacks again."""
    packed = _library_file()
    return folder / f"py3langid-{version('py3langid')}-{packed.stat().st_size}.npz"


def _unpack(target: Path) -> None:
    """Unpack to a private name, then rename: two workers starting together never read half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        with lzma.open(_library_file()) as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def identifier(folder: Path | None) -> Any:
    """A LanguageIdentifier (probabilities normalised), from the unpacked copy in `folder` when one can be kept."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import _to_array  # the library's own conversion of the token arrays

    if folder is not None:
        path = _cached(folder)
        try:
            if not path.exists():
                _unpack(path)
            with np.load(path, allow_pickle=False) as data:
                return LanguageIdentifier(
                    data["ptc"],
                    data["pc"],
                    data["classes"].tolist(),
                    _to_array(data["nextmove"]),
                    data["out_feat"].tolist(),
                    norm_probs=True,
                    tk_row=_to_array(data["nextmove_row"]),
                )
        except (OSError, KeyError, ValueError) as exc:  # a read-only or full disk: the library's own way still works
            log.warning("language model cache not used", extra={"folder": str(folder), "error": str(exc)[:200]})
            path.unlink(missing_ok=True)  # damaged: unpacked again at the next start
    return LanguageIdentifier.from_model_file(_library_file(), norm_probs=True)
