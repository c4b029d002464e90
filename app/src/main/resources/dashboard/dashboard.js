/*
 * newsflow live dashboard. Loads the JSON API once (/api/stats, /api/trends/*, /api/sources,
 * /api/articles), then follows the Server-Sent Events of /api/events. Every piece of text from
 * the server goes into the page through textContent / createTextNode, never as HTML, and only
 * http(s) links are followed. An endpoint that is missing (older server) leaves its panel with a
 * note instead of breaking the page; when the event stream is unavailable the page polls.
 */
(function () {
  'use strict';

  var TREND_TYPES = ['persons', 'locations', 'organizations', 'keywords'];
  var COUNTERS = { ingested: 'count-ingested', unique: 'count-unique', duplicates: 'count-duplicates',
    rejected: 'count-rejected', corrections: 'count-corrections', deadLettered: 'count-dead-lettered' };
  var MAX_ARTICLES = 50;
  var MINUTE = 60 * 1000;
  var RECONNECT_DELAYS = [1000, 2000, 5000, 10000, 30000];
  var number = new Intl.NumberFormat();

  var state = {
    window: '1h',
    articles: [],          // newest first, items of /api/articles
    minutes: new Map(),    // epoch ms of a minute -> {unique, duplicates}
    events: null,          // the EventSource
    reconnects: 0
  };

  // ---- small DOM helpers: elements are built, never parsed from strings ----

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /** Only absolute http(s) URLs become links: a javascript: or data: URL from an article is shown as text. */
  function safeUrl(value) {
    try {
      var url = new URL(String(value));
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function articleHref(id) { return '/api/articles/' + encodeURIComponent(id); }

  function fmt(n) { return typeof n === 'number' && isFinite(n) ? number.format(n) : '–'; }

  function time(iso) {
    var d = iso ? new Date(iso) : null;
    return d && !isNaN(d) ? d : null;
  }

  function clock(d) { return d ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) : ''; }

  function relative(d) {
    if (!d) { return ''; }
    var s = Math.round((Date.now() - d.getTime()) / 1000);
    if (s < 45) { return 'just now'; }
    if (s < 3600) { return Math.round(s / 60) + ' min ago'; }
    if (s < 86400) { return Math.round(s / 3600) + ' h ago'; }
    return d.toLocaleDateString();
  }

  /** Runs fn at most once per ms, always once more after the last call (trailing edge). */
  function throttle(fn, ms) {
    var timer = null, pending = false;
    return function () {
      if (timer) { pending = true; return; }
      fn();
      timer = setTimeout(function again() {
        timer = null;
        if (pending) { pending = false; fn(); timer = setTimeout(again, ms); }
      }, ms);
    };
  }

  /** GET a JSON endpoint; resolves to {ok, status, body}, never rejects. */
  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) { return { ok: false, status: r.status, body: null }; }
        return r.json().then(function (b) { return { ok: true, status: r.status, body: b }; });
      })
      .catch(function () { return { ok: false, status: 0, body: null }; });
  }

  function unavailable(res) {
    return res.status === 404 ? 'not available from this server' : res.status ? 'could not load (HTTP ' + res.status + ')' : 'could not reach the server';
  }

  // ---- counters and the pipeline card ----

  function renderCounters(counters, reconciliation) {
    Object.keys(COUNTERS).forEach(function (key) {
      var node = $(COUNTERS[key]);
      if (!node || counters[key] === undefined) { return; }
      var text = fmt(counters[key]);
      if (node.textContent !== text) {
        node.textContent = text;
        node.classList.remove('changed');
        void node.offsetWidth; // restart the flash animation
        node.classList.add('changed');
      }
    });
    var rec = $('reconciliation');
    if (reconciliation && rec) {
      rec.className = reconciliation.balanced ? 'balanced' : 'pending';
      rec.textContent = (reconciliation.balanced ? 'all ' : fmt(reconciliation.accountedFor) + ' of ')
        + fmt(reconciliation.recordsIn) + ' accounted for';
      rec.title = 'records in: ' + fmt(reconciliation.recordsIn) + ', with an outcome: ' + fmt(reconciliation.accountedFor);
    }
  }

  function renderBars(list, items, termKey, emptyText) {
    clear(list);
    if (!items || items.length === 0) {
      list.appendChild(el('li', 'empty', emptyText));
      return;
    }
    var max = items.reduce(function (m, i) { return Math.max(m, i.count || 0); }, 0) || 1;
    items.forEach(function (item) {
      var li = el('li', 'item');
      li.dataset.term = item[termKey];
      var fill = el('span', 'fill');
      fill.style.width = Math.max(2, Math.round(100 * (item.count || 0) / max)) + '%';
      li.appendChild(fill);
      li.appendChild(el('span', 'term', item[termKey]));
      li.appendChild(el('span', 'count', fmt(item.count)));
      li.title = item[termKey] + ': ' + fmt(item.count);
      list.appendChild(li);
    });
  }

  function loadStats() {
    return getJson('/api/stats').then(function (res) {
      if (!res.ok) {
        $('reconciliation').textContent = unavailable(res);
        renderChart();
        return;
      }
      var body = res.body || {};
      renderCounters(body.counters || {}, body.reconciliation);
      state.minutes = new Map();
      (body.articlesPerMinute || []).forEach(function (m) {
        var t = time(m.minute);
        if (t) { state.minutes.set(Math.floor(t.getTime() / MINUTE) * MINUTE, { unique: m.unique || 0, duplicates: m.duplicates || 0 }); }
      });
      renderChart();
      renderBars($('languages'), body.languages || [], 'language', 'No languages yet');
    });
  }

  // ---- the per-minute chart: a hand-written SVG of stacked bars ----

  function niceMax(n) {
    if (n <= 4) { return 4; }
    var step = Math.pow(10, Math.floor(Math.log10(n)));
    var nice = [1, 2, 2.5, 5, 10].map(function (f) { return f * step; }).filter(function (v) { return v >= n; });
    return nice[0];
  }

  function renderChart() {
    var box = $('chart-per-minute');
    // drawn at the box's own pixel size, so text is never stretched; redrawn on resize
    var width = Math.max(300, box.clientWidth || 900), height = Math.max(160, box.clientHeight || 220);
    var left = 34, right = 8, top = 10, bottom = 24;
    var end = Math.floor(Date.now() / MINUTE) * MINUTE;
    state.minutes.forEach(function (_, t) { if (t > end) { end = t; } });
    var slots = [];
    for (var i = 59; i >= 0; i--) {
      var t = end - i * MINUTE;
      var c = state.minutes.get(t) || { unique: 0, duplicates: 0 };
      slots.push({ t: t, unique: c.unique, duplicates: c.duplicates });
    }
    var peak = slots.reduce(function (m, s) { return Math.max(m, s.unique + s.duplicates); }, 0);
    var max = niceMax(peak);
    var plotW = width - left - right, plotH = height - top - bottom, slotW = plotW / slots.length;
    var y = function (v) { return top + plotH - (v / max) * plotH; };

    var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height });
    [0, max / 2, max].forEach(function (v) {
      root.appendChild(svg('line', { 'class': 'grid-line', x1: left, x2: width - right, y1: y(v), y2: y(v) }));
      root.appendChild(svg('text', { 'class': 'axis-label', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v)));
    });
    slots.forEach(function (s, idx) {
      var x = left + idx * slotW + 1, w = Math.max(1, slotW - 2);
      var g = svg('g', { 'class': 'slot', 'data-minute': new Date(s.t).toISOString() });
      g.appendChild(svg('title', {}, clock(new Date(s.t)) + ' — ' + s.unique + ' unique, ' + s.duplicates + ' duplicates'));
      g.appendChild(svg('rect', { x: x, y: top, width: w, height: plotH, fill: 'transparent' }));
      if (s.unique > 0) {
        g.appendChild(svg('rect', { 'class': 'bar-unique', x: x, y: y(s.unique), width: w, height: y(0) - y(s.unique) }));
      }
      if (s.duplicates > 0) {
        var base = y(s.unique);
        g.appendChild(svg('rect', { 'class': 'bar-duplicates', x: x, y: base - (y(0) - y(s.duplicates)), width: w, height: y(0) - y(s.duplicates) }));
      }
      root.appendChild(g);
      var last = idx === slots.length - 1;
      if (idx % 15 === 0 || last) {
        root.appendChild(svg('text', { 'class': 'axis-label', x: last ? x + w : x, y: height - 6, 'text-anchor': last ? 'end' : 'start' },
          clock(new Date(s.t))));
      }
    });
    if (peak === 0) {
      root.appendChild(svg('text', { 'class': 'empty-note', x: left + plotW / 2, y: top + plotH / 2, 'text-anchor': 'middle' },
        'No articles in the last hour yet'));
    }
    clear(box);
    box.appendChild(root);
  }

  function countMinute(iso, field, delta) {
    var t = time(iso);
    if (!t) { return; }
    var key = Math.floor(t.getTime() / MINUTE) * MINUTE;
    if (key < Date.now() - 60 * MINUTE) { return; }
    var c = state.minutes.get(key) || { unique: 0, duplicates: 0 };
    c[field] = Math.max(0, c[field] + delta);
    state.minutes.set(key, c);
  }

  // ---- trends and sources, for the chosen window ----

  function trendList(type) { return $('top-' + type); }

  function renderTrend(body) {
    var type = String(body.type || '').toLowerCase();
    if (TREND_TYPES.indexOf(type) < 0 || (body.window && body.window !== state.window)) { return; }
    renderBars(trendList(type), body.items || [], 'term', 'No ' + type + ' in this window yet');
  }

  function loadTrends() {
    return Promise.all(TREND_TYPES.map(function (type) {
      return getJson('/api/trends/' + type + '?window=' + state.window + '&limit=10').then(function (res) {
        if (res.ok) {
          renderTrend(Object.assign({ type: type, window: state.window }, res.body));
        } else {
          renderBars(trendList(type), [], 'term', unavailable(res));
        }
      });
    }));
  }

  function loadSources() {
    return getJson('/api/sources?window=' + state.window).then(function (res) {
      var body = $('sources').tBodies[0];
      clear(body);
      var sources = res.ok && res.body ? res.body.sources || [] : [];
      if (sources.length === 0) {
        var td = el('td', 'empty', res.ok ? 'No sources in this window yet' : unavailable(res));
        td.colSpan = 4;
        body.appendChild(el('tr')).appendChild(td);
        return;
      }
      sources.forEach(function (s) {
        var tr = el('tr', 'source');
        tr.dataset.source = s.source;
        tr.appendChild(el('td', 'name', s.source)).title = s.source;
        tr.appendChild(el('td', 'num', fmt(s.articles)));
        tr.appendChild(el('td', 'num', fmt(s.words)));
        var dup = tr.appendChild(el('td', 'num', fmt(s.duplicates)));
        if (typeof s.duplicateRate === 'number' && s.duplicates > 0) {
          dup.appendChild(el('span', 'rate', Math.round(s.duplicateRate * 100) + '%'));
        }
        body.appendChild(tr);
      });
    });
  }

  // ---- latest articles ----

  function originalOf(article) {
    var d = article.duplicateOf;
    return d && typeof d === 'object' ? d.articleId : d || null;
  }

  function findRow(id) {
    return $('latest-articles').querySelector('li.article[data-article-id="' + CSS.escape(id) + '"]');
  }

  function articleRow(a) {
    var original = originalOf(a);
    var li = el('li', 'article' + (original ? ' duplicate' : ''));
    li.dataset.articleId = a.articleId;
    var when = time(a.ingestedAt);
    var t = li.appendChild(el('time', null, relative(when)));
    if (when) { t.dateTime = when.toISOString(); t.title = when.toLocaleString(); }

    var title = li.appendChild(el('button', 'title', a.title || '(untitled)'));
    title.type = 'button';
    title.addEventListener('click', function () { showDetail(a.articleId); });

    var meta = li.appendChild(el('div', 'meta'));
    if (a.source) { meta.appendChild(el('span', 'source', a.source)); }
    if (a.language) { meta.appendChild(el('span', 'badge lang', a.language)); }
    var url = safeUrl(a.url);
    if (url) {
      var link = meta.appendChild(el('a', 'external', 'open ↗'));
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    if (original) {
      meta.appendChild(el('span', 'badge dup', 'duplicate' + (a.method ? ' · ' + String(a.method).toLowerCase() : '')));
      meta.appendChild(document.createTextNode('of'));
      var known = state.articles.find(function (x) { return x.articleId === original; });
      var orig = meta.appendChild(el('a', 'original', known && known.title ? known.title : original));
      orig.href = articleHref(original);
      orig.dataset.articleId = original;
      orig.addEventListener('click', function (e) {
        e.preventDefault();
        var row = findRow(original);
        if (row) {
          row.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
          row.classList.add('highlight');
          setTimeout(function () { row.classList.remove('highlight'); }, 2000);
        }
        showDetail(original);
      });
    }
    return li;
  }

  function renderArticles() {
    var list = $('latest-articles');
    clear(list);
    if (state.articles.length === 0) {
      list.appendChild(el('li', 'empty', 'No articles yet: POST one to /articles or run newsflow dev.'));
      return;
    }
    state.articles.forEach(function (a) { list.appendChild(articleRow(a)); });
  }

  function loadArticles() {
    return getJson('/api/articles?limit=' + MAX_ARTICLES).then(function (res) {
      if (!res.ok) {
        var list = $('latest-articles');
        clear(list);
        list.appendChild(el('li', 'empty', 'Latest articles ' + unavailable(res)));
        return;
      }
      // merge rather than replace: the API's article index may not yet hold an article an event brought
      var merged = new Map();
      (res.body && res.body.articles || []).concat(state.articles).forEach(function (a) {
        if (a && a.articleId && !merged.has(a.articleId)) { merged.set(a.articleId, a); }
      });
      state.articles = Array.from(merged.values()).sort(function (a, b) {
        return (time(b.ingestedAt) || 0) - (time(a.ingestedAt) || 0);
      }).slice(0, MAX_ARTICLES);
      renderArticles();
    });
  }

  /** An article or duplicate event: newest first, a later decision about the same id replaces the row. */
  function onArticle(a) {
    if (!a || !a.articleId) { return; }
    var index = state.articles.findIndex(function (x) { return x.articleId === a.articleId; });
    var before = index >= 0 ? state.articles[index] : null;
    if (!before) {
      countMinute(a.ingestedAt, originalOf(a) ? 'duplicates' : 'unique', 1);
    } else if (!originalOf(before) && originalOf(a)) {
      // a correction: first published as unique, then found to be a copy of an earlier article
      countMinute(a.ingestedAt, 'unique', -1);
      countMinute(a.ingestedAt, 'duplicates', 1);
    }
    if (index >= 0) { state.articles.splice(index, 1); }
    state.articles.unshift(a);
    state.articles.length = Math.min(state.articles.length, MAX_ARTICLES);
    renderArticles();
    var row = findRow(a.articleId);
    if (row) { row.classList.add('fresh'); }
    renderChart();
    refreshStats();
    refreshSources();
    refreshTrends();
  }

  // ---- article detail panel ----

  function showDetail(id) {
    var panel = $('article-detail');
    var body = panel.querySelector('.detail-body');
    $('detail-title').textContent = 'Loading…';
    clear(body);
    panel.hidden = false;
    getJson(articleHref(id)).then(function (res) {
      if (!res.ok) {
        $('detail-title').textContent = 'Article ' + id;
        body.appendChild(el('p', 'muted', res.status === 404 ? 'Not found.' : unavailable(res)));
        return;
      }
      var a = res.body;
      $('detail-title').textContent = a.title || '(untitled)';
      var dl = body.appendChild(el('dl'));
      var fact = function (k, v) { if (v !== undefined && v !== null && v !== '') { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); } };
      fact('source', a.source);
      fact('language', a.language);
      fact('published', time(a.publishedAt) ? time(a.publishedAt).toLocaleString() : null);
      fact('ingested', time(a.ingestedAt) ? time(a.ingestedAt).toLocaleString() : null);
      fact('words', a.wordCount);
      if (a.tone) { fact('tone', 'polarity ' + Number(a.tone.polarity).toFixed(2)); }
      if (a.duplicateOf) {
        fact('duplicate of', (a.duplicateOf.articleId || a.duplicateOf) + (a.duplicateOf.method ? ' (' + a.duplicateOf.method + ')' : ''));
      }
      fact('id', a.articleId);
      var url = safeUrl(a.url);
      if (url) {
        var link = body.appendChild(el('p')).appendChild(el('a', null, url));
        link.href = url; link.target = '_blank'; link.rel = 'noopener noreferrer';
      }
      if (a.entities && a.entities.length) {
        body.appendChild(el('h3', null, 'Entities'));
        var chips = body.appendChild(el('ul', 'chips'));
        a.entities.forEach(function (e) {
          chips.appendChild(el('li', String(e.type || '').toLowerCase(), e.name + (e.mentions > 1 ? ' ×' + e.mentions : '')));
        });
      }
      if (a.keywords && a.keywords.length) {
        body.appendChild(el('h3', null, 'Keywords'));
        var kw = body.appendChild(el('ul', 'chips'));
        a.keywords.forEach(function (k) { kw.appendChild(el('li', null, k.term)); });
      }
    });
  }

  // ---- live updates ----

  // the server pushes counters and changed top lists itself; these reloads only fill what events do not
  // carry (the per-minute chart, languages, sources) and guard against a missed event
  var refreshStats = throttle(loadStats, 2000);
  var refreshSources = throttle(loadSources, 5000);
  var refreshTrends = throttle(loadTrends, 15000);
  var refreshArticles = throttle(loadArticles, 5000);

  function setConnection(kind, text) {
    var node = $('connection');
    node.className = 'connection ' + kind;
    node.textContent = text;
  }

  /** The data of an event, or null when it is not JSON; counts the events received (shown on the indicator). */
  function parse(event) {
    var node = $('connection');
    var received = Number(node.dataset.events || 0) + 1;
    node.dataset.events = String(received);
    node.title = received + ' live events received';
    try { return JSON.parse(event.data); } catch (e) { return null; }
  }

  function loadAll() {
    return Promise.all([loadStats(), loadTrends(), loadSources(), loadArticles()]);
  }

  function connect() {
    if (typeof EventSource === 'undefined') {
      setConnection('offline', 'no live updates in this browser: polling');
      setInterval(loadAll, 5000);
      return;
    }
    var es = new EventSource('/api/events');
    state.events = es;
    es.onopen = function () {
      state.reconnects = 0;
      setConnection('live', 'live');
      // events sent before this connection (since the first load, or while we were away) are lost:
      // catch up from the API now that nothing new can be missed
      loadAll();
    };
    es.onerror = function () {
      if (es.readyState === EventSource.CLOSED) {
        // the browser gave up (e.g. the endpoint answered an error): retry ourselves, polling meanwhile
        es.close();
        var delay = RECONNECT_DELAYS[Math.min(state.reconnects, RECONNECT_DELAYS.length - 1)];
        state.reconnects++;
        setConnection('offline', 'offline, retrying in ' + Math.round(delay / 1000) + ' s');
        setTimeout(function () { loadAll(); connect(); }, delay);
      } else {
        setConnection('reconnecting', 'reconnecting…');
      }
    };
    es.addEventListener('article', function (e) { onArticle(parse(e)); });
    es.addEventListener('duplicate', function (e) { onArticle(parse(e)); });
    es.addEventListener('trend', function (e) { var b = parse(e); if (b) { renderTrend(b); } });
    es.addEventListener('stats', function (e) {
      var b = parse(e);
      if (b) { renderCounters(b.counters || b, b.reconciliation); }
      // counts moved: the article index may now hold articles whose events came before we connected
      refreshArticles();
    });
  }

  function setWindow(id) {
    state.window = id;
    document.querySelectorAll('.window-switch button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.window === id));
    });
    document.querySelectorAll('.window-label').forEach(function (n) {
      n.textContent = id === '1m' ? '· last minute' : '· last hour';
    });
    loadTrends();
    loadSources();
  }

  function start() {
    document.querySelectorAll('.window-switch button').forEach(function (b) {
      b.addEventListener('click', function () { setWindow(b.dataset.window); });
    });
    $('article-detail').querySelector('.close').addEventListener('click', function () { $('article-detail').hidden = true; });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { $('article-detail').hidden = true; } });
    renderChart();
    setWindow(state.window);
    loadStats();
    loadArticles();
    connect();
    // the chart's hour slides and relative times age even when nothing arrives
    setInterval(function () {
      renderChart();
      document.querySelectorAll('#latest-articles time').forEach(function (t) {
        t.textContent = relative(time(t.dateTime));
      });
    }, 30000);
    window.addEventListener('resize', throttle(renderChart, 200));
    // a slow full resync keeps the chart and lists exact even if an event was missed
    setInterval(loadAll, 60000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
