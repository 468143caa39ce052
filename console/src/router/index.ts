import { createRouter, createWebHistory } from 'vue-router'
import { whenSignedOut } from '@/api/client'
import { loadTokens } from '@/api/tokens'
import { useAuth } from '@/stores/auth'
import { mayOpen, pages } from './menu'
import LayoutView from '@/views/LayoutView.vue'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true } },
    { path: '/', component: LayoutView, children: [
      ...pages,
      { path: 'forbidden', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { title: 'menu.forbidden' } },
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'menu.notFound' } },
    ] },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const auth = useAuth()
  if (!auth.signedIn) {
    if (!loadTokens()) return { name: 'login', query: { next: to.fullPath } }
    try {
      await auth.loadMe()
    } catch {
      auth.forget()
      return { name: 'login', query: { next: to.fullPath } }
    }
  }
  // typed in the address bar or followed from an old link: a clear page instead of a screen of refusals
  if (!mayOpen(auth.roles, to.meta.roles)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

whenSignedOut(() => {
  useAuth().forget()
  const here = router.currentRoute.value
  if (!here.meta.public) router.push({ name: 'login', query: { next: here.fullPath } })
})

// A page's code that did not arrive (a dropped connection, or a new release replaced the files this tab knew) would
// leave the page blank: the page is loaded afresh instead, once; a second failure in a row is left to the browser.
const RELOADED_FOR = 'gxh.reloadedFor'
const MISSING_CODE = /dynamically imported module|Importing a module script failed/

router.onError((error: unknown, to) => {
  if (!(error instanceof Error) || !MISSING_CODE.test(error.message)) return
  if (sessionStorage.getItem(RELOADED_FOR) === to.fullPath) return
  sessionStorage.setItem(RELOADED_FOR, to.fullPath)
  window.location.assign(to.fullPath)
})

router.afterEach((_to, _from, failure) => {
  if (!failure) sessionStorage.removeItem(RELOADED_FOR)
})
