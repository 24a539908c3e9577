/**
 * Every email BackTrack sends is one of these: the clinic's name, a heading,
 * a few plain paragraphs and at most one button. HTML and plain text come from
 * the same fields, so the two never disagree. Callers put no health
 * information in any field (no condition, pain score, alert or message text).
 */
export type TEmailContent = {
  clinicName: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the body, e.g. why the person gets this email or how to stop it. */
  footer?: string[];
};

export type TRenderedEmail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Subjects are one line: a newline in a header would start a new header. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

export function renderEmail(content: TEmailContent): TRenderedEmail {
  const footer = content.footer ?? [];
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "—",
    content.clinicName,
    ...footer,
  ].join("\n");

  const paragraphHtml = content.paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${escapeHtml(paragraph)}</p>`)
    .join("");
  const actionHtml = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:14px;color:#374151">If the button does not work, copy this address into your browser:<br>${escapeHtml(content.action.url)}</p>`
    : "";
  const footerHtml = footer.map((line) => `<p style="margin:0 0 8px;font-size:13px;color:#4b5563">${escapeHtml(line)}</p>`).join("");
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(oneLine(content.subject))}</title></head>` +
    `<body style="margin:0;padding:24px;background:#f3f4f6;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111827">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">` +
    `<p style="margin:0 0 16px;font-size:14px;font-weight:600;color:#1e3a8a">${escapeHtml(content.clinicName)}</p>` +
    `<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(content.heading)}</h1>` +
    paragraphHtml +
    actionHtml +
    `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">` +
    `<p style="margin:0 0 8px;font-size:13px;color:#4b5563">Sent by BackTrack for ${escapeHtml(content.clinicName)}.</p>` +
    footerHtml +
    `</div></body></html>`;

  return { subject: oneLine(content.subject), text, html };
}
