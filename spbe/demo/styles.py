"""The three demo news sites: a WordPress paper, a news-agency portal and a ministry press room."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import quote, quote_plus

from spbe.demo.content import (
    WIB,
    Article,
    Response,
    esc,
    hari_tanggal,
    html_response,
    paginate,
    redirect_response,
    render_block,
    slugify,
    stable_numbers,
    tanggal,
    text_response,
    today,
    xml_response,
    zona,
)

Query = dict[str, list[str]]

# A 1x1 GIF inline: logos render in a browser without adding image URLs for crawlers to chase.
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _first(query: Query, key: str) -> str:
    """The first value of a query parameter, '' when absent."""
    return (query.get(key) or [""])[0]


def _page_number(query: Query) -> int:
    """The ?page=N parameter; 1 when absent or not a positive number."""
    value = _first(query, "page")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _share_links(url: str, title: str) -> list[tuple[str, str, str]]:
    """(css class, label, href) of the usual Facebook/Twitter/WhatsApp share buttons."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        ("share-facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("share-twitter", "Twitter", f"https://twitter.com/intent/tweet?url={u}&text={t}"),
        ("share-whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={t}%20{u}"),
    ]


class Style:
    """What every demo site has: its articles newest first, URLs and a request handler."""

    key = ""
    name = ""

    def __init__(self, articles: list[Article], base: str, offsite: str) -> None:
        self.base = base
        self.offsite = offsite
        mine = [a for a in articles if a.site == self.key]
        self.articles = sorted(mine, key=lambda a: (a.published, a.id), reverse=True)

    def path(self, article: Article) -> str:
        """The article's canonical path on this site."""
        raise NotImplementedError

    def canonical(self, article: Article) -> str:
        """The article's canonical absolute URL."""
        return self.base + self.path(article)

    def with_fault(self, fault: str) -> Article | None:
        """The first article (by id) carrying the fault, None when no article has it."""
        return min((a for a in self.articles if a.fault == fault), key=lambda a: a.id, default=None)

    def handle(self, path: str, query: Query) -> Response:
        """Answer one GET request for path with the parsed query string."""
        raise NotImplementedError


# ---------------------------------------------------------------------------------------------
# kabar: a regional WordPress newspaper


_KABAR_CSS = (
    "body{font-family:Georgia,serif;margin:0;background:#f4f4f4;color:#222}"
    ".site{max-width:1100px;margin:auto;background:#fff}"
    ".top-bar{background:#0b3d2e;color:#fff;padding:4px 16px;font-size:13px}"
    ".site-header{padding:16px}.site-title{font-size:32px;margin:0}"
    ".main-navigation ul{list-style:none;display:flex;gap:16px;padding:8px 16px;margin:0;"
    "background:#136f4f}.main-navigation a{color:#fff;text-decoration:none}"
    ".site-content{display:flex;gap:24px;padding:16px}.content-area{flex:3}"
    ".widget-area{flex:1;font-size:14px}table{border-collapse:collapse}"
    "td,th{border:1px solid #999;padding:2px 6px}.site-footer{padding:16px;background:#eee}"
)


