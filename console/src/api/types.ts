// Short names for the schemas of the services' OpenAPI documents (generated/*.ts), as the screens use them.
import type { components as Org } from './generated/org-service'
import type { components as Demand } from './generated/demand-service'
import type { components as Expert } from './generated/expert-service'
import type { components as Enterprise } from './generated/enterprise-service'
import type { components as Score } from './generated/score-service'

type OrgSchema = Org['schemas']
type DemandSchema = Demand['schemas']

export type InstitutionView = OrgSchema['InstitutionView']
export type RegisterInstitutionRequest = OrgSchema['RegisterInstitutionRequest']
export type UpdateInstitutionRequest = OrgSchema['UpdateInstitutionRequest']
export type CentreView = OrgSchema['CentreView']
export type CentreRequest = OrgSchema['CentreRequest']
export type StaffView = OrgSchema['StaffView']
export type NewStaffRequest = OrgSchema['NewStaffRequest']
export type StaffMoveView = OrgSchema['StaffMoveView']
export type GovManagerView = OrgSchema['GovManagerView']
export type RegionNode = OrgSchema['RegionNode']
export type NewGovManagerRequest = OrgSchema['NewGovManagerRequest']
export type DingTalkInvitationView = OrgSchema['DingTalkInvitationView']
export type InstitutionAdministratorView = OrgSchema['InstitutionAdministratorView']

export type DemandView = DemandSchema['DemandView']
export type DemandStatus = DemandView['status']
export type DemandForm = DemandSchema['DemandForm']
export type DemandDetail = DemandSchema['DemandDetail']
export type FollowUpForm = DemandSchema['FollowUpForm']
export type ProjectForm = DemandSchema['ProjectForm']
export type TrailView = DemandSchema['TrailView']
export type DemandFileView = DemandSchema['DemandFileView']

export type ExpertSummary = Expert['schemas']['ExpertSummary']
export type ExpertView = Expert['schemas']['ExpertView']
export type ExpertDetail = Expert['schemas']['ExpertDetail']
export type ExpertForm = Expert['schemas']['ExpertForm']
export type ImportReport = Expert['schemas']['ImportReport']

export type RegisteredEnterprise = Enterprise['schemas']['RegisteredEnterprise']
export type EnterpriseDetail = Enterprise['schemas']['EnterpriseDetail']

export type PerformanceSummary = Score['schemas']['PerformanceSummary']
export type PerformanceTrend = Score['schemas']['PerformanceTrend']
export type RuleSetView = Score['schemas']['RuleSetView']
export type RuleSetRequest = Score['schemas']['RuleSetRequest']
