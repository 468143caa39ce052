import { onBeforeUnmount, ref } from 'vue'

/** True on a phone-sized screen (the DingTalk workbench): the side menu becomes a drawer, tables scroll. */
export function useNarrowScreen(maxWidth = 768) {
  const query = window.matchMedia(`(max-width: ${maxWidth}px)`)
  const narrow = ref(query.matches)
  const update = () => (narrow.value = query.matches)
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return narrow
}
