# shellcheck shell=bash
# Sourced by scripts/test.sh after scripts/lib/postgres.sh (uses its gc_apt_install): makes sure
# Debian's Chromium and chromedriver are installed for the browser tests (TasklistBrowserTest,
# docs/localisation.md). Nothing is downloaded outside apt: Selenium is pointed at these two paths.
#
# Knobs: GC_CHROMIUM (default /usr/bin/chromium), GC_CHROMEDRIVER (default /usr/bin/chromedriver).
# A failure ends the run with a message: the browser tests are never skipped.

gc_chromium_ensure() {
  local browser=${GC_CHROMIUM:-/usr/bin/chromium} driver=${GC_CHROMEDRIVER:-/usr/bin/chromedriver}
  if [ ! -x "$browser" ] || [ ! -x "$driver" ]; then
    printf '[chromium] %s or %s missing: installing Debian packages chromium chromium-driver\n' "$browser" "$driver" >&2
    gc_apt_install chromium chromium-driver || {
      printf '[chromium] ERROR: apt-get could not install chromium chromium-driver; the browser tests cannot run.\n' >&2
      exit 1
    }
  fi
  [ -x "$browser" ] && [ -x "$driver" ] || {
    printf '[chromium] ERROR: still missing after install: %s / %s\n' "$browser" "$driver" >&2
    exit 1
  }
  printf '[chromium] %s; %s\n' "$("$browser" --version 2>/dev/null | head -n1)" \
    "$("$driver" --version 2>/dev/null | cut -d' ' -f1-2)" >&2
}
