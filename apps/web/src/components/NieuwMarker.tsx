/** "Nieuw" after a list item's title: it changed since the reader's last visit (see bezoek.ts); a word, read out in full. */
export function NieuwMarker() {
  return (
    <span className="nieuw" data-testid="nieuw">
      {' '}
      Nieuw<span className="sr-only"> sinds je laatste bezoek</span>
    </span>
  );
}
