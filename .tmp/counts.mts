import { fixtureSamples } from '/work/wt-dataui/tests/e2e/support/sample-files';
const base = fixtureSamples(); const n = 100000, RUNS = 4, perRun = Math.ceil(n / RUNS);
let wrong = 0, runLce = 0;
for (let r = 0; r < RUNS; r++) for (let i = 0; i < perRun && r * perRun + i < n; i++) { const s = base[i % base.length]!; if (s.verdict?.equal === false) wrong++; if (r === 1 && s.method === 'lce') runLce++; }
console.log(wrong, runLce);
