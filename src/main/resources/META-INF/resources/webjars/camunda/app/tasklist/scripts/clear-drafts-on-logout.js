// Clears Tasklist's unsaved form drafts from the browser when the person logs out or the session
// ends, so nothing typed into a project's form stays behind on a shared office PC.
//
// Tasklist 7.24 keeps drafts in localStorage under "camunda-form:<taskId>" (Camunda Forms) and
// "camForm:<id>" (embedded and generated forms), also after the session expired. Logout is a POST
// to .../api/admin/auth/user/<engine>/logout; an expired session shows as 401 from the webapp API.
// Loaded by scripts/config.js (customScripts).

const DRAFT_PREFIXES = ['camunda-form:', 'camForm:'];
const LOGOUT = /\/api\/admin\/auth\/user\/[^/]+\/logout(\?.*)?$/;
const WEBAPP_API = /\/api\/(engine|admin|cockpit|tasklist|welcome)\//;

export function clearDrafts(storage) {
  const store = storage || window.localStorage;
  const keys = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && DRAFT_PREFIXES.some(prefix => key.indexOf(prefix) === 0)) {
      keys.push(key);
    }
  }
  keys.forEach(key => store.removeItem(key));
  return keys.length;
}

export function endsSession(method, url, status) {
  const path = String(url || '');
  if (String(method || '').toUpperCase() === 'POST' && LOGOUT.test(path)) {
    return true;
  }
  return status === 401 && WEBAPP_API.test(path);
}

if (typeof window !== 'undefined' && window.XMLHttpRequest && !window.__greenChannelDraftGuard) {
  window.__greenChannelDraftGuard = true;
  const open = window.XMLHttpRequest.prototype.open;
  window.XMLHttpRequest.prototype.open = function (method, url) {
    this.addEventListener('loadend', () => {
      if (endsSession(method, url, this.status)) {
        clearDrafts();
      }
    });
    return open.apply(this, arguments);
  };
}

export default {};
