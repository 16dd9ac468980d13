"""Claims in Redis: every worker on every host that reaches the server shares them.

A claim is ``SET key claimed:<token> NX PX <lease>``: Redis lets exactly one client set it, and
the key vanishes when the lease lapses. Completing and releasing are small Lua scripts that
act only while the key still holds the caller's token. Needs redis-py (``jiaofei[redis]``).
"""

from __future__ import annotations

from typing import Any

from jiaofei.extras import require
from jiaofei.stores.claims import Claim, ClaimStatus, new_token

_DONE = (b"done", "done")  # as bytes, or as text from a client made with decode_responses
# KEYS[1]: the delivery; ARGV[1]: "claimed:<token>"; ARGV[2]: milliseconds to remember it.
_COMPLETE = """
local held = redis.call('GET', KEYS[1])
if held == false or held == ARGV[1] then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
  return 1
end
if held == 'done' then return 1 end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _milliseconds(seconds: float) -> int:
    return max(1, round(seconds * 1000))


class RedisDedupe:
    """Claims in the Redis database ``client`` (a ``redis.Redis``) talks to, under ``prefix``."""

    def __init__(self, client: Any, *, prefix: str = "jiaofei:delivery:") -> None:
        self.client = client
        self.prefix = prefix
        self._complete = client.register_script(_COMPLETE)
        self._release = client.register_script(_RELEASE)

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = "jiaofei:delivery:", **options: Any
    ) -> RedisDedupe:
        """A store on the server at ``url`` (``redis://host:6379/0``; ``options`` go to
        ``redis.Redis.from_url``)."""
        redis = require("redis", "redis", "RedisDedupe")
        return cls(redis.Redis.from_url(url, **options), prefix=prefix)

    def __repr__(self) -> str:
        return f"RedisDedupe({self.client!r}, prefix={self.prefix!r})"

    def claim(self, key: str, lease_seconds: float) -> Claim:
        name = self.prefix + key
        token = new_token()
        while True:
            if self.client.set(name, "claimed:" + token, nx=True, px=_milliseconds(lease_seconds)):
                return Claim(key, ClaimStatus.CLAIMED, token)
            pipe = self.client.pipeline(transaction=True)
            held, left = pipe.get(name).pttl(name).execute()
            if held in _DONE:
                return Claim(key, ClaimStatus.DONE)
            if held is not None:
                return Claim(key, ClaimStatus.BUSY, retry_after=max(left, 0) / 1000)
            # The holder's lease lapsed between the two commands: claim again.

    def complete(self, claim: Claim, remember_seconds: float) -> bool:
        name = self.prefix + claim.key
        held = "claimed:" + claim.token
        return bool(self._complete(keys=[name], args=[held, _milliseconds(remember_seconds)]))

    def release(self, claim: Claim) -> None:
        self._release(keys=[self.prefix + claim.key], args=["claimed:" + claim.token])
