"""The demo news sites served on loopback, so tests and `spbe demo` crawl without the internet."""

from __future__ import annotations

import argparse
import sys
import threading
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

import yaml

from spbe.demo.content import Response, load_articles
from spbe.demo.styles import Humas, Kabar, Style, Warta

# Separate loopback addresses make each site a different host, as allowed_domains expects.
HOSTS = {"kabar": "127.0.0.2", "warta": "127.0.0.3", "humas": "127.0.0.4", "offsite": "127.0.0.9"}
SOURCE_NAMES = {"kabar": "kabarkhatulistiwa", "warta": "wartanusantara", "humas": "humas"}
ARTICLES_DIR = Path(__file__).parent / "articles"
_SERVER_HEADER = {"kabar": "nginx", "warta": "nginx", "humas": "Apache", "offsite": "nginx"}
# Short so that stop() (which waits for each serve_forever loop to notice) stays quick.
_POLL_INTERVAL = 0.05


@dataclass(frozen=True)
class RequestLog:
    """One request a demo server received."""

    site: str
    method: str
    path: str
    user_agent: str
    status: int


class _Server(ThreadingHTTPServer):
    """One site's HTTP server; knows its site name and the DemoSite that answers for it."""

    daemon_threads = True

    def __init__(self, host: str, port: int, site: str, demo: DemoSite) -> None:
        self.site = site
        self.demo = demo
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hangs up (crawlers abort oversized downloads)."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Passes each request to DemoSite and writes its Response."""

    server: _Server

    def do_GET(self) -> None:
        """Answer a GET."""
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        """Answer a HEAD: the GET's headers without the body."""
        self._answer(send_body=False)

    def do_POST(self) -> None:
        """Answer a POST (only the comment form would send one)."""
        self._answer(send_body=True)

    def version_string(self) -> str:
        """The Server header real sites of this kind send."""
        return _SERVER_HEADER[self.server.site]

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr log; DemoSite.requests is the log."""

    def _answer(self, *, send_body: bool) -> None:
        site = self.server.site
        try:
            response = self.server.demo._dispatch(site, self.command, self.path)
        except Exception:
            # A bug in the demo must show up, but must not take the server thread down silently.
            traceback.print_exc()
            response = Response(500, b"Internal Server Error", "text/plain; charset=UTF-8")
        # Logged before the body is sent, so a client that has its answer sees the log entry.
        self.server.demo._record(
            RequestLog(
                site, self.command, self.path, self.headers.get("User-Agent", ""), response.status
            )
        )
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(response.body)
        except ConnectionError:
            pass  # the client went away mid-answer; nothing to do


class DemoSite:
    """Three Indonesian news sites and an off-site trap, each on its own loopback address."""

    def __init__(
        self, articles_dir: Path | None = None, oversize_bytes: int = 6_000_000, port: int = 0
    ) -> None:
        self.articles_dir = Path(articles_dir) if articles_dir is not None else ARTICLES_DIR
        self.oversize_bytes = oversize_bytes
        # 0 picks a free port per server; a fixed port keeps URLs equal across runs (spbe demo).
        self.port = port
        self.articles = load_articles(self.articles_dir)
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []
        self._styles: dict[str, Style] = {}
        self._log: list[RequestLog] = []
        self._log_lock = threading.Lock()

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> DemoSite:
        """Bind all four servers (ephemeral ports unless port was given) and serve them."""
        if self._servers:
            raise RuntimeError("DemoSite already started")
        try:
            for site, host in HOSTS.items():
                self._servers[site] = _Server(host, self.port, site, self)
            offsite = self.base_url("offsite")
            self._styles = {
                "kabar": Kabar(self.articles, self.base_url("kabar"), offsite),
                "warta": Warta(self.articles, self.base_url("warta"), offsite),
                "humas": Humas(self.articles, self.base_url("humas"), offsite, self.oversize_bytes),
            }
        except BaseException:
            # Nothing serves yet, so closing is enough (shutdown() would wait forever).
            self._close_servers()
            raise
        for site, server in self._servers.items():
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": _POLL_INTERVAL},
                name=f"demo-{site}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving and release the ports; safe to call twice."""
        for server in self._servers.values():
            server.shutdown()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        self._close_servers()

    def _close_servers(self) -> None:
        for server in self._servers.values():
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses and logs -------------------------------------------------------------------

    def base_url(self, site: str) -> str:
        """'http://127.0.0.2:PORT' for kabar, warta, humas or offsite (only while started)."""
        if site not in HOSTS:
            raise KeyError(f"unknown demo site {site!r}; known: {', '.join(HOSTS)}")
        server = self._servers.get(site)
        if server is None:
            raise RuntimeError("DemoSite is not started")
        host, port = server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[RequestLog]:
        """Every request any server received, in order (a copy)."""
        with self._log_lock:
            return list(self._log)

    def _record(self, entry: RequestLog) -> None:
        with self._log_lock:
            self._log.append(entry)

    def _dispatch(self, site: str, method: str, raw_path: str) -> Response:
        """Answer one request: the offsite trap says 'offsite' to everything."""
        if site == "offsite":
            return Response(200, b"offsite", "text/plain; charset=UTF-8")
        if method == "POST":
            return Response(405, b"Method Not Allowed", "text/plain; charset=UTF-8")
        path, _, query = raw_path.partition("?")
        return self._styles[site].handle(path, parse_qs(query, keep_blank_values=True))

    # -- what a crawl should find -------------------------------------------------------------

    def _style(self, site: str) -> Any:
        if not self._styles:
            raise RuntimeError("DemoSite is not started")
        return self._styles[site]

    def sources(self) -> dict[str, Any]:
        """The sources.yaml mapping for the three news sites (the trap host is not a source)."""
        kabar, warta, humas = (self.base_url(s) for s in ("kabar", "warta", "humas"))
        return {
            "sources": [
                {
                    "name": SOURCE_NAMES["kabar"],
                    "allowed_domains": [HOSTS["kabar"]],
                    "sitemaps": [f"{kabar}/sitemap_index.xml"],
                    "feeds": [f"{kabar}/feed/"],
                },
                {
                    "name": SOURCE_NAMES["warta"],
                    "allowed_domains": [HOSTS["warta"]],
                    "listings": [f"{warta}/search?q=SPBE"],
                    "sitemaps": [f"{warta}/sitemap.xml"],
                },
                {
                    "name": SOURCE_NAMES["humas"],
                    "allowed_domains": [HOSTS["humas"]],
                    "listings": [f"{humas}/siaran-pers"],
                    "feeds": [f"{humas}/feed.atom"],
                },
            ]
        }

    def write_sources(self, path: Path) -> Path:
        """Write sources() as YAML to path (parents created); returns path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.safe_dump(self.sources(), sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        return path

    def manifest(self) -> dict[str, Any]:
        """Absolute URLs of what a correct crawl stores, skips and meets (see tests)."""
        kabar: Kabar = self._style("kabar")
        warta: Warta = self._style("warta")
        humas: Humas = self._style("humas")
        spbe: list[str] = []
        distractors: list[str] = []
        disallowed: list[str] = []
        article_ids: dict[str, str] = {}
        for style in (kabar, warta, humas):
            for article in style.articles:
                url = style.canonical(article)
                article_ids[url] = article.id
                if article.fault == "disallowed":
                    disallowed.append(url)
                else:
                    (spbe if article.spbe else distractors).append(url)

        def url_of(style: Style, fault: str) -> str | None:
            article = style.with_fault(fault)
            return style.canonical(article) if article else None

        redirect = warta.with_fault("redirect")
        amp = warta.with_fault("amp")
        duplicate = humas.with_fault("duplicate")
        offsite = [kabar.ad_url, warta.exit_target]
        if warta.partner_story is not None:
            offsite.append(warta.partner_url)
        discovery = [
            url
            for source in self.sources()["sources"]
            for key in ("sitemaps", "feeds", "listings")
            for url in source.get(key, [])
        ]
        return {
            "spbe": sorted(spbe),
            "distractors": sorted(distractors),
            "article_ids": article_ids,
            "disallowed": sorted(disallowed),
            "offsite": sorted(offsite),
            "flaky": url_of(kabar, "flaky_503"),
            "cp1252": url_of(kabar, "cp1252"),
            "malformed": url_of(kabar, "malformed"),
            "missing": kabar.base + kabar.MISSING,
            "oversized": humas.base + humas.OVERSIZED,
            "redirect": (
                {"from": warta.base + warta.link(redirect), "to": warta.canonical(redirect)}
                if redirect
                else None
            ),
            "amp": (
                {"amp": warta.base + warta.search_link(amp), "canonical": warta.canonical(amp)}
                if amp
                else None
            ),
            "duplicate": (
                {
                    "a": humas.canonical(duplicate),
                    "b": humas.base + humas.legacy_path(duplicate),
                }
                if duplicate
                else None
            ),
            "discovery": discovery,
        }


def main() -> None:
    """Serve the demo sites until Ctrl-C and print their addresses."""
    parser = argparse.ArgumentParser(
        prog="python -m spbe.demo.site", description="Serve the demo news sites on loopback."
    )
    parser.add_argument("--articles", type=Path, help="directory of article YAML files")
    parser.add_argument("--sources", type=Path, help="also write a sources.yaml here")
    args = parser.parse_args()
    try:
        demo = DemoSite(args.articles).start()
    except (OSError, ValueError) as err:
        sys.exit(f"demo site: {err}")
    try:
        for site in HOSTS:
            print(f"{site:8} {demo.base_url(site)}/")
        if args.sources:
            print(f"sources  {demo.write_sources(args.sources)}")
        print("Serving; press Ctrl-C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        demo.stop()


if __name__ == "__main__":
    main()
