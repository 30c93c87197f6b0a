// Tasklist configuration of the Jiangmen Green Channel (overrides the webjar's scripts/config.js).
// Keeps Camunda's default keyboard shortcuts and adds our custom script, which clears the form
// drafts Tasklist keeps in the browser when a person logs out or the session ends (shared office
// PCs; docs/security.md). Other settings (locales …) may be added here; keep `customScripts`.
export default {
  customScripts: ['scripts/clear-drafts-on-logout'],

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
