#!/usr/bin/env node
'use strict';
// Validates the skill's APL documents and datasources with Amazon's apl-suggester (StaticAplTemplateValidator),
// offline. Called by AplValidatorTest:   node src/test/apl/validate.js INPUT.json
//
// INPUT: {"documents": {"<name>": <APL document>, ...}, "datasources": [{"name": "...", "datasources": {...}}, ...]}
// Prints one JSON object: {"validator": "...", "layouts": "...", "documents": n, "datasources": n,
//                          "findings": [{"where", "path", "level", "message"}]}
// and exits 0 when it ran (the Java test judges the findings), 2 when it could not run.
//
// What apl-suggester alone would miss, and this script adds:
//  - validate() resolves only schema findings; unknown component types (-1150) and packages that fail to load (-1200)
//    go to its ErrorController, which drops them unless an error interface is registered: one is, here.
//  - It downloads imported packages from Amazon's CDN, which this machine cannot reach. The script serves it an
//    offline stand-in for alexa-layouts 1.7.0 with Amazon's layout names and parameter names (the definitions
//    embedded in apl-suggester's own sample templates, plus alexa-layouts-params.json for the rest).
//  - It never checks the properties passed to a layout: the script checks each against the layout's parameters
//    and the properties every component has.
//  - Anything it prints to the console is a finding, except "No mixin for component" for a parent that has no
//    child-property mixin (the document root, ScrollView, Frame, TouchWrapper): a lookup note, not about the document.
const fs = require('fs');
const path = require('path');
const suggester = require('apl-suggester');
// apl-suggester fetches packages with its own axios; the stand-in is served through that same instance.
const axios = require(require.resolve('axios', { paths: [path.dirname(require.resolve('apl-suggester'))] }));

const LAYOUTS = { name: 'alexa-layouts', version: '1.7.0' };
const NOTE = /^No mixin for component : (mainTemplate|ScrollView|Frame|TouchWrapper)$/;
const COMMANDS = new Set(['SendEvent', 'SetValue', 'Sequential', 'Parallel', 'Scroll', 'SpeakItem', 'SetPage', 'Idle', 'OpenURL']);

const findings = [];
const finding = (where, pathIn, level, message) => findings.push({ where, path: pathIn || '/', level, message });

const printed = [];
console.warn = (...args) => printed.push(args.join(' '));
console.log = (...args) => printed.push(args.join(' '));
console.error = (...args) => printed.push(args.join(' '));

const errorController = suggester.ErrorController.getInstance();
errorController.registerErrors();
let reported = [];
errorController.setErrorInterface({ sendError: (e) => reported.push(JSON.parse(JSON.stringify(e))) });

/** Layout name -> parameter names, from apl-suggester's templates and alexa-layouts-params.json. */
function layoutParameters() {
  const parameters = {};
  const templates = path.join(path.dirname(require.resolve('apl-suggester')), 'configs', 'templates');
  for (const file of fs.readdirSync(templates).filter((n) => n.endsWith('.json')).sort()) {
    const template = JSON.parse(fs.readFileSync(path.join(templates, file), 'utf8'));
    const imported = (template.import || []).find((i) => i.name === LAYOUTS.name);
    if (!imported || imported.version !== LAYOUTS.version) continue;
    for (const [name, layout] of Object.entries(template.layouts || {})) {
      const names = (layout.parameters || []).map((p) => (typeof p === 'string' ? p : p.name));
      if (/^Alexa/.test(name) && (!parameters[name] || names.length > parameters[name].length)) parameters[name] = names;
    }
  }
  const transcribed = JSON.parse(fs.readFileSync(path.join(__dirname, 'alexa-layouts-params.json'), 'utf8')).layouts;
  for (const [name, spec] of Object.entries(transcribed)) if (!parameters[name]) parameters[name] = spec.parameters;
  return parameters;
}
const PARAMETERS = layoutParameters();

