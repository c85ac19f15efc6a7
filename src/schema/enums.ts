/**
 * The closed vocabularies of the dossier format `khuyencong.dossier/1`.
 * Each list is the single source for the schema, the JSON Schema, the rule
 * loader's checks and the labels shown to people.
 */

export const SCOPES = ['national', 'local'] as const;

/** Content types of Nghị định 45/2012/NĐ-CP, plus the two added by Nghị định 235/2025/NĐ-CP. */
export const CONTENT_TYPES = [
  'vocational-training',
  'management-capacity',
  'demonstration-model',
  'advanced-equipment',
  'cleaner-production',
  'product-promotion',
  'trade-fair',
  'consulting',
  'information',
  'industrial-cluster',
  'international-cooperation',
  'system-capacity',
  'digital-transformation',
  'sustainable-production',
] as const;

export const STAGES = ['proposal', 'approved', 'in-progress', 'completed'] as const;

export const AREAS = ['rural', 'urban', 'craft-village', 'industrial-cluster'] as const;

/**
 * The commune-level unit a place is: xã, phường, thị trấn (until the 2025 reform), đặc khu (from
 * it). Format 1.x; the legal test of where a beneficiary may be reads it.
 */
export const UNIT_TYPES = ['commune', 'ward', 'township', 'special-zone'] as const;

/**
 * The district-level unit a commune-level unit belonged to until the 2025 reform: huyện, thị xã,
 * thành phố thuộc tỉnh, quận, thành phố thuộc thành phố trực thuộc trung ương.
 */
export const PARENT_UNIT_KINDS = ['rural-district', 'town', 'provincial-city', 'urban-district', 'city-of-centrally-run-city'] as const;

/** The class (loại đô thị) of a city or town: đặc biệt, I to V. */
export const CITY_CLASSES = ['special', 'I', 'II', 'III', 'IV', 'V'] as const;

export const UNIT_KINDS = [
  'extension-centre',
  'enterprise',
  'college',
  'university',
  'research-institute',
  'association',
  'other',
] as const;

export const COORDINATING_ROLES = ['investor', 'technical-partner', 'local-authority', 'other'] as const;

export const BENEFICIARY_KINDS = [
  'enterprise',
  'cooperative',
  'cooperative-group',
  'household-business',
  'artisan',
  'craft-village',
  'union-of-cooperatives',
  'cluster-infrastructure-investor',
] as const;

/** Enterprise size classes of the SME law (siêu nhỏ, nhỏ, vừa) and large. */
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;

export const ENGAGEMENT_PARTIES = [
  'ministry',
  'ministry-agency',
  'provincial-party-committee',
  'provincial-peoples-committee',
  'department-of-industry-and-trade',
  'other-department',
  'district-peoples-committee',
  'commune-peoples-committee',
  'university',
  'college',
  'research-institute',
  'central-department',
  'media',
  'mass-organisation',
  'industry-association',
] as const;

export const ENGAGEMENT_TYPES = [
  'approval',
  'appraisal',
  'endorsement',
  'direction',
  'coordination-agreement',
  'participation',
] as const;

export const CHANNELS = [
  'television',
  'radio',
  'newspaper',
  'website',
  'social-media',
  'loudspeaker',
  'leaflet',
  'conference',
  'workshop',
  'field-visit',
] as const;

export const AUDIENCES = ['beneficiaries', 'public', 'authorities'] as const;

export const PLAN_KINDS = [
  'provincial-planning',
  'industrial-development-plan',
  'sector-plan',
  'district-plan',
  'craft-village-plan',
] as const;

export const MILESTONE_PARTIES = ['presiding', 'investor', 'coordinating', 'beneficiary'] as const;

export const EVALUATION_KINDS = ['midterm', 'final'] as const;

export const BUDGET_CATEGORIES = [
  'equipment',
  'training',
  'communication',
  'facilities',
  'consulting',
  'management',
  'other',
] as const;

export type Scope = (typeof SCOPES)[number];
export type ContentType = (typeof CONTENT_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type UnitType = (typeof UNIT_TYPES)[number];
export type ParentUnitKind = (typeof PARENT_UNIT_KINDS)[number];
export type CityClass = (typeof CITY_CLASSES)[number];
