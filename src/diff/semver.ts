import { sayDiff } from '../i18n/catalogue/diff.js';

/** How far a version must move, by semver: the release a change needs. */
export type ReleaseLevel = 'patch' | 'minor' | 'major';
/** A {@link ReleaseLevel}, or `none` when nothing changed. */
export type ChangeLevel = 'none' | ReleaseLevel;

const RANK: Record<ChangeLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of some change levels ('none' for none). */
export function maxLevel(levels: Iterable<ChangeLevel>): ChangeLevel {
  let level: ChangeLevel = 'none';
  for (const candidate of levels) if (RANK[candidate] > RANK[level]) level = candidate;
  return level;
}

/** A parsed semantic version (build metadata is ignored, as semver precedence ignores it). */
export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
}

/** Thrown for a string that is not a semantic version; `message` is English, `messageId` and `params` word it in any locale. */
export class InvalidVersionError extends RangeError {
  override name = 'InvalidVersionError';
  readonly messageId = 'diff.error.notSemver';
  readonly params: { version: string };

  constructor(version: string) {
    super(sayDiff('en', 'diff.error.notSemver', { version }));
    this.params = { version };
  }
}

/** As lenient as the rule-set format's SemverSchema (leading zeros are read as numbers). */
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1.2.3`, `2.0.0-rc.1`, `1.0.0+build`; throws {@link InvalidVersionError} (a RangeError) for anything else. */
export function parseVersion(version: string): ParsedVersion {
  const match = SEMVER.exec(version);
  if (!match) throw new InvalidVersionError(version);
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease:
      match[4] === undefined
        ? []
        : match[4]
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

/**
 * The smallest version allowed after a change of this level, as `npm version`
 * computes it: 1.2.3 + patch → 1.2.4, + minor → 1.3.0, + major → 2.0.0; a
 * pre-release is first completed (2.0.0-rc.1 + major → 2.0.0); `none` → the
 * same version.
 */
export function requiredVersion(previousVersion: string, change: ChangeLevel): string {
  const { major, minor, patch, prerelease } = parseVersion(previousVersion);
  const pre = prerelease.length > 0;
  switch (change) {
    case 'none':
      return previousVersion;
    case 'patch':
      return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
    case 'minor':
      return pre && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
    case 'major':
      return pre && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  }
}

/** How a version moved against the release its changes need. */
export interface VersionBump {
  /** The smallest version the new side may carry. */
  required: string;
  /** The new version comes before the old one. */
  backwards: boolean;
  /** The new version is at least {@link required} and did not go backwards. */
  satisfied: boolean;
}

/** Whether a version moved back: `after` comes before `before`. */
export function wentBackwards(before: string, after: string): boolean {
  return compareVersions(after, before) < 0;
}

/** Checks a move from `before` to `after` against a change of level `change`. */
export function checkBump(before: string, after: string, change: ChangeLevel): VersionBump {
  const required = requiredVersion(before, change);
  const backwards = wentBackwards(before, after);
  return { required, backwards, satisfied: !backwards && compareVersions(after, required) >= 0 };
}
