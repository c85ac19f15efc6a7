/**
 * The fixture suite: every dossier in test/fixtures/dossiers is evaluated and
 * its findings compared with its `.expected.json` (see test/support/fixtures.ts).
 * Regenerate the recorded statuses with `npx tsx scripts/update-fixtures.ts`.
 */
import { describe, expect, it } from 'vitest';
import { DossierSchema, ReportSchema, type Report } from '../src/index.js';
import {
  evaluateFixture,
  fixtureNames,
  intentMismatches,
  loadFixture,
  orphanExpectedFiles,
  statusesOf,
  type Fixture,
} from './support/fixtures.js';
import { evaluator } from './support/evaluate.js';


const names = fixtureNames();

describe('the fixture set', () => {
  it('has at least 16 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  it('has an expected file for every dossier and a dossier for every expected file', () => {
    expect(orphanExpectedFiles()).toEqual([]);
    for (const name of names) expect(() => loadFixture(name), name).not.toThrow();
  });
});

describe.each(names)('fixture %s', (name) => {
  // A malformed expected file fails this fixture's tests, not the collection of the whole suite.
  let loaded: Fixture | Error;
  try {
    loaded = loadFixture(name);
  } catch (error) {
    loaded = error instanceof Error ? error : new Error(String(error));
  }
  const fixtureOf = (): Fixture => {
    if (loaded instanceof Error) throw loaded;
    return loaded;
  };
  let reportPromise: Promise<Report> | undefined;
  const report = () => (reportPromise ??= evaluateFixture(evaluator, fixtureOf()));

  it('is a valid dossier', () => {
    const fixture = fixtureOf();
    const parsed = DossierSchema.safeParse(fixture.dossier);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it('gives every rule the recorded status (no rule added, removed or changed)', async () => {
    expect(statusesOf(await report())).toEqual(fixtureOf().expected.statuses);
  });

  it('records statuses that agree with the intent of the fixture', () => {
    const { intent, statuses } = fixtureOf().expected;
    const mismatches = intentMismatches(intent, statuses).map(
      ({ ruleId, intent: wanted, actual }) => `${ruleId}: intent ${wanted}, recorded ${actual ?? '(no such rule)'}`,
    );
    expect(mismatches).toEqual([]);
  });

  it('produces a report that passes ReportSchema', async () => {
    const parsed = ReportSchema.safeParse(await report());
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it('is evaluated on the dates its expected file names', async () => {
    const { asOf, referenceDate } = fixtureOf().expected;
    const result = await report();
    expect(result.asOf).toBe(asOf);
    if (referenceDate) expect(result.referenceDate).toEqual({ date: referenceDate, source: 'option' });
  });
});
