// chrono-node on the benchmark corpus: chrono.parse over each article,
// counting the dates found (the peer of `annals tag`).
//   node chrono_tag.js DIR...   -> prints "articles N results M"
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

function files(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

let articles = 0;
let results = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of files(dir)) {
    // One article at a time, as annals tag streams them.
    results += chrono.parse(fs.readFileSync(f, 'utf8')).length;
    articles += 1;
  }
}
console.log(`articles ${articles} results ${results}`);