class Kabar(Style):
    """Kabar Khatulistiwa: WordPress permalinks, Yoast sitemaps, RSS, ?s= search."""

    key = "kabar"
    name = "Kabar Khatulistiwa"
    tagline = "Kabar Terkini dari Bumi Khatulistiwa"
    MISSING = "/2021/05/01/berita-yang-sudah-dihapus/"
    SEARCH_PER_PAGE = 5
    HOME_PER_PAGE = 10
    _MISSING_MODIFIED = datetime(2021, 5, 1, 10, 0, tzinfo=WIB)
    _PAGES_MODIFIED = datetime(2020, 1, 15, 8, 0, tzinfo=WIB)
    _STATIC_PAGES = {
        "/tentang-kami/": (
            "Tentang Kami",
            (
                "Kabar Khatulistiwa adalah media daring yang mengabarkan peristiwa di Kalimantan "
                "Barat dan sekitarnya sejak 2019.",
                "Redaksi bekerja berdasarkan Kode Etik Jurnalistik dan Pedoman Pemberitaan Media "
                "Siber.",
            ),
        ),
        "/kontak/": (
            "Kontak",
            (
                "Redaksi Kabar Khatulistiwa, Jalan Khatulistiwa Nomor 17, Pontianak.",
                "Surel: redaksi@kabarkhatulistiwa.example. Telepon: (0561) 555-0123.",
            ),
        ),
    }

    def __init__(self, articles: list[Article], base: str, offsite: str) -> None:
        super().__init__(articles, base, offsite)
        self.by_path = {self.path(a): a for a in self.articles}
        self.post_ids = stable_numbers((a.id for a in self.articles), 100, 90_000)
        self.by_post_id = {self.post_ids[a.id]: a for a in self.articles}
        self.ad_url = offsite + "/iklan"
        # Per-instance counter of requests to flaky articles; handler threads share it.
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()

    def path(self, article: Article) -> str:
        """WordPress date permalink, or the robots-disallowed archive for that fault."""
        if article.fault == "disallowed":
            return f"/arsip-internal/{article.slug}/"
        return f"/{article.published:%Y/%m/%d}/{article.slug}/"

    def handle(self, path: str, query: Query) -> Response:
        """Route a request like a WordPress site with pretty permalinks."""
        search = _first(query, "s").strip()
        if path == "/robots.txt":
            return text_response(self.robots())
        if path == "/" and _first(query, "p"):
            return self.shortlink(_first(query, "p"))
        if path == "/":
            return self.listing(1, search)
        if match := re.fullmatch(r"/page/(\d+)/", path):
            return self.listing(int(match[1]), search)
        routes: dict[str, Callable[[], Response]] = {
            "/feed/": self.feed,
            "/sitemap_index.xml": self.sitemap_index,
            "/post-sitemap.xml": lambda: self.sitemap(0),
            "/post-sitemap2.xml": lambda: self.sitemap(1),
            "/page-sitemap.xml": lambda: self.sitemap(2),
        }
        if path in routes:
            return routes[path]()
        if path in self._STATIC_PAGES:
            return self.static_page(path)
        if match := re.fullmatch(r"/(category|tag)/([a-z0-9-]+)/", path):
            return self.archive(match[1], match[2])
        if (article := self.by_path.get(path)) is not None:
            return self.article(article, path)
        if not path.endswith("/") and (
            path + "/" in self.by_path or path + "/" in self._STATIC_PAGES
        ):
            # WordPress adds the missing trailing slash with a permanent redirect.
            return redirect_response(self.base + path + "/")
        return self.not_found()

    def robots(self) -> str:
        """robots.txt as WordPress writes it, plus the internal archive."""
        return (
            "User-agent: *\n"
            "Disallow: /wp-admin/\n"
            "Disallow: /arsip-internal/\n"
            "Allow: /wp-admin/admin-ajax.php\n"
            "\n"
            f"Sitemap: {self.base}/sitemap_index.xml\n"
        )

    def section(self, article: Article) -> str:
        """The article's category name."""
        return article.section or "Berita"

    def tags(self, article: Article) -> list[str]:
        """Tags: the category plus a few keywords of the title (never the spbe label)."""
        keywords = ("SPBE", "Pemerintahan Digital", "Pelayanan Publik", "Inovasi", "Transformasi")
        found = [k for k in keywords if k.casefold() in article.title.casefold()]
        return list(dict.fromkeys([self.section(article), *found]))

    # -- pages --------------------------------------------------------------------------------

    def layout(
        self,
        title: str,
        main: str,
        *,
        canonical: str,
        head: str = "",
        body_class: str = "",
        charset: str = "UTF-8",
        malformed: bool = False,
    ) -> str:
        """The theme around main: header with today's date, menu, sidebar, footer."""
        now = today()
        sections = sorted({self.section(a) for a in self.articles})
        menu = "".join(
            f'<li class="menu-item"><a href="{self.base}/category/{slugify(s)}/">{esc(s)}</a></li>'
            for s in sections
        )
        parts = [
            "<!DOCTYPE html>",
            '<html lang="id-ID">',
            "<head>",
            f'<meta charset="{charset}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)} &#8211; {self.name}</title>",
            f'<link rel="canonical" href="{esc(canonical)}">',
            '<meta property="og:locale" content="id_ID">',
            f'<meta property="og:site_name" content="{self.name}">',
            f'<meta property="og:title" content="{esc(title)}">',
            f'<meta property="og:url" content="{esc(canonical)}">',
            head,
            f'<link rel="alternate" type="application/rss+xml" title="{self.name} &raquo; Feed" '
            f'href="{self.base}/feed/">',
            f"<style>{_KABAR_CSS}</style>",
            "</head>",
            f'<body class="{body_class}">',
            '<div id="page" class="site">',
            '<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>',
            f'<div class="top-bar"><span class="tanggal-hari-ini">{hari_tanggal(now)}</span></div>',
            '<header id="masthead" class="site-header">',
            f'<p class="site-title"><a href="{self.base}/" rel="home">{self.name}</a></p>',
            f'<p class="site-description">{self.tagline}</p>',
            "</header>",
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">',
            f'<li class="menu-item"><a href="{self.base}/">Beranda</a></li>{menu}',
            f'<li class="menu-item"><a href="{self.base}/tentang-kami/">Tentang Kami</a></li>',
            f'<li class="menu-item"><a href="{self.base}/kontak/">Kontak</a></li>',
            "</ul></nav>",
            '<div id="content" class="site-content">',
            '<div id="primary" class="content-area"><main id="main" class="site-main">',
            main,
            "</main></div>",
            f'<aside id="secondary" class="widget-area">{self.sidebar()}</aside>',
            "</div>",
            '<footer id="colophon" class="site-footer"><div class="site-info">',
            f"&copy; {now.year} {self.name}. Hak cipta dilindungi undang-undang. ",
            f'<a href="{self.base}/tentang-kami/">Tentang Kami</a> | ',
            f'<a href="{self.base}/kontak/">Kontak</a> | Ditenagai WordPress',
            "</div></footer>",
            "</div>",
        ]
        # A malformed page simply stops: no closing body and html tags.
        if not malformed:
            parts.append("</body>\n</html>")
        return "\n".join(parts) + "\n"

    def search_form(self) -> str:
        """The theme's search box."""
        return (
            f'<form role="search" method="get" class="search-form" action="{self.base}/">'
            '<label><span class="screen-reader-text">Cari untuk:</span>'
            '<input type="search" class="search-field" placeholder="Cari &hellip;" name="s">'
            '</label><input type="submit" class="search-submit" value="Cari"></form>'
        )

    def sidebar(self) -> str:
        """Search, the six latest posts (any topic), the internal archive and categories."""

        def item(a: Article) -> str:
            return f'<li><a href="{esc(self.canonical(a))}">{esc(a.title)}</a></li>'

        recent = "".join(item(a) for a in self.articles[:6])
        widgets = [
            f'<section id="search-2" class="widget widget_search">{self.search_form()}</section>',
            '<section id="recent-posts-2" class="widget widget_recent_entries">'
            f'<h2 class="widget-title">Berita Terkini</h2><ul>{recent}</ul></section>',
        ]
        hidden = [a for a in self.articles if a.fault == "disallowed"]
        if hidden:
            widgets.append(
                '<section id="arsip-pilihan" class="widget widget_arsip">'
                '<h2 class="widget-title">Arsip Pilihan</h2>'
                f"<ul>{''.join(item(a) for a in hidden)}</ul></section>"
            )
        counts: dict[str, int] = {}
        for a in self.articles:
            counts[self.section(a)] = counts.get(self.section(a), 0) + 1
        categories = "".join(
            f'<li class="cat-item"><a href="{self.base}/category/{slugify(s)}/">{esc(s)}</a> '
            f"({n})</li>"
            for s, n in sorted(counts.items())
        )
        widgets.append(
            '<section id="categories-2" class="widget widget_categories">'
            f'<h2 class="widget-title">Kategori</h2><ul>{categories}</ul></section>'
        )
        return "\n".join(widgets)

    def entry(self, article: Article) -> str:
        """One post in a listing: title link, date and excerpt."""
        url = esc(self.canonical(article))
        return (
            '<article class="post type-post status-publish hentry">\n'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{url}" rel="bookmark">'
            f"{esc(article.title)}</a></h2>\n"
            '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="{article.published.isoformat()}">{tanggal(article.published)}</time>'
            "</span></div></header>\n"
            f'<div class="entry-summary"><p>{esc(article.excerpt())}</p></div>\n'
            f'<a class="more-link" href="{url}">Baca selengkapnya</a>\n'
            "</article>"
        )

    def pagination(self, page: int, pages: int, page_url: Callable[[int], str]) -> str:
        """WordPress numbered pagination with « Sebelumnya / Berikutnya » links."""
        if pages <= 1:
            return ""
        links = []
        if page > 1:
            href = esc(page_url(page - 1))
            links.append(f'<a class="prev page-numbers" href="{href}">« Sebelumnya</a>')
        for n in range(1, pages + 1):
            if n == page:
                links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{esc(page_url(n))}">{n}</a>')
        if page < pages:
            href = esc(page_url(page + 1))
            links.append(f'<a class="next page-numbers" href="{href}">Berikutnya »</a>')
        return (
            '<nav class="navigation pagination" aria-label="Pos">'
            '<h2 class="screen-reader-text">Navigasi pos</h2>'
            f'<div class="nav-links">{"".join(links)}</div></nav>'
        )

    def listing(self, page: int, search: str) -> Response:
        """Home page (10 a page) or search results for ?s= (5 a page); 404 past the last page."""
        if search:
            items = [a for a in self.articles if a.matches(search)]
            per_page = self.SEARCH_PER_PAGE
        else:
            items, per_page = self.articles, self.HOME_PER_PAGE
        chunk, pages = paginate(items, page, per_page)
        if page > pages:
            return self.not_found()

        def page_url(n: int) -> str:
            suffix = f"?s={quote_plus(search)}" if search else ""
            return f"{self.base}/{f'page/{n}/' if n > 1 else ''}{suffix}"

        parts = []
        if search:
            title = f"Hasil pencarian untuk “{search}”"
            parts.append(
                f'<header class="page-header"><h1 class="page-title">Hasil pencarian untuk: '
                f"<span>{esc(search)}</span></h1></header>"
            )
            if not items:
                parts.append(
                    '<section class="no-results not-found"><p>Maaf, tidak ada yang cocok dengan '
                    "kata kunci Anda. Silakan coba lagi dengan kata kunci lain.</p></section>"
                )
        else:
            title = self.tagline
            if page == 1:
                parts.append(self.home_extras())
        parts.extend(self.entry(a) for a in chunk)
        parts.append(self.pagination(page, pages, page_url))
        body_class = "search search-results" if search else "home blog"
        page_html = self.layout(
            title, "\n".join(parts), canonical=page_url(page), body_class=body_class
        )
        return html_response(page_html)

    def home_extras(self) -> str:
        """Editor's picks (including the internal archive) and an advertiser's banner."""
        picks = [a for a in self.articles if a.fault == "disallowed"] + self.articles[:1]
        items = "".join(
            f'<li><a href="{esc(self.canonical(a))}">{esc(a.title)}</a></li>'
            for a in dict.fromkeys(picks)
        )
        return (
            f'<section class="pilihan-redaksi"><h2>Pilihan Redaksi</h2><ul>{items}</ul></section>\n'
            f'<div class="iklan-banner"><a href="{esc(self.ad_url)}" rel="sponsored nofollow">'
            "Pasang iklan Anda di sini &mdash; hubungi tim pemasaran kami</a></div>"
        )

    def share(self, url: str, title: str) -> str:
        """The Jetpack-style share buttons."""
        items = "".join(
            f'<li><a class="{cls}" href="{esc(href)}" target="_blank" rel="nofollow noopener">'
            f"{label}</a></li>"
            for cls, label, href in _share_links(url, title)
        )
        return (
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3>'
            f"<ul>{items}</ul></div>"
        )

    def comment_form(self, post_id: int) -> str:
        """The WordPress comment form."""
        return f"""<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>
<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai
<span class="required">*</span></p>
<p class="comment-form-comment">
<label for="comment">Komentar <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label>
<input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
<input id="email" name="email" type="email" size="30" required></p>
<p class="comment-form-url"><label for="url">Situs Web</label>
<input id="url" name="url" type="url" size="30"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Kirim Komentar"><input type="hidden" name="comment_post_ID" value="{post_id}"></p>
</form>
</div>
</div>"""

    def article_markup(self, article: Article, *, malformed: bool) -> str:
        """The <article> element, either tidy or with the typical broken-theme mistakes."""
        post_id = self.post_ids[article.id]
        section = self.section(article)
        category = f"{self.base}/category/{slugify(section)}/"
        author = esc(article.author or "Redaksi")
        iso = article.published.isoformat()
        url = self.canonical(article)
        tags = ", ".join(
            f'<a href="{self.base}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>'
            for t in self.tags(article)
        )
        if malformed:
            content = "\n".join(render_block(b, malformed=True) for b in article.blocks)
            # Unquoted attributes, unclosed <p>/<div>, stray closers: what lenient parsers survive.
            return f"""<article id=post-{post_id} class=post-{post_id}>
<div class=entry-header>
<span class=cat-links><a href={category}>{esc(section)}</a></span>
<h1 class=entry-title>{esc(article.title)}</h1>
<div class=entry-meta>Oleh <span class=author>{author}</span>
<time class=entry-date datetime={iso}>{tanggal(article.published)}</time>
</span></div></div>
<div class=entry-content>
{content}
<div class=iklan-dalam-artikel><p>Iklan
</div></span></div></span>
{self.share(url, article.title)}
<div class=entry-footer><span class=tags-links>Tag: {tags}</span>
</article>
{self.comment_form(post_id)}"""
        content = "\n".join(render_block(b) for b in article.blocks)
        classes = (
            f"post-{post_id} post type-post status-publish format-standard hentry "
            f"category-{slugify(section)}"
        )
        return f"""<article id="post-{post_id}" class="{classes}">
<header class="entry-header">
<span class="cat-links"><a href="{category}" rel="category tag">{esc(section)}</a></span>
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="byline">Oleh <span class="author vcard">{author}</span></span>
<span class="posted-on"><time class="entry-date published" datetime="{iso}">
{tanggal(article.published)}</time></span></div>
</header>
<div class="entry-content">
{content}
</div>
{self.share(url, article.title)}
<footer class="entry-footer"><span class="tags-links">Tag: {tags}</span></footer>
</article>
{self.comment_form(post_id)}"""

    def article(self, article: Article, path: str) -> Response:
        """A single post, with the flaky, cp1252 and malformed faults applied."""
        if article.fault == "flaky_503":
            with self._lock:
                hits = self._hits[path] = self._hits.get(path, 0) + 1
            if hits <= 2:
                return self.unavailable()
        malformed = article.fault == "malformed"
        charset = "windows-1252" if article.fault == "cp1252" else "UTF-8"
        head = "\n".join(
            [
                '<meta property="og:type" content="article">',
                f'<meta property="og:description" content="{esc(article.excerpt())}">',
                f'<meta property="article:published_time" '
                f'content="{article.published.isoformat()}">',
                f'<meta property="article:section" content="{esc(self.section(article))}">',
            ]
        )
        page = self.layout(
            article.title,
            self.article_markup(article, malformed=malformed),
            canonical=self.canonical(article),
            head=head,
            body_class="post-template-default single single-post single-format-standard",
            charset=charset,
            malformed=malformed,
        )
        return html_response(page, charset=charset)

    def unavailable(self) -> Response:
        """The overloaded server's 503, asking the client to come back in a second."""
        body = (
            "<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
            "<center><h1>503 Service Temporarily Unavailable</h1></center><hr>"
            "<center>nginx</center></body></html>"
        )
        return Response(503, body.encode(), headers={"Retry-After": "1"})

    def shortlink(self, value: str) -> Response:
        """WordPress ?p=ID shortlinks (used as feed guids) redirect to the permalink."""
        article = self.by_post_id.get(int(value)) if value.isdigit() else None
        return redirect_response(self.canonical(article)) if article else self.not_found()

    def static_page(self, path: str) -> Response:
        """'Tentang Kami' and 'Kontak'."""
        title, paragraphs = self._STATIC_PAGES[path]
        text = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = (
            '<article class="page type-page"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{text}</div></article>'
        )
        page = self.layout(title, main, canonical=self.base + path, body_class="page")
        return html_response(page)

    def archive(self, kind: str, slug: str) -> Response:
        """Category or tag archive; 404 when nothing carries it."""
        if kind == "category":
            names = {slugify(self.section(a)): self.section(a) for a in self.articles}
            items = [a for a in self.articles if slugify(self.section(a)) == slug]
            label = "Kategori"
        else:
            names = {slugify(t): t for a in self.articles for t in self.tags(a)}
            items = [a for a in self.articles if slug in {slugify(t) for t in self.tags(a)}]
            label = "Tag"
        if not items:
            return self.not_found()
        title = f"{label}: {names[slug]}"
        main = (
            f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>\n'
            + "\n".join(self.entry(a) for a in items)
        )
        canonical = f"{self.base}/{kind}/{slug}/"
        return html_response(self.layout(title, main, canonical=canonical, body_class="archive"))

    def not_found(self) -> Response:
        """The theme's 404 page."""
        main = (
            '<section class="error-404 not-found"><header class="page-header">'
            '<h1 class="page-title">Ups! Halaman itu tidak dapat ditemukan.</h1></header>'
            '<div class="page-content"><p>Sepertinya tidak ada apa pun di lokasi ini. '
            f"Mungkin coba pencarian?</p>{self.search_form()}</div></section>"
        )
        page = self.layout(
            "Halaman tidak ditemukan", main, canonical=self.base + "/", body_class="error404"
        )
        return html_response(page, status=404)

    # -- feeds and sitemaps -------------------------------------------------------------------

    def feed(self) -> Response:
        """RSS 2.0 of the 10 latest posts."""
        items = []
        for a in self.articles[:10]:
            items.append(
                "<item>\n"
                f"<title>{esc(a.title)}</title>\n"
                f"<link>{esc(self.canonical(a))}</link>\n"
                f"<dc:creator>{esc(a.author or 'Redaksi')}</dc:creator>\n"
                f"<pubDate>{format_datetime(a.published)}</pubDate>\n"
                f"<category>{esc(self.section(a))}</category>\n"
                f'<guid isPermaLink="false">{self.base}/?p={self.post_ids[a.id]}</guid>\n'
                f"<description>{esc(a.excerpt(40))}</description>\n"
                "</item>"
            )
        built = self.articles[0].published if self.articles else self._PAGES_MODIFIED
        document = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{self.name}</title>
