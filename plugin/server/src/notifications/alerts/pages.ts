const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The small pages behind the links in alert mails. A GET only shows a button: mail scanners and
 * link previews follow GETs, and must neither confirm nor end a subscription.
 */
export const page = (title: string, text: string, form?: { action: string; field: [string, string]; button: string }) =>
  [
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escape(title)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">',
    `<h1 style="font-size:1.4rem">${escape(title)}</h1><p>${escape(text)}</p>`,
    form
      ? `<form method="post" action="${escape(form.action)}"><input type="hidden" name="${escape(form.field[0])}" value="${escape(form.field[1])}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">${escape(form.button)}</button></form>`
      : '',
    '</body></html>',
  ].join('');
