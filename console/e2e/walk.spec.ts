import { expect, test, type Download } from '@playwright/test'
import ExcelJS from 'exceljs'
import { Api, PASSWORD, SYS_ADMIN, choose, confirmDialog, phone, signIn, signOut, uscc } from './support'

// The manual's walk through the console, on the real platform: every step is done on its screen, as its role.
// What the walk does not show (the second institution, the experts, the bureau account) is set up through the API.
test.describe.configure({ mode: 'serial' })

const REGISTERED = process.env.GXH_REGISTRY_ENTERPRISE ?? '杭州云栖智能装备有限公司'
const FIELD = { code: 'ADVANCED_MANUFACTURING' }
const title = `山区茶企需要自动化揉捻设备 ${Date.now() % 100000}`
const institutionName = `走查技术转移中心${Date.now() % 100000}`
const admin = { name: '王管理', phone: phone(), password: PASSWORD }
const broker = { name: '李经纪' + (Date.now() % 1000), phone: phone(), password: PASSWORD }
const expertName = '林振华' + (Date.now() % 1000)

test('the manual\'s walk from a new institution to a verified trail and the bureau\'s export', async ({ page, request }) => {
  test.setTimeout(600_000)
  const api = new Api(request)
  const ningbo = await api.institution('330203', `宁波承接机构${Date.now() % 100000}`)
  const cityManager = await api.govManager('CITY', '330100')

  await test.step('the system administrator creates the institution', async () => {
    await signIn(page, SYS_ADMIN)
    await page.goto('/admin/institutions')
    await page.locator('[data-test=add-institution]').click()
    const dialog = page.locator('.el-dialog:visible')
    await dialog.locator('input[name=name]').fill(institutionName)
    await dialog.locator('input[name=uscc]').fill(uscc('12330106'))
    await dialog.locator('input[name=regionCode]').fill('330106')
    await dialog.locator('input[name=adminName]').fill(admin.name)
    await dialog.locator('input[name=adminPhone]').fill(admin.phone)
    await dialog.locator('input[name=adminPassword]').fill(admin.password)
    await confirmDialog(page)
    await expect(page.getByRole('cell', { name: institutionName, exact: true })).toBeVisible()

    // and corrects its type (the institution's edit dialog, as its own administrator also has it)
    await page.getByRole('button', { name: `编辑 ${institutionName}`, exact: true }).click()
    await choose(page, page.locator('.el-dialog:visible [data-test=institution-type]'), '科研院所')
    await confirmDialog(page)
    await expect(page.getByRole('row', { name: institutionName })).toContainText('科研院所')
    await signOut(page)
  })

  await test.step('its administrator maintains the institution\'s information', async () => {
    await signIn(page, admin)
    await page.goto('/institution')
    await expect(page.locator('[data-test=institution]')).toContainText('科研院所')
    await page.locator('[data-test=edit-institution]').click()
    const dialog = page.locator('.el-dialog:visible')
    await dialog.locator('input[name=headName]').fill('周明远')
    await dialog.locator('textarea[name=introduction]').fill('面向山区县茶产业的技术转移服务。')
    await confirmDialog(page)
    await expect(page.locator('[data-test=institution]')).toContainText('周明远')
    await page.reload()
    await expect(page.locator('[data-test=institution]')).toContainText('面向山区县茶产业的技术转移服务。')
    await signOut(page)
  })

  await test.step('its administrator adds a centre and a broker there', async () => {
    await signIn(page, admin)
    await page.goto('/institution')
    await page.locator('[data-test=add-centre]').click()
    await page.locator('.el-dialog:visible input[name=centreName]').fill('西湖茶产业服务站')
    await page.locator('.el-dialog:visible input[name=centreRegion]').fill('330106')
    await confirmDialog(page)
    await expect(page.locator('[data-test=centres]').getByText('西湖茶产业服务站')).toBeVisible()

    await page.goto('/staff')
    await page.locator('[data-test=add-staff]').click()
    const dialog = page.locator('.el-dialog:visible')
    await dialog.locator('input[name=staffName]').fill(broker.name)
    await dialog.locator('input[name=staffPhone]').fill(broker.phone)
    await dialog.locator('input[name=staffPassword]').fill(broker.password)
    await choose(page, dialog.locator('[data-test=staff-centre]'), '西湖茶产业服务站')
    await confirmDialog(page)
    await expect(page.locator('[data-test=staff]').getByText(broker.name)).toBeVisible()
    // invited into the province's DingTalk organisation (WireMock's contact API says every member activated)
    const brokerRow = page.locator('[data-test=staff] tbody tr', { hasText: broker.name })
    await expect(async () => {
      await page.reload()
      await expect(brokerRow.locator('[data-test=dingtalk-status]')).toContainText('已加入', { timeout: 1000 })
    }).toPass({ timeout: 60_000 })

    // two experts of the institution's library for the push below; the administrator corrects one's title
    const bearer = await api.login(admin)
    await api.expert(bearer, expertName, FIELD.code)
    await api.expert(bearer, '陈思远' + (Date.now() % 1000), FIELD.code)
    await page.goto('/experts')
    await page.getByRole('button', { name: `编辑 ${expertName}`, exact: true }).click()
    await page.locator('.el-dialog:visible input[name=expertTitle]').fill('研究员')
    await confirmDialog(page)
    await expect(page.locator('[data-test=experts] tbody tr', { hasText: expertName })).toContainText('研究员')
    await signOut(page)
  })

  let demandUrl = ''
  await test.step('the broker submits a demand of an enterprise found in the business registry', async () => {
    await signIn(page, broker)
    await page.goto('/demands/new')
    await page.locator('input[name=enterpriseName]').fill(REGISTERED)
    await page.locator('[data-test=lookup]').click()
    await expect(page.locator('[data-test=registry-record]')).toContainText(REGISTERED)
    await page.getByRole('button', { name: '使用此企业' }).click()
    await expect(page.locator('[data-test=enterprise-chosen]')).toContainText(REGISTERED)
    await expect(page.locator('[data-test=min-fee]')).toContainText('5')
    await page.locator('input[name=title]').fill(title)
    await page.locator('textarea[name=description]').fill('茶企希望提升揉捻工序自动化水平。')
    await choose(page, page.locator('[data-test=field]'), '先进制造')
    await page.locator('[data-test=save-demand]').click()
    await expect(page.locator('[data-test=status]')).toHaveText('待审核')
    demandUrl = new URL(page.url()).pathname
    await signOut(page)
  })

  await test.step('the administrator rejects it with a reason', async () => {
    await signIn(page, admin)
    await page.goto(demandUrl)
    await page.getByRole('button', { name: '驳回' }).click()
    await page.locator('.el-message-box input').fill('预算不明确')
    await page.locator('.el-message-box').getByRole('button', { name: /OK|确定|确认/ }).click()
    await expect(page.locator('[data-test=status]')).toHaveText('审核不通过')
    await signOut(page)
  })

  await test.step('the broker edits and resubmits', async () => {
    await signIn(page, broker)
    await page.goto(demandUrl)
    await expect(page.getByText('审核不通过：预算不明确')).toBeVisible()
    await page.getByRole('button', { name: '编辑' }).click()
    await page.locator('input[name=budget]').fill('350000')
    await page.locator('[data-test=save-demand]').click()
    await page.getByRole('button', { name: '重新提交' }).click()
    await expect(page.locator('[data-test=status]')).toHaveText('待审核')
    await signOut(page)
  })

  await test.step('the administrator approves it', async () => {
    await signIn(page, admin)
    await page.goto(demandUrl)
    await page.getByRole('button', { name: '审核通过' }).click()
    await expect(page.locator('[data-test=status]')).toHaveText('对接中')
    await signOut(page)
  })

  await test.step('the broker records a visit and pushes two experts', async () => {
    await signIn(page, broker)
    await page.goto(demandUrl)
    await page.getByRole('button', { name: '添加跟进' }).click()
    await page.locator('.el-dialog:visible textarea[name=content]').fill('走访茶企车间')
    await confirmDialog(page)
    await expect(page.locator('[data-test=follow-ups]')).toContainText('走访')

    // what the visit taught goes into the demand (manual 五.3), and the trail shows the change
    await page.getByRole('button', { name: '编辑' }).click()
    // the form shows the demand once it is loaded: typing before would be overwritten
    await expect(page.locator('input[name=title]')).toHaveValue(title)
    await page.locator('textarea[name=description]').fill('走访后确认：揉捻工序日产 2 吨，需半年内完成改造。')
    await page.locator('[data-test=save-demand]').click()
    await expect(page.locator('[data-test=status]')).toHaveText('对接中')
    await expect(page.locator('[data-test=trail-changes]').last()).toContainText('需求描述')
    await expect(page.locator('[data-test=trail-changes]').last()).toContainText('走访后确认')

    await page.getByRole('button', { name: '推送专家' }).click()
    const choices = page.locator('[data-test=expert-choices]')
    await expect(choices.locator('tbody tr')).toHaveCount(2)
    await choices.locator('thead .el-checkbox').click()
    await confirmDialog(page)
    await expect(page.locator('[data-test=pushes] tbody tr')).toHaveCount(2)
    await signOut(page)
  })

  await test.step('the administrator opens it to all institutions', async () => {
    await signIn(page, admin)
    await page.goto(demandUrl)
    await page.getByRole('button', { name: '公开发布' }).click()
    await confirmDialog(page)
    await expect(page.locator('[data-test=trail]')).toContainText('公开发布')
    await signOut(page)
  })

  await test.step('a second institution accepts it and assigns its broker', async () => {
    await signIn(page, ningbo.admin)
    await page.goto('/demand-pool')
    await page.locator('[data-test=pool]').getByRole('link', { name: title }).click()
    await page.getByRole('button', { name: '承接需求' }).click()
    await page.locator('[data-test=commitment]').click()
    await confirmDialog(page)
    await page.getByRole('button', { name: '更换负责人' }).click()
    await choose(page, page.locator('[data-test=handler]'), ningbo.broker.name)
    await confirmDialog(page)
    await expect(page.locator('.facts')).toContainText(ningbo.broker.name)
    await signOut(page)
  })

  await test.step('its broker registers the project and a fee voucher; the trail verifies', async () => {
    await signIn(page, ningbo.broker)
    await page.goto(demandUrl)
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    await page.getByRole('button', { name: '项目登记' }).click()
    let dialog = page.locator('.el-dialog:visible')
    await dialog.locator('input[name=name]').fill('茶叶揉捻自动化改造')
    await dialog.locator('input[name=leader]').fill('林教授')
    await dialog.locator('input[name=undertakingUnit]').fill('浙江农林大学')
    await dialog.locator('.el-input-number input').fill('320000')
    await dialog.locator('input[name=signedOn]').fill(today)
    await dialog.locator('input[name=signedOn]').press('Enter')
    await confirmDialog(page)
    await expect(page.locator('[data-test=project]')).toContainText('320000')
    // registered without its contract: shown missing until the broker attaches it
    await expect(page.locator('[data-test=contract-missing]')).toBeVisible()
    await page.locator('[data-test=contract-upload] input[type=file]').setInputFiles({ name: '技术服务合同.pdf',
      mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n技术服务合同\n%%EOF') })
    await expect(page.locator('[data-test=contract]')).toHaveText('技术服务合同.pdf')

    await page.getByRole('button', { name: '登记缴费凭证' }).click()
    dialog = page.locator('.el-dialog:visible')
    await dialog.locator('.el-input-number input').fill('8000')
    await dialog.locator('input[name=paidOn]').fill(today)
    await dialog.locator('input[name=paidOn]').press('Enter')
    await confirmDialog(page)
    await expect(page.locator('[data-test=project]')).toContainText('8000')
    await expect(page.locator('[data-test=trail-seal]')).toHaveText('已核验')
    await signOut(page)
  })

  await test.step('the city bureau manager sees the broker\'s points and exports them', async () => {
    await signIn(page, cityManager)
    await page.goto('/monitoring')
    await page.getByRole('tab', { name: '技转人员' }).click()
    const row = page.locator('[data-test=performance-staff] tbody tr', { hasText: broker.name })
    // points arrive as events (score-service): the view is asked again until they are there
    await expect(async () => {
      await page.getByRole('button', { name: '查询' }).click()
      await expect(row).toBeVisible({ timeout: 2_000 })
      expect(Number(await row.locator('td').nth(1).innerText())).toBeGreaterThan(0)
    }).toPass({ timeout: 90_000 })
    const shown = Number(await row.locator('td').nth(1).innerText())

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export]').click()])
    expect(download.suggestedFilename()).toBe('performance-staff.xlsx')
    const rows = await sheetRows(download)
    const header = rows[0].map(String)
    const brokerRow = rows.find((r) => r.map(String).includes(broker.name))
    expect(brokerRow, `${broker.name} in ${JSON.stringify(rows)}`).toBeDefined()
    const pointsColumn = header.findIndex((h) => h.includes('积分'))
    expect(Number(brokerRow![pointsColumn])).toBe(shown)

    // the summary's trend: its months add up to the summary's points, as the chart beside them shows
    await page.getByRole('tab', { name: '汇总' }).click()
    await expect(page.locator('[data-test=trend] canvas')).toBeVisible()
    const answer = (path: string) => page.waitForResponse((r) => new URL(r.url()).pathname === path)
    const [trend, summary] = await Promise.all([
      answer('/api/performance/trend'), answer('/api/performance/summary'), page.getByRole('button', { name: '查询' }).click(),
    ])
    const months: { points: number }[] = (await trend.json()).months
    const totals = (await summary.json()).totals
    expect(totals.points).toBeGreaterThan(0)
    expect(months.reduce((sum, m) => sum + m.points, 0)).toBe(totals.points)

    // and the months download as a workbook with the same points
    const [trendDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export-trend]').click()])
    expect(trendDownload.suggestedFilename()).toBe('performance-trend.xlsx')
    const trendRows = await sheetRows(trendDownload)
    const trendPoints = trendRows[0].map(String).findIndex((h) => h.includes('积分'))
    expect(trendRows.slice(1).reduce((sum, r) => sum + Number(r[trendPoints]), 0)).toBe(totals.points)
  })
})

/** The first sheet of a downloaded workbook, row by row, each row's cells from the first column on. */
async function sheetRows(download: Download) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  const rows: unknown[][] = []
  workbook.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)))
  return rows
}
