import { describe, expect, it } from 'vitest';
import {
  checkBump,
  compareVersions,
  InvalidVersionError,
  maxLevel,
  parseVersion,
  requiredVersion,
  wentBackwards,
  type ChangeLevel,
} from '../../src/diff/semver.js';
import { sayDiff } from '../../src/i18n/catalogue/diff.js';

describe('parseVersion', () => {
  it('reads the three numbers and the pre-release identifiers, and ignores build metadata', () => {
    expect(parseVersion('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: [] });
    expect(parseVersion('2.0.0-rc.1+build.5')).toEqual({ major: 2, minor: 0, patch: 0, prerelease: ['rc', 1] });
  });

  it('throws an InvalidVersionError, a RangeError carrying its catalogue id, for anything else', () => {
    const error = (() => {
      try {
        parseVersion('v1');
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(InvalidVersionError);
    expect(error).toMatchObject({ messageId: 'diff.error.notSemver', params: { version: 'v1' }, message: '"v1" is not a semantic version' });
    expect(sayDiff('vi', 'diff.error.notSemver', { version: 'v1' })).toBe('"v1" không phải phiên bản semver');
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.0', '1.0.1', -1],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-beta.11', 1],
    ['1.0.0+build.5', '1.0.0', 0],
  ] as const)('%s vs %s → %d', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });

  it('throws for something that is not a version', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(RangeError);
  });
});

describe('requiredVersion', () => {
  it.each([
    ['1.2.3', 'none', '1.2.3'],
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['0.3.1', 'major', '1.0.0'],
    ['2.0.0-rc.1', 'major', '2.0.0'],
    ['2.1.0-rc.1', 'major', '3.0.0'],
    ['1.3.0-beta', 'minor', '1.3.0'],
    ['1.2.4-beta', 'patch', '1.2.4'],
  ] as const)('%s + %s → %s', (previous, change, expected) => {
    expect(requiredVersion(previous, change as ChangeLevel)).toBe(expected);
  });
});

describe('checkBump', () => {
  it.each([
    ['1.0.0', '1.0.1', 'patch', { required: '1.0.1', backwards: false, satisfied: true }],
    ['1.0.0', '1.1.0', 'patch', { required: '1.0.1', backwards: false, satisfied: true }],
    ['1.0.0', '1.1.0', 'major', { required: '2.0.0', backwards: false, satisfied: false }],
    ['1.0.0', '1.0.0', 'none', { required: '1.0.0', backwards: false, satisfied: true }],
    ['1.2.0', '1.1.0', 'none', { required: '1.2.0', backwards: true, satisfied: false }],
    ['2.0.0-rc.1', '2.0.0', 'major', { required: '2.0.0', backwards: false, satisfied: true }],
  ] as const)('%s → %s for a %s change', (before, after, change, expected) => {
    expect(checkBump(before, after, change)).toEqual(expected);
    expect(wentBackwards(before, after)).toBe(expected.backwards);
  });
});

describe('maxLevel', () => {
  it('is the largest level, none for none', () => {
    expect(maxLevel([])).toBe('none');
    expect(maxLevel(['patch', 'major', 'minor'])).toBe('major');
    expect(maxLevel(['none', 'patch'])).toBe('patch');
  });
});
