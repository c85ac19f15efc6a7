import { describe, expect, it } from 'vitest';
import { BUNDLED_LEGAL_DATA } from '../../src/bundled-rules.js';
import { provinceKey } from '../../src/facts/legal/provinces.js';
import { LegalDataSchema } from '../../src/schema/legal-data.js';
import { exampleWith } from '../support/dossiers.js';
import { factValue } from '../support/fact-value.js';

const legal = LegalDataSchema.parse(BUNDLED_LEGAL_DATA);
const entries = (key: string) => legal.entries.filter((entry) => entry.key === key);
const inProvince = (province: string) => exampleWith((d) => (d.location.province = province));
const compute = (name: string, dossier: unknown, referenceDate: string): any => factValue(name, dossier, { asOf: '2026-01-10', referenceDate });

describe('the provinces in the legal data', () => {
  const [before, withHue, after] = entries('provinces').map((entry) => entry.value as string[]);
  const mergers = entries('provinceMergers').find((entry) => entry.effectiveFrom === '2025-07-01')!.value as Record<string, string>;

  it('lists 63 provinces before the 2025 mergers and 34 after, with unique keys', () => {
    expect([before!.length, withHue!.length, after!.length]).toEqual([63, 63, 34]);
    for (const list of [before!, withHue!, after!]) expect(new Set(list.map(provinceKey)).size).toBe(list.length);
  });

  it('merges each former province into one of the 34, and the 34 with the merged ones are the 63', () => {
    expect(Object.values(mergers).filter((target) => !after!.includes(target))).toEqual([]);
    const merged = Object.keys(mergers).filter((name) => name !== 'Thừa Thiên Huế');
    expect(merged).toHaveLength(29);
    expect([...after!, ...merged].sort()).toEqual([...withHue!].sort());
  });

  it('names 6 centrally-run cities from 2025-01-01 and 7 (with Đồng Nai) from 2026-04-30, all of them provinces of the 34', () => {
    const citiesFrom = (date: string) => entries('centrallyRunCities').find((entry) => entry.effectiveFrom === date)!.value as string[];
    expect(citiesFrom('2025-01-01')).toHaveLength(6);
    expect(citiesFrom('2026-04-30')).toEqual([...citiesFrom('2025-01-01'), 'Đồng Nai']);
    for (const cities of [citiesFrom('2025-01-01'), citiesFrom('2026-04-30')]) expect(cities.filter((city) => !after!.includes(city))).toEqual([]);
  });
});

describe('provinceRecognised and provinceOnReferenceDate', () => {
  it.each([
    ['Tỉnh Thái Bình', '2019-03-15', true, { name: 'Thái Bình' }],
    ['TỈNH THÁI BÌNH', '2025-11-10', true, { name: 'Hưng Yên', formerName: 'Thái Bình' }],
    ['TP. Hồ Chí Minh', '2019-03-15', true, { name: 'Hồ Chí Minh' }],
    ['TP HCM', '2025-11-10', true, { name: 'Hồ Chí Minh' }],
    ['Thành phố Hà Nội', '2025-11-10', true, { name: 'Hà Nội' }],
    ['tỉnh Hoà Bình', '2019-03-15', true, { name: 'Hòa Bình' }],
    ['Bà Rịa – Vũng Tàu', '2025-11-10', true, { name: 'Hồ Chí Minh', formerName: 'Bà Rịa - Vũng Tàu' }],
    ['Thừa Thiên Huế', '2025-03-01', true, { name: 'Huế', formerName: 'Thừa Thiên Huế' }],
    ['Hà Tây', '2019-03-15', false, { name: 'Hà Tây' }],
    ['Thái Bìnhh', '2019-03-15', false, { name: 'Thái Bìnhh' }],
  ])('%s on %s: recognised %s', (province, date, recognised, onDate) => {
    expect(compute('provinceRecognised', inProvince(province), date)).toBe(recognised);
    expect(compute('provinceOnReferenceDate', inProvince(province), date)).toEqual(onDate);
  });

  it('matches NFD and NFC spellings alike', () => {
    const nfd = 'Tỉnh Đắk Lắk'.normalize('NFD');
    expect(compute('provinceRecognised', inProvince(nfd), '2025-11-10')).toBe(true);
    expect(provinceKey(nfd)).toBe(provinceKey('đắk lắk'));
  });

  it('says nothing when the dossier names no province', () => {
    expect(compute('provinceRecognised', exampleWith((d) => delete d.location.province), '2025-11-10')).toBeUndefined();
  });
});
