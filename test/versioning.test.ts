import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withPolicyTable } from '../scripts/versioning-doc.js';
import { checkVersionBump } from '../src/diff/classify.js';
import { compareVersions } from '../src/diff/semver.js';
import { validateRuleSet } from '../src/engine/validate-rule-set.js';
import { FACT_CATALOGUE } from '../src/facts/catalogue.js';
import { LegalDataSchema, type LegalData } from '../src/schema/legal-data.js';
import type { RuleSet } from '../src/schema/rule-set.js';
import { LESSON_IDS, RULE_SET_FILES, ruleChangelogFile, ruleSetFile } from '../scripts/rule-layout.js';

// docs/versioning.md: every change to a rule set or the legal data raises its version as the contract requires.
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), 'utf8'));
const RELEASED = readdirSync(root('test/released'));

/** The last released copy of `name` kept in test/released/ (`L5@1.0.0.json`). */
function lastRelease(name: string): { version: string; json: unknown } {
  const versions = RELEASED.filter((file) => file.startsWith(`${name}@`)).map((file) => file.slice(name.length + 1, -'.json'.length));
  expect(versions.length, `test/released/ has no release of ${name}`).toBeGreaterThan(0);
  const version = versions.sort(compareVersions).at(-1)!;
  return { version, json: readJson(`test/released/${name}@${version}.json`) };
}

const loadRuleSet = (json: unknown, source: string): RuleSet => validateRuleSet(json, source, FACT_CATALOGUE);

describe.each(LESSON_IDS)('rule set %s', (lesson) => {
  const current = loadRuleSet(readJson(ruleSetFile(lesson)), ruleSetFile(lesson));
  const released = lastRelease(lesson);
  const previous = loadRuleSet(released.json, `test/released/${lesson}@${released.version}.json`);

  it('raised its version as far as its changes since the last release require', () => {
    expect(checkVersionBump(previous, current)).toEqual([]);
  });

  it('has a changelog entry for its current version', () => {
    const changelog = readFileSync(root(ruleChangelogFile(lesson)), 'utf8');
    expect(changelog).toMatch(new RegExp(`^## ${current.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it('records for every rule a `since` no later than the rule set, and a deprecation that names an existing rule', () => {
    const allRuleIds = new Set(RULE_SET_FILES.flatMap((file) => (readJson(file) as RuleSet).rules.map((rule) => rule.id)));
    for (const rule of current.rules) {
      expect(compareVersions(rule.since, current.version), `${rule.id}.since`).toBeLessThanOrEqual(0);
      if (rule.deprecated) {
        expect(compareVersions(rule.deprecated.since, current.version)).toBeLessThanOrEqual(0);
        if (rule.deprecated.replacedBy) expect(allRuleIds.has(rule.deprecated.replacedBy), `${rule.id} replacedBy`).toBe(true);
      }
    }
  });
});

describe('legal data', () => {
  const current: LegalData = LegalDataSchema.parse(readJson('rules/legal-data.json'));
  const released = lastRelease('legal-data');

  it('raised its version as far as its changes since the last release require', () => {
    expect(checkVersionBump(LegalDataSchema.parse(released.json), current)).toEqual([]);
  });

  it('has a changelog entry for its current version', () => {
    expect(readFileSync(root('rules/changelog/legal-data.md'), 'utf8')).toMatch(new RegExp(`^## ${current.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});

describe('the contract check itself', () => {
  const l5 = loadRuleSet(readJson('test/released/L5@1.0.0.json'), 'test/released/L5@1.0.0.json');

  it('fails a rule whose meaning changed without a major release', () => {
    const changed = structuredClone(l5);
    changed.version = '1.1.0';
    changed.rules[0]!.severity = 'critical';
    expect(checkVersionBump(l5, changed)).toEqual([expect.stringContaining('major')]);
  });

  it('fails content that changed under the same version', () => {
    const changed = structuredClone(l5);
    changed.rules[0]!.messages.fail.en += ' Please fix it.';
    expect(checkVersionBump(l5, changed)).not.toEqual([]);
  });

  it('accepts a wording change released as a patch', () => {
    const changed = structuredClone(l5);
    changed.version = '1.0.1';
    changed.rules[0]!.messages.fail.en += ' Please fix it.';
    expect(checkVersionBump(l5, changed)).toEqual([]);
  });
});

describe('docs/versioning.md', () => {
  it('holds the policy table generated from VERSIONING_POLICY (run `npx tsx scripts/versioning-doc.ts`)', () => {
    const doc = readFileSync(root('docs/versioning.md'), 'utf8');
    expect(doc).toBe(withPolicyTable(doc));
  });
});
