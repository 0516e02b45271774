// The floor of a cold build: creates the same files, with the same sizes, and does nothing else.
// Usage: node write-floor.mjs <sizes.json: [[relative path, bytes], …]> <empty output folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [sizesFile, out] = process.argv.slice(2);
const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));
const made = new Set();
for (const [rel, bytes] of sizes) {
  const file = path.join(out, rel);
  const dir = path.dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(file, 'x'.repeat(bytes));
}
