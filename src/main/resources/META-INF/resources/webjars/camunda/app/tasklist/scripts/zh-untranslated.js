/*
 * Jiangmen Green Channel: Chinese for the few texts the 7.24 webapps do not take from
 * locales/zh.json (docs/localisation.md):
 *   - Camunda Forms (form-js 1.8.7) built-in validation messages and select texts
 *     ("Field is required.", "Field must have minimum value of 1.", "Select", "Search", "No results");
 *   - Cockpit's hard-coded "Actions" column header of the variables table;
 *   - the engine's English prefix before our server checks' Chinese refusal in Tasklist's
 *     notifications ("Cannot instantiate process definition …: [GC-IN-001] 请填写…" shows as
 *     "[GC-IN-001] 请填写…"); other engine messages are left as they are.
 * Loaded by config.js (customScripts) of Tasklist and Cockpit. It only rewrites text the user sees,
 * never values, and only when the browser's first language is not English: the same rule the
 * webapps use to pick zh (a zh* browser and any other language get Chinese, en* gets English).
 */
const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase().split('-')[0];

const EXACT = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Select': '请选择',
  'No results': '无匹配项',
  'Actions': '操作'
};

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must have minimum length of (.+)\.$/, '至少填写 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '最多填写 $1 个字符。'],
  [/^Field must match pattern (.+)\.$/, '格式不正确（应符合 $1）。'],
  [/^Field must be a valid\s+international phone number\. \(e\.g\. (.+)\)$/, '请填写有效的国际电话号码（例如 $1）。'],
  [/^Cannot (?:instantiate process definition|submit task form|complete task) .+?: (\[GC-[A-Z]+-\d+\][\s\S]*)$/, '$1']
];

// where those texts appear; nothing else on the page is touched
const SCOPES = '.fjs-form-field-error, .fjs-select-display, .fjs-dropdownlist-empty, thead td.actions, '
  + '.notifications .message';

function chinese(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

function translate() {
  document.querySelectorAll(SCOPES).forEach((scope) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const replaced = chinese(node.nodeValue);
      if (replaced !== null && replaced !== node.nodeValue) {
        node.nodeValue = replaced;
      }
    }
  });
  document.querySelectorAll('.fjs-form-field input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', '搜索');
  });
}

if (firstLanguage !== 'en' && typeof MutationObserver !== 'undefined') {
  let scheduled = false;
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        translate();
      });
    }
  };
  new MutationObserver(schedule).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true });
  schedule();
}
