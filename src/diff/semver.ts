/** A parsed semantic version (build metadata is ignored, as semver precedence ignores it). */
export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
}

/** As lenient as the rule-set format's SemverSchema (leading zeros are read as numbers). */
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1.2.3`, `2.0.0-rc.1`, `1.0.0+build`; throws a RangeError for anything else. */
export function parseVersion(version: string): ParsedVersion {
  const match = SEMVER.exec(version);
  if (!match) throw new RangeError(`"${version}" không phải phiên bản semver / is not a semantic version`);
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] === undefined ? [] : match[4]
            .split('.')
            .filter((part) => part !== '')
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  };
}

function sign(value: number): -1 | 0 | 1 {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

/**
 * Semver precedence: -1 when `a` comes before `b`, 1 after, 0 equal.
 * A pre-release comes before its release (1.0.0-rc.1 < 1.0.0); numeric
 * identifiers compare as numbers and before alphanumeric ones.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = parseVersion(a);
  const right = parseVersion(b);
  for (const part of ['major', 'minor', 'patch'] as const) {
    if (left[part] !== right[part]) return sign(left[part] - right[part]);
  }
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return sign(right.prerelease.length - left.prerelease.length);
  }
  for (let i = 0; i < Math.max(left.prerelease.length, right.prerelease.length); i += 1) {
    const x = left.prerelease[i];
    const y = right.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return sign(x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
