import ICAL from 'ical.js';
import type { AddressObject, ParsedMail } from 'mailparser';

/** The one address a mail was sent to. */
export const recipientOf = (mail: ParsedMail) => (mail.to as AddressObject).value[0]!.address!;

/** A meeting mail's calendar attachment as ical.js reads it: its method and its event; throws when it has none. */
export function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((file) => file.contentType === 'text/calendar');
  if (!attachment) throw new Error(`No .ics in the mail "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
  return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}
