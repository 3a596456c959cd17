// The gallery's previewed-gift cards: their first tier held as hovered, so that the page shows, without
// a pointer, what a reader pointing at a tier sees. A pointer passing over the tiers takes over.
await customElements.whenDefined('campaign-progress');
for (const widget of document.querySelectorAll('campaign-progress[id^="at280-preview"]')) {
  await widget.updateComplete;
  widget.shadowRoot
    .querySelector('[part~=tier]')
    ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
}
