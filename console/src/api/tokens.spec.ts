import { beforeEach, describe, expect, it } from 'vitest'
import { clearTokens, loadTokens, needsRefresh, REFRESH_MARGIN_MS, storeTokens } from './tokens'

describe('the login tokens', () => {
  beforeEach(() => localStorage.clear())

  it('keeps them across a reload with the moment the access token expires', () => {
    storeTokens({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, 1_000)
    expect(loadTokens()).toEqual({ access: 'a', refresh: 'r', expiresAt: 901_000 })
    clearTokens()
    expect(loadTokens()).toBeNull()
  })

  it('refreshes shortly before expiry, not earlier', () => {
    const tokens = storeTokens({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, 0)
    expect(needsRefresh(tokens, 900_000 - REFRESH_MARGIN_MS - 1)).toBe(false)
    expect(needsRefresh(tokens, 900_000 - REFRESH_MARGIN_MS + 1)).toBe(true)
  })
})
