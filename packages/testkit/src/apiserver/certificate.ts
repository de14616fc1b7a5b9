// A self-signed serving certificate for 127.0.0.1, made at start, that both Node and kubectl (Go) trust as a CA.
import { generate } from 'selfsigned';

export interface ServingCertificate {
  certificate: string;
  privateKey: string;
}

export async function generateServingCertificate(): Promise<ServingCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'connector-console-testkit' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { certificate: pems.cert, privateKey: pems.private };
}
