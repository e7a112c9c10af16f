"""URL normalisation: one spelling per article, whatever tracking or AMP decoration it carries."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fb_", "ga_", "mc_", "pk_", "hsa_")
_TRACKING_KEYS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref_src",
    "amp", "amp_js_v", "amp_gsa", "usqp", "outputtype", "_ga", "mkt_tok", "share",
    "s_cid", "cmpid", "at_medium", "at_campaign", "page_from",
}  # fmt: skip
_AMP_PATH = re.compile(r"(?:/amp/?|/amp\.html|\.amp(?=\.html?$|$))$", re.IGNORECASE)


def normalize_url(url: str) -> str:
    """Canonical form used to decide whether an article URL is already known.

    Lower-cases scheme and host, drops default ports, fragments, tracking parameters and
    AMP suffixes ("/amp", "?amp=1", "amp." host prefix), sorts the remaining query, and
    strips a trailing slash. A URL that is not http(s) is returned unchanged.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower()
    if host.startswith("amp."):
        host = host[4:]
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = parts.path or "/"
    path = _AMP_PATH.sub("", path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_KEYS
    ]
    # http and https serve the same article on nearly every news site.
    return urlunsplit(("https", netloc, path, urlencode(sorted(query)), ""))


def strip_tracking(url: str) -> str:
    """The URL without fragment and tracking parameters, otherwise as given (safe to fetch)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return url
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_KEYS
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), ""))
