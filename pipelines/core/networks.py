"""Trusted-proxy networks, parsed where the configuration is checked and used where requests are charged."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable


def parse_networks(values: Iterable[str]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Trusted proxies as networks ("10.0.0.0/8", "127.0.0.1"); a clear error names a bad entry."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(str(value).strip(), strict=False))
        except ValueError:
            raise ValueError(f"arena.trusted_proxies: {value!r} is not an IP address or network (CIDR)") from None
    return tuple(networks)
