// claimscore try-it page. Plain DOM: article text only ever goes into text nodes, never into HTML.
'use strict';

(function () {
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const TYPE_LABELS = {
    NAMED_PERSON: 'named person',
    OFFICIAL: 'official',
    ORGANIZATION: 'organisation',
    MEDIA: 'media',
    DOCUMENT: 'document',
    ANONYMOUS: 'anonymous',
    VAGUE: 'vague',
    AUTHOR: 'the author'
  };
  const TYPE_ORDER = Object.keys(TYPE_LABELS);
  const STANCE_LABELS = {
    NEUTRAL: 'neutral', ASSERTIVE: 'assertive', DISTANCING: 'distancing', BELIEF: 'belief'
  };
  const QUOTE_LABELS = {
    DIRECT: 'direct quote', INDIRECT: 'paraphrase', MIXED: 'partly quoted, partly paraphrased'
  };

  /** Score bands: the same thresholds as the legend in index.html. */
  function band(score) {
    if (score >= 85) return { cls: 'band-strong', label: 'strong' };
    if (score >= 70) return { cls: 'band-good', label: 'good' };
    if (score >= 50) return { cls: 'band-fair', label: 'fair' };
    if (score >= 25) return { cls: 'band-weak', label: 'weak' };
    return { cls: 'band-poor', label: 'poor' };
  }

  function typeLabel(type) {
    return TYPE_LABELS[type] || String(type || 'unknown').toLowerCase();
  }

  /** Creates an element with a class and optional text (always as a text node). */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function validSpan(start, end, length) {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
  }

  // ---------------------------------------------------------------- marks

  /**
   * Every span to draw, flat: statements (rank 0, outermost), sources and cues (rank 1), hedges (rank 2, innermost).
   * Duplicates (the same source mention backing several statements) are drawn once.
   */
  function collectMarks(report, length) {
    const marks = [];
    const seen = new Set();
    function add(kind, rank, start, end, data) {
      if (!validSpan(start, end, length)) return;
      const key = kind + ':' + start + ':' + end;
      if (kind !== 'stmt') {
        if (seen.has(key)) return;
        seen.add(key);
      }
      marks.push({ kind, rank, start, end, data });
    }
    (report.statements || []).forEach((s, index) => {
      add('stmt', 0, s.start, s.end, { statement: s, index });
      const a = s.attribution;
      if (!a) return;
      [a.source].concat(a.via || []).forEach((src) => {
        if (src && src.start !== null && src.start !== undefined) {
          add('src', 1, src.start, src.end, { type: src.type, name: src.name });
        }
      });
      if (a.cue) add('cue', 1, a.cue.start, a.cue.end, { stance: a.cue.stance });
      (a.hedges || []).forEach((h) => add('hedge', 2, h.start, h.end, {}));
    });
    (report.sources || []).forEach((src) => {
      (src.mentions || []).forEach((m) => add('src', 1, m.start, m.end, { type: src.type, name: src.name }));
    });
    return marks;
  }

  /** Outer marks first: by rank, then earlier start, then longer. */
  function nestingOrder(a, b) {
    return a.rank - b.rank || a.start - b.start || b.end - a.end;
  }

  /**
   * Builds the marked-up article: split the text at every mark boundary; each piece is wrapped in the marks that cover
   * it, outermost first. Marks stay open across pieces while they remain in the same nesting position; a mark that
   * crosses another one is split into fragments (only the first fragment of a statement is focusable).
   */
  function renderArticle(container, text, marks, handlers) {
    container.textContent = '';
    const bounds = new Set([0, text.length]);
    marks.forEach((m) => { bounds.add(m.start); bounds.add(m.end); });
    const points = Array.from(bounds).sort((a, b) => a - b);
    const stack = []; // {mark, node}
    const started = new Set();
    const statementNodes = new Map(); // id -> first node

    function parentNode() {
      return stack.length ? stack[stack.length - 1].node : container;
    }
    function close(pos) {
      const top = stack.pop();
      const m = top.mark;
      if (m.end <= pos) appendTag(top.node, m);
    }
    function open(m) {
      const first = !started.has(m);
      started.add(m);
      const node = markNode(m, first, handlers);
      parentNode().appendChild(node);
      stack.push({ mark: m, node });
      if (m.kind === 'stmt' && first) statementNodes.set(m.data.statement.id, node);
    }

    // Sweep: marks by start; the active set is every mark covering the current piece (a handful at most).
    const byStart = marks.slice().sort((a, b) => a.start - b.start);
    let next = 0;
    let active = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      active = active.filter((m) => m.end > from);
      while (next < byStart.length && byStart[next].start <= from) {
        if (byStart[next].end > from) active.push(byStart[next]);
        next++;
      }
      active.sort(nestingOrder);
      let keep = 0;
      while (keep < stack.length && keep < active.length && stack[keep].mark === active[keep]) keep++;
      while (stack.length > keep) close(from);
      for (let k = keep; k < active.length; k++) open(active[k]);
      parentNode().appendChild(document.createTextNode(text.slice(from, to)));
    }
    while (stack.length) close(text.length);
    return statementNodes;
  }

  function markNode(m, first, handlers) {
    if (m.kind === 'stmt') {
      const s = m.data.statement;
      const b = band(s.score);
      const flagged = s.checkWorthy && !s.attributed;
      const node = el('span', 'stmt ' + b.cls + (flagged ? ' flagged' : '') + (first ? '' : ' cont'));
      node.dataset.id = s.id;
      if (first) {
        node.id = 'stmt-' + s.id;
        node.tabIndex = 0;
        node.setAttribute('aria-describedby', 'tip');
        const badge = el('span', 'badge' + (flagged ? ' flagged' : ''), (flagged ? '⚑ ' : '') + s.score);
        badge.setAttribute('aria-hidden', 'true');
        node.appendChild(badge);
        node.appendChild(el('span', 'sr-only', statementLabel(s) + ': '));
      }
      return node;
    }
    if (m.kind === 'src') {
      const node = el('span', 'src type-' + m.data.type);
      node.dataset.type = m.data.type;
      return node;
    }
    if (m.kind === 'cue') {
      return el('span', 'cue stance-' + m.data.stance);
    }
    return el('span', 'hedge');
  }

  /** The visible label after a source, a distancing cue or a hedge. */
  function appendTag(node, m) {
    let label = null;
    if (m.kind === 'src') label = typeLabel(m.data.type);
    else if (m.kind === 'cue' && m.data.stance === 'DISTANCING') label = 'distancing';
    else if (m.kind === 'hedge') label = 'hedge';
    if (!label) return;
    const tag = el('span', 'tag', label);
    node.appendChild(tag);
  }

  function statementLabel(s) {
    const parts = ['Statement ' + s.id, 'score ' + s.score + ' of 100, ' + band(s.score).label];
    if (s.checkWorthy && !s.attributed) parts.push('check-worthy claim with no source');
    else if (!s.attributed) parts.push('not attributed');
    return parts.join(', ');
  }

  // ---------------------------------------------------------------- statement details

  function detailContent(s, report) {
    const frag = document.createDocumentFragment();
    const head = el('p', 'tip-head');
    head.appendChild(el('strong', null, 'Statement ' + s.id + ': ' + s.score + '/100 (' + band(s.score).label + ')'));
    frag.appendChild(head);
    const facts = el('ul', 'tip-facts');
    function fact(text) { facts.appendChild(el('li', null, text)); }
    if (s.checkWorthy && !s.attributed) fact('⚑ Check-worthy claim with no source');
    else if (s.checkWorthy) fact('Check-worthy claim');
    const a = s.attribution;
    if (a) {
      if (a.source) {
        const src = a.source;
        let line = 'Source: ' + (src.name || src.text || 'unnamed') + ' (' + typeLabel(src.type) + ')';
        if (src.text && src.name && src.text !== src.name) line += ', written “' + src.text + '”';
        if (src.start === null || src.start === undefined) line += ', implicit';
        fact(line);
      }
      if (a.via && a.via.length) {
        fact('Relayed via: ' + a.via.map((v) => (v.name || v.text) + ' (' + typeLabel(v.type) + ')').join(' → '));
      }
      if (a.cue) fact('Cue: “' + a.cue.text + '” (' + (STANCE_LABELS[a.cue.stance] || a.cue.stance) + ')');
      if (a.quote) fact('Form: ' + (QUOTE_LABELS[a.quote] || a.quote));
      if (a.hedges && a.hedges.length) fact('Hedged: ' + a.hedges.map((h) => '“' + h.text + '”').join(', '));
    } else {
      fact('Not attributed to any source');
    }
    const overlaps = (report.statements || []).filter((o) => o !== s && o.start < s.end && s.start < o.end);
    if (overlaps.length) fact('Overlaps ' + overlaps.map((o) => o.id).join(', '));
    frag.appendChild(facts);
    if (s.reasons && s.reasons.length) {
      frag.appendChild(el('p', 'tip-sub', 'Reasons'));
      const list = el('ul', 'tip-reasons');
      s.reasons.forEach((r) => list.appendChild(el('li', reasonClass(r), r)));
      frag.appendChild(list);
    }
    return frag;
  }

  function reasonClass(reason) {
    if (/\(\+\)\s*$/.test(reason)) return 'plus';
    if (/\(-\)\s*$/.test(reason)) return 'minus';
    return null;
  }

  // ---------------------------------------------------------------- summary

  function renderSummary(report) {
    const sum = report.summary || {};
    const b = band(sum.score);
    document.getElementById('summary-score').textContent = String(sum.score);
    const bandLabel = document.getElementById('summary-band');
    bandLabel.textContent = b.label;
    bandLabel.className = 'band-label ' + b.cls;
    document.getElementById('verdict').textContent = sum.verdict || '';

    const unsourced = (report.statements || []).filter((s) => s.checkWorthy && !s.attributed).length;
    const counts = document.getElementById('summary-counts');
    counts.textContent = '';
    [
      ['Statements', sum.statements],
      ['Attributed', sum.attributed],
      ['Unattributed', sum.unattributed],
      ['Check-worthy, no source', unsourced],
      ['Direct quotes', sum.directQuotes],
      ['Anonymous sources', sum.anonymousSources],
      ['Hedged', sum.hedged]
    ].forEach(([label, value]) => {
      const row = el('div', 'count');
      row.appendChild(el('dt', null, label));
      row.appendChild(el('dd', null, value));
      counts.appendChild(row);
    });

    const reasons = document.getElementById('summary-reasons');
    reasons.textContent = '';
    (sum.reasons || []).forEach((r) => reasons.appendChild(el('li', reasonClass(r), r)));
    if (!(sum.reasons || []).length) reasons.appendChild(el('li', null, 'No particular reason.'));

    renderChart(document.getElementById('chart'), sum.bySourceType || {});
    renderSources(document.getElementById('sources'), report.sources || []);
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach((k) => node.setAttribute(k, String(attrs[k])));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** Horizontal bars, one per source type (every type, so charts compare across articles). */
  function renderChart(container, byType) {
    container.textContent = '';
    const types = TYPE_ORDER.concat(Object.keys(byType).filter((t) => TYPE_ORDER.indexOf(t) < 0));
    const max = Math.max(1, ...types.map((t) => byType[t] || 0));
    const rowH = 24;
    const labelW = 104;
    const valueW = 28;
    const width = 300;
    const barMax = width - labelW - valueW;
    const height = types.length * rowH;
    const total = types.reduce((n, t) => n + (byType[t] || 0), 0);
    const root = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img',
      'aria-labelledby': 'chart-title chart-desc', class: 'chart-svg'
    });
    root.appendChild(svg('title', { id: 'chart-title' }, 'Attributed statements by source type'));
    root.appendChild(svg('desc', { id: 'chart-desc' },
      types.map((t) => typeLabel(t) + ': ' + (byType[t] || 0)).join('; ') + '.'));
    types.forEach((t, i) => {
      const n = byType[t] || 0;
      const y = i * rowH;
      const g = svg('g', { class: 'bar type-' + t });
      g.appendChild(svg('title', {}, typeLabel(t) + ': ' + n + ' attributed statement' + (n === 1 ? '' : 's')));
      g.appendChild(svg('text', { x: labelW - 6, y: y + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'bar-label' }, typeLabel(t)));
      g.appendChild(svg('rect', { x: labelW, y: y + 5, width: barMax, height: rowH - 10, class: 'bar-track', rx: 2 }));
      if (n > 0) {
        g.appendChild(svg('rect', { x: labelW, y: y + 5, width: Math.max(2, (n / max) * barMax), height: rowH - 10, class: 'bar-fill', rx: 2 }));
      }
      g.appendChild(svg('text', { x: width - 2, y: y + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'bar-value' }, n));
      root.appendChild(g);
    });
    container.appendChild(root);
    if (!total) container.appendChild(el('p', 'hint', 'No statement is attributed.'));
  }

  function renderSources(list, sources) {
    list.textContent = '';
    if (!sources.length) {
      list.appendChild(el('li', 'hint', 'No sources found.'));
      return;
    }
    sources.forEach((src) => {
      const item = el('li', 'source-item');
      const name = el('span', 'src type-' + src.type, src.name);
      name.appendChild(el('span', 'tag', typeLabel(src.type)));
      item.appendChild(name);
      if (src.role) item.appendChild(el('span', 'source-role', ', ' + src.role));
      const n = (src.statements || []).length;
      item.appendChild(el('span', 'source-count', ' — ' + n + ' statement' + (n === 1 ? '' : 's')));
      list.appendChild(item);
    });
  }

  // ---------------------------------------------------------------- page

  function init() {
    const form = document.getElementById('score-form');
    const titleInput = document.getElementById('title');
    const textInput = document.getElementById('article');
    const scoreButton = document.getElementById('score-button');
    const status = document.getElementById('status');
    const alertBox = document.getElementById('alert');
    const results = document.getElementById('results');
    const view = document.getElementById('article-view');
    const tip = document.getElementById('tip');

    let report = null;
    let byId = new Map();
    let pinned = null; // statement id
    let shown = null;

    function showError(message) {
      alertBox.textContent = '';
      if (message) {
        alertBox.appendChild(el('strong', null, 'Could not score the article. '));
        alertBox.appendChild(document.createTextNode(message));
      }
    }

    function format() {
      const checked = form.querySelector('input[name="format"]:checked');
      return checked ? checked.value : 'text';
    }

    document.getElementById('sample-button').addEventListener('click', async () => {
      showError('');
      try {
        const response = await fetch('samples/seed-article.json', { headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error('the sample could not be loaded (HTTP ' + response.status + ').');
        const sample = await response.json();
        titleInput.value = sample.title || '';
        textInput.value = sample.text || sample.html || '';
        form.querySelector('input[name="format"][value="' + (sample.html ? 'html' : 'text') + '"]').checked = true;
        status.textContent = 'Sample article loaded. Press Score.';
        textInput.focus();
        textInput.setSelectionRange(0, 0);
        textInput.scrollTop = 0;
      } catch (e) {
        showError(e.message);
      }
    });

    document.getElementById('clear-button').addEventListener('click', () => {
      titleInput.value = '';
      textInput.value = '';
      showError('');
      status.textContent = '';
      results.hidden = true;
      hideTip(true);
      textInput.focus();
    });

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      showError('');
      const body = {};
      const input = textInput.value;
      body[format()] = input;
      if (titleInput.value.trim()) body.title = titleInput.value;
      scoreButton.disabled = true;
      form.setAttribute('aria-busy', 'true');
      status.textContent = 'Scoring…';
      try {
        let response;
        try {
          response = await fetch('score', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify(body)
          });
        } catch (e) {
          throw new Error('the server could not be reached (' + e.message + ').');
        }
        let payload = null;
        try {
          payload = await response.json();
        } catch (e) {
          payload = null;
        }
        if (!response.ok) {
          if (payload && payload.message) {
            throw new Error(payload.message + (payload.error ? ' [' + payload.error + ', HTTP ' + response.status + ']' : ''));
          }
          throw new Error('the server answered HTTP ' + response.status + '.');
        }
        if (!payload || !payload.summary) throw new Error('the server sent an unexpected answer.');
        const text = typeof payload.text === 'string' ? payload.text : input;
        show(payload, text);
        const n = (payload.statements || []).length;
        status.textContent = 'Scored ' + n + ' statement' + (n === 1 ? '' : 's') + ': article score ' +
          payload.summary.score + '/100. ' + (payload.summary.verdict || '');
      } catch (e) {
        status.textContent = '';
        showError(e.message);
      } finally {
        scoreButton.disabled = false;
        form.removeAttribute('aria-busy');
      }
    });

    function show(payload, text) {
      report = payload;
      byId = new Map((payload.statements || []).map((s) => [s.id, s]));
      pinned = null;
      hideTip(true);
      const mismatched = (payload.statements || []).filter((s) => text.slice(s.start, s.end) !== s.text);
      renderArticle(view, text, collectMarks(payload, text.length));
      renderSummary(payload);
      results.hidden = false;
      if (mismatched.length) {
        showError('The offsets of ' + mismatched.length + ' statement(s) do not match the text; highlights may be misplaced.');
      }
    }

    // Statement details: hover or focus shows them; click, Enter or Space pins them; Escape closes.
    function statementNode(target) {
      const node = target instanceof Element ? target.closest('.stmt') : null;
      return node && view.contains(node) ? node : null;
    }

    function showTip(id) {
      const s = byId.get(id);
      if (!s) return;
      shown = id;
      tip.textContent = '';
      tip.appendChild(detailContent(s, report));
      if (pinned === id) tip.appendChild(el('p', 'tip-hint', 'Pinned. Press Escape or click the statement again to close.'));
      tip.hidden = false;
      view.querySelectorAll('.stmt.active').forEach((n) => n.classList.remove('active'));
      view.querySelectorAll('.stmt[data-id="' + CSS.escape(id) + '"]').forEach((n) => n.classList.add('active'));
      positionTip(document.getElementById('stmt-' + id));
    }

    function hideTip(force) {
      if (pinned && !force) {
        if (shown !== pinned) showTip(pinned);
        return;
      }
      if (force) {
        if (pinned) {
          const node = document.getElementById('stmt-' + pinned);
          if (node) node.classList.remove('pinned');
        }
        pinned = null;
      }
      shown = null;
      tip.hidden = true;
      view.querySelectorAll('.stmt.active').forEach((n) => n.classList.remove('active'));
    }

    function positionTip(anchor) {
      if (!anchor) return;
      const wrap = tip.parentElement.getBoundingClientRect();
      const rects = anchor.getClientRects();
      const r = rects.length ? rects[rects.length - 1] : anchor.getBoundingClientRect();
      const width = Math.min(360, wrap.width);
      tip.style.width = width + 'px';
      let left = r.left - wrap.left;
      left = Math.max(0, Math.min(left, wrap.width - width));
      tip.style.left = left + 'px';
      tip.style.top = (r.bottom - wrap.top + 6) + 'px';
    }

    function togglePin(id) {
      const previous = pinned;
      if (previous) {
        const node = document.getElementById('stmt-' + previous);
        if (node) node.classList.remove('pinned');
      }
      pinned = previous === id ? null : id;
      const node = document.getElementById('stmt-' + id);
      if (node) node.classList.toggle('pinned', pinned === id);
      showTip(id);
    }

    // Hover follows real pointer moves only: Chrome sends synthetic mouse events when the page scrolls under a still
    // pointer (e.g. when a focused statement scrolls into view), and those must not replace the focused one.
    let lastPointer = null;
    view.addEventListener('mousemove', (e) => {
      const moved = !lastPointer || lastPointer.x !== e.screenX || lastPointer.y !== e.screenY;
      lastPointer = { x: e.screenX, y: e.screenY };
      if (!moved || pinned) return;
      const node = statementNode(e.target);
      if (node && node.dataset.id !== shown) showTip(node.dataset.id);
    });
    view.addEventListener('mouseleave', () => hideTip(false));
    view.addEventListener('focusin', (e) => {
      const node = statementNode(e.target);
      if (node && (!pinned || pinned === node.dataset.id)) showTip(node.dataset.id);
    });
    view.addEventListener('focusout', (e) => {
      if (!view.contains(e.relatedTarget)) hideTip(false);
    });
    view.addEventListener('click', (e) => {
      const node = statementNode(e.target);
      if (node) togglePin(node.dataset.id);
    });
    view.addEventListener('keydown', (e) => {
      const node = statementNode(e.target);
      if (!node) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        e.stopPropagation();
        togglePin(node.dataset.id);
      }
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !tip.hidden) hideTip(true);
    });
    window.addEventListener('resize', () => {
      if (shown) positionTip(document.getElementById('stmt-' + shown));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
