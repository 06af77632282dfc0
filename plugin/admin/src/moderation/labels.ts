/** German words for what the moderation API sends (reasons as stored, lower case). */
export const REASONS: Record<string, string> = {
  spam: 'Spam',
  harassment: 'Belästigung',
  hate_speech: 'Hassrede',
  spoiler: 'Spoiler',
  off_topic: 'Am Thema vorbei',
  personal_data: 'Persönliche Daten',
  illegal_content: 'Rechtswidriger Inhalt',
  other: 'Sonstiges',
};

export const STATES: Record<string, { label: string; variant: 'success' | 'warning' | 'danger' }> = {
  visible: { label: 'sichtbar', variant: 'success' },
  reported: { label: 'gemeldet', variant: 'warning' },
  hidden: { label: 'ausgeblendet', variant: 'danger' },
};

export const GROUNDS = [
  { value: 'community_rules', label: 'Verstoß gegen die Kommentarregeln' },
  { value: 'illegal_content', label: 'Rechtswidriger Inhalt' },
] as const;

export const dateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' }) : '–');
