"""The channel: framing caps, plain-data encoding, arrays without pickle."""

from __future__ import annotations

import io
import os
import struct
from typing import Any

import numpy as np
import pytest

from mldojo.grader import channel


def roundtrip(value: Any) -> Any:
    blobs: list[bytes] = []
    encoded = channel.encode_value(value, blobs)
    body = channel.pack({"value": encoded}, blobs)[8:]
    header, received = channel.unpack(body)
    return channel.decode_value(header["value"], received)


def test_encode_value_roundtrips_plain_data() -> None:
    value = {"a": [1, 2.5, None, True, "x"], 3: (4, 5), "s": {1, 2}, "big": 10**30}
    assert roundtrip(value) == {
        "a": [1, 2.5, None, True, "x"],
        3: [4, 5],
        "s": {1, 2},
        "big": 10**30,
    }


def test_encode_value_roundtrips_arrays_with_shape_and_dtype() -> None:
    array = np.arange(12, dtype=np.int32).reshape(3, 4).T
    result = roundtrip([array, np.float64(2.5), np.bool_(True)])
    assert result[0].dtype == np.int32
    np.testing.assert_array_equal(result[0], array)
    assert result[1:] == [2.5, True]


def test_encode_value_refuses_objects_with_their_own_eq() -> None:
    class AlwaysEqual:
        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = object.__hash__

    with pytest.raises(channel.UnsendableValueError, match="AlwaysEqual"):
        channel.encode_value([AlwaysEqual()], [])


def test_encode_value_sends_the_base_value_of_subclasses() -> None:
    class LyingInt(int):
        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = int.__hash__

    assert type(roundtrip(LyingInt(3))) is int


def test_encode_value_refuses_object_arrays() -> None:
    with pytest.raises(channel.UnsendableValueError, match="dtype=object"):
        channel.encode_value(np.array([object()]), [])


def test_encode_value_refuses_self_referencing_lists() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(channel.UnsendableValueError, match="nested"):
        channel.encode_value(loop, [])


def test_load_array_refuses_a_shape_larger_than_its_data() -> None:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, np.zeros(2))
    forged = buffer.getvalue().replace(b"(2,)", b"(10000000000,)".ljust(4))
    with pytest.raises(channel.ChannelError):
        channel.load_array(forged)


def test_load_array_refuses_pickled_arrays() -> None:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(channel.ChannelError, match="Python objects"):
        channel.load_array(buffer.getvalue())


def test_decode_value_refuses_unknown_tags() -> None:
    with pytest.raises(channel.ChannelError):
        channel.decode_value({"__class__": "os.system"}, [])


def test_frame_reader_refuses_a_frame_over_the_cap() -> None:
    reader = channel.FrameReader(max_frame_bytes=100)
    with pytest.raises(channel.FrameTooLargeError):
        reader.feed(struct.pack(">Q", 101))


def test_frame_reader_splits_frames_across_chunks() -> None:
    data = channel.pack({"a": 1}) + channel.pack({"b": 2}, [b"xyz"])
    reader = channel.FrameReader(max_frame_bytes=1000)
    bodies = [body for byte in data for body in reader.feed(bytes([byte]))]
    assert [channel.unpack(body) for body in bodies] == [({"a": 1}, []), ({"b": 2}, [b"xyz"])]


def test_unpack_refuses_blobs_running_past_the_frame() -> None:
    body = channel.pack({"a": 1}, [b"abc"])[8:-1]
    with pytest.raises(channel.ChannelError):
        channel.unpack(body)


def test_read_frame_times_out_when_nothing_arrives() -> None:
    read_end, write_end = os.pipe()
    try:
        with pytest.raises(TimeoutError):
            channel.read_frame(read_end, max_frame_bytes=100, deadline=0.0)
    finally:
        os.close(read_end)
        os.close(write_end)
