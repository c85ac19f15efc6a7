const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Resolves a plain dotted path (`budget.lines.0.amount`) in a fact value.
 * Only own properties are followed, so a path can never reach an object's
 * prototype; there is no JSONPath, no filter expression, nothing evaluated.
 * Returns undefined where the path leads nowhere.
 */
export function resolvePath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
