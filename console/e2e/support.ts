import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const SYS_ADMIN = { phone: '13800000000', password: 'Admin@123456' }
export const PASSWORD = 'Passw0rd!x'

/** A mainland mobile nobody else in this run has. */
export function phone() {
  return '13' + String(Math.floor(Math.random() * 1e9)).padStart(9, '0')
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A well-formed unified social credit code (GB 32100-2015) of this division, as common-lib's makes them. */
export function uscc(prefix: string) {
  let code = prefix
  while (code.length < 17) code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  const sum = [...code].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0)
  const check = 31 - (sum % 31)
  return code + ALPHABET[check === 31 ? 0 : check]
}

/** The gateway's API for setting up what a test needs beside the walk it shows. */
export class Api {
  constructor(private readonly request: APIRequestContext) {}

  async login(user: { phone: string; password: string }) {
    const response = await this.request.post('/api/auth/login', { data: user })
    expect(response.status(), await response.text()).toBe(200)
    return `Bearer ${(await response.json()).accessToken}`
  }

  async call(method: 'GET' | 'POST' | 'PUT', path: string, bearer: string, data?: unknown) {
    const response = await this.request.fetch(path, { method, data, headers: { Authorization: bearer } })
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
    return response.json()
  }

  /** An institution with its administrator and one broker of its head office. */
  async institution(region: string, name: string) {
    const sys = await this.login(SYS_ADMIN)
    const admin = { name: '管理员' + name.slice(0, 2), phone: phone(), password: PASSWORD }
    const institution = await this.call('POST', '/api/institutions', sys, {
      name, uscc: uscc('12' + region), type: 'UNIVERSITY', serviceTypes: ['TECHNOLOGY_TRANSFER'], regionCode: region,
      minFeeRatio: '5.00', admin,
    })
    const adminBearer = await this.login(admin)
    const [headOffice] = await this.call('GET', `/api/institutions/${institution.id}/centres`, adminBearer)
    const broker = { name: '经纪' + name.slice(0, 2), phone: phone(), password: PASSWORD }
    const created = await this.call('POST', `/api/institutions/${institution.id}/staff`, adminBearer, {
      ...broker, centreId: headOffice.id, centreAdmin: false,
    })
    return { id: institution.id as number, name, admin, adminBearer, broker: { ...broker, id: created.id as number } }
  }

  async expert(adminBearer: string, name: string, field: string) {
    return this.call('POST', '/api/experts', adminBearer, { name, phone: phone(), organisation: '浙江农林大学', title: '教授', fields: [field] })
  }

  async govManager(level: 'PROVINCE' | 'CITY' | 'COUNTY', regionCode: string) {
    const manager = { name: '科技局' + level, phone: phone(), password: PASSWORD, level, regionCode }
    await this.call('POST', '/api/gov-managers', await this.login(SYS_ADMIN), manager)
    return manager
  }
}

export async function signIn(page: Page, user: { phone: string; password: string }) {
  await page.goto('/login')
  await page.locator('input[name=phone]').fill(user.phone)
  await page.locator('input[name=password]').fill(user.password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.locator('[data-test=user-menu]')).toBeVisible()
}

export async function signOut(page: Page) {
  // the menu opens with an animation: a click during it may miss, so the gesture is repeated until the login shows
  await expect(async () => {
    if (!/\/login/.test(page.url())) {
      await page.locator('[data-test=user-menu]').click({ timeout: 5_000 })
      await page.locator('[data-test=logout]').click({ timeout: 5_000 })
    }
    await expect(page).toHaveURL(/\/login/, { timeout: 10_000 })
  }).toPass({ timeout: 60_000 })
}

/** Picks an option of an Element Plus select (its options live in a popper outside the form). */
export async function choose(page: Page, select: ReturnType<Page['locator']>, option: string) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

export const confirmDialog = (page: Page) => page.locator('.el-dialog:visible [data-test=dialog-confirm]').click()
