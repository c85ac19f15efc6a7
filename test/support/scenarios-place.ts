import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';

/*
 * Scenarios for the place test of lesson 4: where a beneficiary may be, by date. Each starts
 * from a fresh copy of the spec's example.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

export const TOWN_WARD_COOPERATIVE = 'Hợp tác xã mây tre đan phường Hòa Bình';
export const HANOI_WARD_HOUSEHOLD = 'Hộ kinh doanh gốm Nguyễn Văn Tâm';
export const PROVINCE_WARD_HOUSEHOLD = HANOI_WARD_HOUSEHOLD;

/**
 * A local project approved on 2019-03-15 for a rattan cooperative in a ward of a town (thị xã,
 * class III), which the 2012 test makes eligible though `area` would have said "urban".
 */
export function townWardProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.submittedOn = '2019-02-20';
    dossier.approvedOn = '2019-03-15';
    dossier.period = { start: '2019-04-01', end: '2019-11-30' };
    dossier.results.reportedOn = '2019-11-30';
    dossier.location = { province: 'Tỉnh Thái Bình', district: 'Thị xã Hòa Bình', commune: 'Phường Hòa Bình', area: 'urban' };
    delete dossier.implementation;
    dossier.beneficiaries[0].name = TOWN_WARD_COOPERATIVE;
    dossier.beneficiaries[0].location = {
      commune: 'Phường Hòa Bình',
      unitType: 'ward',
      parentUnit: { kind: 'town', name: 'Thị xã Hòa Bình', cityClass: 'III' },
    };
    extra(dossier);
  });
}

/** A household business in a ward, on a project approved on 2025-11-10 in `province` (as officials write it). */
export function householdInWardProject(province: string, ward: string, extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.submittedOn = '2025-10-20';
    dossier.approvedOn = '2025-11-10';
    dossier.period = { start: '2025-11-15', end: '2026-05-31' };
    dossier.results.reportedOn = '2026-05-31';
    dossier.location = { province, commune: ward, unitType: 'ward' };
    delete dossier.implementation;
    dossier.beneficiaries[0] = {
      id: 'HKD-GOM-01',
      name: HANOI_WARD_HOUSEHOLD,
      kind: 'household-business',
      sector: '23930',
      requestLetterOn: '2025-10-01',
      counterpartCommitted: 120000000,
      otherStateFunding: false,
    };
    extra(dossier);
  });
}

/** The example approved on 2012-03-20, before the legal data begins (Nghị định 134/2004/NĐ-CP then governed). */
export function approvedBeforeCoverage(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.submittedOn = '2012-02-10';
    dossier.approvedOn = '2012-03-20';
    dossier.period = { start: '2012-04-01', end: '2012-10-31' };
    dossier.results.reportedOn = '2012-10-31';
    extra(dossier);
  });
}

/** Options for evaluating {@link approvedBeforeCoverage}. */
export const BEFORE_COVERAGE = { asOf: '2013-01-15' };
