import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyLegalDataChange } from '../../src/diff/classify.js';
import type { ChangeLevel } from '../../src/diff/semver.js';
import { diffLegalData, hasLegalDataChanges, legalEntryName, type LegalDataDiff } from '../../src/diff/diff-legal-data.js';
import { LegalDataSchema, type LegalData, type LegalEntry } from '../../src/schema/legal-data.js';
import { reverseKeys } from '../support/json.js';

// The bundled legal data taken as release 1.0.0, whatever its version now.
const LEGAL = { ...LegalDataSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/legal-data.json', import.meta.url)), 'utf8'))), version: '1.0.0' };

function variant(change: (data: LegalData) => unknown): LegalData {
  const copy = structuredClone(LEGAL);
  const replaced = change(copy);
  return typeof replaced === 'object' && replaced !== null && !Array.isArray(replaced) && 'entries' in replaced ? (replaced as LegalData) : copy;
}

function entry(data: LegalData, key: string, effectiveFrom?: string): LegalEntry {
  const found = data.entries.find((candidate) => candidate.key === key && candidate.effectiveFrom === effectiveFrom);
  if (!found) throw new Error(`no entry ${key}@${effectiveFrom}`);
  return found;
}


const CAP = 'supportCap.demonstration-model';

interface Case {
  name: string;
  change: (data: LegalData) => unknown;
  level: ChangeLevel;
  check?: (diff: LegalDataDiff) => void;
}

const CASES: Case[] = [
  {
    name: 'reformatting and key reordering',
    change: (data) => reverseKeys(JSON.parse(JSON.stringify(data, null, 3)) as LegalData),
    level: 'none',
  },
  { name: 'entries reordered', change: (data) => data.entries.reverse(), level: 'none' },
  {
    name: 'a note reworded',
    change: (data) => (entry(data, 'learnersPerInstructorLimit', '2025-07-01').note = { vi: 'Nguồn thứ cấp.', en: 'Secondary source.' }),
    level: 'patch',
    check: (diff) => expect(diff.changed).toMatchObject([{ key: 'learnersPerInstructorLimit', effectiveFrom: '2025-07-01', fields: ['note'] }]),
  },
  {
    name: 'a legal figure corrected',
    change: (data) => ((entry(data, CAP, '2018-05-11').value as { maxVnd: number }).maxVnd = 1_200_000_000),
    level: 'minor',
    check: (diff) => {
      expect(diff.changed).toHaveLength(1);
      const [change] = diff.changed;
      expect(change).toMatchObject({ key: CAP, effectiveFrom: '2018-05-11', fields: ['value'] });
      expect(change!.value).toEqual({
        before: { percent: 30, maxVnd: 1_000_000_000, per: 'model' },
        after: { percent: 30, maxVnd: 1_200_000_000, per: 'model' },
      });
      expect(change).not.toHaveProperty('source');
    },
  },
  {
    name: 'a source and its verified flag changed',
    change: (data) => {
      const limit = entry(data, 'learnersPerInstructorLimit', '2025-07-01');
      limit.source = 'Nghị định 142/2025/NĐ-CP, Điều 61';
      limit.verified = true;
    },
    level: 'minor',
    check: (diff) =>
      expect(diff.changed[0]).toMatchObject({ fields: ['source', 'verified'], verified: { before: false, after: true } }),
  },
  {
    name: 'an end date set',
    change: (data) => (entry(data, 'priorityOwnership', '2025-10-15').effectiveTo = '2030-12-31'),
    level: 'minor',
    check: (diff) => expect(diff.changed[0]!.effectiveTo).toEqual({ before: undefined, after: '2030-12-31' }),
  },
  {
    name: 'an entry added to a known key',
    change: (data) =>
      data.entries.push({ key: 'nationalProgramme', value: { decision: 'x', period: '2031–2035' }, effectiveFrom: '2031-01-01', source: 'draft', verified: false }),
    level: 'minor',
    check: (diff) => {
      expect(diff.added.map(legalEntryName)).toEqual(['nationalProgramme@2031-01-01']);
      expect(diff.keysAdded).toEqual([]);
    },
  },
  {
    name: 'a new legal fact',
    change: (data) => data.entries.push({ key: 'maxProjectMonths', value: 12, source: 'draft', verified: false }),
    level: 'minor',
    check: (diff) => expect(diff.keysAdded).toEqual(['maxProjectMonths']),
  },
  {
    name: 'an entry re-dated (its key keeps entries)',
    change: (data) => (entry(data, 'ministryAgencyName', '2025-03-01').effectiveFrom = '2025-03-02'),
    level: 'minor',
    check: (diff) => {
      expect(diff.removed.map(legalEntryName)).toEqual(['ministryAgencyName@2025-03-01']);
      expect(diff.added.map(legalEntryName)).toEqual(['ministryAgencyName@2025-03-02']);
      expect(diff.keysRemoved).toEqual([]);
    },
  },
  {
    name: 'a legal fact removed altogether',
    change: (data) => (data.entries = data.entries.filter((candidate) => candidate.key !== 'priorityOwnership')),
    level: 'major',
    check: (diff) => {
      expect(diff.removed.map(legalEntryName)).toEqual(['priorityOwnership@2025-10-15']);
      expect(diff.keysRemoved).toEqual(['priorityOwnership']);
    },
  },
  {
    name: 'an entry with an open start matched by key alone',
    change: (data) => (entry(data, 'districtLevel').source = 'Luật Tổ chức chính quyền địa phương 2015'),
    level: 'minor',
    check: (diff) => {
      expect(diff.changed).toHaveLength(1);
      expect(diff.changed[0]).not.toHaveProperty('effectiveFrom');
      expect(legalEntryName(diff.changed[0]!)).toBe('districtLevel@…');
    },
  },
];

describe('diffLegalData and classifyLegalDataChange on variants of rules/legal-data.json', () => {
  it.each(CASES)('$name → $level', ({ change, level, check }) => {
    const diff = diffLegalData(LEGAL, variant(change));
    expect(diff.version).toEqual({ before: LEGAL.version, after: LEGAL.version });
    expect(classifyLegalDataChange(diff)).toBe(level);
    expect(hasLegalDataChanges(diff)).toBe(level !== 'none');
    check?.(diff);
  });

  it('reports the version on both sides, whether or not entries changed', () => {
    const diff = diffLegalData(LEGAL, variant((data) => (data.version = '1.1.0')));
    expect(diff).toEqual({ version: { before: '1.0.0', after: '1.1.0' }, added: [], removed: [], changed: [], keysAdded: [], keysRemoved: [] });
  });
});
