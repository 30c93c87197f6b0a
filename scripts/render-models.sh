#!/usr/bin/env bash
# Renders a picture of every process model for the README: bpmn/<model>.bpmn -> docs/<picture>.png,
# with bpmn-js (pinned in render/package.json + render/package-lock.json, installed by `npm ci`)
# in Debian's headless Chromium, the same browser the browser tests use. Nothing is fetched but
# the npm packages (and, as root, Debian's chromium / fonts-noto-cjk if missing).
#
#   scripts/render-models.sh              # all bpmn/*.bpmn
#   scripts/render-models.sh bpmn/x.bpmn  # just these
#
# Picture names: project-lifecycle -> docs/lifecycle.png (the README's name), any other model
# -> docs/<model>.png. The picture is the whole diagram with a margin (scale 2 below 2000 px wide,
# else 1; GC_RENDER_SCALE overrides); the bpmn.io logo
# stays visible as bpmn-js's licence asks. Afterwards: look at the pictures, commit docs/*.png.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '[render] %s\n' "$*" >&2; }
die() { printf '[render] ERROR: %s\n' "$*" >&2; exit 1; }

CHROMIUM=${GC_CHROMIUM:-/usr/bin/chromium}
MARGIN=40

apt_install() {
  [ "$(id -u)" -eq 0 ] || die "missing: $* (install with: sudo apt-get install -y $*)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 && apt-get install -y -q --no-install-recommends "$@" >&2 || die "apt-get install $* failed"
}

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm
[ -x "$CHROMIUM" ] || apt_install chromium
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null | head -n1)" ]; then
  apt_install fonts-noto-cjk   # the models' labels are Chinese
fi

# --- bpmn-js (npm ci when needed) ----------------------------------------------------------------
stamp=render/node_modules/.gc-installed
want=$( (cat render/package.json render/package-lock.json; node --version) | sha256sum | cut -d' ' -f1)
if [ ! -f render/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js ] || [ ! -f "$stamp" ] \
   || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing bpmn-js: npm ci in render/"
  (cd render && npm ci --no-audit --no-fund) >&2 || die "npm ci in render/ failed"
  printf '%s\n' "$want" > "$stamp"
fi
VIEWER="$ROOT/render/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"

picture_of() {
  local name
  name=$(basename "$1" .bpmn)
  case "$name" in
    project-lifecycle) printf 'docs/lifecycle.png' ;;
    *) printf 'docs/%s.png' "$name" ;;
  esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "$#" -gt 0 ]; then models=("$@"); else models=(bpmn/*.bpmn); fi
[ "${#models[@]}" -gt 0 ] && [ -f "${models[0]}" ] || die "no model: ${models[*]}"

for model in "${models[@]}"; do
  out=$(picture_of "$model")
  # the diagram's extent from its DI (shapes, labels and edge waypoints) and the page showing it
  node - "$model" "$VIEWER" "$MARGIN" "$work/page.html" "$work/size" <<'NODE'
const fs = require('fs');
const [model, viewer, margin, page, sizeFile] = process.argv.slice(2);
const xml = fs.readFileSync(model, 'utf8');
let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
const num = (tag, name) => { const m = tag.match(new RegExp('\\b' + name + '="(-?[0-9.]+)"')); return m ? parseFloat(m[1]) : 0; };
for (const tag of xml.match(/<dc:Bounds\b[^>]*>/g) || []) {
  const x = num(tag, 'x'), y = num(tag, 'y'), w = num(tag, 'width'), h = num(tag, 'height');
  minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
}
for (const tag of xml.match(/<di:waypoint\b[^>]*>/g) || []) {
  const x = num(tag, 'x'), y = num(tag, 'y');
  minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
}
if (!isFinite(minX)) { console.error('no diagram information (DI) in ' + model); process.exit(1); }
const m = parseInt(margin, 10);
// labels of start/end events hang below their bounds a little: a bit more room at the bottom
const box = { x: Math.floor(minX - m), y: Math.floor(minY - m), width: Math.ceil(maxX - minX + 2 * m),
              height: Math.ceil(maxY - minY + 2 * m + 20) };
fs.writeFileSync(sizeFile, box.width + ',' + box.height);
fs.writeFileSync(page, `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>html, body, #canvas { margin: 0; padding: 0; width: ${box.width}px; height: ${box.height}px;
  overflow: hidden; background: #fff; font-family: "Noto Sans CJK SC", sans-serif; }</style>
<script src="file://${viewer}"></script></head>
<body><div id="canvas"></div>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${JSON.stringify(xml)}).then(() => {
    viewer.get('canvas').viewbox(${JSON.stringify(box)});
    document.title = 'rendered';
  }).catch((e) => { document.body.textContent = 'render failed: ' + e.message; document.title = 'failed'; });
</script></body></html>`);
NODE
  size=$(cat "$work/size")
  # small diagrams at twice the pixel density, so the README picture stays sharp
  scale=${GC_RENDER_SCALE:-$([ "${size%%,*}" -lt 2000 ] && echo 2 || echo 1)}
  rm -f "$work/shot.png"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --hide-scrollbars --allow-file-access-from-files --force-device-scale-factor="$scale" \
    --window-size="$size" --virtual-time-budget=20000 --screenshot="$work/shot.png" \
    "file://$work/page.html" >/dev/null 2>&1 || die "chromium could not render $model"
  [ -s "$work/shot.png" ] || die "no picture of $model"
  mkdir -p docs
  cp "$work/shot.png" "$out"
  say "$model -> $out (${size/,/x} at scale $scale)"
done
