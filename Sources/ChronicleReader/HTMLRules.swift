/// What the HTML reader keeps and skips, as data. Element names and roles are lowercased;
/// class and id tokens are the lowercased words of `class` and `id` values, split at every
/// character that is not a letter or digit and at lowercase-to-uppercase steps
/// ("relatedArticles", "related-articles" and "related_articles" all give "related", "articles"),
/// plus each pair of neighbours joined ("sr-only" also gives "sronly").
enum HTMLRules {
    /// Elements whose content is never article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "canvas", "video",
        "audio", "map", "button", "select", "option", "optgroup", "input", "textarea", "datalist", "output",
        "progress", "meter", "head", "title", "meta", "link", "dialog", "menu", "frameset", "frame", "applet",
        "noembed", "noframes", "nav",
    ]

    /// Elements that are page furniture when no article or main element holds them.
    static let pageLevel: Set<String> = ["header", "footer", "aside"]

    /// ARIA roles of regions that are not the article.
    static let skippedRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "tablist", "tooltip",
    ]

    /// Class and id tokens of furniture, removed wherever they stand: navigation, share bars,
    /// cookie banners, related links, advertising, comments, bylines, credits, encyclopedia
    /// page chrome (edit links, citation marks, navigation boxes, tables of contents).
    static let strongTokens: Set<String> = [
        // Navigation.
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "skip", "skiplink", "jump",
        "pagination", "pager", "toolbar", "sidebar", "widget", "widgets",
        // Sharing and following.
        "share", "shares", "sharing", "sharebar", "social", "socials", "addthis", "sharethis", "follow",
        // Cookies, consent, overlays, subscriptions.
        "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "cookiebot", "modal", "popup", "overlay",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "donate", "donation",
        "donations",
        // Links to other pages.
        "related", "recommended", "recommendations", "recirculation", "trending", "popular", "mostread",
        "readmore", "promo", "promos", "promoted", "teaser", "teasers",
        // Advertising.
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor",
        "sponsored", "outbrain", "taboola",
        // Comments.
        "comments", "comment", "commentlist", "disqus", "respond",
        // Bylines, credits, tags.
        "byline", "bylines", "author", "authors", "credit", "credits", "copyright", "tags", "taglist", "keywords",
        "meta", "metadata",
        // Hidden text and encyclopedia page chrome.
        "sronly", "visuallyhidden", "screenreader", "hidden", "invisible", "dnone", "noprint", "hatnote", "navbox",
        "infobox", "ambox", "toc", "reference",
        "reflist", "editsection", "catlinks", "printfooter", "mwjumplink",
    ]

    /// Class and id tokens of furniture, removed unless a `positiveTokens` token stands beside
    /// them ("site-header" goes, "article-header" stays).
    static let weakTokens: Set<String> = [
        "header", "footer", "banner", "masthead", "aside", "secondary", "complementary", "utility", "utilities",
        "links", "extra", "rail", "topbar", "bottombar",
    ]

    /// Class and id tokens of the article itself.
    static let positiveTokens: Set<String> = [
        "article", "content", "main", "post", "entry", "story", "body", "text", "prose", "richtext", "blog",
    ]

    /// Class and id tokens of date and time lines: removed when the element is a block of its own,
    /// kept inside a sentence or a list item ("<span class=date>2017</span>: …").
    static let dateTokens: Set<String> = [
        "date", "time", "timestamp", "published", "updated", "dateline", "pubdate", "posted", "publishdate",
    ]

    /// Class and id tokens of boxes that list other stories, whose dates are not the page's.
    static let otherStoriesTokens: Set<String> = [
        "related", "recommended", "recommendations", "recirculation", "trending", "popular", "mostread", "readmore",
        "promo", "promos", "teaser", "teasers", "sidebar", "widget", "widgets", "comments", "comment", "nav",
        "navbar", "menu", "footer", "rail", "aside", "more", "latest", "list", "card", "cards", "feed",
    ]

    /// Class values that mark the article's body, compared with everything but letters and
    /// digits removed ("c-article-body" contains "articlebody").
    static let bodyMarkers: [String] = [
        "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext", "entrycontent",
        "postcontent", "postbody", "posttext", "mainarticle", "mwparseroutput", "bodytext", "articlecopy",
    ]

    static let bodyMarkerBytes = bodyMarkers.map { Array($0.utf8) }

    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "br",
    ]

    /// Heading levels.
    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Elements whose direct text counts as prose when the article is chosen; other text (list
    /// items, table cells, captions) counts half, and headings and links not at all.
    static let proseElements: Set<String> = [
        "p", "div", "section", "article", "main", "body", "blockquote", "pre", "td", "font", "center", "span",
    ]

    /// `<meta>` names and properties that carry a publication date, in the order they are trusted:
    /// Open Graph's `article:published_time`, then Open Graph variants and Dublin Core, then the
    /// schemes of scholarly and news publishers.
    static let dateMetaKeys: [String] = [
        "article:published_time", "og:article:published_time", "og:published_time", "og:pubdate",
        "dc.date.issued", "dc.date", "dc.date.created", "dcterms.issued", "dcterms.date", "dcterms.created",
        "citation_publication_date", "citation_date", "datepublished", "publication_date", "publish-date",
        "publish_date", "publishdate", "pubdate", "published_time", "date", "sailthru.date", "parsely-pub-date",
    ]

    /// JSON-LD `@type`s of an article, whose `datePublished` is the page's.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "report", "scholarlyarticle", "techarticle", "liveblogposting",
        "socialmediaposting", "creativework",
    ]

    /// The tokens of a `class` or `id` value.
    static func tokens(_ value: String) -> [String] {
        var result: [String] = []
        forEachToken(of: value) { result.append($0) }
        return result
    }

    /// Calls `body` with each token of a `class` or `id` value: the words, then each pair of
    /// neighbours joined.
    static func forEachToken(of value: String, _ body: (String) -> Void) {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            body(word)
            words.append(word)
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = (0x41...0x5A).contains(byte)
            let isLower = (0x61...0x7A).contains(byte)
            let isDigit = (0x30...0x39).contains(byte)
            if isUpper && previousWasLower { flush() }
            if isUpper || isLower || isDigit {
                current.append(isUpper ? byte | 0x20 : byte)
            } else {
                flush()
            }
            previousWasLower = isLower
        }
        flush()
        for (first, second) in zip(words, words.dropFirst()) { body(first + second) }
    }

    /// The value with everything but letters and digits removed, lowercased.
    static func compact(_ value: String) -> String {
        String(
            decoding: value.utf8.compactMap { byte -> UInt8? in
                if (0x41...0x5A).contains(byte) { return byte | 0x20 }
                return (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) ? byte : nil
            }, as: UTF8.self)
    }
}
