/** A plain JSON object (not null, not an array): the shape every untrusted request body must have. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
