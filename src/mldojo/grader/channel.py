"""Size-capped framing and plain-data encoding between the parent, the worker and the child.

A frame is an 8-byte big-endian body length and a body; a body is a JSON header plus binary
blobs. Values cross as JSON-like data; NumPy arrays cross as ``.npy`` blobs read back without
pickle, and with their declared size checked against the bytes received before allocating.
Nothing else can cross, so an object with a lying ``__eq__`` never reaches the parent.

Runs inside the sandbox too: standard library and NumPy only.
"""

from __future__ import annotations

import io
import json
import os
import select
import struct
import time
from typing import Any

import numpy as np

_FRAME_PREFIX = struct.Struct(">Q")
_HEADER_PREFIX = struct.Struct(">I")
_BLOB_PREFIX = struct.Struct(">Q")
MAX_DEPTH = 200
ARRAY_TAG = "$nd"
DICT_TAG = "$dict"
SET_TAG = "$set"


class ChannelError(Exception):
    """A frame or value is malformed, too large, or cannot cross the channel."""


class FrameTooLargeError(ChannelError):
    """A frame declares more bytes than the reader accepts."""


class UnsendableValueError(ChannelError):
    """A value is not plain data or a numeric array."""


def encode_json(value: Any) -> bytes:
    """Return the compact JSON the channel uses; raise when the value is not JSON data."""
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=True).encode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise UnsendableValueError(f"cannot encode: {exc}") from exc


def pack(
    header: dict[str, Any],
    blobs: list[bytes] | tuple[bytes, ...] = (),
    *,
    raw_fields: dict[str, bytes] | None = None,
) -> bytes:
    """Return one frame holding a JSON header and binary blobs.

    raw_fields are header fields whose values are already encoded JSON (reused across frames).
    """
    header_bytes = encode_json(header)
    for name, raw in (raw_fields or {}).items():
        field = encode_json(name) + b":" + raw
        header_bytes = header_bytes[:-1] + (b"," if len(header_bytes) > 2 else b"") + field + b"}"
    parts = [_HEADER_PREFIX.pack(len(header_bytes)), header_bytes, _HEADER_PREFIX.pack(len(blobs))]
    for blob in blobs:
        parts.append(_BLOB_PREFIX.pack(len(blob)))
        parts.append(blob)
    return frame(b"".join(parts))


def frame(body: bytes) -> bytes:
    """Return a frame body with its length prefix."""
    return _FRAME_PREFIX.pack(len(body)) + body


def unpack(body: bytes) -> tuple[dict[str, Any], list[bytes]]:
    """Return the header and blobs of a frame body, checking every length."""
    view = memoryview(body)
    try:
        (header_len,) = _HEADER_PREFIX.unpack_from(view, 0)
        offset = _HEADER_PREFIX.size
        header = json.loads(bytes(view[offset : offset + header_len]))
        offset += header_len
        (count,) = _HEADER_PREFIX.unpack_from(view, offset)
        offset += _HEADER_PREFIX.size
        blobs: list[bytes] = []
        for _ in range(count):
            (size,) = _BLOB_PREFIX.unpack_from(view, offset)
            offset += _BLOB_PREFIX.size
            if offset + size > len(view):
                raise ChannelError("blob runs past the end of the frame")
            blobs.append(bytes(view[offset : offset + size]))
            offset += size
    except (struct.error, ValueError, RecursionError) as exc:
        raise ChannelError(f"malformed frame: {exc}") from exc
    if offset != len(view) or not isinstance(header, dict):
        raise ChannelError("malformed frame: trailing bytes or a header that is not an object")
    return header, blobs


class FrameReader:
    """Split a byte stream into frame bodies, refusing any frame over a size cap."""

    def __init__(self, max_frame_bytes: int) -> None:
        self.max_frame_bytes = max_frame_bytes
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """Add bytes and return the bodies of the frames they complete."""
        self._buffer += data
        bodies: list[bytes] = []
        while len(self._buffer) >= _FRAME_PREFIX.size:
            (size,) = _FRAME_PREFIX.unpack_from(self._buffer, 0)
            if size > self.max_frame_bytes:
                raise FrameTooLargeError(f"frame of {size} bytes over the cap")
            end = _FRAME_PREFIX.size + size
            if len(self._buffer) < end:
                break
            bodies.append(bytes(self._buffer[_FRAME_PREFIX.size : end]))
            del self._buffer[:end]
        return bodies

    @property
    def pending_bytes(self) -> int:
        """Return how many bytes of an incomplete frame are buffered."""
        return len(self._buffer)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to a file descriptor, across partial writes."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_frame(fd: int, *, max_frame_bytes: int, deadline: float | None = None) -> bytes:
    """Read exactly one frame body from a descriptor; raise EOFError or TimeoutError.

    Never reads past the frame, so the next frame stays in the pipe for the next reader.
    """
    (size,) = _FRAME_PREFIX.unpack(_read_exact(fd, _FRAME_PREFIX.size, deadline))
    if size > max_frame_bytes:
        raise FrameTooLargeError(f"frame of {size} bytes over the cap")
    return _read_exact(fd, size, deadline)


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes:
    parts: list[bytes] = []
    missing = size
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while missing:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no frame before the deadline")
            if not poller.poll(max(1, int(remaining * 1000))):
                continue
        chunk = os.read(fd, min(missing, 1 << 22))
        if not chunk:
            raise EOFError("channel closed")
        parts.append(chunk)
        missing -= len(chunk)
    return b"".join(parts)


