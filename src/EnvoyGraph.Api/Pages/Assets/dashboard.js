// The dashboard: plain JavaScript over the public GraphQL API only (no build step, no private endpoint).
// Filters live in the URL (?from=&to=&country=&person=) so every view is a link.
(function () {
  'use strict';

  const MAX_ENCOUNTERS = 2000;   // enough for a readable network; the note says when more exist
  const MAX_MEETINGS = 2000;
  const PAGE = 500;
  const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
    '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#e7969c', '#3182bd', '#fd8d3c'];

  const form = document.getElementById('filters');
  const statusBox = document.getElementById('status');
  let chart = null;
  let network = null;
  let loadNumber = 0;

  // ---- GraphQL over HTTP ----------------------------------------------------------------------------
  class ApiError extends Error {}

  async function gql(query, variables) {
    let response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new ApiError('The service did not answer (' + e.message + ').');
    }
    let body = null;
    try { body = await response.json(); } catch { /* reported below */ }
    if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      throw new ApiError(body.errors.map(e => e.message).join(' '));
    }
    if (!response.ok || !body || !body.data) {
      throw new ApiError('The service answered ' + response.status + ' ' + response.statusText + '.');
    }
    return body.data;
  }

  async function allPages(query, variables, pick, limit) {
    const items = [];
    let after = null;
    for (;;) {
      const connection = pick(await gql(query, { ...variables, first: PAGE, after }));
      for (const edge of connection.edges) items.push(edge.node);
      if (!connection.pageInfo.hasNextPage || items.length >= limit) {
        return { items: items.slice(0, limit), truncated: connection.pageInfo.hasNextPage || items.length > limit };
      }
      after = connection.pageInfo.endCursor;
    }
  }

  // ---- Filters in the URL ---------------------------------------------------------------------------
  const FILTERS = ['from', 'to', 'country', 'person'];

  function readUrl() {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const name of FILTERS) {
      const value = (params.get(name) || '').trim();
      if (value) filters[name] = value;
    }
    return filters;
  }

  function showInForm(filters) {
    for (const name of FILTERS) form.elements[name].value = filters[name] || '';
  }

  function queryString(filters) {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
    const text = params.toString();
    return text ? '?' + text : '';
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const filters = {};
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) filters[name] = value;
    }
    history.pushState(null, '', location.pathname + queryString(filters));
    load();
  });
  document.getElementById('clear').addEventListener('click', () => {
    history.pushState(null, '', location.pathname);
    load();
  });
  window.addEventListener('popstate', load);

  // ---- Loading --------------------------------------------------------------------------------------
  const STATS = `query DashboardStats($from: Date, $to: Date, $country: String) {
    stats(from: $from, to: $to, country: $country) {
      meetingsPerMonth { month count }
      countryPairs { a { code name } b { code name } count }
      topEnvoys { person { id name country { name } } count }
      totals { persons meetings articles countries }
    }
    countries { code name }
  }`;

  const PERSON_LOOKUP = `query DashboardPerson($name: String, $id: ID) {
    byName: person(name: $name) { id name }
    byId: person(id: $id) { id name }
  }`;

  const PERSON_MEETINGS_PAGE = `query DashboardPersonMeetings($participant: ID, $country: String, $from: Date, $to: Date, $first: Int, $after: String) {
    meetings(participant: $participant, country: $country, from: $from, to: $to, first: $first, after: $after) {
      edges { node { id date participants { id country { code name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  const ENCOUNTERS_PAGE = `query DashboardEncounters($person: ID, $country: String, $from: Date, $to: Date, $first: Int, $after: String) {
    encounters(person: $person, country: $country, from: $from, to: $to, first: $first, after: $after) {
      edges { node { person { id name country { code name } } other { id name country { code name } } meeting { id } date } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  const PERSON_DETAIL = `query DashboardPersonDetail($id: ID) {
    person(id: $id) {
      id name country { name }
      meetings {
        id date mode status location
        participants { id name }
        reportedIn { evidence article { title url outlet published } }
      }
    }
  }`;

  async function load() {
    const mine = ++loadNumber;
    const filters = readUrl();
    showInForm(filters);
    updateExportLinks(filters);
    setStatus('Loading…');
    try {
      const vars = { from: filters.from || null, to: filters.to || null, country: filters.country || null };
      const statsData = await gql(STATS, vars);
      if (mine !== loadNumber) return;
      fillCountries(statsData.countries, filters.country);

      let person = null;
      if (filters.person) {
        const found = await gql(PERSON_LOOKUP, { name: filters.person, id: filters.person });
        person = found.byName || found.byId;
        if (!person) throw new ApiError('No person is named or has the id "' + filters.person + '".');
      }

      let perMonth, pairs, totals, top;
      if (person) {
        // The stats query has no person filter: count this person's meetings here instead.
        const meetings = await allPages(PERSON_MEETINGS_PAGE, { ...vars, participant: person.id }, d => d.meetings, MAX_MEETINGS);
        ({ perMonth, pairs } = summarise(meetings.items));
        totals = { meetings: meetings.items.length };
        top = null;
      } else {
        perMonth = statsData.stats.meetingsPerMonth;
        pairs = statsData.stats.countryPairs.map(p => ({ a: countryName(p.a), b: countryName(p.b), count: p.count }));
        totals = statsData.stats.totals;
        top = statsData.stats.topEnvoys;
      }
      const encounters = await allPages(ENCOUNTERS_PAGE, { ...vars, person: person ? person.id : null }, d => d.encounters, MAX_ENCOUNTERS);
      if (mine !== loadNumber) return;

      renderTotals(totals, person);
      renderChart(perMonth);
      renderPairs(pairs);
      renderTop(top);
      renderNetwork(encounters.items, encounters.truncated);
      const described = describe(filters, person);
      const filtered = Object.keys(filters).length > 0;
      if (totalMeetings(perMonth) > 0 || encounters.items.length > 0) setStatus('Showing ' + (filtered ? described : 'all meetings') + '.');
      else if (filtered) setStatus('No ' + described + '.');
      else setStatus('No meetings yet: load articles with "envoygraph load PATH".');
      if (person) showPerson(person.id);
    } catch (e) {
      if (mine !== loadNumber) return;
      setStatus(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, true);
      renderTotals(null);
      renderChart([]);
      renderPairs([]);
      renderTop(null);
      renderNetwork([], false);
    }
  }

  // ---- Rendering ------------------------------------------------------------------------------------
  let countryNames = {};

  function countryName(value) {
    if (value && typeof value === 'object') return value.name || value.code;
    return countryNames[value] || value;
  }

  function fillCountries(countries, selected) {
    countryNames = {};
    const select = form.elements.country;
    select.length = 1;
    for (const c of [...countries].sort((x, y) => x.name.localeCompare(y.name))) {
      countryNames[c.code] = c.name;
      select.add(new Option(c.name + ' (' + c.code + ')', c.code));
    }
    if (selected && !countries.some(c => c.code === selected)) select.add(new Option(selected, selected));
    select.value = selected || '';
  }

  function setStatus(text, isError) {
    statusBox.textContent = text;
    statusBox.classList.toggle('error', !!isError);
  }

  // "meetings of Lee Do-hoon with Japan from 2020-01": the filters in words.
  function describe(filters, person) {
    const parts = ['meetings'];
    if (person) parts.push('of ' + person.name);
    if (filters.country) parts.push('with ' + countryName(filters.country));
    if (filters.from && filters.to) parts.push('from ' + filters.from + ' to ' + filters.to);
    else if (filters.from) parts.push('from ' + filters.from);
    else if (filters.to) parts.push('up to ' + filters.to);
    return parts.join(' ');
  }

  function updateExportLinks(filters) {
    const qs = queryString(filters);
    for (const [id, file] of [['export-csv', 'meetings.csv'], ['export-graphml', 'graph.graphml'], ['export-gexf', 'graph.gexf']]) {
      document.getElementById(id).href = basePath + 'export/' + file + qs;
    }
  }

  function renderTotals(totals, person) {
    const box = document.getElementById('totals');
    box.replaceChildren();
    if (!totals) return;
    const shown = person ? [['meetings', totals.meetings]]
      : [['meetings', totals.meetings], ['persons', totals.persons], ['countries', totals.countries], ['articles', totals.articles]];
    for (const [label, value] of shown) {
      if (value === undefined || value === null) continue;
      const div = document.createElement('div');
      const b = document.createElement('b');
      b.textContent = value;
      div.append(b, label);
      box.append(div);
    }
  }

  function totalMeetings(perMonth) {
    return perMonth.reduce((sum, m) => sum + m.count, 0);
  }

  function summarise(meetings) {
    const months = new Map();
    const pairs = new Map();
    for (const m of meetings) {
      if (m.date) {
        const month = m.date.slice(0, 7);
        months.set(month, (months.get(month) || 0) + 1);
      }
      const countries = [...new Set(m.participants.filter(p => p.country).map(p => p.country.name))].sort();
      for (let i = 0; i < countries.length; i++) {
        for (let j = i + 1; j < countries.length; j++) {
          const key = countries[i] + '\u0000' + countries[j];
          const entry = pairs.get(key) || { a: countries[i], b: countries[j], count: 0 };
          entry.count++;
          pairs.set(key, entry);
        }
      }
    }
    return {
      perMonth: [...months.entries()].sort().map(([month, count]) => ({ month, count })),
      pairs: [...pairs.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a)),
    };
  }

  // Months without meetings are drawn as zero so the axis is a timeline, unless that would be unreadably long.
  function withEmptyMonths(perMonth) {
    const dated = perMonth.filter(m => /^\d{4}-\d{2}$/.test(m.month)).sort((a, b) => a.month.localeCompare(b.month));
    if (dated.length < 2) return dated;
    const index = m => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
    const first = index(dated[0].month), last = index(dated[dated.length - 1].month);
    if (last - first > 240) return dated;
    const counts = new Map(dated.map(m => [m.month, m.count]));
    const filled = [];
    for (let i = first; i <= last; i++) {
      const month = String(Math.floor(i / 12)).padStart(4, '0') + '-' + String(i % 12 + 1).padStart(2, '0');
      filled.push({ month, count: counts.get(month) || 0 });
    }
    return filled;
  }

  function renderChart(perMonth) {
    perMonth = withEmptyMonths(perMonth);
    const empty = totalMeetings(perMonth) === 0;
    document.getElementById('per-month-empty').hidden = !empty;
    const canvas = document.getElementById('per-month');
    canvas.hidden = empty;
    if (chart) { chart.destroy(); chart = null; }
    if (empty) return;
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: perMonth.map(m => m.month),
        datasets: [{ label: 'Meetings', data: perMonth.map(m => m.count), backgroundColor: '#3b6fd8' }],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  function renderPairs(pairs) {
    const body = document.querySelector('#pairs tbody');
    body.replaceChildren();
    document.getElementById('pairs-empty').hidden = pairs.length > 0;
    document.getElementById('pairs').hidden = pairs.length === 0;
    for (const p of pairs) {
      const row = body.insertRow();
      row.insertCell().textContent = p.a;
      row.insertCell().textContent = p.b;
      const count = row.insertCell();
      count.textContent = p.count;
      count.className = 'num';
    }
  }

  function renderTop(top) {
    const card = document.getElementById('top-card');
    const list = document.getElementById('top-envoys');
    list.replaceChildren();
    card.hidden = !top || top.length === 0;
    for (const entry of top || []) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = entry.person.name;
      button.addEventListener('click', () => showPerson(entry.person.id));
      li.append(button, (entry.person.country ? ' (' + entry.person.country.name + ')' : '') + ' — ' + entry.count + ' meeting' + (entry.count === 1 ? '' : 's'));
      list.append(li);
    }
  }

  function colourFor(codes) {
    const sorted = [...codes].sort();
    const map = new Map();
    sorted.forEach((code, i) => map.set(code, PALETTE[i % PALETTE.length]));
    return map;
  }

  function renderNetwork(encounters, truncated) {
    const persons = new Map();
    const pairs = new Map();
    for (const e of encounters) {
      for (const p of [e.person, e.other]) if (!persons.has(p.id)) persons.set(p.id, p);
      const [a, b] = [e.person.id, e.other.id].sort();
      const key = a + '\u0000' + b;
      if (!pairs.has(key)) pairs.set(key, { a, b, meetings: new Set() });
      pairs.get(key).meetings.add(e.meeting.id);
    }
    const countries = new Map();
    for (const p of persons.values()) {
      const code = p.country ? p.country.code : '?';
      countries.set(code, p.country ? p.country.name : 'unknown country');
    }
    const colours = colourFor(countries.keys());
    const names = document.getElementById('person-names');
    names.replaceChildren(...[...persons.values()].map(p => p.name).sort().map(n => new Option(n)));

    document.getElementById('network-empty').hidden = persons.size > 0;
    const note = document.getElementById('network-note');
    note.hidden = !truncated;
    note.textContent = truncated ? 'Only the first ' + MAX_ENCOUNTERS + ' encounters are drawn; narrow the filters to see the rest.' : '';

    const legend = document.getElementById('legend');
    legend.replaceChildren();
    for (const [code, name] of [...countries.entries()].sort((x, y) => x[1].localeCompare(y[1]))) {
      const li = document.createElement('li');
      const dot = document.createElement('span');
      dot.style.background = colours.get(code);
      li.append(dot, name);
      legend.append(li);
    }

    if (network) { network.destroy(); network = null; }
    const container = document.getElementById('network');
    container.hidden = persons.size === 0;
    if (persons.size === 0) return;

    const elements = [];
    for (const p of persons.values()) {
      elements.push({ data: { id: p.id, label: p.name, colour: colours.get(p.country ? p.country.code : '?') } });
    }
    for (const pair of pairs.values()) {
      const count = pair.meetings.size;
      elements.push({ data: { id: pair.a + '\u0000' + pair.b, source: pair.a, target: pair.b, count, width: Math.min(2 + 3 * Math.log2(count), 14) } });
    }
    network = cytoscape({
      container,
      elements,
      layout: persons.size <= 10
        ? { name: 'circle', animate: false, padding: 40 }
        : { name: persons.size > 400 ? 'grid' : 'cose', animate: false, padding: 30, nodeRepulsion: () => 400000, idealEdgeLength: () => 100 },
      maxZoom: 1.5,
      minZoom: 0.05,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, 'min-zoomed-font-size': 7, 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7bf', 'curve-style': 'haystack', opacity: 0.8 } },
      ],
    });
    network.on('tap', 'node', event => showPerson(event.target.id()));
    window.envoyGraphDashboard = { network, chart };
  }

  async function showPerson(id) {
    const title = document.getElementById('person-title');
    const hint = document.getElementById('person-hint');
    const list = document.getElementById('person-meetings');
    list.replaceChildren();
    hint.hidden = false;
    hint.textContent = 'Loading…';
    try {
      const data = await gql(PERSON_DETAIL, { id });
      const person = data.person;
      if (!person) { hint.textContent = 'This person is no longer in the graph.'; return; }
      title.textContent = 'Meetings of ' + person.name + (person.country ? ' (' + person.country.name + ')' : '');
      const meetings = Array.isArray(person.meetings) ? person.meetings : (person.meetings.edges || []).map(e => e.node);
      if (meetings.length === 0) { hint.textContent = 'No meetings recorded.'; return; }
      hint.hidden = true;
      for (const m of meetings) list.append(meetingItem(m, person.id));
    } catch (e) {
      hint.textContent = e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message;
    }
  }

  function meetingItem(m, selfId) {
    const li = document.createElement('li');
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = m.date || 'undated';
    const others = m.participants.filter(p => p.id !== selfId).map(p => p.name);
    const mode = m.mode ? String(m.mode).toLowerCase().replace('_', ' ') : '';
    li.append(when, ' — with ' + (others.join(', ') || 'nobody else named')
      + (mode && mode !== 'unknown' ? ', ' + mode : '') + (m.location ? ', ' + m.location : '')
      + (m.status && String(m.status).toUpperCase() === 'PLANNED' ? ' (planned)' : ''));
    for (const r of m.reportedIn || []) {
      const quote = document.createElement('blockquote');
      quote.textContent = r.evidence;
      const source = document.createElement('div');
      source.className = 'source';
      const article = r.article || {};
      const name = article.title || article.url || 'article';
      if (article.url && /^https?:\/\//i.test(article.url)) {
        const a = document.createElement('a');
        a.href = article.url;
        a.textContent = name;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        source.append('— ', a);
      } else {
        source.append('— ' + name);
      }
      if (article.outlet) source.append(', ' + article.outlet);
      if (article.published) source.append(', ' + article.published);
      li.append(quote, source);
    }
    return li;
  }

  load();
})();
