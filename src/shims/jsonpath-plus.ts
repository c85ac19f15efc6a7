/**
 * A stand-in for `jsonpath-plus`, for browser bundles: khuyencong gives
 * json-rules-engine its own plain-path resolver, so JSONPath is never called.
 * Alias `jsonpath-plus` to `khuyencong/shims/jsonpath-plus` in your bundler to
 * leave JSONPath (about 8 KB gzipped, and a past code-execution CVE) out.
 */
export function JSONPath(): never {
  throw new Error('JSONPath is not available: khuyencong resolves condition paths as plain dotted paths.');
}

export default { JSONPath };
