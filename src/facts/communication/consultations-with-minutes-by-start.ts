import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';

/** The catalogue fact `consultationsWithMinutesByStart`. */
export const fact = defineFact({
  name: 'consultationsWithMinutesByStart',
  compute: (context) => {
    const start = context.dossier.period?.start;
    if (!start) return [];
    return (context.dossier.communication?.consultations ?? []).flatMap((consultation, index) => {
      const path = `communication.consultations[${index}]`;
      return consultation.minutesRecorded === true && consultation.date !== undefined && consultation.date <= start
        ? [{ label: itemLabel(undefined, path), date: consultation.date, participants: consultation.participants, path }]
        : [];
    });
  },
});

/** What `consultationsWithMinutesByStart` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cuộc tham vấn có biên bản (minutesRecorded) và có ngày không muộn hơn period.start; rỗng nếu thiếu period.start. Mỗi mục: label, date, participants, path.',
  en: 'The consultations with minutes recorded (minutesRecorded) dated on or before period.start; empty without period.start. Each item: label, date, participants, path.',
};
