// svclint playground: the page around the WebAssembly module (svclint.js,
// built from web/svclint_wasm.cc). No framework and no network: the text is
// linted where it is typed, and the address fragment carries it.
//
//   #kind=<check|avahi|dnssd|request|services>&input=<base64url, no padding>
//
// Every finding is rendered as <li class="finding" data-rule="ID"
// data-line="N" data-column="C" data-severity="S"> so tests can read them
// (tests/web/playground_test.py). `&bench=N` also times N simulated
// keystrokes; the numbers land in #timing's data- attributes.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const KINDS = ['check', 'avahi', 'dnssd', 'request', 'services'];
  const LINT_DELAY_MS = 120;  // debounce while typing

  let svclint = null;  // the Emscripten module
  const rules = new Map();  // rule id -> catalogue entry (explain text)
  let findings = [];
  let lintTimer = 0;
  let lastModuleMs = 0;  // the module's share of the last lint
  // A link's text exactly as it came: a textarea turns CR and CRLF into LF,
  // so until the text is edited, this is what is linted.
  let linkText = null;

  // --- Base64url of UTF-8, no padding (the fragment's input) --------------
  function encodeInput(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')
        .replace(/=+$/, '');
  }

  function decodeInput(encoded) {
    let base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }

  function readFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    const state = {kind: params.get('kind'), text: null, error: null,
                   bench: Number(params.get('bench') || 0)};
    if (params.has('input')) {
      try {
        state.text = decodeInput(params.get('input'));
      } catch (e) {
        state.error = 'The link\'s input is not base64url: ' + e.message;
      }
    }
    return state;
  }

  function currentText() {
    return linkText !== null ? linkText : $('input').value;
  }

  function setText(text) {
    $('input').value = text;
    linkText = $('input').value === text ? null : text;
  }

  function writeFragment() {
    const kind = $('kind').value === 'auto' ? currentKind() : $('kind').value;
    const hash = '#kind=' + kind + '&input=' + encodeInput(currentText());
    history.replaceState(null, '', hash);
  }

  // --- The kind of input ---------------------------------------------------
  // What `svclint lint` would tell from a file name, told from the text.
  function detectKind(text) {
    if (/^\s*(<\?xml|<!DOCTYPE\s+service-group|<service-group)/i.test(text)) {
      return 'avahi';
    }
    if (/^\s*\[\s*Service\s*\]/m.test(text)) return 'dnssd';
    if (/^\s*\[\[\s*request\s*\]\]/m.test(text)) return 'request';
    if (/^\s*\[\[\s*service\s*\]\]/m.test(text)) return 'services';
    return 'check';
  }

  function currentKind() {
    const chosen = $('kind').value;
    return chosen === 'auto' ? detectKind(currentText()) : chosen;
  }

  // --- Calls into the module -----------------------------------------------
  function callWithText(name, kind, text, extra) {
    const bytes = new TextEncoder().encode(text);
    const ptr = svclint._malloc(bytes.length + 1);
    svclint.HEAPU8.set(bytes, ptr);
    try {
      const types = ['string', 'number', 'number'];
      const args = [kind, ptr, bytes.length];
      if (extra !== undefined) {
        types.push('number');
        args.push(extra);
      }
      return JSON.parse(svclint.UTF8ToString(
          svclint.ccall(name, 'number', types, args)));
    } finally {
      svclint._free(ptr);
    }
  }

  function callString(name, arg) {
    const types = arg === undefined ? [] : ['string'];
    const args = arg === undefined ? [] : [arg];
    return svclint.UTF8ToString(svclint.ccall(name, 'number', types, args));
  }

  // --- Findings ------------------------------------------------------------
  function showStatus(state, text) {
    const status = $('status');
    status.dataset.state = state;
    status.textContent = text;
  }

  function lintNow() {
    clearTimeout(lintTimer);
    if (!svclint) return;
    const started = performance.now();
    const kind = currentKind();
    const answer = callWithText('svclint_lint', kind, currentText());
    lastModuleMs = performance.now() - started;
    if (answer.error) {
      findings = [];
      showStatus('error', answer.error);
    } else {
      findings = answer.findings;
      showStatus('ready', findings.length ? '' : 'No findings.');
      $('status').dataset.parseFailed = answer.parse_failed;
    }
    $('status').dataset.kind = kind;
    $('detected').textContent =
        $('kind').value === 'auto' ? '(' + kind + ')' : '';
    $('show-form').hidden = kind !== 'request';
    renderFindings();
    writeFragment();
    return performance.now() - started;
  }

  function scheduleLint() {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(lintNow, LINT_DELAY_MS);
  }

  function element(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) {
      node.append(child);
    }
    return node;
  }

  // The rule's text from the catalogue, filled in when first opened: a long
  // list of findings stays cheap to redraw at every keystroke.
  function explainFor(id) {
    const rule = rules.get(id);
    if (!rule) return null;
    const details = element('details', {className: 'explain'}, [
      element('summary', {textContent: 'explain ' + id + ' (' + rule.slug + ')'}),
    ]);
    details.addEventListener('toggle', () => {
      if (!details.open || details.childElementCount > 1) return;
      details.append(element('p', {textContent: rule.summary}),
                     element('pre', {textContent: rule.docs}));
      if (rule.reference) {
        const ref = element('p', {className: 'reference'}, ['Reference: ']);
        ref.append(rule.reference_url ?
            element('a', {href: rule.reference_url, textContent: rule.reference,
                          rel: 'noopener'}) :
            rule.reference);
        details.append(ref);
      }
    });
    return details;
  }

  function renderFindings() {
    const list = $('findings');
    list.replaceChildren();
    findings.forEach((f, index) => {
      const item = element('li', {className: 'finding severity-' + f.severity});
      item.dataset.rule = f.rule;
      item.dataset.line = f.line;
      item.dataset.column = f.column;
      item.dataset.severity = f.severity;
      const position = element('a', {href: '#', className: 'position',
                                     textContent: f.line + ':' + f.column,
                                     title: 'Select in the text'});
      position.addEventListener('click', (e) => {
        e.preventDefault();
        selectSpan(f);
      });
      item.append(position, ' ',
          element('span', {className: 'severity', textContent: f.severity}), ' ',
          element('span', {className: 'rule', textContent: f.rule}), ' ',
          element('span', {className: 'message', textContent: f.message}));
      if (f.fix) {
        const button = element('button', {type: 'button', className: 'fix',
                                          textContent: 'Fix: ' + f.fix.title});
        button.addEventListener('click', () => applyFix(index));
        item.append(' ', button);
      }
      const explain = explainFor(f.rule);
      if (explain) item.append(explain);
      list.append(item);
    });
    $('count').textContent = findings.length ? '(' + findings.length + ')' : '';
    $('fix-all').disabled = !findings.some((f) => f.fix);
  }

  // Columns are 1-based bytes of UTF-8 (SPEC §4); the textarea counts UTF-16.
  function offsetOf(text, line, column) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      offset += lines[i].length + 1;
    }
    const bytes = new TextEncoder().encode(lines[line - 1] || '');
    return offset + new TextDecoder()
        .decode(bytes.subarray(0, Math.max(0, column - 1))).length;
  }

  function selectSpan(f) {
    const input = $('input');
    const text = input.value;
    input.focus();
    input.setSelectionRange(offsetOf(text, f.line, f.column),
                            offsetOf(text, f.end_line, f.end_column));
  }

  function applyFix(index) {
    const kind = currentKind();
    const answer = callWithText('svclint_fix', kind, currentText(), index);
    if (answer.error) {
      showStatus('error', answer.error);
      return;
    }
    setText(answer.text);
    lintNow();
  }

  // --- The request form: fields of the first [[request]] -----------------
  const FORM_STRINGS = ['service', 'port_rationale', 'description', 'reference',
                        'casting'];

  function tomlString(value) {
    return JSON.stringify(value);  // a TOML basic string is a JSON string
  }

  function formToToml(form) {
    const data = new FormData(form);
    const lines = ['[[request]]'];
    const put = (key) => {
      const value = (data.get(key) || '').trim();
      if (value) lines.push(key + ' = ' + tomlString(value));
    };
    put('service');
    const transports = data.getAll('transports');
    if (transports.length) {
      lines.push('transports = [' + transports.map(tomlString).join(', ') + ']');
    }
    const port = (data.get('port') || '').trim();
    if (port) lines.push('port = ' + (/^\d+$/.test(port) ? port : tomlString(port)));
    for (const key of FORM_STRINGS.slice(1)) put(key);
    lines.push('dnssd = ' + (data.get('dnssd') ? 'true' : 'false'));
    for (const who of ['assignee', 'contact']) {
      const name = (data.get(who + '.name') || '').trim();
      const email = (data.get(who + '.email') || '').trim();
      if (name || email) {
        lines.push(who + ' = { name = ' + tomlString(name) + ', email = ' +
                   tomlString(email) + ' }');
      }
    }
    return lines.join('\n') + '\n';
  }

  // Best effort: the simple `key = value` lines of the first request.
  function tomlToForm(text, form) {
    const first = text.split(/^\s*\[\[\s*request\s*\]\]\s*$/m)[1] || '';
    const body = first.split(/^\s*\[\[/m)[0];
    const stringAt = (pattern) => {
      const m = body.match(pattern);
      return m ? m[1] : '';
    };
    for (const key of FORM_STRINGS) {
      form.elements[key].value =
          stringAt(new RegExp('^\\s*' + key + '\\s*=\\s*"([^"]*)"', 'm'));
    }
    form.elements.port.value =
        stringAt(/^\s*port\s*=\s*"?([^"\n]*?)"?\s*$/m);
    const transports = stringAt(/^\s*transports\s*=\s*\[([^\]]*)\]/m);
    for (const box of form.querySelectorAll('[name=transports]')) {
      box.checked = new RegExp('"' + box.value + '"').test(transports);
    }
    form.elements.dnssd.checked = /^\s*dnssd\s*=\s*true/m.test(body);
    for (const who of ['assignee', 'contact']) {
      const inline = stringAt(new RegExp('^\\s*' + who + '\\s*=\\s*\\{([^}]*)\\}', 'm'));
      const table = body.split(new RegExp('^\\s*\\[request\\.' + who + '\\]', 'm'))[1] || '';
      const source = inline || table.split(/^\s*\[/m)[0];
      for (const field of ['name', 'email']) {
        const m = source.match(new RegExp('\\b' + field + '\\s*=\\s*"([^"]*)"'));
        form.elements[who + '.' + field].value = m ? m[1] : '';
      }
    }
  }

  // --- Registry lookup -----------------------------------------------------
  function lookUp(query) {
    const result = $('lookup-result');
    result.replaceChildren();
    if (!query.trim()) return;
    const answer = JSON.parse(callString('svclint_lookup', query.trim()));
    if (answer.error) {
      result.append(element('p', {className: 'error', textContent: answer.error}));
      return;
    }
    if (!answer.found) {
      result.append(element('p', {textContent: 'Not in the registry.'}));
    }
    if (answer.replacement) {
      result.append(element('p', {textContent:
          'A historic alias, replaced by ' + answer.replacement + '.'}));
    }
    for (const r of answer.records) {
      const rows = [['port', r.port], ['transport', r.transport],
                    ['description', r.description], ['assignee', r.assignee],
                    ['contact', r.contact], ['reference', r.reference],
                    ['registered', r.registration_date],
                    ['modified', r.modification_date], ['note', r.note]];
      const table = element('dl', {className: 'record'});
      for (const [label, value] of rows) {
        if (value) {
          table.append(element('dt', {textContent: label}),
                       element('dd', {textContent: value}));
        }
      }
      const record = element('section', {className: 'lookup-record'}, [
        element('h3', {textContent: r.name || '(no name)'}), table]);
      record.dataset.name = r.name;
      record.dataset.port = r.port || '';
      record.dataset.transport = r.transport;
      result.append(record);
    }
    if (answer.txt_keys) {
      result.append(element('p', {textContent: 'Defined TXT keys: ' +
          (answer.txt_keys.length ? answer.txt_keys.join(', ') : 'none')}));
    }
  }

  // --- Timing (for the README's numbers; read through the DOM) ------------
  function benchKeystrokes(count) {
    const original = currentText();
    const times = [];
    const moduleTimes = [];
    for (let i = 0; i < count; i++) {
      setText(original + (i % 2 ? '' : '#'));  // a typed, then deleted key
      times.push(lintNow());
      moduleTimes.push(lastModuleMs);
    }
    setText(original);
    lintNow();
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    const timing = $('timing');
    timing.dataset.keystrokeMedianMs = median(times).toFixed(2);
    timing.dataset.keystrokeMaxMs = times[times.length - 1].toFixed(2);
    timing.dataset.keystrokeModuleMedianMs = median(moduleTimes).toFixed(2);
    timing.dataset.lines = original.replace(/\n$/, '').split('\n').length;
  }

  // --- Start ---------------------------------------------------------------
  function loadState() {
    const state = readFragment();
    if (KINDS.includes(state.kind)) $('kind').value = state.kind;
    if (state.text !== null) setText(state.text);
    return state;
  }

  function start(module) {
    svclint = module;
    for (const rule of JSON.parse(callString('svclint_rules'))) {
      rules.set(rule.id, rule);
    }
    $('version').textContent = callString('svclint_version');
    $('registry-date').textContent = callString('svclint_registry_date');
    const state = loadState();
    lintNow();
    if (state.error) showStatus('error', state.error);
    const timing = $('timing');
    timing.dataset.firstFindingsMs = performance.now().toFixed(1);
    if (state.bench > 0) benchKeystrokes(state.bench);
    timing.hidden = false;
    timing.textContent = 'First findings ' + timing.dataset.firstFindingsMs +
        ' ms after the page started loading.';
  }

  $('input').addEventListener('input', () => {
    linkText = null;  // edited: the textarea holds the text now
    scheduleLint();
  });
  $('kind').addEventListener('change', lintNow);
  $('fix-all').addEventListener('click', () => applyFix(-1));
  $('share').addEventListener('click', () => {
    writeFragment();
    if (navigator.clipboard) navigator.clipboard.writeText(location.href);
  });
  $('show-form').addEventListener('click', () => {
    const form = $('request-form');
    form.hidden = !form.hidden;
    if (!form.hidden) tomlToForm(currentText(), form);
  });
  $('request-form').addEventListener('input', () => {
    setText(formToToml($('request-form')));
    scheduleLint();
  });
  $('lookup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (svclint) lookUp($('lookup').value);
  });
  window.addEventListener('hashchange', () => {
    if (!svclint) return;
    const state = loadState();
    lintNow();
    if (state.error) showStatus('error', state.error);
  });
  loadState();
  createSvclint().then(start, (error) => {
    showStatus('error', 'svclint could not start: ' + error);
  });
})();
