/** The WebGPU report: adapter, shader-f16, limits, and what fails or fits for the chosen model. */
import type { WebGpuReport } from '../../../engine/webllm/webgpu-check';
import { WEBLLM_MIN_LIMITS } from '../../../engine/webllm/webgpu-check';

const MB = 2 ** 20;
const fmt = (name: string, v: number) => (/Size$/.test(name) ? (v >= MB ? `${Math.round(v / MB)} MB` : `${Math.round(v / 1024)} KiB`) : String(v));

export interface GpuReportProps {
  report: WebGpuReport | null;
}

/** Without an adapter it says only that the notice above applies, so the message appears once. */
export function GpuReport({ report }: GpuReportProps) {
  if (!report) return <section class="card gpu-report"><h2>This machine</h2><p class="hint">Checking WebGPU…</p></section>;
  if (!report.adapter) {
    return (
      <section class="card gpu-report" aria-labelledby="gpu-title">
        <h2 id="gpu-title">This machine</h2>
        <p>In-browser models cannot run here (see the note at the top of the page). The list shows what each needs on a machine that has a GPU.</p>
      </section>
    );
  }
  const a = report.adapter;
  return (
    <section class="card gpu-report" aria-labelledby="gpu-title">
      <h2 id="gpu-title">This machine</h2>
      <dl class="kv">
        <dt>GPU</dt>
        <dd>{[a.vendor, a.architecture, a.description].filter(Boolean).join(' · ') || 'unnamed adapter'}{a.isFallback ? ' (software fallback)' : ''}</dd>
        <dt>shader-f16</dt>
        <dd>{report.shaderF16 ? 'yes — f16 models can run' : 'no — use the q4f32 models'}</dd>
      </dl>
      {report.limits && (
        <table class="limits">
          <caption>Limits web-llm needs</caption>
          <thead>
            <tr><th scope="col">Limit</th><th scope="col">This GPU</th><th scope="col">Needed</th></tr>
          </thead>
          <tbody>
            {(Object.keys(WEBLLM_MIN_LIMITS) as (keyof typeof WEBLLM_MIN_LIMITS)[]).map((k) => (
              <tr key={k} class={report.limits![k] < WEBLLM_MIN_LIMITS[k] ? 'bad' : ''}>
                <th scope="row">{k}</th>
                <td>{fmt(k, report.limits![k])}</td>
                <td>{fmt(k, WEBLLM_MIN_LIMITS[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class={report.ok ? 'gpu-ok' : 'gpu-bad'}>
        {report.ok ? `${report.model} should run here.` : `${report.model} cannot run here.`}
      </p>
      {report.problems.length > 0 && (
        <ul class="problems">
          {report.problems.map((p) => (
            <li key={p.kind} class={p.severity}>{p.sentence}</li>
          ))}
        </ul>
      )}
      {report.suggestion && <p>Try <strong>{report.suggestion.modelId}</strong>: {report.suggestion.reason}.</p>}
    </section>
  );
}
