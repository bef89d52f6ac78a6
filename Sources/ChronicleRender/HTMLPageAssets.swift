import ChronicleTimeline
import Foundation

/// The HTML page's own style sheet and script: constants, written with `trusted`.
enum HTMLPageAssets {
    /// The style sheet. `@page` sizes come from the chart's page (see ``pageRules(_:)``).
    static let style = """
        :root{--ink:#1a1a1a;--muted:#555;--paper:#fff;--rule:#d6d6d6;--link:#0b57a4;\
        --band:#f4f4f2;--focus:#d55e00}
        @media (prefers-color-scheme:dark){:root{--ink:#ececec;--muted:#b4b4b4;--paper:#15171b;--rule:#3b3e45;\
        --link:#9cc3ff;--band:#1f2228}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:62rem;padding:1.25rem 1.25rem 3rem;font-family:sans-serif;font-size:1rem;\
        line-height:1.5;color:var(--ink);background:var(--paper)}
        #large-print:checked~*{font-size:18pt}
        #large-print{position:absolute;width:1px;height:1px;margin:0;opacity:0;pointer-events:none}
        body>header{display:flow-root}
        .large-print{float:right;margin:.3em 0 .5em 1em;padding:.2em .6em;border:1px solid var(--rule);\
        border-radius:.3em;color:var(--muted);font-size:.9em;cursor:pointer;user-select:none;white-space:nowrap}
        .large-print::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.4em;\
        vertical-align:-.05em;border:2px solid currentColor;border-radius:2px}
        #large-print:checked~header .large-print{color:var(--ink);border-color:var(--ink)}
        #large-print:checked~header .large-print::before{background:currentColor;\
        box-shadow:inset 0 0 0 2px var(--paper)}
        #large-print:focus-visible~header .large-print{outline:3px solid var(--focus);outline-offset:2px}
        a{color:var(--link)}
        a:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999em}
        .skip:focus{position:static;display:inline-block;margin-bottom:.5em}
        h1{font-size:1.75em;line-height:1.2;margin:0 0 .2em}
        h2{font-size:1.3em;margin:1.6em 0 .4em;padding-bottom:.15em;border-bottom:2px solid var(--ink)}
        h3{font-size:1.1em;margin:1.2em 0 .2em;color:var(--muted)}
        .subtitle{font-size:1.15em;margin:0 0 .2em}
        .meta,.count{color:var(--muted);margin:0}
        .print-only{display:none}
        .tools{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center;margin:.8em 0}
        .tools label{white-space:nowrap}
        .tools input[type=search]{font:inherit;padding:.2em .4em;min-width:14em;color:var(--ink);\
        background:var(--paper);border:1px solid var(--muted)}
        .tools fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1em}
        .tools legend{float:left;margin-right:.5em;color:var(--muted)}
        figure.chart{margin:1em 0 1em 50%;padding:0;background:#fff;border:1px solid var(--rule);\
        width:calc(100vw - 2.5rem);transform:translateX(-50%)}
        figure.chart svg{display:block;width:100%;height:auto}
        figure.chart figcaption{padding:.4em .8em;font-size:.85em;color:#444;background:#fff}
        ol.events{margin:0;padding:0 0 0 3.2em}
        li.event{padding:.45em 0 .5em;border-top:1px solid var(--rule);break-inside:avoid;page-break-inside:avoid}
        li.event::marker{color:var(--muted);font-size:.85em}
        .when{font-weight:bold;margin:0}
        .what{margin:0}
        .about{margin:.15em 0 0;color:var(--muted);font-size:.92em}
        @media (min-width:40em){.when{float:left;width:10.5em;padding-right:.5em}\
        .what,.about{margin-left:11em}li.event::after{content:"";display:block;clear:both}}
        .when .cat{display:block;margin:0;white-space:normal}
        #large-print:checked~main .when{float:none;width:auto;padding:0}
        #large-print:checked~main .what,#large-print:checked~main .about{margin-left:0}
        #large-print:checked~main .when .cat{display:inline;margin-left:.6em}
        .cat{font-weight:normal;font-size:.85em;color:var(--muted);white-space:nowrap}
        .cat::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.3em;\
        vertical-align:-.05em;background-size:contain;background-repeat:no-repeat}
        sup{line-height:0}
        sup a{text-decoration:none;padding:0 .1em}
        ol.notes,ol.sources{padding-left:2.4em}
        ol.notes li,ol.sources li{margin:.3em 0;break-inside:avoid;page-break-inside:avoid}
        q{font-style:italic}
        cite{font-style:normal;font-weight:bold}
        .back{text-decoration:none;margin-right:.3em}
        footer{margin-top:2.5em;color:var(--muted);font-size:.85em}
        [hidden]{display:none!important}
        @media print{
        body{font-size:11pt;max-width:none;padding:0;color:#000;background:#fff}
        #large-print:checked~*{font-size:18pt}
        .skip,.tools,.back,.large-print,#large-print,figure.chart figcaption{display:none!important}
        body>header{page:chart;margin:0 0 2mm}
        body>header h1{font-size:1.5em}
        .print-only{display:block}
        .print-title{font-size:1.3em;font-weight:bold;margin:0}
        a{color:#000;text-decoration:none}
        h2,h3{break-after:avoid;page-break-after:avoid}
        figure.chart{page:chart;break-after:page;page-break-after:always;border:0;margin:0;width:auto;\
        max-width:none;transform:none}
        figure.chart svg{max-height:calc(100vh - 6em)}
        li.event{border-top-color:#999}
        .when{float:left;width:10.5em;padding-right:.5em}
        .what,.about{margin-left:11em}
        li.event::after{content:"";display:block;clear:both}
        }

        """

