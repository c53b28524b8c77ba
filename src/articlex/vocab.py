"""Every selector, class/id token and phrase list articlex uses, grouped by stage.

Each entry says why it exists. Rules here must be general (themes, CMSs, conventions),
never written for one site. Regexes are compiled once, here.
"""

from __future__ import annotations

import re

from . import agencies as _agency_table

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

#: Class names (whole, lowercased) that CSS frameworks define as ``display: none``: Bootstrap's
#: ``hidden`` and ``d-none``, Foundation's ``hide``, Bulma's ``is-hidden``, Tailwind's
#: ``hidden``, the ``u-hidden`` utility of SUIT-style themes. A reader does not see such a block
#: (the messages of a closed e-mail form, a print-only citation), unless the same ``class``
#: shows it again at some screen size (:data:`HIDDEN_OVERRIDE_CLASS_RE`). Whole names only:
#: ``hidden-xs`` hides a block on phones alone. A script may remove the class, so the block
#: is a named one: kept when it holds most of the page's text (the wrapper guard).
HIDDEN_CLASSES: frozenset[str] = frozenset({"hidden", "hide", "d-none", "is-hidden", "u-hidden"})

#: A class name that displays a block at some screen size, overriding a hidden class beside it
#: (Tailwind's ``hidden md:block``, Bootstrap's ``d-none d-lg-flex`` and ``visible-md``,
#: Foundation's ``show-for-medium``; a bare ``block`` too). Print-only names
#: (``d-print-block``, ``print:block``) do not: on screen the block stays hidden.
HIDDEN_OVERRIDE_CLASS_RE = re.compile(
    r"(?:(?!print:)[a-z0-9]+:|d-(?!print-)[a-z0-9]+-)?"
    r"(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-row"
    r"|table-cell|contents|flow-root|list-item)"
    r"|visible-\S+|show-for-\S+"
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
        # photo galleries and slideshows: captions of pictures, not the story
        "gallery",
        "slideshow",
        "carousel",
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

#: Boilerplate tokens that name what a block holds (readers' comments, other stories, a photo
#: gallery) rather than where it sits: such a block is never the story's wrapper, so the wrapper
#: guard does not keep it however much text it holds (long comment threads and 50-caption
#: galleries often outweigh the story).
NEVER_WRAPPER_TOKENS: frozenset[str] = frozenset(
    {
        "comment",
        "comments",
        "disqus",
        "related",
        "recommended",
        "recommendations",
        "outbrain",
        "taboola",
        "gallery",
        "slideshow",
        "carousel",
    }
)

#: Class names of the blockquotes that the social networks' embed codes put in a story (a
#: tweet, an Instagram or TikTok post…): quoted content, not a share bar. A block whose name
#: says boilerplate ("social-media-embed": "social" names share bars too) is kept when it
#: holds one.
EMBEDDED_POST_CLASSES: frozenset[str] = frozenset(
    {
        "twitter-tweet",
        "twitter-video",
        "instagram-media",
        "tiktok-embed",
        "reddit-card",
        "reddit-embed-bq",
        "bluesky-embed",
        "text-post-media",  # Threads
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

#: The content tokens that name the story's own container. Only these overrule a
#: NEVER_WRAPPER_TOKENS name: "text", "post", "entry", "blog" and "story" name the parts of a
#: comment or a teaser as often as the story ("comment-text", "user-post", "story-carousel").
STORY_CONTAINER_TOKENS: frozenset[str] = frozenset(
    {"article", "articlebody", "content", "body", "main"}
)

# ---------------------------------------------------------------------------------------------
# locate / body: how HTML tags flow
# ---------------------------------------------------------------------------------------------

#: Inline (phrasing) tags: their text runs on with the text around them, so a container's
#: loose text plus these children form one paragraph.
INLINE_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label", "img",
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

#: Headings that open a block of teasers for other stories inside the article container
#: ("More stories like this one", "Top video", "Must watch"). Such a block is not the story.
TEASER_HEADING_RE = re.compile(
    r"^\s*(?:more\s+(?:stories|news|articles|videos?|from|in|on)|top\s+(?:stories|videos?)\s*$"
    r"|must\s+(?:watch|read)|most\s+(?:popular|read|viewed|shared)|popular\s+(?:stories|now|in)"
    r"|related\s+(?:stories|articles|news|videos?|posts|coverage|content|links)|related\b\s*$"
    r"|recommended|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested|enjoy)"
    r"|(?:also\s+)?(?:trending|latest)(?:\s+(?:news|stories|now|videos?))?\s*$|partner\s+(?:news|content)"
    r"|breaking\s+news\s*$|news\s+ticker|editor['’]s\s+picks|don['’]t\s+miss|what\s+to\s+read\s+next|read\s+next|up\s+next"
    r"|sponsored\s+(?:links|stories|content)|around\s+the\s+web|from\s+around\s+the\s+web"
    r"|lesen\s+sie\s+auch|mehr\s+zum\s+thema|à\s+lire\s+aussi|leia\s+também|veja\s+também"
    r"|leer\s+más|lee\s+también|te\s+puede\s+interesar|você\s+pode\s+gostar|leggi\s+anche"
    r"|самые\s+популярные|популярное|читайте\s+также|смотрите\s+также|похожие\s+(?:статьи|новости)"
    r"|по\s+теме|другие\s+новости|ähnliche\s+artikel|meistgelesen|les\s+plus\s+lus"
    r"|sur\s+le\s+même\s+sujet|más\s+leídas|lo\s+más\s+visto|mais\s+lidas|notícias\s+relacionadas)",
    re.IGNORECASE,
)

#: Whole lines that are page furniture, not prose: a bare URL (a "share this link" box), a
#: publication/update stamp ("Updated 11:21 pm CST, Tuesday…", "Published Nov 18, 2019"),
#: a byline ("By Scott Gordon"), a tag list or its label ("Tags: …"), a line that is only a
#: date ("March 25, 2024", "2019-11-18 10:30"). Checked on short blocks only.
FURNITURE_LINE_RE = re.compile(
    r"^\s*(?:(?:https?://|www\.)\S+"
    r"|(?i:(?:last\s+)?updated|published|posted|first\s+published|atualizado|publicado"
    r"|actualizado|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié)\b(?:\s+on)?\s*:?.{0,60}\d.{0,40}"
    r"|(?i:by|por|von|par|di)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}"
    r"(?:\s*(?:,|and|&|\||-|–|—)\s*.{0,60})?"
    r"|(?i:tags?|tagged|topics|tópicos|etiquetas|schlagworte|themen|mots-clés)\s*(?::.*)?"
    r"|(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s*(?:at|[,|\-–—])?\s*\d{1,2}[:.]\d{2}(?i:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)\s*$",
    re.DOTALL,
)
#: Image credit and caption-credit lines ("Natalie Naccache | Bloomberg | Getty Images",
#: "Photo: Reuters", "Image credit: NASA"): they describe a picture, not the story.
#: Checked on blocks of at most CREDIT_MAX_CHARS characters.
CREDIT_LINE_RE = re.compile(
    r"^\s*(?:(?:photo|image|picture|foto|bild|illustration|graphic|video)s?\s*(?:credits?)?\s*"
    r"(?::|©|\||by\b)|credits?\s*:|©)"
    r"|getty\s*images|shutterstock|istock|ap\s+photo|afp\s+via|\|\s*reuters|/\s*reuters"
    r"|\((?:photo|image|foto)\b",
    re.IGNORECASE,
)
CREDIT_MAX_CHARS = 100

#: Calls to action addressed to the reader, not part of the story: share prompts, newsletter
#: and subscription pitches, "follow us", author contact lines ("… may be reached at …",
#: "Have a tip?"), review/comment invitations. Checked on blocks of at most PROMPT_MAX_CHARS.
#: Two groups, phrases that open the line and phrases at any word start, so that a search
#: tries two alternatives at each character rather than one per phrase (2x faster).
PROMPT_LINE_RE = re.compile(
    r"^\s*(?:like\s+this\s+(?:story|article)|share\s+(?:this|it)\b|have\s+a\s+(?:news\s+)?tip"
    r"|sign\s+up\s+(?:for|to)\b|subscribe\s+(?:to|now|here|for)\b|get\s+the\s+latest\b.{0,60}"
    r"\b(?:inbox|newsletter)|follow\s+(?:us|@\w+)\b|join\s+the\s+(?:conversation|discussion)"
    r"|add\s+(?:a\s+)?(?:comment|review)|leave\s+a\s+(?:comment|reply)|добавить\s+(?:отзыв|комментарий)"
    r"|click\s+here\s+to\s+(?:subscribe|sign\s+up|read\s+more)|tell\s+us\s+what\s+you\s+think)"
    r"|\b(?:(?:may|can)\s+be\s+reached\s+at\b|follow\s+(?:him|her|them|me)\s+on\s+(?:twitter|facebook)"
    r"|(?:sign\s+up|subscribe)\b.{0,80}\b(?:newsletter|inbox)\b"
    r"|delivered\s+(?:to|through|into)\s+your\s+(?:inbox|letterbox|mailbox|door)"
    r"|subscriptions?\b.{0,80}\bfor\s+as\s+little\s+as\b)",
    re.IGNORECASE,
)
PROMPT_MAX_CHARS = 300

#: Only blocks up to this many characters are tested against FURNITURE_LINE_RE.
FURNITURE_MAX_CHARS = 140

#: Short labels that ad slots print ("Advertisement", "Anzeige", "Publicidad").
AD_LABEL_RE = re.compile(
    r"^\s*(?:advertisement|advertising|advert|ads?|sponsored(?:\s+links)?|anzeige|werbung"
    r"|publicidad|publicité|pubblicità|publicidade|reklama|story continues below advertisement"
    r"|continue reading below|article continues below|scroll to continue(?: with content)?"
    r"|this slideshow requires javascript\.?|\d*\s*comments?|explore further|skip ad)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# headline
# ---------------------------------------------------------------------------------------------

#: Separators between a headline and a site name in <title>/og:title ("Headline | Site").
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:[|\-–—·•:»]|::)\s+")

#: Class/id tokens (camelCase and separators split) that name a dek/standfirst element.
DEK_TOKENS: frozenset[str] = frozenset(
    {
        "standfirst",  # The Guardian, The Telegraph
        "dek",  # US magazines: "articleDek", "c-dek"
        "deck",
        "subtitle",  # "c-content-head__subtitle" (Folha)
        "subline",  # "article-subline" (CBS Sports)
        "subheadline",
        "subhead",
        "strapline",
        "lede",
        "perex",  # Czech/Slovak news sites
        "bajada",  # Spanish-language sites (La Nación)
        "chapo",  # French "chapô"
        "chapeau",
        "intro",
        "excerpt",
        "lead",  # "p.lead" (only as a whole token: "leadAsset" splits to lead+asset, see
        # the image check in headline._not_a_dek)
    }
)

# ---------------------------------------------------------------------------------------------
# dateline
# ---------------------------------------------------------------------------------------------

#: JSON-LD keys for the publication and modification dates.
JSONLD_PUBLISHED_KEYS: tuple[str, ...] = ("datePublished",)
#: JSON-LD keys that only approximate publication (a CMS creation or upload time): tried after
#: the meta tags, since sites often stamp them when the object is (re)built.
JSONLD_CREATED_KEYS: tuple[str, ...] = ("dateCreated", "uploadDate")
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
    "published_at",  # Engadget/Verizon Media sites
    "article:published",  # The New York Times
)
#: Meta tags for the modification date.
META_MODIFIED_KEYS: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",  # The New York Times
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)

#: A date in the URL path (/2024/03/25/ or /2024-03-25-).
URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/\-_]([01]?\d)[/\-_]([0-3]?\d)(?:[/\-_.]|$)")

