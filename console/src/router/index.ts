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
