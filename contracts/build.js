#!/usr/bin/env node
// Compiles datpin's contracts with the pinned solc (standard JSON input) and writes, per
// contract, build/<Name>.abi and build/<Name>.bin, plus build/combined.json for abigen.
// Usage: node build.js [OUTDIR]  (default: contracts/build)
"use strict";
const fs = require("fs");
const path = require("path");

const here = __dirname;
const tools = process.env.DATPIN_TOOLS || path.join(here, "..", ".tools");
const solc = require(path.join(tools, "node_modules", "solc"));
const nodeModules = path.join(tools, "node_modules");

const SETTINGS = {
  evmVersion: "prague",
  viaIR: true,
  optimizer: { enabled: true, runs: 100 },
  metadata: { bytecodeHash: "none" },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};

function collect(dir, base, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(full, base, out);
    else if (entry.name.endsWith(".sol")) out[path.relative(base, full)] = { content: fs.readFileSync(full, "utf8") };
  }
  return out;
}

const srcDir = path.join(here, "src");
const sources = collect(srcDir, srcDir, {});
const input = { language: "Solidity", sources, settings: SETTINGS };

function findImports(p) {
  for (const root of [nodeModules, srcDir]) {
    const full = path.join(root, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: "not found: " + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === "error") failed = true;
  process.stderr.write(e.formattedMessage + "\n");
}
if (failed) process.exit(1);

const outDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, "build");
fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const [file, contracts] of Object.entries(output.contracts)) {
  if (!Object.keys(sources).includes(file)) continue; // only our own sources
  for (const [name, c] of Object.entries(contracts)) {
    const bin = c.evm.bytecode.object;
    if (!bin || c.abi.length === 0) continue; // interfaces, abstract contracts, internal libraries
    fs.writeFileSync(path.join(outDir, name + ".abi"), JSON.stringify(c.abi, null, 1) + "\n");
    fs.writeFileSync(path.join(outDir, name + ".bin"), bin + "\n");
    const runtime = c.evm.deployedBytecode.object.length / 2;
    if (runtime > 20000) process.stderr.write(name + ": " + runtime + " bytes of runtime code (limit 24576)\n");
    combined.contracts[file + ":" + name] = { abi: c.abi, bin };
  }
}
fs.writeFileSync(path.join(outDir, "combined.json"), JSON.stringify(combined, null, 1) + "\n");
fs.writeFileSync(path.join(outDir, "solc-version.txt"), solc.version() + "\n" + JSON.stringify(SETTINGS) + "\n");
process.stderr.write("compiled " + Object.keys(combined.contracts).length + " contracts with solc " + solc.version() + "\n");
