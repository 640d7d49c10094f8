// Extracts from GitHub's REST description (npm @octokit/openapi, generated/api.github.com.json)
// the operations the test emulator (test/support/github-server.ts) serves, with the schemas
// they reference, into test/fixtures/github/openapi-subset.json. The full description is
// 13 MB (73 MB dereferenced) and the package 29 MB, so the subset is committed instead:
//   npm pack @octokit/openapi@<version> && tar xzf octokit-openapi-*.tgz
//   node test/support/extract-openapi.mjs package/generated/api.github.com.json <version>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [input, version] = process.argv.slice(2);
if (!input || !version) throw new Error('usage: extract-openapi.mjs <api.github.com.json> <package version>');
const api = JSON.parse(readFileSync(input, 'utf8'));
const OPS = [
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/user'],
];

const deref = (obj) => {
  let o = obj;
  while (o && o.$ref && !o.$ref.startsWith('#/components/schemas/')) {
    const parts = o.$ref.slice(2).split('/');
    o = parts.reduce((x, k) => x[k], api);
  }
  return o;
};
const schemas = {};
const collect = (s) => {
  if (!s || typeof s !== 'object') return;
  if (Array.isArray(s)) return s.forEach(collect);
  if (typeof s.$ref === 'string' && s.$ref.startsWith('#/components/schemas/')) {
    const name = s.$ref.slice('#/components/schemas/'.length);
    if (!(name in schemas)) {
      schemas[name] = api.components.schemas[name];
      collect(schemas[name]);
    }
    return;
  }
  for (const v of Object.values(s)) collect(v);
};
const jsonSchema = (content) => content?.['application/json']?.schema ?? content?.['application/scim+json']?.schema ?? null;

const operations = OPS.map(([method, path]) => {
  const op = api.paths[path][method];
  const parameters = [...(api.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(deref).map((p) => ({ name: p.name, in: p.in, required: !!p.required, schema: p.schema }));
  const body = op.requestBody ? jsonSchema(deref(op.requestBody).content) : null;
  const responses = {};
  for (const [status, r] of Object.entries(op.responses)) responses[status] = jsonSchema(deref(r).content);
  const out = { method: method.toUpperCase(), path, operationId: op.operationId, parameters, requestBody: body, responses };
  collect(out);
  return out;
});
const out = { source: `@octokit/openapi ${version}, generated/api.github.com.json (OpenAPI ${api.openapi}, ${api.info.version})`, operations, schemas };
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'github', 'openapi-subset.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${target}: ${operations.length} operations, ${Object.keys(schemas).length} schemas`);