#: Wire-style place line at the head of the body: an upper-case place (with its printed region,
#: "BUFFALO, N.Y.", "DUBAI, United Arab Emirates"), then a date and/or an agency in parentheses,
#: then a dash or colon ("SEOUL, March 25 (Yonhap) --", "WASHINGTON —", "LONDON, 5 May:").
PLACE_LINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})?)"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? [A-Z][a-z]{2,8}\.?)(?: \d{4})?\.?)?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)|/(?P<agency2>[A-Z][A-Za-z\-]{1,20})/\.?)?"
    r"\s*(?:(?:-{1,2}|–|—|:)\s+|(?<=/\.)\s+|(?<=/)\s+)"
)
#: The same in title case, only when an agency in parentheses follows the place
#: ("Hong Kong (CNN Business) A muddled view…"): without the agency a capitalized first word
#: is just a sentence.
PLACE_AGENCY_LINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)"
    r"\s*\((?P<agency>[A-Z][^()]{1,30})\)\s*(?:-{1,2}|–|—|:)?\s*(?=[A-Z\"“‘'])"
)
#: A title-case place with its region and country, then a colon ("Washington, DC, United
#: States: Getting to the Moon…"): at least one comma part, so a plain sentence never matches.
PLACE_REGION_LINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}){1,2})"
    r":\s+(?=[A-Z\"“‘'])"
)
#: Upper-case openers that are labels or salutations, not places ("DEAR ABBY:", "UPDATE:").
NOT_A_PLACE_WORDS: frozenset[str] = frozenset(
    {
        "DEAR",  # advice columns: "DEAR ABBY: My husband…"
        "UPDATE",  # live-story labels
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "ANALYSIS",
        "OPINION",
        "EDITOR'S",
        "EDITOR’S",
        "NOTE",
        "CORRECTION",
        "Q",
        "A",
    }
)

