/**
 * The grid page's browser script (plain JS, no build step): loads the table through the admin API,
 * re-renders when the table revision moves (polling), and turns cell edits into simulated-user
 * writes, which raise events like real user edits.
 */
export const GRID_SCRIPT = `
const root = document.getElementById('grid');
const statusEl = document.getElementById('status');
const errorEl = document.getElementById('error');
const { appToken, tableId } = root.dataset;
const api = '/_emulator/bases/' + appToken + '/tables/' + tableId;
const EDITABLE = new Set([1, 2, 3, 4, 5, 7, 13, 15]);
let state = { table: null, records: [] };
let revision = -1;
let editing = false;
let previous = new Map();

const SEGMENT_TYPES = new Set(['text', 'url', 'mention']);

function show(value) {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const segments = value.length > 0 && SEGMENT_TYPES.has(value[0].type);
    return value.map((v) => (typeof v === 'object' ? v.text ?? v.name ?? v.id ?? v.file_token ?? '' : String(v))).join(segments ? '' : ', ');
  }
  if (typeof value === 'object') {
    if (Array.isArray(value.link_record_ids)) return value.link_record_ids.join(', ');
    if (Array.isArray(value.value)) return show(value.value);
    return value.text ?? value.full_address ?? JSON.stringify(value);
  }
  return String(value);
}

function display(field, value) {
  if (value === undefined) return '';
  if (field.type === 5 || field.type === 1001 || field.type === 1002) return new Date(value).toLocaleString();
  if (field.type === 7) return value ? '\\u2611' : '\\u2610';
  return show(value);
}

function toWrite(field, text) {
  if (text === '') return null;
  switch (field.type) {
    case 2: return Number(text);
    case 4: return text.split(',').map((s) => s.trim()).filter(Boolean);
    case 5: return new Date(text).getTime();
    case 15: return { link: text, text };
    default: return text;
  }
}

async function call(method, url, body) {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(json.msg || res.statusText);
  return json;
}

async function save(record, field, value) {
  errorEl.textContent = '';
  try {
    await call('PATCH', api + '/records/' + record.record_id, { fields: { [field.name]: value } });
  } catch (err) {
    errorEl.textContent = err.message;
  }
  editing = false;
  await refresh(true);
}

function editor(td, record, field) {
  const value = record.fields[field.name];
  if (field.type === 7) return save(record, field, !value);
  editing = true;
  let input;
  if (field.type === 3) {
    input = document.createElement('select');
    const options = ['', ...((field.property && field.property.options) || []).map((o) => o.name)];
    for (const name of options) input.append(new Option(name, name, false, name === value));
  } else {
    input = document.createElement('input');
    if (field.type === 5) { input.type = 'datetime-local'; if (value) input.value = new Date(value - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16); }
    else { input.value = show(value); if (field.type === 2) input.type = 'number'; }
  }
  td.replaceChildren(input);
  input.focus();
  let done = false;
  const commit = () => { if (!done) { done = true; save(record, field, toWrite(field, input.value)); } };
  input.addEventListener('blur', commit);
  input.addEventListener('change', () => field.type === 3 && commit());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') input.blur();
    if (e.key === 'Escape') { done = true; editing = false; render(); }
  });
}

function render() {
  const { table, records } = state;
  const head = '<tr>' + table.fields.map((f) => '<th>' + escapeHtml(f.name) + '<small>' + f.uiType + '</small></th>').join('') + '<th class="row-actions"></th></tr>';
  root.innerHTML = '<table class="grid"><thead>' + head + '</thead><tbody></tbody></table>';
  const body = root.querySelector('tbody');
  const seen = new Map();
  for (const record of records) {
    const tr = document.createElement('tr');
    const key = JSON.stringify(record.fields);
    seen.set(record.record_id, key);
    if (previous.size > 0 && previous.get(record.record_id) !== key) tr.className = 'flash';
    tr.dataset.recordId = record.record_id;
    for (const field of table.fields) {
      const td = document.createElement('td');
      td.className = EDITABLE.has(field.type) ? 'editable' : 'readonly';
      const cell = document.createElement('div');
      cell.className = 'cell';
      cell.textContent = display(field, record.fields[field.name]);
      td.append(cell);
      if (EDITABLE.has(field.type)) td.addEventListener('click', () => td.firstChild === cell && editor(td, record, field));
      tr.append(td);
    }
    const actions = document.createElement('td');
    actions.className = 'row-actions';
    const del = document.createElement('button');
    del.className = 'delete';
    del.title = 'Delete row';
    del.textContent = '\\u2715';
    del.addEventListener('click', async () => { await call('DELETE', api + '/records/' + record.record_id); await refresh(true); });
    actions.append(del);
    tr.append(actions);
    body.append(tr);
  }
  previous = seen;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function refresh(force) {
  if (editing && !force) return;
  try {
    const next = await call('GET', api);
    statusEl.textContent = 'revision ' + next.table.revision + ' \\u00b7 ' + next.records.length + ' records \\u00b7 live';
    if (next.table.revision === revision && !force) return;
    revision = next.table.revision;
    state = next;
    if (!editing) render();
  } catch (err) {
    statusEl.textContent = 'offline: ' + err.message;
  }
}

document.getElementById('add-row').addEventListener('click', async () => {
  await call('POST', api + '/records', { fields: {} });
  await refresh(true);
});
refresh(true);
setInterval(() => refresh(false), 1000);
`;
