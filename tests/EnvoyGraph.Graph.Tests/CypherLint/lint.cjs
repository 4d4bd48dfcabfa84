// Lints Cypher statements with Neo4j's own Cypher front end, all in one process (loading takes ~1.4 s).
// stdin: JSON [{ "name": "...", "text": "..." }]
// stdout: JSON [{ "name": "...", "errors": ["line:col message", ...], "warnings": [...] }], one entry per statement.
// "Parameter $x is not defined" findings are dropped: the adapter always passes its parameters at run time.
'use strict';
const { lintCypherQuery, isNotParamError } = require('@neo4j-cypher/language-support');

const ERROR = 1; // vscode DiagnosticSeverity.Error
const WARNING = 2;

function describe(d) {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  const report = statements.map(({ name, text }) => {
    const found = lintCypherQuery(text, {}).diagnostics.filter(isNotParamError);
    return {
      name,
      errors: found.filter((d) => d.severity === ERROR).map(describe),
      warnings: found.filter((d) => d.severity === WARNING).map(describe),
    };
  });
  process.stdout.write(JSON.stringify(report));
});
