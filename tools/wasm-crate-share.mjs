// How many bytes of a wasm module's code belong to functions whose names
// match a pattern (crate names in Rust's mangled symbols): the bundle cost of
// a set of crates, measured in the module rustc links, before wasm-opt. Reads
// the standard "name" section; no tool beyond Node is needed.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

function reader(bytes) {
  let at = 0;
  const u32 = () => {
    let result = 0; let shift = 0; let byte;
    do { byte = bytes[at++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return result >>> 0;
  };
  const name = () => { const length = u32(); const text = new TextDecoder().decode(bytes.subarray(at, at + length)); at += length; return text; };
  return { u32, name, get at() { return at; }, set at(value) { at = value; } };
}

/** { matched: bytes of matching function bodies, total: all bodies, brotli: matching bodies compressed } */
export function crateShare(path, pattern) {
  const bytes = readFileSync(path);
  const r = reader(bytes);
  r.at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  while (r.at < bytes.length) {
    const id = bytes[r.at++];
    const size = r.u32();
    const end = r.at + size;
    if (id === 2) {
      for (let count = r.u32(); count > 0; count--) {
        r.name(); r.name();
        const kind = bytes[r.at++];
        if (kind === 0) { r.u32(); imported++; }
        else if (kind === 1) { r.at++; const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
        else if (kind === 2) { const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
        else if (kind === 3) { r.at += 2; }
        else { r.u32(); r.u32(); }
      }
    } else if (id === 10) {
      for (let count = r.u32(); count > 0; count--) { const length = r.u32(); bodies.push(bytes.subarray(r.at, r.at + length)); r.at += length; }
    } else if (id === 0 && r.name() === 'name') {
      while (r.at < end) {
        const kind = bytes[r.at++]; const length = r.u32(); const next = r.at + length;
        if (kind === 1) for (let count = r.u32(); count > 0; count--) { const index = r.u32(); names.set(index, r.name()); }
        r.at = next;
      }
    }
    r.at = end;
  }
  if (names.size === 0) throw new Error(`${path} has no name section`);
  const matching = bodies.filter((_, index) => pattern.test(names.get(imported + index) ?? ''));
  const joined = Buffer.concat(matching);
  return {
    matched: joined.length,
    total: bodies.reduce((sum, body) => sum + body.length, 0),
    brotli: brotliCompressSync(joined, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
