import { describe, expect, it } from 'vitest'
import { mayOpen, menuFor, pages, type Role } from './menu'

const names = (roles: Role[]) => menuFor(new Set(roles)).map((p) => p.name)

describe('the menu of each role', () => {
  it('gives the system administrator the system screens and monitoring, no demand work', () => {
    expect(names(['SYS_ADMIN'])).toEqual(['home', 'notifications', 'monitoring', 'admin-institutions', 'admin-gov-managers', 'admin-score-rules', 'admin-deliveries', 'admin-audit'])
  })

  it('gives a broker demands, the pool, points and the libraries, no administration', () => {
    expect(names(['STAFF'])).toEqual(['home', 'notifications', 'demands', 'demand-pool', 'points', 'experts', 'enterprises'])
  })

  it('gives a bureau manager monitoring only', () => {
    expect(names(['GOV_MANAGER'])).toEqual(['home', 'notifications', 'monitoring'])
  })

  it('gives an institution administrator the institution, its staff and the review work', () => {
    expect(names(['INST_ADMIN'])).toEqual(['home', 'notifications', 'demands', 'demand-pool', 'institution', 'staff', 'experts', 'enterprises', 'monitoring'])
  })

  it('keeps every page that is not in the menu behind the same roles as its list', () => {
    const detail = pages.find((p) => p.name === 'demand')!
    expect(mayOpen(new Set<Role>(['GOV_MANAGER']), detail.meta!.roles)).toBe(false)
    expect(mayOpen(new Set<Role>(['STAFF']), detail.meta!.roles)).toBe(true)
  })
})
