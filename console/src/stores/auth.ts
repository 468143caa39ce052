import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, data } from '@/api/client'
import { clearTokens, loadTokens, storeTokens, type TokenPair } from '@/api/tokens'
import type { Role } from '@/router/menu'

export interface Me {
  id: number
  name: string
  phone: string
  roles: Role[]
  institutionId?: number
  centreId?: number
  regionCode?: string
}

/** The signed-in person: tokens (api/tokens) and who they belong to. */
export const useAuth = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  const signedIn = computed(() => me.value !== null)
  const roles = computed(() => new Set<Role>(me.value?.roles ?? []))

  async function loadMe() {
    if (!loadTokens()) return null
    me.value = (await data(api.GET('/api/auth/me'))) as Me
    return me.value
  }

  async function login(phone: string, password: string) {
    storeTokens((await data(api.POST('/api/auth/login', { body: { phone, password } }))) as TokenPair)
    return loadMe()
  }

  /** DingTalk one-tap: the JSAPI's auth code exchanged for the platform's tokens. */
  async function loginWithDingTalk(authCode: string) {
    storeTokens((await data(api.POST('/api/auth/dingtalk', { body: { authCode } }))) as TokenPair)
    return loadMe()
  }

  /** Entry from 浙江网上技术市场: the ticket on the portal's link exchanged for the platform's tokens. */
  async function loginWithPortalTicket(ticket: string) {
    storeTokens((await data(api.POST('/api/auth/portal', { body: { ticket } }))) as TokenPair)
    return loadMe()
  }

  async function logout() {
    try {
      if (loadTokens()) await api.POST('/api/auth/logout')
    } finally {
      clearTokens()
      me.value = null
    }
  }

  function forget() {
    clearTokens()
    me.value = null
  }

  return { me, signedIn, roles, loadMe, login, loginWithDingTalk, loginWithPortalTicket, logout, forget }
})
