// What the server keeps of an evidence file, shared with the web app that checks it before upload.

/** The largest evidence file kept in the database (bytes): photos, short clips and scanned records. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
