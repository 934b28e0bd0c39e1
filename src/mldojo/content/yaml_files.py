"""Read a YAML content file into a pydantic model, turning any defect into one line that names
the file and the line or field at fault."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def load_spec(path: Path, model: type[M], errors: list[str]) -> M | None:
    """Return the file's content as `model`, or None after appending what is wrong to errors."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        errors.append(f"{path}:{where} not valid YAML: {getattr(exc, 'problem', exc)}")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{path}: cannot read: {exc}")
        return None
    if data is None:
        errors.append(f"{path}: the file is empty")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(p) for p in first["loc"]) or "(file)"
        errors.append(f"{path}: {location}: {first['msg']}")
        return None
