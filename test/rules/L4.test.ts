import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, runRuleTable, type RuleCase } from '../support/rule-cases.js';
import { approvedAugust2025, digitalTransformationProject, localProject, proposalDraft } from '../support/scenarios.js';
import { evaluator } from '../support/evaluate.js';
import { ARTISAN, URBAN_HOUSEHOLD, artisanAndUrbanHouseholdProject } from '../support/scenarios-l4.js';

const AFTER_DECREE_235 = { asOf: '2025-10-20' };

describe('L4-eligible-content', () => {
  const RULE = 'L4-eligible-content';
  const cases: RuleCase[] = [
    {
      name: 'the example: advanced equipment, allowed on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Nội dung "ứng dụng máy móc thiết bị tiên tiến" là hoạt động khuyến công được phép vào ngày tham chiếu 28/12/2023.',
      en: 'The content "advanced machinery and equipment" is an industrial-promotion activity allowed on the reference date 28 Dec 2023.',
      evidence: [
        { path: 'contentType', value: 'advanced-equipment' },
        { path: '@contentTypesInForce', value: expect.arrayContaining(['advanced-equipment']) },
      ],
    },
    {
      name: 'digital transformation approved on 2025-10-15, the day Nghị định 235/2025 takes effect',
      dossier: digitalTransformationProject('2025-10-15'),
      options: AFTER_DECREE_235,
      status: 'pass',
      vi: 'Nội dung "chuyển đổi số" là hoạt động khuyến công được phép vào ngày tham chiếu 15/10/2025.',
      en: { contains: ['"digital transformation" is an industrial-promotion activity allowed on the reference date 15 Oct 2025'] },
      evidence: [{ path: '@contentTypesInForce', value: expect.arrayContaining(['digital-transformation', 'sustainable-production']) }],
    },
    {
      name: 'digital transformation approved 2025-10-14 but judged under the law of 2025-10-15 (referenceDate option)',
      dossier: digitalTransformationProject('2025-10-14'),
      options: { ...AFTER_DECREE_235, referenceDate: '2025-10-15' },
      status: 'pass',
      vi: { contains: ['ngày tham chiếu 15/10/2025'] },
    },
    {
      name: 'digital transformation approved on 2025-10-14, the day before the decree takes effect',
      dossier: digitalTransformationProject('2025-10-14'),
      options: AFTER_DECREE_235,
      status: 'fail',
      vi: 'Nội dung "chuyển đổi số" chưa là hoạt động khuyến công được phép vào ngày tham chiếu 14/10/2025.',
      en: 'The content "digital transformation" is not an industrial-promotion activity allowed on the reference date 14 Oct 2025.',
      remediation: ['Nghị định 235/2025/NĐ-CP'],
      evidence: [
        { path: 'contentType', value: 'digital-transformation' },
        { path: '@contentTypesInForce', value: expect.not.arrayContaining(['digital-transformation']) },
      ],
    },
    {
      name: 'sustainable production in a 2023 dossier',
      dossier: exampleWith((d) => {
        d.contentType = 'sustainable-production';
      }),
      status: 'fail',
      vi: 'Nội dung "sản xuất và tiêu dùng bền vững" chưa là hoạt động khuyến công được phép vào ngày tham chiếu 28/12/2023.',
    },
    {
      name: 'a draft that does not state its content type',
      dossier: proposalDraft((d) => {
        delete d.contentType;
      }),
      status: 'fail',
      missing: ['contentType'],
      vi: 'Hồ sơ chưa ghi nội dung hoạt động khuyến công của đề án (contentType).',
      en: "The dossier does not state the project's industrial-promotion content (contentType).",
    },
  ];

  runRuleTable(RULE, cases);

  it('a draft with no dates is judged by the law on asOf', async () => {
    const dossier = digitalTransformationProject('2025-10-15', (d) => {
      delete d.approvedOn;
      delete d.submittedOn;
      delete d.period;
    });
    const before = await runRuleCase(RULE, { name: 'before', dossier, options: { asOf: '2025-10-14' }, status: 'fail' });
    expect(before.vi.message).toContain('14/10/2025');
    await runRuleCase(RULE, { name: 'on', dossier, options: { asOf: '2025-10-15' }, status: 'pass' });
  });
});

