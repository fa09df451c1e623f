/**
 * The editor's live risk check, typed from the shared contract. The draft goes in the request
 * body, never the address; the server neither stores nor logs it, and keeps only the fact that a
 * check was asked for.
 */
import type { ScanResult } from '../../../../src/contract/safety.ts';
import { request } from '../../api/client.ts';

export type RiskScan = ScanResult;
export type RiskFinding = ScanResult['findings'][number];

export const riskApi = {
  scan: (text: string) => request<RiskScan>('POST', '/api/risk/scan', { text }),
};
