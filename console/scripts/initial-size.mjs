// The JavaScript a first visit loads before any route's own chunk: index.html's entry script and the modules it
// preloads, gzip-compressed as the browser receives them. Printed by every build (budget: 300 KB).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const html = readFileSync('dist/index.html', 'utf8')
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1])
const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync('dist' + path)).length, 0)
console.log(`initial JavaScript: ${(bytes / 1024).toFixed(1)} KB gzip (${scripts.join(', ')})`)
