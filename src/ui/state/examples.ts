/** Sample problems shipped in public/problems/samples.json (public test splits, sources kept). */
export interface Example {
  id: string;
  question: string;
  reference: string;
  source: string;
}

let cached: Promise<Example[]> | null = null;

/** Loads the samples once; a failure gives an empty list (the picker just stays empty). */
export function loadExamples(): Promise<Example[]> {
  cached ??= fetch(`${import.meta.env.BASE_URL}problems/samples.json`)
    .then((r) => (r.ok ? r.json() : { problems: [] }))
    .then((d: { problems?: unknown }) =>
      (Array.isArray(d.problems) ? d.problems : []).filter(
        (p): p is Example => typeof p?.question === 'string' && typeof p?.id === 'string',
      ).map((p) => ({ id: p.id, question: p.question, reference: String(p.reference ?? ''), source: String(p.source ?? '') })),
    )
    .catch(() => []);
  return cached;
}