<atom:link href="{self.base}/feed/" rel="self" type="application/rss+xml"/>
<link>{self.base}</link>
<description>{self.tagline}</description>
<lastBuildDate>{format_datetime(built)}</lastBuildDate>
<language>id-ID</language>
{chr(10).join(items)}
</channel>
</rss>
"""
        return xml_response(document, "application/rss+xml")

    def sitemap_files(self) -> list[tuple[str, list[tuple[str, datetime]]]]:
        """(path, [(url, lastmod)]) of the post and page sitemaps, newest posts in the first."""
        posts = [(self.canonical(a), a.published) for a in self.articles]
        middle = (len(posts) + 1) // 2
        # The deleted post stays in the older sitemap, as stale sitemaps do.
        older = [*posts[middle:], (self.base + self.MISSING, self._MISSING_MODIFIED)]
        newest = self.articles[0].published if self.articles else self._PAGES_MODIFIED
        pages = [
            (self.base + "/", newest),
            (self.base + "/tentang-kami/", self._PAGES_MODIFIED),
            (self.base + "/kontak/", self._PAGES_MODIFIED),
        ]
        return [
            ("/post-sitemap.xml", posts[:middle]),
            ("/post-sitemap2.xml", older),
            ("/page-sitemap.xml", pages),
        ]

    def sitemap_index(self) -> Response:
        """Yoast's sitemap index; each child carries the lastmod of its newest entry."""
        rows = []
        for path, entries in self.sitemap_files():
            newest = max((modified for _, modified in entries), default=None)
            lastmod = f"\n<lastmod>{newest.isoformat()}</lastmod>" if newest else ""
            rows.append(f"<sitemap>\n<loc>{self.base}{path}</loc>{lastmod}\n</sitemap>")
        document = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows)
            + "\n</sitemapindex>\n"
        )
        return xml_response(document)

    def sitemap(self, index: int) -> Response:
        """One child sitemap, oldest entry first as Yoast lists them."""
        _, entries = self.sitemap_files()[index]
        rows = [
            f"<url>\n<loc>{esc(url)}</loc>\n<lastmod>{modified.isoformat()}</lastmod>\n</url>"
            for url, modified in sorted(entries, key=lambda e: e[1])
        ]
        return xml_response(_urlset(rows))


