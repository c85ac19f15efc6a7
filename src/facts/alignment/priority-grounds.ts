import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { legalCodes } from '../legal/legal-value.js';

/** One ground on which the project has priority. Every flag is set, so message sections read the item's own value. */
interface PriorityGround {
  ground: 'priority-sector' | 'priority-area' | 'women-owned' | 'ethnic-minority-owned';
  prioritySector: boolean;
  priorityArea: boolean;
  womenOwned: boolean;
  ethnicMinorityOwned: boolean;
  /** The priority sectors (priority-sector only). */
  sectors: string[] | undefined;
  /** The beneficiary's name (ownership grounds), else the field's path. */
  label: string;
  path: string;
}

const NO_GROUND = { prioritySector: false, priorityArea: false, womenOwned: false, ethnicMinorityOwned: false, sectors: undefined };

/** The catalogue fact `priorityGrounds`. */
export const fact = defineFact({
  name: 'priorityGrounds',
  compute: (context): PriorityGround[] => {
    const grounds: PriorityGround[] = [];
    const alignment = context.dossier.alignment;
    const sectors = alignment?.prioritySectors ?? [];
    if (sectors.length > 0) {
      grounds.push({ ...NO_GROUND, ground: 'priority-sector', prioritySector: true, sectors, label: 'alignment.prioritySectors', path: 'alignment.prioritySectors' });
    }
    if (alignment?.priorityArea === true) {
      grounds.push({ ...NO_GROUND, ground: 'priority-area', priorityArea: true, label: 'alignment.priorityArea', path: 'alignment.priorityArea' });
    }
    const ownership = legalCodes(context, 'priorityOwnership');
    (context.dossier.beneficiaries ?? []).forEach((beneficiary, index) => {
      const path = `beneficiaries[${index}]`;
      const label = itemLabel(beneficiary.name ?? beneficiary.id, path);
      if (ownership.includes('women-owned') && beneficiary.womenOwned === true) {
        grounds.push({ ...NO_GROUND, ground: 'women-owned', womenOwned: true, label, path: `${path}.womenOwned` });
      }
      if (ownership.includes('ethnic-minority-owned') && beneficiary.ethnicMinorityOwned === true) {
        grounds.push({ ...NO_GROUND, ground: 'ethnic-minority-owned', ethnicMinorityOwned: true, label, path: `${path}.ethnicMinorityOwned` });
      }
    });
    return grounds;
  },
});

/** What `priorityGrounds` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các diện ưu tiên của đề án: ngành nghề ưu tiên (alignment.prioritySectors không rỗng), địa bàn ưu tiên (alignment.priorityArea), và — chỉ khi priorityOwnershipInForce có diện đó vào ngày tham chiếu — từng cơ sở thụ hưởng do phụ nữ (womenOwned) hoặc người dân tộc thiểu số (ethnicMinorityOwned) làm chủ. Mỗi mục: ground, các cờ prioritySector, priorityArea, womenOwned, ethnicMinorityOwned, sectors, label, path.',
  en: 'The grounds on which the project has priority: a priority sector (alignment.prioritySectors non-empty), a priority area (alignment.priorityArea), and, only when priorityOwnershipInForce lists that ground on the reference date, each women-owned (womenOwned) or ethnic-minority-owned (ethnicMinorityOwned) beneficiary. Each item: ground, the flags prioritySector, priorityArea, womenOwned, ethnicMinorityOwned, sectors, label, path.',
};
