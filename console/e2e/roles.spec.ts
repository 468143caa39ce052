import { expect, test, type Page } from '@playwright/test'
import { Api, SYS_ADMIN, signIn } from './support'

// Each role's menu holds exactly what the role may reach, and a route it may not reach, typed in the address bar,
// shows a clear page instead of a screen of refusals.
const MENUS = {
  SYS_ADMIN: ['首页', '消息通知', '监测统计', '机构管理', '科技局账号', '积分规则', '失败投递', '操作审计'],
  INST_ADMIN: ['首页', '消息通知', '需求管理', '需求池（揭榜）', '机构信息', '人员管理', '专家库', '企业库', '监测统计'],
  STAFF: ['首页', '消息通知', '需求管理', '需求池（揭榜）', '我的积分', '专家库', '企业库'],
  GOV_MANAGER: ['首页', '消息通知', '监测统计'],
}
const FORBIDDEN = {
  SYS_ADMIN: '/demands/new',
  INST_ADMIN: '/admin/score-rules',
  STAFF: '/staff',
  GOV_MANAGER: '/demands',
}

async function menu(page: Page) {
  return page.locator('nav .menu-item').allInnerTexts()
}

test('each role sees its own menu and a clear page for a route it may not open', async ({ page, request }) => {
  const api = new Api(request)
  const institution = await api.institution('330106', `角色测试机构${Date.now() % 100000}`)
  const users = {
    SYS_ADMIN,
    INST_ADMIN: institution.admin,
    STAFF: institution.broker,
    GOV_MANAGER: await api.govManager('COUNTY', '330106'),
  }
  for (const [role, user] of Object.entries(users) as [keyof typeof MENUS, { phone: string; password: string }][]) {
    await test.step(role, async () => {
      await signIn(page, user)
      expect((await menu(page)).map((s) => s.trim())).toEqual(MENUS[role])
      await page.goto(FORBIDDEN[role])
      await expect(page.locator('[data-test=forbidden]')).toContainText('您没有访问此页面的权限')
      await expect(page.locator('[data-test=forbidden]')).toContainText(FORBIDDEN[role])
      await page.evaluate(() => localStorage.clear())
    })
  }
})

test('a console route opened without signing in asks for the login and then goes there', async ({ page, request }) => {
  await new Api(request).login(SYS_ADMIN)
  await page.goto('/admin/institutions')
  await expect(page).toHaveURL(/\/login\?next=/)
  await page.locator('input[name=phone]').fill(SYS_ADMIN.phone)
  await page.locator('input[name=password]').fill(SYS_ADMIN.password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/institutions$/)
})

test('a refused login shows the problem\'s Chinese message', async ({ page }) => {
  await page.goto('/login')
  await page.locator('input[name=phone]').fill(SYS_ADMIN.phone)
  await page.locator('input[name=password]').fill('wrong-password-1')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert')).toContainText(/[\u4e00-\u9fa5]/)
  await expect(page).toHaveURL(/\/login/)
})
