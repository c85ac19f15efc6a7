import type { Judgement } from '../engine/judge.js';
import type { Locale } from '../i18n/locale.js';
import { say } from '../i18n/say.js';
import type { MissingItem } from '../schema/report.js';

/**
 * What to supply, once per dossier path, in the order the findings first name it: the list an
 * officer returns a dossier with. Each entry names every rule that needs the datum.
 */
export function missingItems(judgements: readonly Judgement[], locale: Locale): MissingItem[] {
  const byPath = new Map<string, { label?: string; ruleIds: string[] }>();
  for (const judgement of judgements) {
    if (judgement.status !== 'incomplete') continue;
    for (const datum of judgement.missing) {
      const entry = byPath.get(datum.path) ?? { ruleIds: [] };
      if (entry.label === undefined && datum.label !== undefined) entry.label = datum.label;
      if (!entry.ruleIds.includes(judgement.rule.id)) entry.ruleIds.push(judgement.rule.id);
      byPath.set(datum.path, entry);
    }
  }
  return [...byPath].map(([path, { label, ruleIds }]) => ({
    path,
    ruleIds,
    message: say(locale, 'missing.supply', { path, label, ruleIds, count: ruleIds.length }),
  }));
}
