import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { ARTISAN, artisanAndUrbanHouseholdProject, BEFORE_WIDENING, COOPERATIVE, ON_WIDENING, URBAN_HOUSEHOLD } from '../../support/scenarios-l4.js';

describe('L4-eligible-beneficiaries', () => {
  const RULE = 'L4-eligible-beneficiaries';
  const cases: RuleCase[] = [
    {
      name: 'the example: a rural cooperative, eligible on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Vào ngày tham chiếu 28/12/2023, các cơ sở thụ hưởng đều thuộc loại hình và địa bàn được hỗ trợ: ${COOPERATIVE} (hợp tác xã, nông thôn).`,
      en: `On the reference date 28 Dec 2023, every beneficiary is of a kind and in an area eligible for support: ${COOPERATIVE} (cooperative, rural).`,
      evidence: [
        { path: '@ineligibleBeneficiaries', value: [] },
        { path: '@eligibleBeneficiaryKinds', value: ['enterprise', 'cooperative', 'cooperative-group', 'household-business'] },
        { path: '@eligibleAreas', value: ['rural', 'craft-village', 'industrial-cluster'] },
      ],
    },
    {
      name: 'an artisan and an urban household business, approved 2025-10-20 (after the widening)',
      dossier: artisanAndUrbanHouseholdProject(),
      options: { asOf: '2025-11-20' },
      status: 'pass',
      vi: `Vào ngày tham chiếu 20/10/2025, các cơ sở thụ hưởng đều thuộc loại hình và địa bàn được hỗ trợ: ${ARTISAN} (nghệ nhân, làng nghề); ${URBAN_HOUSEHOLD} (hộ kinh doanh, đô thị).`,
      en: `On the reference date 20 Oct 2025, every beneficiary is of a kind and in an area eligible for support: ${ARTISAN} (artisan, craft village); ${URBAN_HOUSEHOLD} (household business, urban).`,
      evidence: [
        { path: '@eligibleBeneficiaryKinds', value: expect.arrayContaining(['artisan']) },
        { path: '@eligibleAreas', value: expect.arrayContaining(['urban']) },
      ],
    },
    {
      name: 'the same two beneficiaries judged under the law of 2025-10-15, the day the widening takes effect',
      dossier: artisanAndUrbanHouseholdProject(),
      options: ON_WIDENING,
      status: 'pass',
      vi: { contains: ['Vào ngày tham chiếu 15/10/2025', `${ARTISAN} (nghệ nhân, làng nghề)`, `${URBAN_HOUSEHOLD} (hộ kinh doanh, đô thị)`] },
    },
    {
      name: 'the same two beneficiaries judged under the law of 2025-10-14: the artisan and the urban area are not yet eligible',
      dossier: artisanAndUrbanHouseholdProject(),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: `Vào ngày tham chiếu 14/10/2025, có 2 cơ sở thụ hưởng chưa đủ điều kiện hỗ trợ: ${ARTISAN} — loại hình nghệ nhân chưa thuộc đối tượng được hỗ trợ; ${URBAN_HOUSEHOLD} — địa bàn đô thị chưa thuộc địa bàn được hỗ trợ. Khi đó khuyến công hỗ trợ doanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh ở địa bàn nông thôn, làng nghề và cụm công nghiệp.`,
      en: `On the reference date 14 Oct 2025, 2 beneficiaries are not eligible for support: ${ARTISAN} — the kind artisan is not eligible; ${URBAN_HOUSEHOLD} — the area urban is not eligible. On that date support goes to enterprise, cooperative, cooperative group and household business in rural, craft village and industrial cluster areas.`,
      remediation: ['beneficiaries[].kind', 'Nghị định 235/2025/NĐ-CP'],
      evidence: [
        {
          path: '@ineligibleBeneficiaries',
          value: [
            expect.objectContaining({ id: 'NN-DONGXAM-01', kind: 'artisan', kindIneligible: true, areaIneligible: false, path: 'beneficiaries[0]' }),
            expect.objectContaining({ id: 'HKD-TRANLAM-01', area: 'urban', kindIneligible: false, areaIneligible: true, path: 'beneficiaries[1]' }),
          ],
        },
        { path: '@eligibleBeneficiaryKinds', value: expect.not.arrayContaining(['artisan']) },
      ],
    },
    {
      name: 'an urban artisan before the widening: both the kind and the area are named',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.beneficiaries[0].location.area = 'urban';
        d.beneficiaries.pop();
      }),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: { contains: [`có 1 cơ sở thụ hưởng chưa đủ điều kiện hỗ trợ: ${ARTISAN} — loại hình nghệ nhân chưa thuộc đối tượng được hỗ trợ, địa bàn đô thị chưa thuộc địa bàn được hỗ trợ.`] },
      en: { contains: [`1 beneficiary is not eligible for support: ${ARTISAN} — the kind artisan is not eligible, the area urban is not eligible.`] },
    },
    {
      name: 'a beneficiary without its own area takes the project area (rural)',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].location = { commune: 'Thái Phương', area: null };
      }),
      status: 'pass',
      vi: { contains: [`${COOPERATIVE} (hợp tác xã, nông thôn)`] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [] }],
    },
    {
      name: 'a household business without its own area in a project located in a ward (urban), before the widening',
      dossier: exampleWith((d) => {
        d.location = { province: 'Thái Bình', commune: 'phường Trần Lãm', area: 'urban' };
        d.beneficiaries[0].kind = 'household-business';
        d.beneficiaries[0].name = 'Hộ kinh doanh Vũ Văn Hải';
        delete d.beneficiaries[0].location;
      }),
      status: 'fail',
      vi: { contains: ['Hộ kinh doanh Vũ Văn Hải — địa bàn đô thị chưa thuộc địa bàn được hỗ trợ.'], excludes: ['loại hình'] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [expect.objectContaining({ area: 'urban', areaPath: 'location.area' })] }],
    },
    {
      name: 'a beneficiary with no kind and no area anywhere is named with both missing fields',
      dossier: exampleWith((d) => {
        delete d.location.area;
        d.beneficiaries.push({ id: 'HKD-05', name: 'Hộ kinh doanh Lê Văn Năm', otherStateFunding: false });
      }),
      status: 'fail',
      vi: 'Vào ngày tham chiếu 28/12/2023, có 1 cơ sở thụ hưởng chưa đủ điều kiện hỗ trợ: Hộ kinh doanh Lê Văn Năm — chưa ghi loại hình cơ sở (beneficiaries[1].kind), chưa ghi địa bàn (beneficiaries[1].location.area). Khi đó khuyến công hỗ trợ doanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh ở địa bàn nông thôn, làng nghề và cụm công nghiệp.',
      en: { contains: ['Hộ kinh doanh Lê Văn Năm — no kind of establishment given (beneficiaries[1].kind), no area given (beneficiaries[1].location.area).'], excludes: [COOPERATIVE] },
      evidence: [
        {
          path: '@ineligibleBeneficiaries',
          value: [expect.objectContaining({ missingKind: 'beneficiaries[1].kind', missingArea: 'beneficiaries[1].location.area', path: 'beneficiaries[1]' })],
        },
      ],
    },
    {
      name: 'an unnamed beneficiary with no kind is named by its id',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].kind;
        delete d.beneficiaries[0].name;
      }),
      status: 'fail',
      vi: { contains: ['HTX-THAIPHUONG — chưa ghi loại hình cơ sở (beneficiaries[0].kind).'], excludes: ['chưa ghi địa bàn'] },
    },
    {
      name: 'a craft village listed as a beneficiary is not an eligible kind, even after the widening',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.beneficiaries[0] = { id: 'LN-DONGXAM', name: 'Làng nghề chạm bạc Đồng Xâm', kind: 'craft-village', otherStateFunding: false };
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      vi: { contains: ['Làng nghề chạm bạc Đồng Xâm — loại hình làng nghề chưa thuộc đối tượng được hỗ trợ.', 'hộ kinh doanh và nghệ nhân ở địa bàn nông thôn, đô thị, làng nghề và cụm công nghiệp'] },
      en: { contains: ['Làng nghề chạm bạc Đồng Xâm — the kind craft village is not eligible.'], excludes: [URBAN_HOUSEHOLD] },
    },
    {
      name: 'an empty list of beneficiaries',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
  ];

  runRuleTable(RULE, cases);
});
