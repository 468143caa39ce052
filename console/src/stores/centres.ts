import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, data } from '@/api/client'
import type { CentreView } from '@/api/types'

/** The centres of the signed-in person's institution: the centres screen edits them, staff screens name them. */
export const useCentres = defineStore('centres', () => {
  const centres = ref<CentreView[]>([])
  const names = computed(() => new Map(centres.value.map((c) => [c.id, c.name])))

  async function load(institutionId: number) {
    centres.value = await data(api.GET('/api/institutions/{institutionId}/centres', { params: { path: { institutionId } } }))
  }

  return { centres, names, load }
})
