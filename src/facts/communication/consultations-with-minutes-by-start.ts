import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { needed, noteUnknown } from '../unknowns.js';

/** The catalogue fact `consultationsWithMinutesByStart`. */
export const fact = defineFact({
  name: 'consultationsWithMinutesByStart',
  returns: 'list',
  compute: (context) => {
    const start = context.dossier.period?.start;
    if (!start) return [];
    return (needed(context, context.dossier.communication?.consultations, 'communication.consultations') ?? []).flatMap((consultation, index) => {
      const path = `communication.consultations[${index}]`;
      if (consultation.minutesRecorded === false || (consultation.date !== undefined && consultation.date > start)) return [];
      // Could be the one: what it does not say (its date, whether minutes were kept) is noted.
      if (consultation.date === undefined) noteUnknown(context, `${path}.date`);
      if (consultation.minutesRecorded === undefined) noteUnknown(context, `${path}.minutesRecorded`);
      if (consultation.date === undefined || consultation.minutesRecorded === undefined) return [];
      return [{ label: itemLabel(undefined, path), date: consultation.date, participants: consultation.participants, path }];
    });
  },
});

/** What `consultationsWithMinutesByStart` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các cuộc tham vấn có biên bản (minutesRecorded) và có ngày không muộn hơn period.start; rỗng nếu thiếu period.start. Một cuộc chưa ghi ngày hoặc chưa ghi có biên bản hay không (minutesRecorded) không được coi là không đạt: quy tắc là chưa đủ thông tin, trừ khi đã có cuộc đạt. Mỗi mục: label, date, participants, path.',
  en: 'The consultations with minutes recorded (minutesRecorded) dated on or before period.start; empty without period.start. A consultation without its date or without minutesRecorded is not taken as failing: a rule is incomplete unless one that qualifies is listed. Each item: label, date, participants, path.',
};