#: JSON-LD types of the article itself, whose dates are the story's (objects of other types —
#: videos, images — have their own upload dates that are not the story's).
JSONLD_DATE_TYPES: tuple[str, ...] = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
    "DiscussionForumPosting",
)
#: Page-level JSON-LD types whose dates are the story's when no article object has one.
JSONLD_PAGE_TYPES: tuple[str, ...] = ("WebPage", "ItemPage", "Blog")

#: English month names and abbreviations → month number (the dates.py fast path; other
#: languages go to dateparser).
EN_MONTHS: dict[str, int] = {
    **{
        m: i + 1
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ]
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        )
    },
    "sept": 9,  # "Sept. 5" (AP style)
}

#: Zone abbreviations pages print after a time → UTC offset in hours. Only unambiguous ones
#: ("IST" is India, Ireland and Israel: left out, the value stays naive).
ZONE_ABBREVIATIONS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "WAT": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "AMT": 4,  # Armenia time as printed by Armenian outlets
    "GST": 4,
    "PKT": 5,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}

#: Relative dates ("3 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 días", "昨天").
RELATIVE_DATE_RE = re.compile(
    r"\b(?:ago|yesterday|today|vor\s+\d+|gestern|heute|il\s+y\s+a|hier|aujourd|hace\s+\d+|ayer"
    r"|hoy|há\s+\d+|ontem|hoje|fa\b|ieri|oggi|назад|вчера|сегодня)\b|前|昨天|今天|昨日",
    re.IGNORECASE,
)

#: A date-looking stretch of visible text next to the headline/byline: a month name (several
#: languages), a numeric date, a CJK date, or a relative phrase. Only a cheap filter: the match
#: (and the rest of its short line) goes to :func:`articlex.dates.parse_date`.
VISIBLE_DATE_RE = re.compile(
    r"(?:\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|\b\d+\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago\b)",
    re.IGNORECASE,
)
#: Labels that say a visible date is the publication date ("Published", "Posted on", "기사입력").
VISIBLE_PUBLISHED_RE = re.compile(
    r"(?:\b(?:published|posted|first\s+published|veröffentlicht|publié|publicado|pubblicato"
    r"|опубликовано|erschienen)\b|기사입력|公開日|发布时间|發佈)",
    re.IGNORECASE,
)

#: Tags whose dates are data, not the story's (an infobox's founding date, a listing).
DATE_DATA_TAGS: frozenset[str] = frozenset({"table", "figcaption", "caption"})
#: Class substrings of photo captions and credits: "Tuesday, Nov. 19, 2019" there dates a photo.
CAPTION_TOKENS: tuple[str, ...] = ("caption", "credit")

