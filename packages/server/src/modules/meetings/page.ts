import { MEETING_ANSWER_LABELS } from '@motcua/core';
import { escapeHtml } from '../../platform/html.js';
import type { invitationByToken } from './service.js';

type Invitation = Awaited<ReturnType<typeof invitationByToken>>;

const page = (title: string, body: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title></head>
<body><main>${body}</main></body></html>`.normalize('NFC');

const row = (label: string, value: string) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : '');

/**
 * The invitee's page, Vietnamese first: the meeting as it stands, their answer, and the form to
 * give or change it (a plain form: it works without script, in any mail client's browser).
 */
export function invitationPage(invitation: Invitation, notice: { kind: 'saved' | 'refused'; text: string } | null): string {
  const facts = `<dl>
${row('Cơ quan mời / Inviting agency', invitation.agencyName)}
${row('Giấy mời số / Invitation', invitation.numberSymbol)}
${row('Thời gian / When', `${invitation.time.vi} (giờ Việt Nam)`)}
${row('Địa điểm / Where', invitation.place)}
${invitation.videoUrl ? `<dt>Họp trực tuyến / Online</dt><dd><a href="${escapeHtml(invitation.videoUrl)}" rel="noopener noreferrer">${escapeHtml(invitation.videoUrl)}</a></dd>` : ''}
${row('Chủ trì / Chair', invitation.chair)}
${row('Nội dung / Agenda', invitation.agenda)}
</dl>`;
  const answer = MEETING_ANSWER_LABELS[invitation.answer];
  const current = `<p>Trả lời hiện tại / Current answer: <strong>${escapeHtml(answer.vi)}</strong> (${escapeHtml(answer.en)})${
    invitation.delegateName ? ` — người dự thay / delegate: <strong>${escapeHtml(invitation.delegateName)}</strong>` : ''
  }</p>`;
  const status = notice ? `<p role="${notice.kind === 'refused' ? 'alert' : 'status'}">${escapeHtml(notice.text)}</p>` : '';
  const closed = invitation.cancelled
    ? '<p role="alert">Cuộc họp đã bị hủy. / The meeting is cancelled.</p>'
    : '<p>Cuộc họp đã bắt đầu: không thay đổi được câu trả lời. / The meeting has started: the answer can no longer change.</p>';
  const form = `<form method="post">
<fieldset><legend>Ông/bà có tham dự? / Will you attend?</legend>
<p><input type="radio" id="accepted" name="answer" value="accepted" required${invitation.answer === 'accepted' ? ' checked' : ''}> <label for="accepted">Tham dự / I will attend</label></p>
<p><input type="radio" id="declined" name="answer" value="declined"${invitation.answer === 'declined' ? ' checked' : ''}> <label for="declined">Không tham dự / I will not attend</label></p>
</fieldset>
<p><label for="delegateName">Người dự thay (nếu báo vắng) / Delegate (with a decline)</label><br><input id="delegateName" name="delegateName" maxlength="200" value="${escapeHtml(invitation.delegateName)}"></p>
<p><label for="note">Ghi chú / Note</label><br><textarea id="note" name="note" maxlength="1000" rows="3">${escapeHtml(invitation.note)}</textarea></p>
<p><button type="submit">Gửi trả lời / Send the answer</button></p>
</form>`;
  return page(
    `Giấy mời: ${invitation.subject}`,
    `<h1>Giấy mời họp / Meeting invitation</h1>
<p>Kính gửi ${escapeHtml(invitation.inviteeName)},</p>
<h2>${escapeHtml(invitation.subject)}</h2>
${facts}
${status}
${current}
${invitation.answerable ? form : closed}`,
  );
}

/** A link that leads nowhere: said plainly, with what to do. */
export const unknownLinkPage = (vi: string, en: string) =>
  page('Giấy mời họp', `<h1>Giấy mời họp / Meeting invitation</h1><p role="alert">${escapeHtml(vi)}</p><p lang="en">${escapeHtml(en)}</p>`);
