/**
 * Lower case without accents, so "Renée" and "renee" meet; ß becomes ss as in German search habits.
 * One rule for what the plugin stores in `searchText` and what the API searches for.
 */
export const normalizeSearchText = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
