import { i18n } from '@/i18n'

/** An instant as the reader's local date and time, e.g. 2026-11-20 10:00. */
export function formatTime(iso?: string | null) {
  if (!iso) return ''
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** An enum value's label from the locale's dictionary (enum.<kind>.<VALUE>), the value itself when it has none. */
export function label(kind: string, value?: string | null) {
  if (!value) return ''
  const key = `enum.${kind}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value
}
