import { defineFact } from './define.js';

export const communicationFacts = [
  defineFact({
    name: 'communicationChannels',
    description: {
      vi: 'Các kênh truyền thông khác nhau đã dùng, theo thứ tự dùng lần đầu.',
      en: 'The distinct communication channels used, in order of first use.',
    },
    compute: (context) => [
      ...new Set((context.dossier.communication?.activities ?? []).flatMap((activity) => (activity.channel ? [activity.channel] : []))),
    ],
  }),
];
