import { Almanac } from 'json-rules-engine';
import { resolvePath } from './path-resolver.js';

/**
 * The almanac of one engine run, reading a `path` with {@link resolvePath} whatever
 * the fact's value: json-rules-engine applies its path resolver to objects only and
 * returns a number, string, boolean or null whole, so a condition's `path` into such
 * a value (a host fact whose schema allows anything, say) would silently be ignored.
 * Here, as any path that leads nowhere, it reads undefined.
 */
export class PathSafeAlmanac extends Almanac {
  constructor() {
    super({ allowUndefinedFacts: false, pathResolver: resolvePath });
  }

  override factValue<T>(factId: string, params: Record<string, unknown> = {}, path = ''): Promise<T> {
    const whole = super.factValue<unknown>(factId, params);
    return (path === '' ? whole : whole.then((value) => resolvePath(value, path))) as Promise<T>;
  }
}
