// News search page: plain DOM, no framework. State lives in the address bar's query string.
'use strict';

const $ = (id) => document.getElementById(id);
const MULTI = ['country', 'person', 'site', 'language'];
const SINGLE = ['q', 'countryMode', 'from', 'to', 'unit', 'kind', 'minValue', 'maxValue', 'sort'];
const FACETS = [
  ['countries', 'Countries', 'country'], ['people', 'People', 'person'], ['sites', 'Sites', 'site'],
  ['languages', 'Languages', 'language'], ['units', 'Figure units', 'unit'],
];
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

let state = readState();
let next = null;
let live = null;
let latest = 0; // only the newest request may render: an older, slower answer must not overwrite it

function readState() {
  const params = new URLSearchParams(location.search);
  const s = {};
  MULTI.forEach((k) => { s[k] = params.getAll(k); });
  SINGLE.forEach((k) => { s[k] = params.get(k) || ''; });
  return s;
}

function query(s, extra = {}) {
  const params = new URLSearchParams();
  MULTI.forEach((k) => s[k].forEach((v) => params.append(k, v)));
  SINGLE.forEach((k) => { if (s[k]) params.set(k, s[k]); });
  Object.entries(extra).forEach(([k, v]) => params.set(k, v));
  return params;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k === 'on') Object.entries(v).forEach(([e, f]) => node.addEventListener(e, f));
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c)));
  return node;
}

