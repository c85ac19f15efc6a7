import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { ratio } from './ratio.js';

/** The catalogue fact `learnersPerInstructor`. */
export const fact = defineFact({
  name: 'learnersPerInstructor',
  returns: 'number',
  compute: (context) => {
    const training = context.dossier.presidingUnit?.vocationalTraining;
    return ratio(training?.trainees, training?.instructors);
  },
});

/** What `learnersPerInstructor` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Số học viên bình quân trên một giáo viên: presidingUnit.vocationalTraining.trainees / instructors; không có nếu thiếu một trong hai số hoặc số giáo viên là 0 (không chia cho 0).',
  en: 'The average number of trainees per instructor: presidingUnit.vocationalTraining.trainees / instructors; absent when either count is missing or there are no instructors (no division by zero).',
};
