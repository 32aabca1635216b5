#!/usr/bin/env node
// alexa-matcher.js — run utterances through virtual-alexa / virtual-core's sample-utterance
// matcher (Bespoken, Apache-2.0) against an ASK interaction model, and print one JSON
// line per utterance: {id?, utterance, intent, matched, sample, slots:{name:{value,status,resolvedId,...}}, ties}
//
//   node nlu/alexa-matcher.js --model path/to/en-US.json --locale en-US --in utterances.txt
//   node nlu/alexa-matcher.js --model m.json --in eval.tsv          (TSV with a `question` column)
//   cat utts.txt | node resolve.js --model m.json --in -
//
// Options:
//   --envelope   also print the full IntentRequest JSON that virtual-alexa builds
//   --raw        pure virtual-core behaviour: no input/model normalisation, empty slots allowed
//                (equivalent to alexa.utter() minus its launch-phrase parsing)
//   --no-fallback  print intent:null (instead of AMAZON.FallbackIntent) when nothing matches
//   --check      cross-check our selection against virtual-core's own Utterance class (exit 3 on mismatch)
//
// Why not alexa.utter()?  utter() first tests /(ask|open|launch|talk to|tell).*/i *anywhere* in the
// text and turns e.g. "tell me about chemo" or "what can i ask" into a LaunchRequest; it also
// throws on no match. We therefore use virtual-core's SamplePhrase matching directly (the same
// code utter() uses), and virtual-alexa's SkillRequest to build slots + entity resolutions.
"use strict";
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1"; // aws-sdk v2 is loaded by virtual-alexa

const fs = require("fs");
const { VirtualAlexa } = require("virtual-alexa");
const { Utterance } = require("virtual-core");

// ---------- args ----------
function parseArgs(argv) {
  const o = { locale: "en-US", envelope: false, raw: false, fallback: true, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) die(`missing value for ${a}`); return argv[++i]; };
    if (a === "--model") o.model = next();
    else if (a === "--locale") o.locale = next();
    else if (a === "--in") o.in = next();
    else if (a === "--envelope") o.envelope = true;
    else if (a === "--raw") o.raw = true;
    else if (a === "--no-fallback") o.fallback = false;
    else if (a === "--check") o.check = true;
    else if (a === "-h" || a === "--help") { console.log(fs.readFileSync(__filename, "utf8").split("\n").slice(1, 21).join("\n")); process.exit(0); }
    else die(`unknown argument: ${a}`);
  }
  if (!o.model) die("--model is required");
  if (!o.in) die("--in is required (file path, or - for stdin)");
  return o;
}
function die(msg) { console.error(`resolve.js: ${msg}`); process.exit(2); }

// ---------- normalisation ----------
// virtual-core deletes these characters from the *utterance* only (SamplePhraseTest), never from
// samples / slot values / synonyms, so a synonym such as "relapsed b. a. l. l." or "follow-up"
// can never match. In normalised mode we apply the same deletion to the model side too.
const VC_STRIP = /[\!\"\¿\?|\#\$\%\/\(\)\=\+\-\_\<\>\*\{\}\·\¡\[\]\.\,\;\:]/g;
function normText(s, locale) {
  return s.replace(/[\u2018\u2019\u02BC]/g, "'")   // curly apostrophes -> ASCII
    .replace(VC_STRIP, "")
    .toLocaleLowerCase(locale)
    .replace(/\s+/g, " ")
    .trim();
}
function normSample(sample, locale) {
  // normalise only the literal text between {slot} references
  return sample.split(/(\{[^}]*\})/).map(p => (p.startsWith("{") ? p : normText(p, locale))).join(" ")
    .replace(/\s+/g, " ").trim();
}
function normaliseModel(json, locale) {
  const root = JSON.parse(JSON.stringify(json));
  const lm = root.interactionModel ? root.interactionModel.languageModel : (root.languageModel || root);
  for (const intent of lm.intents || []) {
    if (Array.isArray(intent.samples)) {
      intent.samples = [...new Set(intent.samples.map(s => normSample(s, locale)).filter(Boolean))];
    }
  }
  for (const type of lm.types || []) {
    for (const v of type.values || []) {
      if (!v.name) continue;
      const syns = Array.isArray(v.name.synonyms) ? v.name.synonyms.slice() : [];
      const have = new Set([v.name.value, ...syns].map(x => String(x).toLocaleLowerCase(locale)));
      for (const s of [v.name.value, ...syns]) {
        const n = normText(String(s), locale);
        if (n && !have.has(n)) { syns.push(n); have.add(n); }
      }
      v.name.synonyms = syns;
    }
  }
  return root;
}