def encode_value(value: Any, blobs: list[bytes], depth: int = 0) -> Any:
    """Return a JSON-ready form of a value, appending array blobs; raise when not plain data."""
    if depth > MAX_DEPTH:
        raise UnsendableValueError("a value nested more than 200 levels deep")
    kind = type(value)
    if value is None or kind is bool or kind is int or kind is float or kind is str:
        return value
    if isinstance(value, np.ndarray):
        if value.dtype.hasobject:
            raise UnsendableValueError("a NumPy array of Python objects (dtype=object)")
        buffer = io.BytesIO()
        np.lib.format.write_array(buffer, value, allow_pickle=False)
        blobs.append(buffer.getvalue())
        return {ARRAY_TAG: len(blobs) - 1}
    if isinstance(value, np.generic):
        return encode_value(value.item(), blobs, depth + 1)
    # Subclasses of plain types leave as their base value: their methods stay behind.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, list | tuple):
        return [encode_value(item, blobs, depth + 1) for item in value]
    if isinstance(value, dict):
        pairs = [
            [encode_value(key, blobs, depth + 1), encode_value(item, blobs, depth + 1)]
            for key, item in value.items()
        ]
        return {DICT_TAG: pairs}
    if isinstance(value, set | frozenset):
        return {SET_TAG: [encode_value(item, blobs, depth + 1) for item in value]}
    raise UnsendableValueError(f"a value of type {kind.__name__}")


def decode_value(data: Any, blobs: list[bytes], depth: int = 0) -> Any:
    """Return the value an encoded form stands for; raise ChannelError when malformed."""
    if depth > MAX_DEPTH + 1:
        raise ChannelError("value nested too deeply")
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, list):
        return [decode_value(item, blobs, depth + 1) for item in data]
    if isinstance(data, dict) and len(data) == 1:
        ((tag, payload),) = data.items()
        if tag == ARRAY_TAG and type(payload) is int and 0 <= payload < len(blobs):
            return load_array(blobs[payload])
        if tag == DICT_TAG and isinstance(payload, list):
            result: dict[Any, Any] = {}
            for pair in payload:
                if not isinstance(pair, list) or len(pair) != 2:
                    raise ChannelError("malformed dict entry")
                key = hashable(decode_value(pair[0], blobs, depth + 1))
                result[key] = decode_value(pair[1], blobs, depth + 1)
            return result
        if tag == SET_TAG and isinstance(payload, list):
            return {hashable(decode_value(item, blobs, depth + 1)) for item in payload}
    raise ChannelError("malformed value")


def hashable(value: Any) -> Any:
    """Return a hashable stand-in for a decoded value: lists become tuples."""
    if isinstance(value, list):
        return tuple(hashable(item) for item in value)
    if isinstance(value, np.ndarray):
        raise ChannelError("an array cannot be a dict key or set element")
    if isinstance(value, dict):
        raise ChannelError("a dict cannot be a dict key or set element")
    return value


def load_array(blob: bytes) -> np.ndarray[Any, Any]:
    """Read a .npy blob without pickle, checking its declared size before allocating."""
    stream = io.BytesIO(blob)
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(stream)
        elif version in ((2, 0), (3, 0)):
            shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(stream)
        else:
            raise ChannelError(f"unsupported .npy version {version}")
    except (ValueError, OSError) as exc:
        raise ChannelError(f"malformed array: {exc}") from exc
    if dtype.hasobject:
        raise ChannelError("an array of Python objects cannot cross the channel")
    count = 1
    for size in shape:
        count *= size
    data = blob[stream.tell() :]
    if count * dtype.itemsize != len(data):
        raise ChannelError("array data does not match its declared shape")
    flat = np.frombuffer(data, dtype=dtype, count=count)
    return flat.reshape(shape, order="F" if fortran_order else "C").copy()