#: Labels that say which date a visible date is ("Updated 3 hours ago", "Mis à jour :").
VISIBLE_MODIFIED_RE = re.compile(
    r"\b(?:updated?|last\s+modified|modified|aktualisiert|mis\s+à\s+jour|actualizado|atualizado"
    r"|aggiornato|обновлено|更新)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# read time
# ---------------------------------------------------------------------------------------------

#: A stated reading time ("2 mins read", "5 min read", "Reading time: 4 minutes").
READ_TIME_RE = re.compile(
    r"(?:(?:reading\s+time|read\s+time|est\.?\s+reading\s+time|lesezeit|lesedauer"
    r"|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura"
    r"|время\s+чтения|okuma\s+süresi)"
    r"\s*:?\s*(?:ca\.\s*|~\s*|about\s+)?(?P<a>\d{1,3})\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti"
    r"|мин\.?|dk|dakika)(?![a-z]))"
    r"|(?:(?P<b>\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?\.?|dk|dakika|minuten|minutos|minuti|мин\.?)"
    r"\s*(?:read|reading|de\s+lecture|lesezeit|lesen|okuma|leitura|lettura|de\s+lectura|чтения)\b)",
    re.IGNORECASE,
)
#: Substrings of text that may hold a stated read time (a cheap filter before READ_TIME_RE):
#: every phrasing it reads has a minute word ("5 min read", "Lesezeit: 3 Min.", "minutos",
#: "3 dk okuma", "5 dakika okuma", "5 мин чтения").
#: Lowercase; exactly four (unpacked into constants by the filter).
READ_TIME_MINUTE_WORDS: tuple[str, str, str, str] = ("min", "dk", "мин", "dakika")
#: Meta label/value pairs that state a reading time (twitter:label1 "Est. reading time").
READ_TIME_LABEL_RE = re.compile(r"read(?:ing)?\s+time|lesezeit|lecture", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# attribution
# ---------------------------------------------------------------------------------------------

#: Wire agencies: canonical short name → aliases as printed (the full table, with outlets, is
#: :mod:`articlex.agencies`; this view is kept for stages that only need agency names).
AGENCIES: dict[str, tuple[str, ...]] = {a.name: a.aliases for a in _agency_table.AGENCIES}

#: Outlet phrasing inside a standfirst ("…reports Asian Lite News").
REPORTS_OUTLET_RE = re.compile(
    r"(?:…|\.\.\.|\s)\s*reports\s+(?P<outlet>[A-Z][\w&'’.\- ]{2,60}?)\s*$"
)

#: JSON-LD types of an article object whose ``author``/``publisher`` describe the story.
ARTICLE_TYPES: tuple[str, ...] = (
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
    "WebPage", "TechArticle", "ScholarlyArticle", "Report",
)

#: Meta tags that name the author (values that are URLs are profile links, not names).
META_AUTHOR_KEYS: tuple[str, ...] = (
    "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
    "twitter:creator:name",
)

#: Class/id tokens of byline elements (their text is "By X and Y").
BYLINE_TOKENS: tuple[str, ...] = ("byline", "author", "writer", "contributor", "by-line")

#: Class/id segments (between spaces, "-" and "_") of widgets whose bylines belong to other
#: stories or are not bylines (teasers, follow buttons, comment threads, menus).
BYLINE_SKIP_SEGMENTS: frozenset[str] = frozenset(
    {"related", "recommend", "recommended", "flyout", "follow", "followauthor", "popular",
     "sidebar", "teaser", "teasers", "entities", "rp4wp", "comment", "comments", "footer",
     "menu", "more", "newsletter", "trending", "outbrain", "taboola"}
)

#: Words before names in a byline ("By", "Analysis by", "Words by", "Von", "Par", "Por").
BYLINE_PREFIX_RE = re.compile(
    r"^\s*(?:(?:analysis|commentary|opinion|story|words|text|reporting|written|posted|compiled|"
    r"edited|interview)\s+)?(?:by|from|von|par|por|di|door|av)\b[:\s]*",
    re.IGNORECASE,
)

#: Separators between names in a byline: commas, "and", "&", "with", "und", "et", "y".
BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|;|\||&|\band\b|\bwith\b|\bund\b|\bet\b|\by\b|\be\b)\s*")

#: Words that make a byline part a role, a desk or an organization, not a person's name.
NOT_A_NAME_WORDS: frozenset[str] = frozenset(
    {
        # roles ("Senior Reporter", "AP National Political Writer")
        "writer", "reporter", "correspondent", "editor", "editor-at-large", "columnist",
        "contributor", "producer", "staff", "intern", "analyst", "critic", "photographer",
        "senior", "chief", "national", "political", "sports", "business", "science",
        "health", "security", "aerospace", "freelance", "special", "desk", "team",
        "editorial", "editors", "bureau", "wires", "wire", "agencies", "agency",
        # organizations and outlets ("CBS Detroit", "Our Foreign Staff", "Telegraph View")
        "news", "press", "media", "times", "post", "daily", "herald", "journal", "tribune",
        "view", "online", "digital", "radio", "tv", "network", "group", "inc", "ltd",
        "our", "the", "updated", "published", "posted", "min", "read", "email", "follow",
        # interface words of menus that share "author"/"account" class names
        "sign", "menu", "account", "tools", "pages", "my", "log", "login", "subscribe",
        "search", "home", "show", "hide", "close", "open", "print", "save", "copy", "link",
        "url", "tweet", "insider", "tech",
        "more", "about", "share", "comments", "admin", "guest", "sponsored",
        # degrees that follow a name ("Brenda Goodman, MA")
        "ma", "md", "phd", "mph", "rn", "msc", "bsc",
    }
)

#: Capitalized words that open a clause rather than being a given name, so "As Reuters
#: reported" is the agency while "Michael Bloomberg said" is a person.
CLAUSE_OPENING_WORDS: frozenset[str] = frozenset(
    {
        "As", "According", "After", "Also", "And", "Before", "Both", "But", "Citing", "Earlier",
        "Even", "If", "In", "Like", "Meanwhile", "Only", "Per", "Since", "Then", "Though",
        "Although", "Because", "Until", "Unlike", "Via", "When", "While", "With", "Yesterday",
        "Today", "Separately", "Later", "Previously", "Initially", "First", "Last", "Wire",
        "Agency", "News", "The", "A", "An", "That", "This",
    }
)

#: Lowercase particles allowed inside a personal name ("Michiel de Jong", "Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la", "bin",
     "binti", "al", "el", "dos", "das", "y", "ibn", "ben", "st.", "mc"}
)