// ---------- input ----------
function readInput(path) {
  const text = fs.readFileSync(path === "-" ? 0 : path, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  const first = lines.find(l => l.trim() !== "") || "";
  const header = first.split("\t").map(h => h.trim().replace(/^"|"$/g, "").toLowerCase());
  const unq = s => { s = s.trim(); return /^".*"$/.test(s) ? s.slice(1, -1).replace(/""/g, '"') : s; };
  if (first.includes("\t") && header.includes("question")) {
    const qi = header.indexOf("question");
    let ii = header.indexOf("id");
    if (ii < 0 && qi !== 0) ii = 0;
    const rows = [];
    let seenHeader = false;
    lines.forEach((line, n) => {
      if (line.trim() === "") return;
      if (!seenHeader) { seenHeader = true; return; }
      const cells = line.split("\t");
      rows.push({ id: ii >= 0 ? unq(cells[ii] || "") : String(n + 1), text: unq(cells[qi] || "") });
    });
    return { tsv: true, rows };
  }
  return { tsv: false, rows: lines.filter(l => l.trim() !== "" && !l.startsWith("#")).map(l => ({ text: l })) };
}

// ---------- matching ----------
// Same selection rule as virtual-core's Utterance.matchIntent: iterate intents in model order
// (built-in samples appended), each sample in order; best = highest score() (= length of the
// matched text minus the slot values, i.e. literal characters), tie -> more *typed* slots,
// further tie -> first found. We additionally report ties and (non-raw) drop empty-slot matches.
function match(im, phrase, allowEmptySlots) {
  const tests = [];
  for (const intent of im.intentSchema.intents()) {
    for (const sample of im.sampleUtterances.samplesForIntent(intent.name)) {
      const t = sample.matchesUtterance(phrase);
      if (!t.matches()) continue;
      if (!allowEmptySlots && t.slotValues().some(v => v.trim() === "")) continue;
      tests.push(t);
    }
  }
  let top;
  for (const t of tests) {
    if (!top || t.score() > top.score()) top = t;
    else if (t.score() === top.score() && t.scoreSlots() > top.scoreSlots()) top = t;
  }
  if (!top) return null;
  const ties = [...new Set(tests.filter(t => t !== top && t.score() === top.score() && t.scoreSlots() === top.scoreSlots()
    && t.samplePhrase.intent !== top.samplePhrase.intent).map(t => t.samplePhrase.intent))];
  const slots = {};
  const vals = top.slotValues();
  for (let i = 0; i < vals.length; i++) slots[top.samplePhrase.slotName(i)] = vals[i].trim();
  return { intent: top.samplePhrase.intent, sample: top.samplePhrase.phrase, score: top.score(), slots, ties };
}

function describeSlots(reqIntent) {
  const out = {};
  for (const [name, s] of Object.entries(reqIntent.slots || {})) {
    const o = { value: s.value === undefined || s.value === "" ? null : s.value, status: null, resolvedId: null };
    const rpa = s.resolutions && s.resolutions.resolutionsPerAuthority;
    if (rpa && rpa.length) {
      o.status = rpa[0].status.code;
      const values = rpa[0].values || [];
      if (values.length) {
        o.resolvedId = values[0].value.id;
        o.resolvedName = values[0].value.name;
        if (values.length > 1) o.resolvedIds = values.map(v => v.value.id);
      }
    }
    out[name] = o;
  }
  return out;
}

// Checks virtual-core does NOT do (it silently treats these as wildcards), per ASK docs.
function lintModel(lm) {
  const warnings = [];
  const typeNames = new Set((lm.types || []).map(t => t.name));
  for (const intent of lm.intents || []) {
    const slotType = Object.fromEntries((intent.slots || []).map(s => [s.name, s.type]));
    for (const [name, type] of Object.entries(slotType)) {
      if (!type.startsWith("AMAZON.") && !typeNames.has(type))
        warnings.push(`${intent.name}.${name}: custom type ${type} not defined in types[] (matched as a wildcard)`);
    }
    for (const sample of intent.samples || []) {
      const refs = [...sample.matchAll(/\{([^}|]+)\}/g)].map(m => m[1]);
      for (const r of refs) if (!(r in slotType)) warnings.push(`${intent.name}: sample "${sample}" uses undeclared slot {${r}}`);
      if (refs.some(r => slotType[r] === "AMAZON.SearchQuery") && sample.replace(/\{[^}]*\}/g, "").trim() === "")
        warnings.push(`${intent.name}: sample "${sample}" has an AMAZON.SearchQuery slot with no carrier phrase (ASK build error MissingCarrierPhraseWithPhraseSlot)`);
    }
  }
  return warnings;
}

