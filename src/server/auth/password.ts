// Password hashing with scrypt (memory-hard, in node:crypto, nothing to install). The stored text
// carries its parameters, so they can be raised later without invalidating existing hashes:
//   scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pw: string, salt: Buffer, len: number, o: ScryptOptions) =>
  new Promise<Buffer>((res, rej) => scryptCb(pw, salt, len, o, (err, key) => (err ? rej(err) : res(key))));

/** N = 2^15, r = 8: 32 MiB per hash. Tests may lower it through TIIMDI_SCRYPT_LOG2N. */
const defaultLog2N = (): number => Number(process.env.TIIMDI_SCRYPT_LOG2N ?? 15);

export async function hashPassword(pw: string, log2N = defaultLog2N()): Promise<string> {
  const r = 8;
  const p = 1;
  const salt = randomBytes(16);
  const key = await scrypt(pw.normalize('NFC'), salt, 32, { N: 2 ** log2N, r, p, maxmem: 256 * 2 ** log2N * r + 1024 * 1024 });
  return `scrypt$${log2N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
  const [alg, l, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !l || !r || !p || !salt || !hash) return false;
  const want = Buffer.from(hash, 'base64');
  const N = 2 ** Number(l);
  const got = await scrypt(pw.normalize('NFC'), Buffer.from(salt, 'base64'), want.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r) + 1024 * 1024,
  });
  return got.length === want.length && timingSafeEqual(got, want);
}

/** A hash of a random password: compared against when the login does not exist, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomBytes(16).toString('hex')));
