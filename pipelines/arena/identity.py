"""Who is voting: voter ids the server issues and signs, and the client address behind trusted proxies.

A voter id is random and chosen by the server; the client only holds ``<id>.<signature>``, an HMAC with a key
kept in the arena database (so every replica accepts every other replica's voters). A client that makes up
ids, or edits one, is refused; a client that drops its token simply becomes a new voter, which the store
bounds per client address. Checking a token costs one HMAC, no database round trip.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Mapping

from .records import InvalidToken

VOTER_COOKIE = "phystudio_voter"
MAX_VOTER_TOKEN = 80


class InvalidVoter(InvalidToken):
    """A voter token this server did not issue (or that was altered)."""


class VoterTokens:
    """Issue and check signed voter tokens."""

    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("the voter-token key must be at least 16 bytes")
        self._key = key

    def _signature(self, voter_id: str) -> str:
        return hmac.new(self._key, voter_id.encode(), hashlib.sha256).hexdigest()[:32]

    def issue(self) -> tuple[str, str]:
        """A fresh (voter id, token) pair."""
        voter_id = secrets.token_urlsafe(16)
        return voter_id, f"{voter_id}.{self._signature(voter_id)}"

    def voter(self, token: str) -> str:
        """The voter id a token carries; InvalidVoter unless this server signed it."""
        if not isinstance(token, str) or not 0 < len(token) <= MAX_VOTER_TOKEN or token.count(".") != 1:
            raise InvalidVoter("this voter token was not issued by this server: drop it and ask for a pair "
                               "without one to get a new voter token")
        voter_id, signature = token.split(".")
        if not voter_id or not hmac.compare_digest(signature, self._signature(voter_id)):
            raise InvalidVoter("this voter token was not issued by this server: drop it and ask for a pair "
                               "without one to get a new voter token")
        return voter_id


def _trusted(address: str, networks) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(peer: str | None, headers: Mapping[str, str], trusted_proxies) -> str:
    """The address a request is charged to: the TCP peer, unless the peer is a trusted proxy; then the
    right-most X-Forwarded-For entry that is not itself a trusted proxy (entries left of it are written by
    the client and can be forged). Untrusted peers' X-Forwarded-For is ignored."""
    address = (peer or "").strip()
    if not trusted_proxies or not _trusted(address, trusted_proxies):
        return address[:64]
    forwarded = ",".join(value for key, value in headers.items() if key.lower() == "x-forwarded-for")
    for hop in reversed([h.strip() for h in forwarded.split(",") if h.strip()]):
        if not _trusted(hop, trusted_proxies):
            return hop[:64]
    return address[:64]
