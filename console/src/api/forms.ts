// The edit dialogs start from what the screen shows: each function copies an object's view into the request that
// changes it, the editable fields only, lists copied so that editing the form never changes the row on the screen.
import type { ExpertForm, ExpertView, InstitutionView, UpdateInstitutionRequest } from './types'

export const INSTITUTION_TYPES = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'GOVERNMENT', 'OTHER'] as const
export const SERVICE_TYPES = ['TECHNOLOGY_TRANSFER', 'TECHNOLOGY_BROKERAGE', 'TECHNOLOGY_CONSULTING', 'TECHNOLOGY_EVALUATION', 'TECHNOLOGY_FINANCE', 'INTELLECTUAL_PROPERTY', 'TESTING', 'OTHER'] as const

/** What the manual lets an institution's administrator change: type, services, minimum fee ratio, introduction, head. */
export function institutionUpdateOf(institution: InstitutionView): UpdateInstitutionRequest {
  return {
    type: institution.type,
    serviceTypes: [...institution.serviceTypes],
    minFeeRatio: institution.minFeeRatio,
    introduction: institution.introduction ?? '',
    headName: institution.headName ?? '',
  }
}

export function expertFormOf(expert: ExpertView): ExpertForm {
  return {
    name: expert.name,
    phone: expert.phone,
    organisation: expert.organisation ?? '',
    title: expert.title ?? '',
    fields: [...expert.fields],
    introduction: expert.introduction ?? '',
  }
}
