/*
 * Jiangmen Green Channel: Tasklist configuration (overrides the webjar's app/tasklist/scripts/config.js).
 * Based on the default config.js shipped with Camunda 7.24.0 (Apache License 2.0, Camunda Services GmbH);
 * its keyboard shortcuts are kept unchanged. See docs/localisation.md.
 */

export default {
  app: {
    name: '任务列表',
    vendor: '江门招商绿色通道'
  },
  // Chinese first: a browser whose first language is zh* gets zh, one set to English gets en,
  // any other language falls back to Chinese (the webapps read only the first part, e.g. zh-CN -> zh).
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // form-js' own messages and select texts in Chinese (scripts/zh-untranslated.js); form drafts
  // cleared from the browser at logout and when the session ends (scripts/clear-drafts-on-logout.js,
  // docs/security.md)
  customScripts: ['scripts/zh-untranslated', 'scripts/clear-drafts-on-logout'],
  // Dates: moment formats from locales/zh.json (dateLocales): LLL = YYYY年M月D日 HH:mm.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