#: Wire credit at the head of the body: place (and date) then the agency in brackets or slashes
#: ("SEOUL, March 25 (Yonhap) --", "(AP) —", "MOSCOW, November 19. /TASS/.").
DATELINE_CREDIT_RE = re.compile(
    r"^(?P<prefix>[^()\n]{0,70}?)\s*(?:\(\s*(?P<paren>[^()]{2,40}?)\s*\)|/(?P<slash>[A-Z]{2,8})/)"
    r"\s*(?:\.?-{1,2}|–|—|:|\.)?(?:\s|$)"
)

#: Agency credit ending the story: "(PTI)", "-- IANS", "— AP", or an acronym after the last
#: sentence ("… into the US. PTI") at the end of a closing block.
END_CREDIT_RE = re.compile(
    r"(?:\(\s*(?P<paren>[^()]{2,40}?)\s*\)"
    r"|(?:^|\s)(?:-{1,2}|–|—)\s*(?P<dash>[A-Za-z][\w .-]{1,40}?)"
    r"|(?<=[.!?”\"])\s+(?P<bare>[A-Z]{2,6}))\s*$"
)

#: Contributor and copyright lines naming agencies: "With inputs from PTI", "Agence
#: France-Presse contributed to this report", "This report by The Canadian Press was first
#: published", "© 2019 Associated Press".
CREDIT_LINE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\s*\(?(?:with\s+)?(?:additional\s+)?inputs?\s+from\s+(?P<names>[^.()]{2,120})",
               re.IGNORECASE),
    re.compile(r"^\s*(?P<names>[^.]{2,120}?)\s+contributed\s+(?:to\s+)?(?:this|the)\s+"
               r"(?:report|story|article)", re.IGNORECASE),
    re.compile(r"^\s*this\s+(?:report|story|article)\s+by\s+(?P<names>[^.]{2,60}?)\s+was\s+"
               r"(?:first\s+)?published", re.IGNORECASE),
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<names>[A-Z][^.]{1,50}?)(?:\.|$|\s+all\s)",
               re.IGNORECASE),
    re.compile(r"^\s*(?:[Bb]y|[Ff]rom)\s+(?P<names>(?:[Tt]he\s+)?[A-Z][^.,]{1,50})\s*$"),
)

#: Photo/video credits name agencies but do not credit the story ("AP Photo/…",
#: "AFP via Getty Images", "Tessier/Reuters").
PHOTO_CREDIT_RE = re.compile(
    r"\b(?:photo|photograph|image|picture|video|file|credit|getty|via)\b|/", re.IGNORECASE
)

#: A mention is the subject of a reporting verb: "Yonhap reported", "Reuters, citing
#: Interfax, said", "the Kuwait News Agency (KUNA) reported", "Der Spiegel magazine reported".
SOURCE_AS_SUBJECT_RE = re.compile(
    r"^\s*(?:\([A-Z][\w-]{1,12}\)\s*)?"
    r"(?:(?:news\s+agency|news\s+service|newspaper|daily|business\s+daily|magazine|"
    r"broadcaster|television|tv|radio|website|news\s+website|wire\s+service|agency|"
    r"news|network)\s+)?"
    r"(?:,\s*(?:citing|quoting)\s+[^,;]{1,60},\s*)?"
    r"(?:(?:which|that|who)\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:first\s+|also\s+|earlier\s+|later\s+|previously\s+|exclusively\s+|originally\s+)?"
    r"(?:reported|reports|reporting|said|says|wrote|writes|quoted|quoting|cited|citing|"
    r"carried|announced|revealed|confirmed|learned|obtained|published|aired|broadcast|"
    r"noted|added|claimed|broke)\b",
    re.IGNORECASE,
)

#: A mention is a news agency's staff reporting: "An Associated Press journalist … reported".
SOURCE_STAFF_RE = re.compile(
    r"^\s*(?:journalist|reporter|correspondent|photographer|crew|team)s?\b[^.;]{0,50}?"
    r"\b(?:reported|said|saw|witnessed|counted|observed|found)\b",
    re.IGNORECASE,
)