    /// Page sizes for printing: the chart alone on a landscape (or portrait) sheet, the list on
    /// portrait sheets of the same paper.
    static func pageRules(page: Presentation.Page, vertical: Bool) -> String {
        let paper: String
        switch page {
        case .a4: paper = "A4"
        case .letter: paper = "letter"
        case .fit: return "@page{margin:14mm}\n"
        }
        let chart = vertical ? "portrait" : "landscape"
        return "@page{size:\(paper) portrait;margin:14mm 15mm 16mm}\n@page chart{size:\(paper) \(chart);margin:8mm}\n"
    }

    /// The category markers of the list, drawn with the chart's shapes as data URIs (no request).
    static func categoryRules(_ categories: [(id: String, name: String, style: CategoryStyle)]) -> String {
        var css = ""
        for (index, category) in categories.enumerated() {
            let style = category.style
            let svg =
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='-7 -7 14 14'><path d='\(style.shape.path)' fill='\(style.color)' stroke='%23333' stroke-width='0.9'/></svg>"
            let encoded = svg.replacingOccurrences(of: "#", with: "%23").replacingOccurrences(of: "<", with: "%3C")
                .replacingOccurrences(of: ">", with: "%3E")
            css += ".c\(index)::before{background-image:url(\"data:image/svg+xml,\(encoded)\")}\n"
        }
        return css
    }

    /// Shows the search box and category switches and filters the list as they change. The page
    /// is complete without it: everything is listed, nothing is hidden.
    static let script = """
        (function(){var tools=document.getElementById("tools");if(!tools||!document.querySelectorAll)return;\
        tools.hidden=false;var search=document.getElementById("search"),status=document.getElementById("shown"),\
        boxes=[].slice.call(tools.querySelectorAll("input[type=checkbox][data-category]")),\
        items=[].slice.call(document.querySelectorAll("li.event")),\
        periods=[].slice.call(document.querySelectorAll("section.period")),\
        texts=items.map(function(li){return li.textContent.toLowerCase()});\
        function apply(){var words=search.value.toLowerCase().split(/\\s+/).filter(Boolean),on={},shown=0;\
        boxes.forEach(function(b){if(b.checked)on[b.getAttribute("data-category")]=true});\
        items.forEach(function(li,i){var ok=on[li.getAttribute("data-category")]===true&&\
        words.every(function(w){return texts[i].indexOf(w)>=0});li.hidden=!ok;if(ok)shown++});\
        periods.forEach(function(p){p.hidden=!p.querySelector("li.event:not([hidden])")});\
        status.textContent=shown===items.length?"":shown+" of "+items.length+" events shown"}\
        search.addEventListener("input",apply);boxes.forEach(function(b){b.addEventListener("change",apply)})})();
        """

    /// The script's hash for the Content-Security-Policy: `'sha256-…'`.
    static let scriptHash: String = {
        "'sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString() + "'"
    }()
}
