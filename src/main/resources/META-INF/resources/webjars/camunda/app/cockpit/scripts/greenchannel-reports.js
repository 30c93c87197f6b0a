/*
 * Jiangmen Green Channel: the report pages inside Cockpit (domain.md §10.10, §10.19) - 招商看板
 * (dashboard), 项目台账 (ledger), 月通报 (bulletins) and 年考核 (assessment) - and the year's
 * headline figures on Cockpit's start page. Plain ES module of
 * Cockpit's plugin API (7.14+), loaded by config.js (customScripts); no build step.
 *
 * Data comes from our /api with the webapps' own session (config/ApiAuthenticationFilter): the
 * same users, groups and county scope as over HTTP Basic. Modifying calls send the XSRF token
 * Cockpit hands to plugins. Every value from the server is written with textContent, never HTML.
 */

const ROUTE = '/greenchannel';
const PAGES = [
  { id: 'dashboard', label: '招商看板' },
  { id: 'ledger', label: '项目台账' },
  { id: 'bulletins', label: '月通报' },
  { id: 'assessment', label: '年考核' }
];

/* ---- helpers ------------------------------------------------------------------------------ */

// The servlet root our /api lives under: Cockpit's admin API is <root>/<webapp path>/api/admin.
function apiRoot(api) {
  return (api && api.adminApi ? api.adminApi.replace(/\/[^/]+\/api\/admin$/, '') : '') + '/api';
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key === 'style') {
      node.setAttribute('style', value);
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.flat().forEach((child) => node.appendChild(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

const yi = (wan) => (wan === null || wan === undefined ? '—' : (wan / 10000).toFixed(2) + ' 亿元');
const pct = (share) => (share === null || share === undefined ? '—' : (share * 100).toFixed(1) + '%');
const num = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN'));

async function getJson(api, path) {
  const answer = await fetch(apiRoot(api) + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return readAnswer(answer);
}

async function postJson(api, path, body) {
  const answer = await fetch(apiRoot(api) + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify(body)
  });
  return readAnswer(answer);
}

async function readAnswer(answer) {
  let body = null;
  try {
    body = await answer.json();
  } catch (e) {
    body = null;
  }
  if (!answer.ok) {
    const error = new Error((body && body.message) || '请求失败（HTTP ' + answer.status + '）');
    error.code = body && body.code;
    throw error;
  }
  return body;
}

function shell(node, current) {
  node.innerHTML = '';
  const tabs = el('ul', { class: 'nav nav-tabs', 'data-gc': 'tabs' },
    PAGES.map((p) => el('li', { class: p.id === current ? 'active' : '' },
      el('a', { href: '#' + ROUTE + '/' + p.id }, p.label))));
  const body = el('div', { 'data-gc': 'page-' + current, style: 'padding: 15px 0' });
  // Cockpit's content area does not scroll by itself (its own views scroll their panes): ours does
  node.appendChild(el('div', { class: 'gc-reports', style: 'position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow: auto; padding: 0 20px 20px' },
    el('h2', { style: 'margin-top: 15px' }, '招商项目报表'), tabs, body));
  return body;
}

function failure(node, error) {
  node.appendChild(el('div', { class: 'alert alert-danger', 'data-gc': 'error' },
    error.message + (error.code ? '（' + error.code + '）' : '')));
}

function table(headers, rows) {
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

function selectOf(name, label, options, value) {
  return el('label', { style: 'margin-right: 12px; font-weight: normal' }, label + ' ',
    el('select', { name, class: 'form-control', style: 'display: inline-block; width: auto' },
      el('option', { value: '' }, '全部'),
      options.map((o) => el('option', { value: o.code, selected: o.code === value }, o.label))));
}

const thisYear = () => new Date().getFullYear();

// The years a page offers: the last two, this one, and the one asked for in the address.
function yearPicker(year, page) {
  const years = [...new Set([thisYear() - 2, thisYear() - 1, thisYear(), year])].sort();
  return el('select', { class: 'form-control', style: 'display: inline-block; width: auto', name: 'year',
    onchange: (e) => { window.location.hash = '#' + ROUTE + '/' + page + '?year=' + e.target.value; } },
  years.map((y) => el('option', { value: y, selected: y === year }, y + ' 年')));
}

/* ---- charts (inline SVG) ------------------------------------------------------------------ */

// Monthly cumulative manufacturing investment (bars) against the pro-rata annual target (line).
function targetChart(months) {
  const width = 640, height = 220, left = 60, bottom = 30, top = 10;
  const withTarget = months.length > 0 && months[0].manufacturingTargetToDate !== null;
  const max = Math.max(1, ...months.map((m) => Math.max(m.manufacturingInvestmentYtd, m.manufacturingTargetToDate || 0)));
  const step = (width - left - 10) / 12;
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const bars = months.map((m, i) => svg('rect', {
    x: left + i * step + 4, y: y(m.manufacturingInvestmentYtd), width: step - 8,
    height: height - bottom - y(m.manufacturingInvestmentYtd), fill: '#2f7ed8', 'data-month': m.period
  }, svg('title', {}, m.period + ' 累计制造业计划投资 ' + yi(m.manufacturingInvestmentYtd))));
  const line = months.map((m, i) => (i === 0 ? 'M' : 'L') + (left + i * step + step / 2) + ' ' + y(m.manufacturingTargetToDate)).join(' ');
  const labels = months.map((m, i) => svg('text', { x: left + i * step + step / 2, y: height - 10, 'text-anchor': 'middle', 'font-size': 11 },
    Number(m.period.substring(5)) + '月'));
  return svg('svg', { width, height, role: 'img', 'aria-label': '制造业计划投资累计与目标', 'data-gc': 'target-chart' },
    svg('text', { x: 4, y: 14, 'font-size': 11 }, yi(max)),
    svg('line', { x1: left, y1: height - bottom, x2: width - 10, y2: height - bottom, stroke: '#999' }),
    bars, withTarget ? svg('path', { d: line, fill: 'none', stroke: '#d9534f', 'stroke-width': 2, 'stroke-dasharray': '6 3' }) : [],
    labels);
}

// Horizontal bars: [{label, value, text}]
function barChart(items, name) {
  const width = 640, row = 24, left = 150;
  const max = Math.max(1, ...items.map((i) => i.value));
  return svg('svg', { width, height: Math.max(row, items.length * row), role: 'img', 'aria-label': name, 'data-gc': name },
    items.map((item, i) => svg('g', {},
      svg('text', { x: left - 6, y: i * row + 16, 'text-anchor': 'end', 'font-size': 12 }, item.label),
      svg('rect', { x: left, y: i * row + 4, width: Math.max(1, (width - left - 120) * item.value / max), height: row - 8, fill: '#5cb85c' }),
      svg('text', { x: left + Math.max(1, (width - left - 120) * item.value / max) + 6, y: i * row + 16, 'font-size': 12 }, item.text))));
}

/* ---- 招商看板 ------------------------------------------------------------------------------ */

function card(title, value, sub, status) {
  const colour = status === true ? '#3c763d' : status === false ? '#a94442' : '#333';
  return el('div', { class: 'gc-card', style: 'display: inline-block; vertical-align: top; width: 210px; margin: 0 12px 12px 0; padding: 10px 14px; border: 1px solid #ddd; border-radius: 4px; background: #fff' },
    el('div', { style: 'color: #666' }, title),
    el('div', { class: 'gc-card-value', style: 'font-size: 22px; color: ' + colour }, value),
    sub ? el('div', { style: 'color: #888; font-size: 12px' }, sub) : null);
}

function funnelChart(funnel) {
  const steps = [['签约', funnel.signed], ['注册', funnel.registered], ['开工', funnel.constructionStarted], ['投产', funnel.inProduction]];
  return barChart(steps.map(([label, value]) => ({
    label, value, text: num(value) + (funnel.signed ? '（' + pct(value / funnel.signed) + '）' : '')
  })), 'funnel');
}

async function renderDashboard(node, api) {
  const body = shell(node, 'dashboard');
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const year = Number(params.get('year')) || thisYear();
  body.appendChild(el('div', { style: 'margin-bottom: 10px' }, '年度 ', yearPicker(year, 'dashboard')));
  let d;
  try {
    d = await getJson(api, '/dashboard?year=' + year);
  } catch (e) {
    failure(body, e);
    return;
  }
  const t = d.targets;
  body.appendChild(el('p', { style: 'color: #666' }, (d.cityWide ? '全市' : '本县（市、区）') + '，统计截至 ' + d.asOf));
  body.appendChild(el('div', { 'data-gc': 'kpis' },
    card('签约项目', num(d.kpis.signedProjects) + ' 个', '计划投资 ' + yi(d.kpis.signedInvestment)),
    card('制造业计划投资', yi(d.kpis.manufacturingInvestment), t ? '年度目标 ' + yi(t.manufacturingInvestmentTarget) : null,
      t ? t.manufacturingInvestmentMet : null),
    card('10亿元以上项目', num(d.kpis.majorProjects) + ' 个', t ? '年度目标 ' + num(t.majorProjectTarget) + ' 个' : null,
      t ? t.majorProjectsMet : null),
    card('重点产业链投资占比', pct(d.kpis.keyChainShare), t ? '年度目标 ' + pct(t.keyChainShareTarget) : null,
      t ? t.keyChainShareMet : null),
    card('年内注册 / 开工 / 投产', num(d.kpis.registered) + ' / ' + num(d.kpis.constructionStarted) + ' / ' + num(d.kpis.inProduction)),
    card('逾期事项', num(d.kpis.overdueItems), '协议约定节点已过未达成', d.kpis.overdueItems === 0)));
  body.appendChild(el('h3', {}, d.cityWide ? '制造业计划投资：累计与目标（按月）' : '制造业计划投资：累计（按月）'));
  body.appendChild(el('p', { style: 'color: #888' }, d.cityWide
    ? '柱：年内累计签约的制造业计划投资；虚线：全市年度目标按月平均分摊。' : '柱：年内累计签约的制造业计划投资。'));
  body.appendChild(targetChart(d.months));
  body.appendChild(table(['月份', '签约项目', '签约计划投资', '累计制造业计划投资', '累计10亿元以上项目', '累计重点产业链占比'],
    d.months.map((m) => [m.period, num(m.signedProjects), yi(m.signedInvestment), yi(m.manufacturingInvestmentYtd),
      num(m.majorProjectsYtd), pct(m.keyChainShareYtd)])));
  body.appendChild(el('h3', {}, '项目推进漏斗（年内签约项目）'));
  body.appendChild(funnelChart(d.funnel));
  body.appendChild(el('h3', {}, '分县（市、区）'));
  body.appendChild(table(['县（市、区）', '签约项目', '签约计划投资', '已注册', '已开工', '已投产', '逾期事项'],
    d.counties.map((c) => [c.countyName, num(c.signedProjects), yi(c.signedInvestment), num(c.funnel.registered),
      num(c.funnel.constructionStarted), num(c.funnel.inProduction), num(c.overdueItems)])));
  body.appendChild(el('h3', {}, '分产业链（年内签约计划投资）'));
  body.appendChild(barChart(d.chains.filter((c) => c.signedProjects > 0).map((c) => ({
    label: c.chainName, value: c.signedInvestment, text: yi(c.signedInvestment) + '，' + c.signedProjects + ' 个'
  })), 'chains'));
  if (d.greenChannel) {
    body.appendChild(el('h3', {}, '审批绿色通道办理情况（按部门）'));
    body.appendChild(table(['部门', '事项数', '已办结', '平均用时（工作日）', '一般', '承诺制', '容缺制', '超时'],
      d.greenChannel.map((g) => [g.departmentName, num(g.cases), num(g.decided),
        g.averageWorkingDays === null ? '—' : g.averageWorkingDays, num(g.standardCases), num(g.commitmentCases),
        num(g.tolerantCases), num(g.overdueCases)])));
  }
}

/* ---- 项目台账 ------------------------------------------------------------------------------ */

async function renderLedger(node, api) {
  const body = shell(node, 'ledger');
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  let options;
  try {
    options = await getJson(api, '/report-options');
  } catch (e) {
    failure(body, e);
    return;
  }
  const form = el('form', { class: 'form-inline', 'data-gc': 'ledger-filters', style: 'margin-bottom: 10px' },
    selectOf('county', '县（市、区）', options.counties, params.get('county')),
    selectOf('chain', '产业链', options.chains, params.get('chain')),
    selectOf('tier', '层级', options.tiers, params.get('tier')),
    selectOf('status', '状态', options.statuses, params.get('status')),
    el('label', { style: 'margin-right: 12px; font-weight: normal' }, '签约年度 ',
      el('input', { name: 'year', type: 'number', min: 2000, max: 2100, class: 'form-control', style: 'width: 90px', value: params.get('year') || '' })),
    el('button', { type: 'submit', class: 'btn btn-primary' }, '查询'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((value, key) => { if (value) { next.set(key, value); } });
    if (params.get('sort')) { next.set('sort', params.get('sort')); }
    window.location.hash = '#' + ROUTE + '/ledger?' + next.toString();
  });
  body.appendChild(form);
  const query = new URLSearchParams();
  ['county', 'chain', 'tier', 'status', 'year', 'sort'].forEach((k) => { if (params.get(k)) { query.set(k, params.get(k)); } });
  const page = Number(params.get('page')) || 0;
  const exportLink = el('a', { class: 'btn btn-default', 'data-gc': 'ledger-export', href: apiRoot(api) + '/ledger/export.xlsx?' + query.toString() }, '导出 Excel');
  body.appendChild(el('p', {}, exportLink));
  let result;
  try {
    result = await getJson(api, '/ledger?' + query.toString() + '&size=20&page=' + page);
  } catch (e) {
    failure(body, e);
    return;
  }
  const sortLink = (field, label) => {
    const next = new URLSearchParams(params);
    const current = params.get('sort') || '';
    next.set('sort', field + (current === field + ',asc' ? ',desc' : ',asc'));
    next.delete('page');
    return el('a', { href: '#' + ROUTE + '/ledger?' + next.toString() }, label);
  };
  body.appendChild(el('p', { 'data-gc': 'ledger-total' }, '共 ' + result.total + ' 个项目（计划投资 ' + yi(result.threshold) + ' 及以上）'));
  body.appendChild(table(
    [sortLink('projectCode', '项目编号'), sortLink('name', '项目名称'), sortLink('county', '县（市、区）'), sortLink('chain', '产业链'),
      sortLink('tier', '层级'), '投资方来源', sortLink('plannedInvestment', '计划投资（万元）'), sortLink('actualInvestment', '实际投资（万元）'),
      sortLink('status', '状态'), sortLink('signedOn', '签约'), sortLink('registeredOn', '注册'), sortLink('constructionStartedOn', '开工'),
      sortLink('productionStartedOn', '投产'), '逾期', '流转记录'],
    result.rows.map((r) => [r.projectCode, r.name, r.countyName, r.chainName, r.tierLabel, r.investorOriginLabel,
      num(r.plannedInvestment), num(r.actualInvestment), r.statusLabel, r.signedOn || '', r.registeredOn || '',
      r.constructionStartedOn || '', r.productionStartedOn || '',
      r.overdue ? el('span', { class: 'label label-danger' }, (r.overdueMilestones.map((m) => m + '逾期').concat(r.overdueTask ? ['待办逾期'] : [])).join('、')) : '',
      r.transferHistory || ''])));
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const pageLink = (p, label) => {
    const next = new URLSearchParams(params);
    next.set('page', p);
    return el('a', { class: 'btn btn-default btn-sm', href: '#' + ROUTE + '/ledger?' + next.toString() }, label);
  };
  body.appendChild(el('p', { 'data-gc': 'ledger-pages', style: 'margin-top: 10px' },
    page > 0 ? pageLink(page - 1, '上一页') : null, ' 第 ' + (page + 1) + ' / ' + pages + ' 页 ',
    page + 1 < pages ? pageLink(page + 1, '下一页') : null));
}

/* ---- 月通报 -------------------------------------------------------------------------------- */

function bulletinTable(b) {
  const rows = b.counties.concat(b.city ? [b.city] : []);
  return table(['县（市、区）', '本月签约', '本月签约计划投资', '本月10亿元以上', '本月重点产业链占比', '本月注册', '本月开工',
    '本月投产', '月末逾期事项', '年累计签约', '年累计计划投资', '年累计制造业投资', '年累计10亿元以上', '年累计重点产业链占比'],
  rows.map((f) => [f.countyName, num(f.signedProjects), yi(f.signedInvestment), num(f.majorProjectsSigned), pct(f.keyChainShare),
    num(f.registered), num(f.constructionStarted), num(f.inProduction), num(f.overdueItems), num(f.signedProjectsYtd),
    yi(f.signedInvestmentYtd), yi(f.manufacturingInvestmentYtd), num(f.majorProjectsYtd), pct(f.keyChainShareYtd)]));
}

async function renderBulletins(node, api) {
  const body = shell(node, 'bulletins');
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  let list;
  try {
    list = await getJson(api, '/bulletins');
  } catch (e) {
    failure(body, e);
    return;
  }
  const selected = params.get('period') || (list.length ? list[0].period : null);
  body.appendChild(el('div', { 'data-gc': 'bulletin-list', style: 'margin-bottom: 10px' }, '正式通报：',
    list.length ? list.map((b) => el('a', {
      class: 'btn btn-sm ' + (b.period === selected ? 'btn-primary' : 'btn-default'), style: 'margin: 0 4px 4px 0',
      href: '#' + ROUTE + '/bulletins?period=' + b.period
    }, b.period)) : '暂无（每月第一个工作日自动生成上月通报）'));
  const previewPeriod = el('input', { type: 'month', class: 'form-control', style: 'display: inline-block; width: auto', name: 'period' });
  const previewBox = el('div', { 'data-gc': 'bulletin-preview' });
  body.appendChild(el('form', { class: 'form-inline', style: 'margin-bottom: 10px',
    onsubmit: async (e) => {
      e.preventDefault();
      previewBox.innerHTML = '';
      try {
        const p = await postJson(api, '/bulletins/preview', { period: previewPeriod.value });
        previewBox.appendChild(el('h3', {}, p.period + ' 月通报（预览，非正式）'));
        previewBox.appendChild(bulletinTable(p));
      } catch (err) {
        failure(previewBox, err);
      }
    } }, '预览任意月份：', previewPeriod, ' ', el('button', { type: 'submit', class: 'btn btn-default' }, '预览')));
  body.appendChild(previewBox);
  const b = list.find((x) => x.period === selected);
  if (!b) {
    return;
  }
  body.appendChild(el('h3', { 'data-gc': 'bulletin-title' }, b.period + ' 月通报（正式，' + b.producedOn + ' 生成）'));
  body.appendChild(el('p', {}, el('a', { class: 'btn btn-default', href: apiRoot(api) + '/bulletins/' + b.period + '/export.xlsx' }, '导出 Excel')));
  if (b.targets) {
    const t = b.targets;
    body.appendChild(table(['年度目标', '目标', '年度累计', '是否达成'], [
      ['制造业计划投资', yi(t.manufacturingInvestmentTarget), yi(t.manufacturingInvestmentYtd), t.manufacturingInvestmentMet ? '已达成' : '未达成'],
      ['10亿元以上项目', num(t.majorProjectTarget), num(t.majorProjectsYtd), t.majorProjectsMet ? '已达成' : '未达成'],
      ['重点产业链投资占比', pct(t.keyChainShareTarget), pct(t.keyChainShareYtd), t.keyChainShareMet ? '已达成' : '未达成']]));
  }
  body.appendChild(bulletinTable(b));
}

/* ---- 年考核 -------------------------------------------------------------------------------- */

async function renderAssessment(node, api) {
  const body = shell(node, 'assessment');
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const year = Number(params.get('year')) || thisYear();
  body.appendChild(el('div', { style: 'margin-bottom: 10px' }, '年度 ', yearPicker(year, 'assessment')));
  let a;
  try {
    a = await getJson(api, '/assessments/' + year);
  } catch (e) {
    failure(body, e);
    return;
  }
  const w = a.weights;
  body.appendChild(el('p', { style: 'color: #666' }, '权重（考核权重决策表）：注册 ' + w.registered + '，开工 ' + w.started + '，投产 '
    + w.inProduction + '，亩均产值 ' + w.outputPerMu + '，亩均税收 ' + w.taxPerMu));
  body.appendChild(table(['排名', '县（市、区）', '注册', '开工', '投产', '达产复核项目', '用地（亩）', '亩均产值（万元）', '亩均税收（万元）', '得分'],
    a.counties.map((c) => [c.rank, c.countyName, num(c.registered), num(c.constructionStarted), num(c.inProduction),
      num(c.evaluatedProjects), c.evaluatedLandArea, c.outputPerMu === null ? '—' : c.outputPerMu.toFixed(1),
      c.taxPerMu === null ? '—' : c.taxPerMu.toFixed(1), c.score.toFixed(1)])));
}

/* ---- Cockpit's start page: the year's headline figures ------------------------------------- */

async function renderOverview(node, api) {
  let d;
  try {
    d = await getJson(api, '/dashboard');
  } catch (e) {
    return; // a reader without report access sees Cockpit's own start page only
  }
  const t = d.targets;
  node.appendChild(el('section', { 'data-gc': 'overview', style: 'margin: 10px 0 20px' },
    el('h3', {}, '招商概览（' + d.year + ' 年，' + (d.cityWide ? '全市' : '本县（市、区）') + '）'),
    card('签约项目', num(d.kpis.signedProjects) + ' 个', '计划投资 ' + yi(d.kpis.signedInvestment)),
    card('制造业计划投资', yi(d.kpis.manufacturingInvestment), t ? '年度目标 ' + yi(t.manufacturingInvestmentTarget) : null,
      t ? t.manufacturingInvestmentMet : null),
    card('10亿元以上项目', num(d.kpis.majorProjects) + ' 个', t ? '年度目标 ' + num(t.majorProjectTarget) + ' 个' : null,
      t ? t.majorProjectsMet : null),
    card('逾期事项', num(d.kpis.overdueItems), null, d.kpis.overdueItems === 0),
    el('p', {}, el('a', { href: '#' + ROUTE + '/dashboard?year=' + d.year }, '查看招商看板 »'))));
}

/* ---- plugins ------------------------------------------------------------------------------- */

const RENDER = { dashboard: renderDashboard, ledger: renderLedger, bulletins: renderBulletins, assessment: renderAssessment };

export default [
  {
    id: 'greenchannel.reports.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: { path: ROUTE },
    render: (node) => {
      node.appendChild(el('a', { href: '#' + ROUTE + '/dashboard' }, '招商报表'));
    }
  },
  {
    id: 'greenchannel.reports.overview',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => {
      renderOverview(node, api);
    }
  },
  ...PAGES.map((page, i) => ({
    id: 'greenchannel.reports.' + page.id,
    pluginPoint: 'cockpit.route',
    priority: 10 - i,
    properties: { path: ROUTE + '/' + page.id, label: page.label },
    render: (node, { api }) => {
      RENDER[page.id](node, api);
    }
  }))
];
