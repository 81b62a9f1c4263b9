#!/usr/bin/env node
// `npm run check:cycles` (and CI): no import cycle between files of src/ (type-only imports included), nor between
// its folders (src/law, src/compliance, …: a room may use another only if that one never uses it back, at any
// distance). Between folders only what runs counts: a resolver in its feature's folder names the types the GraphQL
// layer generates from the schema (and the request context's), while the GraphQL layer loads the resolvers; those
// type-only imports are erased when the code is built. The import graph is madge's.
'use strict';
const path = require('node:path');
const madge = require('madge');

const root = path.join(__dirname, '..');
const roomOf = (file) => {
  const parts = file.split('/');
  return parts.length > 1 ? parts[0] : '(src)';
};

/** Tarjan's strongly connected components of a graph given as a Map of node → Set of nodes. */
function components(graph) {
  let index = 0;
  const stack = [];
  const seen = new Map();
  const low = new Map();
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    seen.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!seen.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), seen.get(w)));
    }
    if (low.get(v) === seen.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!seen.has(v)) visit(v);
  return found;
}

const graph = (skipTypeImports) =>
  madge(path.join(root, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: path.join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports } },
  });

Promise.all([graph(false), graph(true)])
  .then(([all, running]) => {
    const fileCycles = all.circular();
    const files = running.obj();
    const rooms = new Map();
    const why = new Map();
    for (const [file, imports] of Object.entries(files)) {
      const from = roomOf(file);
      if (!rooms.has(from)) rooms.set(from, new Set());
      for (const target of imports) {
        const to = roomOf(target);
        if (to === from) continue;
        rooms.get(from).add(to);
        if (!why.has(`${from}>${to}`)) why.set(`${from}>${to}`, `${file} imports ${target}`);
      }
    }
    const roomCycles = components(rooms);
    for (const cycle of fileCycles) console.error(`files in a cycle: ${cycle.join(' → ')}`);
    for (const cycle of roomCycles) {
      console.error(`folders in a cycle: ${cycle.join(', ')}`);
      for (const a of cycle)
        for (const b of cycle)
          if (why.has(`${a}>${b}`)) console.error(`  ${a} → ${b}: ${why.get(`${a}>${b}`)}`);
    }
    if (fileCycles.length || roomCycles.length) process.exit(1);
    console.log(`No import cycle: ${Object.keys(files).length} files in ${rooms.size} folders of src/.`);
  })
  .catch((e) => {
    console.error(`The import graph could not be read: ${e && e.message ? e.message : String(e)}`);
    process.exit(1);
  });
