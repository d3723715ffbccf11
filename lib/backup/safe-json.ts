// Reading untrusted JSON: a depth check before parsing (a deeply nested file would overflow the
// stack of a reviver), and the keys that could reach an object's prototype dropped at every depth.

/** Keys that can never reach an object: removed while parsing, before anything validates. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep arrays and objects may nest; a Tend backup needs 5. */
export const MAX_DEPTH = 32;

/** The deepest nesting of arrays and objects in `text`, ignoring brackets inside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

export type SafeJson = { ok: true; value: unknown } | { ok: false; reason: 'too-deep' | 'not-json' };

export function parseSafeJson(text: string): SafeJson {
  if (nestingDepth(text) > MAX_DEPTH) return { ok: false, reason: 'too-deep' };
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
