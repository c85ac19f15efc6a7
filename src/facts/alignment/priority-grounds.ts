import type { LocalizedText } from '../../i18n/locale.js';
import { defineFact } from '../define.js';
import { itemLabel } from '../item-label.js';
import { beneficiariesExpected } from '../core/named-beneficiaries.js';
import { legalCodes } from '../legal/legal-value.js';
import { noteUnknown } from '../unknowns.js';

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
  returns: 'list',
  compute: (context): PriorityGround[] => {
    // Priority is an "any ground" test: the list holds the grounds known to apply, and each ground the
    // dossier does not state is noted, so an empty list with one unknown is unknown, not "no priority".
    const grounds: PriorityGround[] = [];
    const alignment = context.dossier.alignment;
    const sectors = alignment?.prioritySectors;
    if (sectors === undefined) noteUnknown(context, 'alignment.prioritySectors');
    else if (sectors.length > 0) {
      grounds.push({ ...NO_GROUND, ground: 'priority-sector', prioritySector: true, sectors, label: 'alignment.prioritySectors', path: 'alignment.prioritySectors' });
    }
    if (alignment?.priorityArea === undefined) noteUnknown(context, 'alignment.priorityArea');
    else if (alignment.priorityArea) {
      grounds.push({ ...NO_GROUND, ground: 'priority-area', priorityArea: true, label: 'alignment.priorityArea', path: 'alignment.priorityArea' });
    }
    const ownership = legalCodes(context, 'priorityOwnership');
    const counted = (['women-owned', 'ethnic-minority-owned'] as const).filter((ground) => ownership.includes(ground));
    if (counted.length === 0) return grounds;
    const beneficiaries = context.dossier.beneficiaries;
    // As beneficiaryCount: no list is unknown only where the dossier should name its beneficiaries.
    if (beneficiaries === undefined && beneficiariesExpected(context) !== false) noteUnknown(context, 'beneficiaries');
    (beneficiaries ?? []).forEach((beneficiary, index) => {
      const path = `beneficiaries[${index}]`;
      const label = itemLabel(beneficiary.name ?? beneficiary.id, path);
      for (const ground of counted) {
        const field = ground === 'women-owned' ? 'womenOwned' : 'ethnicMinorityOwned';
        const value = beneficiary[field];
        if (value === undefined) noteUnknown(context, `${path}.${field}`, label);
        else if (value) grounds.push({ ...NO_GROUND, ground, [field]: true, label, path: `${path}.${field}` });
      }
    });
    return grounds;
  },
});

/** What `priorityGrounds` is, for docs/facts.md: only the docs tooling imports it, so browser bundles leave it out. */
export const description: LocalizedText = {
  vi: 'Các diện ưu tiên của đề án: ngành nghề ưu tiên (alignment.prioritySectors không rỗng), địa bàn ưu tiên (alignment.priorityArea), và — chỉ khi priorityOwnershipInForce có diện đó vào ngày tham chiếu — từng cơ sở thụ hưởng do phụ nữ (womenOwned) hoặc người dân tộc thiểu số (ethnicMinorityOwned) làm chủ. Chỉ liệt kê các diện đã biết là có; diện nào hồ sơ chưa ghi (không có prioritySectors, priorityArea, hoặc womenOwned, ethnicMinorityOwned của một cơ sở khi diện đó có hiệu lực) không được coi là không có: khi chưa có diện nào, quy tắc là chưa đủ thông tin, nêu trường cần bổ sung; một danh sách rỗng hoặc false là dữ liệu. Mỗi mục: ground, các cờ prioritySector, priorityArea, womenOwned, ethnicMinorityOwned, sectors, label, path.',
  en: 'The grounds on which the project has priority: a priority sector (alignment.prioritySectors non-empty), a priority area (alignment.priorityArea), and, only when priorityOwnershipInForce lists that ground on the reference date, each women-owned (womenOwned) or ethnic-minority-owned (ethnicMinorityOwned) beneficiary. Only the grounds known to apply are listed; a ground the dossier does not state (no prioritySectors, no priorityArea, or a beneficiary’s womenOwned or ethnicMinorityOwned while that ground is in force) is not taken as absent: with no ground known, a rule is incomplete, naming the field to supply; an empty list or false is data. Each item: ground, the flags prioritySector, priorityArea, womenOwned, ethnicMinorityOwned, sectors, label, path.',
};