def _urlset(rows: list[str]) -> str:
    """A sitemap <urlset> document around url rows."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>\n"
    )


# ---------------------------------------------------------------------------------------------
# warta: a national news-agency portal


_WARTA_CSS = (
    "body{font-family:Arial,sans-serif;margin:0;color:#1a1a1a}"
    ".topbar{background:#111;color:#ddd;font-size:12px;padding:4px 16px}"
    ".header{display:flex;justify-content:space-between;padding:12px 16px;background:#c8102e}"
    ".header .logo{color:#fff;font-size:28px;font-weight:bold;text-decoration:none}"
    ".breaking-news{background:#fde8ea;padding:4px 16px;font-size:14px}"
    ".breaking-news ul{display:inline;list-style:none;padding:0}"
    ".breaking-news li{display:inline;margin-right:24px}"
    ".container{display:flex;gap:24px;padding:16px}.main{flex:3}.sidebar{flex:1}"
    ".pagination{list-style:none;display:flex;gap:8px}footer{background:#222;color:#ccc;"
    "padding:16px;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #999}"
)


class Warta(Style):
    """Warta Nusantara: numeric article ids, tracked links, short links, an AMP edition."""

    key = "warta"
    name = "Warta Nusantara"
    PER_PAGE = 5
    TERKINI_PER_PAGE = 10
    SEARCH_TRACKING = "utm_source=warta&utm_medium=search"
    AMP_TRACKING = "utm_source=warta&utm_campaign=amp"

    def __init__(self, articles: list[Article], base: str, offsite: str) -> None:
        super().__init__(articles, base, offsite)
        self.numbers = stable_numbers((a.id for a in self.articles), 4_000_000, 900_000)
        self.by_number = {self.numbers[a.id]: a for a in self.articles}
        spbe = sorted((a for a in self.articles if a.spbe), key=lambda a: a.id)
        # One story quotes a partner outlet; its link leaves the site.
        self.partner_story = spbe[0] if spbe else None
        self.partner_url = offsite + "/berita/luar"
        self.exit_target = offsite + "/mitra/promo"

    def path(self, article: Article) -> str:
        """/berita/{number}/{slug}."""
        return f"/berita/{self.numbers[article.id]}/{article.slug}"

    def link(self, article: Article) -> str:
        """How the site links an article everywhere: the short link for the redirect fault."""
        if article.fault == "redirect":
            return f"/r/{self.numbers[article.id]}"
        return self.path(article)

    def search_link(self, article: Article) -> str:
        """How search results link an article: with tracking, or to the AMP edition."""
        if article.fault == "redirect":
            return self.link(article)
        if article.fault == "amp":
            return f"{self.path(article)}/amp?{self.AMP_TRACKING}"
        return f"{self.path(article)}?{self.SEARCH_TRACKING}"

    def handle(self, path: str, query: Query) -> Response:
        """Route a request like the agency's portal."""
        page = _page_number(query)
        if path == "/robots.txt":
            robots = f"User-agent: *\nDisallow: /admin/\n\nSitemap: {self.base}/sitemap.xml\n"
            return text_response(robots)
        if path == "/":
            return self.home()
        if path == "/terkini":
            return self.terkini(page)
        if path == "/search":
            return self.search(_first(query, "q").strip(), page)
        if path == "/sitemap.xml":
            return self.sitemap()
        if path == "/rss/terkini.xml":
            return self.rss()
        if path == "/keluar":
            # Only ever bounce to the partner host, so the site is no open redirect.
            target = _first(query, "url")
            if not target.startswith(self.offsite + "/"):
                target = self.offsite + "/"
            return redirect_response(target, 302)
        if match := re.fullmatch(r"/berita/(\d+)/([^/]+)(/amp)?", path):
            article = self.by_number.get(int(match[1]))
            if article is None or (match[3] and article.fault != "amp"):
                return self.not_found()
            if article.slug != match[2]:
                # The number identifies the story; a wrong slug is corrected, as the portal does.
                return redirect_response(self.canonical(article))
            return self.amp(article) if match[3] else self.article(article)
        if match := re.fullmatch(r"/r/(\d+)", path):
            article = self.by_number.get(int(match[1]))
            return redirect_response(self.canonical(article)) if article else self.not_found()
        if match := re.fullmatch(r"/kanal/([a-z0-9-]+)", path):
            return self.kanal(match[1])
        return self.not_found()

    def section(self, article: Article) -> str:
        """The article's channel name."""
        return article.section or "Nasional"

    def dateline(self, article: Article) -> str:
        """'Senin, 13 Januari 2025 10:21 WIB'."""
        p = article.published
        return f"{hari_tanggal(p)} {p:%H:%M} {zona(p)}"

    def layout(self, title: str, main: str, *, canonical: str | None, head: str = "") -> str:
        """Top bar with today's date, red masthead, breaking-news ticker, Terpopuler sidebar."""
        ticker = "".join(
            f'<li><a href="{esc(self.link(a))}">{esc(a.title)}</a></li>' for a in self.articles[:3]
        )
        channels = "".join(
            f'<li><a href="/kanal/{slugify(s)}">{esc(s)}</a></li>'
            for s in sorted({self.section(a) for a in self.articles})
        )
        # "Most read" order is arbitrary but fixed: the hash-derived story numbers.
        popular = sorted(self.articles, key=lambda a: self.numbers[a.id])[:5]
        popular_items = "".join(
            f'<li><span class="rank">{i}</span>'
            f'<a href="{esc(self.link(a))}">{esc(a.title)}</a></li>'
            for i, a in enumerate(popular, 1)
        )
        canonical_tags = (
            f'<link rel="canonical" href="{esc(canonical)}">\n'
            f'<meta property="og:url" content="{esc(canonical)}">'
            if canonical
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {self.name}</title>
<meta property="og:site_name" content="{self.name}">
<meta property="og:title" content="{esc(title)}">
{canonical_tags}
{head}
<style>{_WARTA_CSS}</style>
</head>
<body>
<div class="topbar"><span class="date">{hari_tanggal(today())}</span> |
<a href="/terkini">Terkini</a> | <a href="/rss/terkini.xml">RSS</a></div>
<header class="header">
<a class="logo" href="/"><img src="{PIXEL}" alt="{self.name}"> {self.name}</a>
<form action="/search" method="get"><input type="text" name="q" placeholder="Cari berita">
<button type="submit">Cari</button></form></header>
<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/terkini">Terkini</a></li>
{channels}</ul></nav>
<div class="breaking-news"><span class="label">Breaking News:</span>
<ul class="ticker">{ticker}</ul></div>
<div class="container">
<div class="main">
{main}
</div>
<aside class="sidebar"><div class="widget terpopuler"><h3 class="widget-title">Terpopuler</h3>
<ol>{popular_items}</ol></div></aside>
</div>
<footer><p>COPYRIGHT &copy; 2025 {self.name}. Kantor Berita Warta Nusantara, Jl. Pemuda No. 45,
Jakarta Pusat.</p><p>Seluruh materi dilindungi undang-undang hak cipta.</p></footer>
</body>
</html>
"""

    def body_blocks(self, article: Article) -> list[str]:
        """Body paragraphs plus the Pewarta/Editor line the agency adds when it is missing."""
        blocks = [render_block(b) for b in article.blocks]
        if "pewarta" not in article.body.casefold():
            author = esc(article.author or "Tim Warta Nusantara")
            blocks.append(
                f'<p class="text-muted small">Pewarta: {author}<br>Editor: Redaksi {self.name}</p>'
            )
        return blocks

    def article(self, article: Article) -> Response:
        """A story: breadcrumbs, title, visible dateline only, 'Baca juga' links in the body."""
        blocks = self.body_blocks(article)
        related = [a for a in self.articles if a.id != article.id][:2]
        if related:
            also = "\n".join(
                f'<p class="baca-juga"><strong>Baca juga:</strong> '
                f'<a href="{esc(self.link(a))}">{esc(a.title)}</a></p>'
                for a in related
            )
            blocks.insert(min(2, len(blocks)), also)
        if self.partner_story is not None and article.id == self.partner_story.id:
            blocks.insert(
                min(1, len(blocks)),
                f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="{self.partner_url}">'
                "Laporan lengkap di media mitra</a></p>",
            )
        section = self.section(article)
        main = f"""<ol class="breadcrumb"><li><a href="/">Beranda</a></li>
<li><a href="/kanal/{slugify(section)}">{esc(section)}</a></li></ol>
<article class="post">
<header><h1 class="post-title">{esc(article.title)}</h1>
<div class="post-meta"><span class="text-muted">{self.dateline(article)}</span></div></header>
<div class="post-content">
{chr(10).join(blocks)}
</div>
</article>"""
        head = '<meta property="og:type" content="article">'
        if article.fault == "amp":
            head += f'\n<link rel="amphtml" href="{self.base}{self.path(article)}/amp">'
        page = self.layout(article.title, main, canonical=self.canonical(article), head=head)
        return html_response(page)

    def amp(self, article: Article) -> Response:
        """The AMP edition: same text, minimal markup, canonical link to the main page."""
        body = "\n".join(self.body_blocks(article))
        page = f"""<!doctype html>
<html amp lang="id">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(article.title)} - {self.name}</title>
<link rel="canonical" href="{self.canonical(article)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{visibility:hidden}}</style>
<noscript><style amp-boilerplate>body{{visibility:visible}}</style></noscript>
</head>
<body>
<header class="amp-header"><a href="/">{self.name}</a></header>
<article>
<h1>{esc(article.title)}</h1>
<p class="date">{self.dateline(article)}</p>
{body}
</article>
<footer>COPYRIGHT &copy; 2025 {self.name}</footer>
</body>
</html>
"""
        return html_response(page)

    def card(self, article: Article, href: str) -> str:
        """One story in a listing."""
        title = esc(article.title)
        return (
            '<article class="card card-berita">\n'
            f'<h3 class="card-title"><a href="{esc(href)}" title="{title}">{title}</a></h3>\n'
            f'<p class="card-date"><span class="text-muted">{self.dateline(article)}</span></p>\n'
            f'<p class="card-text">{esc(article.excerpt())}</p>\n'
            "</article>"
        )

    def pagination(self, page: int, pages: int, page_url: Callable[[int], str]) -> str:
        """Bootstrap pagination with rel=prev/next."""
        if pages <= 1:
            return ""
        items = []
        if page > 1:
            items.append(
                f'<li class="page-item"><a class="page-link" rel="prev" '
                f'href="{esc(page_url(page - 1))}">Sebelumnya</a></li>'
            )
        for n in range(1, pages + 1):
            if n == page:
                items.append(
                    f'<li class="page-item active"><span class="page-link">{n}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{esc(page_url(n))}">'
                    f"{n}</a></li>"
                )
        if page < pages:
            items.append(
                f'<li class="page-item"><a class="page-link" rel="next" '
                f'href="{esc(page_url(page + 1))}">Berikutnya</a></li>'
            )
        return f'<nav aria-label="Halaman"><ul class="pagination">{"".join(items)}</ul></nav>'

    def search(self, q: str, page: int) -> Response:
        """Search results, 5 a page, tracked links; page 1 carries a partner promo."""
        items = [a for a in self.articles if a.matches(q)]
        chunk, pages = paginate(items, page, self.PER_PAGE)

        def page_url(n: int) -> str:
            return f"/search?q={quote_plus(q)}&page={n}"

        parts = [
            f'<h1 class="page-title">Hasil pencarian: {esc(q)}</h1>',
            f'<p class="result-count">Ditemukan {len(items)} berita</p>',
        ]
        parts.extend(self.card(a, self.search_link(a)) for a in chunk)
        if not chunk:
            parts.append('<p class="kosong">Berita tidak ditemukan.</p>')
        parts.append(self.pagination(page, pages, page_url))
        if page == 1:
            exit_link = "/keluar?url=" + quote(self.exit_target, safe="")
            parts.append(
                f'<div class="promo"><a href="{esc(exit_link)}" rel="sponsored">'
                "Promo mitra: langganan koran digital setengah harga</a></div>"
            )
        canonical = f"{self.base}/search?q={quote_plus(q)}" + (f"&page={page}" if page > 1 else "")
        return html_response(
            self.layout(f"Hasil pencarian {q}", "\n".join(parts), canonical=canonical)
        )

    def terkini(self, page: int) -> Response:
        """All latest stories, 10 a page."""
        chunk, pages = paginate(self.articles, page, self.TERKINI_PER_PAGE)
        parts = ['<h1 class="page-title">Berita Terkini</h1>']
        parts.extend(self.card(a, self.link(a)) for a in chunk)
        parts.append(self.pagination(page, pages, lambda n: f"/terkini?page={n}"))
        canonical = self.base + "/terkini" + (f"?page={page}" if page > 1 else "")
        return html_response(self.layout("Berita Terkini", "\n".join(parts), canonical=canonical))

    def home(self) -> Response:
        """Front page: the latest stories and a link to the full list."""
        parts = ['<h1 class="sr-only">Warta Nusantara - Berita Terkini Indonesia</h1>']
        parts.extend(self.card(a, self.link(a)) for a in self.articles[:10])
        parts.append('<p><a class="selengkapnya" href="/terkini">Berita lainnya</a></p>')
        page = self.layout("Berita Terkini Indonesia", "\n".join(parts), canonical=self.base + "/")
        return html_response(page)

    def kanal(self, slug: str) -> Response:
        """A channel's stories; 404 for an unknown channel."""
        items = [a for a in self.articles if slugify(self.section(a)) == slug]
        if not items:
            return self.not_found()
        title = self.section(items[0])
        parts = [f'<h1 class="page-title">{esc(title)}</h1>']
        parts.extend(self.card(a, self.link(a)) for a in items)
        canonical = f"{self.base}/kanal/{slug}"
        return html_response(self.layout(title, "\n".join(parts), canonical=canonical))

    def not_found(self) -> Response:
        """The portal's 404 page."""
        main = (
            '<div class="error-page"><h1>404</h1><p>Maaf, halaman yang Anda cari tidak tersedia '
            'atau telah dipindahkan.</p><p><a href="/">Kembali ke Beranda</a></p></div>'
        )
        return html_response(self.layout("Halaman Tidak Ditemukan", main, canonical=None), 404)

    def sitemap(self) -> Response:
        """All stories; the redirect fault only by its short link."""
        rows = []
        for a in self.articles:
            loc = self.base + self.link(a)
            rows.append(
                f"<url>\n<loc>{esc(loc)}</loc>\n<lastmod>{a.published.isoformat()}</lastmod>\n"
                "<changefreq>daily</changefreq>\n</url>"
            )
        return xml_response(_urlset(rows))

    def rss(self) -> Response:
        """RSS 2.0 of the 20 latest stories."""
        items = "\n".join(
            "<item>\n"
            f"<title>{esc(a.title)}</title>\n"
            f"<link>{esc(self.base + self.link(a))}</link>\n"
            f"<guid>{esc(self.base + self.link(a))}</guid>\n"
            f"<pubDate>{format_datetime(a.published)}</pubDate>\n"
            f"<description>{esc(a.excerpt(40))}</description>\n"
            "</item>"
            for a in self.articles[:20]
        )
        document = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{self.name} - Berita Terkini</title>
