import type { AnyFactDefinition } from './define.js';
import { fact as citedPlansMatching } from './alignment/cited-plans-matching.js';
import { fact as citedPlans } from './alignment/cited-plans.js';
import { fact as citedProgrammeMatches } from './alignment/cited-programme-matches.js';
import { fact as priorityGrounds } from './alignment/priority-grounds.js';
import { fact as beneficiaryEligibility } from './beneficiaries/beneficiary-eligibility.js';
import { fact as doubleFundingRisks } from './beneficiaries/double-funding-risks.js';
import { fact as ineligibleBeneficiaries } from './beneficiaries/ineligible-beneficiaries.js';
import { fact as undeterminedBeneficiaries } from './beneficiaries/undetermined-beneficiaries.js';
import { fact as budgetFundingTotals } from './budget/budget-funding-totals.js';
import { fact as budgetLineCount } from './budget/budget-line-count.js';
import { fact as budgetLinesNotAddingUp } from './budget/budget-lines-not-adding-up.js';
import { fact as equipmentLinesShortOfQuotes } from './budget/equipment-lines-short-of-quotes.js';
import { fact as equipmentLines } from './budget/equipment-lines.js';
import { fact as khuyenCongLinesWithoutNorm } from './budget/khuyen-cong-lines-without-norm.js';
import { fact as khuyenCongLines } from './budget/khuyen-cong-lines.js';
import { fact as linesWithOtherResources } from './budget/lines-with-other-resources.js';
import { fact as delayedProjectShare } from './capacity/delayed-project-share.js';
import { fact as facilityRequirementUnmet } from './capacity/facility-requirement-unmet.js';
import { fact as learnersPerInstructor } from './capacity/learners-per-instructor.js';
import { fact as trainingCertificate } from './capacity/training-certificate.js';
import { fact as communicationActivitiesFor } from './communication/communication-activities-for.js';
import { fact as communicationActivities } from './communication/communication-activities.js';
import { fact as communicationAudiences } from './communication/communication-audiences.js';
import { fact as communicationChannels } from './communication/communication-channels.js';
import { fact as consultationsWithMinutesByStart } from './communication/consultations-with-minutes-by-start.js';
import { fact as consultations } from './communication/consultations.js';
import { fact as prelaunchOutreach } from './communication/prelaunch-outreach.js';
import { fact as resultsDissemination } from './communication/results-dissemination.js';
import { fact as asOf } from './core/as-of.js';
import { fact as beneficiaryCount } from './core/beneficiary-count.js';
import { fact as dossier } from './core/dossier.js';
import { fact as referenceDate } from './core/reference-date.js';
import { fact as stage } from './core/stage.js';
import { fact as engagementsBy } from './engagements/engagements-by.js';
import { fact as beneficiariesWithoutCounterpart } from './funding/beneficiaries-without-counterpart.js';
import { fact as counterpartCommittedTotal } from './funding/counterpart-committed-total.js';
import { fact as counterpartShortfall } from './funding/counterpart-shortfall.js';
import { fact as equipmentSupportWithoutBeneficiary } from './funding/equipment-support-without-beneficiary.js';
import { fact as supportCapChecks } from './funding/support-cap-checks.js';
import { fact as supportOverCap } from './funding/support-over-cap.js';
import { fact as finalEvaluationTiming } from './implementation/final-evaluation-timing.js';
import { fact as implementationPlanDaysLate } from './implementation/implementation-plan-days-late.js';
import { fact as inspectionCount } from './implementation/inspection-count.js';
import { fact as inspectionGapsLongerThan } from './implementation/inspection-gaps-longer-than.js';
import { fact as inspectionIssuesFound } from './implementation/inspection-issues-found.js';
import { fact as inspectionsWithUnresolvedIssues } from './implementation/inspections-with-unresolved-issues.js';
import { fact as milestoneCount } from './implementation/milestone-count.js';
import { fact as milestoneDuties } from './implementation/milestone-duties.js';
import { fact as milestoneShortfall } from './implementation/milestone-shortfall.js';
import { fact as milestonesOutsidePeriod } from './implementation/milestones-outside-period.js';
import { fact as milestonesWithoutOwner } from './implementation/milestones-without-owner.js';
import { fact as contentTypesInForce } from './legal/content-types-in-force.js';
import { fact as districtLevelInForce } from './legal/district-level-in-force.js';
import { fact as eligibleAreas } from './legal/eligible-areas.js';
import { fact as eligibleBeneficiaryKinds } from './legal/eligible-beneficiary-kinds.js';
import { fact as learnersPerInstructorLimit } from './legal/learners-per-instructor-limit.js';
import { fact as legalCoverageStart } from './legal/legal-coverage-start.js';
import { fact as ministryAgencyName } from './legal/ministry-agency-name.js';
import { fact as nationalProgrammeForPeriod } from './legal/national-programme-for-period.js';
import { fact as priorityOwnershipInForce } from './legal/priority-ownership-in-force.js';
import { fact as provinceOnReferenceDate } from './legal/province-on-reference-date.js';
import { fact as provinceRecognised } from './legal/province-recognised.js';
import { fact as supportCap } from './legal/support-cap.js';
import { fact as supportCapApplies } from './legal/support-cap-applies.js';
import { fact as supportCapBasis } from './legal/support-cap-basis.js';
import { fact as withinLegalCoverage } from './legal/within-legal-coverage.js';
import { fact as beneficiaryRequestLetters } from './requests/beneficiary-request-letters.js';
import { fact as beneficiaryRequestsMissingOrLate } from './requests/beneficiary-requests-missing-or-late.js';
import { fact as acceptanceResults } from './results/acceptance-results.js';
import { fact as lessonsFromResults } from './results/lessons-from-results.js';