const standIn = {
  type: 'APL',
  version: '2023.3',
  description: `Offline stand-in for ${LAYOUTS.name} ${LAYOUTS.version}: layout and parameter names only`,
  layouts: Object.fromEntries(Object.entries(PARAMETERS).map(([name, names]) => [name, {
    parameters: names.map((p) => ({ name: p, type: 'any' })),
    items: [{ type: 'Container' }],
  }])),
};
const packageUrl = new RegExp(`/packages/${LAYOUTS.name}/${LAYOUTS.version.replace(/\./g, '\\.')}/`);
const realGet = axios.get;
const offlineGet = (url, ...rest) => {
  if (packageUrl.test(url)) return Promise.resolve({ status: 200, data: JSON.parse(JSON.stringify(standIn)) });
  if (/apl-alexa\.com/.test(url)) return Promise.reject(new Error(`offline: ${url} is not served`));
  return realGet.call(axios, url, ...rest);
};
axios.get = offlineGet;
if (axios.default) axios.default.get = offlineGet;

/** Properties any component may have, whatever its type (so a layout instance may have them too). */
function baseProperties() {
  const schema = (name) => (suggester[`${name}JSONSchema`] || require(`apl-suggester/dist/src/assets/${name}`)).JSON_SCHEMA;
  const schemas = ['Container', 'Text', 'Image', 'Frame', 'ScrollView', 'Sequence', 'TouchWrapper'].map(schema);
  let common = new Set(Object.keys(schemas[0].properties));
  for (const s of schemas.slice(1)) common = new Set([...common].filter((k) => k in s.properties));
  for (const child of ['ContainerChild', 'SequenceChild']) {
    for (const k of Object.keys(require(`apl-suggester/dist/src/assets/${child}`).JSON_SCHEMA.properties)) common.add(k);
  }
  common.add('type');
  return common;
}
const BASE = baseProperties();

function walk(node, visit, at = '', parents = []) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, visit, `${at}/${i}`, parents));
  } else if (node && typeof node === 'object') {
    visit(node, at || '/', parents);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${at}/${k}`, [...parents, node]);
  }
}

function checkLayoutParameters(name, document) {
  const own = document.layouts || {};
  walk(document, (node, at, parents) => {
    if (typeof node.type !== 'string' || COMMANDS.has(node.type)) return;
    if (parents.length && parents[parents.length - 1] === document.layouts) return;
    const names = PARAMETERS[node.type]
      || (own[node.type] && (own[node.type].parameters || []).map((p) => (typeof p === 'string' ? p : p.name)));
    if (!names) return;
    for (const key of Object.keys(node)) {
      if (!names.includes(key) && !BASE.has(key)) finding(name, at, 'ERROR', `${node.type} has no parameter "${key}"`);
    }
  });
}

async function checkDocument(name, document) {
  reported = [];
  for (const f of await new suggester.StaticAplTemplateValidator().validate(JSON.parse(JSON.stringify(document)))) {
    finding(name, f.path, f.level || 'WARNING', f.errorMessage);
  }
  for (const e of reported) {
    const p = e.placeholders || {};
    const message = e.code === '-1150' ? `unknown component type ${p.name}`
      : e.code === '-1200' ? `cannot load package ${p.url}`
        : `apl-suggester error ${e.code} ${JSON.stringify(p)}`;
    finding(name, p.path, e.level === 'WARN' ? 'WARNING' : 'ERROR', message);
  }
  checkLayoutParameters(name, document);
}

(async () => {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const documents = Object.entries(input.documents || {});
  for (const [name, document] of documents) await checkDocument(name, document);
  const datasources = input.datasources || [];
  for (const { name, datasources: data } of datasources) {
    for (const f of await new suggester.StaticAplTemplateValidator().validateDataSources(data)) {
      finding(name, f.path, f.level || 'WARNING', f.errorMessage);
    }
  }
  for (const line of printed) {
    if (!NOTE.test(line)) finding('apl-suggester', '/', 'ERROR', `printed: ${line}`);
  }
  process.stdout.write(JSON.stringify({
    validator: `apl-suggester ${require('apl-suggester/package.json').version}`,
    layouts: `${LAYOUTS.name} ${LAYOUTS.version}, offline stand-in of ${Object.keys(PARAMETERS).length} layouts`,
    documents: documents.length,
    datasources: datasources.length,
    findings,
  }) + '\n');
})().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(2);
});
