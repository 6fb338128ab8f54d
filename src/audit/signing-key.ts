import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The Ed25519 key that signs audit checkpoints. It lives in a file named by the configuration,
// never in the database: whoever can rewrite the database cannot sign a checkpoint for what they
// wrote. A public key alone is enough to verify.

export type AuditKey = {
  readonly keyId: string; // the first 16 hex digits of the SHA-256 of the public key
  readonly publicKey: KeyObject;
  readonly privateKey: KeyObject | null;
  readonly file: string;
};

export const DEV_KEY_FILE = 'audit-signing-key.pem';

export function readAuditKey(file: string): AuditKey {
  const pem = readFileSync(file, 'utf8');
  const privateKey = pem.includes('PRIVATE KEY') ? createPrivateKey(pem) : null;
  const publicKey = privateKey ? createPublicKey(privateKey) : createPublicKey(pem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`${file} 不是 Ed25519 密钥`);
  const keyId = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
  return { keyId, publicKey, privateKey, file };
}

/** Writes a new Ed25519 private key, readable by its owner only. */
export function generateAuditKey(file: string): AuditKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return readAuditKey(file);
}

/**
 * The key of this installation: the configured file, or else — for a PGlite folder, a laptop or a
 * demo — a development key in the data folder, created on first use when `create` is set (with a
 * notice: beside the database it guards against nothing but accidents). Null when there is none.
 */
export function auditKeyFor(
  opts: { keyFile: string | undefined; dataDir: string | null; create: boolean },
  notice: (line: string) => void,
): AuditKey | null {
  if (opts.keyFile) return readAuditKey(opts.keyFile);
  if (!opts.dataDir) return null;
  const file = join(opts.dataDir, DEV_KEY_FILE);
  if (existsSync(file)) return readAuditKey(file);
  if (!opts.create) return null;
  const key = generateAuditKey(file);
  notice(
    `已在数据目录生成审计签名开发密钥 ${file}（仅供演示：它与数据库放在一起，防不住能改数据库的人；正式使用请将密钥保存在数据库之外，并以 ZHIXING_AUDIT_KEY_FILE 指定）`,
  );
  return key;
}

export const signText = (key: AuditKey, text: string): string => {
  if (!key.privateKey) throw new Error(`${key.file} 只有公钥，不能签名`);
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
};

export const verifyText = (key: AuditKey, text: string, signature: string): boolean => {
  try {
    return verify(null, Buffer.from(text, 'utf8'), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};