describe('L4-no-double-funding', () => {
  const RULE = 'L4-no-double-funding';
  const COOPERATIVE = 'Hợp tác xã bánh cáy Thái Phương';
  const cases: RuleCase[] = [
    {
      name: 'the example: the cooperative declares no other State funding',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Các cơ sở thụ hưởng (1) đều khai không nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.',
      en: 'Every beneficiary (1 in all) declares no support from another State programme for the same content.',
      evidence: [{ path: '@doubleFundingRisks', value: [] }],
    },
    {
      name: 'the cooperative already receives other State funding',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
      }),
      status: 'fail',
      vi: `${COOPERATIVE} đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.`,
      en: `${COOPERATIVE} already receives support from another State programme for the same content.`,
      remediation: ['Loại khỏi đề án cơ sở đã được Nhà nước hỗ trợ'],
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [expect.objectContaining({ id: 'HTX-THAIPHUONG', funded: true, declared: true, path: 'beneficiaries[0].otherStateFunding' })],
        },
      ],
    },
    {
      name: 'the cooperative has not declared other State funding',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].otherStateFunding;
      }),
      status: 'fail',
      vi: `${COOPERATIVE} chưa khai có nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung hay không.`,
      en: `${COOPERATIVE} has not declared whether it receives support from another State programme for the same content.`,
      evidence: [
        { path: '@doubleFundingRisks', value: [expect.objectContaining({ funded: false, declared: false, path: 'beneficiaries[0].otherStateFunding' })] },
      ],
    },
    {
      name: 'otherStateFunding null counts as undeclared',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = null;
      }),
      status: 'fail',
      vi: { contains: ['chưa khai có nhận hỗ trợ'] },
    },
    {
      name: 'three household businesses: one funded, one undeclared, one clean',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
        d.beneficiaries.push(
          { id: 'HKD-02', name: 'Hộ kinh doanh Nguyễn Văn Tám', kind: 'household-business', location: { commune: 'Thái Phương', area: 'rural' } },
          { id: 'HKD-03', name: 'Hộ kinh doanh Trần Thị Hoa', kind: 'household-business', otherStateFunding: false },
        );
      }),
      status: 'fail',
      vi: `${COOPERATIVE} đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung; Hộ kinh doanh Nguyễn Văn Tám chưa khai có nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung hay không.`,
      en: { contains: ['Hộ kinh doanh Nguyễn Văn Tám has not declared'], excludes: ['Trần Thị Hoa'] },
      evidence: [
        {
          path: '@doubleFundingRisks',
          value: [
            expect.objectContaining({ path: 'beneficiaries[0].otherStateFunding', funded: true }),
            expect.objectContaining({ path: 'beneficiaries[1].otherStateFunding', declared: false }),
          ],
        },
      ],
    },
    {
      name: 'a beneficiary without a name is named by its id',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].otherStateFunding = true;
        delete d.beneficiaries[0].name;
      }),
      status: 'fail',
      vi: 'HTX-THAIPHUONG đã nhận hỗ trợ của chương trình khác của Nhà nước cho cùng nội dung.',
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
    {
      name: 'a draft that lists no beneficiaries yet',
      dossier: proposalDraft((d) => {
        delete d.beneficiaries;
      }),
      status: 'not-applicable',
    },
  ];

  runRuleTable(RULE, cases);
});

const COOPERATIVE = 'Hợp tác xã bánh cáy Thái Phương';
const PROVINCIAL_PLAN = 'Quy hoạch tỉnh Thái Bình thời kỳ 2021–2030, tầm nhìn đến năm 2050';
const CRAFT_VILLAGE_PLAN = 'Kế hoạch phát triển làng nghề tỉnh Thái Bình giai đoạn 2021–2025';
/** The day before and the day Nghị định 235/2025 widens the beneficiaries, as read from the legal data. */
const BEFORE_WIDENING = { asOf: '2025-11-20', referenceDate: '2025-10-14' };
const ON_WIDENING = { asOf: '2025-11-20', referenceDate: '2025-10-15' };

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

