import type { Locale, LocalizedText } from './locale.js';

/**
 * How the dossier's enum values read in a sentence. One table for every
 * vocabulary: where two vocabularies share a value (`university`, `other`)
 * they mean the same thing.
 */
const VALUE_LABELS: Record<string, LocalizedText> = {
  // scope
  national: { vi: 'khuyến công quốc gia', en: 'national industrial promotion' },
  local: { vi: 'khuyến công địa phương', en: 'local industrial promotion' },
  // content types
  'vocational-training': { vi: 'đào tạo nghề, truyền nghề', en: 'vocational training' },
  'management-capacity': { vi: 'nâng cao năng lực quản lý', en: 'management capacity building' },
  'demonstration-model': { vi: 'mô hình trình diễn kỹ thuật', en: 'technical demonstration model' },
  'advanced-equipment': { vi: 'ứng dụng máy móc thiết bị tiên tiến', en: 'advanced machinery and equipment' },
  'cleaner-production': { vi: 'sản xuất sạch hơn', en: 'cleaner production' },
  'product-promotion': { vi: 'phát triển sản phẩm công nghiệp nông thôn tiêu biểu', en: 'promotion of typical rural industrial products' },
  'trade-fair': { vi: 'hội chợ, triển lãm', en: 'trade fairs and exhibitions' },
  consulting: { vi: 'tư vấn', en: 'consulting' },
  information: { vi: 'thông tin, tuyên truyền', en: 'information and communication' },
  'industrial-cluster': { vi: 'cụm công nghiệp', en: 'industrial cluster' },
  'international-cooperation': { vi: 'hợp tác quốc tế về khuyến công', en: 'international cooperation' },
  'system-capacity': { vi: 'nâng cao năng lực hệ thống khuyến công', en: 'capacity of the industrial-promotion system' },
  'digital-transformation': { vi: 'chuyển đổi số', en: 'digital transformation' },
  'sustainable-production': { vi: 'sản xuất và tiêu dùng bền vững', en: 'sustainable production and consumption' },
  // stages
  proposal: { vi: 'đề xuất', en: 'proposal' },
  approved: { vi: 'đã phê duyệt', en: 'approved' },
  'in-progress': { vi: 'đang thực hiện', en: 'in progress' },
  completed: { vi: 'đã hoàn thành', en: 'completed' },
  // areas
  rural: { vi: 'nông thôn', en: 'rural' },
  urban: { vi: 'đô thị', en: 'urban' },
  'craft-village': { vi: 'làng nghề', en: 'craft village' },
  // unit and beneficiary kinds
  'extension-centre': { vi: 'trung tâm khuyến công', en: 'industrial-promotion centre' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
  college: { vi: 'trường cao đẳng', en: 'college' },
  university: { vi: 'trường đại học', en: 'university' },
  'research-institute': { vi: 'viện nghiên cứu', en: 'research institute' },
  association: { vi: 'hiệp hội', en: 'association' },
  other: { vi: 'khác', en: 'other' },
  cooperative: { vi: 'hợp tác xã', en: 'cooperative' },
  'cooperative-group': { vi: 'tổ hợp tác', en: 'cooperative group' },
  'household-business': { vi: 'hộ kinh doanh', en: 'household business' },
  artisan: { vi: 'nghệ nhân', en: 'artisan' },
  // coordinating roles
  investor: { vi: 'đơn vị thụ hưởng (chủ đầu tư)', en: 'investor (beneficiary unit)' },
  'technical-partner': { vi: 'đối tác kỹ thuật', en: 'technical partner' },
  'local-authority': { vi: 'chính quyền địa phương', en: 'local authority' },
  // engagement parties
  ministry: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' },
  'ministry-agency': { vi: 'cơ quan khuyến công của Bộ Công Thương', en: "the Ministry's industrial-promotion agency" },
  'provincial-party-committee': { vi: 'Tỉnh ủy', en: 'Provincial Party Committee' },
  'provincial-peoples-committee': { vi: 'UBND tỉnh', en: "Provincial People's Committee" },
  'department-of-industry-and-trade': { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  'other-department': { vi: 'sở, ngành khác', en: 'another provincial department' },
  'district-peoples-committee': { vi: 'UBND huyện', en: "District People's Committee" },
  'commune-peoples-committee': { vi: 'UBND xã', en: "Commune People's Committee" },
  'central-department': { vi: 'cục, vụ Trung ương', en: 'central department' },
  media: { vi: 'cơ quan báo chí, truyền thông', en: 'mass media' },
  'mass-organisation': { vi: 'tổ chức chính trị - xã hội', en: 'mass organisation' },
  'industry-association': { vi: 'hiệp hội ngành nghề', en: 'industry association' },
  // engagement types
  approval: { vi: 'phê duyệt', en: 'approval' },
  appraisal: { vi: 'thẩm định', en: 'appraisal' },
  endorsement: { vi: 'đề nghị, ủng hộ', en: 'endorsement' },
  direction: { vi: 'chỉ đạo', en: 'direction' },
  'coordination-agreement': { vi: 'thỏa thuận phối hợp', en: 'coordination agreement' },
  participation: { vi: 'tham gia', en: 'participation' },
  // channels
  television: { vi: 'truyền hình', en: 'television' },
  radio: { vi: 'phát thanh', en: 'radio' },
  newspaper: { vi: 'báo in', en: 'newspaper' },
  website: { vi: 'trang thông tin điện tử', en: 'website' },
  'social-media': { vi: 'mạng xã hội', en: 'social media' },
  loudspeaker: { vi: 'loa truyền thanh cơ sở', en: 'village loudspeaker' },
  leaflet: { vi: 'tờ rơi', en: 'leaflet' },
  conference: { vi: 'hội nghị', en: 'conference' },
  workshop: { vi: 'hội thảo', en: 'workshop' },
  'field-visit': { vi: 'tham quan thực tế', en: 'field visit' },
  // audiences
  beneficiaries: { vi: 'cơ sở thụ hưởng', en: 'beneficiaries' },
  public: { vi: 'người dân', en: 'the public' },
  authorities: { vi: 'cơ quan quản lý', en: 'authorities' },
  // milestone parties
  presiding: { vi: 'đơn vị chủ trì', en: 'presiding unit' },
  coordinating: { vi: 'đơn vị phối hợp', en: 'coordinating unit' },
  beneficiary: { vi: 'cơ sở thụ hưởng', en: 'beneficiary' },
  // budget categories
  equipment: { vi: 'máy móc, thiết bị', en: 'equipment' },
  training: { vi: 'đào tạo', en: 'training' },
  communication: { vi: 'tuyên truyền', en: 'communication' },
  facilities: { vi: 'nhà xưởng, cơ sở vật chất', en: 'facilities' },
  management: { vi: 'quản lý', en: 'management' },
  // facilities and equipment of the presiding unit (free text in the format; these are the usual values)
  office: { vi: 'văn phòng', en: 'office' },
  'training-hall': { vi: 'hội trường đào tạo', en: 'training hall' },
  classroom: { vi: 'phòng học', en: 'classroom' },
  'demonstration-workshop': { vi: 'xưởng trình diễn', en: 'demonstration workshop' },
  projector: { vi: 'máy chiếu', en: 'projector' },
  'sound-system': { vi: 'hệ thống âm thanh', en: 'sound system' },
  'measuring-instruments': { vi: 'thiết bị đo lường', en: 'measuring instruments' },
  // plan kinds
  'provincial-planning': { vi: 'quy hoạch tỉnh', en: 'provincial planning' },
  'industrial-development-plan': { vi: 'kế hoạch phát triển công nghiệp', en: 'industrial development plan' },
  'sector-plan': { vi: 'quy hoạch, kế hoạch ngành', en: 'sector plan' },
  'district-plan': { vi: 'quy hoạch, kế hoạch cấp huyện', en: 'district plan' },
  'craft-village-plan': { vi: 'kế hoạch phát triển làng nghề', en: 'craft-village development plan' },
  // priorities
  'women-owned': { vi: 'cơ sở do phụ nữ làm chủ', en: 'women-owned establishment' },
  'ethnic-minority-owned': { vi: 'cơ sở do người dân tộc thiểu số làm chủ', en: 'ethnic-minority-owned establishment' },
  // verdicts
  ready: { vi: 'đạt, sẵn sàng', en: 'ready' },
  'needs-work': { vi: 'cần bổ sung', en: 'needs work' },
  'not-ready': { vi: 'chưa đạt', en: 'not ready' },
};

/** The label of an enum value in a locale; an unknown value is shown as it is. */
export function valueLabel(value: string, locale: Locale): string {
  const label = Object.hasOwn(VALUE_LABELS, value) ? VALUE_LABELS[value] : undefined;
  return label ? label[locale] : value;
}
