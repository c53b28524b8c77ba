"""Every selector, class/id token and phrase list articlex uses, grouped by stage.

Each entry says why it exists. Rules here must be general (themes, CMSs, conventions),
never written for one site. Regexes are compiled once, here.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------
# clean: elements that never hold article text
# ---------------------------------------------------------------------------------------------

#: Tags whose whole subtree is never article text: code, media plumbing, form controls.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "button",
        "select",
        "input",
        "textarea",
        "link",
        "meta",
        "map",
        "dialog",
        "video",
        "audio",
        "source",
        "track",
        "picture",
    }
)

#: Landmark tags that hold site chrome, not the story. (``header`` is not here: many themes
#: wrap the article's own headline and meta in ``<header>`` inside ``<article>``.)
CHROME_TAGS: frozenset[str] = frozenset({"nav", "footer", "aside"})

#: ARIA roles of site chrome.
CHROME_ROLES: frozenset[str] = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "dialog",
        "alertdialog",
        "toolbar",
    }
)

#: Class/id tokens (split on non-alphanumerics, lowercased) that mark boilerplate blocks.
#: Matched against whole tokens so "share" does not hit "shareholders".
BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    {
        # navigation and chrome
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "sidebar",
        "masthead",
        "topbar",
        "skip",
        "pagination",
        "pager",
        # share bars and social widgets
        "share",
        "sharing",
        "social",
        "sharebar",
        "addthis",
        "sharethis",
        "socials",
        # ads and their labels
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adsense",
        "adslot",
        "dfp",
        "gpt",
        "sponsor",
        "sponsored",
        "promo",
        # newsletters, subscriptions, paywalls, consent
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "popup",
        "modal",
        # comments, tags, author boxes
        "comments",
        "comment",
        "disqus",
        "tags",
        "tagcloud",
        "taglist",
        "bio",
        # recommendation widgets and teasers
        "related",
        "recommended",
        "recommendations",
        "trending",
        "popular",
        "outbrain",
        "taboola",
        "widget",
        "ticker",
        "breaking",
        # media captions and credits
        "caption",
        "credit",
        "credits",
        "figcaption",
        "visually",
        "sronly",
        "screen",
    }
)

#: Tokens that mark the article container itself; these protect a block from removal.
CONTENT_TOKENS: frozenset[str] = frozenset(
    {
        "article",
        "content",
        "entry",
        "post",
        "story",
        "body",
        "text",
        "main",
        "blog",
        "articlebody",
    }
)

# ---------------------------------------------------------------------------------------------
# body: lines inside the text that are not the story
# ---------------------------------------------------------------------------------------------

#: Teaser lines inside the article text that point to another story ("ALSO READ: …").
#: They become related links (inline) and never stay in the body.
INLINE_TEASER_RE = re.compile(
    r"^\s*(?:also\s+read|read\s+also|read\s+more|more\s+reading|related|see\s+also|recommended"
    r"|must\s+read|don['’]t\s+miss|read\s+next|lesen\s+sie\s+auch|mehr\s+zum\s+thema"
    r"|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|leer\s+más|lee\s+también|leia\s+também"
    r"|leggi\s+anche)\b\s*[:\-–—|»>]*",
    re.IGNORECASE,
)

#: Short labels that ad slots print ("Advertisement", "Anzeige", "Publicidad").
AD_LABEL_RE = re.compile(
    r"^\s*(?:advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicité"
    r"|pubblicità|reklama|story continues below advertisement|continue reading below)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# headline
# ---------------------------------------------------------------------------------------------

#: Separators between a headline and a site name in <title>/og:title ("Headline | Site").
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:[|\-–—·•:»]|::)\s+")

# ---------------------------------------------------------------------------------------------
# dateline
# ---------------------------------------------------------------------------------------------

#: JSON-LD keys for the publication and modification dates.
JSONLD_PUBLISHED_KEYS: tuple[str, ...] = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS: tuple[str, ...] = ("dateModified",)

#: Meta tags for the publication date, most specific first.
META_PUBLISHED_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "og:published_time",
)
#: Meta tags for the modification date.
META_MODIFIED_KEYS: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)

#: A date in the URL path (/2024/03/25/ or /2024-03-25-).
URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/\-_]([01]?\d)[/\-_]([0-3]?\d)(?:[/\-_.]|$)")

#: Wire-style place line at the head of the body: an upper-case place, then a date and/or an
#: agency in parentheses, then a dash or colon ("SEOUL, March 25 (Yonhap) --", "WASHINGTON —").
PLACE_LINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?"
    r"\s*(?:-{1,2}|–|—|:)\s+"
)

# ---------------------------------------------------------------------------------------------
# read time
# ---------------------------------------------------------------------------------------------

#: A stated reading time ("2 mins read", "5 min read", "Reading time: 4 minutes").
READ_TIME_RE = re.compile(
    r"(?:(?:reading\s+time|read\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)"
    r"\s*:?\s*(?P<a>\d{1,3})\s*(?:min(?:ute)?s?\.?|minuten|dk))"
    r"|(?:(?P<b>\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?\.?|dk|minuten)\s+(?:read|reading|de\s+lecture"
    r"|lesezeit|okuma|leitura|lettura))",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# attribution
# ---------------------------------------------------------------------------------------------

#: Wire agencies: canonical short name → aliases as printed (matched case-sensitively for
#: acronyms, so "AP" in a sentence is an agency and "ap" in a word is not).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UNI": ("UNI", "United News of India"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
}

#: Outlet phrasing inside a standfirst ("…reports Asian Lite News").
REPORTS_OUTLET_RE = re.compile(
    r"(?:…|\.\.\.|\s)\s*reports\s+(?P<outlet>[A-Z][\w&'’.\- ]{2,60}?)\s*$"
)

# ---------------------------------------------------------------------------------------------
# related
# ---------------------------------------------------------------------------------------------

#: Headings of blocks that list other stories.
RELATED_HEADING_RE = re.compile(
    r"^\s*(?:related|also\s+read|read\s+more|more\s+from|latest\s+from|latest|don['’]t\s+miss"
    r"|read\s+next|recommended|trending|most\s+read|most\s+popular|editor['’]s\s+picks"
    r"|you\s+may\s+also\s+like|you\s+might\s+also\s+like|more\s+stories|top\s+stories"
    r"|lesen\s+sie\s+auch|à\s+lire\s+aussi|leer\s+más)\b",
    re.IGNORECASE,
)

#: Class/id tokens of sponsored recommendation widgets.
SPONSORED_TOKENS: frozenset[str] = frozenset(
    {
        "taboola",
        "outbrain",
        "revcontent",
        "mgid",
        "zergnet",
        "sponsored",
        "ob-widget",
        "trc_related_container",
        "adblade",
        "content-ad",
        "contentad",
    }
)
