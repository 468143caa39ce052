import type { RouteRecordRaw } from 'vue-router'

export type Role = 'SYS_ADMIN' | 'INST_ADMIN' | 'CENTER_ADMIN' | 'STAFF' | 'GOV_MANAGER' | 'EXPERT'

/** who works on demands: the institution's administrator reviews, brokers and centre administrators submit */
const WORKERS: Role[] = ['INST_ADMIN', 'CENTER_ADMIN', 'STAFF']
const BROKERS: Role[] = ['CENTER_ADMIN', 'STAFF']

declare module 'vue-router' {
  interface RouteMeta {
    /** who may open the route; none: everyone signed in */
    roles?: Role[]
    /** i18n key of its title (menu entry and breadcrumb) */
    title?: string
    /** menu group it is listed under; not listed when absent */
    group?: 'work' | 'institution' | 'library' | 'monitoring' | 'system'
    public?: boolean
  }
}

/** The console's pages, each with the roles that may open it (the API refuses the others anyway). */
export const pages: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { title: 'menu.home', group: 'work' } },
  { path: 'notifications', name: 'notifications', component: () => import('@/views/NotificationsView.vue'), meta: { title: 'menu.notifications', group: 'work' } },
  { path: 'demands', name: 'demands', component: () => import('@/views/DemandListView.vue'), meta: { title: 'menu.demands', group: 'work', roles: WORKERS } },
  { path: 'demands/new', name: 'demand-new', component: () => import('@/views/DemandFormView.vue'), meta: { title: 'menu.demandNew', roles: BROKERS } },
  { path: 'demands/:id(\\d+)', name: 'demand', component: () => import('@/views/DemandDetailView.vue'), meta: { title: 'menu.demandDetail', roles: WORKERS } },
  { path: 'demands/:id(\\d+)/edit', name: 'demand-edit', component: () => import('@/views/DemandFormView.vue'), meta: { title: 'menu.demandEdit', roles: BROKERS } },
  { path: 'demand-pool', name: 'demand-pool', component: () => import('@/views/DemandPoolView.vue'), meta: { title: 'menu.demandPool', group: 'work', roles: WORKERS } },
  { path: 'points', name: 'points', component: () => import('@/views/PointsView.vue'), meta: { title: 'menu.points', group: 'work', roles: BROKERS } },
  { path: 'institution', name: 'institution', component: () => import('@/views/InstitutionView.vue'), meta: { title: 'menu.institution', group: 'institution', roles: ['INST_ADMIN'] } },
  { path: 'staff', name: 'staff', component: () => import('@/views/StaffView.vue'), meta: { title: 'menu.staff', group: 'institution', roles: ['INST_ADMIN'] } },
  { path: 'experts', name: 'experts', component: () => import('@/views/ExpertsView.vue'), meta: { title: 'menu.experts', group: 'library', roles: WORKERS } },
  { path: 'enterprises', name: 'enterprises', component: () => import('@/views/EnterprisesView.vue'), meta: { title: 'menu.enterprises', group: 'library', roles: WORKERS } },
  { path: 'monitoring', name: 'monitoring', component: () => import('@/views/MonitoringView.vue'), meta: { title: 'menu.monitoring', group: 'monitoring', roles: ['GOV_MANAGER', 'SYS_ADMIN', 'INST_ADMIN'] } },
  { path: 'admin/institutions', name: 'admin-institutions', component: () => import('@/views/AdminInstitutionsView.vue'), meta: { title: 'menu.adminInstitutions', group: 'system', roles: ['SYS_ADMIN'] } },
  { path: 'admin/gov-managers', name: 'admin-gov-managers', component: () => import('@/views/AdminGovManagersView.vue'), meta: { title: 'menu.adminGovManagers', group: 'system', roles: ['SYS_ADMIN'] } },
  { path: 'admin/score-rules', name: 'admin-score-rules', component: () => import('@/views/AdminScoreRulesView.vue'), meta: { title: 'menu.adminScoreRules', group: 'system', roles: ['SYS_ADMIN'] } },
  { path: 'admin/deliveries', name: 'admin-deliveries', component: () => import('@/views/AdminDeliveriesView.vue'), meta: { title: 'menu.adminDeliveries', group: 'system', roles: ['SYS_ADMIN'] } },
  { path: 'admin/audit', name: 'admin-audit', component: () => import('@/views/AdminAuditView.vue'), meta: { title: 'menu.adminAudit', group: 'system', roles: ['SYS_ADMIN'] } },
  { path: 'profile', name: 'profile', component: () => import('@/views/ProfileView.vue'), meta: { title: 'menu.profile' } },
]

export function mayOpen(roles: ReadonlySet<Role>, allowed?: Role[]) {
  return !allowed || allowed.some((r) => roles.has(r))
}

/** The menu of a person with these roles: the grouped pages they may open, in the order above. */
export function menuFor(roles: ReadonlySet<Role>) {
  return pages.filter((p) => p.meta?.group && mayOpen(roles, p.meta.roles))
}