/*
 * Each fact is in its own file, src/facts/<topic>/<fact-name-in-kebab-case>.ts,
 * beside its description; this module imports only the definitions, so the
 * descriptions stay out of the runtime (and out of browser bundles).
 */

function byName(facts: readonly AnyFactDefinition[]): Map<string, AnyFactDefinition> {
  const catalogue = new Map<string, AnyFactDefinition>();
  for (const fact of facts) {
    if (catalogue.has(fact.name)) throw new Error(`internal error: two catalogue facts are named "${fact.name}"`);
    catalogue.set(fact.name, fact);
  }
  return catalogue;
}

/** Every fact a rule may name, by name. */
export const FACT_CATALOGUE: ReadonlyMap<string, AnyFactDefinition> = byName([
  dossier,
  stage,
  asOf,
  referenceDate,
  beneficiaryCount,
  provinceOnReferenceDate,
  provinceRecognised,
  withinLegalCoverage,
  legalCoverageStart,
  ministryAgencyName,
  districtLevelInForce,
  contentTypesInForce,
  nationalProgrammeForPeriod,
  eligibleBeneficiaryKinds,
  eligibleAreas,
  priorityOwnershipInForce,
  supportCap,
  supportCapApplies,
  supportCapBasis,
  learnersPerInstructorLimit,
  engagementsBy,
  communicationChannels,
  communicationActivities,
  communicationAudiences,
  communicationActivitiesFor,
  prelaunchOutreach,
  resultsDissemination,
  consultations,
  consultationsWithMinutesByStart,
  doubleFundingRisks,
  beneficiaryEligibility,
  ineligibleBeneficiaries,
  undeterminedBeneficiaries,
  budgetLineCount,
  equipmentLines,
  equipmentLinesShortOfQuotes,
  budgetLinesNotAddingUp,
  budgetFundingTotals,
  khuyenCongLines,
  khuyenCongLinesWithoutNorm,
  linesWithOtherResources,
  milestoneCount,
  milestoneShortfall,
  implementationPlanDaysLate,
  milestonesOutsidePeriod,
  milestonesWithoutOwner,
  milestoneDuties,
  inspectionCount,
  inspectionGapsLongerThan,
  inspectionIssuesFound,
  inspectionsWithUnresolvedIssues,
  finalEvaluationTiming,
  acceptanceResults,
  lessonsFromResults,
  beneficiaryRequestLetters,
  beneficiaryRequestsMissingOrLate,
  trainingCertificate,
  facilityRequirementUnmet,
  learnersPerInstructor,
  delayedProjectShare,
  citedPlans,
  citedPlansMatching,
  citedProgrammeMatches,
  priorityGrounds,
  supportCapChecks,
  supportOverCap,
  equipmentSupportWithoutBeneficiary,
  counterpartCommittedTotal,
  beneficiariesWithoutCounterpart,
  counterpartShortfall,
]);
