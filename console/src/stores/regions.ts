import { defineStore } from 'pinia'
import { ref } from 'vue'
import { authorizedFetch } from '@/api/client'
import type { RegionNode } from '@/api/types'

/** The province tree (province → cities → counties), fetched once: monitoring's region drill-down. */
export const useRegions = defineStore('regions', () => {
  const tree = ref<RegionNode[]>([])

  async function load() {
    // GET /api/regions without ?parent: springdoc merges it with the ?parent= operation into one whose parent is
    // required, so the typed client cannot ask for the tree
    if (tree.value.length === 0) tree.value = await (await authorizedFetch(new Request('/api/regions'))).json()
  }

  return { tree, load }
})
