import type { Page, Response } from 'playwright-core';

const CONTENT_MANAGER = '/admin/content-manager/collection-types';

const isWrite = (response: Response, path: RegExp) => ['POST', 'PUT'].includes(response.request().method()) && path.test(new URL(response.url()).pathname);

/**
 * The Strapi admin as an editor sees it, addressed by the German labels on screen (field labels
 * from the plugin, everything else from Strapi's German translation), never by CSS classes.
 */
export const adminUi = (page: Page, baseUrl: string) => {
  const field = (label: string) => page.getByRole('textbox', { name: label, exact: true });

  /** Clicks a button and returns the Content Manager's answer to the write it triggers. */
  const submit = async (button: string, path: RegExp) => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => isWrite(candidate, path)),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return response;
  };

  /** An edit view is ready once its document actions have loaded. */
  const settled = async () => {
    await page.getByRole('tablist', { name: 'Dokumentstatus' }).waitFor();
    await page.getByRole('button', { name: 'Speichern', exact: true }).waitFor();
  };

  const expectOk = async (response: Response) => {
    if (response.status() >= 300) throw new Error(`${response.request().method()} ${response.url()} → ${response.status()}: ${await response.text()}`);
    return (await response.json()).data as { documentId: string };
  };

  return {
    page,

    goto: (path: string) => page.goto(`${baseUrl}/admin${path}`),

    /** The create form of a content type; localized types open in German, the default locale. */
    async create(uid: string, { localized = false } = {}) {
      await page.goto(`${baseUrl}${CONTENT_MANAGER}/${uid}/create${localized ? '?plugins[i18n][locale]=de' : ''}`);
      await page.getByRole('heading', { name: 'Eintrag erstellen' }).waitFor();
    },

    async edit(uid: string, documentId: string, { localized = false } = {}) {
      await page.goto(`${baseUrl}${CONTENT_MANAGER}/${uid}/${documentId}${localized ? '?plugins[i18n][locale]=de' : ''}`);
      await settled();
    },

    settled,

    /** Strapi's "new Media Library" banner covers the top of every screenshot until it is closed once. */
    async closeBanner() {
      const close = page.getByRole('button', { name: 'Close the banner.' });
      if (await close.isVisible().catch(() => false)) await close.click();
    },

    field,
    fill: (label: string, value: string) => field(label).fill(value),

    /** A relation: type into its combobox, then pick the entry whose name starts with `option`. */
    async relate(label: string, search: string, option = search) {
      const combobox = page.getByRole('combobox', { name: label, exact: true });
      await combobox.click();
      await combobox.fill(search);
      await page
        .getByRole('option', { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
        .first()
        .click();
    },

    /** An enumeration's dropdown; the options are the schema's values. */
    async choose(label: string, option: string) {
      await page.getByRole('combobox', { name: label, exact: true }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    },

    /** A date field, typed the way a German editor types it (TT.MM.JJJJ). */
    async date(label: string, value: string) {
      await page.getByRole('combobox', { name: label, exact: true }).fill(value);
      await page.keyboard.press('Tab');
    },

    async dateTime(label: string, date: string, time: string) {
      const group = page.getByRole('group', { name: label, exact: true });
      // Each part is committed by leaving it (Tab): Enter would pick the calendar's highlighted day (today).
      const dateInput = group.getByRole('combobox', { name: 'Choose date' });
      await dateInput.fill(date);
      await dateInput.press('Tab');
      const timeInput = group.getByRole('combobox', { name: 'Choose time' });
      // On a busy machine the picker sometimes drops a time typed before its options rendered: type it again.
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        await timeInput.fill(time);
        await timeInput.press('Tab');
        if ((await timeInput.inputValue()).startsWith(time)) break;
      }
      const committed = await timeInput.inputValue();
      if (!committed.startsWith(time)) throw new Error(`${label}: the time field shows "${committed}" after typing "${time}"`);
      const typed = await dateInput.inputValue();
      if (typed !== date) throw new Error(`${label}: the date field shows "${typed}" after typing "${date}"`);
    },

    /** Types into a blocks (rich text) field. Strapi does not label the editor, so it is found through its label's id. */
    async blocks(label: string, text: string) {
      const labelId = await page.locator('label', { hasText: new RegExp(`^${label}$`) }).getAttribute('id');
      const editor = page.locator(`[role="textbox"][aria-labelledby="${labelId?.replace(/-label$/, '')}"]`);
      await editor.click();
      await page.keyboard.type(text);
    },

    /** "Speichern": the draft is written, or the response says why not. */
    save: () => submit('Speichern', /\/content-manager\/collection-types\//),
    /** "Veröffentlichen": creates or updates, and publishes, in one request. */
    publish: () => submit('Veröffentlichen', /\/actions\/publish$/),
    expectOk,

    /** Publishes, expects success, and waits until the edit view shows the published entry. */
    async published() {
      const entry = await expectOk(await submit('Veröffentlichen', /\/actions\/publish$/));
      await page.waitForURL((url) => url.pathname.endsWith(`/${entry.documentId}`));
      await page.getByRole('main').getByRole('status', { name: 'published' }).first().waitFor();
      await settled();
      return entry;
    },

    /** The notification Strapi shows after a write, e.g. a validation message. */
    toast: (text: string | RegExp) => page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: text }).first(),
  };
};

export type AdminUi = ReturnType<typeof adminUi>;
