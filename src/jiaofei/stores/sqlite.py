"""Claims in an SQLite file: every worker process on one host shares them, and they survive a
restart. Standard library only."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

from jiaofei.stores.claims import Claim, ClaimStatus, new_token

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jiaofei_claims (
    key TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    done INTEGER NOT NULL,
    expires REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jiaofei_claims_expires ON jiaofei_claims (expires);
"""
# Expired rows are swept by every this many claims a store makes.
_SWEEP_EVERY = 1000


class SqliteDedupe:
    """Claims in the SQLite database at ``path`` (created when missing).

    A claim is one ``BEGIN IMMEDIATE`` transaction (read the row, take it when it is absent or
    lapsed), so exactly one of any number of threads and processes wins it. Times are wall
    clock seconds, which the processes of one host share. The file must be on a local disk:
    SQLite's locking is not reliable over network file systems.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        self._timeout = timeout
        self._local = threading.local()
        self._claims = 0
        db = self._db()
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SqliteDedupe({self.path!r})"

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def claim(self, key: str, lease_seconds: float) -> Claim:
        db = self._db()
        now = time.time()
        self._claims += 1
        db.execute("BEGIN IMMEDIATE")
        try:
            if self._claims % _SWEEP_EVERY == 0:
                db.execute("DELETE FROM jiaofei_claims WHERE expires <= ?", (now,))
            row = db.execute(
                "SELECT done, expires FROM jiaofei_claims WHERE key = ?", (key,)
            ).fetchone()
            if row is not None and row[1] > now:
                found = Claim(key, ClaimStatus.DONE)
                if not row[0]:
                    found = Claim(key, ClaimStatus.BUSY, retry_after=row[1] - now)
                db.execute("COMMIT")
                return found
            token = new_token()
            db.execute(
                "INSERT INTO jiaofei_claims (key, token, done, expires) VALUES (?, ?, 0, ?)"
                " ON CONFLICT (key) DO UPDATE SET"
                " token = excluded.token, done = 0, expires = excluded.expires",
                (key, token, now + lease_seconds),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return Claim(key, ClaimStatus.CLAIMED, token)

    def complete(self, claim: Claim, remember_seconds: float) -> bool:
        now = time.time()
        changed = self._db().execute(
            "INSERT INTO jiaofei_claims (key, token, done, expires) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (key) DO UPDATE SET done = 1, expires = excluded.expires"
            " WHERE jiaofei_claims.token = excluded.token OR jiaofei_claims.expires <= ?",
            (claim.key, claim.token, now + remember_seconds, now),
        )
        return changed.rowcount == 1

    def release(self, claim: Claim) -> None:
        self._db().execute(
            "DELETE FROM jiaofei_claims WHERE key = ? AND token = ? AND done = 0",
            (claim.key, claim.token),
        )