#: A mention is the object of a citing phrase: "according to the state-run Xinhua",
#: "told Reuters", "carried by the KCNA", "cited by … publication DigiTimes", "seen by",
#: "in an interview with", "as first reported by Axios", "a report by the Financial Times".
#: Up to four descriptor words may stand between ("Iran's semi-official", "the state-run").
SOURCE_AS_OBJECT_RE = re.compile(
    r"\b(?:[Aa]ccording\s+to|citing|cited\s+by|quoted(?:\s+as\s+saying)?(?:\s+[\w]+){0,4}?\s+by|"
    r"quoting|carried\s+by|reported\s+by|reports?\s+(?:by|from|in|for)|"
    r"seen\s+by|reviewed\s+by|obtained\s+by|contacted\s+by|confirmed\s+by|"
    r"confirmed\s+to|published\s+(?:by|in)|leaked\s+to|broken\s+by|told|tells|telling|"
    r"(?:said|says|wrote|explained|confirmed|admitted)\s+(?:in\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+)?to|"
    r"in\s+an?\s+(?:[\w-]+\s+)?(?:interview|email|e-mail|statement|call|conversation|"
    r"message|letter)\s+(?:with|to)|speaking\s+(?:to|with)|spoke\s+(?:to|with)|"
    r"talking\s+to|declined\s+to\s+comment[^.;]{0,40}?\s+to|comment\s+to|"
    r"writing\s+(?:for|in)|as\s+(?:first\s+)?reported\s+by|"
    r"an?\s+(?:new\s+|recent\s+|separate\s+)?report\s+(?:by|from|in)|"
    r"(?:which|who|that)\s+cited|"
    r"[Aa]ccording\s+to\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:of|at|from))"
    r"\s+(?:(?:the|The)\s+)?(?:[\w’'-]+\s+){0,4}?$"
)

#: A bare reporting verb right before the mention: "…, reports Reuters", "writes the AP".
SOURCE_AFTER_VERB_RE = re.compile(
    r"\b(?:reports|reported|writes|wrote|said|says|notes|noted|adds|added)\s+(?:the\s+)?$"
)

#: Cues under which the mention relays another outlet's report ("Yonhap citing KCNA",
#: "carried by the KCNA … Yonhap said"): the mention is ``cited_by`` the sentence's reporter.
RELAY_CUE_RE = re.compile(
    r"\b(?:citing|quoting|cited|carried\s+by|quoted(?:\s+as\s+saying)?"
    r"(?:\s+\w+){0,4}?\s+by)\s+(?:(?:the|The)\s+)?(?:[\w’'-]+\s+){0,4}?$"
)

#: A description that stands for an outlet named before: "the Seoul-based news agency",
#: "the news organization", "the newspaper".
SOURCE_DESCRIPTOR_RE = re.compile(
    r"\b[Tt]he\s+(?:(?P<base>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)-based\s+)?"
    r"(?:(?:state|state-run|state-owned|official|semi-official|private|national)\s+)?"
    r"(?P<kind>news\s+agency|wire\s+service|newspaper|daily|broadcaster|news\s+organi[sz]ation|"
    r"publication|outlet|network)\b"
)

#: Sentence boundaries inside a block (a period/question/exclamation, optional closing quote,
#: then a capital or an opening quote). Abbreviations such as "U.S." rarely end a citation.
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[A-Z“\"‘(])")

#: Abbreviations after which a period does not end a sentence ("Dr. Luz Arroyo told …").
SENTENCE_ABBREVIATION_RE = re.compile(
    r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|St|Sr|Jr|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|Rev|Hon|"
    r"Mt|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$"
)

# ---------------------------------------------------------------------------------------------
# related
# ---------------------------------------------------------------------------------------------

# Blocks of other stories are recognized by their heading (or label) and by their markup.
# Headings come in two kinds, kept apart for readability: article-specific ones ("Related",
# "Read next") and site-wide ones ("Most read", "Latest from …"); both count, in the article
# column and in the side rail (as the seed fixture's sidebar "Popular Posts" does).

#: Headings of blocks picked for *this* story: related posts plugins, "read next", "more on
#: this story", "you may also like", in the languages the benchmarks and users meet.
RELATED_HEADING_RE = re.compile(
    r"^\s*(?:"
    r"related(?!\s+(?:topics?|tags?|searches|categories|terms|keywords|subjects|links?\b))"  # EN
    r"|(?:also\s+)?read\s+(?:this\s+)?next|what\s+to\s+read\s+next|up\s+next"  # EN read-next
    r"|also\s+read|read\s+also|read\s+more\b|more\s+reading|see\s+also|further\s+reading"
    r"|explore\s+further|more\s+on\s+this(?:\s+story|\s+topic)?|more\s+like\s+this"
    r"|you\s+(?:may|might|could)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)"  # plugin titles
    r"|recommended(?:\s+for\s+you|\s+(?:stories|articles|reading|reads))?\s*:?\s*$"
    r"|in\s+case\s+you\s+missed\s+it"
    r"|lesen\s+sie\s+auch|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren"  # DE
    r"|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet"  # FR
    r"|leer\s+más|lee\s+también|te\s+puede\s+interesar|noticias\s+relacionadas"  # ES
    r"|leia\s+também|veja\s+também|você\s+pode\s+gostar|notícias\s+relacionadas"  # PT
    r"|leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati"  # IT
    r"|lees\s+ook|gerelateerd|czytaj\s+też|czytaj\s+także|читайте\s+также|похожие"  # NL PL RU
    r"|baca\s+juga|terkait|berita\s+terkait|関連記事|相关|관련\s*기사"  # ID JA ZH KO
    r")",
    re.IGNORECASE,
)

