// The GraphiQL playground: the example queries from samples/queries open as tabs; the fetcher posts to
// the service's own /graphql. Everything is served by the service itself (no CDN).
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const chosen = params.get('example');

  // GraphiQL keeps its tabs in localStorage; when the examples change (or one is asked for by link),
  // drop the saved tabs so the examples show instead of an old session.
  const signature = JSON.stringify(examples.map(e => [e.name, e.query, e.variables]));
  const stored = localStorage.getItem('envoygraph:examples');
  if (chosen || stored !== signature) {
    for (const key of ['graphiql:tabState', 'graphiql:query', 'graphiql:variables', 'graphiql:headers']) {
      localStorage.removeItem(key);
    }
    localStorage.setItem('envoygraph:examples', signature);
  }

  const ordered = chosen ? [...examples].sort((a, b) => (b.name === chosen) - (a.name === chosen)) : examples;
  const defaultTabs = ordered.map(e => ({ query: e.query, variables: e.variables || undefined }));

  const list = document.getElementById('examples');
  if (examples.length > 0) {
    list.append('Examples: ');
    examples.forEach((e, i) => {
      const a = document.createElement('a');
      a.href = '?example=' + encodeURIComponent(e.name);
      a.textContent = e.title;
      a.dataset.example = e.name;
      if (i > 0) list.append(' · ');
      list.append(a);
    });
  }

  const send = GraphiQL.createFetcher({ url: endpoint });
  // GraphiQL re-reads the operation name a moment after an edit; a Run in that moment would send the old
  // name with the new document and get INVALID_OPERATION_NAME. Send a name only when the document defines it.
  const definesOperation = (query, name) =>
    new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(query || '');
  const fetcher = (params, options) => {
    if (params && params.operationName && !definesOperation(params.query, params.operationName)) {
      params = Object.assign({}, params, { operationName: null });
    }
    return send(params, options);
  };
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: defaultTabs.length > 0 ? defaultTabs : undefined,
    defaultQuery: defaultTabs.length > 0 ? undefined : '{\n  stats {\n    totals { persons meetings articles countries }\n  }\n}\n',
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }));
})();
