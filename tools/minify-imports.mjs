// Shortens the names of the functions the wasm imports from its JavaScript glue.
//
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`, and every name is
// written twice, in the wasm's import section and as a key of the glue's import object.
// The hex digits do not compress, so the names weigh several KB brotli for nothing. This
// gives each import a short name (`a`, `b`, ... `aa`, ...) in both files, as Binaryen's
// minify-imports does for Emscripten. Only the import section of the wasm changes.
//
// Used by tools/minify-glue.mjs before it minifies the glue.

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Writes `value` as unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A short name for the n-th import: a..z, then aa, ab, ... (never a JS keyword: `do`
 * and `if` and `in` cannot come up before thousands of imports, and keys may be keywords
 * anyway). */
function shortName(n) {
  let name = '';
  n += 1;
  while (n > 0) {
    n -= 1;
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26);
  }
  return name;
}

/**
 * Renames the imports of `wasm` (a Buffer) whose names occur in `glue` (the JS source).
 * Returns { wasm, glue, renamed }.
 */
export function minifyImports(wasm, glue) {
  const text = new TextDecoder();
  const encode = (s) => [...Buffer.from(s, 'utf8')];
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let at = 8;
  const parts = [wasm.subarray(0, 8)];
  const renames = new Map();
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    // The import section: count, then (module, field, kind, description) entries.
    let p = start;
    let count;
    [count, p] = leb(wasm, p);
    const body = [...toLeb(count)];
    for (let i = 0; i < count; i++) {
      let length;
      [length, p] = leb(wasm, p);
      const module = text.decode(wasm.subarray(p, p + length));
      p += length;
      [length, p] = leb(wasm, p);
      const field = text.decode(wasm.subarray(p, p + length));
      p += length;
      const descriptionStart = p;
      const kind = wasm[p++];
      // Skip the description: a type index (function), a table, a memory or a global.
      if (kind === 0) [, p] = leb(wasm, p);
      else if (kind === 1) {
        p += 1;
        const flags = wasm[p++];
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      } else if (kind === 2) {
        const flags = wasm[p++];
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      } else if (kind === 3) p += 2;
      else throw new Error(`unknown import kind ${kind}`);
      let name = field;
      // Only a name that the glue defines as a key can be renamed in both files.
      if (kind === 0 && glue.includes(`${field}:`)) {
        name = shortName(renames.size);
        renames.set(field, name);
      }
      body.push(...toLeb(encode(module).length), ...encode(module));
      body.push(...toLeb(encode(name).length), ...encode(name));
      body.push(...wasm.subarray(descriptionStart, p));
    }
    if (p !== end) throw new Error('import section not read to its end');
    parts.push(Buffer.from([2, ...toLeb(body.length), ...body]));
    at = end;
  }
  const rewritten = Buffer.concat(parts);
  // The rewritten binary must still be a module whose imports are the new names.
  const imported = new Set(WebAssembly.Module.imports(new WebAssembly.Module(rewritten)).map((i) => i.name));
  for (const name of renames.values()) {
    if (!imported.has(name)) throw new Error(`the rewritten module does not import ${name}`);
  }
  let out = glue;
  for (const [from, to] of renames) {
    // Keys of the import object: `name:function` after minification, `name: function`
    // before; the hashed names occur nowhere else.
    out = out.split(`${from}:`).join(`${to}:`);
    if (out.includes(from)) throw new Error(`import ${from} is used in the glue other than as a key`);
  }
  return { wasm: rewritten, glue: out, renamed: renames.size };
}