#: Headings of site-wide story lists: editorial recirculation that counts as related in the
#: article column ("Latest from Top News", "Don't miss") but not in the side rail.
SITEWIDE_HEADING_RE = re.compile(
    r"^\s*(?:"
    r"more\s+(?:from|in|stories|news|articles|top\s+stories)\b|latest(?:\s+(?:from|in|news|"
    r"stories|posts|articles|videos?))?\b|don['’]t\s+miss|must\s+(?:read|see)"
    r"|most\s+(?:read|popular|viewed|shared|watched|discussed|commented|emailed)"
    r"|(?:popular|trending|top)(?:\s+(?:now|posts|stories|news|articles|today|this\s+week))?\s*$"
    r"|(?:popular|trending|top)\s+(?:posts|stories|news|articles)\b|top\s+stories"
    r"|editor['’]?s['’]?\s+(?:picks|choice)|\S+\s+picks\s*$|recent\s+(?:from|\w+\s+posts)\b"
    r"|recent\s+(?:posts|stories|articles|news|entries)\b|popular\s+\w+\s*$"
    r"|(?:the\s+)?best\s+of\b|\w[\w&'’.\-]*(?:\s+\w[\w&'’.\-]*)?\s+latest\s*$"  # "Tennis latest"
    r"|meistgelesen|neueste|weitere\s+artikel|les\s+plus\s+lus|à\s+la\s+une|dernières?"
    r"|lo\s+más\s+leído|más\s+leídas|últimas|mais\s+lidas|i\s+più\s+letti"
    r"|terpopuler|terbaru|berita\s+lainnya"
    r")",
    re.IGNORECASE,
)

#: Labels that open an inline teaser line inside the text ("ALSO READ: <a>title</a>",
#: "[Related: …]", "Lesen Sie auch: …"). A bare "Also" needs its colon: "Also, the…" is prose.
RELATED_INLINE_RE = re.compile(
    r"^\s*[\[(»>•]?\s*(?:"
    r"also\s+read|read\s+also|also\s+see|see\s+also|read\s+more|more\s+reading|related(?:\s+"
    r"(?:post|story|article|coverage|reading|link))?s?|recommended|must\s+read|don['’]t\s+miss"
    r"|read\s+next|read|see\s+more|also"
    r"|lesen\s+sie\s+auch|mehr\s+zum\s+thema|auch\s+interessant"
    r"|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|voir\s+aussi"
    r"|leer\s+más|lee\s+también|ver\s+también|leia\s+também|veja\s+também|leia\s+mais"
    r"|leggi\s+anche|leggi\s+pure|lees\s+ook|czytaj\s+też|czytaj\s+także|читайте\s+также"
    r"|baca\s+juga|simak\s+juga"
    r")\s*(?P<sep>[:\-–—|»>]+|\b)",
    re.IGNORECASE,
)

#: Inline labels that are only teasers when a separator follows ("Read: …", "Also: …"):
#: without one they start ordinary sentences ("Read the report…", "Also, the…").
RELATED_INLINE_NEEDS_SEPARATOR: frozenset[str] = frozenset(
    {"read", "also", "see more"}
)

#: Prefix labels of previous/next story links ("Previous Post:", "Next article", "« Vorige"),
#: removed from titles; group ``dir`` says which way.
PREV_NEXT_LABEL_RE = re.compile(
    r"^\s*(?P<arrow>[«‹<←]+)?\s*(?P<dir>previous|prev|next|older|newer|vorige[rs]?|vorheriger?"
    r"|nächste[rs]?|précédent|suivant|anterior|siguiente|próximo|precedente|successivo"
    r"|sebelumnya|selanjutnya)"
    r"(?:\s*(?P<word>post|story|article|entry|artikel|beitrag|noticia|notícia|articolo|berita))?"
    r"\s*(?P<sep>[:»›>→\-–—]+)?\s*",
    re.IGNORECASE,
)

#: ``rel`` values that make a link previous/next navigation by themselves (HTML's link types;
#: "previous" is an old synonym of "prev" that sites still write).
PREV_RELS: frozenset[str] = frozenset({"prev", "previous"})
NEXT_RELS: frozenset[str] = frozenset({"next"})
#: Class/id tokens of site menus, breadcrumbs and news tickers: their links are navigation,
#: never a block of other stories.
MENU_TOKENS: frozenset[str] = frozenset(
    {"menu", "navbar", "breadcrumb", "breadcrumbs", "megamenu", "ticker"}
)

#: Class/id tokens that mark previous/next story navigation (WordPress ``nav-previous``,
#: ``post-navigation``, themes' ``prev-post``/``next-post``, "sibling" links).
PREV_TOKENS: frozenset[str] = frozenset(
    {"prev", "previous", "navprevious", "prevpost", "previouspost", "prevlink", "older"}
)
NEXT_TOKENS: frozenset[str] = frozenset({"next", "navnext", "nextpost", "nextlink", "newer"})
PREV_NEXT_CONTEXT_TOKENS: frozenset[str] = frozenset(
    {"navigation", "nav", "postnav", "pagination", "sibling", "siblings", "links", "post", "posts",
     "article", "story", "entry", "single", "browse", "prevnext", "navlinks", "pager"}
)