function main() {
  const opt = parseArgs(process.argv.slice(2));
  let modelJson = JSON.parse(fs.readFileSync(opt.model, "utf8"));
  if (!opt.raw) modelJson = normaliseModel(modelJson, opt.locale);
  const lm = modelJson.interactionModel ? modelJson.interactionModel.languageModel : (modelJson.languageModel || modelJson);
  const hasFallback = (lm.intents || []).some(i => i.name === "AMAZON.FallbackIntent");
  for (const w of lintModel(lm)) console.error(`resolve.js: warning: ${w}`);

  const alexa = VirtualAlexa.Builder()
    .handler(() => Promise.resolve({ version: "1.0", response: {} })) // never called
    .interactionModel(modelJson)
    .locale(opt.locale)
    .applicationID("amzn1.ask.skill.local-eval")
    .create();
  const im = alexa.context().interactionModel();

  const input = readInput(opt.in);
  let mismatches = 0;
  for (const row of input.rows) {
    const phrase = opt.raw ? row.text : normText(row.text, opt.locale);
    const m = phrase === "" ? null : match(im, phrase, opt.raw);
    const out = {};
    if (row.id !== undefined) out.id = row.id;
    out.utterance = row.text;
    if (!opt.raw && phrase !== row.text) out.normalized = phrase;
    if (!m) {
      out.intent = opt.fallback && hasFallback ? "AMAZON.FallbackIntent" : null;
      out.matched = false;
      out.slots = {};
    } else {
      // virtual-alexa builds the request (slots + entity resolution) exactly as utter() would
      const req = alexa.request().intent(m.intent).slots(m.slots);
      const json = req.json();
      out.intent = json.request.intent.name;
      out.matched = true;
      out.sample = m.sample;
      out.slots = describeSlots(json.request.intent);
      if (m.ties.length) out.ties = m.ties;
      if (opt.envelope) out.envelope = json;
      alexa.context().endSession(); // reset session/dialog state between utterances
    }
    if (opt.check && phrase !== "") {
      const u = new Utterance(im, phrase);
      const theirs = u.matched() ? u.intent() : null;
      const theirsEmpty = u.matched() && (u.slots || []).some(v => v.trim() === "");
      const ours = m ? m.intent : null;
      // in non-raw mode we drop empty-slot matches, so only compare when both matched or raw
      if ((opt.raw || (m && theirs && !theirsEmpty)) && theirs !== ours) {
        mismatches++;
        out.checkMismatch = { virtualCore: theirs };
      }
    }
    process.stdout.write(JSON.stringify(out) + "\n");
  }
  if (opt.check && mismatches) { console.error(`resolve.js: ${mismatches} selection mismatch(es) vs virtual-core Utterance`); process.exit(3); }
}

process.stdout.on("error", e => { if (e.code === "EPIPE") process.exit(0); throw e; });
main();
