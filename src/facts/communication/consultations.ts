import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { needed } from '../unknowns.js';

/** The catalogue fact `consultations`. */
export const fact = defineFact({
  name: 'consultations',
  returns: 'list',
  compute: (context) => {
    const start = context.dossier.period?.start;
    return (needed(context, context.dossier.communication?.consultations, 'communication.consultations') ?? []).map((consultation, index) => {
      const path = `communication.consultations[${index}]`;
      return {
        label: itemLabel(undefined, path),
        date: consultation.date,
        participants: consultation.participants,
        minutesRecorded: consultation.minutesRecorded,
        afterStart: consultation.date !== undefined && start !== undefined && consultation.date > start,
        path,
      };
    });
  },
});

/** What `consultations` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Mọi cuộc tham vấn, lấy ý kiến, theo thứ tự trong hồ sơ (hồ sơ không có communication.consultations không được coi là không có cuộc nào). Mỗi mục: label, date, participants, minutesRecorded, afterStart (ngày tham vấn sau period.start), path.',
  en: 'Every consultation, in dossier order (no communication.consultations is not taken as none). Each item: label, date, participants, minutesRecorded, afterStart (held after period.start), path.',
};