describe('L4-planning-reference', () => {
  const RULE = 'L4-planning-reference';
  const cases: RuleCase[] = [
    {
      name: 'the example cites the provincial plan',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Đề án có căn cứ quy hoạch: ${PROVINCIAL_PLAN}.`,
      en: `The project rests on a provincial or industrial plan: ${PROVINCIAL_PLAN}.`,
      evidence: [
        {
          path: '@citedPlansMatching',
          value: [expect.objectContaining({ kind: 'provincial-planning', label: PROVINCIAL_PLAN, path: 'alignment.plans[0]' })],
        },
      ],
    },
    {
      name: 'an industrial development plan without a title is named by its place',
      dossier: exampleWith((d) => {
        d.alignment.plans = [{ kind: 'industrial-development-plan', sectorListed: true }];
      }),
      status: 'pass',
      vi: 'Đề án có căn cứ quy hoạch: alignment.plans[0].',
    },
    {
      name: 'only the craft-village plan and a district plan are cited',
      dossier: exampleWith((d) => {
        d.alignment.plans = [
          d.alignment.plans[1],
          { kind: 'district-plan', reference: 'Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030', sectorListed: true },
        ];
      }),
      status: 'fail',
      vi: `Đề án chưa viện dẫn quy hoạch tỉnh hay kế hoạch phát triển công nghiệp nào; các văn bản đã viện dẫn: ${CRAFT_VILLAGE_PLAN}; Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030.`,
      en: `The project cites no provincial plan or industrial development plan; the plans it cites are: ${CRAFT_VILLAGE_PLAN}; Quy hoạch xây dựng vùng huyện Hưng Hà đến năm 2030.`,
      remediation: ['provincial-planning', 'industrial-development-plan'],
      evidence: [{ path: '@citedPlansMatching', value: [] }],
    },
    {
      name: 'the plans list is empty',
      dossier: exampleWith((d) => {
        d.alignment.plans = [];
      }),
      status: 'fail',
      vi: 'Đề án chưa viện dẫn quy hoạch, kế hoạch nào (alignment.plans để trống), trong khi cần có quy hoạch tỉnh hoặc kế hoạch phát triển công nghiệp.',
      en: 'The project cites no plan at all (alignment.plans is empty), yet it needs the provincial plan or an industrial development plan.',
    },
    {
      name: 'a draft with no alignment section',
      dossier: proposalDraft((d) => {
        delete d.alignment;
      }),
      status: 'fail',
      missing: ['alignment.plans'],
      vi: 'Hồ sơ chưa có phần căn cứ quy hoạch, kế hoạch (alignment.plans); cần viện dẫn quy hoạch tỉnh hoặc kế hoạch phát triển công nghiệp.',
      en: 'The dossier has no plans cited (alignment.plans); it must cite the provincial plan or an industrial development plan.',
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L4-sector-in-plan', () => {
  const RULE = 'L4-sector-in-plan';
  const cases: RuleCase[] = [
    {
      name: 'the example: both cited plans list the sector',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Ngành nghề của đề án có trong ${PROVINCIAL_PLAN}; ${CRAFT_VILLAGE_PLAN}.`,
      en: `The project's sector is listed in ${PROVINCIAL_PLAN}; ${CRAFT_VILLAGE_PLAN}.`,
      evidence: [{ path: '@citedPlansMatching', value: [expect.objectContaining({ path: 'alignment.plans[0]' }), expect.objectContaining({ path: 'alignment.plans[1]' })] }],
    },
    {
      name: 'only the craft-village plan lists the sector',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
      }),
      status: 'pass',
      vi: `Ngành nghề của đề án có trong ${CRAFT_VILLAGE_PLAN}.`,
    },
    {
      name: 'the provincial plan does not list the sector and the craft-village plan does not say',
      dossier: exampleWith((d) => {
        d.alignment.plans[0].sectorListed = false;
        d.alignment.plans[1].sectorListed = null;
      }),
      status: 'fail',
      vi: `Ngành nghề của đề án chưa có trong văn bản nào được viện dẫn: ${PROVINCIAL_PLAN} — không có ngành nghề này; ${CRAFT_VILLAGE_PLAN} — chưa ghi có ngành nghề này hay không (alignment.plans[1].sectorListed).`,
      en: `The project's sector is listed in none of the cited plans: ${PROVINCIAL_PLAN} — not listed; ${CRAFT_VILLAGE_PLAN} — not stated whether it is listed (alignment.plans[1].sectorListed).`,
      remediation: ['sectorListed: true'],
      evidence: [{ path: '@citedPlansMatching', value: [] }],
    },
    {
      name: 'the plans list is empty',
      dossier: exampleWith((d) => {
        d.alignment.plans = [];
      }),
      status: 'fail',
      vi: 'Đề án chưa viện dẫn quy hoạch, kế hoạch nào (alignment.plans để trống) nên chưa chứng minh được ngành nghề có trong quy hoạch.',
      en: 'The project cites no plan at all (alignment.plans is empty), so nothing shows that its sector is in a plan.',
    },
    {
      name: 'no plans section at all',
      dossier: exampleWith((d) => {
        delete d.alignment.plans;
      }),
      status: 'fail',
      missing: ['alignment.plans'],
      vi: 'Hồ sơ chưa có phần căn cứ quy hoạch, kế hoạch (alignment.plans) nên chưa chứng minh được ngành nghề của đề án có trong quy hoạch.',
      en: "The dossier has no plans cited (alignment.plans), so nothing shows that the project's sector is in a plan.",
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L4-national-programme', () => {
  const RULE = 'L4-national-programme';
  const cases: RuleCase[] = [
    {
      name: 'the example: 1881/QĐ-TTg for a start on 2024-03-01',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, đúng chương trình áp dụng cho ngày bắt đầu thực hiện 01/03/2024: Chương trình khuyến công quốc gia giai đoạn 2021–2025 (1881/QĐ-TTg).',
      en: 'The project cites 1881/QĐ-TTg, the programme for the start of implementation on 1 Mar 2024: the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
      evidence: [
        { path: 'alignment.programme', value: '1881/QĐ-TTg' },
        { path: '@nationalProgrammeForPeriod', value: { decision: '1881/QĐ-TTg', period: '2021–2025' } },
        { path: '@citedProgrammeMatches', value: true },
      ],
    },
    {
      name: 'the decision number written in lower case with spaces',
      dossier: exampleWith((d) => {
        d.alignment.programme = ' 1881 / qđ-ttg ';
      }),
      status: 'pass',
      en: 'The project cites 1881 / qđ-ttg, the programme for the start of implementation on 1 Mar 2024: the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
    },
    {
      name: 'the decision cited in full, with its date',
      dossier: exampleWith((d) => {
        d.alignment.programme = 'Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ';
      }),
      status: 'pass',
      vi: { contains: ['Đề án viện dẫn Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ, đúng chương trình', '(1881/QĐ-TTg).'] },
    },
    {
      name: 'the 2014–2020 programme cited for a start in 2024',
      dossier: exampleWith((d) => {
        d.alignment.programme = '1288/QĐ-TTg';
      }),
      status: 'fail',
      vi: 'Đề án viện dẫn 1288/QĐ-TTg, nhưng ngày bắt đầu thực hiện 01/03/2024 thuộc Chương trình khuyến công quốc gia giai đoạn 2021–2025 (1881/QĐ-TTg).',
      en: 'The project cites 1288/QĐ-TTg, but the start of implementation on 1 Mar 2024 falls under the national industrial-promotion programme for 2021–2025 (1881/QĐ-TTg).',
      remediation: ['alignment.programme', '1881/QĐ-TTg, giai đoạn 2021–2025'],
      evidence: [{ path: '@citedProgrammeMatches', value: false }],
    },
    {
      name: 'a number that merely contains the right one (11881/QĐ-TTg)',
      dossier: exampleWith((d) => {
        d.alignment.programme = '11881/QĐ-TTg';
      }),
      status: 'fail',
    },
    {
      name: 'approved in August 2025 but starting on 2026-01-05: the 2026–2030 programme applies',
      dossier: approvedAugust2025((d) => {
        d.period = { start: '2026-01-05', end: '2026-09-30' };
      }),
      options: { asOf: '2025-09-15' },
      status: 'fail',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, nhưng ngày bắt đầu thực hiện 05/01/2026 thuộc Chương trình khuyến công quốc gia giai đoạn 2026–2030 (2646/QĐ-BCT).',
      en: { contains: ['falls under the national industrial-promotion programme for 2026–2030 (2646/QĐ-BCT)'] },
    },
    {
      name: 'a 2026 start citing 2646/QĐ-BCT',
      dossier: approvedAugust2025((d) => {
        d.period = { start: '2026-01-05', end: '2026-09-30' };
        d.alignment.programme = '2646/QĐ-BCT';
      }),
      options: { asOf: '2025-09-15' },
      status: 'pass',
      vi: 'Đề án viện dẫn 2646/QĐ-BCT, đúng chương trình áp dụng cho ngày bắt đầu thực hiện 05/01/2026: Chương trình khuyến công quốc gia giai đoạn 2026–2030 (2646/QĐ-BCT).',
    },
    {
      name: 'a start for which the legal data has no programme',
      dossier: exampleWith((d) => {
        d.period = { start: '2031-03-01', end: '2031-10-31' };
      }),
      status: 'fail',
      vi: 'Đề án viện dẫn 1881/QĐ-TTg, nhưng bảng dữ liệu pháp lý chưa có Chương trình khuyến công quốc gia nào cho ngày bắt đầu thực hiện 01/03/2031.',
      en: 'The project cites 1881/QĐ-TTg, but the legal-data table has no national industrial-promotion programme for the start of implementation on 1 Mar 2031.',
      evidence: [{ path: '@nationalProgrammeForPeriod', value: null }],
    },
    {
      name: 'a national project that does not cite the programme',
      dossier: exampleWith((d) => {
        delete d.alignment.programme;
      }),
      status: 'fail',
      missing: ['alignment.programme'],
      vi: 'Chưa đối chiếu được với Chương trình khuyến công quốc gia: hồ sơ chưa ghi alignment.programme.',
      en: 'The project cannot be checked against the national industrial-promotion programme: the dossier does not give alignment.programme.',
    },
    {
      name: 'a national draft with neither the programme nor the period',
      dossier: proposalDraft((d) => {
        delete d.alignment.programme;
        delete d.period;
      }),
      status: 'fail',
      missing: ['alignment.programme', 'period.start'],
      vi: 'Chưa đối chiếu được với Chương trình khuyến công quốc gia: hồ sơ chưa ghi alignment.programme và period.start.',
      en: 'The project cannot be checked against the national industrial-promotion programme: the dossier does not give alignment.programme and period.start.',
    },
    {
      name: 'a local project',
      dossier: localProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chỉ đề án khuyến công quốc gia phải phù hợp Chương trình khuyến công quốc gia (đề án này: khuyến công địa phương).',
      en: 'Not applicable: only national projects must fit the national industrial-promotion programme (this one: local industrial promotion).',
      evidence: [{ path: 'scope', value: 'local' }],
    },
    {
      name: 'a draft that does not state its scope',
      dossier: proposalDraft((d) => {
        delete d.scope;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: chỉ đề án khuyến công quốc gia phải phù hợp Chương trình khuyến công quốc gia (đề án này: chưa ghi phạm vi).',
      en: { contains: ['(this one: scope not stated)'] },
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L4-priority (info: reported, never scored)', () => {
  const RULE = 'L4-priority';
  const cases: RuleCase[] = [
    {
      name: 'the example: a priority sector; the women-owned cooperative does not count in 2023',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án thuộc diện ưu tiên: ngành nghề ưu tiên agro-processing.',
      en: 'The project has priority: priority sector agro-processing.',
      evidence: [{ path: '@priorityGrounds', value: [expect.objectContaining({ ground: 'priority-sector', sectors: ['agro-processing'] })] }],
    },
    {
      name: 'the example under the law of 2025-10-15: the women-owned cooperative now counts too',
      dossier: exampleDossier(),
      options: ON_WIDENING,
      status: 'pass',
      vi: `Đề án thuộc diện ưu tiên: ngành nghề ưu tiên agro-processing; ${COOPERATIVE} do phụ nữ làm chủ.`,
      en: `The project has priority: priority sector agro-processing; ${COOPERATIVE} is women-owned.`,
      evidence: [
        {
          path: '@priorityGrounds',
          value: [expect.objectContaining({ ground: 'priority-sector' }), expect.objectContaining({ ground: 'women-owned', path: 'beneficiaries[0].womenOwned' })],
        },
      ],
    },
    {
      name: 'two priority sectors and a priority area',
      dossier: exampleWith((d) => {
        d.alignment.prioritySectors = ['chế biến nông sản', 'thủ công mỹ nghệ'];
        d.alignment.priorityArea = true;
      }),
      status: 'pass',
      vi: 'Đề án thuộc diện ưu tiên: ngành nghề ưu tiên chế biến nông sản và thủ công mỹ nghệ; địa bàn ưu tiên.',
      en: 'The project has priority: priority sector chế biến nông sản and thủ công mỹ nghệ; priority area.',
    },
    {
      name: 'an artisan and an urban household after the widening: only the women-owned household',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[0].ethnicMinorityOwned = true;
      }),
      options: { asOf: '2025-11-20' },
      status: 'pass',
      vi: `Đề án thuộc diện ưu tiên: ${ARTISAN} do người dân tộc thiểu số làm chủ; ${URBAN_HOUSEHOLD} do phụ nữ làm chủ.`,
      en: `The project has priority: ${ARTISAN} is owned by ethnic-minority people; ${URBAN_HOUSEHOLD} is women-owned.`,
    },
    {
      name: 'the same dossier under the law of 2025-10-14: ownership does not count yet',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[0].ethnicMinorityOwned = true;
      }),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ không ghi ngành nghề ưu tiên (alignment.prioritySectors) hay địa bàn ưu tiên (alignment.priorityArea). Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: 'No priority applies to the project: the dossier gives no priority sector (alignment.prioritySectors) or priority area (alignment.priorityArea). This is for information only and does not affect the score.',
      remediation: ['alignment.prioritySectors'],
      evidence: [{ path: '@priorityGrounds', value: [] }],
    },
    {
      name: 'no priority at all after the widening: the ownership grounds are mentioned',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[1].womenOwned = false;
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ không ghi ngành nghề ưu tiên (alignment.prioritySectors) hay địa bàn ưu tiên (alignment.priorityArea), và không có cơ sở thụ hưởng nào do phụ nữ hoặc người dân tộc thiểu số làm chủ. Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: { contains: ['and no beneficiary is women-owned or owned by ethnic-minority people'] },
      remediation: ['womenOwned hoặc ethnicMinorityOwned'],
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass and fail', () => expectTableCovers(RULE, cases));

  it('having no priority changes neither the score nor the verdict', async () => {
    const withPriority = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const without = await evaluator.evaluate(
      exampleWith((d) => {
        d.alignment.prioritySectors = [];
      }),
      { asOf: '2024-12-01' },
    );
    expect(without.findings.find((finding) => finding.ruleId === RULE)?.status).toBe('fail');
    expect(without.score).toBe(withPriority.score);
    expect(without.verdict).toBe(withPriority.verdict);
    const scores = (report: typeof without) => report.lessons.map((lesson) => [lesson.id, lesson.score]);
    expect(scores(without)).toEqual(scores(withPriority));
  });
});
