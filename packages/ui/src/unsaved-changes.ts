import { useCallback, useRef, type RefObject } from 'react';

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(target: EventTarget | null): target is FieldElement {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function valueOf(field: FieldElement): string {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return String(field.checked);
  if (field instanceof HTMLSelectElement && field.multiple) return Array.from(field.selectedOptions, (option) => option.value).join('\u0000');
  return field.value;
}

/**
 * Whether the person changed any field of a form. A field's value is taken when it is first
 * focused, i.e. before the person types, so defaults a form fills in on its own (a value loaded
 * after opening, the only option of a select) never count; a field changed and changed back does
 * not either. Works for any form without the form saying what its values are.
 */
export function useUnsavedChanges(container: RefObject<HTMLElement | null>) {
  const original = useRef(new Map<FieldElement, string>());
  const onFocus = useCallback((event: { target: EventTarget | null }) => {
    if (isField(event.target) && !original.current.has(event.target)) original.current.set(event.target, valueOf(event.target));
  }, []);
  const hasChanges = useCallback(() => {
    for (const [field, value] of original.current) {
      // A field gone from the form (a line removed) is a change too.
      if (!container.current?.contains(field) || valueOf(field) !== value) return true;
    }
    return false;
  }, [container]);
  return { onFocus, hasChanges };
}
