import { describe, expect, it, vi } from 'vitest';
import { closeDecision } from '../../renderer/components/discard/close-decision';
import { createAsker } from '../../renderer/components/discard/use-discard-guard';
import { holdUnload } from '../../renderer/components/discard/hold-unload';
import { chooseFocusTarget } from '../../renderer/components/discard/focus-target';
import { answerLeave, askBeforeLeaving, hasUnsavedChanges, markDirty, pendingLeaveRequest } from '../../renderer/components/discard/unsaved-changes';

describe('closing a form', () => {
  it('closes at once when nothing was typed, asks when something was, ignores a second request while asking', () => {
    expect(closeDecision(false, false)).toBe('close');
    expect(closeDecision(true, false)).toBe('ask');
    expect(closeDecision(true, true)).toBe('ignore');
    expect(closeDecision(false, true)).toBe('ignore');
  });
});

describe('leaving the page', () => {
  it('leaves at once with no unsaved form; holds the request while one is dirty; "Continuer" drops it, "Abandonner" runs it', () => {
    const leave = vi.fn();
    askBeforeLeaving(leave);
    expect(leave).toHaveBeenCalledTimes(1);

    const form = Symbol('form');
    markDirty(form, true);
    expect(hasUnsavedChanges()).toBe(true);
    askBeforeLeaving(leave);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(pendingLeaveRequest()).toBe(leave);
    answerLeave(false);
    expect(pendingLeaveRequest()).toBeNull();
    expect(leave).toHaveBeenCalledTimes(1);

    askBeforeLeaving(leave);
    answerLeave(true);
    expect(leave).toHaveBeenCalledTimes(2);
    markDirty(form, false);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('two dirty forms: one going clean does not clear the other', () => {
    const a = Symbol('a');
    const b = Symbol('b');
    markDirty(a, true);
    markDirty(b, true);
    markDirty(a, false);
    expect(hasUnsavedChanges()).toBe(true);
    markDirty(b, false);
    expect(hasUnsavedChanges()).toBe(false);
  });
});

describe('closing the window or the tab while a form is dirty', () => {
  const unload = (target: EventTarget) => {
    const event = new Event('beforeunload', { cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('cancels the unload while held (the browser, or Electron through will-prevent-unload, then asks), not after', () => {
    const page = new EventTarget();
    expect(unload(page)).toBe(false);
    const release = holdUnload(page);
    expect(unload(page)).toBe(true);
    release();
    expect(unload(page)).toBe(false);
  });
});

describe('where focus goes when a dialog closes', () => {
  const opener = (name: string, usable: boolean, insideOpenDialog = false) => ({ name, usable, insideOpenDialog });

  it('the element that opened it when it is still shown', () => {
    const choice = chooseFocusTarget([opener('Modifier', true), opener('row', true)], false);
    expect(choice).toEqual({ kind: 'opener', element: opener('Modifier', true) });
  });

  it('the opener of the dialog it replaced when its own opener is gone (drawer → edit modal)', () => {
    const choice = chooseFocusTarget([opener('Modifier', false), opener('row', true)], false);
    expect(choice.kind === 'opener' && choice.element.name).toBe('row');
  });

  it('inside the dialog still open on top, else that dialog\'s first control, never behind it', () => {
    expect(chooseFocusTarget([opener('Modifier', false), opener('row', true)], true)).toEqual({ kind: 'openDialog' });
    const inside = chooseFocusTarget([opener('Ajouter', true, true), opener('row', true)], true);
    expect(inside.kind === 'opener' && inside.element.name).toBe('Ajouter');
  });

  it('the page heading when nothing of the chain is left', () => {
    expect(chooseFocusTarget([opener('Modifier', false)], false)).toEqual({ kind: 'heading' });
    expect(chooseFocusTarget([], false)).toEqual({ kind: 'heading' });
  });
});

describe('the question and the Esc key', () => {
  it('the Esc that opened the question does not also answer it; a later "keep" does', () => {
    vi.useFakeTimers();
    try {
      const asker = createAsker();
      const leave = vi.fn();
      asker.ask(leave, true);
      expect(asker.pending()).toBe(leave);
      // Still inside that key's dispatch: the question's own Esc listener sees it open and says "keep".
      asker.keep();
      expect(asker.pending()).toBe(leave);
      vi.runAllTimers();
      asker.keep();
      expect(asker.pending()).toBeNull();
      expect(leave).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('the Esc that answered the question does not also close the form; "Abandonner" runs the leave', () => {
    vi.useFakeTimers();
    try {
      const asker = createAsker();
      const leave = vi.fn();
      asker.ask(leave, true);
      vi.runAllTimers();
      asker.keep();
      // The same key reaching the form's dialog asks again: ignored.
      asker.ask(leave, true);
      expect(asker.pending()).toBeNull();
      vi.runAllTimers();
      asker.ask(leave, true);
      vi.runAllTimers();
      asker.discard();
      expect(leave).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
