import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { BEFORE_COVERAGE, HANOI_WARD_HOUSEHOLD, approvedBeforeCoverage, PROVINCE_WARD_HOUSEHOLD, TOWN_WARD_COOPERATIVE, householdInWardProject, townWardProject } from '../../support/scenarios-place.js';
import { ARTISAN, artisanAndUrbanHouseholdProject, BEFORE_WIDENING, COOPERATIVE, ON_WIDENING, URBAN_HOUSEHOLD } from '../../support/scenarios-l4.js';

describe('L4-eligible-beneficiaries', () => {
  const RULE = 'L4-eligible-beneficiaries';
  const cases: RuleCase[] = [
    {
      name: 'the example: a rural cooperative, eligible on 2023-12-28',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Vào ngày tham chiếu 28/12/2023, các cơ sở thụ hưởng đều thuộc đối tượng và địa bàn được hỗ trợ: ${COOPERATIVE} (hợp tác xã, nông thôn — chưa làm được phép thử chi tiết vì hồ sơ không ghi loại đơn vị hành chính (unitType)).`,
      en: `On the reference date 28 Dec 2023, every beneficiary is of a kind and in a place eligible for support: ${COOPERATIVE} (cooperative, rural — the finer test could not be made, as the dossier gives no unit type (unitType)).`,
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
      vi: { contains: ['Vào ngày tham chiếu 20/10/2025, các cơ sở thụ hưởng đều thuộc đối tượng và địa bàn được hỗ trợ', `${ARTISAN} (nghệ nhân, làng nghề — chưa làm được phép thử chi tiết`, `${URBAN_HOUSEHOLD} (hộ kinh doanh, đô thị — chưa làm được phép thử chi tiết`] },
      en: { contains: [`${ARTISAN} (artisan, craft village — the finer test could not be made`] },
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
      vi: { contains: ['Vào ngày tham chiếu 15/10/2025', `${ARTISAN} (nghệ nhân, làng nghề — `, `${URBAN_HOUSEHOLD} (hộ kinh doanh, đô thị — `] },
    },
    {
      name: 'the same two beneficiaries judged under the law of 2025-10-14: the artisan and the urban area are not yet eligible',
      dossier: artisanAndUrbanHouseholdProject(),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: `Vào ngày tham chiếu 14/10/2025, có 2 cơ sở thụ hưởng không đủ điều kiện: ${ARTISAN} — loại hình nghệ nhân chưa thuộc đối tượng được hỗ trợ; ${URBAN_HOUSEHOLD} — địa bàn đô thị chưa thuộc địa bàn được hỗ trợ (xét theo location.area vì hồ sơ không ghi unitType, chưa làm được phép thử chi tiết). Khi đó khuyến công hỗ trợ doanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh.`,
      en: `On the reference date 14 Oct 2025, 2 beneficiaries are not eligible: ${ARTISAN} — the kind artisan is not eligible; ${URBAN_HOUSEHOLD} — the area urban is not eligible (judged by location.area as the dossier gives no unitType: the finer test could not be made). On that date support goes to enterprise, cooperative, cooperative group and household business.`,
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
      vi: { contains: [`có 1 cơ sở thụ hưởng không đủ điều kiện: ${ARTISAN} — loại hình nghệ nhân chưa thuộc đối tượng được hỗ trợ, địa bàn đô thị chưa thuộc địa bàn được hỗ trợ`] },
      en: { contains: [`1 beneficiary is not eligible: ${ARTISAN} — the kind artisan is not eligible, the area urban is not eligible`] },
    },
    {
      name: 'a beneficiary without its own area takes the project area (rural)',
      dossier: exampleWith((d) => {
        d.beneficiaries[0].location = { commune: 'Thái Phương', area: null };
      }),
      status: 'pass',
      vi: { contains: [`${COOPERATIVE} (hợp tác xã, nông thôn — `] },
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
      vi: { contains: ['Hộ kinh doanh Vũ Văn Hải — địa bàn đô thị chưa thuộc địa bàn được hỗ trợ (xét theo location.area'], excludes: ['loại hình hộ'] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [expect.objectContaining({ area: 'urban', areaPath: 'location.area' })] }],
    },
    {
      name: 'a beneficiary with no kind and no area anywhere: incomplete, naming it and both fields',
      dossier: exampleWith((d) => {
        delete d.location.area;
        d.beneficiaries.push({ id: 'HKD-05', name: 'Hộ kinh doanh Lê Văn Năm', otherStateFunding: false });
      }),
      status: 'incomplete',
      missing: ['beneficiaries[1].kind', 'beneficiaries[1].location.area'],
      vi: { contains: ['Vào ngày tham chiếu 28/12/2023, chưa kết luận được cơ sở thụ hưởng có thuộc đối tượng và địa bàn được hỗ trợ không; cần bổ sung hoặc sửa:', 'beneficiaries[1].kind (Hộ kinh doanh Lê Văn Năm)', 'beneficiaries[1].location.area (Hộ kinh doanh Lê Văn Năm)'] },
      en: { contains: ['it cannot be decided whether the beneficiaries are of an eligible kind and place; supply or correct:'], excludes: [COOPERATIVE] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [], missing: ['beneficiaries[1].kind', 'beneficiaries[1].location.area'] }],
    },
    {
      name: 'an undetermined beneficiary beside an ineligible one: the ineligible one decides',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        delete d.beneficiaries[1].kind;
        d.beneficiaries[1].location.area = 'rural';
      }),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: { contains: [`có 1 cơ sở thụ hưởng không đủ điều kiện: ${ARTISAN} — loại hình nghệ nhân chưa thuộc đối tượng được hỗ trợ`], excludes: [URBAN_HOUSEHOLD] },
    },
    {
      name: 'an unnamed beneficiary with no kind is named by its id',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].kind;
        delete d.beneficiaries[0].name;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[0].kind'],
      vi: { contains: ['beneficiaries[0].kind (HTX-THAIPHUONG)'], excludes: ['location.area'] },
    },
    {
      name: 'a craft village listed as a beneficiary is not an eligible kind, even after the widening',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.beneficiaries[0] = { id: 'LN-DONGXAM', name: 'Làng nghề chạm bạc Đồng Xâm', kind: 'craft-village', otherStateFunding: false };
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      vi: { contains: ['Làng nghề chạm bạc Đồng Xâm — loại hình làng nghề chưa thuộc đối tượng được hỗ trợ', 'liên hiệp hợp tác xã'] },
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
    {
      name: 'an advanced-machinery dossier with no beneficiaries list: the support goes to named establishments',
      dossier: exampleWith((d) => {
        delete d.beneficiaries;
        delete d.coordinatingUnits;
      }),
      status: 'incomplete',
      missing: ['beneficiaries'],
      en: 'On the reference date 28 Dec 2023, it cannot be decided whether the beneficiaries are of an eligible kind and place; supply or correct: beneficiaries.',
    },
    {
      name: 'a 2019 cooperative in a ward of a town (thị xã): the 2012 test names towns, so it is eligible',
      dossier: townWardProject(),
      status: 'pass',
      vi: `Vào ngày tham chiếu 15/03/2019, các cơ sở thụ hưởng đều thuộc đối tượng và địa bàn được hỗ trợ: ${TOWN_WARD_COOPERATIVE} (hợp tác xã, phường thuộc thị xã (đô thị loại III)).`,
      en: `On the reference date 15 Mar 2019, every beneficiary is of a kind and in a place eligible for support: ${TOWN_WARD_COOPERATIVE} (cooperative, ward of a town (class III city)).`,
      evidence: [{ path: '@ineligibleBeneficiaries', value: [] }],
    },
    {
      name: 'a 2019 cooperative in a ward of a class I provincial city converted from a commune seven years before: not eligible',
      dossier: townWardProject((d) => {
        d.beneficiaries[0].location.parentUnit = { kind: 'provincial-city', name: 'Thành phố Thái Bình', cityClass: 'I' };
        d.beneficiaries[0].location.upgradedFromCommuneOn = '2012-01-10';
      }),
      status: 'fail',
      vi: { contains: [`${TOWN_WARD_COOPERATIVE} — phường của đô thị loại I đã chuyển từ xã lên phường quá thời hạn được hỗ trợ`] },
      en: { contains: [`${TOWN_WARD_COOPERATIVE} — a ward of a class I city converted from a commune longer ago than the law allows`] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [expect.objectContaining({ wardConvertedTooLongAgo: true, ineligible: true, undetermined: false })] }],
    },
    {
      name: 'a 2025-11 household business in a ward of Hà Nội: wards of centrally-run cities are not eligible',
      dossier: householdInWardProject('Thành phố Hà Nội', 'Phường Bát Tràng'),
      options: { asOf: '2025-12-01' },
      status: 'fail',
      vi: { contains: [`${HANOI_WARD_HOUSEHOLD} — phường của thành phố trực thuộc trung ương Thành phố Hà Nội không thuộc địa bàn được hỗ trợ`] },
      en: { contains: [`${HANOI_WARD_HOUSEHOLD} — a ward of the centrally-run city Thành phố Hà Nội is not an eligible place`] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [expect.objectContaining({ unitType: 'ward', wardOfCentrallyRunCity: true, placeByArea: false })] }],
    },
    {
      name: 'the same household business in a ward of a province (Hưng Yên): eligible',
      dossier: householdInWardProject('tỉnh Hưng Yên', 'Phường Phố Hiến'),
      options: { asOf: '2025-12-01' },
      status: 'pass',
      vi: { contains: [`${PROVINCE_WARD_HOUSEHOLD} (hộ kinh doanh, phường)`] },
      en: { contains: [`${PROVINCE_WARD_HOUSEHOLD} (household business, ward)`] },
    },
    {
      name: 'a ward in a province name that is no province in 2025-11 cannot be decided, and says so',
      dossier: householdInWardProject('Tỉnh Hà Tây', 'Phường Phố Hiến'),
      options: { asOf: '2025-12-01' },
      status: 'incomplete',
      missing: ['location.province'],
      vi: { contains: ['cần bổ sung hoặc sửa: location.province (Hộ kinh doanh'] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [], missing: ['location.province'] }],
    },
    {
      name: 'an enterprise with no size: eligibility on size is not claimed either way',
      dossier: townWardProject((d) => {
        d.beneficiaries[0].kind = 'enterprise';
      }),
      status: 'incomplete',
      missing: ['beneficiaries[0].size'],
      vi: { contains: [`beneficiaries[0].size (${TOWN_WARD_COOPERATIVE})`], excludes: ['không phải doanh nghiệp nhỏ và vừa'] },
      evidence: [{ path: '@ineligibleBeneficiaries', value: [], missing: ['beneficiaries[0].size'] }],
    },
    {
      name: 'a large enterprise is not a small or medium one',
      dossier: townWardProject((d) => {
        d.beneficiaries[0].kind = 'enterprise';
        d.beneficiaries[0].size = 'large';
      }),
      status: 'fail',
      vi: { contains: ['doanh nghiệp lớn không phải doanh nghiệp nhỏ và vừa'] },
      en: { contains: ['a large enterprise is not a small or medium one'] },
    },
    {
      name: 'a large enterprise applying cleaner production in a ward of Hà Nội in 2019: a category of its own, not judged by place or size',
      dossier: townWardProject((d) => {
        d.location.province = 'Hà Nội';
        d.beneficiaries[0].kind = 'enterprise';
        d.beneficiaries[0].size = 'large';
        d.beneficiaries[0].cleanerProduction = true;
        d.beneficiaries[0].location.parentUnit = { kind: 'urban-district', name: 'Quận Long Biên' };
      }),
      status: 'pass',
      vi: { contains: ['không xét địa bàn: áp dụng sản xuất sạch hơn'] },
      en: { contains: ['place not judged: applies cleaner production'] },
    },
    {
      name: 'a dossier of 2012-03, before the legal data begins: not applicable rather than failed',
      dossier: approvedBeforeCoverage(),
      options: BEFORE_COVERAGE,
      status: 'not-applicable',
      vi: 'Không áp dụng: ngày tham chiếu 20/03/2012 trước ngày bảng dữ liệu pháp lý bắt đầu (05/07/2012), nên chưa có quy định về đối tượng được hỗ trợ để đối chiếu.',
      en: { contains: ['is before the legal data begins (5 Jul 2012)'] },
      evidence: [{ path: '@withinLegalCoverage', value: false }],
    },
  ];

  runRuleTable(RULE, cases);
});
