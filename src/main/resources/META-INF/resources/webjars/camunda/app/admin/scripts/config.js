/*
 * Jiangmen Green Channel: Admin configuration (overrides the webjar's app/admin/scripts/config.js,
 * which ships with every option commented out). See docs/localisation.md.
 */

export default {
  app: {
    name: '系统管理',
    vendor: '江门招商绿色通道'
  },
  // Chinese first: a browser whose first language is zh* gets zh, one set to English gets en,
  // any other language falls back to Chinese (the webapps read only the first part, e.g. zh-CN -> zh).
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
