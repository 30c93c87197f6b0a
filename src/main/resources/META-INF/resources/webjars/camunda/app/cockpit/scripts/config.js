/*
 * Jiangmen Green Channel: Cockpit configuration (overrides the webjar's app/cockpit/scripts/config.js,
 * which ships with every option commented out). See docs/localisation.md.
 */

export default {
  app: {
    name: '驾驶舱',
    vendor: '江门招商绿色通道'
  },
  // Chinese first: a browser whose first language is zh* gets zh, one set to English gets en,
  // any other language falls back to Chinese (the webapps read only the first part, e.g. zh-CN -> zh).
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // the few texts not in locales/zh.json (the variables table's "Actions"): Tasklist's script;
  // the report pages 招商看板 / 项目台账 / 月通报 / 年考核 (domain.md §10.19)
  customScripts: ['../tasklist/scripts/zh-untranslated', 'scripts/greenchannel-reports']
};
