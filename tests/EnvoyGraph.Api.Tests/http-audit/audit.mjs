// Audits a running EnvoyGraph /graphql endpoint with graphql-http's auditServer (the GraphQL-over-HTTP
// spec's own checks). Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per check ("ok", or the failure and its reason), then a JSON summary line:
// {"total":N,"MUST":{"pass":N,"fail":N},"SHOULD":{...},"MAY":{...}}. Exit code 1 when a MUST or SHOULD check fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

const results = await auditServer({ url });
const summary = { total: results.length, MUST: { pass: 0, fail: 0 }, SHOULD: { pass: 0, fail: 0 }, MAY: { pass: 0, fail: 0 } };
for (const result of results) {
  const level = result.name.split(' ')[0];
  const bucket = summary[level] ?? (summary[level] = { pass: 0, fail: 0 });
  if (result.status === 'ok') {
    bucket.pass++;
    console.log(`ok    ${result.name}`);
  } else {
    bucket.fail++;
    console.log(`${result.status.padEnd(5)} ${result.name}: ${result.reason}`);
  }
}
console.log(JSON.stringify(summary));
process.exit(summary.MUST.fail + summary.SHOULD.fail > 0 ? 1 : 0);
