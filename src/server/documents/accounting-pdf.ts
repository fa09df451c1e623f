import type { AccountingReport } from '../../contract/disclosures.ts';
import { renderPdf } from './pdf-document.ts';

/**
 * The accounting of disclosures as handed to the participant (45 CFR 164.528(b); 42 CFR 2.25):
 * each listed disclosure with date, recipient, what, why and on what basis. Exempt disclosures
 * are not printed; the privacy officer sees them in the JSON report.
 */
export function accountingPdf(report: AccountingReport): Promise<Buffer> {
  return renderPdf({ title: 'Accounting of disclosures' }, (w) => {
    w.title('Accounting of disclosures');
    w.field('Participant', report.participantName);
    w.field('Prepared on', report.asOf.slice(0, 10));
    w.paragraph(
      `This lists the disclosures of your information that the law says we must account for: under HIPAA since ${report.hipaaFrom} (six years) and, for substance use disorder records, every disclosure made with your consent since ${report.part2From} (three years).`,
    );
    if (report.entries.length === 0) w.paragraph('There are no disclosures to list for this period.');
    for (const e of report.entries) {
      w.heading(`${e.disclosedAt.slice(0, 10)} ${e.disclosedAt.slice(11, 16)} UTC`);
      w.field('To', e.recipientContact ? `${e.recipient} (${e.recipientContact})` : e.recipient);
      w.field('What', e.information.join(', '));
      w.field('Why', e.purpose);
      w.field('Basis', e.basis.join('; '));
      w.field('Shared by', e.disclosedBy);
    }
  });
}