#: Class/id tokens of containers whose links are never stories, even inside a related block:
#: menus, breadcrumbs, tag/category chips, author credits, share/social buttons, comments.
RELATED_SKIP_TOKENS: frozenset[str] = frozenset(
    {"menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "tags", "tag", "taglist",
     "tagcloud", "category", "categories", "cat", "byline", "author", "authors", "share",
     "sharing", "social", "comments", "comment", "disclosure", "pagination", "pager", "footer",
     "topics", "topic", "kicker", "eyebrow", "label", "branding", "meta"}
)

#: Class/id tokens of shopping modules (voucher codes, coupons, affiliate deals) that some
#: themes put inside the related block: their links are commerce, not stories.
COMMERCE_TOKENS: frozenset[str] = frozenset(
    {"voucher", "vouchers", "vouchercode", "vouchercodes", "coupon", "coupons", "promocode",
     "promocodes", "affiliate", "commerce", "ecommerce", "shopping", "deals"}
)

#: URL path segments of pages that are not stories: tag/category/author/section indexes,
#: search, feeds, accounts.
NON_STORY_PATH_RE = re.compile(
    r"/(?:tags?|category|categories|topics?|authors?|author|profile|profiles|people|users?"
    r"|search|label|labels|feed|rss|login|register|subscribe|newsletters?|contact|about"
    r"|privacy|terms|t|c|hot-topics|journaliste|autor|auteur|kategori|tema|etiqueta)(?:/|$|\?)",
    re.IGNORECASE,
)

#: Class/id names of related-posts blocks, recognized by markup even when their heading is a
#: topic ("Holiday Gift Guides"): WordPress plugins (YARPP, Jetpack, Related Posts for WP,
#: Contextual Related Posts), news CMS "related"/"story-alsos"/"read-next"/"also-read" boxes.
#: Matched on the lower-cased "class id" string; "related-topics"/"related-tags" are tag lists.
RELATED_BOX_CLASS_RE = re.compile(
    r"(?:^|[\s_\-])(?:related(?:[_\-]?(?:content|posts?|articles?|stories|story|news|items?|"
    r"links?|reads?|coverage|entries|box|list|module|wrap(?:per)?|block|section))?|rp4wp[\w\-]*"
    r"|yarpp[\w\-]*|jp-relatedposts|crp_related|story-alsos|read-?next|also-?read|more-?stories"
    r"|more-?on-?this|recirc(?:ulation)?"
    # site-wide list widgets: WordPress recent/popular/top posts widgets and their plugins
    r"|recent-posts(?:-widget[\w\-]*)?|widget_recent_entries|rpwwt[\w\-]*|popular-posts|wpp"
    r"|top-posts|widget_top-posts|most-popular|most-read|trending-posts)"
    r"(?=$|[\s_\-])(?![\s\S]*\b(?:tags?|topics?)\b)"
)

#: Class/id names of teaser cards (Brightspot ``PromoSmall`` in an ``Enhancement``, "story-card",
#: "inline-promo", "teaser"): one such card set between the story's paragraphs, linking one
#: headline of the site, is a related link without a label. Lower-cased "class id" string.
TEASER_CARD_CLASS_RE = re.compile(
    r"promo|teaser|story-?card|article-?card|inline-?story|enhancement|embed-?(?:post|story|article)"
)

#: Class/id names of sponsored recommendation widgets (Taboola ``trc_*``/``tbl-*``, Outbrain
#: ``OUTBRAIN``/``ob-*``, Revcontent, MGID, Zergnet, Adblade, Content.ad) and generic
#: "sponsored"/"promoted"/"partner content" boxes. Matched on the lower-cased class/id.
SPONSORED_CLASS_RE = re.compile(
    r"taboola|outbrain|revcontent|\bmgid|mgbox|zergnet|adblade|content-?ad\b|\bsponsored"
    r"|\bpromoted|trc_related|trc_rbox|tbl-feed|\bob-widget|\bob-dynamic|syndicateditem"
    r"|\brc-widget|partner-?content|paid-?content|\bdianomi|\bnativo"
)  # matched on the lower-cased "class id" string

#: Hosts of recommendation vendors: their own links (disclosures, "what's this") are not stories.
SPONSOR_VENDOR_HOST_RE = re.compile(
    r"(?:^|\.)(?:taboola|outbrain|revcontent|mgid|zergnet|adblade|content\.ad|popin)\.\w+$"
)

#: Link texts that are widget furniture, not story titles.
RELATED_FURNITURE_TITLE_RE = re.compile(
    r"^\s*(?:sponsored(?:\s+links?)?(?:\s+by\s+\w+)?|promoted(?:\s+links?)?|ads?\s+by\s+\w+"
    r"|what['’]s\s+this\??|read\s+more|more|see\s+all|view\s+all|show\s+more|go\s+to\s+top"
    r"|\d+\s+comments?|comments?|share|continue\s+reading|mehr|weiterlesen|lire\s+la\s+suite"
    r"|leer\s+más|ver\s+más|leia\s+mais|[»›>…]+)\s*[»›>…]*\s*$",
    re.IGNORECASE,
)

#: Trailing stamps glued to teaser titles ("… 3 hours ago", "… 20 November 2019",
#: "… Oct 29, 2019").
RELATED_TITLE_TAIL_RE = re.compile(
    r"\s+(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\s*$",
    re.IGNORECASE,
)
