import { expect, test } from '@playwright/test'

// ConsoleInTheBrowserIT has 浙江网上技术市场 (WireMock) vouch for the system administrator's mobile behind this ticket.
const TICKET = process.env.GXH_PORTAL_TICKET

test('the provincial portal\'s link signs its user in and leaves no ticket in the address', async ({ page }) => {
  expect(TICKET, 'GXH_PORTAL_TICKET: the ticket ConsoleInTheBrowserIT stubbed').toBeTruthy()

  await page.goto(`/login?ticket=${TICKET}`)

  await expect(page.locator('[data-test=user-menu]')).toBeVisible()
  expect(new URL(page.url()).searchParams.has('ticket')).toBe(false)
})

test('a ticket the portal does not vouch for shows why, above the form', async ({ page }) => {
  await page.goto('/login?ticket=ST-never-issued')

  await expect(page.getByRole('alert')).toContainText('浙江网上技术市场')
  await expect(page.locator('input[name=phone]')).toBeVisible()
})
