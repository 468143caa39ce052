import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, data } from '@/api/client'

/** The inbox's unread count, shown as a badge in the header and refreshed while the console is open. */
export const useNotifications = defineStore('notifications', () => {
  const unread = ref(0)

  async function refresh() {
    unread.value = (await data(api.GET('/api/notifications/unread-count'))).unread
  }

  async function markRead(id: number) {
    await api.POST('/api/notifications/{id}/read', { params: { path: { id } } })
    await refresh()
  }

  return { unread, refresh, markRead }
})
