"""Fetch a URL with a timeout and a size limit; every failure becomes a sentence a user reads.

Only `http` and `https` are fetched. The body is read in chunks and refused as soon as it
passes the size limit, so a huge page never sits in memory.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from recoupe import __version__
from recoupe.ingest.problems import InputError

_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_CHUNK = 1 << 16
USER_AGENT = f"recoupe/{__version__} (news cross-checking)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str  # "text/html", "application/rss+xml", … ("" when not said)
    charset: str | None


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def _read_limited(read: Callable[[int], bytes], max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"too large (more than {max_bytes / 1e6:g} MB): not read")
        chunks.append(chunk)
    return b"".join(chunks)


def _declared_size(headers: Message) -> int | None:
    value = headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET `url`; raise `InputError` saying what went wrong (offline, 404, too slow, too big)."""
    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = _declared_size(response.headers)
            if declared is not None and declared > max_bytes:
                raise InputError(f"too large ({declared / 1e6:.1f} MB > "
                                 f"{max_bytes / 1e6:g} MB limit): not downloaded")
            data = _read_limited(response.read, max_bytes)
            headers: Message = response.headers
            return Fetched(response.geturl(), data, headers.get_content_type(),
                           headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise InputError(f"the server answered HTTP {exc.code} ({exc.reason})") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(f"no answer from {host} within {timeout:g} s") from exc
        raise InputError(f"cannot reach {host} ({exc.reason}): offline, or a wrong "
                         "address?") from exc
    except TimeoutError as exc:
        raise InputError(f"no answer from {host} within {timeout:g} s") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot fetch {url}: {exc}") from exc
