// httpsnippet on the requests of our samples, timed per snippet in a warm process.
//
// node bench/httpsnippet_bench.js INSTALL_DIR CASES_JSON ROUNDS
// INSTALL_DIR holds node_modules/httpsnippet; CASES_JSON is written by
// bench/samples_timing.py ({har, languages: [[language, target, client]]} per
// endpoint). Timed two ways, as our samples are: per request (one HTTPSnippet,
// then convert() for each language, as httpsnippet's README uses it) and each
// snippet from scratch (a new HTTPSnippet for every conversion). Prints medians as JSON.
"use strict";

const path = require("path");
const fs = require("fs");

const [installDir, casesFile, roundsText] = process.argv.slice(2);
const { HTTPSnippet } = require(path.join(path.resolve(installDir), "node_modules", "httpsnippet"));
const cases = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const rounds = Number(roundsText);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function check(text, target, client) {
  if (typeof text !== "string" || text.length === 0) {
    throw new Error(`no snippet for ${target}:${client}`);
  }
}

const perRequest = [];
const each = [];
for (let round = 0; round <= rounds; round += 1) { // round 0 warms the JIT up
  let started = process.hrtime.bigint();
  for (const item of cases) {
    const snippet = new HTTPSnippet(item.har);
    for (const [, target, client] of item.languages) {
      check(snippet.convert(target, client), target, client);
    }
  }
  perRequest.push(Number(process.hrtime.bigint() - started) / 1e9);
  const spent = {};
  for (const item of cases) {
    for (const [language, target, client] of item.languages) {
      started = process.hrtime.bigint();
      check(new HTTPSnippet(item.har).convert(target, client), target, client);
      spent[language] = (spent[language] || 0) + Number(process.hrtime.bigint() - started) / 1e9;
    }
  }
  each.push(spent);
}
const counts = {};
for (const item of cases) {
  for (const [language] of item.languages) counts[language] = (counts[language] || 0) + 1;
}
const samples = Object.values(counts).reduce((a, b) => a + b, 0);
const perLanguage = {};
for (const key of Object.keys(counts).sort()) {
  perLanguage[key] = median(each.slice(1).map((r) => r[key])) / counts[key];
}
console.log(JSON.stringify({
  samples,
  per_sample_s: median(perRequest.slice(1)) / samples,
  per_sample_each_s: median(each.slice(1).map((r) => Object.values(r).reduce((a, b) => a + b, 0))) / samples,
  per_language_s: perLanguage,
  node: process.version,
}));