<link>{self.base}/terkini</link>
<description>Berita terkini dari {self.name}</description>
<language>id</language>
{items}
</channel>
</rss>
"""
        return xml_response(document, "application/rss+xml")


# ---------------------------------------------------------------------------------------------
# humas: a ministry's public-relations bureau


_HUMAS_CSS = (
    "body{font-family:Verdana,sans-serif;margin:0;color:#222;background:#fafafa}"
    ".gov-strip{background:#8b0000;color:#fff;font-size:12px;padding:3px 16px}"
    ".gov-header{display:flex;gap:12px;align-items:center;padding:12px 16px;background:#fff}"
    ".gov-header .instansi{display:block;font-weight:bold}.menu-utama ul{list-style:none;"
    "display:flex;gap:16px;background:#003366;margin:0;padding:8px 16px}"
    ".menu-utama a{color:#fff}.konten{max-width:900px;margin:auto;padding:16px;background:#fff}"
    ".lampiran{border:1px solid #ccc;padding:8px;margin-top:16px}"
    "footer{background:#003366;color:#fff;padding:16px;font-size:13px}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}"
)


class Humas(Style):
    """Biro Hubungan Masyarakat: press releases, a legacy index.php URL, an Atom feed."""

    key = "humas"
    name = "Biro Hubungan Masyarakat"
    ministry = "Kementerian Tata Kelola Pemerintahan Digital"
    OVERSIZED = "/siaran-pers/lampiran-dokumen-lengkap"
    PER_PAGE = 5
    _PDF = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )

    def __init__(
        self, articles: list[Article], base: str, offsite: str, oversize_bytes: int
    ) -> None:
        super().__init__(articles, base, offsite)
        self.numbers = stable_numbers((a.id for a in self.articles), 1000, 90_000)
        self.by_number = {self.numbers[a.id]: a for a in self.articles}
        self.oversize_bytes = oversize_bytes
        self._oversized: bytes | None = None
        self._lock = threading.Lock()

    def path(self, article: Article) -> str:
        """/siaran-pers/{number}-{slug}."""
        return f"/siaran-pers/{self.numbers[article.id]}-{article.slug}"

    def legacy_path(self, article: Article) -> str:
        """The old CMS address that still serves the same release."""
        return f"/index.php?option=berita&id={self.numbers[article.id]}"

    def feed_link(self, article: Article) -> str:
        """The feed still uses the legacy address for the duplicate fault."""
        return self.legacy_path(article) if article.fault == "duplicate" else self.path(article)

    def handle(self, path: str, query: Query) -> Response:
        """Route a request like the bureau's CMS."""
        if path == "/robots.txt":
            return text_response("User-agent: *\nDisallow:\n")
        if path == "/":
            return self.home()
        if path == "/siaran-pers":
            return self.listing(_page_number(query))
        if path == self.OVERSIZED:
            return self.oversized()
        if path == "/feed.atom":
            return self.feed()
        if match := re.fullmatch(r"/siaran-pers/(\d+)-(.+)", path):
            article = self.by_number.get(int(match[1]))
            if article is not None and article.slug == match[2]:
                return self.article(article)
        if path == "/index.php" and _first(query, "option") == "berita":
            number = _first(query, "id")
            article = self.by_number.get(int(number)) if number.isdigit() else None
            if article is not None:
                return self.article(article)
        match = re.fullmatch(r"/unduhan/siaran-pers-(\d+)\.pdf", path)
        if match and int(match[1]) in self.by_number:
            return Response(200, self._PDF, "application/pdf")
        return self.not_found()

    def layout(self, title: str, main: str, *, canonical: str | None) -> str:
        """Government header with the logo, main menu, footer with the office address."""
        canonical_tag = f'<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {self.name} {self.ministry}</title>
{canonical_tag}
<meta property="og:title" content="{esc(title)}">
<style>{_HUMAS_CSS}</style>
</head>
<body>
<div class="gov-strip">Laman resmi {self.ministry}</div>
<header class="gov-header">
<a href="/" class="logo"><img src="{PIXEL}" alt="Logo {self.ministry}" width="64" height="64"></a>
<div class="identitas"><span class="instansi">{self.ministry}</span>
<span class="unit">{self.name}</span></div>
</header>
<nav class="menu-utama"><ul><li><a href="/">Beranda</a></li>
<li><a href="/siaran-pers">Siaran Pers</a></li></ul></nav>
<main class="konten">
{main}
</main>
<footer>
<p><strong>{self.name}</strong><br>{self.ministry}<br>
Jl. Merdeka Timur No. 9, Jakarta Pusat 10110<br>
Telepon (021) 555-0199 &middot; Surel humas@tatakelola.example</p>
<p>&copy; 2024 {self.ministry}. Hak cipta dilindungi.</p>
</footer>
</body>
</html>
"""

    def breadcrumbs(self, *trail: tuple[str, str | None]) -> str:
        """Beranda › ... with the last crumb unlinked."""
        crumbs = [("Beranda", "/"), *trail]
        items = "".join(
            f'<li><a href="{href}">{esc(label)}</a></li>'
            if href
            else f'<li class="active" aria-current="page">{esc(label)}</li>'
            for label, href in crumbs
        )
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{items}</ol></nav>'

    def article(self, article: Article) -> Response:
        """A release; identical bytes whichever of its two addresses is asked for."""
        number = self.numbers[article.id]
        url = self.canonical(article)
        body = "\n".join(render_block(b) for b in article.blocks)
        share = " ".join(
            f'<a class="{cls}" href="{esc(href)}" target="_blank" rel="noopener">{label}</a>'
            for cls, label, href in _share_links(url, article.title)
        )
        main = f"""{self.breadcrumbs(("Siaran Pers", "/siaran-pers"), (article.title, None))}
