import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';

/*
 * Variations of the example dossier for the lesson 2 (communication) tables.
 * Like scenarios.ts, each builds a fresh copy; `extra` makes one more change.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

/**
 * The example publicised late: a radio announcement of the provincial plan in
 * October 2023 (five months before the 2024-03-01 start), then nothing until a
 * conference with the cooperative's members on 2024-03-15, after work began,
 * and the television report on the results in October.
 */
export function lateOutreachProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.communication.activities = [
      { channel: 'radio', date: '2023-10-02', audience: 'public', reach: 8000 },
      { channel: 'conference', date: '2024-03-15', audience: 'beneficiaries', reach: 40 },
      { channel: 'television', date: '2024-10-25', audience: 'public', reach: 20000 },
    ];
    extra(dossier);
  });
}

/**
 * The example completed without telling anyone the results: only the two
 * pre-launch activities (loudspeaker on 2024-02-05, conference on 2024-02-20)
 * remain; the October television report and the November web article are gone.
 */
export function completedWithoutResultsCommunication(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.communication.activities = dossier.communication.activities.slice(0, 2);
    extra(dossier);
  });
}

/**
 * The example in mid-2024, still running: machines installed, hand-over and
 * acceptance not yet done, no final evaluation, no results to communicate yet.
 */
export function inProgressProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.stage = 'in-progress';
    delete dossier.implementation.milestones[2].completedOn;
    delete dossier.implementation.milestones[3].completedOn;
    delete dossier.implementation.evaluations;
    delete dossier.results;
    dossier.communication.activities = dossier.communication.activities.slice(0, 2);
    extra(dossier);
  });
}
