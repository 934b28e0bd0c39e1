"""Sliding-window rate limits: at most `limit` events per `window_s` seconds per key."""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass, field


@dataclass
class RateLimiter:
    """Counts recent events per key (an IP, a user) and refuses those over the limit."""

    limit: int
    window_s: float
    _events: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, key: str, now: float) -> int:
        """Record an event; return 0 when allowed, else the seconds to wait before retrying."""
        with self._lock:
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                return max(1, math.ceil(events[0] + self.window_s - now))
            events.append(now)
            if len(self._events) > 10_000:  # forget idle keys so memory stays bounded
                idle = [k for k, v in self._events.items() if not v or v[-1] <= now - self.window_s]
                for k in idle:
                    del self._events[k]
            return 0

    def reset(self, key: str) -> None:
        """Forget a key's events (a successful login clears its failures)."""
        with self._lock:
            self._events.pop(key, None)
