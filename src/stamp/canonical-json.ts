/**
 * A canonical JSON text of a value, in the manner of RFC 8785 (JCS): object
 * keys sorted by UTF-16 code units, no insignificant whitespace, numbers and
 * strings as JSON.stringify writes them. Two files that differ only in
 * formatting or key order have the same canonical form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON cannot represent a non-finite number');
    // undefined, functions and symbols have no JSON form; as in JSON.stringify they become null inside arrays.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, field]) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
}