/** Highlights come from the API HTML-escaped, with only <mark> as markup. */
function marked(html) {
  const span = el('span');
  span.innerHTML = html;
  span.querySelectorAll('*:not(mark)').forEach((n) => n.replaceWith(n.textContent));
  return span;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

function syncForm() {
  SINGLE.forEach((k) => { const input = $(k); if (input) input.value = state[k] || (k === 'sort' ? 'relevance' : k === 'countryMode' ? 'any' : ''); });
}

async function search(append = false) {
  const params = query(state, { size: 10 });
  if (append && next) params.set('cursor', next);
  history.replaceState(null, '', '?' + query(state).toString());
  $('summary').textContent = 'Searching…';
  const request = ++latest;
  try {
    const result = await api('api/search?' + params);
    if (request !== latest) return;
    next = result.next;
    if (!append) $('hits').replaceChildren();
    result.hits.forEach((hit) => $('hits').append(renderHit(hit)));
    $('summary').textContent = `${result.total} article${result.total === 1 ? '' : 's'}`
      + (result.facetsEstimated ? ' (filter counts estimated from a sample)' : '');
    $('more').hidden = !next;
    if (!append) { renderFacets(result); renderActive(); }
  } catch (error) {
    if (request !== latest) return;
    $('summary').textContent = 'Error: ' + error.message;
    $('hits').replaceChildren();
    $('more').hidden = true;
  }
  if (live) startLive();
}

function renderHit(hit) {
  const date = hit.publishedAt ? new Date(hit.publishedAt).toISOString().slice(0, 10) : 'undated';
  const title = hit.highlights && hit.highlights.title ? marked(hit.highlights.title[0]) : hit.title;
  const snippets = (hit.highlights && hit.highlights.body) || [];
  return el('li', {},
    el('button', { class: 'title', type: 'button', on: { click: () => openArticle(hit.id) } }, title),
    el('p', { class: 'meta' }, [hit.siteName || new URL(hit.url).host, ' · ', date, hit.language ? ' · ' + hit.language : '']),
    snippets.map((s) => el('p', { class: 'snippet' }, marked('… ' + s + ' …'))),
    tags(hit));
}

function tags(hit) {
  const matching = new Set((hit.matchingFigures || []).map((f) => f.value + ' ' + f.unit + ' ' + f.sentence));
  return el('div', { class: 'tags' },
    hit.countries.map((c) => el('span', { class: 'chip', title: 'Country' }, c)),
    hit.people.map((p) => el('span', { class: 'chip', title: 'Person' }, p)),
    (hit.figures || []).map((f) => el('span', {
      class: 'chip figure' + (matching.has(f.value + ' ' + f.unit + ' ' + f.sentence) ? ' match' : ''),
      title: f.sentence,
    }, `${f.text} (${f.unit})`)));
}

function renderFacets(result) {
  const nav = $('facets');
  nav.replaceChildren(el('h2', {}, 'Filters'));
  FACETS.forEach(([name, label, param]) => {
    const values = (result.facets[name] || []).slice(0, 12);
    if (!values.length) return;
    nav.append(el('h3', { id: 'facet-' + name }, label), el('ul', { 'aria-labelledby': 'facet-' + name },
      values.map((f) => {
        const on = param === 'unit' ? state.unit === f.value : state[param].includes(f.value);
        return el('li', {}, el('button', {
          class: 'facet', type: 'button', 'aria-pressed': String(on),
          'aria-label': `${f.value}, ${result.facetsEstimated ? 'about ' : ''}${f.count} article${f.count === 1 ? '' : 's'}`,
          on: { click: () => toggle(param, f.value) },
        }, el('span', {}, f.value), el('span', { class: 'count' }, (result.facetsEstimated ? '≈' : '') + f.count)));
      })));
  });
  const buckets = result.dates ? result.dates.buckets : [];
  if (buckets.length) {
    const max = Math.max(...buckets.map((b) => b.count));
    nav.append(el('h3', { id: 'facet-dates' }, 'Published'), el('ul', { 'aria-labelledby': 'facet-dates' },
      buckets.map((b) => el('li', {}, el('button', {
        class: 'facet', type: 'button', 'aria-pressed': String(state.from === b.from && state.to === b.to),
        'aria-label': `${b.from.slice(0, 7)}, ${b.count} articles`,
        on: { click: () => { Object.assign(state, { from: b.from, to: b.to }); search(); } },
      }, el('span', {}, b.from.slice(0, 7)),
      el('span', { class: 'count' }, String(b.count), el('span', { class: 'bar', style: `width:${Math.round(40 * b.count / max)}px` })))))));
  }
}

function renderActive() {
  const chips = [];
  MULTI.forEach((k) => state[k].forEach((v) => chips.push([k, v])));
  ['from', 'to', 'unit', 'kind', 'minValue', 'maxValue'].forEach((k) => { if (state[k]) chips.push([k, state[k]]); });
  $('active').replaceChildren(...chips.map(([k, v]) => el('button', {
    type: 'button', 'aria-label': `Remove filter ${k} ${v}`, on: { click: () => toggle(k, v) },
  }, `${k}: ${v} ×`)));
}

function toggle(param, value) {
  if (MULTI.includes(param)) {
    state[param] = state[param].includes(value) ? state[param].filter((v) => v !== value) : [...state[param], value];
  } else {
    state[param] = state[param] === value ? '' : value;
  }
  syncForm();
  search();
}

async function openArticle(id) {
  const dialog = $('article');
  try {
    const a = await api('api/articles/' + encodeURIComponent(id));
    $('article-title').textContent = a.title;
    $('article-meta').replaceChildren(a.siteName || '', a.publishedAt ? ' · ' + a.publishedAt.slice(0, 10) : '',
      a.authors && a.authors.length ? ' · ' + a.authors.join(', ') : '', ' · ',
      el('a', { href: a.canonicalUrl || a.url, rel: 'noopener' }, 'original'));
    $('article-tags').replaceChildren(tags(a));
    $('article-figures').tBodies[0].replaceChildren(...(a.figures || []).map((f) => el('tr', {},
      el('td', {}, f.qualifier ? f.qualifier + ' ' + f.text : f.text), el('td', {}, NUMBER.format(f.value)),
      el('td', {}, f.unit), el('td', {}, f.sentence))));
    $('article-body').replaceChildren(...a.body.split(/\n\s*\n/).map((p) => el('p', {}, p)));
    $('article-similar').replaceChildren(el('li', {}, 'Loading…'));
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('.close button').focus();
    const similar = await api('api/articles/' + encodeURIComponent(id) + '/similar?size=5');
    $('article-similar').replaceChildren(...similar.hits.map((h) => el('li', {},
      el('button', { class: 'title', type: 'button', on: { click: () => openArticle(h.id) } }, h.title))));
    if (!similar.hits.length) $('article-similar').replaceChildren(el('li', {}, 'None found'));
  } catch (error) {
    $('summary').textContent = 'Error: ' + error.message;
  }
}

function startLive() {
  if (live) live.close();
  const params = query(state);
  ['sort'].forEach((k) => params.delete(k));
  live = new EventSource('api/stream?' + params);
  live.addEventListener('open', () => { $('live-state').textContent = 'Listening for new matching articles'; });
  live.addEventListener('error', () => { $('live-state').textContent = 'Reconnecting…'; });
  live.addEventListener('article', (event) => {
    const hit = JSON.parse(event.data);
    const feed = $('live-feed');
    feed.querySelector(`[data-id="${CSS.escape(hit.id)}"]`)?.remove();
    feed.prepend(el('li', { 'data-id': hit.id },
      el('button', { class: 'title', type: 'button', on: { click: () => openArticle(hit.id) } }, hit.title),
      el('span', { class: 'meta' }, ' ' + (hit.countries || []).join(' '))));
    while (feed.children.length > 20) feed.lastChild.remove();
  });
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  SINGLE.forEach((k) => { const input = $(k); if (input) state[k] = input.value.trim(); });
  if (state.sort === 'relevance') state.sort = '';
  if (state.countryMode === 'any') state.countryMode = '';
  search();
});
['sort', 'countryMode', 'kind'].forEach((k) => $(k).addEventListener('change', () => $('search').requestSubmit()));
$('more').addEventListener('click', () => search(true));
$('live-on').addEventListener('change', (event) => {
  if (event.target.checked) startLive();
  else { live?.close(); live = null; $('live-state').textContent = 'Off'; }
});

syncForm();
search();