<article class="siaran-pers">
<h1 class="judul">{esc(article.title)}</h1>
<p class="meta">Diterbitkan: {hari_tanggal(article.published)}</p>
<div class="isi-berita">
{body}
</div>
<div class="bagikan"><span>Bagikan:</span> {share}</div>
<aside class="lampiran"><h2>Lampiran</h2><ul>
<li><a href="/unduhan/siaran-pers-{number}.pdf">Siaran Pers {number} (PDF, 120 KB)</a></li>
</ul></aside>
</article>"""
        return html_response(self.layout(article.title, main, canonical=url))

    def listing(self, page: int) -> Response:
        """All releases, 5 a page; the first page pins the full-document attachment."""
        chunk, pages = paginate(self.articles, page, self.PER_PAGE)
        items = []
        if page == 1:
            items.append(
                '<div class="item item-lampiran"><h2><a href="'
                f'{self.OVERSIZED}">Lampiran Dokumen Lengkap Siaran Pers</a></h2>'
                '<p class="tanggal">Dokumen pendukung</p></div>'
            )
        for a in chunk:
            href = self.path(a)
            items.append(
                f'<div class="item"><h2><a href="{href}">{esc(a.title)}</a></h2>'
                f'<p class="tanggal">{hari_tanggal(a.published)}</p>'
                f"<p>{esc(a.excerpt())}</p>"
                f'<a class="selengkapnya" href="{href}">Selengkapnya</a></div>'
            )
        numbers = "".join(
            f"<li>{n}</li>" if n == page else f'<li><a href="/siaran-pers?page={n}">{n}</a></li>'
            for n in range(1, pages + 1)
        )
        if page > 1:
            numbers = (
                f'<li><a rel="prev" href="/siaran-pers?page={page - 1}">‹ Sebelumnya</a></li>'
                + numbers
            )
        if page < pages:
            numbers += (
                f'<li><a rel="next" href="/siaran-pers?page={page + 1}">Selanjutnya ›</a></li>'
            )
        main = (
            self.breadcrumbs(("Siaran Pers", None))
            + '\n<h1>Siaran Pers</h1>\n<div class="daftar-siaran-pers">\n'
            + "\n".join(items)
            + f'\n</div>\n<ul class="pagination">{numbers}</ul>'
        )
        canonical = self.base + "/siaran-pers" + (f"?page={page}" if page > 1 else "")
        return html_response(self.layout("Siaran Pers", main, canonical=canonical))

    def home(self) -> Response:
        """Front page with the three latest releases."""
        latest = "".join(
            f'<li><a href="{self.path(a)}">{esc(a.title)}</a> '
            f"<small>{hari_tanggal(a.published)}</small></li>"
            for a in self.articles[:3]
        )
        main = (
            f"<h1>Selamat Datang di Laman {self.name}</h1>"
            f"<h2>Siaran Pers Terbaru</h2><ul>{latest}</ul>"
            '<p><a href="/siaran-pers">Lihat semua siaran pers</a></p>'
        )
        return html_response(self.layout("Beranda", main, canonical=self.base + "/"))

    def oversized(self) -> Response:
        """A page of oversize_bytes bytes, built once: a filler paragraph repeated."""
        with self._lock:
            if self._oversized is None:
                head = (
                    b'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
                    b"<title>Lampiran Dokumen Lengkap</title></head><body>"
                    b"<h1>Lampiran Dokumen Lengkap Siaran Pers</h1>\n"
                )
                filler = (
                    b"<p>Lampiran ini memuat salinan lengkap dokumen pendukung siaran pers "
                    b"beserta tabel rincian yang dipindai dari arsip biro.</p>\n"
                )
                tail = b"</body></html>\n"
                room = max(0, self.oversize_bytes - len(head) - len(tail))
                padding = b" " * (room % len(filler))
                self._oversized = head + filler * (room // len(filler)) + padding + tail
        return Response(200, self._oversized)

    def feed(self) -> Response:
        """Atom feed of the 20 latest releases plus the attachment page."""
        entries = [
            (
                a.title,
                self.base + self.feed_link(a),
                f"siaran-pers/{self.numbers[a.id]}",
                a.published,
                a.excerpt(40),
            )
            for a in self.articles[:20]
        ]
        updated = self.articles[0].published if self.articles else datetime(2024, 1, 2, tzinfo=WIB)
        entries.append(
            (
                "Lampiran Dokumen Lengkap Siaran Pers",
                self.base + self.OVERSIZED,
                "siaran-pers/lampiran",
                updated,
                "Dokumen pendukung siaran pers.",
            )
        )
        rows = "\n".join(
            f"""<entry>
<title>{esc(title)}</title>
<link rel="alternate" type="text/html" href="{esc(link)}"/>
<id>tag:humas.tatakelola.example,2024:{ident}</id>
<published>{when.isoformat()}</published>
<updated>{when.isoformat()}</updated>
<summary>{esc(summary)}</summary>
</entry>"""
            for title, link, ident, when, summary in entries
        )
        document = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
<title>Siaran Pers - {self.name}</title>
<link rel="self" href="{self.base}/feed.atom"/>
<link rel="alternate" type="text/html" href="{self.base}/siaran-pers"/>
<id>tag:humas.tatakelola.example,2024:siaran-pers</id>
<updated>{updated.isoformat()}</updated>
<author><name>{self.name}</name></author>
{rows}
</feed>
"""
        return xml_response(document, "application/atom+xml")

    def not_found(self) -> Response:
        """The CMS's 404 page."""
        main = (
            self.breadcrumbs(("Halaman Tidak Ditemukan", None))
            + "<h1>Halaman Tidak Ditemukan</h1><p>Halaman yang Anda minta tidak tersedia. "
            'Silakan kembali ke <a href="/">beranda</a>.</p>'
        )
        return html_response(self.layout("Halaman Tidak Ditemukan", main, canonical=None), 404)
